//! The reading: calibration, rounding, monotonicity, extremes, contributions and independence from context.

use super::{all_combinations, all_contexts, answers_at, worked_example};
use crate::path::*;

#[test]
fn the_worked_example_reads_exactly_sixty_forty() {
    let blend = reading(&worked_example()).expect("complete answers");
    assert_eq!(
        blend,
        Blend {
            management: 60,
            leadership: 40
        }
    );
    assert_eq!(
        crate::content::path_screens::blend_label(blend),
        "60% management / 40% leadership"
    );
}

#[test]
fn incomplete_or_unknown_answers_give_no_reading() {
    assert_eq!(reading(&PathAnswers::default()), None);
    let mut answers = worked_example();
    answers.choices.remove("team");
    assert_eq!(reading(&answers), None);
    // A choice id from another question, or made up, counts as unanswered.
    answers.choices.insert("team".into(), "path_clear".into());
    assert_eq!(reading(&answers), None);
    answers.choices.insert("team".into(), "nonsense".into());
    assert_eq!(reading(&answers), None);
    // Extra unknown questions are ignored.
    let mut extra = worked_example();
    extra.choices.insert("unknown".into(), "x".into());
    assert_eq!(reading(&extra), reading(&worked_example()));
    assert!(!extra.choose("team", "path_clear"));
    assert!(!extra.choose("nope", "team_low"));
}

#[test]
fn the_reading_is_the_mean_share_rounded_half_up() {
    for combo in all_combinations() {
        let answers = answers_at(&combo);
        let total: u32 = QUESTIONS
            .iter()
            .zip(&combo)
            .map(|(q, i)| u32::from(q.choices[*i].management_share))
            .sum();
        let expected = (f64::from(total) / 5.0 + 0.5).floor() as u8;
        let blend = reading(&answers).expect("complete");
        assert_eq!(blend.management, expected);
        assert_eq!(
            u16::from(blend.management) + u16::from(blend.leadership),
            100
        );
    }
}

#[test]
fn moving_any_answer_toward_management_never_lowers_the_reading() {
    for combo in all_combinations() {
        let before = reading(&answers_at(&combo)).expect("complete").management;
        for position in 0..combo.len() {
            if combo[position] == 0 {
                continue;
            }
            let mut moved = combo.clone();
            moved[position] -= 1;
            let after = reading(&answers_at(&moved)).expect("complete").management;
            assert!(
                after >= before,
                "{combo:?} -> {moved:?}: {before} -> {after}"
            );
        }
    }
}

#[test]
fn the_extreme_answers_fall_on_opposite_sides_of_half() {
    let most_management = answers_at(&[0; 5]);
    assert!(reading(&most_management).expect("complete").management > 50);
    let last: Vec<usize> = QUESTIONS.iter().map(|q| q.choices.len() - 1).collect();
    assert!(reading(&answers_at(&last)).expect("complete").management < 50);
}

#[test]
fn context_never_changes_the_reading() {
    for combo in [vec![0; 5], vec![1, 1, 2, 2, 1], vec![3, 3, 3, 4, 3]] {
        let plain = answers_at(&combo);
        for context in all_contexts() {
            let mut with_context = plain.clone();
            with_context.context = context;
            assert_eq!(reading(&with_context), reading(&plain));
        }
    }
}

#[test]
fn contributions_explain_each_answer_and_add_up() {
    let found = contributions(&worked_example());
    let points: Vec<f64> = found.iter().map(|c| c.points).collect();
    assert_eq!(points, vec![18.0, 13.0, 5.0, 14.0, 10.0]);
    assert_eq!(points.iter().sum::<f64>(), 60.0);
    let first = found.first().expect("five contributions");
    assert_eq!(first.question.id, "path");
    assert_eq!(first.out_of, 20.0);
    let mut partial = worked_example();
    partial.choices.remove("path");
    assert_eq!(contributions(&partial).len(), 4);
    assert!(contributions(&PathAnswers::default()).is_empty());
}

#[test]
fn blends_always_sum_to_one_hundred() {
    assert_eq!(
        Blend::from_management(250),
        Blend {
            management: 100,
            leadership: 0
        }
    );
    assert_eq!(
        crate::content::path_screens::blend_label(Blend::from_management(0)),
        "0% management / 100% leadership"
    );
}
