//! A Maker-to-Multiplier bar that grows from the centre toward the side the
//! score leans to. Drawn in SVG with attributes, not inline styles, so the
//! strict Content-Security-Policy holds.

use yew::prelude::*;

use crate::content::numbers::whole;

pub struct DivergingBarProps {
    pub label: AttrValue,
    /// 0 = fully the left pole, 100 = fully the right pole.
    pub score: f64,
    /// The score as shown beside the label, e.g. "59 of 100".
    pub value: AttrValue,
    pub left: AttrValue,
    pub right: AttrValue,
    /// What screen readers hear for the whole bar.
    pub description: AttrValue,
    pub emphasis: bool,
}

/// Geometry in whole units of a 1000-wide box: integer text, no float formatting.
const WIDTH: i64 = 1000;
const CENTRE: i64 = WIDTH / 2;

pub fn diverging_bar(props: DivergingBarProps) -> Html {
    let x = whole(props.score.clamp(0.0, 100.0) * WIDTH as f64 / 100.0);
    let (start, width) = if x >= CENTRE {
        (CENTRE, x - CENTRE)
    } else {
        (x, CENTRE - x)
    };
    let side = if x >= CENTRE {
        "fill right"
    } else {
        "fill left"
    };
    html! {
        <div class={classes!("diverging", props.emphasis.then_some("emphasis"))}>
            <div class="diverging-head">
                <span class="diverging-label">{ props.label }</span>
                <span class="diverging-value" aria-hidden="true">{ props.value }</span>
            </div>
            <svg class="diverging-bar" viewBox="0 0 1000 12" preserveAspectRatio="none"
                role="img" aria-label={props.description}>
                <rect class="track" x="0" y="0" width="1000" height="12" />
                <rect class={side} x={start.to_string()} y="0" width={width.to_string()} height="12" />
                <line class="centre" x1="500" y1="0" x2="500" y2="12" />
            </svg>
            <div class="diverging-poles" aria-hidden="true">
                <span>{ props.left }</span>
                <span>{ props.right }</span>
            </div>
        </div>
    }
}
