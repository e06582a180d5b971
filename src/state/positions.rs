//! The stored shape of the instruments whose answers are positions (the
//! Fork quiz, the balance check, the stage readiness; each read only where
//! its feature is): each begun run (`Document::runs`) is stored under its
//! instrument's id, as `path` is.
//!
//! Stored shape of a run: `{"answers": {"<question id>": <position>, ..},
//! "step": "intro" | {"question": n} | "review" | "result", "changedAt",
//! "startedAt", "answeredAt"}`; a saved result's `answers` is the same
//! object of positions.

use crate::positions::{Answers, PositionsInstrument};

use super::json::Json;

/// A run's answers as stored: question id → position.
pub(super) fn answer_pairs(answers: &Answers) -> Vec<(String, Json)> {
    answers
        .iter()
        .map(|(id, position)| (id.clone(), Json::Int(i64::from(*position))))
        .collect()
}

/// The answers `of` asks, each with a position on its question's scale,
/// read in the order asked (an early answer, the stage's rung, says which
/// later ones belong). An answer to a question it never asks is a newer
/// version's: kept as it came in `unknown` when given (a run in progress).
/// Anything else (a position off the scale, a statement of another rung)
/// is counted in `skipped`.
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
        let next = asked.iter().find_map(|question| {
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
