//! The one document Forkpoint stores: every run in progress, every completed
//! result and the settings, with the bookkeeping that lets two tabs share it.
//! `apply` is the only way it changes, so the revision rules live in one place.

use super::instruments::{Instrument, SavedAnswers};
use super::section::{Applied, Section};
use super::unknown::Unknown;

/// The version of the stored format; see `codec::migrate` for what to do when it changes.
pub const SCHEMA_VERSION: u32 = 1;

/// A completed run, kept so the person can come back to it and compare runs.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedResult {
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub completed_at: u64,
    /// The instrument's `MODEL_VERSION` when it was completed, so a result is
    /// never silently re-scored by a newer model without saying so.
    pub model_version: u32,
    pub answers: SavedAnswers,
}

impl SavedResult {
    pub fn instrument(&self) -> Instrument {
        let SavedAnswers::Positions(of, _) = self.answers;
        of.instrument
    }
}

/// The runs in progress, instrument id → its run.
pub type Runs = crate::vec_map::VecMap<String, Section<crate::positions::PositionsFlow>>;

/// Nothing yet; present so the stored schema already has a place for settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Bumped on every change; orders writes between tabs.
    pub revision: u64,
    /// The runs in progress, by instrument id (only begun ones are here).
    pub runs: Runs,
    /// Oldest first, ids unique.
    pub history: Vec<SavedResult>,
    pub settings: Settings,
    /// When (ms since epoch) the history was last cleared or replaced: a merge
    /// drops results the other tab completed at or before this, so a tab that
    /// missed "clear my data" or an import cannot bring old results back.
    pub history_cleared_at: u64,
    /// Ids of results the person deleted one by one, for the same reason.
    pub deleted_results: Vec<String>,
    /// Results completed at or before this moment (ms since epoch) were
    /// deleted as the oldest, to make room: a merge does not bring them back.
    pub history_trimmed_through: u64,
    /// What a newer Forkpoint saved that this one does not read: kept, and
    /// written back as it came. Boxed: a document is moved often, and most
    /// hold nothing unknown.
    pub unknown: Box<Unknown>,
}

// One action is made per thing the person does and moved once into the
// reducer, so its size costs nothing; boxing the document costs the bundle.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum DocAction {
    /// A move in an instrument's run.
    Run(crate::positions::PositionsAction),
    /// Replace everything (import, or adopting another tab's document).
    Replace(Document),
    /// Forget everything the person answered.
    Clear,
    DeleteResult(String),
    /// Delete every result completed at or before this moment (ms since
    /// epoch): the oldest, to make room (`trim::oldest_to_delete`).
    DeleteOldestThrough(u64),
}

/// Deletions remembered for merges; older ones are long since seen by every tab.
pub(crate) const MAX_DELETED_RESULTS: usize = 200;

impl Document {
    /// One action in, the next document out. `now` = ms since epoch.
    /// An action that changes nothing returns the document as it was, revision
    /// included, so the shell does not write needlessly.
    pub fn apply(self, action: DocAction, now: u64) -> Document {
        match action {
            DocAction::Run(action) => self.apply_positions(action, now),
            DocAction::Replace(replacement) => self.replace(replacement, now),
            DocAction::Clear => {
                let revision = self.next_revision();
                // Marked as changed now, so a merge with an older tab keeps the clear.
                Document {
                    revision,
                    runs: Runs::new(),
                    history_cleared_at: now,
                    ..Document::default()
                }
            }
            DocAction::DeleteResult(id) => self.delete_result(id),
            DocAction::DeleteOldestThrough(moment) => self.delete_oldest_through(moment),
        }
    }

    fn next_revision(&self) -> u64 {
        self.revision.saturating_add(1)
    }

    /// Appends a result unless the last one of the same instrument holds the
    /// same answers under the same model (the person re-opened that result).
    fn save_result(&mut self, answers: SavedAnswers, model_version: u32, now: u64) {
        let saved = SavedResult {
            id: String::new(),
            completed_at: now,
            model_version,
            answers,
        };
        let instrument = saved.instrument();
        let repeat = self.results(instrument).last().is_some_and(|last| {
            last.answers == saved.answers && last.model_version == saved.model_version
        });
        if repeat {
            return;
        }
        let id = self.unused_id(&format!("{}-{}-{}", instrument.id(), now, self.revision));
        self.history.push(SavedResult { id, ..saved });
    }

    /// `base`, or `base-2`, `base-3`... if an imported result already uses it.
    fn unused_id(&self, base: &str) -> String {
        let taken = |id: &str| self.history.iter().any(|result| result.id == id);
        let mut id = base.to_string();
        let mut suffix: usize = 1;
        // At most history.len() ids can be taken, so this ends within that many tries.
        while taken(&id) && suffix <= self.history.len() {
            suffix = suffix.saturating_add(1);
            id = format!("{base}-{suffix}");
        }
        id
    }

    fn replace(self, replacement: Document, now: u64) -> Document {
        let revision = replacement.revision.max(self.revision).saturating_add(1);
        Document {
            revision,
            runs: replacement
                .runs
                .into_iter()
                .map(|(id, run)| (id, run.fresh_at(revision)))
                .collect(),
            // Results other tabs still hold from before the replacement stay gone.
            history_cleared_at: replacement
                .history_cleared_at
                .max(self.history_cleared_at)
                .max(now),
            ..replacement
        }
    }

    fn delete_result(mut self, id: String) -> Document {
        let before = self.history.len();
        self.history.retain(|result| result.id != id);
        if self.history.len() == before {
            return self;
        }
        self.revision = self.next_revision();
        self.deleted_results.push(id);
        let excess = self
            .deleted_results
            .len()
            .saturating_sub(MAX_DELETED_RESULTS);
        self.deleted_results.drain(..excess);
        self
    }

    fn delete_oldest_through(mut self, moment: u64) -> Document {
        let before = self.history.len();
        self.history.retain(|result| result.completed_at > moment);
        if self.history.len() == before {
            return self;
        }
        self.revision = self.next_revision();
        self.history_trimmed_through = self.history_trimmed_through.max(moment);
        self
    }

    /// A move in an instrument's run; the run is begun here if it was not.
    fn apply_positions(mut self, action: crate::positions::PositionsAction, now: u64) -> Document {
        let of = action.of;
        let revision = self.next_revision();
        let id = of.instrument.id();
        let mut run = self.runs.remove(id).unwrap_or_default();
        let applied = run.apply(action, revision);
        if run != Section::default() {
            self.runs.insert(id.to_string(), run);
        }
        match applied {
            Applied::Unchanged => return self,
            Applied::Changed => {}
            Applied::Completed(answers) => {
                self.revision = revision;
                self.save_result(SavedAnswers::Positions(of, answers), of.model_version, now);
            }
        }
        self.revision = revision;
        self
    }

    /// The run of `of` in progress (a fresh one if it was never begun).
    pub fn run_of(
        &self,
        of: &crate::positions::PositionsInstrument,
    ) -> crate::positions::PositionsFlow {
        self.runs
            .get(of.instrument.id())
            .map(|run| run.flow.clone())
            .unwrap_or_default()
    }

    /// Saved results of one instrument, oldest first.
    pub fn results(&self, instrument: Instrument) -> impl Iterator<Item = &SavedResult> + '_ {
        self.history
            .iter()
            .filter(move |result| result.instrument() == instrument)
    }

    /// Anything at all worth keeping: an answer in progress or a saved result.
    pub fn has_answers(&self) -> bool {
        self.runs
            .iter()
            .any(|(_, run)| !run.flow.answers.is_empty() || !run.unknown.is_empty())
            || !self.history.is_empty()
            || !self.unknown.is_empty()
    }
}
