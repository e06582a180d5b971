//! The home screen: what Forkpoint is, the two instruments, the privacy promise.

use yew::prelude::*;

use crate::components::instrument_card::{instrument_card, InstrumentCardProps};
use crate::content::home::{self, Instrument};
use crate::route::Route;

fn route_for(id: Instrument) -> Route {
    match id {
        Instrument::Quiz => Route::Quiz,
        Instrument::Path => Route::Path,
    }
}

pub fn home_page() -> Html {
    html! {
        <div class="page home">
            <section class="hero">
                <h1>{ home::TITLE }</h1>
                <p class="lead">{ home::LEAD }</p>
            </section>
            <section aria-labelledby="instruments-heading">
                <h2 id="instruments-heading">{ home::INSTRUMENTS_HEADING }</h2>
                <div class="instrument-grid">
                    { for home::INSTRUMENTS.iter().map(|s| html! {
                        { instrument_card(InstrumentCardProps { summary: *s, to: route_for(s.id) }) }
                    }) }
                </div>
            </section>
            <section class="privacy" aria-labelledby="privacy-heading">
                <h2 id="privacy-heading">{ home::PRIVACY_HEADING }</h2>
                <p>{ home::PRIVACY_BODY }</p>
            </section>
        </div>
    }
}
