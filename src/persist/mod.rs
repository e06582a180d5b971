//! Keeping the document in storage: what to do at start-up and on every
//! change (pure, in `plan`), and the Yew hook that carries it out (`hook`).

pub mod hook;
pub mod plan;
