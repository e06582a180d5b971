//! The path diagnostic's first screen: what it tells you, how long, privacy.

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::on_click;
use crate::content::home::{InstrumentId, InstrumentSummary};
use crate::content::path_screens as text;

#[derive(Properties, PartialEq)]
pub struct PathIntroProps {
    pub started: bool,
    pub onstart: Callback<()>,
    /// Forget the answers in progress and begin again.
    pub onrestart: Callback<()>,
}

#[function_component(PathIntro)]
pub fn path_intro(props: &PathIntroProps) -> Html {
    let heading = use_focus_on_mount();
    let label = if props.started {
        text::CONTINUE
    } else {
        text::START
    };
    html! {
        <div class="flow">
            <h1 tabindex="-1" ref={heading}>{ text::TITLE }</h1>
            <p class="lead">{ text::INTRO_LEAD }</p>
            <ul class="intro-facts">
                { for text::INTRO_FACTS.iter().map(|fact| html! { <li>{ *fact }</li> }) }
            </ul>
            <p class="effort">{ InstrumentSummary::of(InstrumentId::PathDiagnostic).effort() }</p>
            <div class="step-nav">
                <button type="button" class="button primary" onclick={on_click(&props.onstart)}>{ label }</button>
                if props.started {
                    <button type="button" class="button" onclick={on_click(&props.onrestart)}>{ crate::content::ui::START_OVER }</button>
                }
            </div>
        </div>
    }
}
