//! The bundle of `embed-path.html`: what it starts and its allocator are the
//! page registry's (`pages.json`; `forkpoint::entry`).

forkpoint::entry_point!();
