//! Words of the path diagnostic's screens (questions and advice themselves
//! live in `crate::path`).

use super::words::{locale, Word};
use crate::content::words::keys;
use crate::intl::{number, whole_number};
use crate::path::{Blend, Comparison, ComparisonKind, Contribution};

pub const TITLE: Word = keys::PATH_SCREEN_TITLE;

pub const CONTEXT_TITLE: Word = keys::PATH_RESULT_SCREEN_CONTEXT_TITLE;
pub const CONTEXT_LEAD: Word = keys::PATH_RESULT_SCREEN_CONTEXT_LEAD;
pub const LEAVE_OUT: Word = keys::PATH_RESULT_SCREEN_LEAVE_OUT;
pub const LEAVE_OUT_ID: &str = "leave-out";
pub const SKIP_CONTEXT: Word = keys::PATH_RESULT_SCREEN_SKIP_CONTEXT;
pub const SEE_RESULT: Word = keys::PATH_RESULT_SCREEN_SEE_RESULT;

pub const RESULT_EYEBROW: Word = keys::PATH_RESULT_SCREEN_RESULT_EYEBROW;
pub const SHARED_EYEBROW: Word = keys::PATH_RESULT_SCREEN_SHARED_EYEBROW;
pub const CONTRIBUTIONS_HEADING: Word = keys::PATH_RESULT_SCREEN_CONTRIBUTIONS_HEADING;
/// "Your answer: Mostly: a settled core…".
pub const YOUR_ANSWER: Word = keys::PATH_RESULT_SCREEN_YOUR_ANSWER;
/// "60% management", under the blend bar.
pub const MANAGEMENT_KEY: Word = keys::PATH_RESULT_SCREEN_MANAGEMENT_KEY;
/// "40% leadership".
pub const LEADERSHIP_KEY: Word = keys::PATH_RESULT_SCREEN_LEADERSHIP_KEY;
pub const CONTEXT_HEADING: Word = keys::PATH_RESULT_SCREEN_CONTEXT_HEADING;
pub const ACUTE_TIMELINE_HEADING: Word = keys::PATH_RESULT_SCREEN_ACUTE_TIMELINE_HEADING;
pub const WARNINGS_HEADING: Word = keys::PATH_RESULT_SCREEN_WARNINGS_HEADING;
pub const CORRECTIONS_HEADING: Word = keys::PATH_RESULT_SCREEN_CORRECTIONS_HEADING;
pub const BALANCED_NOTE: Word = keys::PATH_RESULT_SCREEN_BALANCED_NOTE;
pub const CHANGE_ANSWERS: Word = keys::PATH_RESULT_SCREEN_CHANGE_ANSWERS;
pub const RETAKE: Word = keys::PATH_RESULT_SCREEN_RETAKE;

/// A percentage's number as the locale writes it.
pub fn percent(value: u8) -> String {
    whole_number(&locale(), i64::from(value))
}

/// "60% management / 40% leadership": how a blend reads everywhere.
pub fn blend_label(blend: Blend) -> String {
    keys::PATH_RESULT_SCREEN_BLEND_LABEL.with(&[
        ("management", &percent(blend.management)),
        ("leadership", &percent(blend.leadership)),
    ])
}

/// "Your reading: 60% management / 40% leadership", for the tab title.
pub fn result_title(blend: Blend) -> String {
    keys::PATH_RESULT_SCREEN_RESULT_TITLE.with(&[("blend", &blend_label(blend))])
}

/// "Shared reading: 60% management / 40% leadership".
pub fn shared_title(blend: Blend) -> String {
    keys::PATH_RESULT_SCREEN_SHARED_TITLE.with(&[("blend", &blend_label(blend))])
}

/// "Adds 18 of a possible 20 points to management. With the direction
/// settled, …": the points, then the answer's own reason as it is written.
pub fn contribution_sentence(contribution: &Contribution) -> String {
    let locale = locale();
    keys::PATH_RESULT_SCREEN_CONTRIBUTION.with(&[
        ("points", &number(&locale, contribution.points, 1)),
        ("out_of", &number(&locale, contribution.out_of, 1)),
        ("why", &contribution.choice.why.text()),
    ])
}

/// One sentence on what the blend means.
pub fn blend_summary(blend: Blend) -> Word {
    blend.band().summary()
}

/// One sentence setting the reading against a context.
pub fn comparison_sentence(comparison: &Comparison) -> String {
    let (word, side, attention) = match (comparison.kind, comparison.close) {
        (ComparisonKind::Typical, true) => (keys::PATH_RESULT_COMPARE_TYPICAL_CLOSE, None, None),
        (ComparisonKind::Typical, false) => (keys::PATH_RESULT_COMPARE_TYPICAL_GAP, None, None),
        (ComparisonKind::AcuteIncident, true) => {
            (keys::PATH_RESULT_COMPARE_ACUTE_CLOSE, None, None)
        }
        (ComparisonKind::AcuteIncident, false) => (keys::PATH_RESULT_COMPARE_ACUTE_GAP, None, None),
        (ComparisonKind::Pace { side, .. }, true) => {
            (keys::PATH_RESULT_COMPARE_PACE_CLOSE, Some(side), None)
        }
        (ComparisonKind::Pace { side, attention }, false) => (
            keys::PATH_RESULT_COMPARE_PACE_GAP,
            Some(side),
            Some(attention),
        ),
    };
    word.with(&[
        ("reading", &blend_label(comparison.reading)),
        ("group", &comparison.context.text()),
        (
            "typical",
            &comparison.typical.map(blend_label).unwrap_or_default(),
        ),
        ("side", &side.map(Word::text).unwrap_or_default()),
        ("attention", &attention.map(Word::text).unwrap_or_default()),
    ])
}

/// What a screen reader hears for the blend bar.
pub fn blend_description(blend: Blend) -> String {
    keys::PATH_RESULT_SCREEN_BLEND_DESCRIPTION.with(&[
        ("management", &percent(blend.management)),
        ("leadership", &percent(blend.leadership)),
    ])
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
        assert!(blend_summary(Blend::from_management(20))
            .text()
            .contains("mainly for leadership"));
        assert!(blend_summary(Blend::from_management(50))
            .text()
            .contains("equal measure"));
        assert!(blend_summary(Blend::from_management(60))
            .text()
            .contains("leans toward management"));
        assert!(blend_summary(Blend::from_management(80))
            .text()
            .contains("mainly for management"));
    }
}
