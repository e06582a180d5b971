//! `balance.html`: the balance check's words and the body of its result
//! (its two readings, the signs present with their cost and cause, the
//! course corrections that fit, and the way to the path diagnostic).

use yew::prelude::*;

use crate::balance::model::HIGH_FROM;
use crate::balance::run::BALANCE_RUN;
use crate::balance::{read, Scale, BALANCE};
use crate::components::score_bar::score_bar;
use crate::content::words::keys;
use crate::instrument::Instrument;
use crate::positions::Answers;
use crate::route::{Document, Route};

use super::run::{band_head, band_headline, score_of_100, Closing, ResultView, RunView};

fn body(answers: &Answers) -> Html {
    let reading = read(&BALANCE, answers);
    let corrections = reading
        .corrections
        .iter()
        .filter_map(|c| BALANCE.corrections.get(*c));
    html! {
        <>
            <section class="result-section" aria-labelledby="readings-heading">
                <h2 id="readings-heading">{ keys::BALANCE_RESULT_SCREEN_READINGS_HEADING }</h2>
                { for Scale::BOTH.into_iter().map(|scale| {
                    let words = BALANCE.scales[scale.index()];
                    let score = reading.score(scale).unwrap_or(0);
                    let value = score_of_100(keys::BALANCE_RESULT_SCREEN_SCORE, score);
                    html! {
                        <div class="dimension">
                            { score_bar(&words.name.text(), score, &value) }
                            <p class="muted">{ if score >= HIGH_FROM { words.high } else { words.low } }</p>
                        </div>
                    }
                }) }
            </section>
            <section class="result-section" aria-labelledby="signs-heading">
                <h2 id="signs-heading">{ keys::BALANCE_RESULT_SCREEN_SIGNS_HEADING }</h2>
                if reading.present.is_empty() {
                    <p>{ keys::BALANCE_RESULT_SCREEN_NO_SIGNS }</p>
                }
                { for reading.present.iter().filter_map(|present| BALANCE.signs.get(present.sign)).map(|sign| html! {
                    <div class="callout">
                        <h3>{ sign.name }</h3>
                        <p><strong>{ keys::BALANCE_RESULT_SCREEN_COST }</strong>{ ": " }{ sign.cost }</p>
                        <p><strong>{ keys::BALANCE_RESULT_SCREEN_CAUSE }</strong>{ ": " }{ sign.cause }</p>
                    </div>
                }) }
            </section>
            if !reading.corrections.is_empty() {
                <section class="result-section" aria-labelledby="corrections-heading">
                    <h2 id="corrections-heading">{ keys::BALANCE_RESULT_SCREEN_CORRECTIONS_HEADING }</h2>
                    <ul class="steps-list">
                        { for corrections.map(|c| html! {
                            <li><strong>{ c.title }</strong>{ ". " }{ c.body }</li>
                        }) }
                    </ul>
                </section>
            }
            // Not in another site's frame: the way on there is the host's.
            if crate::router::document() != Document::Embed {
                <p class="no-print">
                    { keys::BALANCE_RESULT_SCREEN_PATH_LEAD }{ " " }
                    <a href={crate::router::link(&Route::Run(Instrument::Path))}>{ keys::BALANCE_RESULT_SCREEN_PATH_LINK }</a>
                </p>
            }
        </>
    }
}

/// How the balance check's results show.
pub static BALANCE_RESULT: ResultView = ResultView {
    of: &BALANCE_RUN,
    title: keys::BALANCE_SCREEN_TITLE,
    eyebrows: [
        keys::BALANCE_RESULT_SCREEN_RESULT_EYEBROW,
        keys::BALANCE_RESULT_SCREEN_SHARED_EYEBROW,
        keys::BALANCE_RESULT_SCREEN_SAVED_EYEBROW,
    ],
    head: band_head,
    body,
    headline: band_headline,
};

/// The balance check's run.
pub static BALANCE_VIEW: RunView = RunView {
    result: &BALANCE_RESULT,
    intro: crate::content::intros::BALANCE,
    closing: Closing::Review {
        title: keys::BALANCE_SCREEN_REVIEW_TITLE,
        lead: keys::BALANCE_SCREEN_REVIEW_LEAD,
    },
    change_answers: keys::BALANCE_RESULT_SCREEN_CHANGE_ANSWERS,
    retake: keys::BALANCE_RESULT_SCREEN_RETAKE,
    summary: crate::embed::events::reading_summary,
    statements_later: false,
};
