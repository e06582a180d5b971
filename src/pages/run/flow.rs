//! The run itself: the flow's current step as its screen, with the step in
//! the address and the browser's Back and Forward moving through the steps.

use yew::prelude::*;

use crate::components::choice_group::ChoiceOption;
use crate::components::later_words::waiting_screen;
use crate::components::page_title::use_page_title;
use crate::components::result_actions::{further_link, result_end, ResultActions};
use crate::components::screen::Screen;
use crate::content::{site, ui};
use crate::instrument::Instrument;
use crate::pages::intro::InstrumentIntro;
use crate::pages::question::QuestionStep;
use crate::pages::review::{review, ReviewProps, ReviewRow};
use crate::positions::{Move, PositionsFlow, QuestionWords};
use crate::route::{Document, Route};
use crate::router::{absolute, absolute_url, step_hash, use_step_history};
use crate::steps::{Go, Step};
use crate::store::{run_actions, DocHandle};

use super::{Closing, Opened, RunView};

#[derive(Properties, PartialEq)]
pub struct RunFlowPageProps {
    pub view: &'static RunView,
}

#[function_component(RunFlowPage)]
pub fn run_flow_page(props: &RunFlowPageProps) -> Html {
    let view = props.view;
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let flow = store.doc.run_of(view.of());
    let dispatch = use_memo((store.clone(), view.of().instrument), |(store, _)| {
        run_actions(store, view.of())
    });
    let route = Route::Run(view.of().instrument);
    let closing = view.of().closing;
    use_step_history(
        step_hash(&route, &flow.step.slug(closing)),
        dispatch.reform(move |slug: String| {
            Move::Go(Go::Show(
                Step::from_slug(&slug, closing).unwrap_or_default(),
            ))
        }),
    );
    let later = flow.step.shows_later_words(view.statements_later);
    let waiting = waiting_screen(store.later_words, Some(view.result.title)).filter(|_| later);
    let (screen, step_title, key) = match waiting {
        // The result's words (and some instruments' later statements) come
        // after the first screen: a reload there waits for them.
        Some(waiting) => (waiting, String::new(), "waiting"),
        None => {
            let (screen, title) = screen(
                view,
                &flow,
                &dispatch,
                store.resumed.of(view.of().instrument),
            );
            (screen, title, screen_key(flow.step))
        }
    };
    use_page_title(Some(site::page_title(&[&step_title, &view.result.title])));
    html! { <Screen {key}>{ screen }</Screen> }
}

/// One key per kind of screen: every question is the same screen (it keeps
/// its place and moves focus to the choices itself), the others each new.
fn screen_key(step: Step) -> &'static str {
    match step {
        Step::Intro => "intro",
        Step::Question(_) => "question",
        Step::Closing => "closing",
        Step::Result => "result",
    }
}

/// The screen for the flow's step, and the step's part of the tab title.
fn screen(
    view: &'static RunView,
    flow: &PositionsFlow,
    dispatch: &Callback<Move>,
    resumed: bool,
) -> (Html, String) {
    let act = |step: Move| dispatch.reform(move |_| step.clone());
    let asked = flow.asked(view.of());
    let complete = flow.is_complete(view.of());
    let closing = || match view.closing {
        Closing::Review { title, lead } => {
            let rows = asked
                .iter()
                .map(|question| {
                    let words = (view.of().question)(*question);
                    ReviewRow {
                        text: words.text,
                        answer: flow
                            .answers
                            .get(question.id)
                            .and_then(|at| words.label(*at)),
                    }
                })
                .collect();
            let html = review(&ReviewProps {
                title,
                lead,
                rows,
                complete,
                ongoto: dispatch.reform(|value| Move::Go(Go::To(value))),
                onfinish: act(Move::Go(Go::Finish)),
            });
            (html, title.to_string())
        }
        Closing::Own { title, screen } => (screen(flow, dispatch), title.to_string()),
    };
    // The instrument's length, even before an early answer (the stage's
    // rung) says which questions follow.
    let total = asked.len().max(view.of().instrument.questions());
    match flow.step {
        Step::Intro => (
            html! {
                <InstrumentIntro instrument={view.of().instrument} words={view.intro}
                    started={!flow.answers.is_empty()}
                    onstart={act(Move::Go(Go::Start))} onrestart={act(Move::Restart)} />
            },
            String::new(),
        ),
        Step::Question(index) => {
            let Some(question) = asked.get(index).copied() else {
                return closing();
            };
            let words = (view.of().question)(question);
            let options: Vec<ChoiceOption> = words
                .options
                .iter()
                .enumerate()
                .map(|(at, (label, hint))| ChoiceOption {
                    value: (at + 1).to_string().into(),
                    label: label.text().into(),
                    hint: hint.map(|hint| hint.text().into()),
                })
                .collect();
            let onchoose = dispatch.reform(move |value: AttrValue| {
                Move::Answer(question.id.to_string(), value.parse().unwrap_or(0))
            });
            let review_now = complete.then(|| {
                (
                    AttrValue::from(ui::REVIEW_ANSWERS),
                    act(Move::Go(Go::Closing)),
                )
            });
            let html = html! {
                <QuestionStep
                    id={question.id} legend={legend(&words)}
                    {options} scale={words.scale}
                    selected={flow.answers.get(question.id).map(|p| AttrValue::from(p.to_string()))}
                    {onchoose} number={index + 1} {total}
                    onnext={act(Move::Go(Go::Next))} onback={act(Move::Go(Go::Back))}
                    secondary={review_now}
                    onrestart={resumed.then(|| act(Move::Restart))} />
            };
            (html, ui::question_of(index + 1, total))
        }
        Step::Closing => closing(),
        Step::Result => match (view.result.head)(view.result, &flow.answers, Opened::Own) {
            Some((head, title)) => {
                let share = Route::Share(view.of().share(&flow.answers));
                let share_url = share_address(view.of().instrument, &share);
                let actions = ResultActions {
                    onretake: act(Move::Restart),
                    onchange: act(Move::Go(Go::Closing)),
                    more: further_link(&share),
                };
                let html = html! {
                    <div class="flow result">
                        { head }
                        { (view.result.body)(&flow.answers) }
                        { result_end(&Some(AttrValue::from(share_url)), &Some(actions), view.change_answers, view.retake) }
                    </div>
                };
                (html, title)
            }
            None => closing(),
        },
    }
}

/// A question's text as its group's legend, with its help under it.
fn legend(words: &QuestionWords) -> Html {
    html! { <>
        <h1 class="statement">{ words.text }</h1>
        if let Some(help) = words.help {
            <span class="legend-help">{ help }</span>
        }
    </> }
}

/// The whole address of a result's share link: on the instrument's own
/// page if it has one (also from another site's frame), else on the page
/// its links open on (the results page).
fn share_address(instrument: Instrument, share: &Route) -> String {
    match Document::run_page(instrument) {
        Some(page) => absolute(format!("{page}{}", share.href())),
        None => absolute_url(share),
    }
}
