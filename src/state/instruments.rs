//! The instruments the document holds: their ids, a finished run's answers
//! per instrument, and what each one's flow gives the generic run
//! (`section::RunFlow`). The one place in `state` that names them.

use crate::path::{self, PathAnswers, PathFlow};
use crate::quiz::{self, Answers, QuizFlow};
use crate::steps::Step;
use crate::vec_map::VecMap;

use super::section::RunFlow;
pub use crate::instrument::Instrument;

#[derive(Clone, Debug, PartialEq)]
pub enum SavedAnswers {
    Quiz(Answers),
    Path(PathAnswers),
}

impl RunFlow for QuizFlow {
    type Action = quiz::QuizAction;
    type Saved = SavedAnswers;
    type Answer = quiz::Agreement;
    const MODEL_VERSION: u32 = quiz::MODEL_VERSION;

    fn apply(self, action: Self::Action) -> Self {
        QuizFlow::apply(self, action)
    }
    fn restarts(action: &Self::Action) -> bool {
        *action == quiz::QuizAction::Restart
    }
    fn step(&self) -> Step {
        self.step
    }
    fn step_mut(&mut self) -> &mut Step {
        &mut self.step
    }
    fn answers(&self) -> &VecMap<String, Self::Answer> {
        &self.answers
    }
    fn answers_mut(&mut self) -> &mut VecMap<String, Self::Answer> {
        &mut self.answers
    }
    fn is_unanswered(&self) -> bool {
        self.answers.is_empty()
    }
    fn saved(&self) -> SavedAnswers {
        SavedAnswers::Quiz(self.answers.clone())
    }
}

impl RunFlow for PathFlow {
    type Action = path::PathAction;
    type Saved = SavedAnswers;
    type Answer = String;
    const MODEL_VERSION: u32 = path::MODEL_VERSION;

    fn apply(self, action: Self::Action) -> Self {
        PathFlow::apply(self, action)
    }
    fn restarts(action: &Self::Action) -> bool {
        *action == path::PathAction::Restart
    }
    fn step(&self) -> Step {
        self.step
    }
    fn step_mut(&mut self) -> &mut Step {
        &mut self.step
    }
    fn answers(&self) -> &VecMap<String, Self::Answer> {
        &self.answers.choices
    }
    fn answers_mut(&mut self) -> &mut VecMap<String, Self::Answer> {
        &mut self.answers.choices
    }
    fn is_unanswered(&self) -> bool {
        self.answers == path::PathAnswers::default()
    }
    fn saved(&self) -> SavedAnswers {
        SavedAnswers::Path(self.answers.clone())
    }
    fn fill_from(&mut self, older: &Self) {
        let (context, other) = (&mut self.answers.context, &older.answers.context);
        context.stage = context.stage.or(other.stage);
        context.situation = context.situation.or(other.situation);
        context.pace = context.pace.or(other.pace);
        context.career = context.career.or(other.career);
    }
}
