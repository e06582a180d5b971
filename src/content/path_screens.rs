//! Words of the path diagnostic's screens (questions and advice themselves
//! live in `crate::path`).

use super::numbers::at_most_one_decimal;
use crate::path::{Blend, Contribution, PathBand};

pub const TITLE: &str = "Is the path clear?";
pub const INTRO_LEAD: &str = "Five questions about the team or situation you lead show whether this moment calls for more management (organising, executing, keeping control) or more leadership (setting direction, aligning people, driving change).";
pub const INTRO_FACTS: [&str; 4] = [
    "Each question has graded answers: pick the one closest to how things are today.",
    "An optional last step compares your reading with what your kind of context usually needs.",
    "The result is a blend, with each answer's contribution explained.",
    "Your answers never leave this device.",
];
pub const START: &str = "Start the diagnostic";
pub const CONTINUE: &str = "Continue where I left off";
pub const EFFORT: &str = "5 questions · about 2 minutes";

pub const CONTEXT_TITLE: &str = "Your context (optional)";
pub const CONTEXT_LEAD: &str = "Tell us about your setting to compare your reading with what such contexts usually need. This never changes the reading itself. Answer any, all or none.";
pub const LEAVE_OUT: &str = "Leave this out";
pub const LEAVE_OUT_ID: &str = "leave-out";
pub const SKIP_CONTEXT: &str = "Skip this step";
pub const SEE_RESULT: &str = "See my result";

pub const RESULT_EYEBROW: &str = "Your path diagnostic";
pub const SHARED_EYEBROW: &str = "A shared path diagnostic";
pub const MANAGEMENT: &str = "management";
pub const LEADERSHIP: &str = "leadership";
pub const CONTRIBUTIONS_HEADING: &str = "How each answer shaped the blend";
pub const YOUR_ANSWER: &str = "Your answer";
pub const CONTEXT_HEADING: &str = "Compared with your context";
pub const ACUTE_TIMELINE_HEADING: &str = "How the blend moves after an acute incident";
pub const WARNINGS_HEADING: &str = "Watch out";
pub const CORRECTIONS_HEADING: &str = "Course corrections that fit";
pub const BALANCED_NOTE: &str = "Your blend is close to what the moment needs, so no course correction stands out. Keep both sides going: leadership to set direction, management to deliver it.";
pub const CHANGE_ANSWERS: &str = "Change my answers";
pub const RETAKE: &str = "Start again";

/// "Your reading: 60% management / 40% leadership", for the tab title.
pub fn result_title(blend: Blend) -> String {
    format!("Your reading: {}", blend.label())
}

/// "Shared reading: 60% management / 40% leadership".
pub fn shared_title(blend: Blend) -> String {
    format!("Shared reading: {}", blend.label())
}

/// "Adds 18 of a possible 20 points to management. With the direction
/// settled, …": the points, then the answer's own reason as it is written.
pub fn contribution_sentence(contribution: &Contribution) -> String {
    format!(
        "Adds {} of a possible {} points to management. {}",
        at_most_one_decimal(contribution.points),
        at_most_one_decimal(contribution.out_of),
        contribution.choice.why
    )
}

/// One sentence on what the blend means.
pub fn blend_summary(blend: Blend) -> &'static str {
    match blend.band() {
        PathBand::MainlyLeadership => "This moment calls mainly for leadership: setting direction, aligning people and leading change, with just enough management to deliver.",
        PathBand::LeaningLeadership => "This moment leans toward leadership, with a solid share of management to turn direction into delivery.",
        PathBand::Balanced => "This moment calls for management and leadership in about equal measure.",
        PathBand::LeaningManagement => "This moment leans toward management: organising, executing and following through, with a real share of leadership alongside.",
        PathBand::MainlyManagement => "This moment calls mainly for management: clear plans, disciplined execution and control, with enough leadership to keep people with you.",
    }
}

/// What a screen reader hears for the blend bar.
pub fn blend_description(blend: Blend) -> String {
    format!(
        "Blend: {}% management, {}% leadership.",
        blend.management, blend.leadership
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contribution_gives_its_points_then_its_reason() {
        let found = crate::path::contributions(&crate::path::tests::worked_example());
        assert_eq!(
            contribution_sentence(&found[0]),
            "Adds 18 of a possible 20 points to management. With the direction settled, the job is to carry it out well."
        );
    }

    #[test]
    fn summary_follows_the_side_of_the_blend() {
        assert!(blend_summary(Blend::from_management(20)).contains("mainly for leadership"));
        assert!(blend_summary(Blend::from_management(50)).contains("equal measure"));
        assert!(blend_summary(Blend::from_management(60)).contains("leans toward management"));
        assert!(blend_summary(Blend::from_management(80)).contains("mainly for management"));
    }
}
