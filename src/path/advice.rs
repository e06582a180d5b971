//! Warnings for the three common prioritisation mistakes, and course corrections for an imbalance.
//!
//! Each rule below is the whole condition: a warning or correction appears exactly when it holds.

use super::blend::Blend;
use super::compare::{numeric_typicals, CLOSE_WITHIN};
use super::context::{ContextAnswers, OrgStage, Situation};
use super::model::PathAnswers;
use super::questions::ids;
#[cfg(test)]
use super::questions::Source;
use crate::content::words::keys;
use crate::content::words::Word;

/// A reading at or above this much management counts as management-heavy for the warnings.
pub const HEAVY_MANAGEMENT: u8 = 65;
/// A reading at or below this much management counts as leadership-heavy for the warnings.
pub const HEAVY_LEADERSHIP: u8 = 35;
/// How far (in management points) a reading may sit from a career stage's typical blend.
pub const ROLE_MISMATCH: i16 = 30;
/// With no numeric context, readings at or beyond these ends call for a correction.
pub const UNCONTEXTED_OVER_MANAGING: u8 = 70;
pub const UNCONTEXTED_OVER_LEADING: u8 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Management-heavy (≥ 65) while the moment is one of change: the path is only partly clear
    /// or unclear, the challenge involves change, the situation is a crisis or major change,
    /// or the organisation is still before product-market fit.
    PureManagementInTransformation,
    /// Leadership-heavy (≤ 35) while processes exist but are not followed or do not exist,
    /// or the challenge involves execution.
    VisionWithoutFoundation,
    /// A career stage is given and the reading is 30 or more points from its typical blend.
    WrongEmphasisForRole,
}

impl Warning {
    pub const ALL: [Warning; 3] = [
        Warning::PureManagementInTransformation,
        Warning::VisionWithoutFoundation,
        Warning::WrongEmphasisForRole,
    ];

    pub fn title(self) -> Word {
        match self {
            Warning::PureManagementInTransformation => {
                keys::PATH_ADVICE_WARNINGS_TITLE_PURE_MANAGEMENT_IN_TRANSFORMATION
            }
            Warning::VisionWithoutFoundation => {
                keys::PATH_ADVICE_WARNINGS_TITLE_VISION_WITHOUT_FOUNDATION
            }
            Warning::WrongEmphasisForRole => {
                keys::PATH_ADVICE_WARNINGS_TITLE_WRONG_EMPHASIS_FOR_ROLE
            }
        }
    }

    pub fn body(self) -> Word {
        match self {
            Warning::PureManagementInTransformation => {
                keys::PATH_ADVICE_WARNINGS_BODY_PURE_MANAGEMENT_IN_TRANSFORMATION
            }
            Warning::VisionWithoutFoundation => {
                keys::PATH_ADVICE_WARNINGS_BODY_VISION_WITHOUT_FOUNDATION
            }
            Warning::WrongEmphasisForRole => {
                keys::PATH_ADVICE_WARNINGS_BODY_WRONG_EMPHASIS_FOR_ROLE
            }
        }
    }

    #[cfg(test)]
    pub fn source(self) -> Source {
        let idea = match self {
            Warning::PureManagementInTransformation => {
                "Common mistake: pure management during a transformation"
            }
            Warning::VisionWithoutFoundation => {
                "Common mistake: leadership without a management foundation"
            }
            Warning::WrongEmphasisForRole => {
                "Common mistake: the wrong emphasis for one's career stage"
            }
        };
        Source { seed: "003", idea }
    }
}

/// Whether the answers or context describe a moment of change rather than of running things.
pub fn is_moment_of_change(answers: &PathAnswers) -> bool {
    answers.chose_any_of(ids::PATH, ids::PATH_NOT_CLEAR)
        || answers.chose_any_of(ids::CHALLENGE, ids::CHALLENGE_INVOLVES_CHANGE)
        || answers.context.situation == Some(Situation::CrisisOrMajorChange)
        || answers.context.stage == Some(OrgStage::BeforeProductMarketFit)
}

/// Whether the answers show the execution foundation is missing or that delivery is at stake.
pub fn needs_execution_foundation(answers: &PathAnswers) -> bool {
    answers.chose_any_of(ids::PROCESSES, ids::PROCESSES_NOT_IN_USE)
        || answers.chose_any_of(ids::CHALLENGE, ids::CHALLENGE_INVOLVES_EXECUTION)
}

/// The warnings whose conditions hold, in `Warning::ALL` order.
pub fn warnings(answers: &PathAnswers, reading: Blend) -> Vec<Warning> {
    let role_mismatch = answers.context.career.is_some_and(|career| {
        (i16::from(reading.management) - i16::from(career.typical().management)).abs()
            >= ROLE_MISMATCH
    });
    let holds = [
        reading.management >= HEAVY_MANAGEMENT && is_moment_of_change(answers),
        reading.management <= HEAVY_LEADERSHIP && needs_execution_foundation(answers),
        role_mismatch,
    ];
    Warning::ALL
        .into_iter()
        .zip(holds)
        .filter_map(|(warning, on)| on.then_some(warning))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Correction {
    /// For over-managing.
    AddLeadership,
    /// For over-leading.
    AddManagement,
}

impl Correction {
    pub fn title(self) -> Word {
        match self {
            Correction::AddLeadership => keys::PATH_ADVICE_CORRECTIONS_TITLE_ADD_LEADERSHIP,
            Correction::AddManagement => keys::PATH_ADVICE_CORRECTIONS_TITLE_ADD_MANAGEMENT,
        }
    }

    pub fn intro(self) -> Word {
        match self {
            Correction::AddLeadership => keys::PATH_ADVICE_CORRECTIONS_INTRO_ADD_LEADERSHIP,
            Correction::AddManagement => keys::PATH_ADVICE_CORRECTIONS_INTRO_ADD_MANAGEMENT,
        }
    }

    pub fn steps(self) -> &'static [Word] {
        match self {
            Correction::AddLeadership => &[
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_LEADERSHIP_1,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_LEADERSHIP_2,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_LEADERSHIP_3,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_LEADERSHIP_4,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_LEADERSHIP_5,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_LEADERSHIP_6,
            ],
            Correction::AddManagement => &[
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_MANAGEMENT_1,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_MANAGEMENT_2,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_MANAGEMENT_3,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_MANAGEMENT_4,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_MANAGEMENT_5,
                keys::PATH_ADVICE_CORRECTIONS_STEPS_ADD_MANAGEMENT_6,
            ],
        }
    }

    #[cfg(test)]
    pub fn source(self) -> Source {
        Source {
            seed: "003",
            idea: "Course-correcting an imbalance between management and leadership",
        }
    }
}

/// AddLeadership when the reading sits at least `CLOSE_WITHIN` (15) points above the typical
/// management of any numeric context given (stage, situation, career), or, when none is given,
/// at or above 70; AddManagement mirrors it (15 below, or at or below 30). Industry pace has no
/// number, so on its own it counts as no numeric context. Contexts that disagree can yield both.
pub fn corrections(reading: Blend, context: &ContextAnswers) -> Vec<Correction> {
    let typicals = numeric_typicals(context);
    let gaps: Vec<i16> = typicals
        .iter()
        .map(|typical| i16::from(reading.management) - i16::from(typical.management))
        .collect();
    let (over_managing, over_leading) = if gaps.is_empty() {
        (
            reading.management >= UNCONTEXTED_OVER_MANAGING,
            reading.management <= UNCONTEXTED_OVER_LEADING,
        )
    } else {
        (
            gaps.iter().any(|gap| *gap >= CLOSE_WITHIN),
            gaps.iter().any(|gap| *gap <= -CLOSE_WITHIN),
        )
    };
    let mut found = Vec::new();
    if over_managing {
        found.push(Correction::AddLeadership);
    }
    if over_leading {
        found.push(Correction::AddManagement);
    }
    found
}
