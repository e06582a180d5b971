//! The balance check, "Over-managing or over-leading?": a `signs` model.
//! Statements about how often something happens in the person's team
//! point to signs; the signs of over-managing and of over-leading make two
//! readings scored apart (a person can show both), which together name a
//! quadrant. Pure: no UI types, tested on the host.

mod definition;
pub mod model;
pub mod run;

pub use definition::{
    BandWords, Correction, Scale, ScaleWords, Sign, SignItem, SignsDefinition, Source, BALANCE,
    MODEL_VERSION,
};
pub use model::{read, Answers, Quadrant, SignReading, SignsReading};

#[cfg(test)]
mod tests;
