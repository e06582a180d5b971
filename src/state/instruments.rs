//! The instruments the document holds: their ids, a finished run's answers
//! per instrument, and what each one's flow gives the generic run
//! (`section::RunFlow`). The one place in `state` that names them.
//!
//! The instruments whose answers are positions (`crate::positions`: the
//! Fork quiz, the balance check, the stage readiness) are each read only by
//! the pages built with its feature, which run or list it; every other page
//! keeps its runs and results as they came, like what a newer version wrote
//! (`unknown`), so it carries none of its code.

pub use crate::instrument::Instrument;

#[derive(Clone, Debug, PartialEq)]
pub enum SavedAnswers {
    /// An instrument, and its answers.
    Positions(&'static PositionsInstrument, crate::positions::Answers),
}

impl SavedAnswers {
    /// The answers, if they are `instrument`'s and its answers are positions.
    pub fn positions_of(&self, instrument: Instrument) -> Option<&crate::positions::Answers> {
        let SavedAnswers::Positions(of, answers) = self;
        (of.instrument == instrument).then_some(answers)
    }
}

use crate::positions::PositionsInstrument;

/// The instruments whose answers are positions that this build reads: each
/// its own feature, so a page carries only the instruments it runs or lists.
static POSITIONS: &[&PositionsInstrument] = &[
    #[cfg(feature = "quiz")]
    &crate::quiz::QUIZ_RUN,
    #[cfg(feature = "path")]
    &crate::path::PATH_RUN,
    #[cfg(feature = "balance")]
    &crate::balance::run::BALANCE_RUN,
    #[cfg(feature = "stage")]
    &crate::stage::run::STAGE_RUN,
    // The check-in a test defines (`third_instrument_tests`).
    #[cfg(test)]
    &crate::third_instrument_tests::CHECK_IN,
];

/// The instruments whose answers are positions that this build reads.
pub fn positions() -> impl Iterator<Item = &'static PositionsInstrument> {
    POSITIONS.iter().copied()
}

/// The positions instrument stored under `id`, if this build reads it.
pub fn positions_instrument(id: &str) -> Option<&'static PositionsInstrument> {
    positions().find(|of| of.instrument.id() == id)
}

/// Whether this build reads the runs and results of the instrument `id`
/// (the others are kept as they came).
pub fn is_read(id: &str) -> bool {
    positions_instrument(id).is_some()
}
