//! Combining two tabs' documents so no answer is lost: two tabs in the same
//! run keep both their answers, a run started later (or a clear) replaces an
//! older one, and histories are joined, minus what either side cleared or
//! deleted.

use crate::path::{ContextAnswers, PathFlow};
use crate::quiz::QuizFlow;
use crate::vec_map::{first_occurrences, sorted_positions, VecMap};

use super::document::{Document, SavedResult, MAX_DELETED_RESULTS};
use super::unknown::Unknown;

impl Document {
    /// Combines the stored document (written by another tab) with ours:
    /// each section (quiz, path) is merged by `merge_sections` (a clear or a
    /// later run wins whole, otherwise answer by answer); history is the
    /// union by id, sorted by completion time then id; the revision is the
    /// larger of the two.
    pub fn merge(self, stored: Document) -> Document {
        let ours = self;
        let stored_is_newer = stored.revision > ours.revision;
        // A side that missed the latest clear or import holds only answers
        // from before it: they are not carried across it.
        let ours_saw_the_clear = ours.history_cleared_at >= stored.history_cleared_at;
        let stored_saw_the_clear = stored.history_cleared_at >= ours.history_cleared_at;
        let quiz = merge_sections(
            Section {
                flow: ours.quiz,
                changed_at: ours.quiz_changed_at,
                started_at: ours.quiz_started_at,
                answered_at: ours.quiz_answered_at,
                current: ours_saw_the_clear,
            },
            Section {
                flow: stored.quiz,
                changed_at: stored.quiz_changed_at,
                started_at: stored.quiz_started_at,
                answered_at: stored.quiz_answered_at,
                current: stored_saw_the_clear,
            },
            |newer: &mut QuizFlow, older, stamps| {
                join_answers(&mut newer.answers, older.answers, stamps)
            },
        );
        let path = merge_sections(
            Section {
                flow: ours.path,
                changed_at: ours.path_changed_at,
                started_at: ours.path_started_at,
                answered_at: ours.path_answered_at,
                current: ours_saw_the_clear,
            },
            Section {
                flow: stored.path,
                changed_at: stored.path_changed_at,
                started_at: stored.path_started_at,
                answered_at: stored.path_answered_at,
                current: stored_saw_the_clear,
            },
            |newer: &mut PathFlow, older, stamps| {
                fill_context(&mut newer.answers.context, older.answers.context);
                join_answers(&mut newer.answers.choices, older.answers.choices, stamps)
            },
        );
        let deleted_results = union_of_deleted(ours.deleted_results, stored.deleted_results);
        let history_cleared_at = ours.history_cleared_at.max(stored.history_cleared_at);
        let history_trimmed_through = ours
            .history_trimmed_through
            .max(stored.history_trimmed_through);
        let unknown = if stored_is_newer {
            Box::new(Unknown::merge(
                *stored.unknown,
                *ours.unknown,
                history_cleared_at,
            ))
        } else {
            Box::new(Unknown::merge(
                *ours.unknown,
                *stored.unknown,
                history_cleared_at,
            ))
        };
        let history = union_of_histories(
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
        let mut history = history;
        history.retain(|result| result.completed_at > history_trimmed_through);
        Document {
            revision: ours.revision.max(stored.revision),
            quiz: quiz.flow,
            quiz_changed_at: quiz.changed_at,
            quiz_started_at: quiz.started_at,
            quiz_answered_at: quiz.answered_at,
            path: path.flow,
            path_changed_at: path.changed_at,
            path_started_at: path.started_at,
            path_answered_at: path.answered_at,
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

/// One instrument's flow in one tab, with the revisions that order it.
struct Section<F> {
    flow: F,
    changed_at: u64,
    started_at: u64,
    /// When each answer was given (`Document::quiz_answered_at`).
    answered_at: VecMap<String, u64>,
    /// This side has seen the latest clear or import.
    current: bool,
}

/// The section to keep: a side that missed a clear loses to one that saw
/// it; then the later run wins whole; within one run the side changed last
/// leads (its screen, its context) and the answers are joined one by one
/// (`join`): each question keeps its later answer, and ties go to ours (the
/// first), so two tabs answering at the same moment keep both answers.
fn merge_sections<F>(
    ours: Section<F>,
    stored: Section<F>,
    join: impl Fn(&mut F, F, Stamps) -> VecMap<String, u64>,
) -> Section<F> {
    if ours.current != stored.current {
        return if ours.current { ours } else { stored };
    }
    if ours.started_at != stored.started_at {
        return if stored.started_at > ours.started_at {
            stored
        } else {
            ours
        };
    }
    let (mut newer, older) = if stored.changed_at > ours.changed_at {
        (stored, ours)
    } else {
        (ours, stored)
    };
    let stamps = Stamps {
        newer: std::mem::take(&mut newer.answered_at),
        older: older.answered_at,
    };
    newer.answered_at = join(&mut newer.flow, older.flow, stamps);
    newer
}

/// Both sides' marks of when each answer was given.
struct Stamps {
    newer: VecMap<String, u64>,
    older: VecMap<String, u64>,
}

/// Takes the other side's answer to a question this side has not answered,
/// or answered earlier; returns the joined marks.
fn join_answers<V>(
    answers: &mut VecMap<String, V>,
    other: VecMap<String, V>,
    stamps: Stamps,
) -> VecMap<String, u64> {
    let Stamps {
        newer: mut joined,
        older,
    } = stamps;
    for (id, value) in other {
        let theirs = older.get(&id).copied().unwrap_or(0);
        let ours = joined.get(&id).copied().unwrap_or(0);
        if !answers.contains_key(&id) || theirs > ours {
            answers.insert(id.clone(), value);
            joined.insert(id, theirs);
        }
    }
    joined
}

fn fill_context(context: &mut ContextAnswers, other: ContextAnswers) {
    context.stage = context.stage.or(other.stage);
    context.situation = context.situation.or(other.situation);
    context.pace = context.pace.or(other.pace);
    context.career = context.career.or(other.career);
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
