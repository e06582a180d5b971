//! The path diagnostic page: maps the diagnostic flow's current step to its screen.

mod context;
mod question;
pub mod result;

use yew::prelude::*;

use crate::path::{PathAction, QUESTIONS};
use crate::steps::{Go, Step};
use crate::store::{path_actions, DocHandle};

use crate::components::later_words::waiting_screen;
use crate::components::page_title::use_page_title;
use crate::components::result_actions::{further_link, ResultActions};
use crate::components::screen::Screen;
use crate::content::{path_screens, site, ui};
use crate::instrument::Instrument;
use crate::pages::intro::InstrumentIntro;
use crate::pages::question::QuestionStep;
use crate::route::Route;
use crate::router::{absolute_url, step_hash, use_step_history};
use crate::share::link::{encode, Shared};
use context::{path_context, PathContextProps};
use result::{path_result_view, PathResultViewProps};

#[function_component(PathPage)]
pub fn path_page() -> Html {
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let flow = &store.doc.path.flow;
    let dispatch = path_actions(&store);
    use_step_history(
        step_hash(
            &Route::Run(Instrument::Path),
            &flow.step.slug(crate::path::CLOSING),
        ),
        dispatch.reform(|slug: String| {
            PathAction::Go(Go::Show(
                Step::from_slug(&slug, crate::path::CLOSING).unwrap_or_default(),
            ))
        }),
    );
    // The questions after the first and the steps after them are worded
    // in the later words: a reload on one of them waits for them.
    let waiting = waiting_screen(store.later_words, Some(path_screens::TITLE))
        .filter(|_| flow.step.shows_later_words(true));
    let step_title = match flow.step {
        _ if waiting.is_some() => String::new(),
        Step::Intro => String::new(),
        Step::Question(index) => ui::question_of(index.saturating_add(1), QUESTIONS.len()),
        Step::Closing => path_screens::CONTEXT_TITLE.to_string(),
        Step::Result => flow
            .reading()
            .map(path_screens::result_title)
            .unwrap_or_default(),
    };
    use_page_title(Some(site::page_title(&[&step_title, &path_screens::TITLE])));
    // One key per kind of screen: every question is the same screen (it
    // keeps its place and moves focus to the choices itself), the others each new.
    let key = match flow.step {
        _ if waiting.is_some() => "waiting",
        Step::Intro => "intro",
        Step::Question(_) => "question",
        Step::Closing => "context",
        Step::Result => "result",
    };
    let screen = waiting.unwrap_or_else(|| screen(&store, flow, &dispatch));
    html! { <Screen {key}>{ screen }</Screen> }
}

fn screen(
    store: &DocHandle,
    flow: &crate::path::PathFlow,
    dispatch: &Callback<PathAction>,
) -> Html {
    let act = |action: PathAction| dispatch.reform(move |_| action.clone());
    let intro = html! {
        <InstrumentIntro instrument={Instrument::Path} words={crate::content::intros::PATH}
            started={!flow.answers.choices.is_empty()}
            onstart={act(PathAction::Go(Go::Start))} onrestart={act(PathAction::Restart)} />
    };
    match flow.step {
        Step::Intro => intro,
        Step::Question(index) => {
            let Some(question) = QUESTIONS.get(index) else {
                return intro;
            };
            let onchoose = dispatch.reform(move |choice_id: AttrValue| PathAction::Choose {
                question_id: question.id.to_string(),
                choice_id: choice_id.to_string(),
            });
            html! {
                <QuestionStep
                    id={question.id} legend={question::prompt(question)}
                    options={question::choice_options(question)}
                    selected={flow.answers.chosen(question).map(|c| AttrValue::from(c.id))}
                    {onchoose} number={index + 1} total={QUESTIONS.len()}
                    onnext={act(PathAction::Go(Go::Next))} onback={act(PathAction::Go(Go::Back))}
                    onrestart={store.resumed.path.then(|| act(PathAction::Restart))} />
            }
        }
        Step::Closing => path_context(&PathContextProps {
            context: flow.answers.context.clone(),
            onchange: dispatch.reform(PathAction::SetContext),
            onnext: act(PathAction::Go(Go::Finish)),
            onskip: act(PathAction::SkipContext),
            onback: act(PathAction::Go(Go::Back)),
        }),
        Step::Result => match flow.reading() {
            Some(blend) => {
                let shared = Shared::Path {
                    model_version: crate::path::MODEL_VERSION,
                    answers: flow.answers.clone(),
                };
                let share = Route::Share(encode(&shared));
                let actions = ResultActions {
                    onchange: act(PathAction::Go(Go::Back)),
                    onretake: act(PathAction::Restart),
                    more: further_link(&share),
                };
                path_result_view(&PathResultViewProps {
                    answers: flow.answers.clone(),
                    blend,
                    actions: Some(actions),
                    share_url: Some(AttrValue::from(absolute_url(&share))),
                    shared: false,
                })
            }
            None => intro,
        },
    }
}
