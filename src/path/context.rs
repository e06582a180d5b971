//! Optional context questions: what blend is typical for the organisation, situation, industry and career stage.

use crate::content::words::keys;

use super::blend::Blend;
use crate::content::words::Word;

/// The optional context a person may add; it never changes the reading, only what it is compared with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContextAnswers {
    pub stage: Option<OrgStage>,
    pub situation: Option<Situation>,
    pub pace: Option<IndustryPace>,
    pub career: Option<CareerStage>,
}

/// Where the organisation is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgStage {
    BeforeProductMarketFit,
    Scaling,
    Mature,
}

/// What kind of moment the team is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Situation {
    AcuteIncident,
    CrisisOrMajorChange,
    SteadyOperations,
}

/// How fast the industry moves; the seed gives a direction here, not numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndustryPace {
    FastChanging,
    Stable,
}

/// The career stage of the person answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CareerStage {
    Early,
    Mid,
    Senior,
}

impl OrgStage {
    pub const ALL: [OrgStage; 3] = [
        OrgStage::BeforeProductMarketFit,
        OrgStage::Scaling,
        OrgStage::Mature,
    ];

    pub fn question() -> Word {
        keys::PATH_ADVICE_CONTEXT_ORG_STAGE_QUESTION
    }

    pub fn label(self) -> Word {
        match self {
            OrgStage::BeforeProductMarketFit => {
                keys::PATH_ADVICE_CONTEXT_ORG_STAGE_LABEL_BEFORE_PRODUCT_MARKET_FIT
            }
            OrgStage::Scaling => keys::PATH_ADVICE_CONTEXT_ORG_STAGE_LABEL_SCALING,
            OrgStage::Mature => keys::PATH_ADVICE_CONTEXT_ORG_STAGE_LABEL_MATURE,
        }
    }

    /// The group the comparison sentence talks about, e.g. "scaling organisations".
    pub fn group(self) -> Word {
        match self {
            OrgStage::BeforeProductMarketFit => {
                keys::PATH_ADVICE_CONTEXT_ORG_STAGE_GROUP_BEFORE_PRODUCT_MARKET_FIT
            }
            OrgStage::Scaling => keys::PATH_ADVICE_CONTEXT_ORG_STAGE_GROUP_SCALING,
            OrgStage::Mature => keys::PATH_ADVICE_CONTEXT_ORG_STAGE_GROUP_MATURE,
        }
    }

    /// Early on the work is finding what to build, later it is running it well.
    pub fn typical(self) -> Blend {
        match self {
            OrgStage::BeforeProductMarketFit => Blend::from_management(20),
            OrgStage::Scaling => Blend::from_management(60),
            OrgStage::Mature => Blend::from_management(70),
        }
    }
}

impl Situation {
    pub const ALL: [Situation; 3] = [
        Situation::AcuteIncident,
        Situation::CrisisOrMajorChange,
        Situation::SteadyOperations,
    ];

    pub fn question() -> Word {
        keys::PATH_ADVICE_CONTEXT_SITUATION_QUESTION
    }

    pub fn label(self) -> Word {
        match self {
            Situation::AcuteIncident => keys::PATH_ADVICE_CONTEXT_SITUATION_LABEL_ACUTE_INCIDENT,
            Situation::CrisisOrMajorChange => {
                keys::PATH_ADVICE_CONTEXT_SITUATION_LABEL_CRISIS_OR_MAJOR_CHANGE
            }
            Situation::SteadyOperations => {
                keys::PATH_ADVICE_CONTEXT_SITUATION_LABEL_STEADY_OPERATIONS
            }
        }
    }

    pub fn group(self) -> Word {
        match self {
            Situation::AcuteIncident => keys::PATH_ADVICE_CONTEXT_SITUATION_GROUP_ACUTE_INCIDENT,
            Situation::CrisisOrMajorChange => {
                keys::PATH_ADVICE_CONTEXT_SITUATION_GROUP_CRISIS_OR_MAJOR_CHANGE
            }
            Situation::SteadyOperations => {
                keys::PATH_ADVICE_CONTEXT_SITUATION_GROUP_STEADY_OPERATIONS
            }
        }
    }

    /// An acute incident is modelled at its first day only; see `ACUTE_INCIDENT_TIMELINE` for after.
    pub fn typical(self) -> Blend {
        match self {
            Situation::AcuteIncident => Blend::from_management(90),
            Situation::CrisisOrMajorChange => Blend::from_management(30),
            Situation::SteadyOperations => Blend::from_management(70),
        }
    }
}

impl IndustryPace {
    pub const ALL: [IndustryPace; 2] = [IndustryPace::FastChanging, IndustryPace::Stable];

    pub fn question() -> Word {
        keys::PATH_ADVICE_CONTEXT_INDUSTRY_PACE_QUESTION
    }

    pub fn label(self) -> Word {
        match self {
            IndustryPace::FastChanging => {
                keys::PATH_ADVICE_CONTEXT_INDUSTRY_PACE_LABEL_FAST_CHANGING
            }
            IndustryPace::Stable => keys::PATH_ADVICE_CONTEXT_INDUSTRY_PACE_LABEL_STABLE,
        }
    }

    pub fn group(self) -> Word {
        match self {
            IndustryPace::FastChanging => {
                keys::PATH_ADVICE_CONTEXT_INDUSTRY_PACE_GROUP_FAST_CHANGING
            }
            IndustryPace::Stable => keys::PATH_ADVICE_CONTEXT_INDUSTRY_PACE_GROUP_STABLE,
        }
    }
}

impl CareerStage {
    pub const ALL: [CareerStage; 3] = [CareerStage::Early, CareerStage::Mid, CareerStage::Senior];

    pub fn question() -> Word {
        keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_QUESTION
    }

    pub fn label(self) -> Word {
        match self {
            CareerStage::Early => keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_LABEL_EARLY,
            CareerStage::Mid => keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_LABEL_MID,
            CareerStage::Senior => keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_LABEL_SENIOR,
        }
    }

    pub fn group(self) -> Word {
        match self {
            CareerStage::Early => keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_GROUP_EARLY,
            CareerStage::Mid => keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_GROUP_MID,
            CareerStage::Senior => keys::PATH_ADVICE_CONTEXT_CAREER_STAGE_GROUP_SENIOR,
        }
    }

    /// Delivery is learnt first; seniority moves the weight to direction and delegation.
    pub fn typical(self) -> Blend {
        match self {
            CareerStage::Early => Blend::from_management(80),
            CareerStage::Mid => Blend::from_management(50),
            CareerStage::Senior => Blend::from_management(30),
        }
    }
}

/// How the blend moves after an acute incident, so the UI can say the 90/10 is for day one only.
pub static ACUTE_INCIDENT_TIMELINE: &[(Word, Word)] = &[
    (
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_FIRST_DAY_WHEN,
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_FIRST_DAY_WHAT,
    ),
    (
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_FIRST_WEEK_WHEN,
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_FIRST_WEEK_WHAT,
    ),
    (
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_WEEKS_TWO_TO_FOUR_WHEN,
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_WEEKS_TWO_TO_FOUR_WHAT,
    ),
    (
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_AFTER_A_MONTH_WHEN,
        keys::PATH_ADVICE_CONTEXT_ACUTE_TIMELINE_AFTER_A_MONTH_WHAT,
    ),
];
