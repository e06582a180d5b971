//! The binary for `embed-stage.html`: the stage readiness inside another site's page.

use forkpoint::pages::embed::EmbedPage;
use forkpoint::pages::stage::STAGE_VIEW;
use yew::html;

fn main() {
    forkpoint::start_embed(STAGE_VIEW.of.instrument, pages);
}

fn pages(_route: forkpoint::route::Route) -> yew::Html {
    html! { <EmbedPage view={forkpoint::embed_run!(STAGE_VIEW)} /> }
}

/// A tiny allocator: dlmalloc is about 3 KiB of the first load; this page
/// allocates little and lives in one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
