//! What moved between two runs of one instrument, for any instrument whose
//! answers are positions: both readings, each score before and after, and
//! the questions answered differently. Data only: the views word it.

use super::{Answers, Asked, PositionsInstrument, Reading};
use crate::content::words::Word;

/// One score in both runs (0–100).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreMove {
    /// What it measures.
    pub name: Word,
    pub before: u8,
    pub after: u8,
}

impl ScoreMove {
    /// The move in whole points, up positive.
    pub fn points(&self) -> i16 {
        i16::from(self.after) - i16::from(self.before)
    }
}

/// A question answered differently: its position in each run, `None` where
/// that run has no answer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerMove {
    pub question: Asked,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// Two runs of one instrument side by side, the earlier first.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// `None` when that run's answers do not give a reading (not finished).
    pub before: Option<Reading>,
    pub after: Option<Reading>,
    /// The questions answered differently: those the later run asks, in its
    /// order, then those only the earlier one asked (an early answer can
    /// change which questions follow).
    pub moved: Vec<AnswerMove>,
}

impl Comparison {
    /// Each score both readings give, in the instrument's order; none
    /// unless both runs read.
    pub fn scores(&self) -> Vec<ScoreMove> {
        let (Some(before), Some(after)) = (&self.before, &self.after) else {
            return Vec::new();
        };
        after
            .scores
            .iter()
            .filter_map(|&(name, now)| {
                let (_, was) = before.scores.iter().find(|(other, _)| *other == name)?;
                Some(ScoreMove {
                    name,
                    before: *was,
                    after: now,
                })
            })
            .collect()
    }

    /// The score that moved the most points, the first on a tie; `None`
    /// when none moved.
    pub fn moved_most(&self) -> Option<ScoreMove> {
        self.scores()
            .into_iter()
            .filter(|score| score.points() != 0)
            .fold(None, |best: Option<ScoreMove>, score| match best {
                Some(best) if best.points().abs() >= score.points().abs() => Some(best),
                _ => Some(score),
            })
    }
}

/// What moved from `before` to `after`, both runs of `of`.
pub fn compare(of: &PositionsInstrument, before: &Answers, after: &Answers) -> Comparison {
    let asked_after = (of.asked)(after);
    let asked_before = (of.asked)(before);
    let only_before = asked_before
        .into_iter()
        .filter(|question| !asked_after.iter().any(|other| other.id == question.id));
    let moved = asked_after
        .iter()
        .copied()
        .chain(only_before)
        .filter_map(|question| {
            let was = before.get(question.id).copied();
            let now = after.get(question.id).copied();
            (was != now).then_some(AnswerMove {
                question,
                before: was,
                after: now,
            })
        })
        .collect();
    Comparison {
        before: (of.reading)(before),
        after: (of.reading)(after),
        moved,
    }
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
