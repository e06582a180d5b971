//! The Fork quiz's statements, in presentation order, each tied to the seed
//! idea it was written from. Dimensions are mixed and the motivation items are
//! spread through the list so no stretch of the quiz feels like one topic.
//!
//! They are data: ids, dimensions, keys, flags and sources in
//! `content/instruments/quiz.json`, the statements themselves in
//! `content/words/en/quiz.json`, compiled in by `build.rs`.

#[cfg(test)]
use super::content::Source;
use super::content::{Dimension, Flag, Item, ItemKind, Keying};
use crate::content::words::keys;

include!(concat!(env!("OUT_DIR"), "/quiz_items.rs"));
