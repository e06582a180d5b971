//! Combining two tabs' documents so no answer is lost: two tabs in the same
//! run keep both their answers, a run started later (or a clear) replaces an
//! older one, and histories are joined, minus what either side cleared or
//! deleted.

use crate::vec_map::{first_occurrences, sorted_positions, VecMap};

use super::document::{Document, SavedResult, MAX_DELETED_RESULTS};
use super::section::{RunFlow, Section};
use super::unknown::Unknown;

impl Document {
    /// Combines the stored document (written by another tab) with ours:
    /// each run in progress is merged by `merge_runs` (a clear or a
    /// later run wins whole, otherwise answer by answer); history is the
    /// union by id, sorted by completion time then id; the revision is the
    /// larger of the two.
    pub fn merge(self, stored: Document) -> Document {
        let ours = self;
        let stored_is_newer = stored.revision > ours.revision;
        // A side that missed the latest clear or import holds only answers
        // from before it: they are not carried across it.
        let saw_the_clear = (
            ours.history_cleared_at >= stored.history_cleared_at,
            stored.history_cleared_at >= ours.history_cleared_at,
        );
        let runs = merge_positions(ours.runs, stored.runs, saw_the_clear);
        let deleted_results = union_of_deleted(ours.deleted_results, stored.deleted_results);
        let history_cleared_at = ours.history_cleared_at.max(stored.history_cleared_at);
        let history_trimmed_through = ours
            .history_trimmed_through
            .max(stored.history_trimmed_through);
        // Fields a newer version added: those of the side that saw the
        // latest clear, or else both sides' (the newer side's first).
        let fields = match saw_the_clear {
            (true, false) => ours.unknown.fields,
            (false, true) => stored.unknown.fields,
            _ if stored_is_newer => join_kept(stored.unknown.fields, ours.unknown.fields),
            _ => join_kept(ours.unknown.fields, stored.unknown.fields),
        };
        let unknown = Box::new(Unknown {
            fields,
            results: Unknown::join_results(
                ours.unknown.results,
                stored.unknown.results,
                history_cleared_at,
            ),
        });
        let mut history = union_of_histories(
            Side {
                results: ours.history,
                cleared_at: ours.history_cleared_at,
            },
            Side {
                results: stored.history,
                cleared_at: stored.history_cleared_at,
            },
            &deleted_results,
        );
        // The oldest results either side deleted to make room stay deleted.
        history.retain(|result| result.completed_at > history_trimmed_through);
        Document {
            revision: ours.revision.max(stored.revision),
            runs,
            history,
            settings: if stored_is_newer {
                stored.settings
            } else {
                ours.settings
            },
            history_cleared_at,
            history_trimmed_through,
            deleted_results,
            unknown,
        }
    }
}

/// Both tabs' runs of the instruments this build reads, each merged by the
/// generic rule (a side without a run holds a fresh one).
fn merge_positions(
    mut ours: super::document::Runs,
    mut stored: super::document::Runs,
    saw_the_clear: (bool, bool),
) -> super::document::Runs {
    let mut merged = super::document::Runs::new();
    for of in super::instruments::positions() {
        let id = of.instrument.id();
        let (a, b) = (ours.remove(id), stored.remove(id));
        if a.is_none() && b.is_none() {
            continue;
        }
        let run = merge_sides(a.unwrap_or_default(), b.unwrap_or_default(), saw_the_clear);
        if run != Section::default() {
            merged.insert(id.to_string(), run);
        }
    }
    merged
}

/// One instrument's run in one tab.
pub struct Run<F> {
    pub section: Section<F>,
    /// This side has seen the latest clear or import.
    pub current: bool,
}

/// One instrument's run from our side and the stored one, given whether
/// each saw the latest clear or import (`merge_runs`).
fn merge_sides<F: RunFlow>(
    ours: Section<F>,
    stored: Section<F>,
    saw_the_clear: (bool, bool),
) -> Section<F> {
    merge_runs(
        Run {
            section: ours,
            current: saw_the_clear.0,
        },
        Run {
            section: stored,
            current: saw_the_clear.1,
        },
    )
}

/// The run to keep: a side that missed a clear loses to one that saw it;
/// then the later run wins whole (with the answers a newer version gave in
/// it); within one run the side changed last leads (its screen, its
/// context) and the answers are joined one by one: each question keeps its
/// later answer, and ties go to ours (the first), so two tabs answering at
/// the same moment keep both answers.
pub fn merge_runs<F: RunFlow>(ours: Run<F>, stored: Run<F>) -> Section<F> {
    if ours.current != stored.current {
        return if ours.current {
            ours.section
        } else {
            stored.section
        };
    }
    let (ours, stored) = (ours.section, stored.section);
    if ours.started_at != stored.started_at {
        return if stored.started_at > ours.started_at {
            stored
        } else {
            ours
        };
    }
    let (mut newer, mut older) = if stored.changed_at > ours.changed_at {
        (stored, ours)
    } else {
        (ours, stored)
    };
    newer.flow.fill_from(&older.flow);
    let theirs = std::mem::take(older.flow.answers_mut());
    join_answers(
        newer.flow.answers_mut(),
        &mut newer.answered_at,
        theirs,
        &older.answered_at,
    );
    newer.unknown = join_kept(newer.unknown, older.unknown);
    newer
}

/// Takes the other side's answer to a question this side has not answered,
/// or answered earlier, with its mark.
fn join_answers<V>(
    answers: &mut VecMap<String, V>,
    marks: &mut VecMap<String, u64>,
    other: VecMap<String, V>,
    other_marks: &VecMap<String, u64>,
) {
    for (id, value) in other {
        let theirs = other_marks.get(&id).copied().unwrap_or(0);
        let ours = marks.get(&id).copied().unwrap_or(0);
        if !answers.contains_key(&id) || theirs > ours {
            answers.insert(id.clone(), value);
            marks.insert(id, theirs);
        }
    }
}

/// Kept (name, JSON text) pairs of both sides, the first side's where both
/// have a name.
fn join_kept(first: Vec<(String, String)>, second: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut joined = first;
    for pair in second {
        if !joined.iter().any(|(name, _)| *name == pair.0) {
            joined.push(pair);
        }
    }
    joined
}

struct Side {
    results: Vec<SavedResult>,
    cleared_at: u64,
}

/// A side that has not seen the latest clear only contributes results
/// completed after it; the other side's results are all current.
fn union_of_histories(ours: Side, stored: Side, deleted: &[String]) -> Vec<SavedResult> {
    let cleared_at = ours.cleared_at.max(stored.cleared_at);
    let mut candidates: Vec<SavedResult> = Vec::new();
    // Ours first, so on a shared id our copy is the one kept.
    for side in [ours, stored] {
        let saw_the_clear = side.cleared_at >= cleared_at;
        for result in side.results {
            let current = saw_the_clear || result.completed_at > cleared_at;
            if current && !deleted.contains(&result.id) {
                candidates.push(result);
            }
        }
    }
    // Sorting once keeps a long (even hostile) stored history n log n.
    let ids: Vec<&str> = candidates.iter().map(|r| r.id.as_str()).collect();
    let first = first_occurrences(&ids);
    let unique: Vec<SavedResult> = candidates
        .into_iter()
        .zip(first)
        .filter(|(_, first)| *first)
        .map(|(r, _)| r)
        .collect();
    // Ids are unique now, so the order is fully determined.
    let key = |at: usize| unique.get(at).map(|r| (r.completed_at, r.id.as_str()));
    let order = sorted_positions(unique.len(), &|a, b| key(a).cmp(&key(b)));
    let mut slots: Vec<Option<SavedResult>> = unique.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|at| slots.get_mut(at).and_then(Option::take))
        .collect()
}

fn union_of_deleted(ours: Vec<String>, stored: Vec<String>) -> Vec<String> {
    let mut all = ours;
    for id in stored {
        if !all.contains(&id) {
            all.push(id);
        }
    }
    let excess = all.len().saturating_sub(MAX_DELETED_RESULTS);
    all.drain(..excess);
    all
}
