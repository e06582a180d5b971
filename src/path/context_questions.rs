//! The context questions as one iterable list, so the UI can render and update them uniformly.

use super::context::{CareerStage, ContextAnswers, IndustryPace, OrgStage, Situation};
#[cfg(test)]
use super::questions::Source;
use crate::content::words::keys;
use crate::content::words::Word;

/// One option of a context question, as the UI shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContextOption {
    /// Stable identifier, the one name storage and links both use.
    pub id: &'static str,
    pub label: Word,
}

/// The four optional context questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContextQuestion {
    Stage,
    Situation,
    Pace,
    Career,
}

impl ContextQuestion {
    pub const ALL: [ContextQuestion; 4] = [
        ContextQuestion::Stage,
        ContextQuestion::Situation,
        ContextQuestion::Pace,
        ContextQuestion::Career,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ContextQuestion::Stage => "stage",
            ContextQuestion::Situation => "situation",
            ContextQuestion::Pace => "pace",
            ContextQuestion::Career => "career",
        }
    }

    pub fn prompt(self) -> Word {
        match self {
            ContextQuestion::Stage => OrgStage::question(),
            ContextQuestion::Situation => Situation::question(),
            ContextQuestion::Pace => IndustryPace::question(),
            ContextQuestion::Career => CareerStage::question(),
        }
    }

    pub fn help(self) -> Word {
        match self {
            ContextQuestion::Stage => keys::PATH_ADVICE_CONTEXT_HELP_STAGE,
            ContextQuestion::Situation => keys::PATH_ADVICE_CONTEXT_HELP_SITUATION,
            ContextQuestion::Pace => keys::PATH_ADVICE_CONTEXT_HELP_PACE,
            ContextQuestion::Career => keys::PATH_ADVICE_CONTEXT_HELP_CAREER,
        }
    }

    #[cfg(test)]
    pub fn source(self) -> Source {
        let idea = match self {
            ContextQuestion::Stage => "How the blend shifts across startup stages",
            ContextQuestion::Situation => {
                "Crisis versus steady state, and how a crisis response evolves"
            }
            ContextQuestion::Pace => "Fast-changing versus stable industries",
            ContextQuestion::Career => "The balance of skills along a career",
        };
        Source { seed: "003", idea }
    }

    pub fn options(self) -> Vec<ContextOption> {
        match self {
            ContextQuestion::Stage => OrgStage::ALL
                .iter()
                .map(|v| option(v.id(), v.label()))
                .collect(),
            ContextQuestion::Situation => Situation::ALL
                .iter()
                .map(|v| option(v.id(), v.label()))
                .collect(),
            ContextQuestion::Pace => IndustryPace::ALL
                .iter()
                .map(|v| option(v.id(), v.label()))
                .collect(),
            ContextQuestion::Career => CareerStage::ALL
                .iter()
                .map(|v| option(v.id(), v.label()))
                .collect(),
        }
    }

    /// The id of the option currently chosen for this question, if any.
    pub fn selected(self, answers: &ContextAnswers) -> Option<&'static str> {
        match self {
            ContextQuestion::Stage => answers.stage.map(OrgStage::id),
            ContextQuestion::Situation => answers.situation.map(Situation::id),
            ContextQuestion::Pace => answers.pace.map(IndustryPace::id),
            ContextQuestion::Career => answers.career.map(CareerStage::id),
        }
    }

    /// The answers with this question set to `option_id`; an unknown id leaves them unchanged.
    pub fn with_option(self, answers: &ContextAnswers, option_id: &str) -> ContextAnswers {
        let mut next = answers.clone();
        match self {
            ContextQuestion::Stage => next.stage = OrgStage::from_id(option_id).or(next.stage),
            ContextQuestion::Situation => {
                next.situation = Situation::from_id(option_id).or(next.situation)
            }
            ContextQuestion::Pace => next.pace = IndustryPace::from_id(option_id).or(next.pace),
            ContextQuestion::Career => {
                next.career = CareerStage::from_id(option_id).or(next.career)
            }
        }
        next
    }
}

fn option(id: &'static str, label: Word) -> ContextOption {
    ContextOption { id, label }
}

// One id per value, read and written by the stored document and the share link alike.
macro_rules! ids {
    ($ty:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        impl $ty {
            pub fn id(self) -> &'static str {
                match self { $($ty::$variant => $id),+ }
            }
            pub fn from_id(id: &str) -> Option<$ty> {
                match id { $($id => Some($ty::$variant),)+ _ => None }
            }
        }
    };
}

ids!(OrgStage { BeforeProductMarketFit => "before_product_market_fit", Scaling => "scaling", Mature => "mature" });
ids!(Situation {
    AcuteIncident => "acute_incident",
    CrisisOrMajorChange => "crisis_or_major_change",
    SteadyOperations => "steady_operations",
});
ids!(IndustryPace { FastChanging => "fast_changing", Stable => "stable" });
ids!(CareerStage { Early => "early", Mid => "mid", Senior => "senior" });
