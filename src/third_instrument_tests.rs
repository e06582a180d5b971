//! A third instrument, defined only here: a check-in of three questions of
//! three options each, then a closing step ("note") with one optional
//! question. It is data like any instrument (its `Definition`, and its
//! `PositionsInstrument`: questions, reading, words) and runs through the
//! engine's generic parts with no edit to them: the run (`positions`), the
//! stored document (`state::document`; written and read back by
//! `state::codec`; two tabs merged by `state::merge`), share links
//! (`PositionsInstrument::share`, `read_link`, `share::decode`) and the
//! comparison of two runs (`positions::compare`, worded by
//! `content::what_moved`). Its one line in the registry,
//! `state::instruments::POSITIONS` (in tests only), is how every
//! instrument is added.
//!
//! Its words are borrowed from the catalogs (a test has no catalog of its
//! own); only the sentences that name them depend on which.

use crate::content::what_moved::summary;
use crate::content::words::keys;
use crate::instrument::{BandWords, Definition, Instrument};
use crate::positions::{
    compare, Answers, Asked, Move, PositionsAction, PositionsInstrument, QuestionWords, Reading,
    Stored,
};
use crate::share::ShareError;
use crate::state::codec::{decode, encode};
use crate::state::document::{DocAction, Document};
use crate::state::SavedAnswers;
use crate::steps::{Go, Step};

const QUESTIONS: [&str; 3] = ["pace", "focus", "support"];

static DEFINITION: Definition = Definition {
    id: "check-in",
    bands: &["low", "even", "high"],
    questions: QUESTIONS.len(),
    minutes: 2,
    share_kind: b'c',
    result_pages: &[],
    invites: &[],
    trend_caption: keys::STAGE_SCREEN_TITLE,
    team_view: false,
    name: keys::STAGE_SCREEN_TITLE,
    again: keys::STAGE_SCREEN_TITLE,
};

/// The check-in's run, reading and words.
pub static CHECK_IN: PositionsInstrument = PositionsInstrument {
    instrument: Instrument::of(&DEFINITION),
    kind: b'c',
    model_version: 3,
    asked: |_| {
        QUESTIONS
            .iter()
            .map(|id| Asked { id, options: 3 })
            .collect()
    },
    knows: |id| QUESTIONS.contains(&id),
    reading,
    question: |_| QuestionWords {
        text: keys::STAGE_SCREEN_TITLE,
        options: vec![
            (keys::QUIZ_AGREEMENT_DISAGREE, None),
            (keys::QUIZ_AGREEMENT_NEITHER, None),
            (keys::QUIZ_AGREEMENT_AGREE, None),
        ],
        scale: true,
        help: None,
    },
    slots: QUESTIONS.len(),
    closing: "note",
    optional: &[Asked {
        id: "note",
        options: 3,
    }],
    stored: Stored::Positions,
};

/// Two scores (0–100): "drive", the mean of pace and focus, and "backing",
/// support; the band by their mean.
fn reading(answers: &Answers) -> Option<Reading> {
    let at = |id: &str| {
        answers
            .get(id)
            .map(|position| u16::from(*position - 1) * 50)
    };
    let (pace, focus, support) = (at("pace")?, at("focus")?, at("support")?);
    let drive = (pace + focus) / 2;
    let band = match (drive + support) / 2 {
        0..=33 => ("low", keys::QUIZ_RESULT_BANDS_TITLE_STRONG_MAKER),
        34..=66 => ("even", keys::QUIZ_RESULT_BANDS_TITLE_BALANCED),
        _ => ("high", keys::QUIZ_RESULT_BANDS_TITLE_STRONG_MULTIPLIER),
    };
    Some(Reading {
        band: BandWords {
            id: band.0,
            title: band.1,
            summary: keys::QUIZ_ADVICE_BANDS_SUMMARY_BALANCED,
        },
        scores: vec![
            (keys::STAGE_RESULT_SCREEN_FOOTING, drive as u8),
            (keys::STAGE_RESULT_SCREEN_READINESS, support as u8),
        ],
    })
}

fn act(doc: Document, step: Move, now: u64) -> Document {
    doc.apply(
        DocAction::Run(PositionsAction {
            of: &CHECK_IN,
            step,
        }),
        now,
    )
}

fn answer(id: &str, position: u8) -> Move {
    Move::Answer(id.to_string(), position)
}

/// A document through `moves`, the n-th at moment n.
fn through(moves: Vec<Move>) -> Document {
    (1..)
        .zip(moves)
        .fold(Document::default(), |doc, (now, step)| act(doc, step, now))
}

/// A whole check-in answered `pace`, `focus`, `support`, with a note.
fn finished(pace: u8, focus: u8, support: u8) -> Vec<Move> {
    vec![
        Move::Go(Go::Start),
        answer("pace", pace),
        Move::Go(Go::Next),
        answer("focus", focus),
        Move::Go(Go::Next),
        answer("support", support),
        Move::Go(Go::Next),
        answer("note", 2),
        Move::Go(Go::Finish),
    ]
}

fn stored(doc: &Document) -> Document {
    let loaded = decode(&encode(doc)).expect("reads what it wrote");
    assert_eq!(loaded.skipped_entries, 0, "nothing left out");
    loaded.document
}

#[test]
fn it_runs_from_its_intro_through_its_questions_to_a_saved_result() {
    let doc = through(vec![Move::Go(Go::Start), Move::Go(Go::Next)]);
    assert_eq!(
        doc.run_of(&CHECK_IN).step,
        Step::Question(0),
        "Next waits for an answer"
    );
    let doc = through(finished(3, 2, 1));
    let run = doc.run_of(&CHECK_IN);
    assert_eq!(run.step, Step::Result);
    assert_eq!(run.step.slug(CHECK_IN.closing), "result");
    let results: Vec<_> = doc.results(CHECK_IN.instrument).collect();
    assert_eq!(results.len(), 1);
    let SavedAnswers::Positions(of, answers) = &results[0].answers;
    assert_eq!(*of, &CHECK_IN);
    assert_eq!(answers.len(), 4, "three answers and the note: {answers:?}");
    assert_eq!(results[0].model_version, 3);
    assert!(results[0].id.starts_with("check-in-"), "{}", results[0].id);
    // Starting over begins a new run and keeps the result.
    let again = act(doc, Move::Restart, 20);
    assert_eq!(again.run_of(&CHECK_IN).step, Step::Intro);
    assert_eq!(again.results(CHECK_IN.instrument).count(), 1);
}

#[test]
fn its_runs_and_results_are_stored_and_read_back_whole() {
    let mut moves = finished(3, 2, 1);
    moves.extend([Move::Restart, Move::Go(Go::Start), answer("pace", 1)]);
    let doc = through(moves);
    let text = encode(&doc);
    assert!(text.contains("\"check-in\""), "{text}");
    let back = stored(&doc);
    assert_eq!(back, doc, "every answer, step and result");
    assert_eq!(back.run_of(&CHECK_IN).answers.get("pace"), Some(&1));
    assert_eq!(encode(&back), text, "written again exactly");
}

#[test]
fn two_tabs_in_one_run_keep_both_answers() {
    let base = through(vec![Move::Go(Go::Start), answer("pace", 1)]);
    let ours = act(base.clone(), answer("focus", 2), 10);
    let theirs = act(base, answer("support", 3), 11);
    let merged = ours.merge(stored(&theirs));
    let answers = merged.run_of(&CHECK_IN).answers;
    assert_eq!(
        (
            answers.get("pace"),
            answers.get("focus"),
            answers.get("support")
        ),
        (Some(&1), Some(&2), Some(&3)),
        "{answers:?}"
    );
}

#[test]
fn its_share_links_round_trip_and_refuse_what_it_never_writes() {
    let doc = through(finished(3, 1, 2));
    let answers = doc.run_of(&CHECK_IN).answers;
    let payload = CHECK_IN.share(&answers);
    assert!(payload.starts_with("c3.3122."), "{payload}");
    assert_eq!(CHECK_IN.read_link(&payload), Ok(answers.clone()));
    let shared = crate::share::decode(&payload).expect("the app reads its link");
    assert_eq!((shared.of, shared.answers), (&CHECK_IN, answers.clone()));
    let unfinished = CHECK_IN.share(&Answers::from_iter([("pace".to_string(), 1)]));
    assert_eq!(CHECK_IN.read_link(&unfinished), Err(ShareError::Incomplete));
    let mut tampered = payload.into_bytes();
    tampered[3] = b'2';
    let tampered = String::from_utf8(tampered).expect("ascii");
    assert_eq!(
        CHECK_IN.read_link(&tampered),
        Err(ShareError::ChecksumMismatch)
    );
}

#[test]
fn two_of_its_runs_are_compared_and_worded() {
    let before = through(finished(1, 1, 2)).run_of(&CHECK_IN).answers;
    let after = through(finished(3, 3, 2)).run_of(&CHECK_IN).answers;
    let comparison = compare(&CHECK_IN, &before, &after);
    let moved: Vec<(&str, Option<u8>, Option<u8>)> = comparison
        .moved
        .iter()
        .map(|m| (m.question.id, m.before, m.after))
        .collect();
    assert_eq!(
        moved,
        [("pace", Some(1), Some(3)), ("focus", Some(1), Some(3))],
        "the note is not part of the reading"
    );
    let points: Vec<i16> = comparison.scores().iter().map(|s| s.points()).collect();
    assert_eq!(points, [100, 0]);
    assert_eq!(
        summary(&comparison),
        "Your result moved from Strong Maker to Strong Multiplier; the largest move: Footing, +100."
    );
}
