//! The balance check as a run and a share link: every statement, in order,
//! on its frequency scale (`positions` does the rest).

use crate::content::words::{keys, Word};
use crate::instrument::Instrument;
use crate::positions::{Answers, Asked, PositionsInstrument, QuestionWords, Reading};

use super::definition::{Scale, BALANCE, MODEL_VERSION};
use super::model::read;

fn asked(_: &Answers) -> Vec<Asked> {
    BALANCE
        .items
        .iter()
        .map(|item| Asked {
            id: item.id,
            options: BALANCE.points,
        })
        .collect()
}

/// The balance check's run.
pub static BALANCE_RUN: PositionsInstrument = PositionsInstrument {
    instrument: Instrument::Balance,
    kind: b'b',
    model_version: MODEL_VERSION,
    asked,
    knows: |id| BALANCE.items.iter().any(|item| item.id == id),
    reading,
    question,
    // Its share links: every statement's position, 1 (never) to 5 (almost
    // always), in the order asked; one slot per statement (a test checks it).
    slots: 24,
    closing: crate::positions::REVIEW,
    optional: &[],
    stored: crate::positions::Stored::Positions,
};

/// The quadrant and both readings, once every statement is answered.
fn reading(answers: &Answers) -> Option<Reading> {
    let complete = BALANCE
        .items
        .iter()
        .all(|item| answers.contains_key(item.id));
    let read = complete.then(|| read(&BALANCE, answers))?;
    let scores = Scale::BOTH
        .into_iter()
        .map(|scale| {
            (
                BALANCE.scales[scale.index()].name,
                read.score(scale).unwrap_or(0),
            )
        })
        .collect();
    Some(Reading {
        band: *BALANCE.bands.get(read.quadrant.index())?,
        scores,
    })
}

/// The frequency scale, never to almost always.
const FREQUENCY: [Word; 5] = [
    keys::BALANCE_FREQUENCY_NEVER,
    keys::BALANCE_FREQUENCY_RARELY,
    keys::BALANCE_FREQUENCY_SOMETIMES,
    keys::BALANCE_FREQUENCY_OFTEN,
    keys::BALANCE_FREQUENCY_ALMOST_ALWAYS,
];

/// A statement's words, on the frequency scale.
fn question(asked: Asked) -> QuestionWords {
    let item = BALANCE.items.iter().find(|item| item.id == asked.id);
    QuestionWords {
        text: item.map_or(keys::BALANCE_SCREEN_TITLE, |item| item.text),
        options: FREQUENCY.iter().map(|label| (*label, None)).collect(),
        scale: true,
        help: None,
    }
}
