//! The path diagnostic: content, model and its run of the engine (pure, no UI types).
//!
//! Five graded questions give a management/leadership blend; optional context is only
//! compared with that blend, never mixed into it, so the reading stays the person's own.

mod advice;
mod blend;
mod compare;
mod context;
mod context_questions;
mod model;
mod questions;
mod run;

#[cfg(test)]
pub(crate) mod run_tests;
#[cfg(test)]
pub(crate) mod tests;

pub use advice::{
    corrections, is_moment_of_change, needs_execution_foundation, warnings, Correction, Warning,
    HEAVY_LEADERSHIP, HEAVY_MANAGEMENT, ROLE_MISMATCH, UNCONTEXTED_OVER_LEADING,
    UNCONTEXTED_OVER_MANAGING,
};
pub use blend::{Blend, PathBand};
pub use compare::{
    compare, numeric_typicals, Comparison, ComparisonKind, CLOSE_WITHIN, PACE_TOLERANCE,
};
pub use context::{
    CareerStage, ContextAnswers, IndustryPace, OrgStage, Situation, ACUTE_INCIDENT_TIMELINE,
};
pub use context_questions::{ContextOption, ContextQuestion};
pub use model::{
    contributions, points_per_question, reading, Contribution, PathAnswers, MODEL_VERSION,
};
pub use questions::{ids, question, Choice, Question, Source, QUESTIONS};
#[cfg(test)]
pub use run::run_answers;
pub use run::{answers_of, pick, CLOSING, PATH_RUN};
