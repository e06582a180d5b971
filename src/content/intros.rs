//! Every instrument's first screen, made by the build (`build.rs`, `intros`)
//! from its definition (which facts it lists, in order) and its words (the
//! same keys under each instrument's chunk), so a new instrument's intro
//! needs no code.

use super::ui::IntroWords;
use super::words::keys;

include!(concat!(env!("OUT_DIR"), "/intros.rs"));
