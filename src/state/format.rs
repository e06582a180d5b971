//! What the stored format is called (its storage keys and `app` id) and what
//! reading it gives: the access it allows, or why it could not be read. A
//! leaf, so the codec's reader, writer and import share it without a cycle.

use super::document::Document;
use super::json::JsonError;
use crate::content::words::{keys, locale, Word};
use crate::intl::whole_number;

/// The localStorage key of the document.
pub const DOCUMENT_KEY: &str = "forkpoint:document";
/// Unreadable text is kept under this prefix plus a timestamp, never thrown away.
pub const QUARANTINE_PREFIX: &str = "forkpoint:quarantine:";
/// The value of "app", telling our documents from other JSON on the same origin.
pub const APP_ID: &str = "forkpoint";

/// Where to keep a copy of text we could not fully read, unique per moment.
pub fn quarantine_key(now: u64) -> String {
    format!("{QUARANTINE_PREFIX}{now}")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Written by a newer app version: show it, never write over it.
    ReadOnly {
        found_schema: u32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub document: Document,
    pub access: Access,
    /// The schema the text was written in, when it had to be migrated.
    pub migrated_from: Option<u32>,
    /// Entries that could not be read (bad answer value, unknown enum id...)
    /// and were left out; more than 0 means the shell must keep the original
    /// text aside in quarantine and tell the person.
    pub skipped_entries: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    NotJson(JsonError),
    /// Valid JSON but not our document: not an object, or "app" missing or wrong.
    NotForkpoint,
    MissingSchema,
    /// A required part has the wrong shape; the word is one sentence saying which.
    Malformed(Word),
    /// A format version no Forkpoint ever wrote (older than the first).
    UnknownFormat(u32),
    /// An import file from a newer Forkpoint, whose format this one cannot keep.
    NewerFile(u32),
}

impl LoadError {
    /// One or two sentences for a person, never empty.
    pub fn message(&self) -> String {
        let malformed = |detail: &str| keys::DATA_ERRORS_MALFORMED.with(&[("detail", detail)]);
        match self {
            LoadError::NotJson(error) => {
                keys::DATA_ERRORS_NOT_JSON.with(&[("detail", &error.message())])
            }
            LoadError::NotForkpoint => keys::DATA_ERRORS_NOT_FORKPOINT.text(),
            LoadError::MissingSchema => keys::DATA_ERRORS_MISSING_SCHEMA.text(),
            LoadError::Malformed(detail) => malformed(&detail.text()),
            LoadError::UnknownFormat(_) => malformed(&keys::DATA_ERRORS_PART_UNKNOWN_FORMAT.text()),
            LoadError::NewerFile(version) => keys::DATA_ERRORS_NEWER_FILE
                .with(&[("version", &whole_number(&locale(), i64::from(*version)))]),
        }
    }
}

pub(crate) fn malformed(detail: Word) -> LoadError {
    LoadError::Malformed(detail)
}
