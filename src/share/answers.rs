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

pub(super) fn quiz_digits(answers: &Answers) -> String {
    ITEMS
        .iter()
        .map(|item| {
            answers
                .get(item.id)
                .map_or(digit(UNANSWERED), |a| digit(usize::from(a.value())))
        })
        .collect()
}

pub(super) fn quiz_answers(digits: &[u8]) -> Result<Answers, ShareError> {
    check_len(digits, ITEMS.len())?;
    let mut answers = Answers::new();
    for (item, &byte) in ITEMS.iter().zip(digits) {
        let answer = match digit_value(byte)? {
            UNANSWERED => return Err(ShareError::Incomplete),
            value => u8::try_from(value)
                .ok()
                .and_then(Agreement::new)
                .ok_or(ShareError::Invalid("an answer is out of range"))?,
        };
        answers.insert(item.id.to_string(), answer);
    }
    Ok(answers)
}

/// Too few answers reads as unfinished; too many cannot come from `encode`.
fn check_len(digits: &[u8], expected: usize) -> Result<(), ShareError> {
    match digits.len() {
        len if len < expected => Err(ShareError::Incomplete),
        len if len > expected => Err(ShareError::Invalid("there are more answers than questions")),
        _ => Ok(()),
    }
}

pub(super) fn path_digits(answers: &PathAnswers) -> String {
    let choices = QUESTIONS.iter().map(|question| {
        answers
            .chosen(question)
            .and_then(|chosen| question.choices.iter().position(|c| c.id == chosen.id))
            .map_or(digit(UNANSWERED), |index| digit(index + 1))
    });
    let context = &answers.context;
    let context = [
        context_digit(&OrgStage::ALL, context.stage),
        context_digit(&Situation::ALL, context.situation),
        context_digit(&IndustryPace::ALL, context.pace),
        context_digit(&CareerStage::ALL, context.career),
    ];
    choices.chain(context).collect()
}

fn context_digit<T: PartialEq>(all: &[T], value: Option<T>) -> char {
    value
        .and_then(|value| all.iter().position(|option| *option == value))
        .map_or(digit(UNANSWERED), |index| digit(index + 1))
}

pub(super) fn path_answers(digits: &[u8]) -> Result<PathAnswers, ShareError> {
    check_len(digits, QUESTIONS.len() + CONTEXT_SLOTS)?;
    let (choice_digits, context_digits) = digits
        .split_at_checked(QUESTIONS.len())
        .ok_or(ShareError::Incomplete)?;
    let mut answers = PathAnswers::default();
    for (question, &byte) in QUESTIONS.iter().zip(choice_digits) {
        let choice = match digit_value(byte)? {
            UNANSWERED => return Err(ShareError::Incomplete),
            position => position
                .checked_sub(1)
                .and_then(|index| question.choices.get(index))
                .ok_or(ShareError::Invalid("an answer is out of range"))?,
        };
        answers
            .choices
            .insert(question.id.to_string(), choice.id.to_string());
    }
    let [stage, situation, pace, career] = context_digits else {
        return Err(ShareError::Incomplete);
    };
    answers.context = ContextAnswers {
        stage: context_value(&OrgStage::ALL, *stage)?,
        situation: context_value(&Situation::ALL, *situation)?,
        pace: context_value(&IndustryPace::ALL, *pace)?,
        career: context_value(&CareerStage::ALL, *career)?,
    };
    Ok(answers)
}

fn context_value<T: Copy>(all: &[T], byte: u8) -> Result<Option<T>, ShareError> {
    match digit_value(byte)? {
        UNANSWERED => Ok(None),
        position => position
            .checked_sub(1)
            .and_then(|index| all.get(index))
            .copied()
            .map(Some)
            .ok_or(ShareError::Invalid("a context answer is out of range")),
    }
}
