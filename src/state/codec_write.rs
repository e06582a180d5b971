//! `Document` → `Json` in the stored shape. Field names are the stored
//! format: renaming one needs a schema bump and a migration.

use crate::steps::Step;
use crate::vec_map::VecMap;

use super::document::{Document, SavedResult, SCHEMA_VERSION};
use super::format::APP_ID;
use super::instruments::SavedAnswers;
use super::json::Json;

/// The stored document as an object, fields in the documented order.
pub(crate) fn document_json(doc: &Document) -> Json {
    Json::Object(document_fields(doc))
}

pub(crate) fn document_fields(doc: &Document) -> Vec<(String, Json)> {
    let mut fields = vec![
        field("app", Json::String(APP_ID.to_string())),
        field("schema", Json::Int(i64::from(SCHEMA_VERSION))),
        field("revision", int(doc.revision)),
    ];
    fields.extend([
        history_field(doc),
        field("settings", Json::Object(Vec::new())),
    ]);
    // Each instrument's run under its id, once begun (a page that does not
    // read an instrument keeps its run unknown, so it is not here).
    fields.extend(doc.runs.iter().filter_map(|(id, run)| {
        let of = super::instruments::positions_instrument(id)?;
        let mut fields = super::positions::run_answer_fields(of, &run.flow.answers, &run.unknown);
        fields.extend([
            field("step", step_json(run.flow.step, of.closing)),
            field("changedAt", int(run.changed_at)),
            field("startedAt", int(run.started_at)),
            field("answeredAt", stamps_json(&run.answered_at)),
        ]);
        Some((id.clone(), Json::Object(fields)))
    }));

    // Written only when used, so a plain document reads exactly as documented.
    if doc.history_cleared_at != 0 {
        fields.push(field("historyClearedAt", int(doc.history_cleared_at)));
    }
    if doc.history_trimmed_through != 0 {
        fields.push(field(
            "historyTrimmedThrough",
            int(doc.history_trimmed_through),
        ));
    }
    if !doc.deleted_results.is_empty() {
        let ids = doc
            .deleted_results
            .iter()
            .cloned()
            .map(Json::String)
            .collect();
        fields.push(field("deletedResults", Json::Array(ids)));
    }
    // What a newer version wrote goes back as it came (results of unknown
    // instruments after ours, answers to unknown questions after ours).
    fields.extend(raw_pairs(&doc.unknown.fields));
    fields
}

/// Every saved result, then those of instruments this build keeps unread.
fn history_field(doc: &Document) -> (String, Json) {
    field(
        "history",
        Json::Array(
            doc.history
                .iter()
                .map(result_json)
                .chain(doc.unknown.results.iter().map(|(_, text)| raw(text)))
                .collect(),
        ),
    )
}

/// Kept JSON text, written as it came.
fn raw(text: &str) -> Json {
    Json::Raw(text.to_string())
}

fn raw_pairs(pairs: &[(String, String)]) -> impl Iterator<Item = (String, Json)> + '_ {
    pairs.iter().map(|(key, text)| (key.clone(), raw(text)))
}

fn field(name: &str, value: Json) -> (String, Json) {
    (name.to_string(), value)
}

/// JSON integers here are i64; a u64 beyond that (never produced by decoding)
/// is written as the largest one rather than wrapping to a negative number.
fn int(number: u64) -> Json {
    Json::Int(i64::try_from(number).unwrap_or(i64::MAX))
}

fn index(number: usize) -> Json {
    Json::Int(i64::try_from(number).unwrap_or(i64::MAX))
}

/// A step as stored: "intro", `{"question": n}`, `closing` (the
/// instrument's name for its closing step), "result".
fn step_json(step: Step, closing: &str) -> Json {
    match step {
        Step::Intro => Json::String("intro".to_string()),
        Step::Question(number) => Json::Object(vec![field("question", index(number))]),
        Step::Closing => Json::String(closing.to_string()),
        Step::Result => Json::String("result".to_string()),
    }
}

fn stamps_json(stamps: &VecMap<String, u64>) -> Json {
    Json::Object(
        stamps
            .iter()
            .map(|(id, at)| (id.clone(), int(*at)))
            .collect(),
    )
}

pub(crate) fn result_json(result: &SavedResult) -> Json {
    let SavedAnswers::Positions(of, answers) = &result.answers;
    let answers = super::positions::result_answers(of, answers);
    Json::Object(vec![
        field("id", Json::String(result.id.clone())),
        field(
            "instrument",
            Json::String(result.instrument().id().to_string()),
        ),
        field("completedAt", int(result.completed_at)),
        field("model", Json::Int(i64::from(result.model_version))),
        field("answers", answers),
    ])
}
