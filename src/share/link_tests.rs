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

/// Links issued before `Shared` was generic, written by the codecs of that
/// time (one per instrument): each still opens with the same answers and
/// is written again exactly.
#[test]
fn links_already_issued_open_with_the_same_answers() {
    let quiz: [(&str, [u8; 25]); 4] = [
        (
            "q1.1524415523421255242111545.oat1",
            [
                1, 5, 2, 4, 4, 1, 5, 5, 2, 3, 4, 2, 1, 2, 5, 5, 2, 4, 2, 1, 1, 1, 5, 4, 5,
            ],
        ),
        (
            "q1.3214421313133245225431531.yryc",
            [
                3, 2, 1, 4, 4, 2, 1, 3, 1, 3, 1, 3, 3, 2, 4, 5, 2, 2, 5, 4, 3, 1, 5, 3, 1,
            ],
        ),
        (
            "q1.5324445221125415534544322.61yc",
            [
                5, 3, 2, 4, 4, 4, 5, 2, 2, 1, 1, 2, 5, 4, 1, 5, 5, 3, 4, 5, 4, 4, 3, 2, 2,
            ],
        ),
        (
            "q1.5553323351422352451332244.es9z",
            [
                5, 5, 5, 3, 3, 2, 3, 3, 5, 1, 4, 2, 2, 3, 5, 2, 4, 5, 1, 3, 3, 2, 2, 4, 4,
            ],
        ),
    ];
    for (payload, values) in quiz {
        let answers = ITEMS
            .iter()
            .zip(values)
            .map(|(item, value)| (item.id.to_string(), value))
            .collect();
        let shared = quiz_shared(answers);
        assert_eq!(decode(payload).as_ref(), Ok(&shared), "{payload}");
        assert_eq!(encode(&shared), payload);
    }
    let none = ContextAnswers::default();
    let path = [
        (
            "p1.223143300.ceep",
            [
                "path_mostly",
                "right_mostly",
                "team_low",
                "proc_work",
                "challenge_change",
            ],
            ContextAnswers {
                stage: Some(OrgStage::Mature),
                situation: Some(Situation::SteadyOperations),
                ..none.clone()
            },
        ),
        (
            "p1.223210023.m04f",
            [
                "path_mostly",
                "right_mostly",
                "team_low",
                "proc_creak",
                "challenge_execution",
            ],
            ContextAnswers {
                pace: Some(IndustryPace::Stable),
                career: Some(CareerStage::Senior),
                ..none.clone()
            },
        ),
        (
            "p1.221140120.fkb6",
            [
                "path_mostly",
                "right_mostly",
                "team_yes",
                "proc_work",
                "challenge_change",
            ],
            ContextAnswers {
                situation: Some(Situation::AcuteIncident),
                pace: Some(IndustryPace::Stable),
                ..none.clone()
            },
        ),
        (
            "p1.324230200.4u3p",
            [
                "path_partly",
                "right_mostly",
                "team_split",
                "proc_creak",
                "challenge_change_delivery",
            ],
            ContextAnswers {
                situation: Some(Situation::CrisisOrMajorChange),
                ..none.clone()
            },
        ),
        (
            "p1.413330020.hf6e",
            [
                "path_unclear",
                "right_yes",
                "team_low",
                "proc_not_followed",
                "challenge_change_delivery",
            ],
            ContextAnswers {
                pace: Some(IndustryPace::Stable),
                ..none.clone()
            },
        ),
    ];
    for (payload, choices, context) in path {
        let mut answers = crate::path::PathAnswers {
            context,
            ..Default::default()
        };
        for (question, choice) in QUESTIONS.iter().zip(choices) {
            assert!(answers.choose(question.id, choice), "{choice}");
        }
        let shared = path_shared(answers);
        assert_eq!(decode(payload).as_ref(), Ok(&shared), "{payload}");
        assert_eq!(encode(&shared), payload);
    }
}
