//! The path diagnostic page: maps the diagnostic flow's current step to its screen.

mod context;
mod intro;
mod question;
pub mod result;

use yew::prelude::*;

use crate::path::{PathAction, PathStep, QUESTIONS};
use crate::store::{path_actions, DocHandle};

use crate::components::result_actions::ResultActions;
use crate::route::Route;
use crate::router::absolute_url;
use crate::share::link::{encode, Shared};
use context::PathContext;
use intro::PathIntro;
use question::PathQuestion;
use result::PathResultView;

#[function_component(PathPage)]
pub fn path_page() -> Html {
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let flow = &store.doc.path;
    let dispatch = path_actions(&store);
    let act = |action: PathAction| dispatch.reform(move |_| action.clone());
    let intro = html! {
        <PathIntro started={!flow.answers.choices.is_empty()}
            onstart={act(PathAction::Start)} onrestart={act(PathAction::Restart)} />
    };
    match flow.step {
        PathStep::Intro => intro,
        PathStep::Question(index) => {
            let Some(question) = QUESTIONS.get(index) else {
                return intro;
            };
            let onchoose = dispatch.reform(move |choice_id: AttrValue| PathAction::Choose {
                question_id: question.id.to_string(),
                choice_id: choice_id.to_string(),
            });
            html! {
                <PathQuestion {question} number={index + 1} total={QUESTIONS.len()}
                    selected={flow.answers.chosen(question).map(|c| c.id)}
                    {onchoose} onnext={act(PathAction::Next)} onback={act(PathAction::Back)}
                    onrestart={store.resumed.path.then(|| act(PathAction::Restart))} />
            }
        }
        PathStep::Context => {
            let onchange = dispatch.reform(PathAction::SetContext);
            html! {
                <PathContext context={flow.answers.context.clone()} {onchange}
                    onnext={act(PathAction::Finish)} onskip={act(PathAction::SkipContext)}
                    onback={act(PathAction::Back)} />
            }
        }
        PathStep::Result => match flow.reading() {
            Some(blend) => {
                let shared = Shared::Path {
                    model_version: crate::path::MODEL_VERSION,
                    answers: flow.answers.clone(),
                };
                let actions = ResultActions {
                    onchange: act(PathAction::Back),
                    onretake: act(PathAction::Restart),
                };
                html! {
                    <PathResultView answers={flow.answers.clone()} {blend} actions={Some(actions)}
                        share_url={AttrValue::from(absolute_url(&Route::Share(encode(&shared))))} />
                }
            }
            None => intro,
        },
    }
}
