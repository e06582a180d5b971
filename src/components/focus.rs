//! Moving focus to where a person's attention should go next: a screen's
//! top when it appears, and the control or message that replaces the one
//! just pressed, so keyboard and screen-reader users never land on `<body>`.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::route::Document;

/// Whether the person has pressed a key or a pointer in this document.
static USED: AtomicBool = AtomicBool::new(false);

/// Notes the first key or pointer press in this document, for `move_focus`.
/// Called once by an embed at start-up; the listeners live as long as the page.
pub fn watch_for_use() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // mousedown too: a browser driven by WebDriver may send no pointer events.
    for event in ["pointerdown", "mousedown", "keydown"] {
        let options = gloo::events::EventListenerOptions::run_in_capture_phase();
        gloo::events::EventListener::new_with_options(&document, event, options, |_| {
            USED.store(true, Ordering::Relaxed)
        })
        .forget();
    }
}

/// Focuses `element`, except inside another site's frame before the person
/// has used it: an embed that took focus on load would scroll the host page
/// to it and pull keyboard users away from where they were. "Used" is a key
/// or pointer press in the frame, or the frame having the focus: a browser
/// driven without a focused window never reports the latter.
pub fn move_focus(element: &web_sys::HtmlElement) {
    let frame_untouched = crate::router::document() == Document::Embed
        && !USED.load(Ordering::Relaxed)
        && !web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.has_focus().ok())
            .unwrap_or(false);
    if !frame_untouched {
        let _ = element.focus();
    }
}

/// Focuses the element matching `selector` once the screen has been drawn
/// again. For a
/// control that disappears when pressed: its replacement takes the focus.
pub fn focus_soon(selector: &'static str) {
    crate::router::after_render(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            move_focus(&element);
        }
    });
}

/// Returns a ref to put on a focusable element (`tabindex="-1"` for headings);
/// the element is focused once, when the component mounts.
#[hook]
pub fn use_focus_on_mount() -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                move_focus(&element);
            }
        });
    }
    node
}
