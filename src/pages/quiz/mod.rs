//! The Fork quiz's page: its words, and its result's head and body (the
//! lean model's own: the overall lean, confidence, dimensions, drivers,
//! cautions, next steps and the side-by-side table). The run itself is
//! every instrument's (`pages::run`).

pub mod result;

use crate::content::numbers::whole;
use crate::content::quiz_screens as text;
use crate::content::words::{keys, locale};
use crate::embed::Summary;
use crate::intl::whole_number;
use crate::positions::{Answers, PositionsInstrument};
use crate::quiz::{is_complete, score, QUIZ_RUN};

use super::run::{unsaved_eyebrows, Closing, ResultView, RunView};

/// "Strong Multiplier (78)": the band and the overall lean.
fn headline(_: &PositionsInstrument, answers: &Answers) -> Option<String> {
    is_complete(answers).then(|| {
        let result = score(answers);
        keys::RESULTS_HISTORY_HEADLINE.with(&[
            ("band", &result.band.title().text()),
            ("score", &whole_number(&locale(), whole(result.overall))),
        ])
    })
}

/// What an embed tells its host of a result: the band, the overall lean as
/// the score, and the confidence in it.
fn summary(_: &PositionsInstrument, answers: &Answers) -> Option<Summary> {
    is_complete(answers).then(|| {
        let result = score(answers);
        Summary {
            band: result.band.id(),
            title: result.band.title().text(),
            score: whole(result.overall),
            confidence: Some(result.confidence.level.api_name()),
        }
    })
}

/// How the Fork quiz's results show.
pub static QUIZ_RESULT: ResultView = ResultView {
    of: &QUIZ_RUN,
    title: text::TITLE,
    eyebrows: unsaved_eyebrows(text::RESULT_EYEBROW, text::SHARED_EYEBROW),
    head: result::head,
    body: result::body,
    headline,
};

/// The Fork quiz's run.
pub static QUIZ_VIEW: RunView = RunView {
    result: &QUIZ_RESULT,
    intro: crate::content::intros::QUIZ,
    closing: Closing::Review {
        title: text::REVIEW_TITLE,
        lead: text::REVIEW_LEAD,
    },
    change_answers: text::CHANGE_ANSWERS,
    retake: text::RETAKE,
    summary,
    statements_later: true,
};
