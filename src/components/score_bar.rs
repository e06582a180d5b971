//! A reading from 0 to 100 as a bar that fills from the left, with its
//! label and value. Drawn in SVG with attributes, not inline styles, so the
//! strict Content-Security-Policy holds.

use yew::prelude::*;

/// `label` and its `value` ("77 of 100") above a bar filled to `score`;
/// screen readers hear the two together.
pub fn score_bar(label: &str, score: u8, value: &str) -> Html {
    let width = u32::from(score.min(100)) * 10;
    html! {
        <div class="score-bar">
            <div class="diverging-head">
                <span class="diverging-label">{ label }</span>
                <span class="diverging-value" aria-hidden="true">{ value }</span>
            </div>
            <svg class="diverging-bar" viewBox="0 0 1000 12" preserveAspectRatio="none"
                role="img" aria-label={format!("{label}: {value}")}>
                <rect class="track" x="0" y="0" width="1000" height="12" />
                <rect class="fill right" x="0" y="0" width={width.to_string()} height="12" />
            </svg>
        </div>
    }
}
