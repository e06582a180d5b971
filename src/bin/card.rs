//! The binary for `card.html`: an image of a result to post, and a
//! reminder to take the instrument again, made from the result in its
//! address. Nothing is stored, so it carries no storage.

fn main() {
    forkpoint::start_card();
}

/// A tiny allocator: the page holds one result and one image.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
