//! The management/leadership blend as one split bar. SVG attributes rather
//! than inline styles, so the strict Content-Security-Policy holds.

use yew::prelude::*;

pub struct BlendBarProps {
    /// Percentage of management, 0..=100; leadership is the rest.
    pub management: u8,
    /// "60% management", under the bar.
    pub management_key: AttrValue,
    /// "40% leadership".
    pub leadership_key: AttrValue,
    pub description: AttrValue,
}

pub fn blend_bar(props: BlendBarProps) -> Html {
    let management = props.management.min(100);
    // A 100-wide box: the split is the percentage itself, so no float formatting.
    let split = u32::from(management);
    html! {
        <div class="blend">
            <svg class="blend-bar" viewBox="0 0 100 16" preserveAspectRatio="none"
                role="img" aria-label={props.description}>
                <rect class="management" x="0" y="0" width={split.to_string()} height="16" />
                <rect class="leadership" x={split.to_string()} y="0" width={(100 - split).to_string()} height="16" />
                // The two segments are close in lightness: a gap in the page's
                // colour keeps them apart (and in forced colours, one is hollow).
                if split > 0 && split < 100 {
                    <line class="split" x1={split.to_string()} y1="0" x2={split.to_string()} y2="16" />
                }
                <rect class="outline" x="0" y="0" width="100" height="16" />
            </svg>
            <div class="blend-legend" aria-hidden="true">
                <span class="management-key">{ props.management_key }</span>
                <span class="leadership-key">{ props.leadership_key }</span>
            </div>
        </div>
    }
}
