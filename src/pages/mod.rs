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
#[cfg(feature = "positions")]
pub mod run;
pub mod share;
#[cfg(feature = "stage")]
pub mod stage;
pub mod team;
pub mod trends;
