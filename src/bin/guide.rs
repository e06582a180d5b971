//! The binary for `guide.html`: a one-page guide for a talk with one's
//! manager, made from the Fork quiz result in its address. Nothing is
//! stored, so it carries no storage.

fn main() {
    forkpoint::start_guide();
}

/// A tiny allocator: the page holds one result and a few dozen lines.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm build runs on one thread; no other thread can allocate.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
