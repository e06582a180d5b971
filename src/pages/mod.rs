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

use crate::instrument::Instrument;

/// The run views this build shows: each is linked only into the bundles
/// built with its instrument's feature.
static RUN_VIEWS: &[&run::RunView] = &[
    #[cfg(feature = "quiz")]
    &quiz::QUIZ_VIEW,
    #[cfg(feature = "path")]
    &path::PATH_VIEW,
    #[cfg(feature = "balance")]
    &balance::BALANCE_VIEW,
    #[cfg(feature = "stage")]
    &stage::STAGE_VIEW,
];

/// The result views this build shows (a page that only opens results
/// links these, not the runs).
static RESULT_VIEWS: &[&run::ResultView] = &[
    #[cfg(feature = "quiz")]
    &quiz::QUIZ_RESULT,
    #[cfg(feature = "path")]
    &path::PATH_RESULT,
    #[cfg(feature = "balance")]
    &balance::BALANCE_RESULT,
    #[cfg(feature = "stage")]
    &stage::STAGE_RESULT,
];

/// The run view of an instrument (its words, its closing step, its
/// result's view), if this build shows it.
pub fn run_view(instrument: Instrument) -> Option<&'static run::RunView> {
    RUN_VIEWS
        .iter()
        .copied()
        .find(|view| view.of().instrument == instrument)
}

/// How an instrument's results show, if this build shows them.
pub fn result_view(instrument: Instrument) -> Option<&'static run::ResultView> {
    RESULT_VIEWS
        .iter()
        .copied()
        .find(|view| view.of.instrument == instrument)
}
