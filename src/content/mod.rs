//! Every word the app shows lives here, as plain data with no UI types, so a
//! second language can be added without touching components and tests can
//! check the text on the host.

pub mod data_screens;
/// The shape of the content files; read by `build.rs` and by the tests.
#[cfg(test)]
pub mod files;
pub mod home;
pub mod intros;
pub mod notices;
pub mod numbers;
pub mod path_screens;
pub mod quiz_screens;
#[cfg(test)]
mod seed_runs_tests;
pub mod site;
pub mod ui;
pub mod what_moved;
pub mod words;
