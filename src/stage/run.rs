//! The stage readiness as a run and a share link: first the rung the
//! person stands on, then the questions that rung asks (its own statements,
//! then the two ladders'), each on the agreement scale.

use crate::content::words::{keys, Word};
use crate::instrument::Instrument;
use crate::positions::{Answers, Asked, PositionsInstrument, QuestionWords, Reading};

use super::definition::{MODEL_VERSION, STAGE};
use super::model::{questions_for, read};

/// The first question's id: the rung, as its 1-based position in `rungs`.
pub const RUNG: &str = "rung";

/// The rung the answers stand on (an index into `rungs`), once chosen.
pub fn rung_of(answers: &Answers) -> Option<usize> {
    let position = usize::from(*answers.get(RUNG)?);
    position
        .checked_sub(1)
        .filter(|rung| *rung < STAGE.rungs.len())
}

fn asked(answers: &Answers) -> Vec<Asked> {
    let rung = Asked {
        id: RUNG,
        options: u8::try_from(STAGE.rungs.len()).unwrap_or(u8::MAX),
    };
    let statements = rung_of(answers)
        .map(|rung| questions_for(&STAGE, rung))
        .unwrap_or_default();
    std::iter::once(rung)
        .chain(statements.into_iter().filter_map(|index| {
            STAGE.items.get(index).map(|item| Asked {
                id: item.id,
                options: STAGE.points,
            })
        }))
        .collect()
}

/// The stage readiness's run.
pub static STAGE_RUN: PositionsInstrument = PositionsInstrument {
    instrument: Instrument::Stage,
    kind: b's',
    model_version: MODEL_VERSION,
    asked,
    knows: |id| id == RUNG || STAGE.items.iter().any(|item| item.id == id),
    reading,
    question,
    // Its share links: the rung's position, then each of that rung's
    // questions' (1 strongly disagree … 5 strongly agree), in the order
    // asked; every rung asks as many (a test checks it).
    slots: 22,
    closing: crate::positions::REVIEW,
    optional: &[],
    stored: crate::positions::Stored::Positions,
};

/// The band, footing and readiness, once every question asked is answered.
fn reading(answers: &Answers) -> Option<Reading> {
    let rung = rung_of(answers)?;
    let complete = asked(answers).iter().all(|q| answers.contains_key(q.id));
    let read = complete.then(|| read(&STAGE, rung, answers))?;
    Some(Reading {
        band: *STAGE.bands.get(read.band)?,
        scores: vec![
            (keys::STAGE_RESULT_SCREEN_FOOTING, read.footing.unwrap_or(0)),
            (
                keys::STAGE_RESULT_SCREEN_READINESS,
                read.readiness.unwrap_or(0),
            ),
        ],
    })
}

/// The agreement scale, strongly disagree to strongly agree.
const AGREEMENT: [Word; 5] = [
    keys::STAGE_AGREEMENT_STRONGLY_DISAGREE,
    keys::STAGE_AGREEMENT_DISAGREE,
    keys::STAGE_AGREEMENT_NEITHER,
    keys::STAGE_AGREEMENT_AGREE,
    keys::STAGE_AGREEMENT_STRONGLY_AGREE,
];

/// The rung's words (each rung with its hint), or a statement's on the
/// agreement scale.
fn question(asked: Asked) -> QuestionWords {
    if asked.id == RUNG {
        return QuestionWords {
            text: keys::STAGE_RUNG_QUESTION_PROMPT,
            options: STAGE
                .rungs
                .iter()
                .map(|rung| (rung.label, Some(rung.hint)))
                .collect(),
            scale: false,
            help: None,
        };
    }
    let item = STAGE.items.iter().find(|item| item.id == asked.id);
    QuestionWords {
        text: item.map_or(keys::STAGE_SCREEN_TITLE, |item| item.text),
        options: AGREEMENT.iter().map(|label| (*label, None)).collect(),
        scale: true,
        help: None,
    }
}
