//! What a newer Forkpoint wrote into a document of this schema and this
//! version does not know: an answer to a question it does not ask, a result
//! of an instrument it does not have, a field it does not read. None of it
//! is shown here, and all of it is written back as it came, so an older tab
//! never drops what a newer one saved. Each part is kept as its JSON text
//! (`Json::to_text`), which costs the bundle less than keeping values.

/// The parts of a document this version keeps without reading them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unknown {
    /// Top-level fields (name, JSON text), in the order they came.
    pub fields: Vec<(String, String)>,
    /// Answers in progress to Fork quiz items this version does not ask.
    pub quiz_answers: Vec<(String, String)>,
    /// Choices in progress for path questions this version does not ask.
    pub path_choices: Vec<(String, String)>,
    /// Saved results of instruments this version does not have: when each
    /// was completed (if it says) and its JSON text.
    pub results: Vec<(Option<u64>, String)>,
}

/// Every top-level field this version reads (or, for `exportedAt`, knows
/// belongs to an export file only).
pub const KNOWN_FIELDS: [&str; 11] = [
    "app",
    "schema",
    "revision",
    "exportedAt",
    "quiz",
    "path",
    "history",
    "settings",
    "historyClearedAt",
    "historyTrimmedThrough",
    "deletedResults",
];

impl Unknown {
    pub fn is_empty(&self) -> bool {
        *self == Unknown::default()
    }

    /// Both tabs' unknown parts: the newer document's fields and answers
    /// (the older one's where the newer has none), and the results of both
    /// once each, except those completed before a clear either side saw
    /// (one that does not say when it was completed is kept).
    pub fn merge(newer: Unknown, older: Unknown, cleared_at: u64) -> Unknown {
        let or_older = |newer: Vec<(String, String)>, older: Vec<(String, String)>| {
            if newer.is_empty() {
                older
            } else {
                newer
            }
        };
        let mut results = Vec::new();
        for result in newer.results.into_iter().chain(older.results) {
            let current = result.0.is_none_or(|at| at > cleared_at);
            if current && !results.contains(&result) {
                results.push(result);
            }
        }
        Unknown {
            fields: or_older(newer.fields, older.fields),
            quiz_answers: or_older(newer.quiz_answers, older.quiz_answers),
            path_choices: or_older(newer.path_choices, older.path_choices),
            results,
        }
    }
}
