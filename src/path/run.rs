//! The path diagnostic as a run of the generic engine (`crate::positions`):
//! its five questions, each answer the 1-based position of its choice, and
//! its four context questions as the closing step's optional ones. Stored
//! as it always was, each answer as its option's id (`{"choices": {..},
//! "context": {..}}`); its links are what they always were (`p`, the five
//! choices, then the four context slots, 0 when not given).
//!
//! The blend model reads the run's answers as `PathAnswers` (`answers_of`).

use crate::content::words::keys;
use crate::instrument::{BandWords, Instrument};
use crate::positions::{
    self, Asked, Move, OptionIds, PositionsInstrument, QuestionWords, Reading, Stored,
};

use super::context::{CareerStage, IndustryPace, OrgStage, Situation};
use super::context_questions::ContextQuestion;
use super::model::{reading as blend_of, PathAnswers, MODEL_VERSION};
use super::questions::{question, QUESTIONS};

/// The name of its closing step, the questions about the context, in
/// addresses and in storage.
pub const CLOSING: &str = "context";

fn asked(_: &positions::Answers) -> Vec<Asked> {
    QUESTIONS
        .iter()
        .map(|question| Asked {
            id: question.id,
            options: question.choices.len() as u8,
        })
        .collect()
}

/// The context questions, in `ContextQuestion::ALL`'s order (a test checks
/// the ids and the counts against it).
static CONTEXT: [Asked; 4] = [
    optional("stage", OrgStage::ALL.len()),
    optional("situation", Situation::ALL.len()),
    optional("pace", IndustryPace::ALL.len()),
    optional("career", CareerStage::ALL.len()),
];

const fn optional(id: &'static str, options: usize) -> Asked {
    Asked {
        id,
        options: options as u8,
    }
}

/// The path diagnostic's run.
pub static PATH_RUN: PositionsInstrument = PositionsInstrument {
    instrument: Instrument::Path,
    kind: b'p',
    model_version: MODEL_VERSION,
    asked,
    knows: |id| question(id).is_some() || context_question(id).is_some(),
    reading,
    question: question_words,
    slots: QUESTIONS.len(),
    closing: CLOSING,
    optional: &CONTEXT,
    stored: Stored::OptionIds(&STORED),
};

/// Stored as it always was: `{"choices": {..}, "context": {..}}`.
static STORED: OptionIds = OptionIds {
    asked: "choices",
    optional: "context",
    option_id,
    position,
    read: crate::state::positions::read_ids,
    write: crate::state::positions::write_ids,
};

fn context_question(id: &str) -> Option<ContextQuestion> {
    ContextQuestion::ALL.into_iter().find(|q| q.id() == id)
}

/// A question's words: one of the five with its choices, or a context
/// question with its options.
fn question_words(asked: Asked) -> QuestionWords {
    let (text, help, options) = match (question(asked.id), context_question(asked.id)) {
        (Some(question), _) => (
            question.prompt,
            Some(question.help),
            question.choices.iter().map(|c| (c.label, None)).collect(),
        ),
        (None, Some(context)) => (
            context.prompt(),
            None,
            context.options().iter().map(|o| (o.label, None)).collect(),
        ),
        (None, None) => (keys::PATH_SCREEN_TITLE, None, Vec::new()),
    };
    QuestionWords {
        text,
        help,
        options,
        scale: false,
    }
}

/// The ids of a question's options, in order (a choice's or a context option's).
fn option_ids(question_id: &str) -> Vec<&'static str> {
    match question(question_id) {
        Some(question) => question.choices.iter().map(|choice| choice.id).collect(),
        None => context_question(question_id)
            .map(|q| q.options().iter().map(|option| option.id).collect())
            .unwrap_or_default(),
    }
}

fn option_id(question_id: &str, position: u8) -> Option<&'static str> {
    let index = usize::from(position).checked_sub(1)?;
    option_ids(question_id).get(index).copied()
}

fn position(question_id: &str, option_id: &str) -> Option<u8> {
    let index = option_ids(question_id)
        .iter()
        .position(|id| *id == option_id)?;
    u8::try_from(index + 1).ok()
}

/// The run's answers as the blend model reads them: each choice and
/// context answer by its id.
pub fn answers_of(run: &positions::Answers) -> PathAnswers {
    let mut answers = PathAnswers::default();
    for (question_id, at) in run {
        let Some(option) = option_id(question_id, *at) else {
            continue;
        };
        match context_question(question_id) {
            Some(question) => answers.context = question.with_option(&answers.context, option),
            None => {
                answers.choose(question_id, option);
            }
        }
    }
    answers
}

/// The move that picks the option `option_id` of the question
/// `question_id` (a choice, or a context answer), as its screens make it;
/// any other id takes the answer back, which only a context question
/// allows ("Leave this out"), so an unknown choice changes nothing.
pub fn pick(question_id: &str, option_id: &str) -> Move {
    match position(question_id, option_id) {
        Some(at) => Move::Answer(question_id.to_string(), at),
        None => Move::Unanswer(question_id.to_string()),
    }
}

/// The blend model's answers as the run keeps them (tests).
#[cfg(test)]
pub fn run_answers(answers: &PathAnswers) -> positions::Answers {
    let choices = answers
        .choices
        .iter()
        .map(|(id, choice)| (id.as_str(), choice.as_str()));
    let context = ContextQuestion::ALL
        .into_iter()
        .filter_map(|q| Some((q.id(), q.selected(&answers.context)?)));
    let mut run = positions::Answers::new();
    for (question_id, option) in choices.chain(context) {
        if let Some(at) = position(question_id, option) {
            run.insert(question_id.to_string(), at);
        }
    }
    run
}

/// The band and the share of management, once every question is answered.
fn reading(run: &positions::Answers) -> Option<Reading> {
    let blend = blend_of(&answers_of(run))?;
    let band = blend.band();
    Some(Reading {
        band: BandWords {
            id: band.id(),
            title: band.title(),
            summary: band.summary(),
        },
        scores: vec![(keys::RESULTS_TRENDS_MANAGEMENT, blend.management)],
    })
}
