//! Forkpoint: a career-decision tool that runs entirely in the browser.
//!
//! The crate is split into a pure core (`content`, `quiz`, `path`, `state`,
//! `share`, `route`, `persist::plan`) that builds and tests on the host with
//! `cargo test`, a few browser adapters (`storage`, `router`, `download`,
//! `persist::hook`), and a thin Yew shell (`app`, `pages`, `components`).

pub mod app;
pub mod balance;
pub mod card_image;
pub mod components;
pub mod content;
pub mod download;
pub mod embed;
pub mod embed_bridge;
pub mod entry;
pub mod first_screen;
#[cfg(test)]
mod import_cycle_tests;
pub mod instrument;
pub mod intl;
pub mod pages;
pub mod path;
pub mod persist;
pub mod positions;
pub mod quiz;
pub mod reminder;
pub mod route;
pub mod router;
pub mod share;
pub mod stage;
pub mod state;
pub mod steps;
pub mod storage;
pub mod store;
pub mod team;
#[cfg(test)]
mod test_rng;
#[cfg(test)]
mod third_instrument_tests;
pub mod trends;
pub mod vec_map;
pub mod words_loader;

pub use app::App;

/// Whether this build saves answers and offers history, export and sharing
/// (the `saved-state` feature). A constant rather than `#[cfg]`, so both builds
/// type-check everything and the disabled code is simply left out.
pub const SAVED_STATE: bool = cfg!(feature = "saved-state");
