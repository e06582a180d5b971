//! The binary for `trends.html`: one's saved results over time, a chart
//! and a table per instrument taken two or more times.

fn main() {
    forkpoint::start_trends();
}

/// A tiny allocator, as `index.html`'s: the page allocates little.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
