//! The Fork quiz as a run of the generic engine: what it asks, how its
//! answers reach the lean model, and that its share links are the links
//! the quiz always wrote. Also the tests' shorthand for its moves.

use crate::positions::{Move, PositionsAction, PositionsFlow};
use crate::state::section::Section;
use crate::state::{DocAction, Document, SavedAnswers};
use crate::steps::{Go, Step};
use crate::test_rng::TestRng;
use crate::vec_map::VecMap;

use super::content::{Agreement, ITEMS};
use super::run::QUIZ_RUN;
use super::scoring::{agreement, score, Answers, MODEL_VERSION};
use super::test_support::answers_where;

/// A move in the Fork quiz's run, as the document takes it.
pub fn go(go: Go) -> DocAction {
    quiz_move(Move::Go(go))
}

/// Starting the Fork quiz over, as the document takes it.
pub fn restart() -> DocAction {
    quiz_move(Move::Restart)
}

/// An answer to the statement `item_id`, as the document takes it.
pub fn answer(item_id: &str, agreement: Agreement) -> DocAction {
    quiz_move(Move::Answer(item_id.to_string(), agreement.value()))
}

fn quiz_move(step: Move) -> DocAction {
    DocAction::Run(PositionsAction {
        of: &QUIZ_RUN,
        step,
    })
}

/// The Fork quiz's answers (agreements, or their positions) as a saved
/// result holds them.
pub fn saved<A: Into<u8>>(answers: VecMap<String, A>) -> SavedAnswers {
    let positions = answers.into_iter().map(|(id, a)| (id, a.into())).collect();
    SavedAnswers::Positions(&QUIZ_RUN, positions)
}

/// The Fork quiz's run in `doc` (a fresh one if it was never begun).
pub fn run(doc: &Document) -> Section<PositionsFlow> {
    doc.runs.get("quiz").cloned().unwrap_or_default()
}

/// Its answers on the agreement scale.
pub fn answers(doc: &Document) -> VecMap<String, Agreement> {
    let positions = run(doc).flow.answers;
    positions
        .keys()
        .filter_map(|id| Some((id.clone(), agreement(&positions, id)?)))
        .collect()
}

#[test]
fn every_statement_is_asked_in_order_on_the_agreement_scale() {
    let asked = QUIZ_RUN.asked.to_owned()(&Default::default());
    assert_eq!(asked.len(), ITEMS.len());
    assert_eq!(QUIZ_RUN.slots, ITEMS.len());
    for (question, item) in asked.iter().zip(ITEMS) {
        assert_eq!(question.id, item.id);
        assert_eq!(usize::from(question.options), Agreement::SCALE.len());
        assert!((QUIZ_RUN.knows)(item.id));
    }
    assert!(
        !(QUIZ_RUN.knows)("energy-99"),
        "a newer version's statement"
    );
    assert_eq!(QUIZ_RUN.model_version, MODEL_VERSION);
}

#[test]
fn positions_reach_the_model_only_on_the_scale_and_for_its_statements() {
    let mut positions = answers_where(|_| Agreement::MIDPOINT);
    let complete = score(&positions);
    positions.insert("energy-99".to_string(), 5);
    assert_eq!(score(&positions), complete, "a newer version's statement");
    for off_the_scale in [0, 6, 9] {
        let mut answers = positions.clone();
        answers.insert(ITEMS[0].id.to_string(), off_the_scale);
        assert_eq!(agreement(&answers, ITEMS[0].id), None);
        assert!(
            !super::scoring::is_complete(&answers),
            "{off_the_scale} is no answer"
        );
    }
}

#[test]
fn its_share_links_are_the_links_the_quiz_always_wrote() {
    let mut rng = TestRng::new(0x51a7);
    for _ in 0..200 {
        let answers: Answers = ITEMS
            .iter()
            .map(|item| (item.id.to_string(), Agreement::SCALE[rng.below(5)].value()))
            .collect();
        // The format the quiz's links always had: `q`, the version, each
        // statement's agreement in `ITEMS` order (`share::link_tests` pins
        // links issued before the engine).
        let digits: String = ITEMS
            .iter()
            .map(|item| answers.get(item.id).unwrap().to_string())
            .collect();
        let link = QUIZ_RUN.share(&answers);
        assert!(
            link.starts_with(&format!("q{MODEL_VERSION}.{digits}.")),
            "{link}"
        );
        assert_eq!(QUIZ_RUN.read_link(&link), Ok(answers));
    }
    // Pinned: every answer at the midpoint (the payload in `share::link`'s docs).
    let midpoint = answers_where(|_| Agreement::MIDPOINT);
    assert_eq!(
        QUIZ_RUN.share(&midpoint),
        "q1.3333333333333333333333333.qm4i"
    );
}

#[test]
fn its_reading_is_the_lean_models_band_and_dimensions() {
    let answers = answers_where(|item| Agreement::SCALE[item.id.len() % 5]);
    let reading = (QUIZ_RUN.reading)(&answers).expect("complete");
    let scored = score(&answers);
    assert_eq!(reading.band.id, scored.band.id());
    assert_eq!(reading.band.title, scored.band.title());
    let scores: Vec<u8> = reading.scores.iter().map(|(_, score)| *score).collect();
    let expected: Vec<u8> = scored
        .dimensions
        .iter()
        .map(|d| d.score.round() as u8)
        .collect();
    assert_eq!(scores, expected);
    let mut unfinished = answers.clone();
    unfinished.remove(ITEMS[7].id);
    assert_eq!((QUIZ_RUN.reading)(&unfinished), None);
}

#[test]
fn the_run_moves_as_the_quiz_always_did() {
    let doc = Document::default()
        .apply(go(Go::Start), 1)
        .apply(answer(ITEMS[0].id, Agreement::STRONGLY_AGREE), 2)
        .apply(go(Go::Next), 3);
    assert_eq!(run(&doc).flow.step, Step::Question(1));
    assert_eq!(
        answers(&doc).get(ITEMS[0].id),
        Some(&Agreement::STRONGLY_AGREE)
    );
    // Finishing with a statement unanswered opens it, not the result.
    let doc = doc.apply(go(Go::Finish), 4);
    assert_eq!(run(&doc).flow.step, Step::Question(1));
    assert!(doc.history.is_empty());
    let mut doc = doc;
    for item in ITEMS {
        doc = doc.apply(answer(item.id, Agreement::MIDPOINT), 5);
    }
    let doc = doc.apply(go(Go::Finish), 6);
    assert_eq!(run(&doc).flow.step, Step::Result);
    assert_eq!(doc.history.len(), 1);
    assert_eq!(doc.history[0].model_version, MODEL_VERSION);
    let restarted = doc.apply(restart(), 7);
    assert!(run(&restarted).flow.answers.is_empty());
    assert_eq!(
        restarted.history.len(),
        1,
        "a result stays when the run starts over"
    );
}
