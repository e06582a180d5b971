//! Words of the shared controls: navigation, progress, result chrome.

pub const BACK: &str = "Back";
/// Names the host site's call to action under an embedded result.
pub const EMBED_CTA_LABEL: &str = "A next step from this site";
pub const NEXT: &str = "Next";
pub const START: &str = "Start";
pub const CHOOSE_TO_CONTINUE: &str = "Choose an answer to continue.";
pub const REVIEW_ANSWERS: &str = "Review my answers";
pub const SEE_RESULT: &str = "See my result";
pub const CHANGE: &str = "Change";
pub const RETAKE: &str = "Start again";
pub const NOT_ANSWERED: &str = "Not answered yet";
pub const WELCOME_BACK: &str =
    "Welcome back. Your answers were kept, so you can carry on where you left off.";
pub const START_OVER: &str = "Start over";

/// "Question 5 of 24": announced to screen readers as each question appears.
pub fn question_of(number: usize, total: usize) -> String {
    format!("Question {number} of {total}")
}

/// "Keys 1 to 5 choose an answer; Enter goes on.", under a question's
/// choices (screen readers learn the keys from `aria-keyshortcuts`).
pub fn digit_keys_hint(choices: usize) -> String {
    format!("Keys 1 to {choices} choose an answer; Enter goes on.")
}

/// "Change your answer to question 3", the accessible name of a review row's button.
pub fn change_answer_to(number: usize) -> String {
    format!("Change your answer to question {number}")
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
