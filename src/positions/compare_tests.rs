//! Comparing two runs of any instrument: properties over random runs of
//! every instrument the engine has, and the cases that matter (a changed
//! early answer that asks other questions, an unfinished run, a tie).

use super::{compare, Comparison};
use crate::positions::{Answers, PositionsInstrument};
use crate::test_rng::TestRng;

fn instruments() -> [&'static PositionsInstrument; 4] {
    [
        &crate::quiz::QUIZ_RUN,
        &crate::path::PATH_RUN,
        &crate::balance::run::BALANCE_RUN,
        &crate::stage::run::STAGE_RUN,
    ]
}

/// A random run of `of`: every question it asks answered (the questions
/// asked can depend on earlier answers), then perhaps some optional ones,
/// and with `drop` one asked answer taken away again.
fn random_run(of: &PositionsInstrument, rng: &mut TestRng, drop: bool) -> Answers {
    fill(of, rng, Answers::new(), drop)
}

/// `answers` with every question then asked answered at random (see `random_run`).
fn fill(of: &PositionsInstrument, rng: &mut TestRng, mut answers: Answers, drop: bool) -> Answers {
    while let Some(next) = (of.asked)(&answers)
        .into_iter()
        .find(|question| !answers.contains_key(question.id))
    {
        let at = rng.pick(&(1..=next.options).collect::<Vec<_>>());
        answers.insert(next.id.to_string(), at);
    }
    for optional in of.optional {
        if rng.pick(&[true, false]) {
            answers.insert(optional.id.to_string(), optional.options);
        }
    }
    if drop {
        let asked = (of.asked)(&answers);
        let gone = rng.pick(&asked);
        answers.remove(gone.id);
    }
    answers
}

/// Every question either run asks, each once.
fn asked_by_either(of: &PositionsInstrument, a: &Answers, b: &Answers) -> Vec<&'static str> {
    let mut ids: Vec<&str> = (of.asked)(a).iter().map(|q| q.id).collect();
    for question in (of.asked)(b) {
        if !ids.contains(&question.id) {
            ids.push(question.id);
        }
    }
    ids
}

/// 200 pairs of random runs of each instrument, one or the other at times
/// unfinished.
fn random_pairs(seed: u64) -> Vec<(&'static PositionsInstrument, Answers, Answers)> {
    let mut rng = TestRng::new(seed);
    let mut pairs = Vec::new();
    for of in instruments() {
        for round in 0..200 {
            let before = random_run(of, &mut rng, round % 7 == 0);
            let after = random_run(of, &mut rng, round % 11 == 0);
            pairs.push((of, before, after));
        }
    }
    pairs
}

fn moved_ids(comparison: &Comparison) -> Vec<&'static str> {
    comparison.moved.iter().map(|m| m.question.id).collect()
}

#[test]
fn a_run_compared_with_itself_moved_nothing() {
    for (of, run, _) in random_pairs(11) {
        let same = compare(of, &run, &run);
        assert!(same.moved.is_empty(), "{of:?}: {:?}", same.moved);
        assert_eq!(same.before, same.after);
        assert!(same.scores().iter().all(|score| score.points() == 0));
        assert_eq!(same.moved_most(), None);
    }
}

#[test]
fn every_answer_that_differs_is_listed_once_with_both_positions() {
    for (of, before, after) in random_pairs(29) {
        let comparison = compare(of, &before, &after);
        let expected: Vec<&str> = asked_by_either(of, &after, &before)
            .into_iter()
            .filter(|id| before.get(*id) != after.get(*id))
            .collect();
        assert_eq!(moved_ids(&comparison), expected, "{of:?}");
        for moved in &comparison.moved {
            assert_eq!(moved.before, before.get(moved.question.id).copied());
            assert_eq!(moved.after, after.get(moved.question.id).copied());
        }
        // The optional questions never make a reading: never listed.
        assert!(of
            .optional
            .iter()
            .all(|optional| !moved_ids(&comparison).contains(&optional.id)));
    }
}

#[test]
fn scores_are_the_readings_and_the_largest_move_is_named() {
    for (of, before, after) in random_pairs(47) {
        let comparison = compare(of, &before, &after);
        assert_eq!(comparison.before, (of.reading)(&before));
        assert_eq!(comparison.after, (of.reading)(&after));
        let scores = comparison.scores();
        match (&comparison.before, &comparison.after) {
            (Some(was), Some(is)) => {
                assert_eq!(scores.len(), is.scores.len(), "{of:?}");
                for (score, ((name, before), (_, after))) in
                    scores.iter().zip(was.scores.iter().zip(&is.scores))
                {
                    assert_eq!(
                        (score.name, score.before, score.after),
                        (*name, *before, *after)
                    );
                }
            }
            _ => assert!(scores.is_empty(), "no scores unless both runs read"),
        }
        let largest = scores.iter().map(|s| s.points().abs()).max().unwrap_or(0);
        match comparison.moved_most() {
            Some(most) => {
                assert_eq!(most.points().abs(), largest);
                let first = scores.iter().find(|s| s.points().abs() == largest);
                assert_eq!(Some(&most), first, "the first of a tie");
            }
            None => assert_eq!(largest, 0),
        }
        // The other way round: the same answers, every move reversed.
        let back = compare(of, &after, &before);
        let mut ids = moved_ids(&back);
        let mut forward = moved_ids(&comparison);
        ids.sort_unstable();
        forward.sort_unstable();
        assert_eq!(ids, forward);
        for (there, again) in scores.iter().zip(back.scores()) {
            assert_eq!(there.points(), -again.points());
        }
    }
}

#[test]
fn another_rung_lists_the_questions_only_one_run_asked() {
    let stage = &crate::stage::run::STAGE_RUN;
    let mut rng = TestRng::new(5);
    let on_rung = |rung: u8, rng: &mut TestRng| {
        let start = Answers::from_iter([("rung".to_string(), rung)]);
        fill(stage, rng, start, false)
    };
    let before = on_rung(1, &mut rng);
    let after = on_rung(2, &mut rng);
    assert!(comparison_reads(stage, &before) && comparison_reads(stage, &after));
    let comparison = compare(stage, &before, &after);
    let ids = moved_ids(&comparison);
    assert_eq!(
        ids.first(),
        Some(&"rung"),
        "the later run's order: the rung first"
    );
    let only_before: Vec<&str> = (stage.asked)(&before)
        .iter()
        .map(|q| q.id)
        .filter(|id| !(stage.asked)(&after).iter().any(|q| q.id == *id))
        .collect();
    assert!(
        !only_before.is_empty(),
        "the rungs ask different statements"
    );
    for id in only_before {
        let moved = comparison.moved.iter().find(|m| m.question.id == id);
        assert_eq!(
            moved.map(|m| (m.before.is_some(), m.after)),
            Some((true, None)),
            "{id}: answered before, not asked after"
        );
    }
}

fn comparison_reads(of: &PositionsInstrument, answers: &Answers) -> bool {
    (of.reading)(answers).is_some()
}
