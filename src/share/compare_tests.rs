//! Comparing two runs: what moved, and the sentence that says so.

use crate::path::{question, PathAnswers};
use crate::quiz::{Agreement, Answers, Band, Dimension, ItemKind, Keying};

use super::compare::{compare_path, compare_quiz, signed_points};
use super::test_support::{agreement, quiz_where, worked_example};

/// Every lean item in `dimensions` answered as far toward `side` as the scale
/// goes; everything else at the midpoint.
fn pushed(dimensions: &[Dimension], side: Keying) -> Answers {
    quiz_where(|item| match item.kind {
        ItemKind::Lean { dimension, keying } if dimensions.contains(&dimension) => {
            if keying == side {
                Agreement::STRONGLY_AGREE
            } else {
                Agreement::STRONGLY_DISAGREE
            }
        }
        _ => Agreement::MIDPOINT,
    })
}

fn midpoints() -> Answers {
    quiz_where(|_| Agreement::MIDPOINT)
}

#[test]
fn identical_quiz_answers_hold_steady() {
    let answers = pushed(&[Dimension::Energy], Keying::Maker);
    let comparison = compare_quiz(&answers, &answers);
    assert_eq!(comparison.changed_answers, 0);
    assert_eq!(comparison.dimensions.len(), Dimension::ALL.len());
    assert!(comparison
        .dimensions
        .iter()
        .all(|d| d.before == d.after && d.points() == 0));
    assert_eq!(comparison.moved_most(), None);
    assert_eq!(comparison.band_before, comparison.band_after);
    assert_eq!(
        comparison.summary(),
        "Your lean held steady at 40 (Balanced)."
    );
}

#[test]
fn answers_toward_the_multiplier_raise_the_lean_and_name_the_band_change() {
    let before = midpoints();
    let after = pushed(&[Dimension::Energy, Dimension::Impact], Keying::Multiplier);
    let comparison = compare_quiz(&before, &after);
    assert!(comparison.overall_after > comparison.overall_before);
    assert_eq!(comparison.band_before, Band::Balanced);
    assert_eq!(comparison.band_after, Band::LeaningMultiplier);
    assert!(comparison.changed_answers > 0);
    assert_eq!(
        comparison.summary(),
        "Your lean moved 20 points toward the Multiplier, from 50 (Balanced) to 70 (Leaning Multiplier); Energy moved most (+50)."
    );
    let order: Vec<Dimension> = comparison.dimensions.iter().map(|d| d.dimension).collect();
    assert_eq!(order, Dimension::ALL);
}

#[test]
fn the_dimension_that_moved_most_is_named() {
    let before = midpoints();
    let mut after = pushed(&[Dimension::Growth], Keying::Maker);
    // Nudge one Values item a step toward the Multiplier: a smaller move.
    let values_item = crate::quiz::ITEMS
        .iter()
        .find(|item| item.dimension() == Some(Dimension::Values))
        .expect("a Values item");
    let nudge = match values_item.keying() {
        Some(Keying::Multiplier) => agreement(4),
        _ => agreement(2),
    };
    after.insert(values_item.id.to_string(), nudge.value());
    let comparison = compare_quiz(&before, &after);
    let most = comparison.moved_most().expect("a dimension moved");
    assert_eq!(most.dimension, Dimension::Growth);
    assert_eq!(most.points(), -50);
    assert!(
        comparison.summary().contains("toward the Maker"),
        "{}",
        comparison.summary()
    );
    assert!(
        comparison
            .summary()
            .contains("Growth moved most (\u{2212}50)"),
        "{}",
        comparison.summary()
    );
    assert!(
        comparison.summary().contains("is still Balanced"),
        "{}",
        comparison.summary()
    );
}

#[test]
fn offsetting_moves_hold_steady_but_name_what_moved() {
    let before = midpoints();
    let mut after = pushed(&[Dimension::Energy], Keying::Multiplier);
    after.extend(
        pushed(&[Dimension::Impact], Keying::Maker)
            .into_iter()
            .filter(|(id, _)| {
                crate::quiz::item_by_id(id).and_then(|item| item.dimension())
                    == Some(Dimension::Impact)
            }),
    );
    let comparison = compare_quiz(&before, &after);
    assert_eq!(comparison.overall_points(), 0);
    assert_eq!(
        comparison.summary(),
        "Your lean held steady at 50 (Balanced), though Energy moved 50 points toward the Multiplier."
    );
}

#[test]
fn identical_path_answers_hold_steady() {
    let comparison = compare_path(&worked_example(), &worked_example());
    assert!(comparison.moved.is_empty());
    assert_eq!(comparison.before, comparison.after);
    assert_eq!(
        comparison.summary(),
        "The blend held steady at 60% management / 40% leadership."
    );
}

#[test]
fn one_changed_path_answer_is_listed_with_both_ratios() {
    let before = worked_example();
    let mut after = worked_example();
    assert!(after.choose("team", "team_yes"));
    let comparison = compare_path(&before, &after);
    assert_eq!(comparison.moved.len(), 1);
    let moved = &comparison.moved[0];
    let team = question("team").expect("team question");
    assert_eq!(moved.question, team);
    assert_eq!(moved.before, team.choice("team_low"));
    assert_eq!(moved.after, team.choice("team_yes"));
    assert_eq!(
        comparison.summary(),
        "The blend moved from 60% management / 40% leadership to 72% management / 28% leadership, 12 points toward management."
    );

    assert!(after.choose("team", "team_low") && after.choose("challenge", "challenge_change"));
    let toward_leadership = compare_path(&before, &after);
    assert_eq!(
        toward_leadership.summary(),
        "The blend moved from 60% management / 40% leadership to 52% management / 48% leadership, 8 points toward leadership."
    );
}

#[test]
fn unfinished_path_runs_say_there_is_nothing_to_compare() {
    let comparison = compare_path(&PathAnswers::default(), &worked_example());
    assert_eq!(comparison.before, None);
    assert_eq!(comparison.moved.len(), 5);
    assert!(
        comparison
            .summary()
            .contains("60% management / 40% leadership"),
        "{}",
        comparison.summary()
    );
    let backwards = compare_path(&worked_example(), &PathAnswers::default());
    assert!(
        backwards
            .summary()
            .contains("60% management / 40% leadership"),
        "{}",
        backwards.summary()
    );
    let neither = compare_path(&PathAnswers::default(), &PathAnswers::default());
    assert!(neither.moved.is_empty());
    assert!(
        neither.summary().contains("Neither"),
        "{}",
        neither.summary()
    );
}

#[test]
fn signed_points_use_whole_numbers_and_a_true_minus() {
    assert_eq!(signed_points(12.4), "+12");
    assert_eq!(signed_points(-3.0), "\u{2212}3");
    assert_eq!(signed_points(-2.5), "\u{2212}3");
    assert_eq!(signed_points(0.4), "0");
    assert_eq!(signed_points(-0.4), "0");
    assert_eq!(signed_points(f64::NAN), "0");
}
