//! The Fork quiz page: maps the quiz flow's current step to its screen.

mod intro;
mod question;
mod result;
mod review;

use yew::prelude::*;

use crate::quiz::{QuizAction, Step, ITEMS};
use crate::store::QuizHandle;

use intro::QuizIntro;
use question::QuizQuestion;
use result::QuizResultView;
use review::{QuizReview, ReviewRow};

#[function_component(QuizPage)]
pub fn quiz_page() -> Html {
    let Some(store) = use_context::<QuizHandle>() else {
        return html! {};
    };
    let flow = &store.flow;
    let act = |action: QuizAction| {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(action.clone()))
    };
    let review = html! {
        <QuizReview
            rows={review_rows(flow)}
            complete={flow.is_complete()}
            ongoto={let s = store.clone(); Callback::from(move |i| s.dispatch(QuizAction::GoTo(i)))}
            onfinish={act(QuizAction::Finish)} />
    };
    match flow.step {
        Step::Intro => html! {
            <QuizIntro answered={flow.answered_count()} total={ITEMS.len()} onstart={act(QuizAction::Start)} />
        },
        Step::Question(index) => {
            let Some(item) = ITEMS.get(index) else { return review };
            let onanswer = {
                let store = store.clone();
                Callback::from(move |answer| {
                    store.dispatch(QuizAction::Answer { item_id: item.id.to_string(), answer })
                })
            };
            html! {
                <QuizQuestion
                    item_id={item.id} text={item.text} number={index + 1} total={ITEMS.len()}
                    selected={flow.answer_for(item)} {onanswer}
                    can_review={flow.is_complete()}
                    onnext={act(QuizAction::Next)} onback={act(QuizAction::Back)}
                    onreview={act(QuizAction::Review)} />
            }
        }
        Step::Review => review,
        Step::Result => match flow.result() {
            Some(result) => html! {
                <QuizResultView {result} onretake={act(QuizAction::Restart)} onreview={act(QuizAction::Review)} />
            },
            None => review,
        },
    }
}

fn review_rows(flow: &crate::quiz::QuizFlow) -> Vec<ReviewRow> {
    ITEMS
        .iter()
        .map(|item| ReviewRow { text: item.text, answer: flow.answer_for(item).map(|a| a.label()) })
        .collect()
}
