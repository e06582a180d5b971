//! `Json` → `Document`, for text we did not necessarily write. A part with the
//! wrong overall shape is an error; a single unreadable entry (an answer of 9,
//! an unknown id, a broken saved result) is left out and counted instead, so
//! one bad value never costs the person everything else.

use crate::vec_map::first_occurrences;

use crate::positions::{Answers, PositionsInstrument, Stored};
use crate::steps::Step;

use super::document::{Document, SavedResult, Settings, MAX_DELETED_RESULTS};
use super::format::{malformed, LoadError};
use super::instruments::SavedAnswers;
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
    KNOWN_FIELDS.contains(&key) || super::instruments::is_read(key)
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
        of: &PositionsInstrument,
        stored: &Json,
        unknown: &mut Vec<(String, String)>,
    ) -> Result<crate::positions::PositionsFlow, LoadError> {
        let answers = self.answers(of, stored, Some(unknown))?;
        let step = match present(stored, "step") {
            None => Step::Intro,
            Some(value) => read_step(value, of.closing).unwrap_or_else(|| {
                self.skip();
                Step::Intro
            }),
        };
        Ok(crate::positions::PositionsFlow { step, answers })
    }

    /// `of`'s answers as it stores them (`state::positions`), in `object`
    /// (a run, or a saved result's answers).
    fn answers(
        &mut self,
        of: &PositionsInstrument,
        object: &Json,
        mut unknown: Option<&mut Vec<(String, String)>>,
    ) -> Result<Answers, LoadError> {
        let problem = keys::DATA_ERRORS_PART_RUN_ANSWERS;
        let converted;
        let pairs = match of.stored {
            Stored::Positions => pairs(object, "answers", problem)?,
            Stored::OptionIds(ids) => {
                let read = (ids.read)(of, object, unknown.as_deref_mut(), &mut self.skipped);
                converted = read.ok_or_else(|| malformed(problem))?;
                &converted[..]
            }
        };
        Ok(super::positions::read_answers(
            of,
            pairs,
            unknown,
            &mut self.skipped,
        ))
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
        let instrument = present(entry, "instrument")?.as_str()?;
        let completed_at = present(entry, "completedAt")?.as_u64()?;
        let model_version = u32::try_from(present(entry, "model")?.as_u64()?).ok()?;
        let answers = present(entry, "answers")?;
        // One this build does not read is kept unread (`history`).
        let of = super::instruments::positions_instrument(instrument)?;
        let answers = match of.stored {
            Stored::Positions => {
                let pairs = answers.as_object()?;
                super::positions::read_answers(of, pairs, None, &mut self.skipped)
            }
            Stored::OptionIds(_) => {
                answers.as_object()?;
                self.answers(of, answers, None).ok()?
            }
        };
        let answers = SavedAnswers::Positions(of, answers);
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
