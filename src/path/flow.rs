//! The diagnostic's screens as a state machine: one state and one action in, the next state out.

use super::blend::Blend;
use super::context::ContextAnswers;
use super::model::{reading, PathAnswers};
use super::questions::{Question, QUESTIONS};
use crate::steps::{Answered, Go, Step};

/// The diagnostic's closing step (`Step::Closing`) asks about the context
/// (optional) before the result; this names it in addresses.
pub const CLOSING: &str = "context";

/// What the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathAction {
    /// A move between the steps (`steps::Go`); the closing step here is the
    /// questions about the context.
    Go(Go),
    Choose {
        question_id: String,
        choice_id: String,
    },
    SetContext(ContextAnswers),
    SkipContext,
    Restart,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PathFlow {
    pub answers: PathAnswers,
    pub step: Step,
}

impl PathFlow {
    /// The step rules are every instrument's (`steps::Answered`); the
    /// closing step here is the context (`CLOSING`). Besides them:
    /// - Choose: records a known question/choice pair (unknown ids ignored); never moves.
    /// - SetContext: replaces the context; never moves.
    /// - SkipContext from the context: as Finish, keeping any context already
    ///   set (it only means "go on without filling in the rest"); elsewhere nothing.
    /// - An out-of-range question is not clamped first: Next from it goes
    ///   where Start would, Back to the last question.
    /// - Restart: everything cleared, back to Intro.
    pub fn apply(self, action: PathAction) -> PathFlow {
        let PathFlow { mut answers, step } = self;
        let steps = answered(&answers, step);
        let step = match action {
            PathAction::Go(go) => steps.go(go, step),
            PathAction::Choose {
                question_id,
                choice_id,
            } => {
                answers.choose(&question_id, &choice_id);
                step
            }
            PathAction::SetContext(context) => {
                answers.context = context;
                step
            }
            PathAction::SkipContext if step == Step::Closing => steps.finish(),
            PathAction::SkipContext => step,
            PathAction::Restart => return PathFlow::default(),
        };
        PathFlow { answers, step }
    }

    /// The question on screen, if the step is a question with a valid index.
    pub fn current_question(&self) -> Option<&'static Question> {
        match self.step {
            Step::Question(index) => QUESTIONS.get(index),
            _ => None,
        }
    }

    /// (questions answered with a known choice, total questions).
    pub fn progress(&self) -> (usize, usize) {
        let answered = QUESTIONS
            .iter()
            .filter(|question| self.answers.is_answered(question))
            .count();
        (answered, QUESTIONS.len())
    }

    pub fn first_unanswered(&self) -> Option<usize> {
        answered(&self.answers, self.step).first_missing
    }

    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }

    /// The reading, once all five questions are answered.
    pub fn reading(&self) -> Option<Blend> {
        reading(&self.answers)
    }
}

/// What the step rules need to know of the answers, at `step`.
fn answered(answers: &PathAnswers, step: Step) -> Answered {
    Answered::of(QUESTIONS.len(), step, |index| {
        QUESTIONS
            .get(index)
            .is_some_and(|question| answers.is_answered(question))
    })
}
