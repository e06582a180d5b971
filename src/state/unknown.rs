//! What a newer Forkpoint wrote into a document of this schema and this
//! version does not know: an answer to a question it does not ask, a result
//! of an instrument it does not have, a field it does not read. None of it
//! is shown here, and all of it is written back as it came, so an older tab
//! never drops what a newer one saved. Each part is kept as its JSON text
//! (`Json::to_text`), which costs the bundle less than keeping values.

/// The parts of a document this version keeps without reading them (the
/// answers a run holds that it does not ask are kept with the run:
/// `Section::unknown`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unknown {
    /// Top-level fields (name, JSON text), in the order they came.
    pub fields: Vec<(String, String)>,
    /// Saved results of instruments this version does not have: when each
    /// was completed (if it says) and its JSON text.
    pub results: Vec<(Option<u64>, String)>,
}

/// Every top-level field this version reads (or, for `exportedAt`, knows
/// belongs to an export file only), but for the instruments' runs, each
/// under its id (`instruments::is_read`).
pub const KNOWN_FIELDS: [&str; 9] = [
    "app",
    "schema",
    "revision",
    "exportedAt",
    "history",
    "settings",
    "historyClearedAt",
    "historyTrimmedThrough",
    "deletedResults",
];

/// A result this build keeps unread, of an instrument it knows by name (one
/// shown on a page of its own, which reads it): enough to list it and link
/// to it there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptResult {
    pub instrument: crate::instrument::Instrument,
    pub id: String,
    pub completed_at: u64,
}

impl Unknown {
    /// The kept results whose instrument this build knows by name and whose
    /// id and completion time can be read, in the order they came.
    pub fn kept_results(&self) -> Vec<KeptResult> {
        self.results
            .iter()
            .filter_map(|(completed_at, text)| {
                let json = super::json_parser::parse(text).ok()?;
                let instrument = json.get("instrument")?.as_str()?;
                let id = json.get("id")?.as_str().filter(|id| !id.is_empty())?;
                Some(KeptResult {
                    instrument: crate::instrument::Instrument::from_id(instrument)?,
                    id: id.to_string(),
                    completed_at: (*completed_at)?,
                })
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        *self == Unknown::default()
    }

    /// Both sides' results of unknown instruments once each, except those
    /// completed before a clear either side saw (one that does not say when
    /// it was completed is kept).
    pub fn join_results(
        first: Vec<(Option<u64>, String)>,
        second: Vec<(Option<u64>, String)>,
        cleared_at: u64,
    ) -> Vec<(Option<u64>, String)> {
        let mut results = Vec::new();
        for result in first.into_iter().chain(second) {
            let current = result.0.is_none_or(|at| at > cleared_at);
            if current && !results.contains(&result) {
                results.push(result);
            }
        }
        results
    }
}
