//! Sharing results: a finished result as a link anyone can open read-only
//! (`link`). Pure Rust with no UI types, tested natively.

pub mod answers;
mod error;
pub mod link;
mod messages;

pub use link::{
    decode, decode_positions, encode, encode_positions, share_fragment, ShareError, Shared, Slots,
    SHARE_PREFIX,
};

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod link_error_tests;
#[cfg(test)]
mod link_tests;
#[cfg(test)]
mod test_support;
