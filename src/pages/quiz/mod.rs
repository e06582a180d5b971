//! The Fork quiz page: maps the step of the quiz's run (the generic
//! engine's, `crate::positions`) to its screen.

mod question;
pub mod result;

use yew::prelude::*;

use crate::positions::{Move, PositionsFlow};
use crate::quiz::{agreement, score, ITEMS, QUIZ_RUN};
use crate::steps::{Go, Step};
use crate::store::{run_actions, DocHandle};

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
use result::{quiz_result_view, QuizResultViewProps};

#[function_component(QuizPage)]
pub fn quiz_page() -> Html {
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let flow = &store.doc.run_of(&QUIZ_RUN);
    let dispatch = run_actions(&store, &QUIZ_RUN);
    use_step_history(
        step_hash(
            &Route::Run(Instrument::Quiz),
            &flow.step.slug(QUIZ_RUN.closing),
        ),
        dispatch.reform(|slug: String| {
            Move::Go(Go::Show(
                Step::from_slug(&slug, QUIZ_RUN.closing).unwrap_or_default(),
            ))
        }),
    );
    let (screen, step_title, key) =
        match waiting_screen(store.later_words, Some(quiz_screens::TITLE))
            .filter(|_| flow.step.shows_later_words(true))
        {
            // The statements after the first, and the result's words, come
            // after the first screen: a reload on one of them waits for them.
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
fn screen(store: &DocHandle, flow: &PositionsFlow, dispatch: &Callback<Move>) -> (Html, String) {
    let act = |action: Move| dispatch.reform(move |_| action.clone());
    let complete = flow.is_complete(&QUIZ_RUN);
    // Built only when shown: a view function renders every row at once.
    let review = || {
        let review = review_view(&ReviewProps {
            title: quiz_screens::REVIEW_TITLE,
            lead: quiz_screens::REVIEW_LEAD,
            rows: review_rows(flow),
            complete,
            ongoto: dispatch.reform(|value| Move::Go(Go::To(value))),
            onfinish: act(Move::Go(Go::Finish)),
        });
        (review, quiz_screens::REVIEW_TITLE.to_string())
    };
    match flow.step {
        Step::Intro => (
            html! {
                <InstrumentIntro instrument={Instrument::Quiz} words={crate::content::intros::QUIZ}
                    started={!flow.answers.is_empty()}
                    onstart={act(Move::Go(Go::Start))} onrestart={act(Move::Restart)} />
            },
            String::new(),
        ),
        Step::Question(index) => {
            let Some(item) = ITEMS.get(index) else {
                return review();
            };
            // A value off the scale changes nothing (the run checks it).
            let onchoose = dispatch.reform(move |value: AttrValue| {
                Move::Answer(item.id.to_string(), value.parse().unwrap_or(0))
            });
            // Every question answered: the review can be reached directly.
            let review_now = complete.then(|| {
                (
                    AttrValue::from(ui::REVIEW_ANSWERS),
                    act(Move::Go(Go::Closing)),
                )
            });
            let html = html! {
                <QuestionStep
                    id={item.id} legend={question::statement(item.text)}
                    options={question::scale_options()} scale=true
                    selected={flow.answers.get(item.id).map(|a| AttrValue::from(a.to_string()))}
                    {onchoose} number={index + 1} total={ITEMS.len()}
                    onnext={act(Move::Go(Go::Next))} onback={act(Move::Go(Go::Back))}
                    secondary={review_now}
                    onrestart={store.resumed.of(Instrument::Quiz).then(|| act(Move::Restart))} />
            };
            (html, ui::question_of(index + 1, ITEMS.len()))
        }
        Step::Closing => review(),
        Step::Result if complete => {
            let share = Route::Share(QUIZ_RUN.share(&flow.answers));
            let result = score(&flow.answers);
            let actions = ResultActions {
                onretake: act(Move::Restart),
                onchange: act(Move::Go(Go::Closing)),
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
        Step::Result => review(),
    }
}

fn review_rows(flow: &PositionsFlow) -> Vec<ReviewRow> {
    ITEMS
        .iter()
        .map(|item| ReviewRow {
            text: item.text,
            answer: agreement(&flow.answers, item.id).map(|a| a.label()),
        })
        .collect()
}
