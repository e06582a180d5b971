//! Combining two tabs' documents so no answer is lost: each flow comes from
//! the side that changed it last, and histories are joined, minus what either
//! side cleared or deleted.

use crate::vec_map::{first_occurrences, sorted_positions};

use super::document::{Document, SavedResult, MAX_DELETED_RESULTS};

impl Document {
    /// Combines the stored document (written by another tab) with ours:
    /// each section (quiz, path) comes from whichever side changed it at the
    /// higher revision (ties: ours); history is the union by id, sorted by
    /// completion time then id; the revision is the larger of the two.
    pub fn merge(self, stored: Document) -> Document {
        let ours = self;
        let stored_is_newer = stored.revision > ours.revision;
        let (quiz, quiz_changed_at) = if stored.quiz_changed_at > ours.quiz_changed_at {
            (stored.quiz, stored.quiz_changed_at)
        } else {
            (ours.quiz, ours.quiz_changed_at)
        };
        let (path, path_changed_at) = if stored.path_changed_at > ours.path_changed_at {
            (stored.path, stored.path_changed_at)
        } else {
            (ours.path, ours.path_changed_at)
        };
        let deleted_results = union_of_deleted(ours.deleted_results, stored.deleted_results);
        let history_cleared_at = ours.history_cleared_at.max(stored.history_cleared_at);
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
        Document {
            revision: ours.revision.max(stored.revision),
            quiz,
            quiz_changed_at,
            path,
            path_changed_at,
            history,
            settings: if stored_is_newer {
                stored.settings
            } else {
                ours.settings
            },
            history_cleared_at,
            deleted_results,
        }
    }
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
