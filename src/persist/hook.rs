//! Carries out the persistence plan in the browser: loads the document once,
//! writes it after every change, picks up other tabs' writes, and reports
//! what happened as notices. All decisions are in `plan`; this only does I/O.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::plan::{self, Mode, Notice, Save};
use crate::state::document::{DocAction, Document};
use crate::state::{quarantine_key, DOCUMENT_KEY, QUARANTINE_PREFIX};
use crate::storage::{Storage, StorageError};
use crate::store::{now, DocHandle, StoreAction};

/// The key this page keeps its document under, when not `DOCUMENT_KEY`.
static KEY: OnceLock<String> = OnceLock::new();

/// Keeps this page's document under `key` (an embed's own, so embeds never
/// share answers); set once, before the app starts.
pub fn set_document_key(key: String) {
    let _ = KEY.set(key);
}

fn document_key() -> &'static str {
    KEY.get().map_or(DOCUMENT_KEY, String::as_str)
}

/// What start-up found: the storage (if usable), the document and the notices.
#[derive(Clone, Debug)]
pub struct Boot {
    pub storage: Option<Storage>,
    pub mode: Mode,
    pub document: Document,
    pub notices: Vec<Notice>,
    /// What is stored takes most of the room the app reads back.
    pub nearly_full: bool,
}

impl Boot {
    /// The build without saved state: in memory, nothing to tell.
    pub fn in_memory_quietly() -> Boot {
        Boot {
            storage: None,
            mode: Mode::InMemory,
            document: Document::default(),
            notices: vec![],
            nearly_full: false,
        }
    }
}

fn in_memory(notice: Notice) -> Boot {
    Boot {
        storage: None,
        mode: Mode::InMemory,
        document: Document::default(),
        notices: vec![notice],
        nearly_full: false,
    }
}

/// Opens storage and decides how to start. Never fails: without storage the
/// app runs in memory and says so.
pub fn boot() -> Boot {
    let Ok(storage) = Storage::open() else {
        return in_memory(Notice::StorageUnavailable);
    };
    let Ok(stored) = storage.get(document_key()) else {
        return in_memory(Notice::StorageUnavailable);
    };
    let startup = plan::start(stored.as_deref(), now());
    let mut mode = startup.mode;
    let mut notices = startup.notices;
    let nearly_full = stored
        .as_ref()
        .is_some_and(|text| text.len() >= plan::NEARLY_FULL_BYTES);
    if nearly_full {
        notices.push(Notice::NearlyFull);
    }
    if let Err(error) = storage.probe_write() {
        // What is stored is shown (and exported) as read; nothing is written.
        mode = Mode::ReadOnly;
        // A full quota says so; anything else (reads work) is not private browsing.
        notices.push(match error {
            StorageError::QuotaExceeded => Notice::QuotaExceeded,
            _ => Notice::CannotSave,
        });
    } else if let Some(copy) = startup.keep_aside.clone() {
        match keep_aside(&storage, copy) {
            // Kept aside (and told) on an earlier load: once is enough.
            Some(Kept {
                told_before: true, ..
            }) => notices.retain(|notice| {
                !matches!(notice, Notice::Repaired { .. } | Notice::Quarantined { .. })
            }),
            Some(Kept { .. }) => {}
            None => {
                // Without a safe copy, writing would destroy the only one.
                mode = Mode::ReadOnly;
                notices.push(Notice::CouldNotQuarantine);
            }
        }
    }
    Boot {
        storage: Some(storage),
        mode,
        document: startup.document,
        notices,
        nearly_full,
    }
}

/// Where a safety copy is, and whether the person was told of it before.
struct Kept {
    key: String,
    told_before: bool,
}

/// Writes a safety copy of `copy` (key, original text) unless the same text
/// is kept already, within the bound on copies; None when it could not be
/// written, so the caller must not write over the original.
fn keep_aside(storage: &Storage, copy: (String, String)) -> Option<Kept> {
    let existing: Vec<(String, String)> = storage
        .keys_with_prefix(QUARANTINE_PREFIX)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|key| Some((key.clone(), storage.get(&key).ok()??)))
        .collect();
    let plan = plan::quarantine(&existing, copy);
    if let Some((key, original)) = &plan.write {
        storage.set(key, original).ok()?;
        for old in &plan.remove {
            let _ = storage.remove(old);
        }
    }
    Some(Kept {
        key: plan.kept_under,
        told_before: plan.already_kept,
    })
}

impl PersistHandle {
    /// For the build without saved state: no notices, nothing to do.
    pub fn inert() -> PersistHandle {
        PersistHandle {
            mode: Mode::InMemory,
            notices: Rc::default(),
            dismiss: Callback::noop(),
            notify: Callback::noop(),
            clear_all: Callback::noop(),
            nearly_full: false,
        }
    }
}

/// What pages and components may do with persistence.
#[derive(Clone, PartialEq)]
pub struct PersistHandle {
    pub mode: Mode,
    pub notices: Rc<Vec<Notice>>,
    pub dismiss: Callback<usize>,
    pub notify: Callback<Notice>,
    /// Removes every key the app wrote and forgets every answer.
    pub clear_all: Callback<()>,
    /// What is stored (or what would be) takes most of the room the app
    /// reads back: "Your results" offers to delete the oldest results.
    pub nearly_full: bool,
}

#[hook]
pub fn use_persistence(boot: Rc<Boot>, store: DocHandle) -> PersistHandle {
    let mode = use_state_eq(|| boot.mode);
    let nearly_full = use_state_eq(|| boot.nearly_full);
    let notices = use_state(|| Rc::new(boot.notices.clone()));
    let written = use_mut_ref(|| boot.document.revision);
    // Renders again (and so tries a failed write again) when no change comes to.
    let retry = use_force_update();
    // The revision a write last failed for (or was refused as too large):
    // not tried again on every render, only with a change or on the timer.
    let tried = use_mut_ref(Tried::default);
    let current = use_mut_ref(Document::default);
    *current.borrow_mut() = store.doc.clone();

    let push = {
        let notices = notices.clone();
        Callback::from(move |notice: Notice| {
            if !notices.contains(&notice) {
                let mut next = (**notices).clone();
                next.push(notice);
                notices.set(Rc::new(next));
            }
        })
    };

    {
        let (storage, mode, written, store, push) = (
            boot.storage.clone(),
            mode.clone(),
            written.clone(),
            store.clone(),
            push.clone(),
        );
        let (retry, tried, notices, full) = (
            retry.clone(),
            tried.clone(),
            notices.clone(),
            nearly_full.clone(),
        );
        // After every render (cheaper in the bundle than an effect keyed on
        // the revision and a retry count): `save` returns at once when
        // nothing is new, or when this revision could not be written.
        use_effect(move || {
            let Some(storage) = storage.filter(|_| crate::SAVED_STATE && *mode == Mode::Saving)
            else {
                return;
            };
            match save(&storage, &store, &written, &tried, &mode, &push, &full) {
                // Tried again with the next change, and in a while without
                // one: one timer at a time, however many changes fail.
                Attempt::Failed if !tried.borrow().scheduled => {
                    tried.borrow_mut().scheduled = true;
                    crate::router::after_ms(
                        RETRY_MS,
                        Box::new(move || {
                            let mut tried = tried.borrow_mut();
                            tried.scheduled = false;
                            tried.due = true;
                            drop(tried);
                            retry.force_update();
                        }),
                    );
                }
                Attempt::Saved if notices.iter().any(Notice::says_unsaved) => {
                    // What said "not saved" is no longer true.
                    let mut next: Vec<Notice> = notices
                        .iter()
                        .filter(|notice| !notice.says_unsaved())
                        .cloned()
                        .collect();
                    next.push(Notice::SavingResumed);
                    notices.set(Rc::new(next));
                }
                Attempt::Saved | Attempt::Nothing | Attempt::Failed => {}
            }
        });
    }

    {
        let (store, written, current, push) = (
            store.clone(),
            written.clone(),
            current.clone(),
            push.clone(),
        );
        let active = crate::SAVED_STATE && boot.storage.is_some();
        use_effect_with((), move |_| {
            let window = if active { web_sys::window() } else { None };
            let listener = window.map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                        on_other_tab(event, &store, &written, &current, &push);
                    }
                })
            });
            move || drop(listener)
        });
    }

    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |index: usize| {
            let mut next = (**notices).clone();
            if index < next.len() {
                next.remove(index);
            }
            notices.set(Rc::new(next));
        })
    };

    let clear_all = {
        let (storage, store, notices) = (boot.storage.clone(), store.clone(), notices.clone());
        Callback::from(move |_| {
            if let Some(storage) = storage.as_ref().filter(|_| crate::SAVED_STATE) {
                for key in storage.keys_with_prefix("forkpoint").unwrap_or_default() {
                    if plan::is_app_key(&key) {
                        let _ = storage.remove(&key);
                    }
                }
                // Never claim a clear that did not happen.
                if !matches!(storage.get(document_key()), Ok(None)) {
                    notices.set(Rc::new(vec![Notice::ClearFailed]));
                    return;
                }
            }
            // A Clear (not a plain reset) so a stale tab's merge cannot bring the data back.
            store.dispatch(StoreAction::Do(DocAction::Clear));
            notices.set(Rc::new(vec![Notice::Cleared]));
        })
    };

    PersistHandle {
        mode: *mode,
        notices: (*notices).clone(),
        dismiss,
        notify: push,
        clear_all,
        nearly_full: *nearly_full,
    }
}

/// How long a failed write waits to be tried again when no change comes.
const RETRY_MS: i32 = 4_000;

/// What a save came to.
enum Attempt {
    /// Written.
    Saved,
    /// Nothing to write, or nothing that may be written (the person was told why).
    Nothing,
    /// Storage refused: the change is kept in this tab and worth another try.
    Failed,
}

/// The last revision no write could keep, whether the timer says to try it
/// again, and whether a timer is set.
#[derive(Default)]
struct Tried {
    failed: Option<u64>,
    due: bool,
    scheduled: bool,
}

fn save(
    storage: &Storage,
    store: &DocHandle,
    written: &Rc<RefCell<u64>>,
    tried: &Rc<RefCell<Tried>>,
    mode: &UseStateHandle<Mode>,
    push: &Callback<Notice>,
    full: &UseStateHandle<bool>,
) -> Attempt {
    let doc = &store.doc;
    let again = tried.borrow().failed == Some(doc.revision);
    if doc.revision == *written.borrow() || (again && !tried.borrow().due) {
        return Attempt::Nothing;
    }
    // Until it works, this revision is not tried again by a mere render.
    {
        let mut tried = tried.borrow_mut();
        tried.failed = Some(doc.revision);
        tried.due = false;
    }
    // A retry that fails again is not told again: the notice (or its
    // dismissal) stands until a new change fails.
    let failed = |notice: Notice| {
        if !again {
            push.emit(notice);
        }
        Attempt::Failed
    };
    let Ok(stored) = storage.get(document_key()) else {
        return failed(Notice::SaveFailed);
    };
    if stored.is_none() && !doc.has_answers() && doc.history_cleared_at == 0 {
        // Nothing to keep: write no key. (After "clear my data" the empty
        // document is written, as a marker of the clear, so a tab that missed
        // it cannot write the old history back.)
        *written.borrow_mut() = doc.revision;
        return Attempt::Nothing;
    }
    let (text, adopt) = match plan::save(doc, stored.as_deref()) {
        Save::Refuse { found_schema } => {
            mode.set(Mode::ReadOnly);
            push.emit(Notice::ReadOnly { found_schema });
            return Attempt::Nothing;
        }
        Save::KeepAsideFirst {
            original,
            error,
            text,
        } => {
            let Some(kept) = keep_aside(storage, (quarantine_key(now()), original)) else {
                // The only copy of what another tab wrote stays where it is.
                mode.set(Mode::ReadOnly);
                push.emit(Notice::CouldNotQuarantine);
                return Attempt::Nothing;
            };
            // A retry finds the same copy kept: told once.
            if !kept.told_before {
                push.emit(Notice::KeptAside {
                    key: kept.key,
                    error,
                });
            }
            (text, None)
        }
        Save::TooLarge => {
            full.set(true);
            push.emit(Notice::TooLarge);
            return Attempt::Nothing;
        }
        Save::Write { text, adopt } => (text, adopt),
    };
    // Told when the room is crossed (and on every load, by `boot`), not on every change.
    let nearly_full = text.len() >= plan::NEARLY_FULL_BYTES
        && stored.as_ref().map_or(0, String::len) < plan::NEARLY_FULL_BYTES;
    match storage.set(document_key(), &text) {
        Ok(()) => {
            full.set(text.len() >= plan::NEARLY_FULL_BYTES);
            *written.borrow_mut() = adopt.as_ref().map_or(doc.revision, |d| d.revision);
            if nearly_full {
                push.emit(Notice::NearlyFull);
            }
            if let Some(merged) = adopt {
                if cleared_elsewhere(doc, &merged) {
                    push.emit(Notice::ClearedElsewhere);
                }
                store.dispatch(StoreAction::Adopt(merged));
            }
            Attempt::Saved
        }
        Err(error) => failed(match error {
            StorageError::QuotaExceeded => Notice::QuotaExceeded,
            _ => Notice::SaveFailed,
        }),
    }
}

/// Answers this tab showed went away because another tab cleared them:
/// the person is told why (an import elsewhere brings answers, not this).
fn cleared_elsewhere(ours: &Document, merged: &Document) -> bool {
    merged.history_cleared_at > ours.history_cleared_at
        && ours.has_answers()
        && !merged.has_answers()
}

fn on_other_tab(
    event: &web_sys::StorageEvent,
    store: &DocHandle,
    written: &Rc<RefCell<u64>>,
    current: &Rc<RefCell<Document>>,
    push: &Callback<Notice>,
) {
    let key = event.key();
    if key.is_some() && key.as_deref() != Some(document_key()) {
        return;
    }
    match event.new_value().filter(|_| key.is_some()) {
        Some(text) => {
            let ours = current.borrow().clone();
            if let Some(merged) = plan::adopt(&ours, &text) {
                if cleared_elsewhere(&ours, &merged) {
                    push.emit(Notice::ClearedElsewhere);
                }
                // What the other tab wrote is stored; if this tab had
                // changes not yet written (a write failed), the merge holds
                // them and is still to be written.
                let mut written = written.borrow_mut();
                if *written == ours.revision {
                    *written = merged.revision;
                }
                drop(written);
                store.dispatch(StoreAction::Adopt(merged));
            }
        }
        // The other tab cleared the data (or all of storage): forget it here too.
        None => {
            if current.borrow().has_answers() {
                push.emit(Notice::ClearedElsewhere);
            }
            *written.borrow_mut() = 0;
            store.dispatch(StoreAction::Adopt(Document::default()));
        }
    }
}
