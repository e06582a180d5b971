//! The Fork quiz's first screen: what it measures, how long, privacy.

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::on_click;
use crate::content::home::{InstrumentId, InstrumentSummary};
use crate::content::quiz_screens as text;

#[derive(Properties, PartialEq)]
pub struct QuizIntroProps {
    pub answered: usize,
    pub total: usize,
    pub onstart: Callback<()>,
    /// Forget the answers in progress and begin again.
    pub onrestart: Callback<()>,
}

#[function_component(QuizIntro)]
pub fn quiz_intro(props: &QuizIntroProps) -> Html {
    let heading = use_focus_on_mount();
    let onclick = on_click(&props.onstart);
    let label = if props.answered > 0 {
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
            <p class="effort">{ InstrumentSummary::of(InstrumentId::ForkQuiz).effort() }</p>
            <div class="step-nav">
                <button type="button" class="button primary" {onclick}>{ label }</button>
                if props.answered > 0 {
                    <button type="button" class="button" onclick={on_click(&props.onrestart)}>{ crate::content::ui::START_OVER }</button>
                }
            </div>
        </div>
    }
}
