//! The stored format: round trips, a hand-written fixture, skipped entries,
//! newer and older schemas, and every kind of load error.

use super::fixtures::{SKIPPED_IN_BAD_ENTRIES, V1_DOCUMENT, V1_WITH_BAD_ENTRIES, V2_DOCUMENT};
use super::rich_document;
use crate::content::words::keys;
use crate::path::run_tests as path_run;
use crate::path::{CareerStage, IndustryPace, OrgStage, Situation};
#[allow(unused_imports)]
use crate::positions::Move;
use crate::quiz::run_tests as quiz_run;
use crate::state::codec::{decode, encode, migrate};
use crate::state::document::{DocAction, Document, SCHEMA_VERSION};
use crate::state::json::JsonError;
use crate::state::json_parser::parse;
use crate::state::Instrument;
use crate::state::{Access, LoadError, Loaded};
use crate::steps::Step;

fn decoded(text: &str) -> Loaded {
    decode(text).unwrap_or_else(|error| panic!("{error:?} for {text}"))
}

fn malformed(text: &str) -> String {
    match decode(text) {
        Err(LoadError::Malformed(detail)) => detail.text(),
        other => panic!("expected Malformed for {text}, got {other:?}"),
    }
}

#[test]
fn a_rich_document_round_trips_exactly() {
    let doc = rich_document();
    let loaded = decoded(&encode(&doc));
    assert_eq!(
        loaded,
        Loaded {
            document: doc,
            access: Access::ReadWrite,
            migrated_from: None,
            skipped_entries: 0
        }
    );
}

#[test]
fn clears_and_deletions_round_trip_too() {
    let doc = rich_document();
    let first = doc.history[0].id.clone();
    let doc = doc
        .apply(DocAction::DeleteResult(first), 1)
        .apply(DocAction::Clear, 2);
    let doc = doc.apply(super::answer(0, 2), 3);
    assert_eq!(decoded(&encode(&doc)).document, doc);
}

#[test]
fn the_empty_document_is_written_exactly_as_documented() {
    assert_eq!(
        encode(&Document::default()),
        r#"{"app":"forkpoint","schema":1,"revision":0,"history":[],"settings":{}}"#
    );
}

#[test]
fn a_hand_written_v1_document_decodes() {
    let loaded = decoded(V1_DOCUMENT);
    assert_eq!(
        (loaded.access, loaded.migrated_from, loaded.skipped_entries),
        (Access::ReadWrite, None, 0)
    );
    let doc = loaded.document;
    assert_eq!(
        (
            doc.revision,
            quiz_run::run(&doc).changed_at,
            path_run::run(&doc).changed_at
        ),
        (12, 11, 12)
    );
    assert_eq!(quiz_run::answers(&doc).len(), 3);
    assert_eq!(
        quiz_run::answers(&doc).get("growth-1").map(|a| a.value()),
        Some(5)
    );
    assert_eq!(quiz_run::run(&doc).flow.step, Step::Question(3));
    assert_eq!(path_run::run(&doc).flow.step, Step::Closing);
    assert_eq!(
        path_run::answers(&doc)
            .choices
            .get("team")
            .map(String::as_str),
        Some("team_low")
    );
    assert_eq!(
        path_run::answers(&doc).context.stage,
        Some(OrgStage::Scaling)
    );
    assert_eq!(
        path_run::answers(&doc).context.career,
        Some(CareerStage::Senior)
    );
    assert_eq!(path_run::answers(&doc).context.situation, None);
    assert_eq!(doc.history.len(), 2);
    let path_result = &doc.history[0];
    assert_eq!(
        (
            path_result.id.as_str(),
            path_result.completed_at,
            path_result.model_version
        ),
        ("path-1700000000000-4", 1_700_000_000_000, 1)
    );
    let answers = path_result.answers.positions_of(Instrument::Path);
    let answers = crate::path::answers_of(answers.expect("a path result"));
    assert_eq!(answers.choices.len(), 5);
    assert_eq!(answers.context.situation, Some(Situation::AcuteIncident));
    assert_eq!(answers.context.pace, Some(IndustryPace::FastChanging));
    assert_eq!(doc.history[1].instrument(), Instrument::Quiz);
    assert_eq!(doc.results(Instrument::Quiz).count(), 1);
}

#[test]
fn bad_entries_are_skipped_counted_and_the_rest_kept() {
    let loaded = decoded(V1_WITH_BAD_ENTRIES);
    assert_eq!(loaded.skipped_entries, SKIPPED_IN_BAD_ENTRIES);
    assert_eq!(loaded.access, Access::ReadWrite);
    let doc = loaded.document;
    assert_eq!(
        quiz_run::answers(&doc).keys().collect::<Vec<_>>(),
        vec!["values-1"]
    );
    assert_eq!(quiz_run::run(&doc).flow.step, Step::Intro);
    assert_eq!(
        path_run::answers(&doc).choices.len(),
        1,
        "only challenge_change: {:?}",
        path_run::answers(&doc).choices
    );
    assert_eq!(
        path_run::answers(&doc).context.pace,
        Some(IndustryPace::Stable)
    );
    assert_eq!(path_run::answers(&doc).context.stage, None);
    assert_eq!(
        path_run::run(&doc).flow.step,
        Step::Question(99),
        "an out-of-range step is the flow's to cope with"
    );
    let ids: Vec<&str> = doc.history.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, vec!["a", "d"]);
    assert_eq!(
        doc.history[0].completed_at, 5,
        "the first of a repeated id wins"
    );
    assert_eq!(
        doc.history[1].answers,
        quiz_run::saved([("impact-1".to_string(), super::agreement(2))].into())
    );
}

#[test]
fn a_newer_schema_is_read_only_but_readable() {
    let loaded = decoded(V2_DOCUMENT);
    assert_eq!(loaded.access, Access::ReadOnly { found_schema: 2 });
    assert_eq!(loaded.migrated_from, None);
    assert_eq!(loaded.document.revision, 40);
    assert_eq!(quiz_run::run(&loaded.document).flow.step, Step::Closing);
    assert_eq!(quiz_run::answers(&loaded.document).len(), 1);
    assert_eq!(loaded.document.history[0].model_version, 2);
}

#[test]
fn foreign_json_is_not_forkpoint() {
    for text in [
        "[]",
        "{}",
        r#"{"app":"other","schema":1}"#,
        r#"{"app":1}"#,
        r#""forkpoint""#,
        "null",
        "7",
    ] {
        assert_eq!(decode(text), Err(LoadError::NotForkpoint), "{text}");
    }
}

#[test]
fn a_document_without_a_schema_is_refused() {
    assert_eq!(
        decode(r#"{"app":"forkpoint"}"#),
        Err(LoadError::MissingSchema)
    );
    assert_eq!(
        decode(r#"{"app":"forkpoint","schema":null}"#),
        Err(LoadError::MissingSchema)
    );
}

#[test]
fn wrong_shapes_in_required_parts_are_malformed() {
    let with = |field: &str| format!(r#"{{"app":"forkpoint","schema":1,{field}}}"#);
    assert!(malformed(&with(r#""history":{}"#)).contains("history"));
    // The runs of the engine's instruments (the Fork quiz's among them).
    assert!(malformed(&with(r#""quiz":[]"#)).contains("run in progress"));
    assert!(malformed(&with(r#""path":"x""#)).contains("run in progress"));
    assert!(malformed(&with(r#""settings":[]"#)).contains("settings"));
    assert!(malformed(&with(r#""revision":"3""#)).contains("revision"));
    assert!(malformed(&with(r#""revision":-3"#)).contains("revision"));
    assert!(malformed(&with(r#""quiz":{"answers":[]}"#)).contains("answers"));
    assert!(malformed(&with(r#""quiz":{"changedAt":true}"#)).contains("run's change revision"));
    // The path diagnostic's run stores its choices and its context by id.
    assert!(malformed(&with(r#""path":{"choices":"x"}"#)).contains("run's answers"));
    assert!(malformed(&with(r#""path":{"context":[]}"#)).contains("run's answers"));
    assert!(malformed(&with(r#""deletedResults":"x""#)).contains("deleted"));
    assert!(malformed(r#"{"app":"forkpoint","schema":"1"}"#).contains("version"));
    assert!(malformed(r#"{"app":"forkpoint","schema":4294967296}"#).contains("version"));
    assert_eq!(
        decode(r#"{"app":"forkpoint","schema":0}"#),
        Err(LoadError::UnknownFormat(0)),
        "no schema 0 was ever written"
    );
}

#[test]
fn missing_optional_sections_default() {
    let loaded = decoded(r#"{"app":"forkpoint","schema":1}"#);
    assert_eq!(loaded.document, Document::default());
    assert_eq!(loaded.skipped_entries, 0);
}

#[test]
fn text_that_is_not_json_says_why() {
    assert_eq!(decode(""), Err(LoadError::NotJson(JsonError::Empty)));
    assert_eq!(
        decode("{\"app\":"),
        Err(LoadError::NotJson(JsonError::Syntax))
    );
    // A fraction is no format version; `1.0` is the integer 1, as in JavaScript.
    assert!(matches!(
        decode("{\"app\":\"forkpoint\",\"schema\":1.5}"),
        Err(LoadError::Malformed(_))
    ));
    assert_eq!(
        decode("{\"app\":\"forkpoint\",\"schema\":1.0}").map(|loaded| loaded.document),
        Ok(Document::default())
    );
}

#[test]
fn a_byte_order_mark_from_an_editor_is_ignored() {
    let text = format!("\u{feff}{}", encode(&rich_document()));
    assert_eq!(decoded(&text).document, rich_document());
}

#[test]
fn migrating_a_current_document_changes_nothing() {
    let json = parse(&encode(&rich_document())).unwrap();
    assert_eq!(migrate(json.clone(), SCHEMA_VERSION), Ok(json.clone()));
    let twice = migrate(
        migrate(json.clone(), SCHEMA_VERSION).unwrap(),
        SCHEMA_VERSION,
    );
    assert_eq!(twice, Ok(json.clone()));
    assert_eq!(
        migrate(json.clone(), SCHEMA_VERSION + 1),
        Ok(json.clone()),
        "newer is never touched"
    );
    assert!(matches!(migrate(json, 0), Err(LoadError::UnknownFormat(0))));
}

#[test]
fn decoding_twice_is_decoding_once() {
    for text in [V1_DOCUMENT, V1_WITH_BAD_ENTRIES, V2_DOCUMENT] {
        let once = decoded(text).document;
        let twice = decoded(&encode(&once));
        assert_eq!(twice.document, once);
        assert_eq!(
            twice.skipped_entries, 0,
            "nothing left to skip after a repair"
        );
    }
}

#[test]
fn every_load_error_has_a_message() {
    let errors = [
        LoadError::NotJson(JsonError::Empty),
        LoadError::NotForkpoint,
        LoadError::MissingSchema,
        LoadError::Malformed(keys::DATA_ERRORS_PART_HISTORY),
        LoadError::UnknownFormat(0),
        LoadError::NewerFile(9),
    ];
    for error in errors {
        assert!(error.message().len() > 20, "{error:?}");
    }
    assert!(LoadError::Malformed(keys::DATA_ERRORS_PART_HISTORY)
        .message()
        .contains("history"));
    assert!(LoadError::NewerFile(9).message().contains("format 9"));
}
