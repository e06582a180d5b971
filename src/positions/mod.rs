//! The run of any instrument whose answers are positions on a scale (the
//! balance check, the stage readiness): the instrument says which questions
//! it asks given the answers so far (`PositionsInstrument::asked`), so an
//! early answer (the stage's rung) can pick the questions that follow; the
//! steps, answering, going back and forth, the review and starting over are
//! written once here. Pure: tested on the host.

mod compare;
mod link;

pub use compare::{compare, AnswerMove, Comparison, ScoreMove};
pub use link::{from_positions, to_positions};

use crate::content::words::Word;
use crate::instrument::{BandWords, Instrument};
use crate::state::json::Json;
use crate::state::section::{step_and_answers_at, RunFlow};
use crate::steps::{Answered, Go, Step};
use crate::vec_map::VecMap;

/// Question id → the answer's 1-based position among its options.
pub type Answers = VecMap<String, u8>;

/// One question as the run sees it: its stored id and how many options it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Asked {
    pub id: &'static str,
    pub options: u8,
}

/// What the generic run needs of an instrument whose answers are positions.
pub struct PositionsInstrument {
    /// Which instrument it is (its id names it in storage and addresses).
    pub instrument: Instrument,
    /// The letter its share links start with.
    pub kind: u8,
    /// The scoring model's version, saved with each result.
    pub model_version: u32,
    /// The questions asked, in order, given the answers so far.
    pub asked: fn(&Answers) -> Vec<Asked>,
    /// Whether it asks the question `id` for some answers (an id it never
    /// asks is a newer version's).
    pub knows: fn(&str) -> bool,
    /// The reading of complete answers, in brief (lists, trends, events);
    /// `None` while a question asked is unanswered.
    pub reading: fn(&Answers) -> Option<Reading>,
    /// The words of a question it asks: its text and its options' labels.
    pub question: fn(Asked) -> QuestionWords,
    /// How many questions a complete run asks: its share links have a slot
    /// for each (`link`), every one of which must hold an answer.
    pub slots: usize,
    /// Its name for the closing step, in addresses and in storage: `REVIEW`
    /// (a review of every answer), or the path diagnostic's "context".
    pub closing: &'static str,
    /// The questions its closing step asks, every one optional (the path
    /// diagnostic's context): never a step of their own, never needed for a
    /// reading, each a last slot of its links (0 when not given).
    pub optional: &'static [Asked],
    /// How its answers are stored.
    pub stored: Stored,
}

/// How an instrument's answers are stored (documents and export files).
#[derive(Clone, Copy)]
pub enum Stored {
    /// `"answers": {"<question id>": <position>}`.
    Positions,
    /// Each answer as its option's id (the path diagnostic's shape from
    /// before the engine, which documents and export files already hold).
    OptionIds(&'static OptionIds),
}

/// Answers stored as the ids of the options chosen: the questions' under
/// `asked` and the optional ones' under `optional` (`{"choices": {"path":
/// "path_clear"}, "context": {"stage": "scaling"}}`). Its reader and writer
/// (`state::positions::read_ids`, `write_ids`) are named here, by the
/// instruments stored so, so only their pages carry them.
pub struct OptionIds {
    pub asked: &'static str,
    pub optional: &'static str,
    /// The id of the option at this 1-based position of the question.
    pub option_id: fn(question: &str, position: u8) -> Option<&'static str>,
    /// The 1-based position of the option with this id in the question.
    pub position: fn(question: &str, option: &str) -> Option<u8>,
    /// The stored object's answers as (question id, position) pairs; `None`
    /// when one of its two groups is not an object.
    pub read: ReadIds,
    /// The answers as the stored object's fields.
    pub write: WriteIds,
}

/// `OptionIds::read`: the instrument, its stored object, where the answers
/// to questions it never asks go (a run in progress), the skipped count.
pub type ReadIds = fn(
    &PositionsInstrument,
    &Json,
    Option<&mut Vec<(String, String)>>,
    &mut usize,
) -> Option<Vec<(String, Json)>>;

/// `OptionIds::write`: the instrument, its answers, and the answers to
/// questions it never asks (as stored), written after its own.
pub type WriteIds = fn(&PositionsInstrument, &Answers, &[(String, String)]) -> Vec<(String, Json)>;

/// A question's words: its text, and each option's label (with a hint
/// when the option needs explaining), in the order of its positions.
pub struct QuestionWords {
    pub text: Word,
    /// A line under the text that helps answer it (the path diagnostic's).
    pub help: Option<Word>,
    pub options: Vec<(Word, Option<Word>)>,
    /// The options are one scale (laid out in a row).
    pub scale: bool,
}

impl QuestionWords {
    /// The label of the option at this 1-based position, if it has one.
    pub fn label(&self, position: u8) -> Option<Word> {
        let index = usize::from(position).checked_sub(1)?;
        self.options.get(index).map(|(label, _)| *label)
    }
}

/// A complete run's reading in brief: its band, and its scores (0–100)
/// with what each measures, in the instrument's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub band: BandWords,
    pub scores: Vec<(Word, u8)>,
}

impl PartialEq for PositionsInstrument {
    fn eq(&self, other: &Self) -> bool {
        self.instrument == other.instrument
    }
}

impl std::fmt::Debug for PositionsInstrument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.instrument.id())
    }
}

/// The name of a closing step (`Step::Closing`) that reviews every answer.
pub const REVIEW: &str = "review";

/// Where the person is and what they answered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PositionsFlow {
    pub step: Step,
    pub answers: Answers,
}

/// What the person does, as the run's rules read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Move {
    /// A move between the steps (`steps::Go`); the closing step is the review.
    Go(Go),
    /// Records an answer without moving; one the instrument does not ask,
    /// or off its scale, changes nothing.
    Answer(String, u8),
    /// Takes back the answer to an optional question (`optional`); the
    /// others' answers are only ever changed.
    Unanswer(String),
    Restart,
}

/// A move in one instrument's run (the instrument tells which questions it asks).
#[derive(Clone, Debug, PartialEq)]
pub struct PositionsAction {
    pub of: &'static PositionsInstrument,
    pub step: Move,
}

impl PositionsFlow {
    /// The questions asked, given these answers.
    pub fn asked(&self, of: &PositionsInstrument) -> Vec<Asked> {
        (of.asked)(&self.answers)
    }

    fn steps(&self, asked: &[Asked]) -> Answered {
        Answered::of(asked.len(), self.step, |index| {
            asked
                .get(index)
                .is_some_and(|question| self.answers.contains_key(question.id))
        })
    }

    /// The question on screen, if the step is one.
    pub fn current(&self, of: &PositionsInstrument) -> Option<Asked> {
        match self.step {
            Step::Question(index) => self.asked(of).get(index).copied(),
            _ => None,
        }
    }

    /// (1-based question number, questions asked); the intro counts as 0,
    /// the review and the result as the last.
    pub fn progress(&self, of: &PositionsInstrument) -> (usize, usize) {
        let total = self.asked(of).len();
        let number = match self.step {
            Step::Intro => 0,
            Step::Question(index) => index.saturating_add(1).min(total),
            Step::Closing | Step::Result => total,
        };
        (number, total)
    }

    /// Every question asked has an answer.
    pub fn is_complete(&self, of: &PositionsInstrument) -> bool {
        let asked = self.asked(of);
        self.steps(&asked).all()
    }

    /// The next flow. The step is first brought into range (the questions
    /// asked can change with an answer, or with an older stored run); an
    /// answer that changes which questions are asked lets the answers to
    /// those no longer asked go.
    pub fn apply(self, action: PositionsAction) -> PositionsFlow {
        let PositionsAction { of, step } = action;
        let mut flow = self;
        let asked = flow.asked(of);
        flow.step = flow.steps(&asked).in_range(flow.step);
        let steps = flow.steps(&asked);
        flow.step = match step {
            Move::Go(go) => steps.go(go, flow.step),
            Move::Answer(id, position) => {
                let fits = asked.iter().chain(of.optional).any(|question| {
                    question.id == id && (1..=question.options).contains(&position)
                });
                if fits {
                    flow.answers.insert(id, position);
                    let now_asked = flow.asked(of);
                    flow.answers.retain(|id, _| {
                        now_asked
                            .iter()
                            .chain(of.optional)
                            .any(|question| question.id == id)
                    });
                }
                flow.step
            }
            Move::Unanswer(id) => {
                if of.optional.iter().any(|question| question.id == id) {
                    flow.answers.remove(&id);
                }
                flow.step
            }
            Move::Restart => return PositionsFlow::default(),
        };
        flow
    }
}

impl RunFlow for PositionsFlow {
    type Action = PositionsAction;
    type Saved = Answers;
    type Answer = u8;
    /// Unused: each instrument's version is its own (`PositionsInstrument`).
    const MODEL_VERSION: u32 = 0;

    fn apply(self, action: PositionsAction) -> PositionsFlow {
        PositionsFlow::apply(self, action)
    }
    fn restarts(action: &PositionsAction) -> bool {
        action.step == Move::Restart
    }
    step_and_answers_at!(answers);
    fn is_unanswered(&self) -> bool {
        self.answers.is_empty()
    }
    fn saved(&self) -> Answers {
        self.answers.clone()
    }
}

#[cfg(test)]
mod tests;
