//! Issue "Never lose an answer", failure 2: what a newer Forkpoint wrote
//! and this one does not know survives this one's rewrites untouched.

use super::{answer, rich_document};
use crate::path::run_tests as path_run;
#[allow(unused_imports)]
use crate::positions::Move;
use crate::quiz::run_tests as quiz_run;
use crate::state::codec::{decode, encode};
use crate::state::document::{DocAction, Document};
use crate::state::json::Json;
use crate::state::json_parser::parse;
use crate::steps::Go;

/// Today's document, as a newer version would add to it: an answer to an
/// item and a choice for a question this version does not ask, a result of
/// an instrument it does not have, and a field it does not read.
fn from_a_newer_version() -> String {
    let ours = encode(&rich_document());
    let added = ours
        .replacen(
            "\"quiz\":{\"answers\":{",
            "\"quiz\":{\"answers\":{\"energy-9\":4,",
            1,
        )
        .replacen(
            "\"path\":{\"choices\":{",
            "\"path\":{\"choices\":{\"mentoring\":\"often\",",
            1,
        )
        .replacen(
            "\"history\":[",
            "\"history\":[{\"id\":\"c-1\",\"instrument\":\"checkin\",\"completedAt\":4500,\"model\":1,\"answers\":{\"x\":[1,2]}},",
            1,
        )
        .replacen("\"settings\":{}", "\"settings\":{},\"reminders\":{\"every\":30}", 1);
    assert_ne!(added, ours);
    added
}

fn field<'a>(json: &'a Json, path: &[&str]) -> Option<&'a Json> {
    path.iter().try_fold(json, |json, key| json.get(key))
}

/// The unknown parts, read from written text as a newer version would.
fn unknown_parts(text: &str) -> (Option<Json>, Option<Json>, Vec<Json>, Option<Json>) {
    let json = parse(text).expect("written text parses");
    let balance = json
        .get("history")
        .and_then(Json::as_array)
        .unwrap_or_default()
        .iter()
        .filter(|entry| entry.get("instrument") == Some(&Json::String("checkin".into())))
        .cloned()
        .collect();
    (
        field(&json, &["quiz", "answers", "energy-9"]).cloned(),
        field(&json, &["path", "choices", "mentoring"]).cloned(),
        balance,
        json.get("reminders").cloned(),
    )
}

#[test]
fn unknown_answers_results_and_fields_survive_a_rewrite() {
    let text = from_a_newer_version();
    let loaded = decode(&text).expect("reads");
    assert_eq!(loaded.skipped_entries, 0, "unknown is not unreadable");
    let before = unknown_parts(&text);
    assert!(before.0.is_some() && before.1.is_some() && before.2.len() == 1 && before.3.is_some());
    // This version answers on and writes the document back.
    let doc = loaded.document.apply(answer(5, 2), 20_000);
    let rewritten = encode(&doc);
    assert_eq!(unknown_parts(&rewritten), before);
    // What this version reads is unchanged by what it keeps.
    assert_eq!(decode(&rewritten).map(|l| l.document), Ok(doc));
}

#[test]
fn a_merge_keeps_what_either_tab_could_not_read() {
    let newer_tab = decode(&from_a_newer_version()).expect("reads").document;
    // An older tab that had not seen it writes its own change, merging first.
    let older_tab = rich_document().apply(answer(7, 1), 20_000);
    let merged = older_tab.merge(newer_tab.clone());
    assert_eq!(
        unknown_parts(&encode(&merged)),
        unknown_parts(&encode(&newer_tab))
    );
    // And the other way round.
    let merged = newer_tab.clone().merge(rich_document());
    assert_eq!(merged.unknown, newer_tab.unknown);
}

#[test]
fn starting_over_or_clearing_lets_unknown_answers_go() {
    let doc = decode(&from_a_newer_version()).expect("reads").document;
    let restarted = doc.clone().apply(quiz_run::restart(), 20_000);
    let (quiz, path, results, fields) = unknown_parts(&encode(&restarted));
    assert_eq!(quiz, None, "starting the quiz over removes every answer");
    assert!(path.is_some() && results.len() == 1 && fields.is_some());
    let cleared = doc.clone().apply(DocAction::Clear, 20_000);
    assert_eq!(cleared.unknown, Default::default());
    // A tab that missed the start over or the clear brings nothing back,
    // whichever side merges.
    for merged in [
        doc.clone().merge(restarted.clone()),
        restarted.merge(doc.clone()),
    ] {
        assert!(
            quiz_run::run(&merged).unknown.is_empty(),
            "{:?}",
            quiz_run::run(&merged).unknown
        );
        assert!(
            !path_run::run(&merged).unknown.is_empty(),
            "the path's run was not started over"
        );
    }
    for merged in [cleared.clone().merge(doc.clone()), doc.merge(cleared)] {
        assert!(
            quiz_run::run(&merged).unknown.is_empty() && path_run::run(&merged).unknown.is_empty()
        );
        assert_eq!(
            merged.unknown,
            Default::default(),
            "no field or result comes back"
        );
    }
}

#[test]
fn starting_a_run_that_holds_only_a_newer_versions_answers_keeps_them() {
    let text = r#"{"app":"forkpoint","schema":1,"revision":3,"quiz":{"answers":{"energy-99":4},"step":"intro"}}"#;
    let doc = decode(text).expect("reads").document;
    assert_eq!(quiz_run::run(&doc).unknown.len(), 1);
    let started = doc.apply(quiz_run::go(Go::Start), 20_000);
    assert_eq!(
        quiz_run::run(&started).flow.step,
        crate::steps::Step::Question(0)
    );
    assert_eq!(
        quiz_run::run(&started).unknown.len(),
        1,
        "only Start over lets them go"
    );
    let back = started.apply(quiz_run::go(Go::Back), 20_000);
    assert_eq!(
        quiz_run::run(&back).unknown.len(),
        1,
        "nor does going back to the intro"
    );
    assert_eq!(quiz_run::run(&back).started_at, 0, "still the same run");
}

#[test]
fn two_tabs_in_the_same_run_keep_both_sides_unknown_answers() {
    let doc = decode(&from_a_newer_version()).expect("reads").document;
    let mut other = doc.clone();
    let run = other.runs.get_mut("quiz").expect("a run in progress");
    run.unknown = vec![("energy-98".to_string(), "4".to_string())];
    run.changed_at += 1;
    for merged in [
        doc.clone().merge(other.clone()),
        other.clone().merge(doc.clone()),
    ] {
        let run = quiz_run::run(&merged);
        let ids: Vec<&str> = run.unknown.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(
            ids,
            ["energy-98", "energy-9"],
            "the newer side's first, then the other's"
        );
    }
}

#[test]
fn the_bad_entries_fixture_keeps_its_unknown_entries() {
    let doc = decode(super::fixtures::V1_WITH_BAD_ENTRIES)
        .expect("reads")
        .document;
    let ids =
        |pairs: &[(String, String)]| pairs.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&quiz_run::run(&doc).unknown), ["energy-99"]);
    assert_eq!(ids(&path_run::run(&doc).unknown), ["nowhere"]);
    assert_eq!(doc.unknown.results.len(), 1, "the poll result");
    assert_eq!(Document::default().unknown, Default::default());
}

#[test]
fn kept_results_of_known_instruments_are_listed_by_id_and_time() {
    use crate::instrument::Instrument;
    use crate::state::unknown::{KeptResult, Unknown};
    let entry = |id: &str, instrument: &str| {
        format!("{{\"id\":\"{id}\",\"instrument\":\"{instrument}\",\"completedAt\":1,\"answers\":{{}}}}")
    };
    let unknown = Unknown {
        fields: Vec::new(),
        results: vec![
            (Some(4500), entry("b-1", "balance")),
            (Some(4600), entry("c-1", "checkin")),
            (Some(4700), entry("", "stage")),
            (None, entry("s-2", "stage")),
            (Some(4800), "not json".into()),
            (Some(4900), entry("s-3", "stage")),
        ],
    };
    // A checkin is no instrument this version knows; one without an id or
    // a time cannot be listed or linked to.
    assert_eq!(
        unknown.kept_results(),
        [
            KeptResult {
                instrument: Instrument::Balance,
                id: "b-1".into(),
                completed_at: 4500
            },
            KeptResult {
                instrument: Instrument::Stage,
                id: "s-3".into(),
                completed_at: 4900
            },
        ]
    );
}
