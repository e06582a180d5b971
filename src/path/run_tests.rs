//! The path diagnostic as the engine's run: what it asks, its answers read
//! back by the blend model, its links equal to the ones it always wrote,
//! and its moves through the document. Helpers for other modules' tests.

use super::run::{answers_of, run_answers, PATH_RUN};
use super::tests::{all_combinations, all_contexts, answers_at, worked_example};
use super::{ContextAnswers, ContextQuestion, PathAnswers, MODEL_VERSION, QUESTIONS};
use crate::positions::{Move, PositionsAction, PositionsFlow};
use crate::state::document::{DocAction, Document};
use crate::state::section::Section;
use crate::state::SavedAnswers;
use crate::steps::{Go, Step};

/// A move in the path diagnostic's run, as the document takes it.
pub fn act(step: Move) -> DocAction {
    DocAction::Run(PositionsAction {
        of: &PATH_RUN,
        step,
    })
}

/// A move between its steps.
pub fn go(go: Go) -> DocAction {
    act(Move::Go(go))
}

/// The choice `choice_id` to the question `question_id` (an unknown pair
/// is a move the run ignores, as the page would make it).
pub fn choose(question_id: &str, choice_id: &str) -> DocAction {
    act(super::pick(question_id, choice_id))
}

/// The moves that make the context `context` (each question answered, or
/// left out).
pub fn set_context(context: &ContextAnswers) -> Vec<DocAction> {
    ContextQuestion::ALL
        .into_iter()
        .map(|question| match question.selected(context) {
            Some(option) => act(super::pick(question.id(), option)),
            None => act(Move::Unanswer(question.id().to_string())),
        })
        .collect()
}

/// The path diagnostic's run in `doc` (a fresh one if it was never begun).
pub fn run(doc: &Document) -> Section<PositionsFlow> {
    doc.runs.get("path").cloned().unwrap_or_default()
}

/// Its answers, as the blend model reads them.
pub fn answers(doc: &Document) -> PathAnswers {
    answers_of(&run(doc).flow.answers)
}

/// A saved result of these answers.
pub fn saved(answers: &PathAnswers) -> SavedAnswers {
    SavedAnswers::Positions(&PATH_RUN, run_answers(answers))
}

#[test]
fn every_question_is_asked_in_order_and_the_context_at_the_close() {
    let asked = (PATH_RUN.asked)(&Default::default());
    assert_eq!(asked.len(), QUESTIONS.len());
    assert_eq!(PATH_RUN.slots, QUESTIONS.len());
    for (asked, question) in asked.iter().zip(QUESTIONS) {
        assert_eq!(asked.id, question.id);
        assert_eq!(usize::from(asked.options), question.choices.len());
        assert!((PATH_RUN.knows)(question.id));
    }
    let optional: Vec<(&str, usize)> = PATH_RUN
        .optional
        .iter()
        .map(|asked| (asked.id, usize::from(asked.options)))
        .collect();
    let context: Vec<(&str, usize)> = ContextQuestion::ALL
        .iter()
        .map(|question| (question.id(), question.options().len()))
        .collect();
    assert_eq!(optional, context);
    assert!(!(PATH_RUN.knows)("budget"), "a newer version's question");
    assert_eq!(PATH_RUN.model_version, MODEL_VERSION);
    assert_eq!(PATH_RUN.closing, "context");
}

#[test]
fn the_blend_model_reads_back_every_answer_set_and_context() {
    let contexts = all_contexts();
    for (at, combination) in all_combinations().iter().enumerate() {
        let mut answers = answers_at(combination);
        answers.context = contexts[at % contexts.len()].clone();
        assert_eq!(answers_of(&run_answers(&answers)), answers);
    }
    // Positions off a question's options, and questions it never asks, are no answers.
    let mut run = run_answers(&worked_example());
    run.insert("budget".to_string(), 1);
    run.insert("stage".to_string(), 9);
    assert_eq!(answers_of(&run), worked_example());
}

#[test]
fn its_share_links_are_the_links_the_path_always_wrote() {
    let contexts = all_contexts();
    for (at, combination) in all_combinations().iter().enumerate().step_by(7) {
        let mut answers = answers_at(combination);
        answers.context = contexts[at % contexts.len()].clone();
        // The format the path's links always had: `p`, the version, each
        // choice's position in `QUESTIONS` order, then each context
        // answer's, 0 when left out (`share::link_tests` pins links issued
        // before the engine).
        let choices = QUESTIONS.iter().map(|question| {
            let chosen = answers.chosen(question).unwrap();
            question.choices.iter().position(|c| c == chosen).unwrap() + 1
        });
        let context = ContextQuestion::ALL.iter().map(|question| {
            let selected = question.selected(&answers.context);
            let options = question.options();
            selected.map_or(0, |id| options.iter().position(|o| o.id == id).unwrap() + 1)
        });
        let digits: String = choices.chain(context).map(|d| d.to_string()).collect();
        let run = run_answers(&answers);
        let link = PATH_RUN.share(&run);
        assert!(
            link.starts_with(&format!("p{MODEL_VERSION}.{digits}.")),
            "{link}"
        );
        assert_eq!(PATH_RUN.read_link(&link), Ok(run));
    }
    // Pinned: seed 003's worked example (the payload in `share::link`'s docs).
    assert_eq!(
        PATH_RUN.share(&run_answers(&worked_example())),
        "p1.123320000.e0kq"
    );
}

#[test]
fn its_reading_is_the_blend_and_its_band() {
    let run = run_answers(&worked_example());
    let reading = (PATH_RUN.reading)(&run).expect("complete");
    let blend = super::reading(&worked_example()).expect("complete");
    assert_eq!(reading.band.id, blend.band().id());
    assert_eq!(reading.scores.len(), 1);
    assert_eq!(reading.scores[0].1, blend.management);
    let mut unfinished = run.clone();
    unfinished.remove("team");
    assert_eq!((PATH_RUN.reading)(&unfinished), None);
}

#[test]
fn the_run_moves_as_the_path_always_did() {
    let mut doc = Document::default().apply(go(Go::Start), 1);
    for (question, choice) in crate::state::tests::WORKED_EXAMPLE {
        doc = doc
            .apply(choose(question, choice), 2)
            .apply(go(Go::Next), 3);
    }
    assert_eq!(run(&doc).flow.step, Step::Closing);
    // The context is optional: answered, taken back, and never needed.
    for action in set_context(&ContextAnswers {
        stage: Some(super::OrgStage::Scaling),
        ..ContextAnswers::default()
    }) {
        doc = doc.apply(action, 4);
    }
    assert_eq!(answers(&doc).context.stage, Some(super::OrgStage::Scaling));
    let doc = doc.apply(go(Go::Finish), 5);
    assert_eq!(run(&doc).flow.step, Step::Result);
    assert_eq!(doc.history.len(), 1);
    assert_eq!(
        doc.history[0]
            .answers
            .positions_of(crate::instrument::Instrument::Path),
        Some(&run(&doc).flow.answers)
    );
    let doc = doc.apply(go(Go::Back), 6);
    let doc = doc.apply(act(Move::Unanswer("stage".into())), 7);
    assert_eq!(answers(&doc).context, ContextAnswers::default());
    // Only the context's answers can be taken back.
    let kept = doc.clone().apply(act(Move::Unanswer("team".into())), 8);
    assert_eq!(kept, doc);
}
