//! The decisions of persistence, as pure functions over text, so every path
//! (corrupt, foreign, older, newer, missing) is tested on the host. The hook
//! only reads storage, calls these, and writes what they say.

use crate::state::codec::{self, Access, LoadError};
use crate::state::document::{Document, QUARANTINE_PREFIX};

/// Something the person should be told about their saved data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is missing or refused: answers live in this tab only.
    StorageUnavailable,
    /// Saved data could not be read; the original is kept under `key`.
    Quarantined { key: String, reason: String },
    /// Some saved entries could not be read and were left out; the original
    /// is kept under `key`.
    Repaired { key: String, skipped: usize },
    /// Data from a newer Forkpoint: shown, never written over.
    ReadOnly { found_schema: u32 },
    /// The last change did not fit in storage; the last good state is kept.
    QuotaExceeded,
    /// A copy that should have been kept aside could not be written, so the
    /// stored data is left untouched and this tab does not save.
    CouldNotQuarantine,
    Imported,
    Cleared,
}

/// How this tab may use storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Saving,
    /// Storage cannot be used: everything stays in memory.
    InMemory,
    /// Storage holds something we must not overwrite.
    ReadOnly,
}

/// What start-up found and what to do about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub document: Document,
    pub mode: Mode,
    /// Write this (key, original text) aside before anything else is saved.
    pub keep_aside: Option<(String, String)>,
    pub notices: Vec<Notice>,
}

/// Decides how to start from what storage holds under the document key.
pub fn start(stored: Option<&str>, now: u64) -> Startup {
    let Some(text) = stored else {
        return Startup { document: Document::default(), mode: Mode::Saving, keep_aside: None, notices: vec![] };
    };
    let key = codec::quarantine_key(now);
    match codec::decode(text) {
        Ok(loaded) => {
            let mut notices = Vec::new();
            let mode = match loaded.access {
                Access::ReadOnly { found_schema } => {
                    notices.push(Notice::ReadOnly { found_schema });
                    Mode::ReadOnly
                }
                Access::ReadWrite => Mode::Saving,
            };
            // An older schema is kept aside too, so a migration can never lose the original.
            let keep = loaded.skipped_entries > 0 || loaded.migrated_from.is_some();
            if loaded.skipped_entries > 0 {
                notices.push(Notice::Repaired { key: key.clone(), skipped: loaded.skipped_entries });
            }
            let keep_aside = (keep && mode == Mode::Saving).then(|| (key, text.to_string()));
            Startup { document: loaded.document, mode, keep_aside, notices }
        }
        Err(error) => Startup {
            document: Document::default(),
            mode: Mode::Saving,
            keep_aside: Some((key.clone(), text.to_string())),
            notices: vec![Notice::Quarantined { key, reason: reason(&error) }],
        },
    }
}

fn reason(error: &LoadError) -> String {
    error.message()
}

/// What to write when this tab's document changed, given what storage holds
/// now (another tab may have written since). Never older over newer: a
/// stored document with changes we have not seen is merged in first.
#[derive(Clone, Debug, PartialEq)]
pub enum Save {
    /// Write this text; `adopt` is Some when the merge changed our document.
    Write { text: String, adopt: Option<Document> },
    /// Storage holds a newer document we must not touch (newer schema).
    Refuse,
}

pub fn save(ours: &Document, stored: Option<&str>) -> Save {
    let stored = stored.and_then(|text| codec::decode(text).ok());
    match stored {
        Some(loaded) if loaded.access != Access::ReadWrite => Save::Refuse,
        Some(loaded) if loaded.document.revision > ours.revision || differs_at_same_revision(ours, &loaded.document) => {
            let merged = ours.clone().merge(loaded.document);
            Save::Write { text: codec::encode(&merged), adopt: Some(merged) }
        }
        _ => Save::Write { text: codec::encode(ours), adopt: None },
    }
}

/// Two tabs can reach the same revision number with different changes.
fn differs_at_same_revision(ours: &Document, stored: &Document) -> bool {
    stored.revision == ours.revision && stored != ours
}

/// The document another tab just wrote, combined with ours; None when the
/// text is unreadable or not newer, so a foreign write never replaces ours.
pub fn adopt(ours: &Document, written: &str) -> Option<Document> {
    let loaded = codec::decode(written).ok()?;
    if loaded.access != Access::ReadWrite || loaded.document.revision < ours.revision {
        return None;
    }
    let merged = ours.clone().merge(loaded.document);
    (merged != *ours).then_some(merged)
}

/// True for every key the app writes, so "clear my data" removes them all.
pub fn is_app_key(key: &str) -> bool {
    key.starts_with("forkpoint:") || key.starts_with(QUARANTINE_PREFIX)
}
