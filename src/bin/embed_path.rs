//! The binary for `embed-path.html`: the path diagnostic inside another site's page.

fn main() {
    forkpoint::start_embed(
        forkpoint::embed::Instrument::Path,
        forkpoint::app::embed_path_pages,
    );
}

/// A tiny allocator: dlmalloc is about 3 KiB of the first load; this page
/// allocates little and lives in one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
