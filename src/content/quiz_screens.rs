//! Words of the Fork quiz's screens (the statements and advice themselves
//! live in `crate::quiz`).

use super::numbers::whole;
use super::words::{locale, Word};
use crate::content::words::keys;
use crate::intl::whole_number;

pub const TITLE: Word = keys::QUIZ_SCREEN_TITLE;
pub const REVIEW_TITLE: Word = keys::QUIZ_SCREEN_REVIEW_TITLE;
pub const REVIEW_LEAD: Word = keys::QUIZ_SCREEN_REVIEW_LEAD;

pub const RESULT_EYEBROW: Word = keys::QUIZ_RESULT_SCREEN_RESULT_EYEBROW;
pub const SHARED_EYEBROW: Word = keys::QUIZ_RESULT_SCREEN_SHARED_EYEBROW;
/// How to read every lean score, shown under the overall bar.
pub const SCALE_NOTE: Word = keys::QUIZ_RESULT_SCREEN_SCALE_NOTE;
pub const OVERALL_LABEL: Word = keys::QUIZ_RESULT_SCREEN_OVERALL_LABEL;
pub const DIMENSIONS_HEADING: Word = keys::QUIZ_RESULT_SCREEN_DIMENSIONS_HEADING;
pub const CONFIDENCE_HEADING: Word = keys::QUIZ_RESULT_SCREEN_CONFIDENCE_HEADING;
pub const DRIVERS_HEADING: Word = keys::QUIZ_RESULT_SCREEN_DRIVERS_HEADING;
pub const DRIVERS_LEAD: Word = keys::QUIZ_RESULT_SCREEN_DRIVERS_LEAD;
pub const FLAGS_HEADING: Word = keys::QUIZ_RESULT_SCREEN_FLAGS_HEADING;
pub const FLAGS_LEAD: Word = keys::QUIZ_RESULT_SCREEN_FLAGS_LEAD;
pub const NEXT_STEPS_HEADING: Word = keys::QUIZ_RESULT_SCREEN_NEXT_STEPS_HEADING;
pub const COMPARISON_HEADING: Word = keys::QUIZ_RESULT_SCREEN_COMPARISON_HEADING;
pub const COMPARISON_ASPECT: Word = keys::QUIZ_RESULT_SCREEN_COMPARISON_ASPECT;
pub const MAKER: Word = keys::QUIZ_RESULT_SCREEN_MAKER;
pub const MULTIPLIER: Word = keys::QUIZ_RESULT_SCREEN_MULTIPLIER;
pub const MAKER_POLE: Word = keys::QUIZ_RESULT_SCREEN_MAKER_POLE;
pub const MULTIPLIER_POLE: Word = keys::QUIZ_RESULT_SCREEN_MULTIPLIER_POLE;
/// A quoted statement.
pub const QUOTED: Word = keys::QUIZ_RESULT_SCREEN_QUOTED;
/// "You answered: Agree · toward Multiplier".
pub const DRIVER_ANSWER: Word = keys::QUIZ_RESULT_SCREEN_DRIVER_ANSWER;
pub const RETAKE: Word = keys::QUIZ_RESULT_SCREEN_RETAKE;
pub const CHANGE_ANSWERS: Word = keys::QUIZ_RESULT_SCREEN_CHANGE_ANSWERS;

fn number(value: f64) -> String {
    whole_number(&locale(), whole(value))
}

/// "Your result: Strong Multiplier", for the tab title.
pub fn result_title(band: &str) -> String {
    keys::QUIZ_RESULT_SCREEN_RESULT_TITLE.with(&[("band", band)])
}

/// "Shared result: Strong Multiplier", for the tab title of a shared result.
pub fn shared_title(band: &str) -> String {
    keys::QUIZ_RESULT_SCREEN_SHARED_TITLE.with(&[("band", band)])
}

/// "59 of 100", shown beside each bar.
pub fn score_of_100(score: f64) -> String {
    keys::QUIZ_RESULT_SCREEN_SCORE_OF_100.with(&[("score", &number(score))])
}

/// "You answered: Strongly agree", under a quoted driver.
pub fn you_answered(label: &str) -> String {
    keys::QUIZ_RESULT_SCREEN_YOU_ANSWERED.with(&[("answer", label)])
}

/// "Confidence: High (82 of 100)".
pub fn confidence_line(level: &str, value: f64) -> String {
    keys::QUIZ_RESULT_SCREEN_CONFIDENCE_LINE.with(&[("level", level), ("score", &number(value))])
}

/// What a screen reader hears for a dimension's bar.
pub fn bar_description(label: &str, score: f64) -> String {
    // The side follows the number people see: 50.3 shows as 50, balanced.
    let description = match whole(score) {
        51.. => keys::QUIZ_RESULT_SCREEN_BAR_DESCRIPTION_MULTIPLIER,
        ..=49 => keys::QUIZ_RESULT_SCREEN_BAR_DESCRIPTION_MAKER,
        _ => keys::QUIZ_RESULT_SCREEN_BAR_DESCRIPTION_BALANCED,
    };
    description.with(&[("label", label), ("score", &number(score))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_description_names_the_side() {
        assert!(bar_description("Energy", 72.0).contains("72 out of 100, toward Multiplier"));
        assert!(bar_description("Energy", 20.0).contains("toward Maker"));
        assert!(bar_description("Energy", 50.0).contains("exactly balanced"));
        // What is shown as 50 is never read out as a side.
        assert!(bar_description("Overall lean", 50.3).contains("50 out of 100, exactly balanced"));
        assert!(bar_description("Overall lean", 49.6).contains("50 out of 100, exactly balanced"));
        assert!(bar_description("Overall lean", 50.5).contains("51 out of 100, toward Multiplier"));
        assert_eq!(score_of_100(58.6), "59 of 100");
    }
}
