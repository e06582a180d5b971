//! Text ⇄ `Document`: the stored JSON format, reading untrusted text without
//! ever failing as a whole for one bad entry, migrations between schema
//! versions, and read-only access to documents from a newer app.
//!
//! Stored shape (compact JSON):
//! `{"app":"forkpoint","schema":1,"revision":N,"quiz":{"answers":{..},"step":..,"changedAt":N,"startedAt":N,"answeredAt":{..}},
//! "path":{"choices":{..},"context":{..},"step":..,"changedAt":N,"startedAt":N,"answeredAt":{..}},"history":[..],"settings":{}}`.
//! (`startedAt`, when the run began, and `answeredAt`, the revision of each
//! answer, came later within schema 1, for merging two tabs answer by
//! answer: older builds ignore them, and their absence reads as 0.)

use super::codec_read::read_document;
use super::codec_write::document_json;
use super::document::{Document, SCHEMA_VERSION};
use super::json::{self, Json, JsonError};
use crate::content::words::{keys, locale, Word};
use crate::intl::whole_number;

pub use super::import::{encode_export, preview_import, ImportPreview};

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

/// The compact stored text of a document.
pub fn encode(doc: &Document) -> String {
    document_json(doc).to_text()
}

/// Reads stored or imported text. Individual unreadable entries are skipped
/// and counted; only a document whose overall shape is wrong is an error.
pub fn decode(text: &str) -> Result<Loaded, LoadError> {
    // Editors on some systems save a byte-order mark at the start of a file.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = json::parse(text).map_err(LoadError::NotJson)?;
    if root.get("app").and_then(Json::as_str) != Some(APP_ID) {
        return Err(LoadError::NotForkpoint);
    }
    let schema = match root.get("schema") {
        None | Some(Json::Null) => return Err(LoadError::MissingSchema),
        Some(value) => value
            .as_u64()
            .and_then(|number| u32::try_from(number).ok())
            .ok_or_else(|| malformed(keys::DATA_ERRORS_PART_FORMAT_VERSION))?,
    };
    let (root, access, migrated_from) = if schema < SCHEMA_VERSION {
        (migrate(root, schema)?, Access::ReadWrite, Some(schema))
    } else if schema > SCHEMA_VERSION {
        // Read what this version understands; the shell must not write it back.
        (
            root,
            Access::ReadOnly {
                found_schema: schema,
            },
            None,
        )
    } else {
        (root, Access::ReadWrite, None)
    };
    let (document, skipped_entries) = read_document(&root)?;
    Ok(Loaded {
        document,
        access,
        migrated_from,
        skipped_entries,
    })
}

/// One migration: a document of schema `from` in, the same document in schema `from + 1` out.
type MigrationStep = fn(Json) -> Result<Json, LoadError>;

/// Empty today: schema 1 is the first format Forkpoint ever stored. When
/// schema 2 comes, add `(1, v1_to_v2)` here, bump `SCHEMA_VERSION`, and add a
/// test that decodes a fixture of a real v1 document with every answer kept.
const MIGRATIONS: &[(u32, MigrationStep)] = &[];

/// Brings a document from schema `from` up to `SCHEMA_VERSION`, one step at a
/// time. A current (or newer) document comes back unchanged, so migrating
/// twice changes nothing.
pub fn migrate(json: Json, from: u32) -> Result<Json, LoadError> {
    let mut json = json;
    let mut version = from;
    while version < SCHEMA_VERSION {
        let step = MIGRATIONS
            .iter()
            .find(|(step_from, _)| *step_from == version)
            .map(|(_, step)| *step)
            .ok_or(LoadError::UnknownFormat(version))?;
        json = step(json)?;
        version = version.saturating_add(1);
    }
    Ok(json)
}
