//! The stage readiness, "Ready for the next rung?": a `rungs` model. The
//! person says which rung of the management ladder they stand on, then
//! answers that rung's statements (footing, its pitfalls, readiness for
//! the next) and those of the two capability ladders. Pure: no UI types,
//! tested on the host.

mod definition;
pub mod model;
pub mod run;

pub use definition::{
    Area, BandWords, ItemOf, Ladder, LadderLevel, Pitfall, Rung, RungItem, RungsDefinition, Source,
    StatementKind, Talk, MODEL_VERSION, STAGE, TALKS,
};
pub use model::{questions_for, read, Answers, LadderReading, RungsReading, Toward};

#[cfg(test)]
mod tests;
