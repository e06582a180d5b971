//! An instrument's first screen: what it tells you, how long it takes,
//! privacy, and Start (or Continue, with Start over asked first, when
//! answers wait).

use yew::prelude::*;

use crate::components::confirm::confirm;
use crate::components::on_click;
use crate::content::home::{Instrument, InstrumentSummary};
use crate::content::ui::{self, IntroWords};

#[derive(Properties, PartialEq)]
pub struct InstrumentIntroProps {
    pub instrument: Instrument,
    pub words: IntroWords,
    /// Some answers are kept: Continue, and a way to start over.
    pub started: bool,
    pub onstart: Callback<()>,
    /// Forget the answers in progress and begin again.
    pub onrestart: Callback<()>,
}

#[function_component(InstrumentIntro)]
pub fn instrument_intro(props: &InstrumentIntroProps) -> Html {
    let asking = use_state(|| false);
    let words = props.words;
    html! {
        <div class="flow">
            // Its `Screen` gives the heading the focus.
            <h1 tabindex="-1" data-focus="">{ words.title }</h1>
            <p class="lead">{ words.lead }</p>
            <ul class="intro-facts">
                { for words.facts.iter().map(|fact| html! { <li>{ *fact }</li> }) }
            </ul>
            <p class="effort">{ InstrumentSummary::of(props.instrument).effort() }</p>
            <div class="step-nav">
                <button type="button" class="button primary" onclick={on_click(&props.onstart)}>
                    { if props.started { words.resume } else { words.start } }
                </button>
            </div>
            if props.started {
                <div class="start-over">
                    { confirm(&asking, ui::START_OVER_CONFIRM, ui::start_over_words(), &props.onrestart, Html::default()) }
                </div>
            }
        </div>
    }
}
