//! The decisions of persistence, as pure functions over text, so every path
//! (corrupt, foreign, older, newer, missing) is tested on the host. The hook
//! only reads storage, calls these, and writes what they say.

use crate::state::document::Document;
use crate::state::section::{RunFlow, Section};
use crate::state::trim::{oldest_to_delete, Trim};
use crate::state::{codec, Access, LoadError, Loaded};

/// Something the person should be told about their saved data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is missing or refused: answers live in this tab only.
    StorageUnavailable,
    /// Saved data could not be read; the original is kept under `key`.
    /// (The error, not its words: notices are worded when shown, once the
    /// page's later words are in.)
    Quarantined {
        key: String,
        error: LoadError,
    },
    /// Another tab wrote text this one cannot read; it was kept aside under
    /// `key` before this tab saved over it.
    KeptAside {
        key: String,
        error: LoadError,
    },
    /// Some saved entries could not be read and were left out; the original
    /// is kept under `key`.
    Repaired {
        key: String,
        skipped: usize,
    },
    /// Data from a newer Forkpoint: shown, never written over.
    ReadOnly {
        found_schema: u32,
    },
    /// The last change did not fit in storage; the last good state is kept.
    QuotaExceeded,
    /// Storage can be read but not written (from start-up): what was saved
    /// is shown, new changes stay in this tab.
    CannotSave,
    /// "Clear my data" could not remove what is stored: it is still there.
    ClearFailed,
    /// A copy that should have been kept aside could not be written, so the
    /// stored data is left untouched and this tab does not save.
    CouldNotQuarantine,
    Imported,
    Cleared,
    /// Another tab cleared the data, so this one starts fresh too.
    ClearedElsewhere,
    /// The document would pass what this app can read back, so the change
    /// was not saved (what was saved before is kept).
    TooLarge,
    /// The document takes most of the room the app reads back.
    NearlyFull,
    /// A write failed part-way through a visit (not for lack of room): the
    /// change is kept in this tab and the write is tried again.
    SaveFailed,
    /// A write succeeded after failing: everything is saved again.
    SavingResumed,
}

impl Notice {
    /// A stable name for the kind of notice, for the page to find it (and
    /// move focus to it) without reading its words.
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::StorageUnavailable => "storage-unavailable",
            Notice::Quarantined { .. } => "quarantined",
            Notice::KeptAside { .. } => "kept-aside",
            Notice::Repaired { .. } => "repaired",
            Notice::ReadOnly { .. } => "read-only",
            Notice::QuotaExceeded => "quota-exceeded",
            Notice::CannotSave => "cannot-save",
            Notice::ClearFailed => "clear-failed",
            Notice::CouldNotQuarantine => "could-not-quarantine",
            Notice::Imported => "imported",
            Notice::Cleared => "cleared",
            Notice::ClearedElsewhere => "cleared-elsewhere",
            Notice::TooLarge => "too-large",
            Notice::NearlyFull => "nearly-full",
            Notice::SaveFailed => "save-failed",
            Notice::SavingResumed => "saving-resumed",
        }
    }

    /// Says that the latest change is not saved yet; a later write that
    /// works makes it untrue.
    pub fn says_unsaved(&self) -> bool {
        matches!(
            self,
            Notice::SaveFailed | Notice::QuotaExceeded | Notice::TooLarge
        )
    }
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
        return Startup {
            document: Document::default(),
            mode: Mode::Saving,
            keep_aside: None,
            notices: vec![],
        };
    };
    let key = crate::state::quarantine_key(now);
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
                notices.push(Notice::Repaired {
                    key: key.clone(),
                    skipped: loaded.skipped_entries,
                });
            }
            let keep_aside = (keep && mode == Mode::Saving).then(|| (key, text.to_string()));
            Startup {
                document: loaded.document,
                mode,
                keep_aside,
                notices,
            }
        }
        Err(error) => Startup {
            document: Document::default(),
            mode: Mode::Saving,
            keep_aside: Some((key.clone(), text.to_string())),
            notices: vec![Notice::Quarantined { key, error }],
        },
    }
}

/// Safety copies kept at once: the newest are kept, so storage never fills
/// with copies (each is at most the size of one document).
pub const MAX_QUARANTINE_COPIES: usize = 3;

/// What to do with the safety copies, given the ones storage holds (key and
/// text, in any order) and the one start-up wants to keep aside.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quarantine {
    /// Write this copy (None when the same text is kept already).
    pub write: Option<(String, String)>,
    /// The key the copy is (or will be) under: the earlier copy's when the
    /// same text was kept before, so a notice never names a key never written.
    pub kept_under: String,
    /// Remove these older copies, to stay within the bound.
    pub remove: Vec<String>,
    /// The same text was kept aside before: the person has been told.
    pub already_kept: bool,
}

/// One copy per distinct content, and at most `MAX_QUARANTINE_COPIES`.
pub fn quarantine(existing: &[(String, String)], copy: (String, String)) -> Quarantine {
    if let Some((key, _)) = existing.iter().find(|(_, text)| *text == copy.1) {
        return Quarantine {
            kept_under: key.clone(),
            already_kept: true,
            ..Quarantine::default()
        };
    }
    // Keys end in the time they were made: oldest first by that number.
    let made_at = |key: &str| -> u64 {
        key.rsplit(':')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    let mut keys: Vec<&String> = existing.iter().map(|(key, _)| key).collect();
    let excess = (keys.len() + 1).saturating_sub(MAX_QUARANTINE_COPIES);
    // The oldest, one at a time: there are only ever a few copies, and no
    // sort keeps the first load smaller.
    let mut remove = Vec::with_capacity(excess);
    for _ in 0..excess {
        let oldest = (0..keys.len()).min_by_key(|&at| made_at(keys[at]));
        if let Some(at) = oldest {
            remove.push(keys.swap_remove(at).clone());
        }
    }
    Quarantine {
        kept_under: copy.0.clone(),
        write: Some(copy),
        remove,
        already_kept: false,
    }
}

/// What to write when this tab's document changed, given what storage holds
/// now (another tab may have written since). Never older over newer: a
/// stored document with changes we have not seen is merged in first.
// Made once per write and matched at once: boxing the document cost the
// bundle more (0.3 KiB) than the copy costs the write.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Save {
    /// Write this text; `adopt` is Some when the merge changed our document.
    Write {
        text: String,
        adopt: Option<Document>,
    },
    /// Storage holds text this version cannot read (a newer build's, or
    /// damaged): keep `original` aside and tell the person (`error`) before
    /// writing `text` over it; if it cannot be kept, write nothing.
    KeepAsideFirst {
        original: String,
        error: LoadError,
        text: String,
    },
    /// Storage holds a document from a newer app version: never touch it.
    Refuse { found_schema: u32 },
    /// Ours has grown past what can be read back: write nothing.
    TooLarge,
}

/// The largest document written: what `codec::decode` reads back.
pub const MAX_DOCUMENT_BYTES: usize = crate::state::json::MAX_JSON_BYTES;
/// From this size on, the person is told the room is nearly used up, and
/// offered to delete the oldest results down to `TRIMMED_BYTES`.
pub const NEARLY_FULL_BYTES: usize = MAX_DOCUMENT_BYTES / 5 * 4;
pub const TRIMMED_BYTES: usize = MAX_DOCUMENT_BYTES / 5 * 3;

/// Near the limit: the oldest results whose deletion leaves room again.
pub fn room_to_make(doc: &Document) -> Option<Trim> {
    oldest_to_delete(doc, NEARLY_FULL_BYTES, TRIMMED_BYTES)
}

/// Never writes what could not be read back: a document past
/// `MAX_DOCUMENT_BYTES` is refused (`Save::TooLarge`) and storage keeps the
/// last one that fits.
pub fn save(ours: &Document, stored: Option<&str>) -> Save {
    match save_any_size(ours, stored) {
        Save::Write { text, .. } | Save::KeepAsideFirst { text, .. }
            if text.len() > MAX_DOCUMENT_BYTES =>
        {
            Save::TooLarge
        }
        plan => plan,
    }
}

fn save_any_size(ours: &Document, stored: Option<&str>) -> Save {
    let stored = match stored.map(|text| (text, codec::decode(text))) {
        None => None,
        Some((_, Ok(loaded))) => Some(loaded),
        // Bytes we cannot read are not "nothing stored": never write over them unkept.
        Some((original, Err(error))) => {
            return Save::KeepAsideFirst {
                original: original.to_string(),
                error,
                text: codec::encode(ours),
            }
        }
    };
    match stored {
        Some(Loaded {
            access: Access::ReadOnly { found_schema },
            ..
        }) => Save::Refuse { found_schema },
        Some(loaded) if has_news(ours, &loaded.document) => {
            let merged = ours.clone().merge(loaded.document);
            Save::Write {
                text: codec::encode(&merged),
                adopt: Some(merged),
            }
        }
        _ => Save::Write {
            text: codec::encode(ours),
            adopt: None,
        },
    }
}

/// The stored document holds changes ours has not seen: a later revision,
/// different changes at the same revision (two tabs at once), or a clear or
/// import this tab missed (its revision may be lower than ours).
fn has_news(ours: &Document, stored: &Document) -> bool {
    stored.revision > ours.revision
        || (stored.revision == ours.revision && stored != ours)
        || stored.history_cleared_at > ours.history_cleared_at
}

/// The document another tab just wrote, combined with ours (merged, so a
/// foreign write never replaces ours); None when the text is unreadable or
/// brings nothing new. Answers and results come across; which screen this
/// tab shows stays its own. A write at a lower revision than ours is merged
/// too: it was written by a tab that never saw our latest changes (ours
/// could not be written), so it holds changes we have not seen.
pub fn adopt(ours: &Document, written: &str) -> Option<Document> {
    let loaded = codec::decode(written).ok()?;
    if loaded.access != Access::ReadWrite {
        return None;
    }
    let mut merged = ours.clone().merge(loaded.document);
    let fresh = Section::default();
    for (id, run) in merged.runs.iter_mut() {
        keep_screen(run, ours.runs.get(id).unwrap_or(&fresh));
    }
    (merged != *ours).then_some(merged)
}

/// Unless the run this tab showed was started over (or cleared) elsewhere,
/// its screen stays.
fn keep_screen<F: RunFlow>(merged: &mut Section<F>, ours: &Section<F>) {
    if merged.started_at == ours.started_at || ours.flow.is_unanswered() {
        *merged.flow.step_mut() = ours.flow.step();
    }
}

/// True for every key the app writes (the document, quarantined copies, the
/// write probe), so "clear my data" removes them all and nothing else.
pub fn is_app_key(key: &str) -> bool {
    key.starts_with("forkpoint:")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::run_tests as quiz_run;
    use crate::quiz::Agreement;
    use crate::state::QUARANTINE_PREFIX;
    use crate::state::{DocAction, SavedResult};
    use crate::steps::Go;
    use crate::steps::Step;

    fn answered(doc: Document, item: &str, now: u64) -> Document {
        let answer = Agreement::new(4).unwrap_or(Agreement::MIDPOINT);
        doc.apply(quiz_run::go(Go::Start), now)
            .apply(quiz_run::answer(item, answer), now)
    }

    #[test]
    fn the_same_content_is_kept_aside_once_and_copies_stay_bounded() {
        let copy = |at: u64, text: &str| (format!("{QUARANTINE_PREFIX}{at}"), text.to_string());
        // A content kept before: nothing written, the person was told then.
        let again = quarantine(&[copy(5, "a")], copy(9, "a"));
        assert_eq!(again.write, None);
        assert_eq!(
            again.kept_under,
            copy(5, "a").0,
            "the notice names the copy that exists"
        );
        assert!(again.already_kept && again.remove.is_empty());
        // A new content: written, and the oldest go beyond the bound.
        let kept = [copy(30, "c"), copy(10, "a"), copy(20, "b")];
        let plan = quarantine(&kept, copy(40, "d"));
        assert_eq!(plan.write, Some(copy(40, "d")));
        assert_eq!(plan.kept_under, copy(40, "d").0);
        assert_eq!(plan.remove, vec![copy(10, "a").0]);
        assert!(!plan.already_kept);
        assert_eq!(kept.len() + 1 - plan.remove.len(), MAX_QUARANTINE_COPIES);
        // Under the bound, nothing goes.
        assert!(quarantine(&[copy(1, "a")], copy(2, "b")).remove.is_empty());
    }

    #[test]
    fn nothing_stored_starts_fresh_and_saving() {
        let startup = start(None, 1);
        assert_eq!(startup.mode, Mode::Saving);
        assert_eq!(startup.document, Document::default());
        assert!(startup.notices.is_empty() && startup.keep_aside.is_none());
    }

    #[test]
    fn corrupt_text_is_kept_aside_and_reported() {
        let startup = start(Some("{not json"), 42);
        assert_eq!(startup.mode, Mode::Saving);
        let (key, text) = startup.keep_aside.clone().unwrap_or_default();
        assert!(
            key.starts_with(QUARANTINE_PREFIX) && key.contains("42"),
            "{key}"
        );
        assert_eq!(text, "{not json");
        assert!(
            matches!(&startup.notices[..], [Notice::Quarantined { error, .. }] if !error.message().is_empty())
        );
    }

    #[test]
    fn a_foreign_document_is_kept_aside_too() {
        let startup = start(Some(r#"{"app":"someone-else","data":[1,2]}"#), 7);
        assert!(startup.keep_aside.is_some());
        assert!(matches!(&startup.notices[..], [Notice::Quarantined { .. }]));
    }

    #[test]
    fn a_saved_document_is_resumed_as_it_was() {
        let doc = answered(Document::default(), "energy-1", 5);
        let startup = start(Some(&codec::encode(&doc)), 9);
        assert_eq!(startup.document, doc);
        assert_eq!(startup.mode, Mode::Saving);
        assert!(startup.notices.is_empty() && startup.keep_aside.is_none());
    }

    #[test]
    fn a_newer_schema_is_opened_read_only_and_never_kept_aside() {
        let text = codec::encode(&answered(Document::default(), "energy-1", 5)).replacen(
            "\"schema\":1",
            "\"schema\":99",
            1,
        );
        let startup = start(Some(&text), 9);
        assert_eq!(startup.mode, Mode::ReadOnly);
        assert_eq!(startup.notices, vec![Notice::ReadOnly { found_schema: 99 }]);
        assert!(
            quiz_run::answers(&startup.document).contains_key("energy-1"),
            "what is understood is shown"
        );
        assert_eq!(
            save(&startup.document, Some(&text)),
            Save::Refuse { found_schema: 99 }
        );
    }

    #[test]
    fn unreadable_entries_are_reported_and_the_original_kept() {
        let text = codec::encode(&answered(Document::default(), "energy-1", 5)).replacen(
            "\"energy-1\":4",
            "\"energy-1\":4,\"energy-2\":9",
            1,
        );
        let startup = start(Some(&text), 3);
        assert!(matches!(
            &startup.notices[..],
            [Notice::Repaired { skipped: 1, .. }]
        ));
        assert_eq!(startup.keep_aside.map(|(_, t)| t), Some(text));
        assert!(quiz_run::answers(&startup.document).contains_key("energy-1"));
    }

    #[test]
    fn saving_over_nothing_or_older_writes_ours() {
        let ours = answered(Document::default(), "energy-1", 5);
        assert_eq!(
            save(&ours, None),
            Save::Write {
                text: codec::encode(&ours),
                adopt: None
            }
        );
        let older = codec::encode(&Document::default());
        assert_eq!(
            save(&ours, Some(&older)),
            Save::Write {
                text: codec::encode(&ours),
                adopt: None
            }
        );
    }

    #[test]
    fn saving_never_writes_over_text_it_cannot_read() {
        // Issue "Never lose an answer", failure 1: another tab (a newer build)
        // wrote what this build cannot read; our next answer must not erase it.
        let ours = answered(Document::default(), "energy-1", 5);
        let newer = codec::encode(&ours).replacen("\"schema\":1", "\"schema\":2", 1);
        let unreadable = [
            newer.replacen("\"schema\":2", "\"schema\":\"2\"", 1),
            newer.replacen("\"revision\":2", "\"revision\":1e400", 1),
            codec::encode(&ours)[..40].to_string(),
        ];
        for original in unreadable {
            assert!(codec::decode(&original).is_err(), "{original}");
            match save(&ours, Some(&original)) {
                Save::KeepAsideFirst {
                    original: kept,
                    error,
                    text,
                } => {
                    assert_eq!(kept, original);
                    assert!(!error.message().is_empty());
                    assert_eq!(text, codec::encode(&ours));
                }
                other => panic!("{original} would be written over: {other:?}"),
            }
        }
        // Numbers this build never writes are read (kept as their text), and
        // the newer document is then left alone as one it must not write.
        for readable in [
            newer.replacen("\"settings\":{}", "\"settings\":{\"textScale\":1.25}", 1),
            newer.replacen("\"revision\":2", "\"revision\":1e3", 1),
        ] {
            assert_eq!(
                save(&ours, Some(&readable)),
                Save::Refuse { found_schema: 2 },
                "{readable}"
            );
        }
    }

    #[test]
    fn saving_never_writes_older_over_newer() {
        let base = answered(Document::default(), "energy-1", 5);
        let theirs = answered(base.clone(), "impact-1", 6).apply(quiz_run::go(Go::Next), 6);
        let theirs = theirs.clone().apply(quiz_run::go(Go::Next), 7);
        let ours = base.apply(crate::path::run_tests::go(Go::Start), 8);
        match save(&ours, Some(&codec::encode(&theirs))) {
            Save::Write {
                adopt: Some(merged),
                text,
            } => {
                assert!(
                    quiz_run::answers(&merged).contains_key("impact-1"),
                    "their answer survives"
                );
                assert_eq!(
                    crate::path::run_tests::run(&merged).flow.step,
                    crate::path::run_tests::run(&ours).flow.step,
                    "our change survives"
                );
                assert_eq!(text, codec::encode(&merged));
            }
            other => panic!("expected a merge, got {other:?}"),
        }
    }

    #[test]
    fn a_clear_marker_is_merged_into_a_stale_tab_that_is_ahead() {
        let mut stale = answered(Document::default(), "energy-1", 5);
        for item in ["impact-1", "growth-1", "values-1"] {
            stale = answered(stale, item, 6);
        }
        let marker = answered(Document::default(), "energy-1", 5).apply(DocAction::Clear, 9);
        assert!(stale.revision > marker.revision);
        let stored = codec::encode(&marker);
        match save(&stale, Some(&stored)) {
            Save::Write {
                adopt: Some(merged),
                ..
            } => assert!(!merged.has_answers(), "{merged:?}"),
            other => panic!("the stale tab would write its answers back: {other:?}"),
        }
        let adopted = adopt(&stale, &stored).unwrap_or_default();
        assert!(!adopted.has_answers() && adopted.history_cleared_at == 9);
    }

    #[test]
    fn a_document_too_large_to_read_back_is_never_written() {
        // Issue "Never lose an answer", failure 6: a 2.097 MB write was
        // quarantined whole on the next load.
        let mut doc = answered(Document::default(), "energy-1", 5);
        doc = doc.apply(quiz_run::go(Go::Start), 6);
        let one = SavedResult {
            id: String::new(),
            completed_at: 1_700_000_000_000,
            model_version: 1,
            answers: quiz_run::saved(quiz_run::answers(&doc).clone()),
        };
        let size = codec::encode(&doc).len();
        while codec::encode(&doc).len() <= MAX_DOCUMENT_BYTES {
            let grow = (MAX_DOCUMENT_BYTES + 1 - codec::encode(&doc).len()) / 100 + 1;
            for n in 0..grow {
                let at = doc.history.len() + n;
                doc.history.push(SavedResult {
                    id: format!("r-{at}"),
                    ..one.clone()
                });
            }
        }
        assert!(codec::encode(&doc).len() > MAX_DOCUMENT_BYTES && size < NEARLY_FULL_BYTES);
        assert_eq!(save(&doc, None), Save::TooLarge);
        assert!(
            codec::decode(&codec::encode(&doc)).is_err(),
            "it could not be read back"
        );
        doc.history.truncate(doc.history.len() * 9 / 10);
        assert!(
            matches!(save(&doc, None), Save::Write { .. }),
            "smaller again, it is written"
        );
    }

    #[test]
    fn adopting_takes_answers_but_keeps_this_tabs_screen() {
        let ours = Document::default();
        let theirs = answered(Document::default(), "energy-1", 5).apply(quiz_run::go(Go::Next), 6);
        let adopted = adopt(&ours, &codec::encode(&theirs)).unwrap_or_default();
        assert!(quiz_run::answers(&adopted).contains_key("energy-1"));
        assert_eq!(quiz_run::run(&adopted).flow.step, Step::Intro);
        assert_eq!(
            adopt(&adopted, &codec::encode(&theirs)),
            None,
            "nothing new, nothing adopted"
        );
        assert_eq!(adopt(&ours, "garbage"), None);
    }

    #[test]
    fn a_write_at_a_lower_revision_is_merged_not_ignored() {
        // Our answers could not be written, so our revision ran ahead of
        // storage; another tab, starting from what was stored, answered the
        // path diagnostic and wrote a lower revision.
        let ours = answered(Document::default(), "energy-1", 5)
            .apply(quiz_run::go(Go::Next), 6)
            .apply(quiz_run::go(Go::Next), 7);
        let theirs =
            Document::default().apply(crate::path::run_tests::choose("path", "path_clear"), 8);
        assert!(theirs.revision < ours.revision);
        let merged = adopt(&ours, &codec::encode(&theirs)).expect("news");
        assert!(
            quiz_run::answers(&merged).contains_key("energy-1"),
            "ours kept"
        );
        assert_eq!(
            crate::path::run_tests::answers(&merged).choices.len(),
            1,
            "theirs taken"
        );
    }

    #[test]
    fn only_the_apps_own_keys_are_cleared() {
        assert!(is_app_key("forkpoint:document"));
        assert!(is_app_key(&crate::state::quarantine_key(5)));
        assert!(!is_app_key("forkpointless"));
        assert!(!is_app_key("other:forkpoint:document"));
    }
}
