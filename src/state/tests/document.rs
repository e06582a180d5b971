//! `Document::apply`: revision rules, no-op actions, saving results exactly
//! once, and what Restart, Clear, Replace and DeleteResult keep.

use super::{all_quiz_answered, answer, choose, rich_document, WORKED_EXAMPLE};
use crate::path::run_tests as path_run;
use crate::path::{self, ContextAnswers, Situation};
#[allow(unused_imports)]
use crate::positions::Move;
use crate::quiz::{self, run_tests as quiz_run};
use crate::state::document::{DocAction, Document};
use crate::state::section::Section;
use crate::state::{Instrument, SavedAnswers};
use crate::steps::{Go, Step};

/// `doc` with the context set to `context`, as the context screen sets it.
fn with_context(doc: Document, context: &ContextAnswers, now: u64) -> Document {
    path_run::set_context(context)
        .into_iter()
        .fold(doc, |doc, action| doc.apply(action, now))
}

fn path_complete(now: u64) -> Document {
    let mut doc = Document::default();
    for (question, choice) in WORKED_EXAMPLE {
        doc = doc.apply(choose(question, choice), now);
    }
    doc
}

#[test]
fn instrument_ids_round_trip() {
    for instrument in Instrument::ALL {
        assert_eq!(Instrument::from_id(instrument.id()), Some(instrument));
    }
    assert_eq!(Instrument::Quiz.id(), "quiz");
    assert_eq!(Instrument::Path.id(), "path");
    assert_eq!(Instrument::from_id("Quiz"), None);
}

#[test]
fn a_change_bumps_the_revision_and_marks_its_section() {
    let doc = Document::default().apply(answer(0, 4), 10);
    assert_eq!(
        (
            doc.revision,
            quiz_run::run(&doc).changed_at,
            path_run::run(&doc).changed_at
        ),
        (1, 1, 0)
    );
    let doc = doc.apply(choose("path", "path_clear"), 20);
    assert_eq!(
        (
            doc.revision,
            quiz_run::run(&doc).changed_at,
            path_run::run(&doc).changed_at
        ),
        (2, 1, 2)
    );
    assert_eq!(quiz_run::answers(&doc).len(), 1);
    assert_eq!(
        path_run::answers(&doc)
            .choices
            .get("path")
            .map(String::as_str),
        Some("path_clear")
    );
    assert!(doc.has_answers());
}

#[test]
fn an_action_that_changes_nothing_keeps_the_revision() {
    let doc = Document::default().apply(answer(0, 4), 10);
    let same = doc.clone();
    assert_eq!(
        doc.clone().apply(answer(0, 4), 11),
        same,
        "same answer again"
    );
    assert_eq!(
        doc.clone().apply(quiz_run::go(Go::Back), 11),
        same,
        "back on the intro"
    );
    assert_eq!(
        doc.clone().apply(choose("path", "nonsense"), 11),
        same,
        "unknown choice"
    );
    assert_eq!(
        doc.clone()
            .apply(path_run::act(Move::Unanswer("stage".into())), 11),
        same,
        "a context question left out again"
    );
    assert_eq!(
        doc.clone()
            .apply(DocAction::DeleteResult("nope".into()), 11),
        same
    );
    let unknown_item = quiz_run::answer("nope", super::agreement(3));
    assert_eq!(doc.apply(unknown_item, 11), same);
}

#[test]
fn finishing_the_quiz_saves_one_result() {
    let doc = all_quiz_answered(Document::default(), 5);
    assert!(doc.history.is_empty(), "answering alone saves nothing");
    let doc = doc.apply(quiz_run::go(Go::Finish), 1_234);
    assert_eq!(quiz_run::run(&doc).flow.step, Step::Result);
    assert_eq!(doc.history.len(), 1);
    let saved = &doc.history[0];
    assert_eq!(saved.instrument(), Instrument::Quiz);
    assert_eq!(saved.completed_at, 1_234);
    assert_eq!(saved.model_version, quiz::MODEL_VERSION);
    assert_eq!(
        saved.answers,
        quiz_run::saved(quiz_run::answers(&doc).clone())
    );
    assert_eq!(saved.id, format!("quiz-1234-{}", doc.revision));
    // Staying on the result, going back and returning with the same answers: no copy.
    let again = doc.clone().apply(quiz_run::go(Go::Finish), 2_000);
    assert_eq!(again, doc);
    let back = doc
        .apply(quiz_run::go(Go::Back), 3_000)
        .apply(quiz_run::go(Go::Finish), 4_000);
    assert_eq!(back.history.len(), 1, "re-opening the same result");
    // A changed answer makes a new result.
    let changed = back
        .apply(quiz_run::go(Go::To(0)), 5_000)
        .apply(answer(0, 5), 5_000)
        .apply(quiz_run::go(Go::Finish), 6_000);
    assert_eq!(changed.history.len(), 2);
    assert_ne!(changed.history[0].id, changed.history[1].id);
}

#[test]
fn finishing_an_incomplete_quiz_saves_nothing() {
    let doc = Document::default()
        .apply(answer(0, 4), 1)
        .apply(quiz_run::go(Go::Finish), 2);
    assert_eq!(quiz_run::run(&doc).flow.step, Step::Question(1));
    assert!(doc.history.is_empty());
}

#[test]
fn every_way_into_the_path_result_saves_once() {
    // "Skip this step" on the context is Finish.
    for action in [Go::Finish, Go::Next] {
        let at_context = path_complete(1).apply(path_run::go(Go::Start), 2);
        assert_eq!(path_run::run(&at_context).flow.step, Step::Closing);
        assert!(at_context.history.is_empty());
        let done = at_context.apply(path_run::go(action), 3);
        assert_eq!(path_run::run(&done).flow.step, Step::Result, "{action:?}");
        assert_eq!(done.history.len(), 1, "{action:?}");
        let saved = &done.history[0];
        assert_eq!(saved.instrument(), Instrument::Path);
        assert_eq!(saved.model_version, path::MODEL_VERSION);
        assert_eq!(
            saved.answers,
            SavedAnswers::Positions(&path::PATH_RUN, path_run::run(&done).flow.answers.clone())
        );
        let reopened = done
            .apply(path_run::go(Go::Back), 4)
            .apply(path_run::go(action), 5);
        assert_eq!(reopened.history.len(), 1, "{action:?} twice");
    }
}

#[test]
fn a_new_context_makes_a_new_path_result() {
    let done = path_complete(1).apply(path_run::go(Go::Finish), 2);
    let context = ContextAnswers {
        situation: Some(Situation::AcuteIncident),
        ..ContextAnswers::default()
    };
    let redone = with_context(done.apply(path_run::go(Go::Back), 3), &context, 3)
        .apply(path_run::go(Go::Finish), 4);
    assert_eq!(redone.results(Instrument::Path).count(), 2);
    assert_eq!(redone.results(Instrument::Quiz).count(), 0);
}

#[test]
fn result_ids_stay_unique_when_an_import_took_the_natural_id() {
    let at_context = path_complete(7).apply(path_run::go(Go::Start), 7);
    let mut taken = at_context.clone();
    let mut imported = path_complete(7)
        .apply(path_run::go(Go::Finish), 7)
        .history
        .remove(0);
    imported.id = format!("path-7-{}", at_context.revision + 1);
    imported.answers = path_run::saved(&Default::default());
    taken.history.push(imported);
    let done = taken.apply(path_run::go(Go::Finish), 7);
    assert_eq!(done.history.len(), 2);
    assert_ne!(done.history[0].id, done.history[1].id);
}

#[test]
fn restart_keeps_history() {
    let doc = rich_document();
    let history = doc.history.clone();
    let restarted = doc
        .apply(quiz_run::restart(), 1)
        .apply(path_run::act(Move::Restart), 2);
    assert!(
        quiz_run::answers(&restarted).is_empty()
            && path_run::answers(&restarted).choices.is_empty()
    );
    assert_eq!(restarted.history, history);
    assert!(
        restarted.has_answers(),
        "the history is still worth keeping"
    );
}

#[test]
fn clear_forgets_everything_but_moves_the_revision_on() {
    let doc = rich_document();
    let revision = doc.revision;
    let cleared = doc.apply(DocAction::Clear, 99_000);
    assert_eq!(cleared.revision, revision + 1);
    // Every run is gone whole; the clear's time keeps another tab's older
    // run from coming back (`merge`).
    assert!(cleared.runs.is_empty());
    assert!(!cleared.has_answers());
    assert_eq!(
        cleared,
        Document {
            revision: revision + 1,
            history_cleared_at: 99_000,
            ..Document::default()
        }
    );
}

#[test]
fn replace_takes_the_new_document_above_both_revisions() {
    let ours = rich_document();
    let mut incoming = Document::default().apply(answer(2, 2), 5);
    incoming.revision = 3;
    let replaced = ours
        .clone()
        .apply(DocAction::Replace(incoming.clone()), 50_000);
    let expected_revision = ours.revision + 1;
    assert_eq!(replaced.revision, expected_revision);
    assert_eq!(quiz_run::run(&replaced).changed_at, expected_revision);
    // The path run ours had in progress goes: the incoming document has none.
    assert_eq!(path_run::run(&replaced), Section::default());
    assert_eq!(quiz_run::run(&replaced).flow, quiz_run::run(&incoming).flow);
    assert!(replaced.history.is_empty());
    incoming.revision = 500;
    let higher = ours.apply(DocAction::Replace(incoming), 50_000);
    assert_eq!(higher.revision, 501);
}

#[test]
fn delete_result_removes_one_and_remembers_it() {
    let doc = rich_document();
    let target = doc.history[1].id.clone();
    let deleted = doc
        .clone()
        .apply(DocAction::DeleteResult(target.clone()), 1);
    assert_eq!(deleted.revision, doc.revision + 1);
    assert_eq!(deleted.history.len(), doc.history.len() - 1);
    assert!(deleted.history.iter().all(|result| result.id != target));
    assert_eq!(deleted.deleted_results, vec![target]);
    assert_eq!(
        quiz_run::run(&deleted).changed_at,
        quiz_run::run(&doc).changed_at,
        "flows untouched"
    );
}

#[test]
fn has_answers_sees_every_kind_of_answer() {
    assert!(!Document::default().has_answers());
    assert!(!Document::default()
        .apply(quiz_run::go(Go::Start), 1)
        .has_answers());
    let context = ContextAnswers {
        situation: Some(Situation::SteadyOperations),
        ..ContextAnswers::default()
    };
    assert!(with_context(Document::default(), &context, 1).has_answers());
    assert!(Document::default().apply(answer(1, 1), 1).has_answers());
}
