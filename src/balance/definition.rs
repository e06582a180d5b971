//! The shape of a signs instrument's definition, and the balance check's,
//! compiled by `build.rs` from `content/instruments/balance.json` and its words.

use crate::content::words::{keys, Word};
pub use crate::instrument::{BandWords, Source};

/// Which of the two readings a sign counts toward.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// The first of the definition's `scales` (the balance check's over-managing).
    First,
    /// The second (over-leading).
    Second,
}

impl Scale {
    pub const BOTH: [Scale; 2] = [Scale::First, Scale::Second];

    pub fn index(self) -> usize {
        match self {
            Scale::First => 0,
            Scale::Second => 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sign {
    pub id: &'static str,
    pub scale: Scale,
    pub name: Word,
    /// What the sign costs the team.
    pub cost: Word,
    /// Its usual root cause.
    pub cause: Word,
    pub source: Source,
}

/// A statement answered by how often it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignItem {
    /// Stored and shared: never renamed.
    pub id: &'static str,
    /// Index into the definition's `signs`.
    pub sign: usize,
    /// Seeing it often means the sign is absent.
    pub reverse: bool,
    pub text: Word,
    pub source: Source,
}

/// A course correction, offered when a sign it answers is present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Correction {
    pub id: &'static str,
    /// Indices into the definition's `signs`.
    pub signs: &'static [usize],
    pub title: Word,
    pub body: Word,
    pub source: Source,
}

/// A scale's id and words: its name, and a line for a low and a high reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaleWords {
    pub id: &'static str,
    pub name: Word,
    pub low: Word,
    pub high: Word,
}

/// Everything a signs model reads.
#[derive(Clone, Copy, Debug)]
pub struct SignsDefinition {
    /// The answer scale's points (5: never … almost always).
    pub points: u8,
    pub signs: &'static [Sign],
    /// In the order they are asked.
    pub items: &'static [SignItem],
    pub corrections: &'static [Correction],
    /// By `Quadrant::index`.
    pub bands: &'static [BandWords],
    /// By `Scale::index`.
    pub scales: &'static [ScaleWords; 2],
}

include!(concat!(env!("OUT_DIR"), "/balance_definition.rs"));

/// The balance check.
pub static BALANCE: SignsDefinition = SignsDefinition {
    points: POINTS,
    signs: SIGNS,
    items: ITEMS,
    corrections: CORRECTIONS,
    bands: BANDS,
    scales: &SCALES,
};
