//! The share-link codec's happy path: round trips, the payload alphabet and
//! pinned payloads. Every error from a crafted input is in `link_error_tests`.

use crate::path::{CareerStage, ContextAnswers, IndustryPace, OrgStage, Situation, QUESTIONS};
use crate::quiz::{Agreement, ITEMS};

use super::link::{decode, encode, share_fragment, Shared, SHARE_PREFIX};
use super::test_support::{
    agreement, all_choice_combinations, path_at, path_shared, quiz_shared, quiz_where,
    random_context, random_quiz, worked_example, XorShift,
};

fn url_safe(payload: &str) -> bool {
    payload
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c))
}

fn assert_round_trip(shared: &Shared) {
    let payload = encode(shared);
    assert!(url_safe(&payload), "{payload:?}");
    assert_eq!(decode(&payload).as_ref(), Ok(shared), "{payload}");
    let fragment = share_fragment(shared);
    assert_eq!(fragment, format!("{SHARE_PREFIX}{payload}"));
    assert_eq!(decode(&fragment).as_ref(), Ok(shared), "{fragment}");
}

#[test]
fn quiz_answers_round_trip() {
    for value in 1..=5 {
        assert_round_trip(&quiz_shared(quiz_where(|_| agreement(value))));
    }
    let mut rng = XorShift::new(0x5eed_0001);
    for _ in 0..2_000 {
        assert_round_trip(&quiz_shared(random_quiz(&mut rng)));
    }
}

#[test]
fn every_path_choice_combination_round_trips_with_random_context() {
    let mut rng = XorShift::new(0x5eed_0002);
    let combinations = all_choice_combinations();
    assert!(
        combinations.len() > 1_000,
        "every combination, not a sample"
    );
    for indices in &combinations {
        assert_round_trip(&path_shared(path_at(indices, ContextAnswers::default())));
        assert_round_trip(&path_shared(path_at(indices, random_context(&mut rng))));
    }
}

#[test]
fn every_context_round_trips() {
    let stages = std::iter::once(None).chain(OrgStage::ALL.map(Some));
    for stage in stages {
        for situation in std::iter::once(None).chain(Situation::ALL.map(Some)) {
            for pace in std::iter::once(None).chain(IndustryPace::ALL.map(Some)) {
                for career in std::iter::once(None).chain(CareerStage::ALL.map(Some)) {
                    let mut answers = worked_example();
                    answers.context = ContextAnswers {
                        stage,
                        situation,
                        pace,
                        career,
                    };
                    assert_round_trip(&path_shared(answers));
                }
            }
        }
    }
}

#[test]
fn payloads_are_short_and_pinned() {
    // Links already shared must keep opening: a change here breaks them.
    let quiz = encode(&quiz_shared(quiz_where(|_| Agreement::MIDPOINT)));
    assert_eq!(quiz, "q1.3333333333333333333333333.qm4i");
    let path = encode(&path_shared(worked_example()));
    assert_eq!(path, "p1.123320000.e0kq");
    assert!(quiz.len() <= ITEMS.len() + 12 && path.len() <= 20);
}

#[test]
fn every_answer_fits_one_digit() {
    for question in QUESTIONS {
        assert!(question.choices.len() < 36, "{}", question.id);
    }
    assert!(OrgStage::ALL.len().max(Situation::ALL.len()) < 36);
    assert!(IndustryPace::ALL.len().max(CareerStage::ALL.len()) < 36);
}
