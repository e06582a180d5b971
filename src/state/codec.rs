//! Text ⇄ `Document`: the stored JSON format, reading untrusted text without
//! ever failing as a whole for one bad entry, migrations between schema
//! versions, and read-only access to documents from a newer app.
//!
//! Stored shape (compact JSON):
//! `{"app":"forkpoint","schema":1,"revision":N,"history":[..],"settings":{},
//! "quiz":{"answers":{..},"step":..,"changedAt":N,"startedAt":N,"answeredAt":{..}},
//! "path":{"choices":{..},"context":{..},"step":..,"changedAt":N,"startedAt":N,"answeredAt":{..}}}`:
//! each begun run under its instrument's id, its answers as the instrument
//! stores them (`state::positions`); a run never begun is not written. (Key
//! order carries no meaning: builds before the engine wrote `path` first
//! and always, and read either way.)
//! (`startedAt`, when the run began, and `answeredAt`, the revision of each
//! answer, came later within schema 1, for merging two tabs answer by
//! answer: older builds ignore them, and their absence reads as 0.)

use super::codec_read::read_document;
use super::codec_write::document_json;
use super::document::{Document, SCHEMA_VERSION};
use super::format::{malformed, Access, LoadError, Loaded, APP_ID};
use super::json::Json;
use super::json_parser;
use crate::content::words::keys;

/// The compact stored text of a document.
pub fn encode(doc: &Document) -> String {
    document_json(doc).to_text()
}

/// Reads stored or imported text. Individual unreadable entries are skipped
/// and counted; only a document whose overall shape is wrong is an error.
pub fn decode(text: &str) -> Result<Loaded, LoadError> {
    // Editors on some systems save a byte-order mark at the start of a file.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = json_parser::parse(text).map_err(LoadError::NotJson)?;
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
