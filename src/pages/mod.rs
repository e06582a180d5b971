//! Pages: each maps app state to components for one route.

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
pub mod share;
pub mod team;
pub mod trends;
