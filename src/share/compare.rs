//! What moved between two results of the same instrument, for the history
//! screen: the scores before and after and which answers changed. Data only:
//! the sentences that say it plainly are written in `messages`.

use crate::content::numbers::{signed_whole, whole};
use crate::path::{reading, Blend, Choice, PathAnswers, Question, QUESTIONS};
use crate::quiz::scoring::overall_lean;
use crate::quiz::{dimension_scores, Answers, Band, Dimension, ITEMS};

/// One dimension's lean in both runs, 0 = fully Maker, 100 = fully Multiplier.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionMove {
    pub dimension: Dimension,
    pub before: f64,
    pub after: f64,
}

impl DimensionMove {
    /// The move as the screen shows it: the difference of the rounded scores,
    /// so "from 54 to 66" and "+12" always agree.
    pub fn points(&self) -> i64 {
        whole(self.after) - whole(self.before)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuizComparison {
    pub overall_before: f64,
    pub overall_after: f64,
    pub band_before: Band,
    pub band_after: Band,
    /// All five, in `Dimension::ALL` order.
    pub dimensions: Vec<DimensionMove>,
    /// Items whose answer differs, counting an answer given in one run only.
    pub changed_answers: usize,
}

impl QuizComparison {
    /// The overall move in whole points, positive toward the Multiplier.
    pub fn overall_points(&self) -> i64 {
        whole(self.overall_after) - whole(self.overall_before)
    }

    /// The dimension that moved the most whole points, the first in
    /// `Dimension::ALL` order on a tie; None when none moved a visible point.
    pub fn moved_most(&self) -> Option<&DimensionMove> {
        self.dimensions.iter().filter(|d| d.points() != 0).fold(
            None,
            |best: Option<&DimensionMove>, d| match best {
                Some(b) if b.points().abs() >= d.points().abs() => Some(b),
                _ => Some(d),
            },
        )
    }
}

pub fn compare_quiz(before: &Answers, after: &Answers) -> QuizComparison {
    let dimensions_before = dimension_scores(before);
    let dimensions_after = dimension_scores(after);
    let overall_before = overall_lean(&dimensions_before);
    let overall_after = overall_lean(&dimensions_after);
    let dimensions = dimensions_before
        .iter()
        .zip(&dimensions_after)
        .map(|(b, a)| DimensionMove {
            dimension: b.dimension,
            before: b.score,
            after: a.score,
        })
        .collect();
    let changed_answers = ITEMS
        .iter()
        .filter(|item| before.get(item.id) != after.get(item.id))
        .count();
    QuizComparison {
        overall_before,
        overall_after,
        band_before: Band::from_score(overall_before),
        band_after: Band::from_score(overall_after),
        dimensions,
        changed_answers,
    }
}

/// One diagnostic question whose answer differs between the runs.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionMove {
    pub question: &'static Question,
    /// None when the question was unanswered in that run.
    pub before: Option<&'static Choice>,
    pub after: Option<&'static Choice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathComparison {
    /// None when that run was not finished.
    pub before: Option<Blend>,
    pub after: Option<Blend>,
    /// Only the questions whose answer differs, in question order.
    pub moved: Vec<QuestionMove>,
}

pub fn compare_path(before: &PathAnswers, after: &PathAnswers) -> PathComparison {
    let moved: Vec<QuestionMove> = QUESTIONS
        .iter()
        .filter_map(|question| {
            let was = before.chosen(question);
            let now = after.chosen(question);
            (was != now).then_some(QuestionMove {
                question,
                before: was,
                after: now,
            })
        })
        .collect();
    let before = reading(before);
    let after = reading(after);
    PathComparison {
        before,
        after,
        moved,
    }
}

/// "+12", "−3" (with a true minus sign, U+2212) or "0", in whole points.
pub fn signed_points(delta: f64) -> String {
    signed_whole(whole(delta))
}
