//! The stored shape of every instrument's answers (each read only where its
//! feature is): each begun run (`Document::runs`) is stored under its
//! instrument's id.
//!
//! Stored shape of a run: its answers as the instrument stores them
//! (`positions::Stored`), then `"step": "intro" | {"question": n} |
//! <closing> | "result", "changedAt", "startedAt", "answeredAt"`.
//! - `Stored::Positions`: `"answers": {"<question id>": <position>, ..}`;
//! - `Stored::OptionIds` (the path diagnostic): `"choices": {"<question
//!   id>": "<option id>", ..}, "context": {"<question id>": "<option id>"}`.
//!
//! A saved result's `answers` holds the same: the object of positions, or
//! `{"choices": {..}, "context": {..}}`.

use crate::positions::{Answers, PositionsInstrument, Stored};

use super::json::Json;

/// A run's answers and those to questions it never asks (`unknown`, as
/// stored), as the fields `of` stores them under.
pub(super) fn run_answer_fields(
    of: &PositionsInstrument,
    answers: &Answers,
    unknown: &[(String, String)],
) -> Vec<(String, Json)> {
    match of.stored {
        Stored::Positions => {
            let pairs = position_pairs(answers, unknown);
            vec![("answers".to_string(), Json::Object(pairs))]
        }
        Stored::OptionIds(ids) => (ids.write)(of, answers, unknown),
    }
}

/// A saved result's answers, as `of` stores them.
pub(super) fn result_answers(of: &PositionsInstrument, answers: &Answers) -> Json {
    Json::Object(match of.stored {
        Stored::Positions => position_pairs(answers, &[]),
        Stored::OptionIds(ids) => (ids.write)(of, answers, &[]),
    })
}

/// `{"<id>": <position>}`, then `unknown` as stored.
fn position_pairs(answers: &Answers, unknown: &[(String, String)]) -> Vec<(String, Json)> {
    let unknown = unknown
        .iter()
        .map(|(id, text)| (id.clone(), Json::Raw(text.clone())));
    answers
        .iter()
        .map(|(id, position)| (id.clone(), Json::Int(i64::from(*position))))
        .chain(unknown)
        .collect()
}

/// `OptionIds::write`: the questions' and the optional questions' objects
/// of option ids; `unknown` after the questions' own.
pub fn write_ids(
    of: &PositionsInstrument,
    answers: &Answers,
    unknown: &[(String, String)],
) -> Vec<(String, Json)> {
    let Stored::OptionIds(ids) = of.stored else {
        return Vec::new();
    };
    let unknown = unknown
        .iter()
        .map(|(id, text)| (id.clone(), Json::Raw(text.clone())));
    let named = |id: &str| {
        let position = answers.get(id)?;
        let option = (ids.option_id)(id, *position)?;
        Some((id.to_string(), Json::String(option.to_string())))
    };
    let is_optional = |id: &str| of.optional.iter().any(|question| question.id == id);
    let questions = answers
        .keys()
        .filter(|id| !is_optional(id))
        .filter_map(|id| named(id))
        .chain(unknown)
        .collect();
    // In the order the closing step asks them, as they were always written.
    let optional_answers = of
        .optional
        .iter()
        .filter_map(|question| named(question.id))
        .collect();
    vec![
        (ids.asked.to_string(), Json::Object(questions)),
        (ids.optional.to_string(), Json::Object(optional_answers)),
    ]
}

/// `OptionIds::read`: the answers `of` stores as option ids, as positions:
/// each value that names an option of its question becomes its position.
/// One for a question it never asks goes to `unknown` when given (a run in
/// progress); any other is counted in `skipped` (an optional question left
/// out as `null` is not). `None` when a group is there but not an object.
pub fn read_ids(
    of: &PositionsInstrument,
    object: &Json,
    mut unknown: Option<&mut Vec<(String, String)>>,
    skipped: &mut usize,
) -> Option<Vec<(String, Json)>> {
    let Stored::OptionIds(ids) = of.stored else {
        return None;
    };
    let group = |key: &str| match object.get(key) {
        None | Some(Json::Null) => Some(&[][..]),
        Some(value) => value.as_object(),
    };
    let (questions, optional) = (group(ids.asked)?, group(ids.optional)?);
    let mut read = Vec::new();
    for (group, pairs) in [(false, questions), (true, optional)] {
        for (id, value) in pairs {
            let at = value.as_str().and_then(|option| (ids.position)(id, option));
            match (at, unknown.as_mut()) {
                (Some(at), _) => read.push((id.clone(), Json::Int(i64::from(at)))),
                (None, _) if group && *value == Json::Null => {}
                (None, Some(kept)) if !group && !(of.knows)(id) => {
                    kept.push((id.clone(), value.to_text()));
                }
                _ => *skipped = skipped.saturating_add(1),
            }
        }
    }
    Some(read)
}

/// The answers `of` asks, each with a position on its question's scale,
/// read in the order asked (an early answer, the stage's rung, says which
/// later ones belong), then its optional questions'. An answer to a
/// question it never asks is a newer version's: kept as it came in
/// `unknown` when given (a run in progress). Anything else (a position off
/// the scale, a statement of another rung) is counted in `skipped`.
pub(super) fn read_answers(
    of: &PositionsInstrument,
    pairs: &[(String, Json)],
    mut unknown: Option<&mut Vec<(String, String)>>,
    skipped: &mut usize,
) -> Answers {
    let position = |value: &Json| value.as_u64().and_then(|n| u8::try_from(n).ok());
    let mut answers = Answers::new();
    loop {
        let asked = (of.asked)(&answers);
        let next = asked.iter().chain(of.optional).find_map(|question| {
            let given = pairs.iter().find(|(id, _)| id == question.id)?;
            let position = position(&given.1).filter(|p| (1..=question.options).contains(p))?;
            (!answers.contains_key(question.id)).then_some((question.id, position))
        });
        let Some((id, position)) = next else { break };
        answers.insert(id.to_string(), position);
    }
    for (id, value) in pairs {
        if answers.contains_key(id) {
            continue;
        }
        match unknown.as_mut() {
            Some(kept) if !(of.knows)(id) => kept.push((id.clone(), value.to_text())),
            _ => *skipped = skipped.saturating_add(1),
        }
    }
    answers
}
