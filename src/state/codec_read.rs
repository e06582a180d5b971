//! `Json` → `Document`, for text we did not necessarily write. A part with the
//! wrong overall shape is an error; a single unreadable entry (an answer of 9,
//! an unknown id, a broken saved result) is left out and counted instead, so
//! one bad value never costs the person everything else.

// A page that does not read the path diagnostic (the pages of the
// instruments with pages of their own) leaves its reader unused.
#![cfg_attr(not(feature = "path"), allow(dead_code))]

use crate::vec_map::first_occurrences;

use crate::path::{ContextAnswers, ContextQuestion, PathAnswers, PathFlow};
use crate::steps::Step;

use super::document::{Document, SavedResult, Settings, MAX_DELETED_RESULTS};
use super::format::{malformed, LoadError};
use super::instruments::{Instrument, SavedAnswers};
use super::json::Json;
use super::section::Section;
use super::unknown::KNOWN_FIELDS;
use crate::content::words::{keys, Word};
use crate::vec_map::VecMap;

/// Reads a document of the current schema; also the skipped-entry count.
pub(crate) fn read_document(root: &Json) -> Result<(Document, usize), LoadError> {
    let mut reader = Reader { skipped: 0 };
    let mut doc = Document {
        revision: number(root, "revision", keys::DATA_ERRORS_PART_REVISION)?,
        history_cleared_at: number(
            root,
            "historyClearedAt",
            keys::DATA_ERRORS_PART_CLEARING_TIME,
        )?,
        history_trimmed_through: number(
            root,
            "historyTrimmedThrough",
            keys::DATA_ERRORS_PART_CLEARING_TIME,
        )?,
        ..Document::default()
    };
    #[cfg(feature = "path")]
    if let Some(path) = section(root, "path", keys::DATA_ERRORS_PART_PATH_SECTION)? {
        doc.path = run(path, keys::DATA_ERRORS_PART_PATH_REVISION, |unknown| {
            reader.path_flow(path, unknown)
        })?;
    }
    for of in super::instruments::positions() {
        let id = of.instrument.id();
        if let Some(stored) = section(root, id, keys::DATA_ERRORS_PART_RUN_SECTION)? {
            let run = run(stored, keys::DATA_ERRORS_PART_RUN_REVISION, |unknown| {
                reader.positions_flow(of, stored, unknown)
            })?;
            doc.runs.insert(id.to_string(), run);
        }
    }
    if let Some(history) = list(root, "history", keys::DATA_ERRORS_PART_HISTORY)? {
        doc.history = reader.history(history, &mut doc.unknown.results);
    }
    // A field a newer version added (same schema, so it is optional) is kept as it came.
    doc.unknown.fields = root
        .as_object()
        .unwrap_or_default()
        .iter()
        .filter(|(key, _)| !read_here(key))
        .map(|(key, value)| (key.clone(), value.to_text()))
        .collect();
    // Nothing is stored in settings yet; the shape is still checked so a
    // future setting has a sound place to go.
    section(root, "settings", keys::DATA_ERRORS_PART_SETTINGS)?;
    doc.settings = Settings::default();
    if let Some(ids) = list(
        root,
        "deletedResults",
        keys::DATA_ERRORS_PART_DELETED_RESULTS,
    )? {
        doc.deleted_results = reader.deleted_ids(ids);
    }
    Ok((doc, reader.skipped))
}

/// Whether this build reads the top-level field `key`: an instrument's run
/// is read only where its feature is (elsewhere it is kept as it came).
fn read_here(key: &str) -> bool {
    match key {
        "path" => super::instruments::is_read(key),
        _ => KNOWN_FIELDS.contains(&key) || reads_run(key),
    }
}

/// Whether `key` is the run of an instrument whose answers are positions,
/// read by this build (without its feature, it is kept unread).
fn reads_run(key: &str) -> bool {
    super::instruments::positions_instrument(key).is_some()
}

/// An instrument's run in progress: its marks (an unreadable revision is
/// `problem`), and its flow as `flow` reads it, which puts the answers to
/// questions this version does not ask in the list it is given.
fn run<F>(
    section: &Json,
    problem: Word,
    flow: impl FnOnce(&mut Vec<(String, String)>) -> Result<F, LoadError>,
) -> Result<Section<F>, LoadError> {
    let mut unknown = Vec::new();
    Ok(Section {
        changed_at: number(section, "changedAt", problem)?,
        // Absent before merges went answer by answer: 0, one run with any other.
        started_at: number(section, "startedAt", problem)?,
        answered_at: stamps(section),
        flow: flow(&mut unknown)?,
        unknown,
    })
}

/// A field's value, treating `null` like a missing field.
fn present<'a>(object: &'a Json, key: &str) -> Option<&'a Json> {
    object.get(key).filter(|value| **value != Json::Null)
}

/// An optional non-negative integer; missing means 0.
fn number(object: &Json, key: &str, problem: Word) -> Result<u64, LoadError> {
    match present(object, key) {
        None => Ok(0),
        Some(value) => value.as_u64().ok_or(LoadError::Malformed(problem)),
    }
}

/// When each answer was given: bookkeeping for merges only, so a mark that
/// cannot be read is left out (it reads as "long ago"), never an error.
fn stamps(section: &Json) -> VecMap<String, u64> {
    let mut stamps = VecMap::new();
    if let Some(Json::Object(pairs)) = present(section, "answeredAt") {
        for (id, at) in pairs {
            if let Some(at) = at.as_u64() {
                stamps.insert(id.clone(), at);
            }
        }
    }
    stamps
}

fn section<'a>(object: &'a Json, key: &str, problem: Word) -> Result<Option<&'a Json>, LoadError> {
    match present(object, key) {
        None => Ok(None),
        Some(value) if value.as_object().is_some() => Ok(Some(value)),
        Some(_) => Err(malformed(problem)),
    }
}

fn list<'a>(object: &'a Json, key: &str, problem: Word) -> Result<Option<&'a [Json]>, LoadError> {
    match present(object, key) {
        None => Ok(None),
        Some(value) => value.as_array().map(Some).ok_or_else(|| malformed(problem)),
    }
}

fn pairs<'a>(
    object: &'a Json,
    key: &str,
    problem: Word,
) -> Result<&'a [(String, Json)], LoadError> {
    Ok(section(object, key, problem)?
        .and_then(Json::as_object)
        .unwrap_or_default())
}

/// A question index; one too large for this machine is clamped, as flows
/// already cope with any out-of-range index.
fn step_index(value: &Json) -> Option<usize> {
    let index = present(value, "question")?.as_u64()?;
    Some(usize::try_from(index).unwrap_or(usize::MAX))
}

struct Reader {
    skipped: usize,
}

impl Reader {
    fn skip(&mut self) {
        self.skipped = self.skipped.saturating_add(1);
    }

    /// A run of `of`; `unknown` gets the answers to questions it never asks.
    fn positions_flow(
        &mut self,
        of: &crate::positions::PositionsInstrument,
        stored: &Json,
        unknown: &mut Vec<(String, String)>,
    ) -> Result<crate::positions::PositionsFlow, LoadError> {
        let pairs = pairs(stored, "answers", keys::DATA_ERRORS_PART_RUN_ANSWERS)?;
        let answers = super::positions::read_answers(of, pairs, Some(unknown), &mut self.skipped);
        let step = match present(stored, "step") {
            None => Step::Intro,
            Some(value) => read_step(value, crate::positions::CLOSING).unwrap_or_else(|| {
                self.skip();
                Step::Intro
            }),
        };
        Ok(crate::positions::PositionsFlow { step, answers })
    }

    fn path_flow(
        &mut self,
        path: &Json,
        unknown: &mut Vec<(String, String)>,
    ) -> Result<PathFlow, LoadError> {
        let answers = self.path_answers(path, Some(unknown))?;
        let step = match present(path, "step") {
            None => Step::Intro,
            Some(value) => read_step(value, crate::path::CLOSING).unwrap_or_else(|| {
                self.skip();
                Step::Intro
            }),
        };
        Ok(PathFlow { answers, step })
    }

    /// `{"choices":{..},"context":{..}}`; a choice is kept only if it belongs
    /// to its question; one for a question we do not ask goes to `unknown`
    /// when given (in progress).
    fn path_answers(
        &mut self,
        object: &Json,
        mut unknown: Option<&mut Vec<(String, String)>>,
    ) -> Result<PathAnswers, LoadError> {
        let mut answers = PathAnswers::default();
        for (question_id, value) in pairs(object, "choices", keys::DATA_ERRORS_PART_PATH_CHOICES)? {
            let recorded = value
                .as_str()
                .is_some_and(|choice_id| answers.choose(question_id, choice_id));
            match unknown.as_mut() {
                _ if recorded => {}
                Some(kept) if crate::path::question(question_id).is_none() => {
                    kept.push((question_id.clone(), value.to_text()));
                }
                _ => self.skip(),
            }
        }
        let context = pairs(object, "context", keys::DATA_ERRORS_PART_PATH_CONTEXT)?;
        answers.context = self.context(context);
        Ok(answers)
    }

    fn context(&mut self, pairs: &[(String, Json)]) -> ContextAnswers {
        let mut context = ContextAnswers::default();
        for (key, value) in pairs {
            if *value == Json::Null {
                continue;
            }
            let question = ContextQuestion::ALL.into_iter().find(|q| q.id() == key);
            let option = value.as_str();
            let known = question.zip(option).filter(|(question, option)| {
                question.options().iter().any(|known| known.id == *option)
            });
            match known {
                Some((question, option)) => context = question.with_option(&context, option),
                None => self.skip(),
            }
        }
        context
    }

    /// Unreadable results and repeated ids are left out, one count each;
    /// results of an instrument this version does not have go to `unknown`.
    fn history(
        &mut self,
        entries: &[Json],
        unknown: &mut Vec<(Option<u64>, String)>,
    ) -> Vec<SavedResult> {
        let mut readable = Vec::new();
        for entry in entries {
            let instrument = present(entry, "instrument").and_then(Json::as_str);
            match self.saved_result(entry) {
                Some(result) => readable.push(result),
                None if instrument.is_some_and(|id| !super::instruments::is_read(id)) => {
                    let completed_at = present(entry, "completedAt").and_then(Json::as_u64);
                    unknown.push((completed_at, entry.to_text()));
                }
                None => self.skip(),
            }
        }
        let ids: Vec<&str> = readable.iter().map(|r| r.id.as_str()).collect();
        let first = first_occurrences(&ids);
        let mut history = Vec::new();
        for (result, first) in readable.into_iter().zip(first) {
            if first {
                history.push(result);
            } else {
                self.skip();
            }
        }
        history
    }

    /// A result missing its id, instrument, time, model or answers cannot be
    /// shown truthfully, so it is skipped whole; inside its answers, single bad
    /// values are skipped like anywhere else.
    fn saved_result(&mut self, entry: &Json) -> Option<SavedResult> {
        let id = present(entry, "id")?.as_str().filter(|id| !id.is_empty())?;
        let instrument = Instrument::from_id(present(entry, "instrument")?.as_str()?)?;
        let completed_at = present(entry, "completedAt")?.as_u64()?;
        let model_version = u32::try_from(present(entry, "model")?.as_u64()?).ok()?;
        let answers = present(entry, "answers")?;
        let answers = match instrument {
            #[cfg(feature = "path")]
            Instrument::Path => {
                answers.as_object()?;
                SavedAnswers::Path(self.path_answers(answers, None).ok()?)
            }
            other if super::instruments::positions_instrument(other.id()).is_some() => {
                let of = super::instruments::positions_instrument(other.id())?;
                let pairs = answers.as_object()?;
                SavedAnswers::Positions(
                    of,
                    super::positions::read_answers(of, pairs, None, &mut self.skipped),
                )
            }
            // Kept unread (`history`): this build does not read it.
            #[allow(unreachable_patterns)]
            _ => return None,
        };
        Some(SavedResult {
            id: id.to_string(),
            completed_at,
            model_version,
            answers,
        })
    }

    fn deleted_ids(&mut self, entries: &[Json]) -> Vec<String> {
        let mut strings = Vec::new();
        for entry in entries {
            match entry.as_str() {
                Some(id) => strings.push(id),
                None => self.skip(),
            }
        }
        let first = first_occurrences(&strings);
        let mut ids: Vec<String> = strings
            .into_iter()
            .zip(first)
            .filter(|(_, first)| *first)
            .map(|(id, _)| id.to_string())
            .collect();
        // Only the newest deletions matter to a merge; the cap bounds hostile text.
        let excess = ids.len().saturating_sub(MAX_DELETED_RESULTS);
        ids.drain(..excess);
        ids
    }
}

/// A stored step: "intro", `{"question": n}`, `closing` (the instrument's
/// name for its closing step) or "result".
fn read_step(value: &Json, closing: &str) -> Option<Step> {
    match value.as_str() {
        Some("intro") => Some(Step::Intro),
        Some("result") => Some(Step::Result),
        Some(name) if name == closing => Some(Step::Closing),
        Some(_) => None,
        None => step_index(value).map(Step::Question),
    }
}
