//! Embedding on another site: the settings an embed arrives with (checked
//! against allow-lists and strict patterns), and the events it reports to
//! the host page. Pure; `crate::embed_bridge` is the browser side and
//! `assets/embed.js` the loader on the host page.

pub mod config;
pub mod events;
/// Reading a query as the browser's `URLSearchParams` does, for the host tests.
#[cfg(test)]
pub mod query;

pub use config::{AccentSet, Cta, EmbedConfig, Instrument, Rejected, Rgb, Theme};
pub use events::{EmbedEvent, Progress, Screen, Summary};
