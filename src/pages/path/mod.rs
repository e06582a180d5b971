//! The path diagnostic's page: its words, its closing step (the context
//! questions) and its result's head and body (the blend model's own: the
//! blend, each answer's contribution, the context comparison, warnings and
//! corrections). The run itself is every instrument's (`pages::run`).

mod context;
pub mod result;

use yew::prelude::*;

use crate::content::path_screens as text;
use crate::embed::Summary;
use crate::path::{answers_of, pick, reading, ContextQuestion, PATH_RUN};
use crate::positions::{Answers, Move, PositionsFlow, PositionsInstrument};
use crate::steps::Go;

use super::run::{unsaved_eyebrows, Closing, ResultView, RunView};
use context::{path_context, PathContextProps};

/// The context step: four optional questions, and a way past them all.
fn context_step(flow: &PositionsFlow, dispatch: &Callback<Move>) -> Html {
    let act = |action: Move| dispatch.reform(move |_| action.clone());
    path_context(&PathContextProps {
        context: answers_of(&flow.answers).context,
        onchange: dispatch
            .reform(|(question, id): (ContextQuestion, AttrValue)| pick(question.id(), &id)),
        onnext: act(Move::Go(Go::Finish)),
        // Going on without the rest of the context keeps what is given.
        onskip: act(Move::Go(Go::Finish)),
        onback: act(Move::Go(Go::Back)),
    })
}

/// What an embed tells its host of a result: the band, the blend as the
/// title, and the management share as the score.
fn summary(_: &PositionsInstrument, answers: &Answers) -> Option<Summary> {
    reading(&answers_of(answers)).map(|blend| Summary {
        band: blend.band().id(),
        title: text::blend_label(blend),
        score: i64::from(blend.management),
        confidence: None,
    })
}

/// How the path diagnostic's results show.
pub static PATH_RESULT: ResultView = ResultView {
    of: &PATH_RUN,
    title: text::TITLE,
    eyebrows: unsaved_eyebrows(text::RESULT_EYEBROW, text::SHARED_EYEBROW),
    head: result::head,
    body: result::body,
    headline: |_, answers| reading(&answers_of(answers)).map(text::blend_label),
};

/// The path diagnostic's run.
pub static PATH_VIEW: RunView = RunView {
    result: &PATH_RESULT,
    intro: crate::content::intros::PATH,
    closing: Closing::Own {
        title: text::CONTEXT_TITLE,
        screen: context_step,
    },
    change_answers: text::CHANGE_ANSWERS,
    retake: text::RETAKE,
    summary,
    statements_later: true,
};
