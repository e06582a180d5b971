//! Words of the Fork quiz's screens (the statements and advice themselves
//! live in `crate::quiz`).

use super::numbers::whole;

pub const TITLE: &str = "Maker or Multiplier?";
pub const INTRO_LEAD: &str = "Short statements about what gives you energy, where you make a difference, how you want to grow, what you value and the working week that suits you. Together they show whether your path points to the execution track or the management track.";
pub const INTRO_FACTS: [&str; 4] = [
    "Answer each statement on one five-point scale, from strongly disagree to strongly agree.",
    "There are no right answers: answer for how you are, not how you think you should be.",
    "You can go back, review and change any answer before you see the result.",
    "Your answers never leave this device.",
];
pub const START: &str = "Start the quiz";
pub const CONTINUE: &str = "Continue where I left off";
pub const REVIEW_TITLE: &str = "Review your answers";
pub const REVIEW_LEAD: &str = "Change anything that does not sound like you, then see your result.";

pub const RESULT_EYEBROW: &str = "Your Fork quiz result";
pub const SHARED_EYEBROW: &str = "A shared Fork quiz result";
/// How to read every lean score, shown under the overall bar.
pub const SCALE_NOTE: &str =
    "Each score runs from 0 (fully Maker) to 100 (fully Multiplier); 50 is balanced.";
pub const OVERALL_LABEL: &str = "Overall lean";
pub const DIMENSIONS_HEADING: &str = "Dimension by dimension";
pub const CONFIDENCE_HEADING: &str = "How sure is this reading?";
pub const DRIVERS_HEADING: &str = "What moved your result most";
pub const DRIVERS_LEAD: &str = "The three answers that pushed your lean furthest:";
pub const FLAGS_HEADING: &str = "Worth a second look";
pub const FLAGS_LEAD: &str =
    "Some answers suggest a reason for your choice that deserves a moment's thought:";
pub const NEXT_STEPS_HEADING: &str = "What to try next";
pub const COMPARISON_HEADING: &str = "The Maker and the Multiplier side by side";
pub const COMPARISON_ASPECT: &str = "Aspect";
pub const MAKER: &str = "Maker";
pub const MULTIPLIER: &str = "Multiplier";
pub const MAKER_POLE: &str = "Maker (execution)";
pub const MULTIPLIER_POLE: &str = "Multiplier (management)";
pub const RETAKE: &str = "Retake the quiz";
pub const CHANGE_ANSWERS: &str = "Review and change my answers";

/// "Your result: Strong Multiplier", for the tab title.
pub fn result_title(band: &str) -> String {
    format!("Your result: {band}")
}

/// "Shared result: Strong Multiplier", for the tab title of a shared result.
pub fn shared_title(band: &str) -> String {
    format!("Shared result: {band}")
}

/// "59 of 100", shown beside each bar.
pub fn score_of_100(score: f64) -> String {
    format!("{} of 100", whole(score))
}

/// "You answered: Strongly agree", under a quoted driver.
pub fn you_answered(label: &str) -> String {
    format!("You answered: {label}")
}

/// "Confidence: High (82 of 100)".
pub fn confidence_line(level: &str, value: f64) -> String {
    format!("Confidence: {level} ({} of 100)", whole(value))
}

/// What a screen reader hears for a dimension's bar.
pub fn bar_description(label: &str, score: f64) -> String {
    // The side follows the number people see: 50.3 shows as 50, balanced.
    let side = match whole(score) {
        51.. => "toward Multiplier",
        ..=49 => "toward Maker",
        _ => "exactly balanced",
    };
    format!(
        "{label}: {} out of 100, {side}. 0 is fully Maker, 100 fully Multiplier.",
        whole(score)
    )
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
