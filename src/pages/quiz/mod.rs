//! The Fork quiz page: maps the quiz flow's current step to its screen.

mod question;
pub mod result;

use yew::prelude::*;

use crate::quiz::{QuizAction, ITEMS};
use crate::steps::{Go, Step};
use crate::store::{quiz_actions, DocHandle};

use crate::components::later_words::waiting_screen;
use crate::components::page_title::use_page_title;
use crate::components::result_actions::{further_link, ResultActions};
use crate::components::screen::Screen;
use crate::content::{quiz_screens, site, ui};
use crate::instrument::Instrument;
use crate::pages::intro::InstrumentIntro;
use crate::pages::question::QuestionStep;
use crate::pages::review::{review as review_view, ReviewProps, ReviewRow};
use crate::route::Route;
use crate::router::{absolute_url, step_hash, use_step_history};
use crate::share::link::{encode, Shared};
use result::{quiz_result_view, QuizResultViewProps};

#[function_component(QuizPage)]
pub fn quiz_page() -> Html {
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let flow = &store.doc.quiz.flow;
    let dispatch = quiz_actions(&store);
    use_step_history(
        step_hash(
            &Route::Run(Instrument::Quiz),
            &flow.step.slug(crate::quiz::CLOSING),
        ),
        dispatch.reform(|slug: String| {
            QuizAction::Go(Go::Show(
                Step::from_slug(&slug, crate::quiz::CLOSING).unwrap_or_default(),
            ))
        }),
    );
    let (screen, step_title, key) =
        match waiting_screen(store.later_words, Some(quiz_screens::TITLE))
            .filter(|_| flow.step == Step::Result)
        {
            // The result's words come after the first screen: a reload on it waits for them.
            Some(waiting) => (waiting, String::new(), "waiting"),
            None => {
                let (screen, title) = screen(&store, flow, &dispatch);
                (screen, title, screen_key(flow.step))
            }
        };
    use_page_title(Some(site::page_title(&[&step_title, &quiz_screens::TITLE])));
    html! { <Screen {key}>{ screen }</Screen> }
}

/// One key per kind of screen: every question is the same screen (it keeps
/// its place and moves focus to the choices itself), the others each new.
/// (Every instrument whose closing step is a review keys its screens so.)
pub(crate) fn screen_key(step: Step) -> &'static str {
    match step {
        Step::Intro => "intro",
        Step::Question(_) => "question",
        Step::Closing => "review",
        Step::Result => "result",
    }
}

/// The screen for the flow's step, and the step's part of the tab title
/// ("Question 4 of 25", "Your result: Strong Multiplier").
fn screen(
    store: &DocHandle,
    flow: &crate::quiz::QuizFlow,
    dispatch: &Callback<QuizAction>,
) -> (Html, String) {
    let act = |action: QuizAction| dispatch.reform(move |_| action.clone());
    // Built only when shown: a view function renders every row at once.
    let review = || {
        let review = review_view(&ReviewProps {
            title: quiz_screens::REVIEW_TITLE,
            lead: quiz_screens::REVIEW_LEAD,
            rows: review_rows(flow),
            complete: flow.is_complete(),
            ongoto: dispatch.reform(|value| QuizAction::Go(Go::To(value))),
            onfinish: act(QuizAction::Go(Go::Finish)),
        });
        (review, quiz_screens::REVIEW_TITLE.to_string())
    };
    match flow.step {
        Step::Intro => (
            html! {
                <InstrumentIntro instrument={Instrument::Quiz} words={crate::content::intros::QUIZ}
                    started={flow.answered_count() > 0}
                    onstart={act(QuizAction::Go(Go::Start))} onrestart={act(QuizAction::Restart)} />
            },
            String::new(),
        ),
        Step::Question(index) => {
            let Some(item) = ITEMS.get(index) else {
                return review();
            };
            let onchoose = {
                let dispatch = dispatch.clone();
                Callback::from(move |value: AttrValue| {
                    if let Some(answer) = question::agreement(&value) {
                        dispatch.emit(QuizAction::Answer {
                            item_id: item.id.to_string(),
                            answer,
                        });
                    }
                })
            };
            // Every question answered: the review can be reached directly.
            let review_now = flow.is_complete().then(|| {
                (
                    AttrValue::from(ui::REVIEW_ANSWERS),
                    act(QuizAction::Go(Go::Closing)),
                )
            });
            let html = html! {
                <QuestionStep
                    id={item.id} legend={question::statement(item.text)}
                    options={question::scale_options()} scale=true
                    selected={flow.answer_for(item).map(|a| AttrValue::from(a.value().to_string()))}
                    {onchoose} number={index + 1} total={ITEMS.len()}
                    onnext={act(QuizAction::Go(Go::Next))} onback={act(QuizAction::Go(Go::Back))}
                    secondary={review_now}
                    onrestart={store.resumed.quiz.then(|| act(QuizAction::Restart))} />
            };
            (html, ui::question_of(index + 1, ITEMS.len()))
        }
        Step::Closing => review(),
        Step::Result => match flow.result() {
            Some(result) => {
                let shared = Shared::Quiz {
                    model_version: crate::quiz::MODEL_VERSION,
                    answers: flow.answers.clone(),
                };
                let share = Route::Share(encode(&shared));
                let actions = ResultActions {
                    onretake: act(QuizAction::Restart),
                    onchange: act(QuizAction::Go(Go::Closing)),
                    more: further_link(&share),
                };
                let title = quiz_screens::result_title(&result.band.title().text());
                let html = quiz_result_view(&QuizResultViewProps {
                    result,
                    actions: Some(actions),
                    share_url: Some(AttrValue::from(absolute_url(&share))),
                    shared: false,
                });
                (html, title)
            }
            None => review(),
        },
    }
}

fn review_rows(flow: &crate::quiz::QuizFlow) -> Vec<ReviewRow> {
    ITEMS
        .iter()
        .map(|item| ReviewRow {
            text: item.text,
            answer: flow.answer_for(item).map(|a| a.label()),
        })
        .collect()
}
