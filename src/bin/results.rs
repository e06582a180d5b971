//! The binary for `results.html`: history, comparison, export, import and
//! shared results, loaded only when someone opens them.

fn main() {
    forkpoint::start_results();
}

/// Talc, not the smaller lol_alloc: this page lists every saved result, and
/// lol_alloc's free list makes many allocations quadratic (3,000 results
/// took 5.5 s to show, 0.5 s with Talc; issue "Never lose an answer").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm =
    // SAFETY: the wasm build runs on one thread, and nothing else claims
    // the memory Talc grows into.
    unsafe { talc::TalckWasm::new_global() };
