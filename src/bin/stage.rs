//! The binary for `stage.html`: the stage readiness's run, its saved
//! results and the results shared by link (built with `positions`).

use forkpoint::pages::run::run_pages;
use forkpoint::pages::stage::STAGE_VIEW;

fn main() {
    forkpoint::start_run(&STAGE_VIEW, pages);
}

fn pages(route: forkpoint::route::Route) -> yew::Html {
    run_pages(&STAGE_VIEW, route)
}

/// A tiny allocator, as `index.html`'s: the page allocates little.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
