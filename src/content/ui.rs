//! Words of the shared controls: navigation, progress, result chrome.

use super::words::Word;
use crate::content::words::keys;
use crate::intl::whole_number;

/// A count as the page's locale writes whole numbers.
pub fn number(value: usize) -> String {
    whole_number(&super::words::locale(), value as i64)
}

pub const BACK: Word = keys::SITE_UI_BACK;
/// Names the host site's call to action under an embedded result.
pub const EMBED_CTA_LABEL: Word = keys::SITE_UI_EMBED_CTA_LABEL;
pub const NEXT: Word = keys::SITE_UI_NEXT;
pub const START: Word = keys::SITE_UI_START;
pub const CHOOSE_TO_CONTINUE: Word = keys::SITE_UI_CHOOSE_TO_CONTINUE;
pub const REVIEW_ANSWERS: Word = keys::SITE_UI_REVIEW_ANSWERS;
pub const SEE_RESULT: Word = keys::SITE_UI_SEE_RESULT;
pub const CHANGE: Word = keys::SITE_UI_CHANGE;
pub const RETAKE: Word = keys::SITE_UI_RETAKE;
pub const NOT_ANSWERED: Word = keys::SITE_UI_NOT_ANSWERED;
pub const WELCOME_BACK: Word = keys::SITE_UI_WELCOME_BACK;
pub const START_OVER: Word = keys::SITE_UI_START_OVER;
pub const START_OVER_WARNING: Word = keys::SITE_UI_START_OVER_WARNING;

/// The buttons' words and the element ids of one confirmation (the first
/// button's words and the warning are the caller's: they may hold counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConfirmWords {
    pub cancel: Word,
    pub confirm: Word,
    /// The first button's selector (`#` and its id): focus returns there
    /// when the person keeps their data.
    pub button: &'static str,
    /// The cancel button's selector (focused when the question appears).
    pub cancel_button: &'static str,
    /// What takes the focus once confirmed (the screen that follows, or a notice).
    pub then_focus: &'static str,
}

/// "Start over", asked before the answers in progress are deleted. Both
/// places that offer it (an intro, the welcome-back banner) return the
/// focus to the screen's heading.
pub const START_OVER_CONFIRM: ConfirmWords = ConfirmWords {
    cancel: keys::SITE_UI_START_OVER_CANCEL,
    confirm: keys::SITE_UI_START_OVER_CONFIRM,
    button: "#start-over",
    cancel_button: "#start-over-cancel",
    then_focus: "main h1",
};

/// The words of an instrument's first screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntroWords {
    pub title: Word,
    pub lead: Word,
    pub facts: &'static [Word],
    pub start: Word,
    /// Start, when answers are kept: "Continue where I left off".
    pub resume: Word,
}

/// "Start over" and what it deletes, for `components::confirm`.
pub fn start_over_words() -> (String, String) {
    (START_OVER.text(), START_OVER_WARNING.text())
}

/// "Question 5 of 24": announced to screen readers as each question appears.
pub fn question_of(number: usize, total: usize) -> String {
    keys::SITE_UI_QUESTION_OF.with(&[
        ("number", &self::number(number)),
        ("total", &self::number(total)),
    ])
}

/// "Keys 1 to 5 choose an answer; Enter goes on.", under a question's
/// choices (screen readers learn the keys from `aria-keyshortcuts`).
pub fn digit_keys_hint(choices: usize) -> String {
    keys::SITE_UI_DIGIT_KEYS_HINT.with(&[("choices", &number(choices))])
}

/// "Change your answer to question 3", the accessible name of a review row's button.
pub fn change_answer_to(number: usize) -> String {
    keys::SITE_UI_CHANGE_ANSWER_TO.with(&[("number", &self::number(number))])
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_digit_keys_hint_names_the_keys() {
        assert_eq!(
            super::digit_keys_hint(5),
            "Keys 1 to 5 choose an answer; Enter goes on."
        );
    }

    #[test]
    fn progress_reads_as_a_sentence() {
        assert_eq!(super::question_of(5, 24), "Question 5 of 24");
        assert_eq!(
            super::change_answer_to(3),
            "Change your answer to question 3"
        );
    }
}
