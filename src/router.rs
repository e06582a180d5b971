//! The browser side of routing: the current route from `location.hash`,
//! updated on every `hashchange`, and links that know which document
//! (`index.html` or `results.html`) shows each route. Links are plain `<a>`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};

use gloo::events::EventListener;
use yew::prelude::*;

use crate::route::{Document, Route};

/// Set once at start-up by each entry point (`Document::code`). An atomic
/// rather than a `OnceLock`, which costs 0.2 KiB of the first load.
static DOCUMENT: AtomicU8 = AtomicU8::new(0);

/// Records which document this wasm bundle runs in; called before rendering.
pub fn set_document(document: Document) {
    DOCUMENT.store(document.code(), Ordering::Relaxed);
}

/// The document this bundle runs in (`index.html` until told otherwise).
pub fn document() -> Document {
    Document::from_code(DOCUMENT.load(Ordering::Relaxed))
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
    Route::from_hash(&location_hash())
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
    absolute(link(route))
}

/// A `relative` address ("balance.html#/balance") made whole against this
/// page's (itself when the browser cannot).
pub fn absolute(relative: String) -> String {
    web_sys::window()
        .and_then(|w| web_sys::Url::new_with_base(&relative, &w.location().href().ok()?).ok())
        .map(|url| url.href())
        .unwrap_or(relative)
}

/// The fragment of the address, `#` included; empty when there is none.
fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts `hash` in the address without reloading: a new history entry
/// (`push`), or in place of the current one.
fn set_hash(hash: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
    };
}

/// What `use_step_history` keeps between renders.
struct StepHistory {
    /// The address of the step on show.
    wanted: String,
    onvisit: Callback<String>,
    /// The next address change comes from Back or Forward: correct it in
    /// place rather than add an entry.
    popped: bool,
    /// Nothing has been written yet: the page's first address is corrected in place.
    first: bool,
}

/// Gives each step of a flow an address of its own (`hash`, e.g.
/// "#/quiz/4") and a history entry, so the browser's Back goes to the
/// previous question rather than out of the instrument, and Forward comes
/// back. `onvisit` gets the step part of the address the person went Back or
/// Forward to; a step the flow refuses is put back in the address. Inside
/// another site's frame nothing is added to history: the host page's Back
/// button must stay the host's.
#[hook]
pub fn use_step_history(hash: String, onvisit: Callback<String>) {
    let state = use_mut_ref(|| StepHistory {
        wanted: String::new(),
        onvisit: Callback::noop(),
        popped: false,
        first: true,
    });
    {
        let mut state = state.borrow_mut();
        state.wanted = hash.clone();
        state.onvisit = onvisit;
    }
    let embedded = document() == Document::Embed;
    {
        let state = state.clone();
        let seen = location_hash();
        use_effect_with(hash, move |hash| {
            let mut state = state.borrow_mut();
            if !embedded && Route::step_address_due(&location_hash(), &seen, hash) {
                set_hash(hash, !state.first && !state.popped);
            }
            state.popped = false;
            state.first = false;
        });
    }
    use_effect_with((), move |_| {
        let listener = (!embedded).then(web_sys::window).flatten().map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                let hash = location_hash();
                let onvisit = {
                    let mut state = state.borrow_mut();
                    // Back out of the instrument (to the home page, say) is not a step.
                    if Route::from_hash(&hash) != Route::from_hash(&state.wanted) {
                        return;
                    }
                    state.popped = true;
                    state.onvisit.clone()
                };
                onvisit.emit(Route::step_slug(&hash).to_string());
                correct_later(state.clone());
            })
        });
        move || drop(listener)
    });
}

/// After the render a Back or Forward caused: if the flow stayed where it
/// was, the address goes back to naming the step on show, and the next step
/// forward is a new history entry again.
fn correct_later(state: Rc<RefCell<StepHistory>>) {
    after_render(move || {
        let mut state = state.borrow_mut();
        if location_hash() != state.wanted && Route::from_hash(&state.wanted) == current_route() {
            set_hash(&state.wanted, false);
        }
        state.popped = false;
    });
}

/// Runs `task` once the render that the current event caused is on screen
/// (a zero timeout runs after Yew's scheduled render).
pub fn after_render(task: impl FnOnce() + 'static) {
    after_ms(0, Box::new(task));
}

/// Runs `task` once, `ms` milliseconds from now. Boxed, so every caller
/// shares one closure type (each costs its own glue in the wasm and JS).
pub fn after_ms(ms: i32, task: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = wasm_bindgen::closure::Closure::once_into_js(task);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        wasm_bindgen::JsCast::unchecked_ref(&task),
        ms,
    );
}

/// The address of a step of the instrument at `route`: "#/quiz" for its
/// intro (an empty `slug`), "#/quiz/4" for its fourth question.
pub fn step_hash(route: &Route, slug: &str) -> String {
    if slug.is_empty() {
        route.href()
    } else {
        format!("{}/{slug}", route.href())
    }
}
