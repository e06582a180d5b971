//! The path diagnostic page: maps the diagnostic flow's current step to its screen.

mod context;
mod question;
pub mod result;

use yew::prelude::*;

use crate::path::{answers_of, pick, ContextQuestion, PathAnswers, CLOSING, PATH_RUN, QUESTIONS};
use crate::positions::{Move, PositionsFlow};
use crate::steps::{Go, Step};
use crate::store::{run_actions, DocHandle};

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
use context::{path_context, PathContextProps};
use result::{path_result_view, PathResultViewProps};

#[function_component(PathPage)]
pub fn path_page() -> Html {
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let flow = &store.doc.run_of(&PATH_RUN);
    let answers = answers_of(&flow.answers);
    let dispatch = run_actions(&store, &PATH_RUN);
    use_step_history(
        step_hash(&Route::Run(Instrument::Path), &flow.step.slug(CLOSING)),
        dispatch.reform(|slug: String| {
            Move::Go(Go::Show(
                Step::from_slug(&slug, CLOSING).unwrap_or_default(),
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
        Step::Result => crate::path::reading(&answers)
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
    let screen = waiting.unwrap_or_else(|| screen(&store, flow, answers, &dispatch));
    html! { <Screen {key}>{ screen }</Screen> }
}

fn screen(
    store: &DocHandle,
    flow: &PositionsFlow,
    answers: PathAnswers,
    dispatch: &Callback<Move>,
) -> Html {
    let act = |action: Move| dispatch.reform(move |_| action.clone());
    let intro = html! {
        <InstrumentIntro instrument={Instrument::Path} words={crate::content::intros::PATH}
            started={!answers.choices.is_empty()}
            onstart={act(Move::Go(Go::Start))} onrestart={act(Move::Restart)} />
    };
    match flow.step {
        Step::Intro => intro,
        Step::Question(index) => {
            let Some(question) = QUESTIONS.get(index) else {
                return intro;
            };
            let onchoose =
                dispatch.reform(move |choice_id: AttrValue| pick(question.id, &choice_id));
            html! {
                <QuestionStep
                    id={question.id} legend={question::prompt(question)}
                    options={question::choice_options(question)}
                    selected={answers.chosen(question).map(|c| AttrValue::from(c.id))}
                    {onchoose} number={index + 1} total={QUESTIONS.len()}
                    onnext={act(Move::Go(Go::Next))} onback={act(Move::Go(Go::Back))}
                    onrestart={store.resumed.of(Instrument::Path).then(|| act(Move::Restart))} />
            }
        }
        Step::Closing => path_context(&PathContextProps {
            context: answers.context.clone(),
            onchange: dispatch
                .reform(|(question, id): (ContextQuestion, AttrValue)| pick(question.id(), &id)),
            onnext: act(Move::Go(Go::Finish)),
            // Going on without the rest of the context keeps what is given.
            onskip: act(Move::Go(Go::Finish)),
            onback: act(Move::Go(Go::Back)),
        }),
        Step::Result => match crate::path::reading(&answers) {
            Some(blend) => {
                let share = Route::Share(PATH_RUN.share(&flow.answers));
                let actions = ResultActions {
                    onchange: act(Move::Go(Go::Back)),
                    onretake: act(Move::Restart),
                    more: further_link(&share),
                };
                path_result_view(&PathResultViewProps {
                    answers,
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
