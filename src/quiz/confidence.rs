//! How much to trust a Fork quiz reading, computed from the answers alone.
//!
//! Three factors, each between 0 and 1, are read from the answered lean items:
//!
//! - midpoint share `m`: the fraction answered "Neither agree nor disagree"
//!   (1 when nothing is answered yet);
//! - firmness `f`: the mean distance of the other answers from the midpoint,
//!   0.5 for "Agree"/"Disagree" and 1 for the "Strongly" answers (1 when every
//!   answer is a midpoint, because `m` already accounts for those);
//! - contradiction `c`: for each dimension that has answers on both a
//!   Multiplier-keyed and a Maker-keyed statement, the gap between the mean
//!   lean of each group (a consistent person gives them the same lean), then
//!   the mean of those gaps. Agreeing with everything makes it 1.
//!
//! value = 100 × (1 − m) × f × (1 − c)
//!
//! Levels: below 40 Low, 75 and above High, Moderate between. A value of 75
//! is only reachable when no factor costs more than a quarter, so High always
//! means firm and consistent.
//! When not High, the reason is the factor that cost the most (contradiction,
//! then midpoints, then mildness on ties); if none cost a quarter, the reading
//! is "fairly clear".

use crate::content::words::keys;
use crate::vec_map::VecMap;

use super::answers::{answered_lean_items, Answers};
use super::content::{Dimension, Keying};
use crate::content::words::Word;

const HIGH_FROM: f64 = 75.0;
const MODERATE_FROM: f64 = 40.0;
/// A factor that costs at least this much is worth naming as the reason.
const NOTABLE_LOSS: f64 = 0.25;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfidenceLevel {
    Low,
    Moderate,
    High,
}

impl ConfidenceLevel {
    /// The level in an embed's `complete` message: part of the documented
    /// `forkpoint:v1` protocol, so English in every locale and never renamed.
    pub fn api_name(self) -> &'static str {
        match self {
            ConfidenceLevel::Low => "Low",
            ConfidenceLevel::Moderate => "Moderate",
            ConfidenceLevel::High => "High",
        }
    }

    pub fn label(self) -> Word {
        match self {
            ConfidenceLevel::Low => keys::QUIZ_RESULT_CONFIDENCE_LEVEL_LOW,
            ConfidenceLevel::Moderate => keys::QUIZ_RESULT_CONFIDENCE_LEVEL_MODERATE,
            ConfidenceLevel::High => keys::QUIZ_RESULT_CONFIDENCE_LEVEL_HIGH,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfidenceReason {
    ManyMidpoints,
    Contradictions,
    /// Answers mostly mild ("Agree"/"Disagree") rather than firm.
    CloseToCentre,
    ClearAndConsistent,
    FairlyClear,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Confidence {
    /// 0..=100.
    pub value: f64,
    pub level: ConfidenceLevel,
    pub reason: ConfidenceReason,
}

/// The three factors behind the confidence, each 0..=1, for explaining it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConfidenceFactors {
    pub midpoint_share: f64,
    pub firmness: f64,
    pub contradiction: f64,
}

impl ConfidenceFactors {
    pub fn value(&self) -> f64 {
        let value =
            100.0 * (1.0 - self.midpoint_share) * self.firmness * (1.0 - self.contradiction);
        value.clamp(0.0, 100.0)
    }
}

pub fn confidence_factors(answers: &Answers) -> ConfidenceFactors {
    let mut answered = 0usize;
    let mut midpoints = 0usize;
    let mut firmness_sum = 0.0;
    // Per dimension: (sum, count) of leans for Multiplier-keyed, then Maker-keyed items.
    let mut by_keying: VecMap<Dimension, [(f64, usize); 2]> = VecMap::new();
    for item in answered_lean_items(answers) {
        answered += 1;
        let distance = (f64::from(item.answer.value()) - 3.0).abs() / 2.0;
        if distance == 0.0 {
            midpoints += 1;
        }
        firmness_sum += distance;
        let slot = match item.keying {
            Keying::Multiplier => 0,
            Keying::Maker => 1,
        };
        let groups = by_keying.get_or_insert_with(item.dimension, || [(0.0, 0); 2]);
        if let Some((sum, count)) = groups.get_mut(slot) {
            *sum += item.lean();
            *count += 1;
        }
    }
    let midpoint_share = if answered == 0 {
        1.0
    } else {
        midpoints as f64 / answered as f64
    };
    let firm_answers = answered.saturating_sub(midpoints);
    let firmness = if firm_answers == 0 {
        1.0
    } else {
        firmness_sum / firm_answers as f64
    };
    let gaps: Vec<f64> = by_keying
        .values()
        .filter_map(
            |[(forward_sum, forward_count), (reverse_sum, reverse_count)]| {
                if *forward_count == 0 || *reverse_count == 0 {
                    return None;
                }
                let forward = forward_sum / *forward_count as f64;
                let reverse = reverse_sum / *reverse_count as f64;
                Some((forward - reverse).abs())
            },
        )
        .collect();
    let contradiction = if gaps.is_empty() {
        0.0
    } else {
        gaps.iter().sum::<f64>() / gaps.len() as f64
    };
    ConfidenceFactors {
        midpoint_share,
        firmness,
        contradiction,
    }
}

pub fn confidence(answers: &Answers) -> Confidence {
    let factors = confidence_factors(answers);
    let value = factors.value();
    let level = if value >= HIGH_FROM {
        ConfidenceLevel::High
    } else if value >= MODERATE_FROM {
        ConfidenceLevel::Moderate
    } else {
        ConfidenceLevel::Low
    };
    let reason = if level == ConfidenceLevel::High {
        ConfidenceReason::ClearAndConsistent
    } else {
        biggest_loss(&factors)
    };
    Confidence {
        value,
        level,
        reason,
    }
}

fn biggest_loss(factors: &ConfidenceFactors) -> ConfidenceReason {
    // Listed in tie-break order: contradictions are the most useful to point out.
    let losses = [
        (factors.contradiction, ConfidenceReason::Contradictions),
        (factors.midpoint_share, ConfidenceReason::ManyMidpoints),
        (1.0 - factors.firmness, ConfidenceReason::CloseToCentre),
    ];
    let mut worst = (0.0, ConfidenceReason::FairlyClear);
    for (loss, reason) in losses {
        if loss > worst.0 {
            worst = (loss, reason);
        }
    }
    if worst.0 >= NOTABLE_LOSS {
        worst.1
    } else {
        ConfidenceReason::FairlyClear
    }
}
