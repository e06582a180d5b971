//! The diagnostic's screens as a state machine: one state and one action in, the next state out.

use serde::{Deserialize, Serialize};

use super::blend::Blend;
use super::context::ContextAnswers;
use super::model::{reading, PathAnswers};
use super::questions::{Question, QUESTIONS};

/// Which screen is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PathStep {
    #[default]
    Intro,
    /// Index into `QUESTIONS`; an out-of-range index (e.g. from an old link) is tolerated everywhere.
    Question(usize),
    Context,
    Result,
}

impl PathStep {
    /// The step's part of the address, after `#/path`: "" for the intro,
    /// "2" for the second question, "context", "result".
    pub fn slug(self) -> String {
        match self {
            PathStep::Intro => String::new(),
            PathStep::Question(index) => index.saturating_add(1).to_string(),
            PathStep::Context => "context".into(),
            PathStep::Result => "result".into(),
        }
    }

    /// The step named by `slug`; `None` for anything else.
    pub fn from_slug(slug: &str) -> Option<PathStep> {
        match slug {
            "" => Some(PathStep::Intro),
            "context" => Some(PathStep::Context),
            "result" => Some(PathStep::Result),
            number => crate::route::question_index(number).map(PathStep::Question),
        }
    }
}

/// What the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathAction {
    Start,
    Choose {
        question_id: String,
        choice_id: String,
    },
    SetContext(ContextAnswers),
    Next,
    Back,
    SkipContext,
    /// Go to a step already reached (the browser's Back and Forward); a
    /// step not reachable yet leaves the flow where it is.
    Show(PathStep),
    Finish,
    Restart,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PathFlow {
    #[serde(default)]
    pub answers: PathAnswers,
    #[serde(default)]
    pub step: PathStep,
}

impl PathFlow {
    /// Rules:
    /// - Start (and Next from Intro): the first unanswered question, or Context if all are answered.
    /// - Choose: records a known question/choice pair (unknown ids ignored); never moves.
    /// - SetContext: replaces the context; never moves.
    /// - Next from Question(i): only if answered, to i + 1, or Context after the last question.
    ///   From an out-of-range question it goes where Start would. From Result it stays.
    /// - Next, Finish and SkipContext from Context: to Result if all five are answered,
    ///   otherwise to the first unanswered question. SkipContext keeps any context already set;
    ///   it only means "go on without filling in the rest". Away from Context it does nothing.
    /// - Finish from anywhere else: to Result if complete, otherwise the first unanswered question.
    /// - Back: Question(0) to Intro, Question(i) to i - 1 (out of range: the last question),
    ///   Context to the last question, Result to Context, Intro stays.
    /// - Restart: everything cleared, back to Intro.
    pub fn apply(self, action: PathAction) -> PathFlow {
        let PathFlow { mut answers, step } = self;
        let step = match action {
            PathAction::Start => resume_step(&answers),
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
            PathAction::Next => next_step(&answers, step),
            PathAction::Back => back_step(step),
            PathAction::SkipContext if step == PathStep::Context => finish_step(&answers),
            PathAction::SkipContext => step,
            PathAction::Finish => finish_step(&answers),
            PathAction::Show(target) if can_show(&answers, target) => target,
            PathAction::Show(_) => step,
            PathAction::Restart => return PathFlow::default(),
        };
        PathFlow { answers, step }
    }

    /// The question on screen, if the step is a question with a valid index.
    pub fn current_question(&self) -> Option<&'static Question> {
        match self.step {
            PathStep::Question(index) => QUESTIONS.get(index),
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
        first_unanswered(&self.answers)
    }

    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }

    /// The reading, once all five questions are answered.
    pub fn reading(&self) -> Option<Blend> {
        reading(&self.answers)
    }
}

fn first_unanswered(answers: &PathAnswers) -> Option<usize> {
    QUESTIONS
        .iter()
        .position(|question| !answers.is_answered(question))
}

/// A question once every one before it is answered; the context step and
/// the result once all five are.
fn can_show(answers: &PathAnswers, step: PathStep) -> bool {
    match step {
        PathStep::Intro => true,
        PathStep::Question(index) => {
            index < QUESTIONS.len() && first_unanswered(answers).is_none_or(|first| index <= first)
        }
        PathStep::Context | PathStep::Result => first_unanswered(answers).is_none(),
    }
}

fn resume_step(answers: &PathAnswers) -> PathStep {
    first_unanswered(answers).map_or(PathStep::Context, PathStep::Question)
}

fn finish_step(answers: &PathAnswers) -> PathStep {
    first_unanswered(answers).map_or(PathStep::Result, PathStep::Question)
}

fn next_step(answers: &PathAnswers, step: PathStep) -> PathStep {
    match step {
        PathStep::Intro => resume_step(answers),
        PathStep::Question(index) => match QUESTIONS.get(index) {
            None => resume_step(answers),
            Some(question) if !answers.is_answered(question) => step,
            Some(_) if index + 1 < QUESTIONS.len() => PathStep::Question(index + 1),
            Some(_) => PathStep::Context,
        },
        PathStep::Context => finish_step(answers),
        PathStep::Result => PathStep::Result,
    }
}

fn back_step(step: PathStep) -> PathStep {
    let last_question = QUESTIONS.len().saturating_sub(1);
    match step {
        PathStep::Intro | PathStep::Question(0) => PathStep::Intro,
        PathStep::Question(index) => {
            PathStep::Question(index.min(QUESTIONS.len()).saturating_sub(1))
        }
        PathStep::Context => PathStep::Question(last_question),
        PathStep::Result => PathStep::Context,
    }
}
