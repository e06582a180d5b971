//! Builders and a tiny deterministic PRNG for the share tests, so they need
//! no extra dependencies and every failure reproduces.

use crate::path::{
    CareerStage, ContextAnswers, IndustryPace, OrgStage, PathAnswers, Situation, QUESTIONS,
};
use crate::quiz::{Agreement, Answers, Item, ITEMS};

use super::link::Shared;

pub use crate::test_rng::TestRng as XorShift;

pub fn agreement(value: u8) -> Agreement {
    Agreement::new(value).expect("a value on the scale")
}

pub fn quiz_where(rule: impl Fn(&Item) -> Agreement) -> Answers {
    ITEMS
        .iter()
        .map(|item| (item.id.to_string(), rule(item).value()))
        .collect()
}

pub fn random_quiz(rng: &mut XorShift) -> Answers {
    ITEMS
        .iter()
        .map(|item| (item.id.to_string(), rng.pick(&Agreement::SCALE).value()))
        .collect()
}

pub fn quiz_shared(answers: Answers) -> Shared {
    Shared::of(&crate::quiz::QUIZ_RUN, answers)
}

pub fn path_shared(answers: PathAnswers) -> Shared {
    Shared::of(&crate::path::PATH_RUN, crate::path::run_answers(&answers))
}

/// Answers picking, for each question, the choice at the given index.
pub fn path_at(indices: &[usize], context: ContextAnswers) -> PathAnswers {
    let mut answers = PathAnswers {
        context,
        ..PathAnswers::default()
    };
    for (question, &index) in QUESTIONS.iter().zip(indices) {
        assert!(answers.choose(question.id, question.choices[index].id));
    }
    answers
}

/// Seed 003's worked example, which reads 60/40.
pub fn worked_example() -> PathAnswers {
    let mut answers = PathAnswers::default();
    for (question, choice) in [
        ("path", "path_clear"),
        ("right_things", "right_mostly"),
        ("team", "team_low"),
        ("processes", "proc_not_followed"),
        ("challenge", "challenge_execution_morale"),
    ] {
        assert!(answers.choose(question, choice), "{question}/{choice}");
    }
    answers
}

pub use crate::path::tests::all_combinations as all_choice_combinations;

fn maybe<T: Copy>(rng: &mut XorShift, all: &[T]) -> Option<T> {
    (!rng.chance(all.len() + 1)).then(|| rng.pick(all))
}

/// Each field left out about as often as each option is picked.
pub fn random_context(rng: &mut XorShift) -> ContextAnswers {
    ContextAnswers {
        stage: maybe(rng, &OrgStage::ALL),
        situation: maybe(rng, &Situation::ALL),
        pace: maybe(rng, &IndustryPace::ALL),
        career: maybe(rng, &CareerStage::ALL),
    }
}

pub fn random_path(rng: &mut XorShift) -> PathAnswers {
    let indices: Vec<usize> = QUESTIONS
        .iter()
        .map(|question| rng.below(question.choices.len()))
        .collect();
    path_at(&indices, random_context(rng))
}
