//! The answers part of a share payload: one lowercase base-36 digit per
//! answer, 0 for "unanswered" (see `link` for the whole format). Decoding
//! accepts only what encoding writes, so every result has one spelling.

use crate::path::{
    CareerStage, ContextAnswers, IndustryPace, OrgStage, PathAnswers, Situation, QUESTIONS,
};
use crate::quiz::{Agreement, Answers, ITEMS};

use super::error::ShareError;

/// Lowercase only: accepting `A` for `a` would give two payloads for one result.
pub(super) const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const UNANSWERED: usize = 0;
/// Organisation stage, situation, industry pace, career stage, in that order.
const CONTEXT_SLOTS: usize = 4;

/// Values past the alphabet cannot occur (a test checks every question has
/// fewer than 36 choices); writing them as "unanswered" keeps `encode` total.
fn digit(value: usize) -> char {
    char::from(DIGITS.get(value).copied().unwrap_or(b'0'))
}

fn digit_value(byte: u8) -> Result<usize, ShareError> {
    DIGITS
        .iter()
        .position(|&d| d == byte)
        .ok_or(ShareError::Invalid("an answer is not written as a number"))
}

/// What a share link needs of an instrument (`link` has the format): its
/// letter and model version, and its answers as positions, one per slot.
pub trait Linked {
    type Answers;
    /// The letter its links start with.
    const KIND: u8;
    const MODEL_VERSION: u32;
    /// How many slots there are; the first `REQUIRED` must hold an answer,
    /// the others may be 0 ("not given").
    const SLOTS: usize;
    const REQUIRED: usize;
    /// Each slot's answer as its 1-based position among its options, 0 for none.
    fn positions(answers: &Self::Answers) -> Vec<usize>;
    /// The answers at these positions (one per slot, every required one
    /// given); `Invalid` for a position past its slot's options.
    fn from_positions(positions: &[usize]) -> Result<Self::Answers, ShareError>;
}

/// The answers part of a link: one digit per slot.
pub fn digits(positions: Vec<usize>) -> String {
    positions.into_iter().map(digit).collect()
}

/// The positions a link's digits hold, `slots` of them; `Incomplete` when
/// one of the first `required` is 0. (Not generic: one copy serves every
/// instrument.)
pub fn positions(digits: &[u8], slots: usize, required: usize) -> Result<Vec<usize>, ShareError> {
    check_len(digits, slots)?;
    let mut positions = Vec::with_capacity(digits.len());
    for (slot, &byte) in digits.iter().enumerate() {
        let position = digit_value(byte)?;
        if position == UNANSWERED && slot < required {
            return Err(ShareError::Incomplete);
        }
        positions.push(position);
    }
    Ok(positions)
}

/// Too few answers reads as unfinished; too many cannot come from `encode`.
fn check_len(digits: &[u8], expected: usize) -> Result<(), ShareError> {
    match digits.len() {
        len if len < expected => Err(ShareError::Incomplete),
        len if len > expected => Err(ShareError::Invalid("there are more answers than questions")),
        _ => Ok(()),
    }
}

/// The 1-based position of `value` among `options`, 0 when not given.
fn position_of<T: PartialEq>(options: &[T], value: Option<T>) -> usize {
    value
        .and_then(|value| options.iter().position(|option| *option == value))
        .map_or(UNANSWERED, |index| index + 1)
}

/// The Fork quiz: every item's agreement, 1 to 5, in `ITEMS` order.
pub struct QuizLink;

impl Linked for QuizLink {
    type Answers = Answers;
    const KIND: u8 = b'q';
    const MODEL_VERSION: u32 = crate::quiz::MODEL_VERSION;
    const SLOTS: usize = ITEMS.len();
    const REQUIRED: usize = ITEMS.len();

    fn positions(answers: &Answers) -> Vec<usize> {
        ITEMS
            .iter()
            .map(|item| answers.get(item.id).map_or(UNANSWERED, |a| usize::from(*a)))
            .collect()
    }

    fn from_positions(positions: &[usize]) -> Result<Answers, ShareError> {
        let mut answers = Answers::new();
        for (item, &position) in ITEMS.iter().zip(positions) {
            let answer = u8::try_from(position)
                .ok()
                .and_then(Agreement::new)
                .ok_or(ShareError::Invalid("an answer is out of range"))?;
            answers.insert(item.id.to_string(), answer.value());
        }
        Ok(answers)
    }
}

/// The path diagnostic: the position of the choice for every question, in
/// `QUESTIONS` order, then the four context answers (organisation stage,
/// situation, industry pace, career stage), each 0 when not given.
pub struct PathLink;

impl Linked for PathLink {
    type Answers = PathAnswers;
    const KIND: u8 = b'p';
    const MODEL_VERSION: u32 = crate::path::MODEL_VERSION;
    const SLOTS: usize = QUESTIONS.len() + CONTEXT_SLOTS;
    const REQUIRED: usize = QUESTIONS.len();

    fn positions(answers: &PathAnswers) -> Vec<usize> {
        let choices = QUESTIONS.iter().map(|question| {
            answers
                .chosen(question)
                .and_then(|chosen| question.choices.iter().position(|c| c.id == chosen.id))
                .map_or(UNANSWERED, |index| index + 1)
        });
        let context = &answers.context;
        let context = [
            position_of(&OrgStage::ALL, context.stage),
            position_of(&Situation::ALL, context.situation),
            position_of(&IndustryPace::ALL, context.pace),
            position_of(&CareerStage::ALL, context.career),
        ];
        choices.chain(context).collect()
    }

    fn from_positions(positions: &[usize]) -> Result<PathAnswers, ShareError> {
        let (choices, context) = positions
            .split_at_checked(QUESTIONS.len())
            .ok_or(ShareError::Incomplete)?;
        let mut answers = PathAnswers::default();
        for (question, &position) in QUESTIONS.iter().zip(choices) {
            let choice = position
                .checked_sub(1)
                .and_then(|index| question.choices.get(index))
                .ok_or(ShareError::Invalid("an answer is out of range"))?;
            answers
                .choices
                .insert(question.id.to_string(), choice.id.to_string());
        }
        let [stage, situation, pace, career] = context else {
            return Err(ShareError::Incomplete);
        };
        answers.context = ContextAnswers {
            stage: given(&OrgStage::ALL, *stage)?,
            situation: given(&Situation::ALL, *situation)?,
            pace: given(&IndustryPace::ALL, *pace)?,
            career: given(&CareerStage::ALL, *career)?,
        };
        Ok(answers)
    }
}

/// A context answer at a 1-based `position`, None when not given.
fn given<T: Copy>(options: &[T], position: usize) -> Result<Option<T>, ShareError> {
    match position {
        UNANSWERED => Ok(None),
        position => position
            .checked_sub(1)
            .and_then(|index| options.get(index))
            .copied()
            .map(Some)
            .ok_or(ShareError::Invalid("a context answer is out of range")),
    }
}
