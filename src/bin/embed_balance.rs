//! The binary for `embed-balance.html`: the balance check inside another site's page.

use forkpoint::pages::balance::BALANCE_VIEW;
use forkpoint::pages::embed::EmbedPage;
use yew::html;

fn main() {
    forkpoint::start_embed(BALANCE_VIEW.of.instrument, pages);
}

fn pages(_route: forkpoint::route::Route) -> yew::Html {
    html! { <EmbedPage view={forkpoint::embed_run!(BALANCE_VIEW)} /> }
}

/// A tiny allocator: dlmalloc is about 3 KiB of the first load; this page
/// allocates little and lives in one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
