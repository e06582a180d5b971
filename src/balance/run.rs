//! The balance check as a run and a share link: every statement, in order,
//! on its frequency scale (`positions` does the rest).

use crate::positions::{from_positions, to_positions, Answers, Asked, PositionsInstrument};
use crate::share::{Linked, ShareError};

use super::definition::{BALANCE, MODEL_VERSION};

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
    id: "balance",
    kind: b'b',
    model_version: MODEL_VERSION,
    asked,
};

/// Its share links: every statement's position, 1 (never) to 5 (almost
/// always), in the order asked.
pub struct BalanceLink;

impl Linked for BalanceLink {
    type Answers = Answers;
    const KIND: u8 = b'b';
    const MODEL_VERSION: u32 = MODEL_VERSION;
    /// One per statement (a test checks it against the definition).
    const SLOTS: usize = 24;
    const REQUIRED: usize = Self::SLOTS;

    fn positions(answers: &Answers) -> Vec<usize> {
        to_positions(&BALANCE_RUN, answers)
    }
    fn from_positions(positions: &[usize]) -> Result<Answers, ShareError> {
        from_positions(&BALANCE_RUN, positions)
    }
}
