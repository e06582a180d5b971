//! The instruments the document holds: their ids, a finished run's answers
//! per instrument, and what each one's flow gives the generic run
//! (`section::RunFlow`). The one place in `state` that names them.
//!
//! The instruments whose answers are positions (`crate::positions`) are read
//! only by the pages built with the `positions` feature, which run or list
//! them; every other page keeps their runs and results as they came, like
//! what a newer version wrote (`unknown`), so it carries none of their code.

use crate::path::{self, PathAnswers, PathFlow};
use crate::quiz::{self, Answers, QuizFlow};

use super::section::{step_and_answers_at, RunFlow};
pub use crate::instrument::Instrument;

#[derive(Clone, Debug, PartialEq)]
pub enum SavedAnswers {
    Quiz(Answers),
    Path(PathAnswers),
    /// An instrument whose answers are positions, and its answers.
    #[cfg(feature = "positions")]
    Positions(&'static PositionsInstrument, crate::positions::Answers),
}

#[cfg(feature = "positions")]
use crate::positions::PositionsInstrument;

/// The instruments whose answers are positions that this build reads: each
/// its own feature, so a page carries only the instruments it runs or lists.
#[cfg(feature = "positions")]
static POSITIONS: &[&PositionsInstrument] = &[
    #[cfg(feature = "balance")]
    &crate::balance::run::BALANCE_RUN,
    #[cfg(feature = "stage")]
    &crate::stage::run::STAGE_RUN,
];

/// The instruments whose answers are positions that this build reads.
#[cfg(feature = "positions")]
pub fn positions() -> impl Iterator<Item = &'static PositionsInstrument> {
    POSITIONS.iter().copied()
}

/// The positions instrument stored under `id`, if this build reads it.
#[cfg(feature = "positions")]
pub fn positions_instrument(id: &str) -> Option<&'static PositionsInstrument> {
    positions().find(|of| of.instrument.id() == id)
}

/// Whether this build reads the runs and results of the instrument `id`
/// (the others are kept as they came).
pub fn is_read(id: &str) -> bool {
    #[cfg(feature = "positions")]
    if positions_instrument(id).is_some() {
        return true;
    }
    (cfg!(feature = "quiz") && id == Instrument::Quiz.id())
        || (cfg!(feature = "path") && id == Instrument::Path.id())
}

impl RunFlow for QuizFlow {
    type Action = quiz::QuizAction;
    type Saved = SavedAnswers;
    type Answer = quiz::Agreement;
    const MODEL_VERSION: u32 = quiz::MODEL_VERSION;

    fn apply(self, action: Self::Action) -> Self {
        QuizFlow::apply(self, action)
    }
    fn restarts(action: &Self::Action) -> bool {
        *action == quiz::QuizAction::Restart
    }
    step_and_answers_at!(answers);
    fn is_unanswered(&self) -> bool {
        self.answers.is_empty()
    }
    fn saved(&self) -> SavedAnswers {
        SavedAnswers::Quiz(self.answers.clone())
    }
}

impl RunFlow for PathFlow {
    type Action = path::PathAction;
    type Saved = SavedAnswers;
    type Answer = String;
    const MODEL_VERSION: u32 = path::MODEL_VERSION;

    fn apply(self, action: Self::Action) -> Self {
        PathFlow::apply(self, action)
    }
    fn restarts(action: &Self::Action) -> bool {
        *action == path::PathAction::Restart
    }
    step_and_answers_at!(answers.choices);
    fn is_unanswered(&self) -> bool {
        self.answers == path::PathAnswers::default()
    }
    fn saved(&self) -> SavedAnswers {
        SavedAnswers::Path(self.answers.clone())
    }
    fn fill_from(&mut self, older: &Self) {
        let (context, other) = (&mut self.answers.context, &older.answers.context);
        context.stage = context.stage.or(other.stage);
        context.situation = context.situation.or(other.situation);
        context.pace = context.pace.or(other.pace);
        context.career = context.career.or(other.career);
    }
}
