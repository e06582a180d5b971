//! Builders shared by the quiz tests: whole answer sets from a rule per item.

use super::content::{Agreement, Item, ItemKind, Keying, ITEMS};
use super::scoring::Answers;

pub fn answers_where(rule: impl Fn(&Item) -> Agreement) -> Answers {
    ITEMS
        .iter()
        .map(|item| (item.id.to_string(), rule(item).value()))
        .collect()
}

pub fn all(answer: Agreement) -> Answers {
    answers_where(|_| answer)
}

pub fn agreement(value: u8) -> Agreement {
    Agreement::new(value).unwrap_or(Agreement::MIDPOINT)
}

/// The answer that pushes hardest toward `side` on a lean item; motivation
/// items get `motivation`.
pub fn pushing(side: Keying, strength: u8, motivation: Agreement) -> Answers {
    answers_where(|item| match item.kind {
        ItemKind::Lean { keying, .. } if keying == side => agreement(3 + strength),
        ItemKind::Lean { .. } => agreement(3 - strength),
        ItemKind::Motivation(_) => motivation,
    })
}

pub fn strongest_multiplier() -> Answers {
    pushing(Keying::Multiplier, 2, Agreement::MIDPOINT)
}

pub fn strongest_maker() -> Answers {
    pushing(Keying::Maker, 2, Agreement::MIDPOINT)
}

pub fn lean_items() -> impl Iterator<Item = &'static Item> {
    ITEMS
        .iter()
        .filter(|item| matches!(item.kind, ItemKind::Lean { .. }))
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}
