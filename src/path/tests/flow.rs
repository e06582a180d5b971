//! Flow transitions, including blocked steps, skipping, going back, restarting and bad indices.

use super::worked_example;
use crate::path::*;
use crate::steps::{Go, Step};

fn at(step: Step, answers: PathAnswers) -> PathFlow {
    PathFlow { answers, step }
}

fn choose(question_id: &str, choice_id: &str) -> PathAction {
    PathAction::Choose {
        question_id: question_id.into(),
        choice_id: choice_id.into(),
    }
}

#[test]
fn start_goes_to_the_first_unanswered_question_or_context() {
    assert_eq!(
        PathFlow::default().apply(PathAction::Go(Go::Start)).step,
        Step::Question(0)
    );
    let mut answers = worked_example();
    answers.choices.remove("team");
    assert_eq!(
        at(Step::Intro, answers)
            .apply(PathAction::Go(Go::Start))
            .step,
        Step::Question(2)
    );
    assert_eq!(
        at(Step::Intro, worked_example())
            .apply(PathAction::Go(Go::Start))
            .step,
        Step::Closing
    );
}

#[test]
fn choose_records_known_answers_without_moving() {
    let flow = PathFlow::default()
        .apply(PathAction::Go(Go::Start))
        .apply(choose("path", "path_clear"));
    assert_eq!(flow.step, Step::Question(0));
    assert_eq!(flow.progress(), (1, 5));
    let ignored = flow
        .clone()
        .apply(choose("path", "team_low"))
        .apply(choose("ghost", "path_clear"));
    assert_eq!(ignored, flow);
}

#[test]
fn next_is_blocked_until_answered_and_runs_through_to_context() {
    let flow = PathFlow::default().apply(PathAction::Go(Go::Start));
    assert_eq!(
        flow.clone().apply(PathAction::Go(Go::Next)).step,
        Step::Question(0)
    );
    let mut flow = flow;
    for question in QUESTIONS {
        assert_eq!(flow.current_question().map(|q| q.id), Some(question.id));
        flow = flow
            .apply(choose(question.id, question.choices[0].id))
            .apply(PathAction::Go(Go::Next));
    }
    assert_eq!(flow.step, Step::Closing);
    assert!(flow.is_complete());
    assert_eq!(
        flow.clone().apply(PathAction::Go(Go::Next)).step,
        Step::Result
    );
    assert_eq!(
        flow.clone().apply(PathAction::Go(Go::Finish)).step,
        Step::Result
    );
}

#[test]
fn skip_context_keeps_context_and_only_acts_on_the_context_step() {
    let context = ContextAnswers {
        career: Some(CareerStage::Mid),
        ..ContextAnswers::default()
    };
    let flow = at(Step::Closing, worked_example()).apply(PathAction::SetContext(context.clone()));
    let skipped = flow.apply(PathAction::SkipContext);
    assert_eq!(skipped.step, Step::Result);
    assert_eq!(skipped.answers.context, context);
    assert_eq!(
        at(Step::Question(1), worked_example())
            .apply(PathAction::SkipContext)
            .step,
        Step::Question(1)
    );
}

#[test]
fn leaving_context_with_missing_answers_returns_to_the_first_gap() {
    let mut answers = worked_example();
    answers.choices.remove("processes");
    for action in [
        PathAction::Go(Go::Next),
        PathAction::Go(Go::Finish),
        PathAction::SkipContext,
    ] {
        assert_eq!(
            at(Step::Closing, answers.clone()).apply(action).step,
            Step::Question(3)
        );
    }
    assert_eq!(
        at(Step::Intro, answers)
            .apply(PathAction::Go(Go::Finish))
            .step,
        Step::Question(3)
    );
}

#[test]
fn back_walks_the_chain_to_intro() {
    let mut flow = at(Step::Result, worked_example());
    let mut steps = vec![flow.step];
    while flow.step != Step::Intro {
        flow = flow.apply(PathAction::Go(Go::Back));
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
    assert_eq!(flow.apply(PathAction::Go(Go::Back)).step, Step::Intro);
}

#[test]
fn restart_clears_everything() {
    let flow = at(Step::Result, worked_example()).apply(PathAction::Restart);
    assert_eq!(flow, PathFlow::default());
    assert_eq!(flow.progress(), (0, 5));
    assert_eq!(flow.first_unanswered(), Some(0));
}

#[test]
fn out_of_range_steps_never_panic_and_recover() {
    for index in [5, 6, usize::MAX] {
        let flow = at(Step::Question(index), PathAnswers::default());
        assert_eq!(flow.current_question(), None);
        assert_eq!(
            flow.clone().apply(PathAction::Go(Go::Next)).step,
            Step::Question(0)
        );
        assert_eq!(flow.apply(PathAction::Go(Go::Back)).step, Step::Question(4));
    }
    assert_eq!(
        at(Step::Question(9), worked_example())
            .apply(PathAction::Go(Go::Next))
            .step,
        Step::Closing
    );
    // As a stored document from a tampered or older tab could hand it over.
    let mut stray = PathAnswers::default();
    stray.choices.insert("path".into(), "gone".into());
    let flow = at(Step::Question(42), stray);
    assert_eq!(flow.step, Step::Question(42));
    assert_eq!(flow.progress(), (0, 5));
    assert_eq!(flow.reading(), None);
}

#[test]
fn result_stays_on_next_and_reading_is_available() {
    let flow = at(Step::Result, worked_example()).apply(PathAction::Go(Go::Next));
    assert_eq!(flow.step, Step::Result);
    assert_eq!(flow.reading(), Some(Blend::from_management(60)));
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
    let partway = PathFlow::default()
        .apply(PathAction::Go(Go::Start))
        .apply(choose("path", "path_clear"))
        .apply(PathAction::Go(Go::Next));
    assert_eq!(partway.step, Step::Question(1));
    assert_eq!(
        partway
            .clone()
            .apply(PathAction::Go(Go::Show(Step::Question(0))))
            .step,
        Step::Question(0)
    );
    assert_eq!(
        partway
            .clone()
            .apply(PathAction::Go(Go::Show(Step::Question(2))))
            .step,
        Step::Question(1)
    );
    assert_eq!(
        partway
            .clone()
            .apply(PathAction::Go(Go::Show(Step::Closing)))
            .step,
        Step::Question(1)
    );
    assert_eq!(
        partway.apply(PathAction::Go(Go::Show(Step::Intro))).step,
        Step::Intro
    );
    let done = at(Step::Result, worked_example());
    assert_eq!(
        done.clone()
            .apply(PathAction::Go(Go::Show(Step::Closing)))
            .step,
        Step::Closing
    );
    assert_eq!(
        done.clone()
            .apply(PathAction::Go(Go::Show(Step::Question(4))))
            .step,
        Step::Question(4)
    );
    assert_eq!(
        done.apply(PathAction::Go(Go::Show(Step::Question(5)))).step,
        Step::Result
    );
}
