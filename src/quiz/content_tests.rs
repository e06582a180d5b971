//! Checks the Fork quiz content against the rules in SPEC 1.1: counts,
//! keying balance, sources, and clean text everywhere.

use std::collections::BTreeSet;

use super::advice::{confidence_sentence, flag_caution, next_steps, COMPARISON};
use super::band::Band;
use super::confidence::ConfidenceReason;
use super::content::{Agreement, Dimension, Flag, ItemKind, Keying, Source, ITEMS};
use super::test_support::lean_items;

const SEEDS: [&str; 5] = ["000", "001", "002", "003", "004"];

fn lean_count(dimension: Dimension, keying: Option<Keying>) -> usize {
    lean_items()
        .filter(|item| item.dimension() == Some(dimension))
        .filter(|item| keying.is_none() || item.keying() == keying)
        .count()
}

fn assert_source(source: &Source, owner: &str) {
    assert!(
        SEEDS.contains(&source.seed),
        "{owner}: unknown seed {:?}",
        source.seed
    );
    assert!(!source.idea.trim().is_empty(), "{owner}: empty source idea");
}

/// Every user-facing string the quiz owns, with a name for failure messages.
fn all_texts() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut add = |name: String, text: &dyn std::fmt::Display| texts.push((name, text.to_string()));
    for item in ITEMS {
        add(format!("item {} text", item.id), &item.text);
        add(format!("item {} idea", item.id), &item.source.idea);
    }
    for dimension in Dimension::ALL {
        add(format!("{dimension:?} label"), &dimension.label());
        add(
            format!("{dimension:?} explanation"),
            &dimension.explanation(),
        );
    }
    for band in Band::ALL {
        add(format!("{band:?} title"), &band.title());
        add(format!("{band:?} summary"), &band.summary());
        for step in next_steps(band) {
            add(format!("{band:?} step title"), &step.title);
            add(format!("{band:?} step {}", step.title), &step.body);
        }
    }
    for flag in Flag::ALL {
        let (title, body) = flag_caution(flag);
        add(format!("{flag:?} caution title"), &title);
        add(format!("{flag:?} caution"), &body);
    }
    for row in COMPARISON {
        add(row.aspect.to_string(), &row.aspect);
        add(row.aspect.to_string(), &row.maker);
        add(row.aspect.to_string(), &row.multiplier);
    }
    for agreement in Agreement::SCALE {
        add(
            format!("agreement {}", agreement.value()),
            &agreement.label(),
        );
    }
    texts
}

#[test]
fn ids_are_unique_non_empty_and_link_safe() {
    let mut seen = BTreeSet::new();
    for item in ITEMS {
        assert!(!item.id.is_empty());
        assert!(
            item.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "id {:?} must be lowercase letters, digits and hyphens",
            item.id
        );
        assert!(seen.insert(item.id), "duplicate id {}", item.id);
    }
}

#[test]
fn item_count_is_within_bounds() {
    assert!((20..=30).contains(&ITEMS.len()), "{} items", ITEMS.len());
}

#[test]
fn every_dimension_has_enough_items_of_both_keyings() {
    for dimension in Dimension::ALL {
        assert!(
            lean_count(dimension, None) >= 3,
            "{dimension:?} has too few items"
        );
        assert!(
            lean_count(dimension, Some(Keying::Multiplier)) >= 1,
            "{dimension:?} lacks a Multiplier-keyed item"
        );
        assert!(
            lean_count(dimension, Some(Keying::Maker)) >= 1,
            "{dimension:?} lacks a Maker-keyed item"
        );
    }
    for dimension in [Dimension::Energy, Dimension::Impact, Dimension::Growth] {
        assert!(
            (4..=5).contains(&lean_count(dimension, None)),
            "{dimension:?} should have 4 or 5 items"
        );
    }
}

#[test]
fn about_a_third_of_lean_items_are_reverse_keyed() {
    let lean = lean_items().count();
    let reverse = lean_items()
        .filter(|item| item.keying() == Some(Keying::Maker))
        .count();
    let share = reverse as f64 / lean as f64;
    assert!(
        (0.25..=0.40).contains(&share),
        "{reverse} of {lean} reverse-keyed"
    );
}

#[test]
fn every_flag_has_an_item_and_motivation_items_are_spread_out() {
    for flag in Flag::ALL {
        assert!(
            ITEMS
                .iter()
                .any(|item| item.kind == ItemKind::Motivation(flag)),
            "{flag:?} has no item"
        );
    }
    let positions: Vec<usize> = ITEMS
        .iter()
        .enumerate()
        .filter(|(_, item)| item.flag().is_some())
        .map(|(index, _)| index)
        .collect();
    assert!(
        positions
            .first()
            .is_some_and(|&first| first < ITEMS.len() / 2),
        "motivation items bunched at the end"
    );
    assert!(
        positions.windows(2).all(|pair| pair[1] - pair[0] > 1),
        "motivation items should not sit back to back"
    );
}

#[test]
fn every_item_has_text_and_a_known_source() {
    for item in ITEMS {
        assert!(
            !item.text.text().trim().is_empty(),
            "{} has no text",
            item.id
        );
        assert_source(&item.source, item.id);
    }
}

#[test]
fn every_band_has_title_summary_and_three_next_steps() {
    let mut titles = BTreeSet::new();
    for band in Band::ALL {
        assert!(
            titles.insert(band.title().text()),
            "{band:?} title repeated"
        );
        assert!(
            band.summary().text().split(". ").count() >= 2,
            "{band:?} summary should be 2-3 sentences"
        );
        let steps = next_steps(band);
        assert!(steps.len() >= 3, "{band:?} has {} next steps", steps.len());
        for step in steps {
            assert!(!step.title.text().is_empty() && !step.body.text().is_empty());
            assert_source(&step.source, &step.title.text());
        }
    }
}

#[test]
fn next_steps_cover_what_the_spec_asks_per_side() {
    let has = |band: Band, words: &str| {
        next_steps(band)
            .iter()
            .any(|step| step.source.idea.contains(words))
    };
    for band in [Band::LeaningMultiplier, Band::StrongMultiplier] {
        for idea in [
            "cross-functional",
            "shadow",
            "emotional intelligence",
            "intent",
            "player-coach",
            "feedback void",
        ] {
            assert!(has(band, idea), "{band:?} lacks {idea}");
        }
    }
    for band in [Band::LeaningMaker, Band::StrongMaker] {
        for idea in [
            "staff and principal",
            "influence without authority",
            "skills current",
        ] {
            assert!(has(band, idea), "{band:?} lacks {idea}");
        }
    }
    assert!(has(Band::Balanced, "try management") && has(Band::Balanced, "Looping"));
}

#[test]
fn every_flag_has_a_caution_and_every_reason_a_sentence() {
    for flag in Flag::ALL {
        let (title, body) = flag_caution(flag);
        assert!(
            !title.text().is_empty() && body.text().ends_with('.'),
            "{flag:?}"
        );
    }
    let reasons = [
        ConfidenceReason::ManyMidpoints,
        ConfidenceReason::Contradictions,
        ConfidenceReason::CloseToCentre,
        ConfidenceReason::ClearAndConsistent,
        ConfidenceReason::FairlyClear,
    ];
    let sentences: BTreeSet<String> = reasons
        .iter()
        .map(|&reason| confidence_sentence(reason).text())
        .collect();
    assert_eq!(
        sentences.len(),
        reasons.len(),
        "each reason needs its own sentence"
    );
}

#[test]
fn comparison_table_has_the_five_aspects() {
    let aspects: Vec<String> = COMPARISON.iter().map(|row| row.aspect.text()).collect();
    assert_eq!(
        aspects,
        [
            "Goal",
            "Daily activity",
            "Key skill",
            "Success metric",
            "Temperament"
        ]
    );
    assert!(COMPARISON.iter().all(|row| !row.maker.text().is_empty()
        && !row.multiplier.text().is_empty()
        && row.maker != row.multiplier));
}

#[test]
fn no_text_has_stray_whitespace() {
    for (owner, text) in all_texts() {
        assert!(!text.is_empty(), "{owner} is empty");
        assert_eq!(
            text,
            text.trim(),
            "{owner} has leading or trailing whitespace"
        );
        assert!(!text.contains("  "), "{owner} has a doubled space");
        assert!(
            !text.contains('\n') && !text.contains('\t'),
            "{owner} has a line break or tab"
        );
    }
}

#[test]
fn agreement_scale_is_one_to_five_with_distinct_labels() {
    assert_eq!(Agreement::new(0), None);
    assert_eq!(Agreement::new(6), None);
    let values: Vec<u8> = Agreement::SCALE.iter().map(|a| a.value()).collect();
    assert_eq!(values, [1, 2, 3, 4, 5]);
    assert_eq!(Agreement::MIDPOINT.value(), 3);
    let labels: BTreeSet<String> = Agreement::SCALE.iter().map(|a| a.label().text()).collect();
    assert_eq!(labels.len(), 5);
    assert_eq!(Agreement::SCALE[0].label(), "Strongly disagree");
    assert_eq!(Agreement::SCALE[4].label(), "Strongly agree");
}

#[test]
fn agreement_refuses_values_off_the_scale() {
    assert_eq!(Agreement::new(4).map(Agreement::value), Some(4));
    for bad in [0, 6, 255] {
        assert_eq!(Agreement::new(bad), None, "{bad} accepted");
    }
    assert_eq!(Agreement::STRONGLY_AGREE.value(), 5);
}

/// Every statement can be answered on an agreement scale without a knot:
/// no negation (disagreeing with "does not bother me" is a double negative),
/// no "or" (two questions in one), no comparison ("less than", "rather
/// than"), which an agreement scale cannot answer for both sides.
#[test]
fn statements_are_plain_to_agree_or_disagree_with() {
    const NEGATIONS: [&str; 7] = ["not", "no", "none", "never", "nothing", "without", "nobody"];
    const TWO_QUESTIONS: [&str; 2] = ["or", "either"];
    const COMPARISONS: [&str; 3] = ["than", "rather", "less"];
    for item in ITEMS {
        let lower = item.text.text().to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        for word in &words {
            assert!(
                !word.ends_with("n't"),
                "{}: negation {word:?}: {}",
                item.id,
                item.text
            );
            for (kind, list) in [
                ("negation", &NEGATIONS[..]),
                ("two questions in one", &TWO_QUESTIONS[..]),
                ("comparison", &COMPARISONS[..]),
            ] {
                assert!(
                    !list.contains(word),
                    "{}: {kind} {word:?}: {}",
                    item.id,
                    item.text
                );
            }
        }
    }
}
