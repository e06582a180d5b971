//! Sharing and comparing results: a finished result as a link anyone can open
//! read-only (`link`), and what moved between two runs of one instrument
//! (`compare`). Pure Rust with no UI types, tested natively.

pub mod answers;
pub mod compare;
mod error;
pub mod link;
mod messages;

pub use compare::{
    compare_path, compare_quiz, signed_points, DimensionMove, PathComparison, QuestionMove,
    QuizComparison,
};
pub use link::{
    decode, decode_positions, encode, encode_positions, share_fragment, ShareError, Shared, Slots,
    SHARE_PREFIX,
};

#[cfg(test)]
mod compare_tests;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod link_error_tests;
#[cfg(test)]
mod link_tests;
#[cfg(test)]
mod test_support;
