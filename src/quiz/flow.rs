//! The Fork quiz's state machine: one state and one action in, the next state
//! out, so a reducer can drive it and storage can hold it. Steps restored from
//! storage or links may be out of range; every transition copes with that.

use super::content::{item_by_id, Agreement, Item, ITEMS};
use super::scoring::{is_complete, score, Answers, QuizResult};
use crate::steps::{Answered, Go, Step};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct QuizFlow {
    pub answers: Answers,
    pub step: Step,
}

/// The Fork quiz's closing step (`Step::Closing`) is the review of every
/// answer, each one changeable, before the result; this names it in addresses.
pub const CLOSING: &str = "review";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizAction {
    /// A move between the steps (`steps::Go`); Go::Closing is the review.
    Go(Go),
    /// Records an answer without moving, so a person can change their mind.
    Answer {
        item_id: String,
        answer: Agreement,
    },
    Restart,
}

impl QuizFlow {
    /// The step rules are every instrument's (`steps::Answered`), from a
    /// step first brought into range; the closing step here is the review
    /// (`CLOSING`). Review goes there from anywhere, GoTo to any question
    /// from a question, the review or the result.
    pub fn apply(self, action: QuizAction) -> QuizFlow {
        let mut flow = self;
        flow.step = flow.steps().in_range(flow.step);
        let steps = flow.steps();
        flow.step = match action {
            QuizAction::Go(go) => steps.go(go, flow.step),
            QuizAction::Answer { item_id, answer } => {
                if let Some(item) = item_by_id(&item_id) {
                    flow.answers.insert(item.id.to_string(), answer);
                }
                flow.step
            }
            QuizAction::Restart => return QuizFlow::default(),
        };
        flow
    }

    /// What the step rules need to know of the answers, at this step.
    fn steps(&self) -> Answered {
        Answered::of(ITEMS.len(), self.step, |index| {
            ITEMS
                .get(index)
                .is_some_and(|item| self.answers.contains_key(item.id))
        })
    }

    pub fn current_item(&self) -> Option<&'static Item> {
        match self.step {
            Step::Question(index) => ITEMS.get(index),
            _ => None,
        }
    }

    pub fn answer_for(&self, item: &Item) -> Option<Agreement> {
        self.answers.get(item.id).copied()
    }

    pub fn first_unanswered(&self) -> Option<usize> {
        self.steps().first_missing
    }

    /// (1-based question number, total questions). The intro counts as 0;
    /// the review and the result count as the last question.
    pub fn progress(&self) -> (usize, usize) {
        let total = ITEMS.len();
        let number = match self.step {
            Step::Intro => 0,
            Step::Question(index) => index.saturating_add(1).min(total),
            Step::Closing | Step::Result => total,
        };
        (number, total)
    }

    /// Answers to our own items only; stray ids from old data do not count.
    pub fn answered_count(&self) -> usize {
        ITEMS
            .iter()
            .filter(|item| self.answers.contains_key(item.id))
            .count()
    }

    pub fn is_complete(&self) -> bool {
        is_complete(&self.answers)
    }

    pub fn result(&self) -> Option<QuizResult> {
        self.is_complete().then(|| score(&self.answers))
    }
}
