//! Native tests for the persistence core, with builders for rich documents and
//! a tiny deterministic PRNG for the fuzz tests (no dev-dependencies).

mod codec;
mod document;
mod fixtures;
mod fuzz;
mod import;
mod json;
mod merge;
mod positions;
mod trim;
mod unknown;

use crate::path::run_tests as path_run;
use crate::path::{CareerStage, ContextAnswers, OrgStage};
use crate::quiz::run_tests as quiz_run;
use crate::quiz::{Agreement, ITEMS};
use crate::steps::{Go, Step};

use super::document::{DocAction, Document};

pub use crate::test_rng::TestRng as Rng;

pub fn agreement(value: u8) -> Agreement {
    Agreement::new(value).expect("on the scale")
}

pub fn answer(item_index: usize, value: u8) -> DocAction {
    quiz_run::answer(ITEMS[item_index].id, agreement(value))
}

pub fn choose(question_id: &str, choice_id: &str) -> DocAction {
    path_run::choose(question_id, choice_id)
}

/// The five path answers of seed 003's worked example.
pub const WORKED_EXAMPLE: [(&str, &str); 5] = [
    ("path", "path_clear"),
    ("right_things", "right_mostly"),
    ("team", "team_low"),
    ("processes", "proc_not_followed"),
    ("challenge", "challenge_execution_morale"),
];

/// A document with every quiz item answered (value from the index).
pub fn all_quiz_answered(doc: Document, now: u64) -> Document {
    let mut doc = doc;
    for index in 0..ITEMS.len() {
        doc = doc.apply(answer(index, (index % 5 + 1) as u8), now);
    }
    doc
}

/// Two results of each instrument in history, then both flows left mid-way
/// with context set: everything the stored format can hold.
pub fn rich_document() -> Document {
    let mut doc = all_quiz_answered(Document::default(), 1_000);
    doc = doc.apply(quiz_run::go(Go::Finish), 2_000);
    // Editing goes through a question (or the context) first, as the result pages do.
    doc = doc.apply(quiz_run::go(Go::To(0)), 3_000);
    doc = doc.apply(answer(0, 5), 3_000);
    doc = doc.apply(quiz_run::go(Go::Finish), 4_000);
    for (question, choice) in WORKED_EXAMPLE {
        doc = doc.apply(choose(question, choice), 5_000);
    }
    doc = doc.apply(path_run::go(Go::Finish), 6_000);
    doc = doc.apply(path_run::go(Go::Back), 7_000);
    doc = doc.apply(choose("team", "team_yes"), 7_000);
    doc = doc.apply(path_run::go(Go::Finish), 8_000);
    assert_eq!(doc.history.len(), 4, "two results of each instrument");
    doc = doc.apply(quiz_run::restart(), 9_000);
    doc = doc.apply(path_run::act(crate::positions::Move::Restart), 9_000);
    doc = doc.apply(answer(0, 5), 10_000);
    doc = doc.apply(answer(3, 2), 10_000);
    doc = doc.apply(quiz_run::go(Go::Start), 10_000);
    doc = doc.apply(quiz_run::go(Go::To(3)), 10_000);
    doc = doc.apply(choose("path", "path_partly"), 11_000);
    for action in path_run::set_context(&ContextAnswers {
        stage: Some(OrgStage::Scaling),
        career: Some(CareerStage::Senior),
        ..ContextAnswers::default()
    }) {
        doc = doc.apply(action, 11_000);
    }
    doc = doc.apply(path_run::go(Go::Start), 11_000);
    assert_eq!(quiz_run::run(&doc).flow.step, Step::Question(3));
    assert_eq!(path_run::run(&doc).flow.step, Step::Question(1));
    assert!(
        quiz_run::run(&doc).flow != Default::default()
            && path_run::run(&doc).flow != Default::default()
    );
    doc
}
