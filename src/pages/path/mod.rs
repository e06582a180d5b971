//! The path diagnostic page: maps the diagnostic flow's current step to its screen.

mod context;
mod intro;
mod question;
mod result;

use yew::prelude::*;

use crate::path::{PathAction, PathStep, QUESTIONS};
use crate::store::PathHandle;

use context::PathContext;
use intro::PathIntro;
use question::PathQuestion;
use result::PathResultView;

#[function_component(PathPage)]
pub fn path_page() -> Html {
    let Some(store) = use_context::<PathHandle>() else {
        return html! {};
    };
    let flow = &store.flow;
    let act = |action: PathAction| {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(action.clone()))
    };
    let intro = html! {
        <PathIntro started={!flow.answers.choices.is_empty()} onstart={act(PathAction::Start)} />
    };
    match flow.step {
        PathStep::Intro => intro,
        PathStep::Question(index) => {
            let Some(question) = QUESTIONS.get(index) else { return intro };
            let onchoose = {
                let store = store.clone();
                Callback::from(move |choice_id: AttrValue| {
                    store.dispatch(PathAction::Choose {
                        question_id: question.id.to_string(),
                        choice_id: choice_id.to_string(),
                    })
                })
            };
            html! {
                <PathQuestion {question} number={index + 1} total={QUESTIONS.len()}
                    selected={flow.answers.chosen(question).map(|c| c.id)}
                    {onchoose} onnext={act(PathAction::Next)} onback={act(PathAction::Back)} />
            }
        }
        PathStep::Context => {
            let onchange = {
                let store = store.clone();
                Callback::from(move |context| store.dispatch(PathAction::SetContext(context)))
            };
            html! {
                <PathContext context={flow.answers.context.clone()} {onchange}
                    onnext={act(PathAction::Finish)} onskip={act(PathAction::SkipContext)}
                    onback={act(PathAction::Back)} />
            }
        }
        PathStep::Result => match flow.reading() {
            Some(blend) => html! {
                <PathResultView answers={flow.answers.clone()} {blend}
                    onback={act(PathAction::Back)} onretake={act(PathAction::Restart)} />
            },
            None => intro,
        },
    }
}
