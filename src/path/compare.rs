//! Compares a reading with what each given context usually needs; the
//! result screen words each comparison (`content::path_screens`).

use super::blend::Blend;
use super::context::{CareerStage, ContextAnswers, IndustryPace, OrgStage, Situation};
use crate::content::words::keys;
use crate::content::words::Word;

/// A gap smaller than this (in management points) counts as close to the typical blend.
pub const CLOSE_WITHIN: i16 = 15;

/// The seed gives industry pace as a direction only, so a reading counts as on the right side
/// unless it passes this far into the other half: most situations need some of both.
pub const PACE_TOLERANCE: u8 = 10;

/// One context set against the reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The reading compared.
    pub reading: Blend,
    /// The group compared with, e.g. "organisations before product-market fit".
    pub context: Word,
    /// The typical blend; None for industry pace, which has a direction but no number.
    pub typical: Option<Blend>,
    /// Reading minus typical management points; for pace, how far past the tolerated line it is (0 if on side).
    pub gap: i16,
    pub close: bool,
    pub kind: ComparisonKind,
}

/// What a comparison is against, which decides how it is worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonKind {
    /// A typical blend for the group.
    Typical,
    /// The first-day footing of an acute incident, which then shifts.
    AcuteIncident,
    /// A direction: the side the pace favours, and what needs attention if past it.
    Pace { side: Word, attention: Word },
}

/// One comparison per context given, in the order stage, situation, pace, career.
pub fn compare(reading: Blend, context: &ContextAnswers) -> Vec<Comparison> {
    let mut comparisons = Vec::new();
    if let Some(stage) = context.stage {
        comparisons.push(numeric(reading, stage.group(), stage.typical()));
    }
    if let Some(situation) = context.situation {
        comparisons.push(match situation {
            Situation::AcuteIncident => acute_incident(reading),
            other => numeric(reading, other.group(), other.typical()),
        });
    }
    if let Some(pace) = context.pace {
        comparisons.push(pace_comparison(reading, pace));
    }
    if let Some(career) = context.career {
        comparisons.push(numeric(reading, career.group(), career.typical()));
    }
    comparisons
}

/// The typical blends of the numeric contexts given (stage, situation, career), for the advice rules.
pub fn numeric_typicals(context: &ContextAnswers) -> Vec<Blend> {
    [
        context.stage.map(OrgStage::typical),
        context.situation.map(Situation::typical),
        context.career.map(CareerStage::typical),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn gap_between(reading: Blend, typical: Blend) -> i16 {
    i16::from(reading.management) - i16::from(typical.management)
}

fn numeric(reading: Blend, group: Word, typical: Blend) -> Comparison {
    let gap = gap_between(reading, typical);
    Comparison {
        reading,
        context: group,
        typical: Some(typical),
        gap,
        close: gap.abs() < CLOSE_WITHIN,
        kind: ComparisonKind::Typical,
    }
}

// An acute incident is a first-day footing, not a steady target, so the sentence says both.
fn acute_incident(reading: Blend) -> Comparison {
    Comparison {
        kind: ComparisonKind::AcuteIncident,
        ..numeric(
            reading,
            Situation::AcuteIncident.group(),
            Situation::AcuteIncident.typical(),
        )
    }
}

fn pace_comparison(reading: Blend, pace: IndustryPace) -> Comparison {
    let management = i16::from(reading.management);
    let tolerance = i16::from(PACE_TOLERANCE);
    // Positive gap: too much management for a fast industry; negative: too little for a stable one.
    let (gap, side, attention) = match pace {
        IndustryPace::FastChanging => (
            (management - (50 + tolerance)).max(0),
            keys::PATH_RESULT_COMPARE_SIDE_LEADERSHIP,
            keys::PATH_RESULT_COMPARE_ATTENTION_ADAPTING,
        ),
        IndustryPace::Stable => (
            (management - (50 - tolerance)).min(0),
            keys::PATH_RESULT_COMPARE_SIDE_MANAGEMENT,
            keys::PATH_RESULT_COMPARE_ATTENTION_EXECUTION,
        ),
    };
    Comparison {
        reading,
        context: pace.group(),
        typical: None,
        gap,
        close: gap == 0,
        kind: ComparisonKind::Pace { side, attention },
    }
}
