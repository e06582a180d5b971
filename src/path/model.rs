//! The reading: answers in, a management/leadership blend out, with each question's contribution.

use crate::vec_map::VecMap;

use super::blend::Blend;
use super::context::ContextAnswers;
use super::questions::{question, Choice, Question, QUESTIONS};

/// Bump when shares or rules change, so a stored reading can be told apart from a fresh one.
pub const MODEL_VERSION: u32 = super::questions::DEFINED_MODEL_VERSION;

/// Everything a person answered; ids are kept as strings because they arrive from storage and links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PathAnswers {
    /// Question id to choice id. Unknown ids are kept but ignored by every calculation.
    pub choices: VecMap<String, String>,
    pub context: ContextAnswers,
}

impl PathAnswers {
    /// Records a choice if both ids are known and belong together; returns whether it was recorded.
    pub fn choose(&mut self, question_id: &str, choice_id: &str) -> bool {
        let known = question(question_id)
            .and_then(|q| q.choice(choice_id))
            .is_some();
        if known {
            self.choices
                .insert(question_id.to_string(), choice_id.to_string());
        }
        known
    }

    /// The known choice recorded for this question, if any.
    pub fn chosen(&self, question: &Question) -> Option<&'static Choice> {
        let choice_id = self.choices.get(question.id)?;
        question.choice(choice_id)
    }

    /// Whether the question with this id has a known choice recorded.
    pub fn is_answered(&self, question: &Question) -> bool {
        self.chosen(question).is_some()
    }

    /// Whether the recorded choice for `question_id` is one of `choice_ids`.
    pub fn chose_any_of(&self, question_id: &str, choice_ids: &[&str]) -> bool {
        question(question_id)
            .and_then(|q| self.chosen(q))
            .is_some_and(|choice| choice_ids.contains(&choice.id))
    }
}

/// The blend the answers call for: the mean of the five shares, rounded half-up.
/// None until every question has a known answer, so a half-finished set never shows a verdict.
pub fn reading(answers: &PathAnswers) -> Option<Blend> {
    let mut total: u32 = 0;
    for question in QUESTIONS {
        total += u32::from(answers.chosen(question)?.management_share);
    }
    let count = u32::try_from(QUESTIONS.len()).ok().filter(|n| *n > 0)?;
    // Half-up in integers: mean = total / count, so round(mean) = (2 * total + count) / (2 * count).
    let rounded = (2 * total + count) / (2 * count);
    Some(Blend::from_management(u8::try_from(rounded).unwrap_or(100)))
}

/// How one answer moved the reading. Data only: the sentence that says it is
/// written by the view (`content::path_screens::contribution_sentence`).
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    pub question: &'static Question,
    pub choice: &'static Choice,
    /// This answer's part of the final management percentage (share / number of questions).
    pub points: f64,
    /// The most one answer can add: 100 / number of questions.
    pub out_of: f64,
}

/// The most points one question can give; the UI shows contributions out of this.
pub fn points_per_question() -> f64 {
    100.0 / QUESTIONS.len().max(1) as f64
}

/// One contribution per answered question, in question order; unanswered questions are skipped.
pub fn contributions(answers: &PathAnswers) -> Vec<Contribution> {
    let per_question = points_per_question();
    QUESTIONS
        .iter()
        .filter_map(|question| {
            let choice = answers.chosen(question)?;
            Some(Contribution {
                question,
                choice,
                points: f64::from(choice.management_share) * per_question / 100.0,
                out_of: per_question,
            })
        })
        .collect()
}
