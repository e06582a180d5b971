//! Pages: each maps app state to components for one route.

#[cfg(feature = "balance")]
pub mod balance;
pub mod card;
pub mod data;
pub mod embed;
pub mod guide;
pub mod home;
pub mod in_address;
pub mod intro;
pub mod not_found;
pub mod path;
pub mod question;
pub mod quiz;
pub mod review;
pub mod run;
pub mod share;
#[cfg(feature = "stage")]
pub mod stage;
pub mod team;
pub mod trends;

/// The run view of an instrument (its words, its closing step, its
/// result's head and body), if this build shows it: each is linked only
/// into the bundles built with its feature.
#[cfg_attr(
    not(any(
        feature = "quiz",
        feature = "path",
        feature = "balance",
        feature = "stage"
    )),
    allow(unused_variables)
)]
pub fn run_view(instrument: crate::instrument::Instrument) -> Option<&'static run::RunView> {
    #[cfg(feature = "quiz")]
    if quiz::QUIZ_VIEW.of.instrument == instrument {
        return Some(&quiz::QUIZ_VIEW);
    }
    #[cfg(feature = "path")]
    if path::PATH_VIEW.of.instrument == instrument {
        return Some(&path::PATH_VIEW);
    }
    #[cfg(feature = "balance")]
    if balance::BALANCE_VIEW.of.instrument == instrument {
        return Some(&balance::BALANCE_VIEW);
    }
    #[cfg(feature = "stage")]
    if stage::STAGE_VIEW.of.instrument == instrument {
        return Some(&stage::STAGE_VIEW);
    }
    None
}
