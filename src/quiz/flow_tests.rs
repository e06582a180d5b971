//! Every transition of the Fork quiz's run (the generic engine's, driven
//! by the quiz's definition), including the blocked and out-of-range ones.

use super::content::{Agreement, ITEMS};
use super::run::QUIZ_RUN;
use super::scoring::agreement;
use super::test_support::all;
use crate::positions::{Move, PositionsAction, PositionsFlow, REVIEW as CLOSING};
use crate::steps::{Go, Step};

/// The quiz's moves, as its page makes them.
trait Moves {
    fn moved(self, step: Move) -> Self;
}

impl Moves for PositionsFlow {
    fn moved(self, step: Move) -> Self {
        self.apply(PositionsAction {
            of: &QUIZ_RUN,
            step,
        })
    }
}

fn last() -> usize {
    ITEMS.len() - 1
}

fn at(step: Step) -> PositionsFlow {
    PositionsFlow {
        step,
        ..PositionsFlow::default()
    }
}

fn complete_at(step: Step) -> PositionsFlow {
    PositionsFlow {
        answers: all(Agreement::MIDPOINT),
        step,
    }
}

fn answer(index: usize) -> Move {
    Move::Answer(
        ITEMS[index].id.to_string(),
        Agreement::STRONGLY_AGREE.value(),
    )
}

fn answered_count(flow: &PositionsFlow) -> usize {
    ITEMS
        .iter()
        .filter(|item| agreement(&flow.answers, item.id).is_some())
        .count()
}

#[test]
fn default_is_the_intro_with_no_answers() {
    let flow = PositionsFlow::default();
    assert_eq!(flow.step, Step::Intro);
    assert_eq!(answered_count(&flow), 0);
    assert_eq!(flow.progress(&QUIZ_RUN), (0, ITEMS.len()));
    assert_eq!(flow.current(&QUIZ_RUN), None);
}

#[test]
fn start_goes_to_the_first_unanswered_question() {
    assert_eq!(
        at(Step::Intro).moved(Move::Go(Go::Start)).step,
        Step::Question(0)
    );
    let flow = at(Step::Intro)
        .moved(answer(0))
        .moved(answer(1))
        .moved(answer(3));
    assert_eq!(flow.moved(Move::Go(Go::Start)).step, Step::Question(2));
}

#[test]
fn start_with_everything_answered_goes_to_review() {
    assert_eq!(
        complete_at(Step::Intro).moved(Move::Go(Go::Start)).step,
        Step::Closing
    );
}

#[test]
fn answer_records_without_advancing() {
    let flow = at(Step::Question(4)).moved(answer(4));
    assert_eq!(flow.step, Step::Question(4));
    assert_eq!(
        flow.answers.get(ITEMS[4].id),
        Some(&Agreement::STRONGLY_AGREE.value())
    );
    assert_eq!(answered_count(&flow), 1);
    let changed = flow.moved(Move::Answer(
        ITEMS[4].id.to_string(),
        Agreement::MIDPOINT.value(),
    ));
    assert_eq!(
        changed.answers.get(ITEMS[4].id),
        Some(&Agreement::MIDPOINT.value())
    );
    assert_eq!(answered_count(&changed), 1);
}

#[test]
fn answer_with_an_unknown_id_is_ignored() {
    let before = at(Step::Question(2));
    let after = before
        .clone()
        .moved(Move::Answer("nope".into(), Agreement::MIDPOINT.value()));
    assert_eq!(after, before);
}

#[test]
fn next_is_blocked_on_an_unanswered_question() {
    assert_eq!(
        at(Step::Question(3)).moved(Move::Go(Go::Next)).step,
        Step::Question(3)
    );
}

#[test]
fn next_moves_on_once_answered() {
    assert_eq!(
        at(Step::Question(3))
            .moved(answer(3))
            .moved(Move::Go(Go::Next))
            .step,
        Step::Question(4)
    );
}

#[test]
fn next_from_the_last_question_goes_to_review() {
    assert_eq!(
        at(Step::Question(last()))
            .moved(answer(last()))
            .moved(Move::Go(Go::Next))
            .step,
        Step::Closing
    );
}

#[test]
fn next_from_the_review_finishes() {
    assert_eq!(
        complete_at(Step::Closing).moved(Move::Go(Go::Next)).step,
        Step::Result
    );
    let mut flow = complete_at(Step::Closing);
    flow.answers.remove(ITEMS[3].id);
    assert_eq!(flow.moved(Move::Go(Go::Next)).step, Step::Question(3));
}

#[test]
fn next_from_the_intro_starts() {
    assert_eq!(
        at(Step::Intro).moved(Move::Go(Go::Next)).step,
        Step::Question(0)
    );
}

#[test]
fn back_transitions() {
    assert_eq!(
        at(Step::Question(0)).moved(Move::Go(Go::Back)).step,
        Step::Intro
    );
    assert_eq!(
        at(Step::Question(5)).moved(Move::Go(Go::Back)).step,
        Step::Question(4)
    );
    assert_eq!(
        at(Step::Closing).moved(Move::Go(Go::Back)).step,
        Step::Question(last())
    );
    assert_eq!(
        complete_at(Step::Result).moved(Move::Go(Go::Back)).step,
        Step::Closing
    );
    assert_eq!(at(Step::Intro).moved(Move::Go(Go::Back)).step, Step::Intro);
}

#[test]
fn go_to_a_valid_index_from_review_question_or_result() {
    assert_eq!(
        at(Step::Closing).moved(Move::Go(Go::To(7))).step,
        Step::Question(7)
    );
    assert_eq!(
        at(Step::Question(2)).moved(Move::Go(Go::To(9))).step,
        Step::Question(9)
    );
    assert_eq!(
        complete_at(Step::Result).moved(Move::Go(Go::To(0))).step,
        Step::Question(0)
    );
    assert_eq!(
        at(Step::Intro).moved(Move::Go(Go::To(3))).step,
        Step::Intro,
        "the intro starts, it does not jump"
    );
}

#[test]
fn go_to_out_of_range_is_ignored() {
    assert_eq!(
        at(Step::Closing).moved(Move::Go(Go::To(ITEMS.len()))).step,
        Step::Closing
    );
    assert_eq!(
        at(Step::Question(2))
            .moved(Move::Go(Go::To(usize::MAX)))
            .step,
        Step::Question(2)
    );
}

#[test]
fn review_is_reachable_from_anywhere() {
    for step in [Step::Intro, Step::Question(3), Step::Result] {
        assert_eq!(at(step).moved(Move::Go(Go::Closing)).step, Step::Closing);
    }
}

#[test]
fn finish_on_incomplete_answers_goes_to_the_first_unanswered_question() {
    let mut flow = complete_at(Step::Closing);
    flow.answers.remove(ITEMS[6].id);
    flow.answers.remove(ITEMS[11].id);
    let flow = flow.moved(Move::Go(Go::Finish));
    assert_eq!(flow.step, Step::Question(6));
    assert_eq!((QUIZ_RUN.reading)(&flow.answers), None);
}

#[test]
fn finish_on_complete_answers_shows_the_result() {
    let flow = complete_at(Step::Closing).moved(Move::Go(Go::Finish));
    assert_eq!(flow.step, Step::Result);
    assert!((QUIZ_RUN.reading)(&flow.answers).is_some());
}

#[test]
fn restart_clears_everything() {
    assert_eq!(
        complete_at(Step::Result).moved(Move::Restart),
        PositionsFlow::default()
    );
}

#[test]
fn a_restored_step_past_the_end_never_panics() {
    let stale = at(Step::Question(usize::MAX));
    assert_eq!(stale.current(&QUIZ_RUN), None);
    assert_eq!(stale.progress(&QUIZ_RUN), (ITEMS.len(), ITEMS.len()));
    assert_eq!(
        stale.clone().moved(Move::Go(Go::Back)).step,
        Step::Question(last() - 1)
    );
    assert_eq!(
        stale.clone().moved(Move::Go(Go::Next)).step,
        Step::Question(last())
    );
    assert_eq!(stale.moved(answer(0)).step, Step::Question(last()));
}

#[test]
fn current_item_and_progress_follow_the_step() {
    let flow = at(Step::Question(4));
    assert_eq!(
        flow.current(&QUIZ_RUN).map(|item| item.id),
        Some(ITEMS[4].id)
    );
    assert_eq!(flow.progress(&QUIZ_RUN), (5, ITEMS.len()));
    assert_eq!(
        at(Step::Closing).progress(&QUIZ_RUN),
        (ITEMS.len(), ITEMS.len())
    );
}

#[test]
fn stray_ids_in_stored_answers_do_not_count() {
    let mut flow = at(Step::Intro);
    flow.answers
        .insert("old-item".into(), Agreement::MIDPOINT.value());
    assert_eq!(answered_count(&flow), 0);
    assert_eq!(flow.moved(Move::Go(Go::Start)).step, Step::Question(0));
}

#[test]
fn every_step_has_an_address_that_names_it_again() {
    let steps = [
        Step::Intro,
        Step::Question(0),
        Step::Question(last()),
        Step::Closing,
        Step::Result,
    ];
    for step in steps {
        assert_eq!(
            Step::from_slug(&step.slug(CLOSING), CLOSING),
            Some(step),
            "{step:?}"
        );
    }
    assert_eq!(Step::Question(3).slug(CLOSING), "4");
    for bad in [
        "0",
        "04",
        "-1",
        "+4",
        "x",
        "review/",
        "99999999999999999999999",
    ] {
        assert_eq!(Step::from_slug(bad, CLOSING), None, "{bad:?}");
    }
}

#[test]
fn back_and_forward_go_only_to_steps_already_reached() {
    let flow = at(Step::Intro)
        .moved(Move::Go(Go::Start))
        .moved(answer(0))
        .moved(Move::Go(Go::Next))
        .moved(answer(1))
        .moved(Move::Go(Go::Next))
        .moved(answer(2))
        .moved(Move::Go(Go::Next));
    assert_eq!(flow.step, Step::Question(3));
    // The browser's Back from question 4 lands on question 3.
    let back = flow.clone().moved(Move::Go(Go::Show(Step::Question(2))));
    assert_eq!(back.step, Step::Question(2));
    // Forward again, to the first unanswered question, but not beyond it.
    assert_eq!(
        back.clone()
            .moved(Move::Go(Go::Show(Step::Question(3))))
            .step,
        Step::Question(3)
    );
    assert_eq!(
        back.clone()
            .moved(Move::Go(Go::Show(Step::Question(4))))
            .step,
        Step::Question(2)
    );
    assert_eq!(
        back.clone().moved(Move::Go(Go::Show(Step::Result))).step,
        Step::Question(2)
    );
    assert_eq!(
        back.clone().moved(Move::Go(Go::Show(Step::Closing))).step,
        Step::Question(2)
    );
    assert_eq!(
        back.moved(Move::Go(Go::Show(Step::Intro))).step,
        Step::Intro
    );
    // Everything answered: the review and the result are reachable.
    assert_eq!(
        complete_at(Step::Closing)
            .moved(Move::Go(Go::Show(Step::Result)))
            .step,
        Step::Result
    );
    assert_eq!(
        complete_at(Step::Result)
            .moved(Move::Go(Go::Show(Step::Question(last()))))
            .step,
        Step::Question(last())
    );
    assert_eq!(
        complete_at(Step::Result)
            .moved(Move::Go(Go::Show(Step::Question(last() + 1))))
            .step,
        Step::Result
    );
}
