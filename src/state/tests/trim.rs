//! Issue "Never lose an answer", failure 6: near the size limit, the oldest
//! results can be deleted to make room, the fewest that will do, and a tab
//! that missed it cannot bring them back.

use super::rich_document;
use crate::state::codec::{decode, encode};
use crate::state::document::{DocAction, Document, SavedResult};
use crate::state::trim::{oldest_to_delete, Trim};

/// The rich document with `count` results, completed a minute apart
/// (two share each minute, to test ties), in no particular order.
fn with_history(count: u64) -> Document {
    let mut doc = rich_document();
    let first = doc.history[0].clone();
    doc.history = (0..count)
        .map(|n| {
            let n = (n * 7) % count;
            SavedResult {
                id: format!("r-{n}"),
                completed_at: 60_000 * (n / 2 + 1),
                ..first.clone()
            }
        })
        .collect();
    doc
}

#[test]
fn the_fewest_oldest_results_that_make_room_are_chosen() {
    let doc = with_history(400);
    let size = encode(&doc).len();
    assert_eq!(
        oldest_to_delete(&doc, 0, size),
        None,
        "already small enough"
    );
    let target = size - size / 4;
    assert_eq!(
        oldest_to_delete(&doc, size + 1, target),
        None,
        "not yet near the limit"
    );
    let Some(Trim { through, count }) = oldest_to_delete(&doc, size, target) else {
        panic!("a quarter must go");
    };
    let trimmed = doc
        .clone()
        .apply(DocAction::DeleteOldestThrough(through), 1);
    assert_eq!(trimmed.history.len(), 400 - count);
    assert!(encode(&trimmed).len() <= target, "it fits");
    // One result fewer (the pair that shares the last minute) would not.
    let fewer = doc.apply(DocAction::DeleteOldestThrough(through - 60_000), 1);
    assert!(encode(&fewer).len() > target, "the fewest");
    assert!(trimmed.history.iter().all(|r| r.completed_at > through));
    assert_eq!(count % 2, 0, "results of the same minute go together");
}

#[test]
fn nothing_to_trim_when_the_results_are_not_what_is_large() {
    let doc = with_history(3);
    assert_eq!(oldest_to_delete(&doc, 0, 10), None);
}

#[test]
fn the_trim_is_stored_and_a_stale_tab_cannot_bring_the_results_back() {
    let doc = with_history(40);
    let through = 60_000 * 5;
    let trimmed = doc
        .clone()
        .apply(DocAction::DeleteOldestThrough(through), 1);
    assert_eq!(trimmed.history.len(), 30);
    let read = decode(&encode(&trimmed)).expect("reads").document;
    assert_eq!(read, trimmed, "the mark is kept");
    // Another tab, which still holds every result, writes later.
    let stale = doc.apply(super::answer(2, 4), 2);
    let merged = stale.clone().merge(trimmed.clone());
    assert_eq!(merged.history.len(), 30);
    assert_eq!(trimmed.merge(stale).history.len(), 30);
    // Deleting nothing changes nothing.
    let same = read.clone().apply(DocAction::DeleteOldestThrough(1), 3);
    assert_eq!(same, read);
}
