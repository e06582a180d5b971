//! Two tabs sharing one stored document: `merge` loses no answer, never lets a
//! stale tab win, joins histories, and keeps deletions and clears deleted.

use super::{all_quiz_answered, answer, choose, rich_document};
use crate::path::run_tests as path_run;
#[allow(unused_imports)]
use crate::positions::Move;
use crate::quiz::run_tests as quiz_run;
use crate::quiz::ITEMS;
use crate::state::codec::{decode, encode};
use crate::state::document::{DocAction, Document};
use crate::steps::Go;

/// What another tab would read back from storage after `doc` was written.
fn through_storage(doc: &Document) -> Document {
    decode(&encode(doc)).expect("our own text decodes").document
}

fn item(index: usize) -> &'static str {
    ITEMS[index].id
}

#[test]
fn two_tabs_answering_in_turn_lose_nothing() {
    let start = Document::default().apply(answer(0, 3), 1);
    let mut storage = encode(&start);
    let tab_a = through_storage(&start);
    let tab_b = through_storage(&start);

    let tab_a = tab_a.apply(answer(1, 4), 2);
    storage = encode(&tab_a.clone().merge(decode(&storage).unwrap().document));

    let tab_b = tab_b
        .merge(decode(&storage).unwrap().document)
        .apply(answer(2, 5), 3);
    storage = encode(&tab_b.clone().merge(decode(&storage).unwrap().document));

    let tab_a = tab_a.merge(decode(&storage).unwrap().document);
    for (index, value) in [(0, 3), (1, 4), (2, 5)] {
        assert_eq!(
            quiz_run::answers(&tab_a)
                .get(item(index))
                .map(|a| a.value()),
            Some(value)
        );
    }
    assert_eq!(tab_a, tab_b, "both tabs converge");
}

#[test]
fn tabs_changing_different_sections_at_once_keep_both() {
    let start = Document::default().apply(answer(0, 3), 1);
    let tab_a = start.clone().apply(answer(1, 2), 2);
    let tab_b = start.apply(choose("path", "path_mostly"), 2);
    assert_eq!(tab_a.revision, tab_b.revision);
    let merged_in_b = tab_b.clone().merge(through_storage(&tab_a));
    assert_eq!(quiz_run::run(&merged_in_b), quiz_run::run(&tab_a));
    assert_eq!(path_run::run(&merged_in_b), path_run::run(&tab_b));
    let merged_in_a = tab_a.merge(through_storage(&merged_in_b));
    assert_eq!(merged_in_a, merged_in_b);
}

#[test]
fn a_stale_tab_never_overwrites_a_newer_section() {
    let stale = Document::default().apply(answer(0, 1), 1);
    let mut newer = stale.clone();
    for value in [2, 3, 4, 5] {
        newer = newer.apply(answer(0, value), 2);
    }
    // The stale tab merging the stored newer document takes the newer quiz...
    let merged = stale.clone().merge(newer.clone());
    assert_eq!(quiz_run::run(&merged), quiz_run::run(&newer));
    assert_eq!(merged.revision, newer.revision);
    // ...and the newer tab merging a stale stored document keeps its own.
    assert_eq!(newer.clone().merge(stale), newer);
}

#[test]
fn ties_keep_our_section() {
    let start = Document::default();
    let ours = start.clone().apply(answer(0, 2), 1);
    let theirs = start.apply(answer(0, 4), 1);
    assert_eq!(
        quiz_run::run(&ours.clone().merge(theirs)),
        quiz_run::run(&ours)
    );
}

#[test]
fn histories_are_joined_by_id_and_sorted() {
    let start = all_quiz_answered(Document::default(), 1);
    let tab_a = start.clone().apply(quiz_run::go(Go::Finish), 5_000);
    let tab_b = start
        .apply(answer(0, 5), 2)
        .apply(quiz_run::go(Go::Finish), 4_000);
    let merged = tab_a.clone().merge(tab_b.clone());
    let times: Vec<u64> = merged.history.iter().map(|r| r.completed_at).collect();
    assert_eq!(times, vec![4_000, 5_000]);
    let again = merged.clone().merge(tab_a).merge(tab_b);
    assert_eq!(again.history, merged.history, "a shared id is kept once");
}

#[test]
fn merging_a_document_with_itself_changes_nothing() {
    let doc = rich_document();
    assert_eq!(doc.clone().merge(doc.clone()), doc);
    assert_eq!(doc.clone().merge(Document::default()), doc);
}

#[test]
fn a_clear_in_one_tab_is_not_undone_by_another() {
    let shared = rich_document();
    let cleared = shared.clone().apply(DocAction::Clear, 50_000);
    let merged = shared.merge(through_storage(&cleared));
    assert!(
        !merged.has_answers(),
        "answers and history stay forgotten: {merged:?}"
    );
    // A result completed after the clear, by a tab that had not seen it, is kept.
    let late = all_quiz_answered(Document::default(), 1).apply(quiz_run::go(Go::Finish), 60_000);
    let merged = late.merge(through_storage(&cleared));
    assert_eq!(merged.history.len(), 1);
}

#[test]
fn a_deleted_result_does_not_come_back_from_another_tab() {
    let shared = rich_document();
    let target = shared.history[0].id.clone();
    let deleted = shared
        .clone()
        .apply(DocAction::DeleteResult(target.clone()), 1);
    let merged = shared.merge(through_storage(&deleted));
    assert!(merged.history.iter().all(|r| r.id != target));
    assert_eq!(merged.history.len(), deleted.history.len());
    assert_eq!(merged.deleted_results, vec![target]);
}

#[test]
fn an_import_is_not_undone_by_an_older_tab() {
    let shared = rich_document();
    let imported = shared
        .clone()
        .apply(DocAction::Replace(Document::default()), 90_000);
    let merged = shared.merge(through_storage(&imported));
    assert!(merged.history.is_empty());
    assert!(!merged.has_answers());
}

#[test]
fn two_tabs_answering_at_the_same_moment_keep_both_answers() {
    // Issue "Never lose an answer", failure 7: at equal revisions the merge
    // used to keep one tab's whole section, dropping the other's answer.
    let start = Document::default().apply(answer(0, 3), 1);
    let tab_a = through_storage(&start).apply(answer(1, 4), 2);
    let tab_b = through_storage(&start).apply(answer(2, 5), 2);
    assert_eq!(tab_a.revision, tab_b.revision);
    let in_b = tab_b.merge(through_storage(&tab_a));
    let in_a = tab_a.merge(through_storage(&in_b));
    for merged in [&in_a, &in_b] {
        let values: Vec<_> = (0..3)
            .map(|index| {
                quiz_run::answers(merged)
                    .get(item(index))
                    .map(|a| a.value())
            })
            .collect();
        assert_eq!(values, vec![Some(3), Some(4), Some(5)]);
    }
    assert_eq!(in_a, in_b, "both tabs converge");
}

#[test]
fn a_tab_further_ahead_still_keeps_the_other_tabs_answer() {
    let start = Document::default().apply(answer(0, 3), 1);
    let ahead = [1, 3, 4]
        .into_iter()
        .fold(through_storage(&start), |doc, index| {
            doc.apply(answer(index, 2), 2)
        });
    let behind = through_storage(&start).apply(answer(2, 5), 2);
    let merged = behind.merge(through_storage(&ahead));
    assert_eq!(quiz_run::answers(&merged).len(), 5);
    assert_eq!(
        quiz_run::run(&merged).flow.step,
        quiz_run::run(&ahead).flow.step,
        "the screen of the side changed last"
    );
    let path_a = Document::default().apply(choose("path", "path_mostly"), 1);
    let path_b = Document::default().apply(choose("right_things", "right_yes"), 1);
    let merged = path_a.merge(through_storage(&path_b));
    assert_eq!(
        path_run::answers(&merged).choices.len(),
        2,
        "{:?}",
        path_run::run(&merged).flow.answers
    );
}

#[test]
fn starting_over_is_not_undone_by_another_tabs_older_run() {
    let shared = Document::default()
        .apply(quiz_run::go(Go::Start), 1)
        .apply(answer(0, 3), 1)
        .apply(answer(1, 3), 1);
    let restarted = through_storage(&shared)
        .apply(quiz_run::restart(), 2)
        .apply(quiz_run::go(Go::Start), 2)
        .apply(answer(0, 5), 2);
    let old_run = through_storage(&shared).apply(answer(2, 1), 2);
    for merged in [
        old_run.clone().merge(through_storage(&restarted)),
        restarted.clone().merge(through_storage(&old_run)),
    ] {
        assert_eq!(
            quiz_run::run(&merged),
            quiz_run::run(&restarted),
            "only the new run's answers"
        );
    }
}

#[test]
fn a_tab_that_missed_a_clear_cannot_bring_anything_back_even_when_ahead() {
    // Issue "Never lose an answer", failure 8: the clearing tab's revision
    // can be lower than a stale tab's, which used to win.
    let shared = rich_document();
    let cleared = shared.clone().apply(DocAction::Clear, 50_000);
    let mut stale = shared;
    for value in [1, 2, 3, 4, 5, 1, 2, 3] {
        stale = stale.apply(answer(1, value), 40_000);
    }
    assert!(stale.revision > cleared.revision);
    let merged = stale.merge(through_storage(&cleared));
    assert!(!merged.has_answers(), "{merged:?}");
    assert!(merged.revision >= cleared.revision);
}

#[test]
fn a_changed_answer_beats_the_older_one_whichever_tab_wrote_last() {
    // One tab changes an answer it gave before while the other answers a
    // new question, at the same revision: both survive, in either order.
    let start = [0, 1, 2]
        .into_iter()
        .fold(Document::default(), |doc, index| {
            doc.apply(answer(index, 1), 1)
        });
    let changed = through_storage(&start).apply(answer(1, 5), 2);
    let added = through_storage(&start).apply(answer(3, 2), 2);
    assert_eq!(changed.revision, added.revision);
    for merged in [
        added.clone().merge(through_storage(&changed)),
        changed.clone().merge(through_storage(&added)),
    ] {
        let value = |index| {
            quiz_run::answers(&merged)
                .get(item(index))
                .map(|a| a.value())
        };
        assert_eq!((value(1), value(3)), (Some(5), Some(2)), "{merged:?}");
    }
    assert_eq!(
        added.clone().merge(through_storage(&changed)),
        changed.merge(through_storage(&added)),
        "both tabs converge"
    );
}
