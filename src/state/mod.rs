//! Persistence core: the one stored document, how actions change it, how two
//! tabs' copies merge, and its text format (parsed by the browser's
//! `JSON.parse`, or serde_json on the host; read into typed values by our
//! own lenient reader, because serde's derives would cost every page that
//! stores answers about 9 KiB: docs/size.md). Tested natively.
//!
//! Everything here reads untrusted text, so the lints below turn any possible
//! panic (unwrap, indexing, slicing, overflowing arithmetic) into a build error.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::arithmetic_side_effects
)]

pub mod codec;
mod codec_read;
mod codec_write;
pub mod document;
pub mod format;
mod import;
pub mod instruments;
pub mod json;
pub mod json_parser;
mod merge;
pub mod positions;
pub mod section;
pub mod trim;
pub mod unknown;

pub use codec::{decode, encode, migrate};
pub use document::{DocAction, Document, SavedResult, Settings, SCHEMA_VERSION};
pub use format::{quarantine_key, Access, LoadError, Loaded, DOCUMENT_KEY, QUARANTINE_PREFIX};
pub use import::{encode_export, preview_import, ImportPreview};
pub use instruments::{Instrument, SavedAnswers};
pub use json::{Json, JsonError};
pub use merge::{merge_runs, Run};

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]
pub(crate) mod tests;
