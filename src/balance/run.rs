//! The balance check as a run and a share link: every statement, in order,
//! on its frequency scale (`positions` does the rest).

use crate::instrument::Instrument;
use crate::positions::{Answers, Asked, PositionsInstrument, Reading};

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
