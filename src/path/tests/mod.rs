//! Native tests for the path diagnostic, with helpers to build answer sets.

mod advice;
mod compare;
mod content;
mod flow;
mod model;

use super::{ContextAnswers, PathAnswers, QUESTIONS};

/// Answers from (question id, choice id) pairs, recorded through the public API.
pub fn answers_from(pairs: &[(&str, &str)]) -> PathAnswers {
    let mut answers = PathAnswers::default();
    for (question_id, choice_id) in pairs {
        assert!(
            answers.choose(question_id, choice_id),
            "unknown pair {question_id}/{choice_id}"
        );
    }
    answers
}

/// Seed 003's worked example: a company missing its quarterly targets.
pub fn worked_example() -> PathAnswers {
    answers_from(&[
        ("path", "path_clear"),
        ("right_things", "right_mostly"),
        ("team", "team_low"),
        ("processes", "proc_not_followed"),
        ("challenge", "challenge_execution_morale"),
    ])
}

/// Answers picking, for each question, the choice at the given index.
pub fn answers_at(indices: &[usize]) -> PathAnswers {
    let mut answers = PathAnswers::default();
    for (question, index) in QUESTIONS.iter().zip(indices) {
        let choice = &question.choices[*index];
        answers.choose(question.id, choice.id);
    }
    answers
}

/// Every combination of choice indices, one per question.
pub fn all_combinations() -> Vec<Vec<usize>> {
    let mut combos: Vec<Vec<usize>> = vec![Vec::new()];
    for question in QUESTIONS {
        combos = combos
            .into_iter()
            .flat_map(|prefix| {
                (0..question.choices.len()).map(move |index| {
                    let mut next = prefix.clone();
                    next.push(index);
                    next
                })
            })
            .collect();
    }
    combos
}

/// Every context, including each field left unanswered.
pub fn all_contexts() -> Vec<ContextAnswers> {
    use super::{CareerStage, IndustryPace, OrgStage, Situation};
    let stages = std::iter::once(None).chain(OrgStage::ALL.map(Some));
    let mut all = Vec::new();
    for stage in stages {
        for situation in std::iter::once(None).chain(Situation::ALL.map(Some)) {
            for pace in std::iter::once(None).chain(IndustryPace::ALL.map(Some)) {
                for career in std::iter::once(None).chain(CareerStage::ALL.map(Some)) {
                    all.push(ContextAnswers {
                        stage,
                        situation,
                        pace,
                        career,
                    });
                }
            }
        }
    }
    all
}
