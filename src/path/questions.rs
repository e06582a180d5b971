//! The five diagnostic questions and their graded answers, each answer carrying a management share.

use crate::content::words::keys;
use crate::content::words::Word;

pub use crate::instrument::Source;

/// One graded answer to a diagnostic question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable identifier, stored and put in links: never rename or reuse one.
    pub id: &'static str,
    pub label: Word,
    /// How much of this answer's weight goes to management (0..=100); the rest is leadership.
    pub management_share: u8,
    /// One line on why this answer calls for more management or more leadership.
    pub why: Word,
}

/// One of the five diagnostic questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier, stored and put in links: never rename or reuse one.
    pub id: &'static str,
    pub prompt: Word,
    /// One sentence on what to consider before answering.
    pub help: Word,
    /// Ordered from the most management-leaning answer to the most leadership-leaning.
    pub choices: &'static [Choice],
    /// The seed idea it was written from (tests only: never shown).
    #[cfg(test)]
    pub source: Source,
}

impl Question {
    /// The answer with this id, if it belongs to this question.
    pub fn choice(&self, choice_id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|choice| choice.id == choice_id)
    }
}

/// The question with this id, if any.
pub fn question(question_id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == question_id)
}

// The questions are data: ids, shares and sources in
// `content/instruments/path.json`, their words in `content/words/en/path.json`,
// compiled in by `build.rs`. Shares are set one by one from what each answer
// implies, then checked against the seed's worked example: clear 90 + mostly
// 65 + low 25 + not followed 70 + both 50 = 300, a mean of exactly 60.
include!(concat!(env!("OUT_DIR"), "/path_questions.rs"));

/// Ids the warnings rely on, kept next to the data so a rename shows up in one place.
pub mod ids {
    pub const PATH: &str = "path";
    pub const PROCESSES: &str = "processes";
    pub const CHALLENGE: &str = "challenge";
    /// Path answers that mean the direction is not settled.
    pub const PATH_NOT_CLEAR: &[&str] = &["path_partly", "path_unclear"];
    /// Process answers that mean there is no working foundation to execute on.
    pub const PROCESSES_NOT_IN_USE: &[&str] = &["proc_not_followed", "proc_missing"];
    /// Challenge answers that involve changing direction.
    pub const CHALLENGE_INVOLVES_CHANGE: &[&str] =
        &["challenge_change_delivery", "challenge_change"];
    /// Challenge answers that involve delivering work.
    pub const CHALLENGE_INVOLVES_EXECUTION: &[&str] = &[
        "challenge_execution",
        "challenge_execution_morale",
        "challenge_change_delivery",
    ];
}
