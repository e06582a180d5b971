//! The browser side of routing: the current route from `location.hash`,
//! updated on every `hashchange`, and links that know which document
//! (`index.html` or `results.html`) shows each route. Links are plain `<a>`.

use std::sync::atomic::{AtomicU8, Ordering};

use gloo::events::EventListener;
use yew::prelude::*;

use crate::route::{Document, Route};

/// Set once at start-up by each entry point (`Document as u8`). An atomic
/// rather than a `OnceLock`, which costs 0.2 KiB of the first load.
static DOCUMENT: AtomicU8 = AtomicU8::new(Document::Main as u8);

/// Records which document this wasm bundle runs in; called before rendering.
pub fn set_document(document: Document) {
    DOCUMENT.store(document as u8, Ordering::Relaxed);
}

/// The document this bundle runs in (`index.html` until told otherwise).
pub fn document() -> Document {
    match DOCUMENT.load(Ordering::Relaxed) {
        x if x == Document::Results as u8 => Document::Results,
        x if x == Document::Embed as u8 => Document::Embed,
        _ => Document::Main,
    }
}

/// The `href` for a link to `route` from this document.
pub fn link(route: &Route) -> String {
    route.href_from(document())
}

/// Whether this document shows `route` itself.
fn shown_here(route: &Route) -> bool {
    route.document(document()) == document()
}

/// Sends a route this document does not show to the document that does,
/// replacing the history entry so Back does not bounce.
fn hand_over(route: &Route) {
    if !shown_here(route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&link(route));
        }
    }
}

fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_hash(&hash)
}

/// The route in the address bar; re-renders the caller when it changes. A
/// route shown by the other document (`#/data` typed into `index.html`, say)
/// is handed over to it, and reads as `None` meanwhile.
#[hook]
pub fn use_route() -> Option<Route> {
    let route = use_state_eq(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| route.set(current_route()))
            });
            move || drop(listener)
        });
    }
    use_effect_with((*route).clone(), hand_over);
    Some((*route).clone()).filter(shown_here)
}

/// The full address of `route`, for links people copy.
pub fn absolute_url(route: &Route) -> String {
    let relative = link(route);
    web_sys::window()
        .and_then(|w| web_sys::Url::new_with_base(&relative, &w.location().href().ok()?).ok())
        .map(|url| url.href())
        .unwrap_or(relative)
}
