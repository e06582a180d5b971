//! The browser tab's title for the screen on show, so a person with many
//! tabs, or a screen reader announcing the page, knows where they are.

use yew::prelude::*;

fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Sets `document.title` to `title` whenever it changes; `None` leaves it to
/// the page on show. A hook rather than a component: each component type
/// costs the first load more than a hook does.
#[hook]
pub fn use_page_title(title: Option<String>) {
    use_effect_with(title, |title| {
        if let Some(title) = title {
            set_title(title);
        }
    });
}
