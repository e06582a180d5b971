//! The runs and results of the instruments whose answers are positions in
//! the stored document: the written shape (pinned by a hand-written
//! fixture), the reading of bad and unknown answers, merges and clears,
//! and that a build without them keeps them as they came.

use crate::balance::run::BALANCE_RUN;
use crate::positions::{Move, PositionsAction, PositionsInstrument};
use crate::stage::run::{RUNG, STAGE_RUN};
use crate::state::codec::{decode, encode};
use crate::state::document::{DocAction, Document};
use crate::state::instruments::SavedAnswers;
use crate::state::json::Json;
use crate::state::json_parser::parse;
use crate::state::Instrument;
use crate::steps::{Go, Step};

fn act(of: &'static PositionsInstrument, step: Move) -> DocAction {
    DocAction::Run(PositionsAction { of, step })
}

fn answer(of: &'static PositionsInstrument, id: &str, position: u8) -> DocAction {
    act(of, Move::Answer(id.to_string(), position))
}

/// Every balance statement answered `position`, then the result.
fn balance_done(doc: Document, position: u8, now: u64) -> Document {
    let mut doc = doc.apply(act(&BALANCE_RUN, Move::Go(Go::Start)), now);
    for item in crate::balance::BALANCE.items {
        doc = doc.apply(answer(&BALANCE_RUN, item.id, position), now);
    }
    doc.apply(act(&BALANCE_RUN, Move::Go(Go::Finish)), now)
}

/// A stored document as a build with these instruments writes it: a stage
/// run on its second question, a saved balance result.
const WITH_RUNS: &str = r#"{"app":"forkpoint","schema":1,"revision":9,
"quiz":{"answers":{},"step":"intro","changedAt":0},
"path":{"choices":{},"context":{},"step":"intro","changedAt":0},
"history":[{"id":"balance-1700000000000-5","instrument":"balance","completedAt":1700000000000,"model":1,
  "answers":{"micromanagement-1":5,"no-metrics-2":1,"vision-without-delivery-1":3}}],
"settings":{},
"stage":{"answers":{"rung":2,"team-lead-footing-self":4},"step":{"question":1},"changedAt":9,"startedAt":7,"answeredAt":{"rung":7,"team-lead-footing-self":9}}}"#;

#[test]
fn a_stored_run_and_result_read_as_written() {
    let loaded = decode(WITH_RUNS).expect("reads");
    assert_eq!(loaded.skipped_entries, 0);
    let doc = loaded.document;
    let stage = doc.run_of(&STAGE_RUN);
    assert_eq!(stage.step, Step::Question(1));
    assert_eq!(stage.answers.get(RUNG), Some(&2));
    assert_eq!(stage.answers.get("team-lead-footing-self"), Some(&4));
    assert_eq!(
        doc.runs.get("stage").map(|r| (r.changed_at, r.started_at)),
        Some((9, 7))
    );
    let [saved] = doc.history.as_slice() else {
        panic!("one result")
    };
    assert_eq!(saved.instrument(), Instrument::Balance);
    let SavedAnswers::Positions(of, answers) = &saved.answers;
    assert_eq!(of.instrument, Instrument::Balance);
    assert_eq!(answers.len(), 3);
    // Written back field for field, and read back the same.
    let written = parse(&encode(&doc)).expect("json");
    let stored = parse(WITH_RUNS).expect("json");
    for key in ["stage", "history"] {
        assert_eq!(written.get(key), stored.get(key), "{key}");
    }
    assert_eq!(decode(&encode(&doc)).map(|l| l.document), Ok(doc));
}

#[test]
fn an_import_preview_counts_every_instrument() {
    let preview = crate::state::preview_import(WITH_RUNS).expect("reads");
    assert_eq!(preview.results, vec![(Instrument::Balance, 1)]);
    // The stage run's rung and its first statement.
    assert_eq!(preview.in_progress, 2);
    let two = balance_done(decode(WITH_RUNS).expect("reads").document, 3, 2_000);
    let text = crate::state::encode_export(&two, 3_000);
    let preview = crate::state::preview_import(&text).expect("reads");
    assert_eq!(preview.results, vec![(Instrument::Balance, 2)]);
}

#[test]
fn a_run_to_its_result_saves_it_and_round_trips() {
    let doc = balance_done(Document::default(), 4, 1_000);
    assert_eq!(doc.run_of(&BALANCE_RUN).step, Step::Result);
    assert_eq!(doc.results(Instrument::Balance).count(), 1);
    assert_eq!(doc.history[0].model_version, BALANCE_RUN.model_version);
    assert!(doc.has_answers());
    assert_eq!(decode(&encode(&doc)).map(|l| l.document), Ok(doc));
}

#[test]
fn bad_answers_are_skipped_and_a_newer_versions_are_kept() {
    let text = WITH_RUNS.replace(
        r#""team-lead-footing-self":4}"#,
        r#""team-lead-footing-self":4,"team-lead-ready-self":9,"manager-footing-self":3,"team-lead-footing-people":"x","a-new-statement":[1]}"#,
    );
    let loaded = decode(&text).expect("reads");
    // Off the scale, another rung's, and not a number: three skipped.
    assert_eq!(loaded.skipped_entries, 3);
    let run = &loaded.document.runs.get("stage").expect("run").clone();
    assert_eq!(run.flow.answers.len(), 2);
    assert_eq!(
        run.unknown,
        [("a-new-statement".to_string(), "[1]".to_string())]
    );
    let written = parse(&encode(&loaded.document)).expect("json");
    let kept = written
        .get("stage")
        .and_then(|s| s.get("answers"))
        .and_then(|a| a.get("a-new-statement"));
    assert_eq!(kept, Some(&Json::Array(vec![Json::Int(1)])));
}

#[test]
fn answers_out_of_order_are_read_in_the_order_asked() {
    // The rung comes last in the text: it still decides which answers belong.
    let text = WITH_RUNS.replace(
        r#"{"rung":2,"team-lead-footing-self":4}"#,
        r#"{"team-lead-footing-self":4,"rung":2}"#,
    );
    let loaded = decode(&text).expect("reads");
    assert_eq!(loaded.skipped_entries, 0);
    assert_eq!(loaded.document.run_of(&STAGE_RUN).answers.len(), 2);
}

#[test]
fn two_tabs_answering_one_run_keep_both_answers() {
    let start = Document::default()
        .apply(act(&STAGE_RUN, Move::Go(Go::Start)), 1)
        .apply(answer(&STAGE_RUN, RUNG, 2), 1);
    let one = start
        .clone()
        .apply(answer(&STAGE_RUN, "team-lead-footing-self", 4), 2);
    let other = start.apply(answer(&STAGE_RUN, "management-projects", 3), 3);
    let merged = one.merge(other);
    let answers = merged.run_of(&STAGE_RUN).answers;
    assert_eq!(answers.get("team-lead-footing-self"), Some(&4));
    assert_eq!(answers.get("management-projects"), Some(&3));
}

#[test]
fn a_clear_wins_over_a_tab_that_missed_it() {
    let answered = Document::default().apply(answer(&BALANCE_RUN, "micromanagement-1", 3), 1);
    let answered = answered.apply(act(&BALANCE_RUN, Move::Go(Go::Start)), 1);
    let cleared = answered.clone().apply(DocAction::Clear, 50);
    assert!(cleared.runs.is_empty() && !cleared.has_answers());
    let merged = cleared.clone().merge(answered.clone());
    assert!(merged.runs.is_empty(), "{:?}", merged.runs);
    assert!(answered.merge(cleared).runs.is_empty());
}

#[test]
fn restarting_forgets_the_run() {
    let doc = Document::default()
        .apply(act(&BALANCE_RUN, Move::Go(Go::Start)), 1)
        .apply(answer(&BALANCE_RUN, "micromanagement-1", 3), 1);
    let doc = doc.apply(act(&BALANCE_RUN, Move::Restart), 2);
    assert_eq!(doc.run_of(&BALANCE_RUN).answers.len(), 0);
    assert!(!doc.has_answers());
}

#[test]
fn a_run_of_the_wrong_shape_is_named_as_a_run() {
    use crate::content::words::keys;
    use crate::state::LoadError;
    let with = |field: &str| decode(&format!(r#"{{"app":"forkpoint","schema":1,{field}}}"#));
    for (field, part) in [
        (r#""balance":[]"#, keys::DATA_ERRORS_PART_RUN_SECTION),
        (
            r#""stage":{"changedAt":true}"#,
            keys::DATA_ERRORS_PART_RUN_REVISION,
        ),
        (
            r#""balance":{"answers":[]}"#,
            keys::DATA_ERRORS_PART_RUN_ANSWERS,
        ),
    ] {
        // Not "its history is not a list": the part that is wrong is named.
        assert_eq!(with(field), Err(LoadError::Malformed(part)), "{field}");
    }
}

#[test]
fn another_tabs_write_leaves_this_tabs_screen_in_a_run() {
    // Both tabs in the same balance run: this one on its third question,
    // the other answers the first again and stays there.
    let items = crate::balance::BALANCE.items;
    let mut ours = Document::default().apply(act(&BALANCE_RUN, Move::Go(Go::Start)), 1);
    for item in &items[..2] {
        ours = ours
            .apply(answer(&BALANCE_RUN, item.id, 2), 2)
            .apply(act(&BALANCE_RUN, Move::Go(Go::Next)), 2);
    }
    assert_eq!(ours.run_of(&BALANCE_RUN).step, Step::Question(2));
    let theirs = decode(&encode(&ours))
        .expect("reads")
        .document
        .apply(act(&BALANCE_RUN, Move::Go(Go::To(0))), 3)
        .apply(answer(&BALANCE_RUN, items[0].id, 5), 4);
    let adopted = crate::persist::plan::adopt(&ours, &encode(&theirs)).expect("news");
    let run = adopted.run_of(&BALANCE_RUN);
    assert_eq!(
        run.answers.get(items[0].id),
        Some(&5),
        "their answer comes across"
    );
    assert_eq!(run.step, Step::Question(2), "our screen stays");
}
