//! The shape of a rungs instrument's definition, and the stage readiness's,
//! compiled by `build.rs` from `content/instruments/stage.json` and its words.

use crate::content::words::{keys, Word};
pub use crate::instrument::{BandWords, Source};

/// What agreeing with a rung's statement says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatementKind {
    /// Finding one's footing in the rung.
    Footing,
    /// Showing one of the rung's common pitfalls.
    Pitfall,
    /// Readiness for the next rung (on the last rung: deepening it).
    Ready,
}

/// Whose statement an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemOf {
    /// One rung's; `rung` and `area` index the definition's lists.
    Rung {
        rung: usize,
        kind: StatementKind,
        area: usize,
    },
    /// A capability ladder's level (0 first); everyone answers these.
    Ladder { ladder: usize, level: usize },
}

/// A statement answered on the agreement scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RungItem {
    /// Stored and shared: never renamed.
    pub id: &'static str,
    pub of: ItemOf,
    pub text: Word,
    pub source: Source,
}

/// A rung of the ladder and its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rung {
    pub id: &'static str,
    /// As the person picks it, and a line on who picks it.
    pub label: Word,
    pub hint: Word,
    pub name: Word,
    pub good: Word,
    pub footing: Word,
    /// The shift the rung asks for, in one sentence.
    pub shift: Word,
    pub ready_when: Word,
    /// A question to ask oneself and a habit to build, by area.
    pub questions: &'static [Word],
    pub habits: &'static [Word],
    pub source: Source,
}

/// A rung's lines for a talk with one's manager (`guide.html`): what to
/// ask them, and the support to ask for (`TALKS`, in the rungs' order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Talk {
    pub ask: &'static [Word],
    pub support: &'static [Word],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub id: &'static str,
    pub name: Word,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LadderLevel {
    pub id: &'static str,
    pub name: Word,
    pub what: Word,
}

/// A capability ladder, lowest level first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ladder {
    pub id: &'static str,
    pub name: Word,
    pub levels: &'static [LadderLevel],
    pub source: Source,
}

/// A pitfall statement's name and what to do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pitfall {
    /// Index into the definition's `items`.
    pub item: usize,
    pub name: Word,
    pub remedy: Word,
}

/// Everything a rungs model reads.
#[derive(Clone, Copy, Debug)]
pub struct RungsDefinition {
    /// The answer scale's points (5: strongly disagree … strongly agree).
    pub points: u8,
    /// Lowest first; the last is deepened, not left.
    pub rungs: &'static [Rung],
    pub areas: &'static [Area],
    pub ladders: &'static [Ladder],
    /// In the order they are asked.
    pub items: &'static [RungItem],
    pub pitfalls: &'static [Pitfall],
    /// Finding one's footing, growing, ready: by `RungsReading::band`.
    pub bands: &'static [BandWords],
    /// What the last rung's "next" is: deepening it.
    pub deepen: (Word, Word),
}

include!(concat!(env!("OUT_DIR"), "/stage_definition.rs"));

/// The stage readiness.
pub static STAGE: RungsDefinition = RungsDefinition {
    points: POINTS,
    rungs: RUNGS,
    areas: AREAS,
    ladders: LADDERS,
    items: ITEMS,
    pitfalls: PITFALLS,
    bands: BANDS,
    deepen: (
        keys::STAGE_RESULT_DEEPEN_TITLE,
        keys::STAGE_RESULT_DEEPEN_BODY,
    ),
};
