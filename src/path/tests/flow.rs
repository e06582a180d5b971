//! Every transition of the path diagnostic's run (the generic engine's,
//! driven by the path's definition), including blocked steps, skipping the
//! context, going back, restarting and bad indices.

use super::worked_example;
use crate::path::*;
use crate::positions::{Move, PositionsAction, PositionsFlow};
use crate::steps::{Go, Step};

/// The path's moves, as its page makes them.
trait Moves {
    fn moved(self, step: Move) -> Self;
}

impl Moves for PositionsFlow {
    fn moved(self, step: Move) -> Self {
        self.apply(PositionsAction {
            of: &PATH_RUN,
            step,
        })
    }
}

fn at(step: Step, answers: PathAnswers) -> PositionsFlow {
    PositionsFlow {
        answers: run_answers(&answers),
        step,
    }
}

fn choose(question_id: &str, choice_id: &str) -> Move {
    pick(question_id, choice_id)
}

/// The context screen's moves that give `context`.
fn with_context(flow: PositionsFlow, context: &ContextAnswers) -> PositionsFlow {
    ContextQuestion::ALL
        .into_iter()
        .fold(flow, |flow, question| match question.selected(context) {
            Some(option) => flow.moved(pick(question.id(), option)),
            None => flow.moved(Move::Unanswer(question.id().into())),
        })
}

/// Questions with a known choice (the context not counted).
fn answered(flow: &PositionsFlow) -> usize {
    let answers = answers_of(&flow.answers);
    QUESTIONS.iter().filter(|q| answers.is_answered(q)).count()
}

fn blend(flow: &PositionsFlow) -> Option<Blend> {
    reading(&answers_of(&flow.answers))
}

fn without(mut answers: PathAnswers, question_id: &str) -> PathAnswers {
    answers.choices.remove(question_id);
    answers
}

#[test]
fn start_goes_to_the_first_unanswered_question_or_context() {
    assert_eq!(
        PositionsFlow::default().moved(Move::Go(Go::Start)).step,
        Step::Question(0)
    );
    let answers = without(worked_example(), "team");
    assert_eq!(
        at(Step::Intro, answers).moved(Move::Go(Go::Start)).step,
        Step::Question(2)
    );
    assert_eq!(
        at(Step::Intro, worked_example())
            .moved(Move::Go(Go::Start))
            .step,
        Step::Closing
    );
}

#[test]
fn choose_records_known_answers_without_moving() {
    let flow = PositionsFlow::default()
        .moved(Move::Go(Go::Start))
        .moved(choose("path", "path_clear"));
    assert_eq!(flow.step, Step::Question(0));
    assert_eq!((answered(&flow), flow.progress(&PATH_RUN)), (1, (1, 5)));
    let ignored = flow
        .clone()
        .moved(choose("path", "team_low"))
        .moved(choose("ghost", "path_clear"));
    assert_eq!(ignored, flow);
}

#[test]
fn next_is_blocked_until_answered_and_runs_through_to_context() {
    let flow = PositionsFlow::default().moved(Move::Go(Go::Start));
    assert_eq!(
        flow.clone().moved(Move::Go(Go::Next)).step,
        Step::Question(0)
    );
    let mut flow = flow;
    for question in QUESTIONS {
        assert_eq!(flow.current(&PATH_RUN).map(|q| q.id), Some(question.id));
        flow = flow
            .moved(choose(question.id, question.choices[0].id))
            .moved(Move::Go(Go::Next));
    }
    assert_eq!(flow.step, Step::Closing);
    assert!(flow.is_complete(&PATH_RUN));
    assert_eq!(flow.clone().moved(Move::Go(Go::Next)).step, Step::Result);
    assert_eq!(flow.clone().moved(Move::Go(Go::Finish)).step, Step::Result);
}

#[test]
fn skipping_the_context_keeps_what_is_given_and_taking_one_back_keeps_the_rest() {
    let context = ContextAnswers {
        career: Some(CareerStage::Mid),
        stage: Some(OrgStage::Mature),
        ..ContextAnswers::default()
    };
    let flow = with_context(at(Step::Closing, worked_example()), &context);
    assert_eq!(answers_of(&flow.answers).context, context);
    // "Skip this step" goes on to the result as Finish does.
    let skipped = flow.clone().moved(Move::Go(Go::Finish));
    assert_eq!(skipped.step, Step::Result);
    assert_eq!(answers_of(&skipped.answers).context, context);
    let taken_back = flow.moved(Move::Unanswer("stage".into()));
    assert_eq!(
        answers_of(&taken_back.answers).context,
        ContextAnswers {
            career: Some(CareerStage::Mid),
            ..ContextAnswers::default()
        }
    );
    // A context option off its question's options changes nothing.
    let off = taken_back.clone().moved(Move::Answer("career".into(), 4));
    assert_eq!(off, taken_back);
}

#[test]
fn leaving_context_with_missing_answers_returns_to_the_first_gap() {
    let answers = without(worked_example(), "processes");
    for action in [Move::Go(Go::Next), Move::Go(Go::Finish)] {
        assert_eq!(
            at(Step::Closing, answers.clone()).moved(action).step,
            Step::Question(3)
        );
    }
    assert_eq!(
        at(Step::Intro, answers).moved(Move::Go(Go::Finish)).step,
        Step::Question(3)
    );
}

#[test]
fn back_walks_the_chain_to_intro() {
    let mut flow = at(Step::Result, worked_example());
    let mut steps = vec![flow.step];
    while flow.step != Step::Intro {
        flow = flow.moved(Move::Go(Go::Back));
        steps.push(flow.step);
    }
    let expected = [
        Step::Result,
        Step::Closing,
        Step::Question(4),
        Step::Question(3),
        Step::Question(2),
        Step::Question(1),
        Step::Question(0),
        Step::Intro,
    ];
    assert_eq!(steps, expected);
    assert_eq!(flow.moved(Move::Go(Go::Back)).step, Step::Intro);
}

#[test]
fn restart_clears_everything() {
    let flow = at(Step::Result, worked_example()).moved(Move::Restart);
    assert_eq!(flow, PositionsFlow::default());
    assert_eq!((answered(&flow), flow.progress(&PATH_RUN)), (0, (0, 5)));
    assert_eq!(flow.moved(Move::Go(Go::Start)).step, Step::Question(0));
}

#[test]
fn out_of_range_steps_never_panic_and_recover() {
    // The engine brings a step past the end to the last question first.
    for index in [5, 6, usize::MAX] {
        let flow = at(Step::Question(index), PathAnswers::default());
        assert_eq!(flow.current(&PATH_RUN), None);
        assert_eq!(
            flow.clone().moved(Move::Go(Go::Next)).step,
            Step::Question(4)
        );
        assert_eq!(flow.moved(Move::Go(Go::Back)).step, Step::Question(3));
    }
    assert_eq!(
        at(Step::Question(9), worked_example())
            .moved(Move::Go(Go::Next))
            .step,
        Step::Closing
    );
    // As a stored document from a tampered or older tab could hand it over.
    let mut stray = PositionsFlow {
        step: Step::Question(42),
        ..PositionsFlow::default()
    };
    stray.answers.insert("path".into(), 9);
    assert_eq!(stray.step, Step::Question(42));
    assert_eq!(answered(&stray), 0);
    assert_eq!(blend(&stray), None);
}

#[test]
fn result_stays_on_next_and_reading_is_available() {
    let flow = at(Step::Result, worked_example()).moved(Move::Go(Go::Next));
    assert_eq!(flow.step, Step::Result);
    assert_eq!(blend(&flow), Some(Blend::from_management(60)));
}

#[test]
fn every_step_has_an_address_that_names_it_again() {
    for step in [
        Step::Intro,
        Step::Question(0),
        Step::Question(4),
        Step::Closing,
        Step::Result,
    ] {
        assert_eq!(
            Step::from_slug(&step.slug(CLOSING), CLOSING),
            Some(step),
            "{step:?}"
        );
    }
    assert_eq!(Step::Question(1).slug(CLOSING), "2");
    for bad in ["0", "01", "x", "Context", "result "] {
        assert_eq!(Step::from_slug(bad, CLOSING), None, "{bad:?}");
    }
}

#[test]
fn back_and_forward_go_only_to_steps_already_reached() {
    let partway = PositionsFlow::default()
        .moved(Move::Go(Go::Start))
        .moved(choose("path", "path_clear"))
        .moved(Move::Go(Go::Next));
    assert_eq!(partway.step, Step::Question(1));
    assert_eq!(
        partway
            .clone()
            .moved(Move::Go(Go::Show(Step::Question(0))))
            .step,
        Step::Question(0)
    );
    assert_eq!(
        partway
            .clone()
            .moved(Move::Go(Go::Show(Step::Question(2))))
            .step,
        Step::Question(1)
    );
    assert_eq!(
        partway
            .clone()
            .moved(Move::Go(Go::Show(Step::Closing)))
            .step,
        Step::Question(1)
    );
    assert_eq!(
        partway.moved(Move::Go(Go::Show(Step::Intro))).step,
        Step::Intro
    );
    let done = at(Step::Result, worked_example());
    assert_eq!(
        done.clone().moved(Move::Go(Go::Show(Step::Closing))).step,
        Step::Closing
    );
    assert_eq!(
        done.clone()
            .moved(Move::Go(Go::Show(Step::Question(4))))
            .step,
        Step::Question(4)
    );
    assert_eq!(
        done.moved(Move::Go(Go::Show(Step::Question(5)))).step,
        Step::Result
    );
}
