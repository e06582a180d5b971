//! The binary for `team.html`: a leader's team readings side by side, from
//! the share links they paste. Nothing is stored, so it carries no storage.

fn main() {
    forkpoint::start_team();
}

/// A tiny allocator: the page holds at most 20 readings.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
