//! `stage.html`: the stage readiness's words and the body of its result
//! (the person's stage, footing and readiness, the shift, the pitfalls
//! shown, where to grow first, the two capability ladders, and what the
//! stage asks for).

use yew::prelude::*;

use crate::components::score_bar::score_bar;
use crate::content::words::{keys, Word};
use crate::intl::whole_number;
use crate::positions::Answers;
use crate::stage::run::{rung_of, STAGE_RUN};
use crate::stage::{read, Toward, STAGE};

use super::run::{band_head, band_headline, score_of_100, Closing, ResultView, RunView};

/// A titled paragraph of what the stage asks for.
fn said(heading: Word, text: Word) -> Html {
    html! { <div class="callout plain"><h3>{ heading }</h3><p>{ text }</p></div> }
}

fn body(answers: &Answers) -> Html {
    let Some(rung_index) = rung_of(answers) else {
        return Html::default();
    };
    let Some(rung) = STAGE.rungs.get(rung_index) else {
        return Html::default();
    };
    let reading = read(&STAGE, rung_index, answers);
    let locale = crate::content::words::locale();
    let (readiness_line, ready_heading, ready_text) = match reading.toward {
        Toward::Rung(next) => (
            keys::STAGE_RESULT_SCREEN_READINESS_LINE.with(&[(
                "next",
                &STAGE
                    .rungs
                    .get(next)
                    .map(|r| r.name.text())
                    .unwrap_or_default(),
            )]),
            keys::STAGE_RESULT_SCREEN_READY_HEADING,
            rung.ready_when,
        ),
        Toward::Deepen => (
            keys::STAGE_RESULT_SCREEN_DEEPEN_LINE.text(),
            STAGE.deepen.0,
            STAGE.deepen.1,
        ),
    };
    let scores = [
        (
            keys::STAGE_RESULT_SCREEN_FOOTING,
            reading.footing,
            keys::STAGE_RESULT_SCREEN_FOOTING_LINE.text(),
        ),
        (
            keys::STAGE_RESULT_SCREEN_READINESS,
            reading.readiness,
            readiness_line,
        ),
    ];
    html! {
        <>
            <section class="result-section" aria-labelledby="scores-heading">
                <h2 id="scores-heading">{ keys::STAGE_RESULT_SCREEN_STAGE.with(&[("rung", &rung.name.text())]) }</h2>
                { for scores.into_iter().map(|(label, score, line)| {
                    let score = score.unwrap_or(0);
                    html! {
                        <div class="dimension">
                            { score_bar(&label.text(), score, &score_of_100(keys::STAGE_RESULT_SCREEN_SCORE, score)) }
                            <p class="muted">{ line }</p>
                        </div>
                    }
                }) }
                <h3>{ keys::STAGE_RESULT_SCREEN_SHIFT_HEADING }</h3>
                <p>{ rung.shift }</p>
            </section>
            <section class="result-section" aria-labelledby="pitfalls-heading">
                <h2 id="pitfalls-heading">{ keys::STAGE_RESULT_SCREEN_PITFALLS_HEADING }</h2>
                if reading.pitfalls.is_empty() {
                    <p>{ keys::STAGE_RESULT_SCREEN_NO_PITFALLS }</p>
                }
                { for reading.pitfalls.iter().filter_map(|p| STAGE.pitfalls.get(*p)).map(|pitfall| html! {
                    <div class="callout">
                        <h3>{ pitfall.name }</h3>
                        <p><strong>{ keys::STAGE_RESULT_SCREEN_REMEDY }</strong>{ ": " }{ pitfall.remedy }</p>
                    </div>
                }) }
            </section>
            <section class="result-section" aria-labelledby="grow-heading">
                <h2 id="grow-heading">{ keys::STAGE_RESULT_SCREEN_GROW_HEADING }</h2>
                { for reading.grow.iter().filter_map(|area| Some((STAGE.areas.get(*area)?, rung.questions.get(*area)?, rung.habits.get(*area)?))).map(|(area, question, habit)| html! {
                    <div class="callout plain">
                        <h3>{ area.name }</h3>
                        <p><strong>{ keys::STAGE_RESULT_SCREEN_QUESTION }</strong>{ ": " }{ *question }</p>
                        <p><strong>{ keys::STAGE_RESULT_SCREEN_HABIT }</strong>{ ": " }{ *habit }</p>
                    </div>
                }) }
            </section>
            <section class="result-section" aria-labelledby="ladders-heading">
                <h2 id="ladders-heading">{ keys::STAGE_RESULT_SCREEN_LADDERS_HEADING }</h2>
                { for reading.ladders.iter().filter_map(|l| Some((l, STAGE.ladders.get(l.ladder)?))).map(|(held, ladder)| {
                    let level = if held.reached == 0 {
                        keys::STAGE_RESULT_SCREEN_LEVEL_NONE.text()
                    } else {
                        keys::STAGE_RESULT_SCREEN_LEVEL.with(&[
                            ("reached", &whole_number(&locale, held.reached as i64)),
                            ("total", &whole_number(&locale, ladder.levels.len() as i64)),
                        ])
                    };
                    html! {
                        <div class="ladder">
                            <h3>{ ladder.name }</h3>
                            <p class="big-figure">{ level }</p>
                            <ol class="ladder-levels">
                                { for ladder.levels.iter().enumerate().map(|(at, step)| html! {
                                    <li class={(at < held.reached).then_some("held")}>
                                        <strong>{ step.name }</strong>
                                        { " (" }{ if at < held.reached { keys::STAGE_RESULT_SCREEN_HELD } else { keys::STAGE_RESULT_SCREEN_NOT_HELD } }{ "): " }
                                        { step.what }
                                    </li>
                                }) }
                            </ol>
                        </div>
                    }
                }) }
            </section>
            <section class="result-section" aria-labelledby="stage-heading">
                <h2 id="stage-heading">{ rung.name }</h2>
                { said(keys::STAGE_RESULT_SCREEN_GOOD_HEADING, rung.good) }
                { said(keys::STAGE_RESULT_SCREEN_FOOTING_HEADING, rung.footing) }
                { said(ready_heading, ready_text) }
            </section>
        </>
    }
}

/// How the stage readiness's results show.
pub static STAGE_RESULT: ResultView = ResultView {
    of: &STAGE_RUN,
    title: keys::STAGE_SCREEN_TITLE,
    eyebrows: [
        keys::STAGE_RESULT_SCREEN_RESULT_EYEBROW,
        keys::STAGE_RESULT_SCREEN_SHARED_EYEBROW,
        keys::STAGE_RESULT_SCREEN_SAVED_EYEBROW,
    ],
    head: band_head,
    body,
    headline: band_headline,
};

/// The stage readiness's run.
pub static STAGE_VIEW: RunView = RunView {
    result: &STAGE_RESULT,
    intro: crate::content::intros::STAGE,
    closing: Closing::Review {
        title: keys::STAGE_SCREEN_REVIEW_TITLE,
        lead: keys::STAGE_SCREEN_REVIEW_LEAD,
    },
    change_answers: keys::STAGE_RESULT_SCREEN_CHANGE_ANSWERS,
    retake: keys::STAGE_RESULT_SCREEN_RETAKE,
    summary: crate::embed::events::reading_summary,
    statements_later: true,
};
