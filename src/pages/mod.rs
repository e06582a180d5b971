//! Pages: each maps app state to components for one route.

pub mod home;
pub mod not_found;
pub mod path;
pub mod quiz;
