//! Turns Fork quiz answers into a result: the lean per dimension and overall,
//! the band, the confidence, the drivers and the motivation flags. Every
//! function here is total: unknown ids and missing answers are simply skipped.

use crate::vec_map::VecMap;

use super::answers::{answered_lean_items, AnsweredLean};
use super::band::Band;
use super::confidence::{confidence, Confidence};
use super::content::{Agreement, Dimension, Flag, ItemKind, Keying, ITEMS};

pub use super::answers::{agreement, multiplier_lean, Answers};

/// Stored with every result and put in share links: bump it whenever the
/// same answers could score differently.
pub const MODEL_VERSION: u32 = super::items::DEFINED_MODEL_VERSION;

/// How many drivers a result quotes back.
pub const DRIVER_COUNT: usize = 3;

/// A dimension's lean, 0 = fully Maker, 100 = fully Multiplier.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    pub dimension: Dimension,
    pub score: f64,
}

/// One answer that moved the overall lean, quoted back on the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Driver {
    pub item_id: &'static str,
    pub text: crate::content::words::Word,
    pub answer: Agreement,
    /// The side this answer pushed the overall lean toward.
    pub toward: Keying,
    /// How many points (always positive) this answer moved the overall lean
    /// away from 50; the direction is in `toward`.
    pub weight: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuizResult {
    /// In `Dimension::ALL` order.
    pub dimensions: Vec<DimensionScore>,
    pub overall: f64,
    pub band: Band,
    pub confidence: Confidence,
    /// Up to `DRIVER_COUNT`, strongest first.
    pub drivers: Vec<Driver>,
    /// In `Flag` order.
    pub flags: Vec<Flag>,
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(sum, count), value| {
        (sum + value, count + 1)
    });
    (count > 0).then(|| sum / count as f64)
}

/// 100 × the mean lean of the dimension's answered items; a dimension with no
/// answers sits at the neutral 50 so a partial quiz never reads as a verdict.
pub fn dimension_score(answers: &Answers, dimension: Dimension) -> f64 {
    let leans = answered_lean_items(answers)
        .filter(|a| a.dimension == dimension)
        .map(|a| a.lean());
    mean(leans).map_or(50.0, |lean| 100.0 * lean)
}

pub fn dimension_scores(answers: &Answers) -> Vec<DimensionScore> {
    Dimension::ALL
        .iter()
        .map(|&dimension| DimensionScore {
            dimension,
            score: dimension_score(answers, dimension),
        })
        .collect()
}

/// Each dimension weighs the same, however many items it has.
pub fn overall_lean(dimensions: &[DimensionScore]) -> f64 {
    mean(dimensions.iter().map(|d| d.score)).unwrap_or(50.0)
}

/// An answered lean item moves the overall lean by (lean − 0.5) × 100 divided
/// by the answered items in its dimension and by the five dimensions. The
/// largest moves either way are the drivers; midpoint answers move nothing
/// and are never quoted. Ties keep presentation order.
pub fn drivers(answers: &Answers) -> Vec<Driver> {
    let mut answered_per_dimension: VecMap<Dimension, usize> = VecMap::new();
    for answered in answered_lean_items(answers) {
        *answered_per_dimension.get_or_insert_with(answered.dimension, || 0) += 1;
    }
    let dimension_count = Dimension::ALL.len() as f64;
    let mut moves: Vec<(usize, f64, AnsweredLean)> = answered_lean_items(answers)
        .map(|answered| {
            let in_dimension = answered_per_dimension
                .get(&answered.dimension)
                .copied()
                .unwrap_or(1)
                .max(1);
            let contribution =
                (answered.lean() - 0.5) * 100.0 / in_dimension as f64 / dimension_count;
            (answered.index, contribution, answered)
        })
        .filter(|(_, contribution, _)| *contribution != 0.0)
        .collect();
    // Pick the strongest few by repeated selection: with a few dozen items this
    // is as fast as sorting and keeps a whole sort routine out of the wasm.
    let mut strongest = Vec::with_capacity(DRIVER_COUNT);
    while strongest.len() < DRIVER_COUNT {
        let best = moves.iter().enumerate().fold(
            None,
            |best: Option<(usize, f64, usize)>, (at, (index, c, _))| match best {
                Some((_, best_c, best_index))
                    if best_c.abs() > c.abs()
                        || (best_c.abs() == c.abs() && best_index < *index) =>
                {
                    best
                }
                _ => Some((at, *c, *index)),
            },
        );
        let Some((at, _, _)) = best else { break };
        strongest.push(moves.swap_remove(at));
    }
    strongest
        .into_iter()
        .map(|(_, contribution, answered)| Driver {
            item_id: answered.item.id,
            text: answered.item.text,
            answer: answered.answer,
            toward: if contribution > 0.0 {
                Keying::Multiplier
            } else {
                Keying::Maker
            },
            weight: contribution.abs(),
        })
        .collect()
}

/// A flag is raised when its answered items average "Agree" or more; a flag
/// with no answered items stays down.
pub fn raised_flags(answers: &Answers) -> Vec<Flag> {
    Flag::ALL
        .iter()
        .copied()
        .filter(|&flag| {
            let agreements = ITEMS
                .iter()
                .filter(|item| item.kind == ItemKind::Motivation(flag))
                .filter_map(|item| agreement(answers, item.id))
                .map(|answer| f64::from(answer.value()));
            mean(agreements).is_some_and(|average| average >= 4.0)
        })
        .collect()
}

/// Every item, lean and motivation alike, has an answer.
pub fn is_complete(answers: &Answers) -> bool {
    ITEMS
        .iter()
        .all(|item| agreement(answers, item.id).is_some())
}

/// Scores whatever has been answered; callers show it only once complete.
pub fn score(answers: &Answers) -> QuizResult {
    let dimensions = dimension_scores(answers);
    let overall = overall_lean(&dimensions);
    QuizResult {
        band: Band::from_score(overall),
        overall,
        dimensions,
        confidence: confidence(answers),
        drivers: drivers(answers),
        flags: raised_flags(answers),
    }
}
