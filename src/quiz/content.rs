//! The Fork quiz's vocabulary: dimensions, the agreement scale, motivation
//! flags and the shape of an item. The items themselves live in `items.rs`.

use crate::content::words::keys;

use crate::content::words::Word;

pub use super::items::ITEMS;

/// The five questions of the decision framework (seed 002) the lean is read on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Energy,
    Impact,
    Growth,
    Values,
    Lifestyle,
}

impl Dimension {
    /// Result screens list dimensions in this order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Energy,
        Dimension::Impact,
        Dimension::Growth,
        Dimension::Values,
        Dimension::Lifestyle,
    ];

    pub fn label(self) -> Word {
        match self {
            Dimension::Energy => keys::QUIZ_RESULT_DIMENSIONS_LABEL_ENERGY,
            Dimension::Impact => keys::QUIZ_RESULT_DIMENSIONS_LABEL_IMPACT,
            Dimension::Growth => keys::QUIZ_RESULT_DIMENSIONS_LABEL_GROWTH,
            Dimension::Values => keys::QUIZ_RESULT_DIMENSIONS_LABEL_VALUES,
            Dimension::Lifestyle => keys::QUIZ_RESULT_DIMENSIONS_LABEL_LIFESTYLE,
        }
    }

    /// One sentence saying what the dimension asks, shown beside its bar.
    pub fn explanation(self) -> Word {
        match self {
            Dimension::Energy => keys::QUIZ_ADVICE_DIMENSIONS_EXPLANATION_ENERGY,
            Dimension::Impact => keys::QUIZ_ADVICE_DIMENSIONS_EXPLANATION_IMPACT,
            Dimension::Growth => keys::QUIZ_ADVICE_DIMENSIONS_EXPLANATION_GROWTH,
            Dimension::Values => keys::QUIZ_ADVICE_DIMENSIONS_EXPLANATION_VALUES,
            Dimension::Lifestyle => keys::QUIZ_ADVICE_DIMENSIONS_EXPLANATION_LIFESTYLE,
        }
    }
}

/// Which side of the fork AGREEING with a statement points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keying {
    /// Agreeing points to the management track.
    Multiplier,
    /// Agreeing points to the execution track (a reverse-keyed item).
    Maker,
}

pub use crate::instrument::Source;

/// Reasons for a choice that deserve a second look, scored apart from the lean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// Management wanted mainly for the title or the salary.
    TitleOrPay,
    /// Management seen as a way out of the hands-on work.
    EscapeFromCraft,
    /// Staying hands-on mainly to avoid being accountable for others.
    FearOfResponsibility,
    /// Management seen as the only visible way to progress.
    NoOtherPath,
}

impl Flag {
    pub const ALL: [Flag; 4] = [
        Flag::TitleOrPay,
        Flag::EscapeFromCraft,
        Flag::FearOfResponsibility,
        Flag::NoOtherPath,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// Counts toward the Maker/Multiplier lean on one dimension.
    Lean {
        dimension: Dimension,
        keying: Keying,
    },
    /// Never counts toward the lean; only raises its flag.
    Motivation(Flag),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stored with answers and put in share links, so never renamed or reused.
    pub id: &'static str,
    /// A first-person statement answered on the agreement scale.
    pub text: Word,
    pub kind: ItemKind,
    /// The seed idea it was written from: checked by the tests, never shown,
    /// so not in the app.
    #[cfg(test)]
    pub source: Source,
}

impl Item {
    pub fn dimension(&self) -> Option<Dimension> {
        match self.kind {
            ItemKind::Lean { dimension, .. } => Some(dimension),
            ItemKind::Motivation(_) => None,
        }
    }

    pub fn keying(&self) -> Option<Keying> {
        match self.kind {
            ItemKind::Lean { keying, .. } => Some(keying),
            ItemKind::Motivation(_) => None,
        }
    }

    pub fn flag(&self) -> Option<Flag> {
        match self.kind {
            ItemKind::Motivation(flag) => Some(flag),
            ItemKind::Lean { .. } => None,
        }
    }
}

/// Position of an item in presentation order, if the id is one of ours.
pub fn item_index(id: &str) -> Option<usize> {
    ITEMS.iter().position(|item| item.id == id)
}

pub fn item_by_id(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|item| item.id == id)
}

/// One point on the five-point agreement scale. The field is private and
/// every reader goes through `Agreement::new`, so a value outside 1..=5 can
/// never exist, whatever storage or a link hands us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Agreement(u8);

impl Agreement {
    pub const MIDPOINT: Agreement = Agreement(3);
    /// Every point, from "Strongly disagree" to "Strongly agree".
    pub const SCALE: [Agreement; 5] = [
        Agreement(1),
        Agreement(2),
        Agreement(3),
        Agreement(4),
        Agreement(5),
    ];
    pub const STRONGLY_DISAGREE: Agreement = Agreement(1);
    pub const STRONGLY_AGREE: Agreement = Agreement(5);

    pub const fn new(value: u8) -> Option<Agreement> {
        if value >= 1 && value <= 5 {
            Some(Agreement(value))
        } else {
            None
        }
    }

    pub const fn value(self) -> u8 {
        self.0
    }

    /// The same strength of feeling on the other side of the scale (a → 6 − a).
    pub const fn mirrored(self) -> Agreement {
        Agreement(6 - self.0)
    }

    pub fn label(self) -> Word {
        match self.0 {
            1 => keys::QUIZ_AGREEMENT_STRONGLY_DISAGREE,
            2 => keys::QUIZ_AGREEMENT_DISAGREE,
            3 => keys::QUIZ_AGREEMENT_NEITHER,
            4 => keys::QUIZ_AGREEMENT_AGREE,
            _ => keys::QUIZ_AGREEMENT_STRONGLY_AGREE,
        }
    }
}

/// Its position on the scale, as the engine's run keeps it.
impl From<Agreement> for u8 {
    fn from(agreement: Agreement) -> u8 {
        agreement.value()
    }
}
