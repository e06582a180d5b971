//! The browser side of routing: the current route from `location.hash`,
//! updated on every `hashchange`. Links are plain `<a href="#/...">`.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::route::Route;

fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_hash(&hash)
}

/// The route in the address bar; re-renders the caller when it changes.
#[hook]
pub fn use_route() -> Route {
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
    (*route).clone()
}

/// The full address of this page with another fragment, for links people copy.
pub fn absolute_url(fragment: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |get: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| get(l).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}{}",
        part(web_sys::Location::origin),
        part(web_sys::Location::pathname),
        fragment
    )
}
