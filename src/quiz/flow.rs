//! The Fork quiz's state machine: one state and one action in, the next state
//! out, so a reducer can drive it and storage can hold it. Steps restored from
//! storage or links may be out of range; every transition copes with that.

use serde::{Deserialize, Serialize};

use super::content::{item_by_id, Agreement, Item, ITEMS};
use super::scoring::{is_complete, score, Answers, QuizResult};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct QuizFlow {
    pub answers: Answers,
    pub step: Step,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Step {
    #[default]
    Intro,
    /// Index into `ITEMS`.
    Question(usize),
    /// Every answer listed, each one changeable, before the result.
    Review,
    Result,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizAction {
    /// Continue at the first unanswered question, or review if none is left.
    Start,
    /// Records an answer without moving, so a person can change their mind.
    Answer {
        item_id: String,
        answer: Agreement,
    },
    Next,
    Back,
    /// Jump to a question by index, from a question, the review or the result.
    GoTo(usize),
    Review,
    /// Go to a step the person has already reached (the browser's Back and
    /// Forward); a step not reachable yet leaves the flow where it is.
    Show(Step),
    /// Show the result, or the first unanswered question if one is left.
    Finish,
    Restart,
}

fn last_index() -> Option<usize> {
    ITEMS.len().checked_sub(1)
}

impl Step {
    /// The step's part of the address, after `#/quiz`: "" for the intro,
    /// "4" for the fourth question, "review", "result".
    pub fn slug(self) -> String {
        match self {
            Step::Intro => String::new(),
            Step::Question(index) => index.saturating_add(1).to_string(),
            Step::Review => "review".into(),
            Step::Result => "result".into(),
        }
    }

    /// The step named by `slug`; `None` for anything else.
    pub fn from_slug(slug: &str) -> Option<Step> {
        match slug {
            "" => Some(Step::Intro),
            "review" => Some(Step::Review),
            "result" => Some(Step::Result),
            number => crate::route::question_index(number).map(Step::Question),
        }
    }
}

impl QuizFlow {
    pub fn apply(self, action: QuizAction) -> QuizFlow {
        let mut flow = self.with_step_in_range();
        flow.step = match action {
            QuizAction::Start => flow.resume_step(),
            QuizAction::Answer { item_id, answer } => {
                if let Some(item) = item_by_id(&item_id) {
                    flow.answers.insert(item.id.to_string(), answer);
                }
                flow.step
            }
            QuizAction::Next => flow.next_step(),
            QuizAction::Back => flow.previous_step(),
            QuizAction::GoTo(index) => match flow.step {
                Step::Question(_) | Step::Review | Step::Result if index < ITEMS.len() => {
                    Step::Question(index)
                }
                other => other,
            },
            QuizAction::Review => Step::Review,
            QuizAction::Show(step) if flow.can_show(step) => step,
            QuizAction::Show(_) => flow.step,
            QuizAction::Finish => match flow.first_unanswered() {
                Some(index) => Step::Question(index),
                None => Step::Result,
            },
            QuizAction::Restart => return QuizFlow::default(),
        };
        flow
    }

    /// A question index past the end (old storage, a shorter quiz) becomes
    /// the last question, so the person lands somewhere sensible.
    fn with_step_in_range(mut self) -> QuizFlow {
        if let Step::Question(index) = self.step {
            self.step = match last_index() {
                Some(last) => Step::Question(index.min(last)),
                None => Step::Intro,
            };
        }
        self
    }

    /// Whether `step` has been reached: a question once every one before it
    /// is answered, the review and the result once all are.
    fn can_show(&self, step: Step) -> bool {
        match step {
            Step::Intro => true,
            Step::Question(index) => {
                index < ITEMS.len() && self.first_unanswered().is_none_or(|first| index <= first)
            }
            Step::Review | Step::Result => self.is_complete(),
        }
    }

    fn resume_step(&self) -> Step {
        self.first_unanswered().map_or(Step::Review, Step::Question)
    }

    fn next_step(&self) -> Step {
        match self.step {
            // Next on the intro means the same as Start.
            Step::Intro => self.resume_step(),
            Step::Question(index) => {
                let answered = ITEMS
                    .get(index)
                    .is_some_and(|item| self.answers.contains_key(item.id));
                if !answered {
                    self.step
                } else if index + 1 < ITEMS.len() {
                    Step::Question(index + 1)
                } else {
                    Step::Review
                }
            }
            Step::Review | Step::Result => self.step,
        }
    }

    fn previous_step(&self) -> Step {
        match self.step {
            Step::Intro | Step::Question(0) => Step::Intro,
            Step::Question(index) => Step::Question(index.saturating_sub(1)),
            Step::Review => last_index().map_or(Step::Intro, Step::Question),
            Step::Result => Step::Review,
        }
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
        ITEMS
            .iter()
            .position(|item| !self.answers.contains_key(item.id))
    }

    /// (1-based question number, total questions). The intro counts as 0;
    /// the review and the result count as the last question.
    pub fn progress(&self) -> (usize, usize) {
        let total = ITEMS.len();
        let number = match self.step {
            Step::Intro => 0,
            Step::Question(index) => index.saturating_add(1).min(total),
            Step::Review | Step::Result => total,
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
