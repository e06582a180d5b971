//! Optional context questions: what blend is typical for the organisation, situation, industry and career stage.

use serde::{Deserialize, Serialize};

use super::blend::Blend;

/// The optional context a person may add; it never changes the reading, only what it is compared with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextAnswers {
    pub stage: Option<OrgStage>,
    pub situation: Option<Situation>,
    pub pace: Option<IndustryPace>,
    pub career: Option<CareerStage>,
}

/// Where the organisation is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgStage {
    BeforeProductMarketFit,
    Scaling,
    Mature,
}

/// What kind of moment the team is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    AcuteIncident,
    CrisisOrMajorChange,
    SteadyOperations,
}

/// How fast the industry moves; the seed gives a direction here, not numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndustryPace {
    FastChanging,
    Stable,
}

/// The career stage of the person answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

    pub fn question() -> &'static str {
        "Where is the organisation in its life?"
    }

    pub fn label(self) -> &'static str {
        match self {
            OrgStage::BeforeProductMarketFit => "Still searching for product-market fit",
            OrgStage::Scaling => "Past product-market fit and scaling up",
            OrgStage::Mature => "Mature and established",
        }
    }

    /// The group the comparison sentence talks about, e.g. "scaling organisations".
    pub fn group(self) -> &'static str {
        match self {
            OrgStage::BeforeProductMarketFit => "organisations before product-market fit",
            OrgStage::Scaling => "scaling organisations",
            OrgStage::Mature => "mature organisations",
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

    pub fn question() -> &'static str {
        "What kind of moment is the team in?"
    }

    pub fn label(self) -> &'static str {
        match self {
            Situation::AcuteIncident => {
                "An acute incident right now, such as an outage or an emergency"
            }
            Situation::CrisisOrMajorChange => {
                "A crisis or a major change, such as a pivot or a restructuring"
            }
            Situation::SteadyOperations => "Steady, day-to-day operations",
        }
    }

    pub fn group(self) -> &'static str {
        match self {
            Situation::AcuteIncident => "the first day of an acute incident",
            Situation::CrisisOrMajorChange => "teams in a crisis or major change",
            Situation::SteadyOperations => "teams in steady operations",
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

    pub fn question() -> &'static str {
        "How fast does your industry change?"
    }

    pub fn label(self) -> &'static str {
        match self {
            IndustryPace::FastChanging => "Fast: for example software or media",
            IndustryPace::Stable => "Slowly: for example utilities or manufacturing",
        }
    }

    pub fn group(self) -> &'static str {
        match self {
            IndustryPace::FastChanging => "fast-changing industries",
            IndustryPace::Stable => "stable industries",
        }
    }
}

impl CareerStage {
    pub const ALL: [CareerStage; 3] = [CareerStage::Early, CareerStage::Mid, CareerStage::Senior];

    pub fn question() -> &'static str {
        "Where are you in your career?"
    }

    pub fn label(self) -> &'static str {
        match self {
            CareerStage::Early => "Early: up to about five years",
            CareerStage::Mid => "Mid: about five to fifteen years",
            CareerStage::Senior => "Senior: fifteen years or more",
        }
    }

    pub fn group(self) -> &'static str {
        match self {
            CareerStage::Early => "early-career roles",
            CareerStage::Mid => "mid-career roles",
            CareerStage::Senior => "senior leadership roles",
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
pub static ACUTE_INCIDENT_TIMELINE: &[(&str, &str)] = &[
    ("First day", "Run the response: coordinate people, decide quickly, put resources where they are needed and fix the fault."),
    ("First week", "Start adding leadership: explain what happened, keep confidence up and support people under strain."),
    ("Weeks two to four", "Lean further toward leadership: learn from the incident, adjust processes and rebuild trust."),
    ("After a month", "Settle into a balance built on what the incident taught you."),
];
