//! The generic run, with a small instrument defined here whose first
//! question (a track, 1 or 2) picks which two questions follow, as the
//! stage readiness's rung does.

use super::*;
use crate::share::ShareError;
use crate::state::section::{Applied, Section};
use crate::steps::Go;

fn asked(answers: &Answers) -> Vec<Asked> {
    let first = Asked {
        id: "track",
        options: 2,
    };
    let rest: &[&'static str] = match answers.get("track") {
        Some(1) => &["a1", "shared"],
        Some(2) => &["b1", "shared"],
        _ => &[],
    };
    std::iter::once(first)
        .chain(rest.iter().map(|id| Asked { id, options: 5 }))
        .collect()
}

/// Stored as the Fork quiz here: the run never looks at which instrument it is.
static TRACKS: PositionsInstrument = PositionsInstrument {
    instrument: crate::instrument::Instrument::Quiz,
    kind: b't',
    model_version: 2,
    asked,
    knows: |id| ["track", "a1", "b1", "shared"].contains(&id),
    reading: |_| None,
    question: |_| crate::positions::QuestionWords {
        text: crate::content::words::keys::SITE_UI_NOT_ANSWERED,
        options: Vec::new(),
        scale: true,
        help: None,
    },
    slots: 3,
    closing: crate::positions::REVIEW,
    optional: &[],
    stored: crate::positions::Stored::Positions,
};

fn act(flow: PositionsFlow, step: Move) -> PositionsFlow {
    flow.apply(PositionsAction { of: &TRACKS, step })
}

fn through(moves: Vec<Move>) -> PositionsFlow {
    moves.into_iter().fold(PositionsFlow::default(), act)
}

fn answer(id: &str, position: u8) -> Move {
    Move::Answer(id.into(), position)
}

#[test]
fn the_first_answer_picks_the_questions_that_follow() {
    let flow = through(vec![Move::Go(Go::Start)]);
    assert_eq!(flow.step, Step::Question(0));
    assert_eq!(
        flow.progress(&TRACKS),
        (1, 1),
        "only the track is asked yet"
    );
    let flow = through(vec![
        Move::Go(Go::Start),
        answer("track", 2),
        Move::Go(Go::Next),
    ]);
    assert_eq!(flow.step, Step::Question(1));
    assert_eq!(flow.current(&TRACKS).map(|q| q.id), Some("b1"));
    assert_eq!(flow.progress(&TRACKS), (2, 3));
}

#[test]
fn a_run_goes_from_intro_through_review_to_result() {
    let mut moves = vec![Move::Go(Go::Start), answer("track", 1), Move::Go(Go::Next)];
    moves.extend([
        answer("a1", 4),
        Move::Go(Go::Next),
        answer("shared", 5),
        Move::Go(Go::Next),
    ]);
    let flow = through(moves.clone());
    assert_eq!(
        flow.step,
        Step::Closing,
        "the review follows the last question"
    );
    assert!(flow.is_complete(&TRACKS));
    moves.push(Move::Go(Go::Finish));
    let flow = through(moves.clone());
    assert_eq!(flow.step, Step::Result);
    moves.push(Move::Go(Go::Back));
    assert_eq!(through(moves).step, Step::Closing);
}

#[test]
fn next_waits_for_an_answer_and_finish_goes_to_the_first_unanswered() {
    let flow = through(vec![Move::Go(Go::Start), Move::Go(Go::Next)]);
    assert_eq!(flow.step, Step::Question(0));
    let flow = through(vec![
        Move::Go(Go::Start),
        answer("track", 1),
        Move::Go(Go::Finish),
    ]);
    assert_eq!(flow.step, Step::Question(1));
    assert!(!flow.is_complete(&TRACKS));
}

#[test]
fn answers_not_asked_or_off_the_scale_change_nothing() {
    let start = through(vec![Move::Go(Go::Start), answer("track", 1)]);
    for stray in [
        answer("b1", 3),
        answer("nope", 1),
        answer("a1", 6),
        answer("a1", 0),
        answer("track", 3),
    ] {
        assert_eq!(act(start.clone(), stray.clone()), start, "{stray:?}");
    }
}

#[test]
fn changing_the_first_answer_lets_the_answers_no_longer_asked_go() {
    let flow = through(vec![
        Move::Go(Go::Start),
        answer("track", 1),
        answer("a1", 4),
        answer("shared", 2),
    ]);
    let flow = act(flow, answer("track", 2));
    let kept: Vec<(&str, u8)> = flow
        .answers
        .iter()
        .map(|(id, p)| (id.as_str(), *p))
        .collect();
    assert_eq!(
        kept,
        [("shared", 2), ("track", 2)],
        "a1 is no longer asked; the shared question stays"
    );
}

#[test]
fn a_step_out_of_range_lands_on_the_last_question() {
    let stored = PositionsFlow {
        step: Step::Question(9),
        answers: [("track".to_string(), 1u8)].into_iter().collect(),
    };
    assert_eq!(act(stored, Move::Go(Go::Back)).step, Step::Question(1));
}

#[test]
fn go_to_and_show_reach_only_what_may_be_shown() {
    let review = through(vec![
        Move::Go(Go::Start),
        answer("track", 2),
        answer("b1", 1),
        answer("shared", 1),
        Move::Go(Go::Closing),
    ]);
    assert_eq!(
        act(review.clone(), Move::Go(Go::To(1))).step,
        Step::Question(1)
    );
    assert_eq!(
        act(review.clone(), Move::Go(Go::To(3))).step,
        Step::Closing,
        "past the last question"
    );
    let early = through(vec![Move::Go(Go::Start)]);
    assert_eq!(
        act(early.clone(), Move::Go(Go::Show(Step::Result))).step,
        Step::Question(0)
    );
    assert_eq!(act(early, Move::Go(Go::To(0))).step, Step::Question(0));
}

#[test]
fn restart_forgets_everything_and_the_section_marks_a_new_run() {
    let mut section = Section::<PositionsFlow>::default();
    let mut applied = Vec::new();
    let moves = [
        Move::Go(Go::Start),
        answer("track", 1),
        answer("a1", 3),
        answer("shared", 3),
        Move::Go(Go::Finish),
    ];
    for (revision, step) in (1..).zip(moves) {
        applied.push(section.apply(PositionsAction { of: &TRACKS, step }, revision));
    }
    let answers = section.flow.answers.clone();
    assert_eq!(applied.last(), Some(&Applied::Completed(answers)));
    assert_eq!(
        section.apply(
            PositionsAction {
                of: &TRACKS,
                step: Move::Restart
            },
            9
        ),
        Applied::Changed
    );
    assert_eq!(section.flow, PositionsFlow::default());
    assert_eq!(section.started_at, 9);
}

#[test]
fn links_round_trip_in_the_order_asked() {
    let flow = through(vec![
        Move::Go(Go::Start),
        answer("track", 2),
        answer("shared", 5),
        answer("b1", 1),
    ]);
    assert_eq!(to_positions(&TRACKS, &flow.answers), [2, 1, 5]);
    let payload = TRACKS.share(&flow.answers);
    assert!(payload.starts_with("t2.215."), "{payload}");
    assert_eq!(TRACKS.read_link(&payload), Ok(flow.answers));
}

#[test]
fn a_link_whose_slots_do_not_fit_the_questions_asked_is_refused() {
    assert_eq!(
        from_positions(&TRACKS, &[3, 1, 1]),
        Err(ShareError::Invalid("an answer is out of range"))
    );
    assert_eq!(
        from_positions(&TRACKS, &[1, 1, 6]),
        Err(ShareError::Invalid("an answer is out of range"))
    );
    assert_eq!(
        from_positions(&TRACKS, &[1, 1]),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        from_positions(&TRACKS, &[1, 1, 1, 1]),
        Err(ShareError::Invalid("there are more answers than questions"))
    );
    let unfinished = through(vec![
        Move::Go(Go::Start),
        answer("track", 1),
        answer("a1", 2),
    ]);
    let payload = TRACKS.share(&unfinished.answers);
    assert_eq!(TRACKS.read_link(&payload), Err(ShareError::Incomplete));
}
