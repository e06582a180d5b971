//! One instrument on the home screen: what it answers, for whom, how long.

use yew::prelude::*;

use crate::content::home::InstrumentSummary;

pub struct InstrumentCardProps {
    pub summary: InstrumentSummary,
    /// Where its Start link goes.
    pub href: String,
}

pub fn instrument_card(props: InstrumentCardProps) -> Html {
    let s = &props.summary;
    let heading_id = format!("instrument-{}", s.id.id());
    html! {
        // Keyed: the cards that follow with the later words are added, and
        // the first two keep their elements (and a focus on them).
        <article key={s.id.id()} class="instrument-card" aria-labelledby={heading_id.clone()}>
            <p class="eyebrow">{ s.eyebrow }</p>
            <h3 id={heading_id}>
                <span class="instrument-question">{ s.question }</span>
                <span class="instrument-name">{ s.name }</span>
            </h3>
            <p>{ s.description }</p>
            <p class="muted">{ s.for_whom }</p>
            <p class="effort">{ s.effort() }</p>
            <a href={props.href} class="button primary">{ s.start_label }</a>
        </article>
    }
}
