//! A person's answers to the Fork quiz, and the answered lean items read
//! from them: the shared ground of scoring and confidence.

use crate::vec_map::VecMap;

use super::content::{Agreement, Dimension, Item, ItemKind, Keying, ITEMS};

/// Item id → the answer's position on the agreement scale, as the engine's
/// run keeps it (`crate::positions::Answers`). Ids that are not ours, and
/// positions off the scale, are ignored everywhere: every reading goes
/// through `agreement`.
pub type Answers = VecMap<String, u8>;

/// The answer to the statement `id`, if it is one on the scale.
pub fn agreement(answers: &Answers, id: &str) -> Option<Agreement> {
    answers.get(id).copied().and_then(Agreement::new)
}

/// An answered lean item: where it sits in `ITEMS`, what it is and the answer.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AnsweredLean {
    pub index: usize,
    pub item: &'static Item,
    pub dimension: Dimension,
    pub keying: Keying,
    pub answer: Agreement,
}

impl AnsweredLean {
    pub fn lean(&self) -> f64 {
        multiplier_lean(self.keying, self.answer)
    }
}

/// How far one answer points to the Multiplier, from 0 to 1: agreeing with a
/// Multiplier-keyed statement and disagreeing with a Maker-keyed one count
/// the same.
pub fn multiplier_lean(keying: Keying, answer: Agreement) -> f64 {
    let steps_up = f64::from(answer.value()) - 1.0;
    match keying {
        Keying::Multiplier => steps_up / 4.0,
        Keying::Maker => (4.0 - steps_up) / 4.0,
    }
}

pub(crate) fn answered_lean_items(answers: &Answers) -> impl Iterator<Item = AnsweredLean> + '_ {
    ITEMS
        .iter()
        .enumerate()
        .filter_map(move |(index, item)| match item.kind {
            ItemKind::Lean { dimension, keying } => {
                agreement(answers, item.id).map(|answer| AnsweredLean {
                    index,
                    item,
                    dimension,
                    keying,
                    answer,
                })
            }
            ItemKind::Motivation(_) => None,
        })
}
