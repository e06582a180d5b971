//! Compares a reading with what each given context usually needs, naming any gap in one sentence.

use super::blend::Blend;
use super::context::{CareerStage, ContextAnswers, IndustryPace, OrgStage, Situation};

/// A gap smaller than this (in management points) counts as close to the typical blend.
pub const CLOSE_WITHIN: i16 = 15;

/// The seed gives industry pace as a direction only, so a reading counts as on the right side
/// unless it passes this far into the other half: most situations need some of both.
pub const PACE_TOLERANCE: u8 = 10;

/// One context set against the reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The group compared with, e.g. "organisations before product-market fit".
    pub context: &'static str,
    /// The typical blend; None for industry pace, which has a direction but no number.
    pub typical: Option<Blend>,
    /// Reading minus typical management points; for pace, how far past the tolerated line it is (0 if on side).
    pub gap: i16,
    pub close: bool,
    pub sentence: String,
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

fn numeric(reading: Blend, group: &'static str, typical: Blend) -> Comparison {
    let gap = gap_between(reading, typical);
    let close = gap.abs() < CLOSE_WITHIN;
    let sentence = if close {
        format!(
            "Your reading of {} is close to what {} usually need (about {}).",
            reading.ratio(),
            group,
            typical.ratio()
        )
    } else {
        format!(
            "Your situation reads {}; {} usually need about {}.",
            reading.ratio(),
            group,
            typical.ratio()
        )
    };
    Comparison {
        context: group,
        typical: Some(typical),
        gap,
        close,
        sentence,
    }
}

// An acute incident is a first-day footing, not a steady target, so the sentence says both.
fn acute_incident(reading: Blend) -> Comparison {
    let typical = Situation::AcuteIncident.typical();
    let gap = gap_between(reading, typical);
    let close = gap.abs() < CLOSE_WITHIN;
    let sentence = if close {
        format!(
            "Your reading of {} is close to the management-first footing an acute incident needs on its first day (about {}); over the following weeks, shift toward leadership.",
            reading.ratio(),
            typical.ratio()
        )
    } else {
        format!(
            "Your situation reads {}; on the first day of an acute incident management comes first (about {}), and the balance moves toward leadership over the following weeks.",
            reading.ratio(),
            typical.ratio()
        )
    };
    Comparison {
        context: Situation::AcuteIncident.group(),
        typical: Some(typical),
        gap,
        close,
        sentence,
    }
}

fn pace_comparison(reading: Blend, pace: IndustryPace) -> Comparison {
    let management = i16::from(reading.management);
    let tolerance = i16::from(PACE_TOLERANCE);
    // Positive gap: too much management for a fast industry; negative: too little for a stable one.
    let (gap, side, attention) = match pace {
        IndustryPace::FastChanging => (
            (management - (50 + tolerance)).max(0),
            "leadership",
            "adapting to change",
        ),
        IndustryPace::Stable => (
            (management - (50 - tolerance)).min(0),
            "management",
            "day-to-day execution",
        ),
    };
    let close = gap == 0;
    let sentence = if close {
        format!(
            "Your reading of {} fits {}, which usually lean toward {}.",
            reading.ratio(),
            pace.group(),
            side
        )
    } else {
        format!(
            "Your situation reads {}; {} usually lean toward {}, so make sure {} gets enough attention.",
            reading.ratio(),
            pace.group(),
            side,
            attention
        )
    };
    Comparison {
        context: pace.group(),
        typical: None,
        gap,
        close,
        sentence,
    }
}
