//! What an embed tells the host page, worked out from the stored document:
//! a `Progress` snapshot after every change, and the events between two
//! snapshots (started, a new screen, a result). The browser side adds
//! `Ready` and `Height` and posts each as a `forkpoint:v1:*` message.

#[cfg(test)]
use super::config::Instrument;
use crate::positions::{Answers, PositionsInstrument};
use crate::state::document::Document;
use crate::steps::Step;

/// The kind of screen on show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question,
    Review,
    Context,
    Result,
}

impl Screen {
    /// The screen of an instrument's closing step, by the step's name
    /// (`PositionsInstrument::closing`): the path diagnostic's context, or
    /// a review.
    pub fn closing(name: &str) -> Screen {
        if name == Screen::Context.id() {
            Screen::Context
        } else {
            Screen::Review
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Question => "question",
            Screen::Review => "review",
            Screen::Context => "context",
            Screen::Result => "result",
        }
    }
}

/// A result, as the host page receives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The band id, as in `data-forkpoint-cta-<band>-url`.
    pub band: &'static str,
    /// "Leaning Multiplier"; "60% management / 40% leadership".
    pub title: String,
    /// Quiz: the lean, 0 (Maker) to 100 (Multiplier). Path: the management share.
    pub score: i64,
    /// Quiz only: "Low", "Moderate" or "High".
    pub confidence: Option<&'static str>,
}

/// Where the person is in the embedded instrument.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub screen: Screen,
    /// 1-based number of the screen among `total` (question screens count
    /// their question; intro is 0, the screens after the questions follow them).
    pub step: usize,
    pub total: usize,
    /// Set on the result screen.
    pub summary: Option<Summary>,
}

/// Where the person is in `instrument`, told as its page tells it.
#[cfg(test)]
pub fn progress(instrument: Instrument, doc: &Document) -> Progress {
    let view = crate::pages::run_view(instrument).expect("an instrument this build shows");
    run_progress(view.of(), doc, view.summary)
}

/// Where the person is in an instrument of `questions` questions whose
/// closing step shows as `closing`; `summary` is asked only on the result.
fn progress_at(
    step: Step,
    questions: usize,
    closing: Screen,
    summary: impl FnOnce() -> Option<Summary>,
) -> Progress {
    let total = questions + 2;
    let (screen, step) = match step {
        Step::Intro => (Screen::Intro, 0),
        Step::Question(at) => (Screen::Question, at.min(questions.saturating_sub(1)) + 1),
        Step::Closing => (closing, questions + 1),
        Step::Result => (Screen::Result, total),
    };
    let summary = if screen == Screen::Result {
        summary()
    } else {
        None
    };
    Progress {
        screen,
        step,
        total,
        summary,
    }
}

/// Where the person is in an instrument; `summary` tells the host a
/// complete run's result. Its length is counted before an early answer (the
/// stage's rung) picks what follows.
pub fn run_progress(of: &PositionsInstrument, doc: &Document, summary: SummaryOf) -> Progress {
    let flow = doc.run_of(of);
    let questions = flow.asked(of).len().max(of.instrument.questions());
    progress_at(flow.step, questions, Screen::closing(of.closing), || {
        summary(of, &flow.answers)
    })
}

/// How an instrument tells the host a complete run's result (`None` while
/// it is not complete).
pub type SummaryOf = fn(&PositionsInstrument, &Answers) -> Option<Summary>;

/// A result as its reading gives it: its band, and its first score as the
/// score (the balance check's over-managing, the stage's footing).
pub fn reading_summary(of: &PositionsInstrument, answers: &Answers) -> Option<Summary> {
    (of.reading)(answers).map(|reading| Summary {
        band: reading.band.id,
        title: reading.band.title.text(),
        score: reading
            .scores
            .first()
            .map_or(0, |(_, score)| i64::from(*score)),
        confidence: None,
    })
}

#[derive(Clone, Debug, PartialEq)]
pub enum EmbedEvent {
    Ready,
    Started,
    Step {
        screen: Screen,
        step: usize,
        total: usize,
    },
    Height(u32),
    Complete(Summary),
    /// The person followed the host's call to action for this band.
    Cta {
        band: &'static str,
    },
    /// Escape was pressed in the frame and nothing in it took the key: a
    /// host's popup closes (a key inside a frame never reaches the host).
    Close,
}

impl EmbedEvent {
    /// The message `type`, namespaced and versioned.
    pub fn kind(&self) -> &'static str {
        match self {
            EmbedEvent::Ready => "forkpoint:v1:ready",
            EmbedEvent::Started => "forkpoint:v1:started",
            EmbedEvent::Step { .. } => "forkpoint:v1:step",
            EmbedEvent::Height(_) => "forkpoint:v1:height",
            EmbedEvent::Complete(_) => "forkpoint:v1:complete",
            EmbedEvent::Cta { .. } => "forkpoint:v1:cta",
            EmbedEvent::Close => "forkpoint:v1:close",
        }
    }
}

/// The events from `before` (None: the embed just opened) to `after`.
pub fn events_between(before: Option<&Progress>, after: &Progress) -> Vec<EmbedEvent> {
    let step = || EmbedEvent::Step {
        screen: after.screen,
        step: after.step,
        total: after.total,
    };
    let Some(before) = before else {
        return vec![step()];
    };
    let mut events = Vec::new();
    if (before.screen, before.step) == (after.screen, after.step) {
        return events;
    }
    if before.screen == Screen::Intro {
        events.push(EmbedEvent::Started);
    }
    events.push(step());
    if let (Some(summary), false) = (&after.summary, before.screen == Screen::Result) {
        events.push(EmbedEvent::Complete(summary.clone()));
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::{PATH_RUN, QUESTIONS};
    use crate::positions::{Move, PositionsAction};
    use crate::quiz::run_tests as quiz_run;
    use crate::quiz::ITEMS;
    use crate::state::document::DocAction;
    use crate::steps::Go;

    fn walk(instrument: Instrument, actions: Vec<DocAction>) -> Vec<EmbedEvent> {
        let mut doc = Document::default();
        let mut last = progress(instrument, &doc);
        let mut events = events_between(None, &last);
        for (at, action) in actions.into_iter().enumerate() {
            doc = doc.apply(action, at as u64 + 1);
            let next = progress(instrument, &doc);
            events.extend(events_between(Some(&last), &next));
            last = next;
        }
        events
    }

    #[test]
    fn the_path_reports_start_each_screen_and_the_result_once() {
        let path = |step| {
            DocAction::Run(PositionsAction {
                of: &PATH_RUN,
                step,
            })
        };
        let mut actions = vec![path(Move::Go(Go::Start))];
        for question in QUESTIONS {
            actions.push(path(Move::Answer(question.id.into(), 1)));
            actions.push(path(Move::Go(Go::Next)));
        }
        // Skipping the context goes on to the result.
        actions.push(path(Move::Go(Go::Finish)));
        let events = walk(Instrument::Path, actions);
        assert_eq!(
            events.first(),
            Some(&EmbedEvent::Step {
                screen: Screen::Intro,
                step: 0,
                total: 7
            })
        );
        assert_eq!(
            events.iter().filter(|e| **e == EmbedEvent::Started).count(),
            1
        );
        let steps: Vec<usize> = events
            .iter()
            .filter_map(|e| match e {
                EmbedEvent::Step { step, .. } => Some(*step),
                _ => None,
            })
            .collect();
        assert_eq!(steps, vec![0, 1, 2, 3, 4, 5, 6, 7]);
        let complete: Vec<&EmbedEvent> = events
            .iter()
            .filter(|e| matches!(e, EmbedEvent::Complete(_)))
            .collect();
        assert_eq!(complete.len(), 1);
        let EmbedEvent::Complete(summary) = complete[0] else {
            unreachable!()
        };
        assert_eq!(summary.band, "mainly-management");
        assert_eq!(summary.score, 88);
        assert_eq!(summary.confidence, None);
        assert_eq!(events.last(), Some(complete[0]), "the result comes last");
    }

    #[test]
    fn the_quiz_result_carries_band_lean_and_confidence() {
        let mut doc = Document::default();
        for item in ITEMS {
            doc = doc.apply(
                quiz_run::answer(item.id, crate::quiz::Agreement::MIDPOINT),
                1,
            );
        }
        doc = doc.apply(quiz_run::go(Go::Finish), 2);
        let progress = progress(Instrument::Quiz, &doc);
        assert_eq!(progress.screen, Screen::Result);
        let summary = progress.summary.expect("a result");
        assert_eq!(
            (summary.band, summary.score, summary.confidence),
            ("balanced", 50, Some("Low"))
        );
    }

    /// Answers `positions` in the order the run asks, then asks for the result.
    #[cfg(any(feature = "balance", feature = "stage"))]
    fn run_walk(
        of: &'static crate::positions::PositionsInstrument,
        positions: &str,
    ) -> Vec<DocAction> {
        use crate::positions::{Move, PositionsAction, PositionsFlow};
        let act = |step| DocAction::Run(PositionsAction { of, step });
        let mut flow = PositionsFlow::default().apply(PositionsAction {
            of,
            step: Move::Go(Go::Start),
        });
        let mut actions = vec![act(Move::Go(Go::Start))];
        for digit in positions.bytes() {
            let question = flow.current(of).expect("a question on screen");
            for step in [
                Move::Answer(question.id.into(), digit - b'0'),
                Move::Go(Go::Next),
            ] {
                flow = flow.apply(PositionsAction {
                    of,
                    step: step.clone(),
                });
                actions.push(act(step));
            }
        }
        actions.push(act(Move::Go(Go::Finish)));
        actions
    }

    #[cfg(any(feature = "balance", feature = "stage"))]
    fn completed(events: &[EmbedEvent]) -> Vec<&Summary> {
        events
            .iter()
            .filter_map(|e| match e {
                EmbedEvent::Complete(summary) => Some(summary),
                _ => None,
            })
            .collect()
    }

    #[cfg(feature = "balance")]
    #[test]
    fn the_balance_check_reports_each_screen_and_its_quadrant_once() {
        use crate::balance::run::BALANCE_RUN;
        // Sam, the worked example (docs/instruments.md): over-managing, 77 and 15.
        let events = walk(
            Instrument::Balance,
            run_walk(&BALANCE_RUN, "524241413152342414242525"),
        );
        let steps: Vec<(Screen, usize, usize)> = events
            .iter()
            .filter_map(|e| match e {
                EmbedEvent::Step {
                    screen,
                    step,
                    total,
                } => Some((*screen, *step, *total)),
                _ => None,
            })
            .collect();
        assert_eq!(steps.first(), Some(&(Screen::Intro, 0, 26)));
        assert_eq!(
            steps.len(),
            27,
            "the intro, 24 questions, the review and the result"
        );
        assert_eq!(steps.last(), Some(&(Screen::Result, 26, 26)));
        assert_eq!(
            events.iter().filter(|e| **e == EmbedEvent::Started).count(),
            1
        );
        let complete = completed(&events);
        assert_eq!(complete.len(), 1);
        assert_eq!(
            (complete[0].band, complete[0].score, complete[0].confidence),
            ("over-managing", 77, None)
        );
        assert_eq!(complete[0].title, "Over-managing");
    }

    #[cfg(feature = "stage")]
    #[test]
    fn the_stage_readiness_counts_its_length_before_the_rung_and_reports_footing() {
        use crate::stage::run::STAGE_RUN;
        // Alex, a team lead (docs/instruments.md): growing, footing 68.
        let events = walk(
            Instrument::Stage,
            run_walk(&STAGE_RUN, "2424423542425444342211"),
        );
        let totals: Vec<usize> = events
            .iter()
            .filter_map(|e| match e {
                EmbedEvent::Step { total, .. } => Some(*total),
                _ => None,
            })
            .collect();
        assert!(totals.iter().all(|t| *t == 24), "{totals:?}");
        let complete = completed(&events);
        assert_eq!(complete.len(), 1);
        assert_eq!((complete[0].band, complete[0].score), ("growing", 68));
    }

    #[test]
    fn no_change_of_screen_is_no_event() {
        let same = progress(Instrument::Quiz, &Document::default());
        assert_eq!(events_between(Some(&same), &same), vec![]);
    }

    #[test]
    fn kinds_are_namespaced_and_versioned() {
        for event in [
            EmbedEvent::Ready,
            EmbedEvent::Started,
            EmbedEvent::Height(1),
            EmbedEvent::Step {
                screen: Screen::Intro,
                step: 0,
                total: 1,
            },
        ] {
            assert!(event.kind().starts_with("forkpoint:v1:"));
        }
    }
}
