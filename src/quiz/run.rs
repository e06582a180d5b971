//! The Fork quiz as a run of the generic engine (`crate::positions`): every
//! statement, in order, on the five-point agreement scale. Its answers are
//! positions as the engine keeps them (1 "Strongly disagree" to 5 "Strongly
//! agree"); the lean model reads each through `answers::agreement`, so a
//! position off the scale can never reach the scoring.

use crate::content::words::keys;
use crate::instrument::{BandWords, Instrument};
use crate::positions::{Asked, PositionsInstrument, QuestionWords, Reading};

use super::band::Band;
use super::content::{item_by_id, Agreement, ITEMS};
use super::scoring::{dimension_scores, is_complete, overall_lean, Answers, MODEL_VERSION};

fn asked(_: &Answers) -> Vec<Asked> {
    ITEMS
        .iter()
        .map(|item| Asked {
            id: item.id,
            options: Agreement::SCALE.len() as u8,
        })
        .collect()
}

/// The Fork quiz's run.
pub static QUIZ_RUN: PositionsInstrument = PositionsInstrument {
    instrument: Instrument::Quiz,
    // Its share links are what the quiz's links always were: `q`, the model
    // version, each statement's agreement in `ITEMS` order (tests pin them).
    kind: b'q',
    model_version: MODEL_VERSION,
    asked,
    knows: |id| item_by_id(id).is_some(),
    reading,
    question,
    slots: ITEMS.len(),
    closing: crate::positions::REVIEW,
    optional: &[],
    stored: crate::positions::Stored::Positions,
};

/// The band and the five dimensions' leans (0 Maker, 100 Multiplier), once
/// every statement is answered.
fn reading(answers: &Answers) -> Option<Reading> {
    if !is_complete(answers) {
        return None;
    }
    // The band alone: `score`'s confidence, drivers and flags are not
    // part of a reading (and its result screen keeps `score` to itself).
    let dimensions = dimension_scores(answers);
    let band = Band::from_score(overall_lean(&dimensions));
    Some(Reading {
        band: BandWords {
            id: band.id(),
            title: band.title(),
            summary: band.summary(),
        },
        scores: dimensions
            .into_iter()
            .map(|d| (d.dimension.label(), d.score.round().clamp(0.0, 100.0) as u8))
            .collect(),
    })
}

/// A statement's words, on the agreement scale.
fn question(asked: Asked) -> QuestionWords {
    QuestionWords {
        text: item_by_id(asked.id).map_or(keys::QUIZ_SCREEN_TITLE, |item| item.text),
        options: Agreement::SCALE.iter().map(|a| (a.label(), None)).collect(),
        scale: true,
        help: None,
    }
}
