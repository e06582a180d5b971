//! The home screen: what Forkpoint is, its instruments (grouped by whom
//! they are for, as their definitions order them), the privacy promise.

use yew::prelude::*;

use crate::components::instrument_card::{instrument_card, InstrumentCardProps};
use crate::content::home;
use crate::content::words::is_installed;
use crate::route::Route;

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
                    // A card shows once its words are in: on index.html
                    // all are in its first words, as its first screen,
                    // written by the build (`crate::first_screen`), shows
                    // them all.
                    { for home::INSTRUMENTS.iter().filter(|s| is_installed(s.name)).map(|s| html! {
                        { instrument_card(InstrumentCardProps { summary: *s, href: crate::router::link(&Route::Run(s.id)) }) }
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
