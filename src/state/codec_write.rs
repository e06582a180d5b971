//! `Document` → `Json` in the stored shape. Field names are the stored
//! format: renaming one needs a schema bump and a migration.

use crate::path::{ContextAnswers, ContextQuestion, PathAnswers};
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
    // A page that does not read the path diagnostic keeps it unread (`unknown`).
    #[cfg(feature = "path")]
    fields.push(field("path", path_json(doc)));
    fields.extend([
        history_field(doc),
        field("settings", Json::Object(Vec::new())),
    ]);
    // The runs of instruments whose answers are positions (the Fork quiz's
    // among them), each under its id, once begun (a page that does not read
    // them keeps them unknown).
    fields.extend(doc.runs.iter().map(|(id, run)| {
        let mut answers = super::positions::answer_pairs(&run.flow.answers);
        answers.extend(raw_pairs(&run.unknown));
        let run = Json::Object(vec![
            field("answers", Json::Object(answers)),
            field("step", step_json(run.flow.step, crate::positions::CLOSING)),
            field("changedAt", int(run.changed_at)),
            field("startedAt", int(run.started_at)),
            field("answeredAt", stamps_json(&run.answered_at)),
        ]);
        (id.clone(), run)
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

#[cfg(feature = "path")]
fn path_json(doc: &Document) -> Json {
    let step = step_json(doc.path.flow.step, crate::path::CLOSING);
    let mut fields = path_answer_fields(&doc.path.flow.answers, &doc.path.unknown);
    fields.push(field("step", step));
    fields.push(field("changedAt", int(doc.path.changed_at)));
    fields.push(field("startedAt", int(doc.path.started_at)));
    fields.push(field("answeredAt", stamps_json(&doc.path.answered_at)));
    Json::Object(fields)
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

/// `{"choices":{..},"context":{..}}`, as saved results store path answers.
pub(crate) fn path_answers_json(answers: &PathAnswers) -> Json {
    Json::Object(path_answer_fields(answers, &[]))
}

/// The answer fields, shared by the flow in progress and saved results;
/// `unknown` choices (for questions this version does not ask) go after ours.
fn path_answer_fields(answers: &PathAnswers, unknown: &[(String, String)]) -> Vec<(String, Json)> {
    let choices = answers
        .choices
        .iter()
        .map(|(question, choice)| (question.clone(), Json::String(choice.clone())))
        .chain(raw_pairs(unknown))
        .collect();
    vec![
        field("choices", Json::Object(choices)),
        field("context", context_json(&answers.context)),
    ]
}

/// Unanswered context questions are left out rather than written as null.
fn context_json(context: &ContextAnswers) -> Json {
    Json::Object(
        ContextQuestion::ALL
            .into_iter()
            .filter_map(|question| {
                let option = question.selected(context)?;
                Some(field(question.id(), Json::String(option.to_string())))
            })
            .collect(),
    )
}

pub(crate) fn result_json(result: &SavedResult) -> Json {
    let answers = match &result.answers {
        SavedAnswers::Path(answers) => path_answers_json(answers),
        SavedAnswers::Positions(_, answers) => {
            Json::Object(super::positions::answer_pairs(answers))
        }
    };
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
