//! A third instrument, defined only here: three questions of three options
//! each, then a closing step with one optional question. It runs through the
//! engine's generic parts with no edit to them: the step rules
//! (`steps`), a run in the stored document (`state::section`: changes,
//! starting over, two tabs merging) and share links (`share::link`).
//! What is not generic yet (the document's fields, the stored format's
//! readers, comparisons, pages) is listed in `docs/architecture.md`.

use crate::share::{decode_positions, encode_positions, ShareError, Slots};
use crate::state::section::{step_and_answers_at, Applied, RunFlow, Section};
use crate::state::{merge_runs, Run};
use crate::steps::{Answered, Step};
use crate::vec_map::VecMap;

const QUESTIONS: [&str; 3] = ["pace", "focus", "support"];
const OPTIONS: usize = 3;

/// The check-in's state: where the person is and the position (1 to 3) of
/// each answer; `closing` is the optional question of the closing step.
#[derive(Clone, Debug, Default, PartialEq)]
struct CheckIn {
    step: Step,
    answers: VecMap<String, u8>,
    closing: Option<u8>,
}

#[derive(Clone, Debug)]
enum CheckInAction {
    Start,
    Answer(&'static str, u8),
    Note(u8),
    Next,
    Back,
    Finish,
    Restart,
}

impl CheckIn {
    fn steps(&self) -> Answered {
        Answered::of(QUESTIONS.len(), self.step, |index| {
            QUESTIONS
                .get(index)
                .is_some_and(|id| self.answers.contains_key(*id))
        })
    }
}

impl RunFlow for CheckIn {
    type Action = CheckInAction;
    type Saved = VecMap<String, u8>;
    type Answer = u8;
    const MODEL_VERSION: u32 = 3;

    fn apply(self, action: CheckInAction) -> CheckIn {
        let steps = self.steps();
        let mut next = self;
        next.step = match action {
            CheckInAction::Start => steps.resume(),
            CheckInAction::Answer(id, position) => {
                next.answers.insert(id.to_string(), position);
                next.step
            }
            CheckInAction::Note(position) => {
                next.closing = Some(position);
                next.step
            }
            CheckInAction::Next => steps.next(next.step),
            CheckInAction::Back => steps.back(next.step),
            CheckInAction::Finish => steps.finish(),
            CheckInAction::Restart => return CheckIn::default(),
        };
        next
    }
    fn restarts(action: &CheckInAction) -> bool {
        matches!(action, CheckInAction::Restart)
    }
    step_and_answers_at!(answers);
    fn is_unanswered(&self) -> bool {
        self.answers.is_empty() && self.closing.is_none()
    }
    fn saved(&self) -> VecMap<String, u8> {
        self.answers.clone()
    }
    fn fill_from(&mut self, older: &CheckIn) {
        self.closing = self.closing.or(older.closing);
    }
}

/// Its share links: the three answers, then the closing one (0: not
/// given), in the frame every instrument's links share.
const LINK: Slots = Slots {
    kind: b'c',
    model_version: 3,
    count: QUESTIONS.len() + 1,
    required: QUESTIONS.len(),
};

fn encode_link(model_version: u32, run: &CheckIn) -> String {
    let positions = QUESTIONS
        .iter()
        .map(|id| run.answers.get(*id).copied())
        .chain([run.closing])
        .map(|position| position.map_or(0, usize::from))
        .collect();
    encode_positions(LINK.kind, model_version, positions)
}

fn decode_link(payload: &str) -> Result<(u32, CheckIn), ShareError> {
    let (version, positions) = decode_positions(payload, LINK)?;
    Ok((version, from_positions(&positions)?))
}

fn from_positions(positions: &[usize]) -> Result<CheckIn, ShareError> {
    let in_range = |position: usize| {
        u8::try_from(position)
            .ok()
            .filter(|p| (1..=OPTIONS as u8).contains(p))
            .ok_or(ShareError::Invalid("an answer is out of range"))
    };
    let mut run = CheckIn::default();
    for (id, &position) in QUESTIONS.iter().zip(positions) {
        run.answers.insert(id.to_string(), in_range(position)?);
    }
    run.closing = match positions.get(QUESTIONS.len()) {
        None | Some(0) => None,
        Some(&position) => Some(in_range(position)?),
    };
    Ok(run)
}

/// `actions` applied in turn from a fresh run, each as the change of the next revision.
fn run_through(actions: &[CheckInAction]) -> (Section<CheckIn>, Vec<Applied<VecMap<String, u8>>>) {
    let mut section = Section::<CheckIn>::default();
    let applied = (1u64..)
        .zip(actions)
        .map(|(revision, action)| section.apply(action.clone(), revision))
        .collect();
    (section, applied)
}

#[test]
fn it_runs_from_its_intro_through_its_questions_to_a_saved_result() {
    use CheckInAction::*;
    let (section, applied) = run_through(&[
        Start,
        Answer("pace", 2),
        Next,
        Back,
        Next,
        Answer("focus", 3),
        Next,
        Answer("support", 1),
        Next,
        Note(2),
        Finish,
    ]);
    assert_eq!(section.flow.step, Step::Result);
    assert_eq!(section.started_at, 0, "never started over");
    assert_eq!(section.changed_at, 11);
    assert_eq!(section.answered_at.get("focus"), Some(&6));
    let saved = applied.last().expect("applied");
    assert_eq!(*saved, Applied::Completed(section.flow.answers.clone()));
    assert!(applied[..10]
        .iter()
        .all(|applied| !matches!(applied, Applied::Completed(_))));
    assert_eq!(section.flow.step.slug("note"), "result");
}

#[test]
fn an_unanswered_question_holds_and_starting_over_begins_a_new_run() {
    use CheckInAction::*;
    let (mut section, applied) = run_through(&[Start, Next]);
    assert_eq!(section.flow.step, Step::Question(0));
    assert_eq!(applied[1], Applied::Unchanged, "Next waits for an answer");
    section.unknown = vec![("mood".to_string(), "2".to_string())];
    section.apply(Answer("pace", 1), 3);
    assert_eq!(section.apply(Restart, 4), Applied::Changed);
    assert_eq!((section.started_at, section.flow.step), (4, Step::Intro));
    assert!(
        section.unknown.is_empty(),
        "what a newer version answered goes too"
    );
}

#[test]
fn two_tabs_in_one_run_keep_both_answers_and_a_later_run_wins() {
    use CheckInAction::*;
    let (base, _) = run_through(&[Start, Answer("pace", 1)]);
    let (mut ours, mut theirs) = (base.clone(), base);
    ours.apply(Answer("focus", 2), 3);
    theirs.apply(Answer("support", 3), 3);
    theirs.apply(Note(1), 4);
    let merged = merge_runs(
        Run {
            section: ours.clone(),
            current: true,
        },
        Run {
            section: theirs.clone(),
            current: true,
        },
    );
    assert_eq!(merged.flow.answers.len(), 3, "{:?}", merged.flow.answers);
    assert_eq!(merged.flow.closing, Some(1));
    let mut restarted = theirs;
    restarted.apply(Restart, 5);
    let merged = merge_runs(
        Run {
            section: ours,
            current: true,
        },
        Run {
            section: restarted.clone(),
            current: true,
        },
    );
    assert_eq!(merged, restarted, "the run started later wins whole");
}

#[test]
fn its_share_links_round_trip_and_refuse_what_it_never_writes() {
    use CheckInAction::*;
    let (section, _) = run_through(&[
        Start,
        Answer("pace", 3),
        Answer("focus", 1),
        Answer("support", 2),
    ]);
    let payload = encode_link(3, &section.flow);
    assert!(payload.starts_with("c3.3120."), "{payload}");
    let (version, back) = decode_link(&payload).expect("reads its own link");
    assert_eq!((version, back.answers), (3, section.flow.answers.clone()));
    let mut noted = section.flow.clone();
    noted.closing = Some(2);
    let (_, back) = decode_link(&encode_link(3, &noted)).expect("reads its own link");
    assert_eq!(back.closing, Some(2));
    let unfinished = CheckIn::default();
    assert_eq!(
        decode_link(&encode_link(3, &unfinished)),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        decode_link(&encode_link(2, &section.flow)),
        Err(ShareError::UnsupportedVersion { found: 2 })
    );
    let mut tampered = payload.into_bytes();
    tampered[3] = b'2';
    let tampered = String::from_utf8(tampered).expect("ascii");
    assert_eq!(decode_link(&tampered), Err(ShareError::ChecksumMismatch));
    assert_eq!(
        crate::share::decode(&encode_link(3, &section.flow)),
        Err(ShareError::UnknownKind),
        "the app's own links name only its own instruments"
    );
}
