//! One instrument's run in progress inside the stored document, with the
//! marks that let two tabs merge it: the same for every instrument, so how a
//! run changes, is stamped, started over and merged is written once.

use crate::steps::Step;
use crate::vec_map::VecMap;

/// What the document needs of an instrument's flow.
pub trait RunFlow: Clone + PartialEq + Default {
    type Action;
    /// A finished run's answers, as the history keeps them.
    type Saved;
    /// One answer, as the flow holds it.
    type Answer: PartialEq;
    /// The scoring model's version, saved with each result.
    const MODEL_VERSION: u32;

    fn apply(self, action: Self::Action) -> Self;
    /// The action that starts the run over (its answers all go).
    fn restarts(action: &Self::Action) -> bool;
    /// The step on show: every instrument's run has one (`steps::Step`).
    fn step(&self) -> Step;
    fn step_mut(&mut self) -> &mut Step;
    /// The answers two tabs merge one by one (the later answer wins).
    fn answers(&self) -> &VecMap<String, Self::Answer>;
    fn answers_mut(&mut self) -> &mut VecMap<String, Self::Answer>;
    /// Nothing answered at all: a run started over, or never begun.
    fn is_unanswered(&self) -> bool;
    /// The answers as a saved result holds them.
    fn saved(&self) -> Self::Saved;
    /// Takes from the older tab's flow what is not merged answer by answer
    /// (the path's context), where this one has nothing.
    fn fill_from(&mut self, _older: &Self) {}
}

/// The four accessors of a flow that keeps its step in a `step` field and
/// its answers at the field given (`answers`, `answers.choices`): written
/// once here, named in each flow's `RunFlow` impl.
macro_rules! step_and_answers_at {
    ($($field:ident).+) => {
        fn step(&self) -> $crate::steps::Step {
            self.step
        }
        fn step_mut(&mut self) -> &mut $crate::steps::Step {
            &mut self.step
        }
        fn answers(&self) -> &$crate::vec_map::VecMap<String, Self::Answer> {
            &self.$($field).+
        }
        fn answers_mut(&mut self) -> &mut $crate::vec_map::VecMap<String, Self::Answer> {
            &mut self.$($field).+
        }
    };
}
pub(crate) use step_and_answers_at;

/// A run in progress and when it changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Section<F> {
    pub flow: F,
    /// The revision at which the flow last changed, so a merge keeps the newer one.
    pub changed_at: u64,
    /// The revision at which the run began (was last started over, cleared
    /// or imported): two tabs in the same run merge answer by answer, and a
    /// run started later replaces an older one whole.
    pub started_at: u64,
    /// The revision at which each answer was last given: within one run,
    /// the later answer to a question wins.
    pub answered_at: VecMap<String, u64>,
    /// Answers to questions this version does not ask (id, JSON text), as a
    /// newer version saved them: written back, and gone with the run.
    pub unknown: Vec<(String, String)>,
}

impl<F: RunFlow> Section<F> {
    /// A section that begins anew at `revision` (a clear or an import), so
    /// a merge with a tab that missed it keeps this one.
    pub fn fresh_at(self, revision: u64) -> Section<F> {
        Section {
            changed_at: revision,
            started_at: revision,
            ..self
        }
    }

    /// Applies `action` as the change of `revision`; the next revision is
    /// taken only if the flow changed.
    pub fn apply(&mut self, action: F::Action, revision: u64) -> Applied<F::Saved> {
        let restarts = F::restarts(&action);
        let next = self.flow.clone().apply(action);
        if next == self.flow {
            return Applied::Unchanged;
        }
        let reached_result = self.flow.step() != Step::Result && next.step() == Step::Result;
        self.changed_at = revision;
        if restarts {
            // Started over: the answers a newer version gave go too. (Only
            // then: going back to an empty intro is not a new run.)
            self.started_at = revision;
            self.unknown.clear();
        }
        stamp(
            &mut self.answered_at,
            self.flow.answers(),
            next.answers(),
            revision,
        );
        self.flow = next;
        if reached_result {
            Applied::Completed(self.flow.saved())
        } else {
            Applied::Changed
        }
    }
}

/// What an action did to a section.
#[derive(Debug, PartialEq)]
pub enum Applied<S> {
    Unchanged,
    Changed,
    /// The run reached its result: these answers are to be saved.
    Completed(S),
}

/// Marks the answers that are new or changed from `before` to `after` as
/// given at `revision`, and forgets the marks of answers no longer there.
fn stamp<V: PartialEq>(
    stamps: &mut VecMap<String, u64>,
    before: &VecMap<String, V>,
    after: &VecMap<String, V>,
    revision: u64,
) {
    stamps.retain(|id, _| after.contains_key(id));
    for (id, value) in after {
        if before.get(id) != Some(value) {
            stamps.insert(id.clone(), revision);
        }
    }
}
