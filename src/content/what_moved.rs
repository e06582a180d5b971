//! The sentence that says what moved between two runs of one instrument
//! (`positions::Comparison`): from band to band, the score that moved the
//! most, or why there is nothing to compare yet.

use super::numbers::signed_whole;
use super::words::keys;
use crate::positions::Comparison;

/// One sentence on what moved, for the history and a saved result.
pub fn summary(comparison: &Comparison) -> String {
    let most = comparison.moved_most().map_or(String::new(), |score| {
        keys::RESULTS_WHAT_MOVED_MOST.with(&[
            ("score", &score.name.text()),
            ("points", &signed_whole(i64::from(score.points()))),
        ])
    });
    match (&comparison.before, &comparison.after) {
        (Some(before), Some(after)) if before.band.id != after.band.id => {
            keys::RESULTS_WHAT_MOVED_MOVED.with(&[
                ("band_before", &before.band.title.text()),
                ("band_after", &after.band.title.text()),
                ("most", &most),
            ])
        }
        (Some(_), Some(after)) if !most.is_empty() => keys::RESULTS_WHAT_MOVED_WITHIN_BAND
            .with(&[("band", &after.band.title.text()), ("most", &most)]),
        (Some(_), Some(after)) => {
            let answers = match comparison.moved.len() {
                0 => String::new(),
                changed => keys::RESULTS_WHAT_MOVED_EVEN_THOUGH.count(changed, &[]),
            };
            keys::RESULTS_WHAT_MOVED_STEADY
                .with(&[("band", &after.band.title.text()), ("answers", &answers)])
        }
        (None, Some(after)) => {
            keys::RESULTS_WHAT_MOVED_NO_EARLIER.with(&[("band", &after.band.title.text())])
        }
        (Some(before), None) => {
            keys::RESULTS_WHAT_MOVED_NO_LATER.with(&[("band", &before.band.title.text())])
        }
        (None, None) => keys::RESULTS_WHAT_MOVED_NEITHER.text(),
    }
}

#[cfg(test)]
mod tests {
    use super::summary;
    use crate::positions::{compare, Answers};
    use crate::quiz::{item_by_id, Agreement, Dimension, ItemKind, Keying, ITEMS, QUIZ_RUN};

    /// Every lean statement of `dimensions` answered as far toward `side`
    /// as the scale goes, every other at the midpoint.
    fn pushed(dimensions: &[Dimension], side: Keying) -> Answers {
        ITEMS
            .iter()
            .map(|item| {
                let at = match item.kind {
                    ItemKind::Lean { dimension, keying } if dimensions.contains(&dimension) => {
                        if keying == side {
                            Agreement::STRONGLY_AGREE
                        } else {
                            Agreement::STRONGLY_DISAGREE
                        }
                    }
                    _ => Agreement::MIDPOINT,
                };
                (item.id.to_string(), at.value())
            })
            .collect()
    }

    fn quiz(before: &Answers, after: &Answers) -> String {
        summary(&compare(&QUIZ_RUN, before, after))
    }

    #[test]
    fn a_new_band_is_named_with_the_largest_move() {
        let before = pushed(&[], Keying::Maker);
        let after = pushed(&[Dimension::Energy, Dimension::Impact], Keying::Multiplier);
        assert_eq!(
            quiz(&before, &after),
            "Your result moved from Balanced to Leaning Multiplier; the largest move: Energy, +50."
        );
    }

    #[test]
    fn within_a_band_the_largest_move_is_named() {
        let before = pushed(&[], Keying::Maker);
        let after = pushed(&[Dimension::Growth], Keying::Maker);
        assert_eq!(
            quiz(&before, &after),
            "Your result is still Balanced; the largest move: Growth, \u{2212}50."
        );
    }

    #[test]
    fn a_steady_result_says_so_and_counts_the_answers_that_changed() {
        let answers = pushed(&[Dimension::Energy], Keying::Maker);
        assert_eq!(
            quiz(&answers, &answers),
            "Your result held steady at Balanced, every score where it was."
        );
        // A motivation statement counts toward no score.
        let motivation = ITEMS
            .iter()
            .find(|item| matches!(item.kind, ItemKind::Motivation(_)))
            .expect("a motivation statement");
        let mut after = answers.clone();
        after.insert(motivation.id.to_string(), Agreement::STRONGLY_AGREE.value());
        assert!(item_by_id(motivation.id).is_some());
        assert_eq!(
            quiz(&answers, &after),
            "Your result held steady at Balanced, every score where it was, even though one answer changed."
        );
    }

    #[test]
    fn an_unfinished_run_says_there_is_nothing_to_compare_with() {
        let done = pushed(&[], Keying::Maker);
        let unfinished = Answers::new();
        assert_eq!(
            quiz(&unfinished, &done),
            "The earlier run wasn't finished, so there is no earlier result to compare with; this one reads Balanced."
        );
        assert_eq!(
            quiz(&done, &unfinished),
            "This run isn't finished yet, so there is no new result to compare with the earlier Balanced."
        );
        assert_eq!(
            quiz(&unfinished, &unfinished),
            "Neither run is finished yet, so there is no result to compare."
        );
    }

    #[test]
    fn the_path_diagnostic_is_compared_by_the_same_words() {
        use crate::path::{answers_of, pick, PATH_RUN};
        use crate::positions::{PositionsAction, PositionsFlow};
        let run = |choices: &[(&str, &str)]| {
            let flow = choices
                .iter()
                .fold(PositionsFlow::default(), |flow, (q, o)| {
                    flow.apply(PositionsAction {
                        of: &PATH_RUN,
                        step: pick(q, o),
                    })
                });
            flow.answers
        };
        let worked = [
            ("path", "path_clear"),
            ("right_things", "right_mostly"),
            ("team", "team_low"),
            ("processes", "proc_not_followed"),
            ("challenge", "challenge_execution_morale"),
        ];
        let before = run(&worked);
        let mut changed = worked;
        changed[2] = ("team", "team_yes");
        let after = run(&changed);
        assert_eq!(answers_of(&before).choices.len(), 5);
        let comparison = compare(&PATH_RUN, &before, &after);
        assert_eq!(comparison.moved.len(), 1);
        assert_eq!(
            summary(&comparison),
            "Your result moved from Leaning toward management to Mainly management; the largest move: Management, +12."
        );
    }
}
