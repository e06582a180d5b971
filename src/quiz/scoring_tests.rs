//! The scoring properties SPEC 1.1 requires, one named test each, plus the
//! confidence, driver and flag rules.

use super::band::Band;
use super::confidence::{ConfidenceLevel, ConfidenceReason};
use super::content::{Agreement, Dimension, Flag, ItemKind, Keying, ITEMS};
use super::scoring::{dimension_scores, is_complete, score, Answers, MODEL_VERSION};
use super::test_support::{
    agreement, all, answers_where, close, lean_items, pushing, strongest_maker,
    strongest_multiplier,
};

fn scores(answers: &Answers) -> Vec<f64> {
    dimension_scores(answers).iter().map(|d| d.score).collect()
}

fn with(mut answers: Answers, id: &str, value: u8) -> Answers {
    answers.insert(id.to_string(), agreement(value).value());
    answers
}

#[test]
fn model_version_is_one() {
    assert_eq!(MODEL_VERSION, 1);
}

#[test]
fn all_midpoints_give_fifty_everywhere_balanced_with_low_confidence() {
    let result = score(&all(Agreement::MIDPOINT));
    assert!(
        result.dimensions.iter().all(|d| close(d.score, 50.0)),
        "{:?}",
        result.dimensions
    );
    assert!(close(result.overall, 50.0));
    assert_eq!(result.band, Band::Balanced);
    assert_eq!(result.confidence.level, ConfidenceLevel::Low);
    assert_eq!(result.confidence.reason, ConfidenceReason::ManyMidpoints);
    assert!(result.drivers.is_empty(), "midpoints move nothing");
}

#[test]
fn strongest_multiplier_answers_give_one_hundred() {
    let result = score(&strongest_multiplier());
    assert!(
        result.dimensions.iter().all(|d| close(d.score, 100.0)),
        "{:?}",
        result.dimensions
    );
    assert!(close(result.overall, 100.0));
    assert_eq!(result.band, Band::StrongMultiplier);
}

#[test]
fn strongest_maker_answers_give_zero() {
    let result = score(&strongest_maker());
    assert!(
        result.dimensions.iter().all(|d| close(d.score, 0.0)),
        "{:?}",
        result.dimensions
    );
    assert!(close(result.overall, 0.0));
    assert_eq!(result.band, Band::StrongMaker);
}

#[test]
fn dimensions_come_in_the_canonical_order() {
    let order: Vec<Dimension> = score(&Answers::new())
        .dimensions
        .iter()
        .map(|d| d.dimension)
        .collect();
    assert_eq!(order, Dimension::ALL);
}

#[test]
fn mirrored_answers_give_mirrored_scores() {
    // An uneven pattern so every dimension sits somewhere different.
    let original = answers_where(|item| {
        agreement((item.id.len() as u8 + item.text.text().len() as u8) % 5 + 1)
    });
    let mirror: Answers = original
        .iter()
        .map(|(id, a)| (id.clone(), agreement(*a).mirrored().value()))
        .collect();
    let (a, b) = (score(&original), score(&mirror));
    assert!(
        a.dimensions.iter().any(|d| !close(d.score, 50.0)),
        "pattern should not be neutral"
    );
    for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
        assert!(close(x.score, 100.0 - y.score), "{x:?} vs {y:?}");
    }
    assert!(close(a.overall, 100.0 - b.overall));
}

#[test]
fn changing_one_answer_changes_only_its_own_dimension() {
    let base = all(Agreement::MIDPOINT);
    let before = scores(&base);
    for item in lean_items() {
        let after = scores(&with(base.clone(), item.id, 5));
        for (index, dimension) in Dimension::ALL.iter().enumerate() {
            let changed = after[index] != before[index];
            assert_eq!(
                changed,
                item.dimension() == Some(*dimension),
                "{} moved {dimension:?}",
                item.id
            );
        }
        assert_ne!(
            score(&with(base.clone(), item.id, 5)).overall,
            score(&base).overall
        );
    }
}

#[test]
fn dimension_score_is_the_mean_of_answered_items_only() {
    // One Energy item answered "Agree" on a Multiplier-keyed statement: 75 there, 50 elsewhere.
    let result = score(&with(Answers::new(), "energy-1", 4));
    assert!(close(result.dimensions[0].score, 75.0));
    assert!(result.dimensions[1..].iter().all(|d| close(d.score, 50.0)));
    assert!(close(result.overall, 55.0));
    // A Maker-keyed answer of "Agree" counts as 25 toward the Multiplier.
    let both = with(with(Answers::new(), "energy-1", 4), "energy-2", 4);
    assert!(close(score(&both).dimensions[0].score, 50.0));
}

#[test]
fn motivation_items_never_move_the_lean() {
    let base = all(Agreement::MIDPOINT);
    for item in ITEMS.iter().filter(|item| item.flag().is_some()) {
        let moved = with(base.clone(), item.id, 5);
        assert_eq!(scores(&moved), scores(&base), "{} moved the lean", item.id);
    }
}

#[test]
fn unknown_ids_are_ignored() {
    let base = strongest_multiplier();
    let noisy = with(with(base.clone(), "not-an-item", 1), "", 1);
    assert_eq!(score(&noisy), score(&base));
    assert!(!is_complete(&with(Answers::new(), "bogus", 3)));
}

#[test]
fn empty_answers_give_a_balanced_fifty_without_panicking() {
    let result = score(&Answers::new());
    assert!(close(result.overall, 50.0));
    assert_eq!(result.band, Band::Balanced);
    assert!(result.drivers.is_empty() && result.flags.is_empty());
    assert_eq!(result.confidence.level, ConfidenceLevel::Low);
    assert!(!is_complete(&Answers::new()));
}

#[test]
fn completeness_needs_every_item_including_motivation() {
    let full = all(Agreement::MIDPOINT);
    assert!(is_complete(&full));
    let mut missing = full;
    missing.remove("motive-1");
    assert!(!is_complete(&missing));
}

#[test]
fn band_thresholds() {
    let cases = [
        (0.0, Band::StrongMaker),
        (19.99, Band::StrongMaker),
        (20.0, Band::LeaningMaker),
        (39.99, Band::LeaningMaker),
        (40.0, Band::Balanced),
        (50.0, Band::Balanced),
        (60.0, Band::Balanced),
        (60.01, Band::LeaningMultiplier),
        (80.0, Band::LeaningMultiplier),
        (80.01, Band::StrongMultiplier),
        (100.0, Band::StrongMultiplier),
        (f64::NAN, Band::Balanced),
    ];
    for (overall, band) in cases {
        assert_eq!(Band::from_score(overall), band, "{overall}");
    }
}

#[test]
fn acquiescence_reads_as_contradiction_not_a_verdict() {
    let agree_all = score(&all(Agreement::STRONGLY_AGREE));
    let consistent = score(&strongest_multiplier());
    assert_eq!(
        agree_all.confidence.reason,
        ConfidenceReason::Contradictions
    );
    assert_ne!(agree_all.confidence.level, ConfidenceLevel::High);
    assert!(
        agree_all.confidence.value + 40.0 < consistent.confidence.value,
        "{agree_all:?}"
    );
}

#[test]
fn consistent_strong_profiles_have_high_confidence() {
    for answers in [strongest_multiplier(), strongest_maker()] {
        let confidence = score(&answers).confidence;
        assert_eq!(confidence.level, ConfidenceLevel::High);
        assert_eq!(confidence.reason, ConfidenceReason::ClearAndConsistent);
        assert!(!crate::quiz::confidence_sentence(confidence.reason)
            .text()
            .is_empty());
    }
}

#[test]
fn mild_consistent_answers_are_moderate_and_close_to_centre() {
    let confidence = score(&pushing(Keying::Multiplier, 1, Agreement::MIDPOINT)).confidence;
    assert_eq!(confidence.level, ConfidenceLevel::Moderate);
    assert_eq!(confidence.reason, ConfidenceReason::CloseToCentre);
}

#[test]
fn contradicting_a_reverse_keyed_partner_strictly_lowers_confidence() {
    let profiles = [
        strongest_multiplier(),
        strongest_maker(),
        pushing(Keying::Multiplier, 1, Agreement::MIDPOINT),
        pushing(Keying::Maker, 1, Agreement::MIDPOINT),
    ];
    for profile in profiles {
        let before = score(&profile).confidence.value;
        for item in lean_items() {
            let flipped = profile
                .get(item.id)
                .map_or(3, |a| agreement(*a).mirrored().value());
            let after = score(&with(profile.clone(), item.id, flipped))
                .confidence
                .value;
            assert!(
                after < before,
                "flipping {} did not lower confidence ({before} -> {after})",
                item.id
            );
        }
    }
}

#[test]
fn more_midpoints_lower_confidence() {
    let mut answers = strongest_multiplier();
    let mut previous = score(&answers).confidence.value;
    for item in lean_items() {
        answers = with(answers, item.id, 3);
        let now = score(&answers).confidence.value;
        assert!(
            now < previous,
            "a midpoint on {} did not lower confidence",
            item.id
        );
        previous = now;
    }
}

#[test]
fn drivers_are_the_three_biggest_moves_in_a_crafted_case() {
    // All other answers are midpoints, so only these five move the lean.
    let mut answers = all(Agreement::MIDPOINT);
    for (id, value) in [
        ("energy-1", 5),
        ("growth-1", 5),
        ("values-2", 2),
        ("impact-3", 4),
        ("lifestyle-2", 5),
    ] {
        answers = with(answers, id, value);
    }
    let drivers = score(&answers).drivers;
    let ids: Vec<&str> = drivers.iter().map(|d| d.item_id).collect();
    // Every dimension has all its items answered: per-item weight is 10 / n for a
    // strong answer and 5 / n for a mild one. Lifestyle (3 items): 10/3;
    // Growth (4): 10/4 toward Maker; Energy (5): 10/5; Values (4): 5/4; Impact (5): 5/5.
    assert_eq!(ids, ["lifestyle-2", "growth-1", "energy-1"]);
    assert_eq!(drivers[1].toward, Keying::Maker);
    assert_eq!(drivers[0].toward, Keying::Multiplier);
    assert!(
        close(drivers[0].weight, 10.0 / 3.0)
            && close(drivers[1].weight, 2.5)
            && close(drivers[2].weight, 2.0)
    );
    assert_eq!(drivers[1].answer, Agreement::STRONGLY_AGREE);
    assert!(drivers.iter().all(|d| ITEMS
        .iter()
        .any(|item| item.id == d.item_id && item.text == d.text)));
}

#[test]
fn driver_ties_keep_presentation_order_and_skip_midpoints() {
    let answers = with(with(all(Agreement::MIDPOINT), "impact-5", 5), "impact-2", 5);
    let ids: Vec<&str> = score(&answers).drivers.iter().map(|d| d.item_id).collect();
    assert_eq!(ids, ["impact-2", "impact-5"]);
}

fn answers_with_flag_items(value_for: impl Fn(Flag) -> u8) -> Answers {
    answers_where(|item| match item.kind {
        ItemKind::Motivation(flag) => agreement(value_for(flag)),
        ItemKind::Lean { .. } => Agreement::MIDPOINT,
    })
}

#[test]
fn each_flag_rises_only_from_its_own_items() {
    for raised in Flag::ALL {
        let answers = answers_with_flag_items(|flag| if flag == raised { 4 } else { 3 });
        assert_eq!(score(&answers).flags, vec![raised]);
    }
    assert!(score(&answers_with_flag_items(|_| 3)).flags.is_empty());
    assert_eq!(
        score(&answers_with_flag_items(|_| 5)).flags,
        Flag::ALL.to_vec()
    );
}

#[test]
fn flags_ignore_the_lean() {
    let quiet = |side| pushing(side, 2, agreement(2));
    assert!(score(&quiet(Keying::Multiplier)).flags.is_empty());
    assert!(score(&quiet(Keying::Maker)).flags.is_empty());
    assert_eq!(
        score(&pushing(Keying::Maker, 2, agreement(4))).flags,
        Flag::ALL.to_vec()
    );
}
