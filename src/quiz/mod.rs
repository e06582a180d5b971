//! The Fork quiz: content, scoring and its run (pure, no UI types).
//!
//! Everything the UI needs is re-exported here, so `crate::quiz::score`,
//! `crate::quiz::ITEMS` and friends are the paths to build against.

pub mod advice;
mod answers;
mod band;
pub mod confidence;
pub mod content;
pub mod guide;
mod items;
pub mod run;
pub mod scoring;

pub use advice::{
    confidence_sentence, flag_caution, next_steps, ComparisonRow, NextStep, COMPARISON,
};
pub use band::Band;
pub use confidence::{
    confidence, confidence_factors, Confidence, ConfidenceFactors, ConfidenceLevel,
    ConfidenceReason,
};
pub use content::{
    item_by_id, item_index, Agreement, Dimension, Flag, Item, ItemKind, Keying, Source, ITEMS,
};
pub use run::QUIZ_RUN;
pub use scoring::{
    agreement, dimension_scores, drivers, is_complete, multiplier_lean, raised_flags, score,
    Answers, DimensionScore, Driver, QuizResult, DRIVER_COUNT, MODEL_VERSION,
};

#[cfg(test)]
mod content_tests;
#[cfg(test)]
mod flow_tests;
#[cfg(test)]
pub(crate) mod run_tests;
#[cfg(test)]
mod scoring_tests;
#[cfg(test)]
pub(crate) mod test_support;
