//! Moving focus to a screen's heading when it appears, so keyboard and
//! screen-reader users start at the top of the new content.

use yew::prelude::*;

use crate::route::Document;

/// Focuses `element`, except inside another site's frame before the person
/// has used it: an embed that took focus on load would scroll the host page
/// to it and pull keyboard users away from where they were.
pub fn move_focus(element: &web_sys::HtmlElement) {
    let frame_untouched = crate::router::document() == Document::Embed
        && !web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.has_focus().ok())
            .unwrap_or(false);
    if !frame_untouched {
        let _ = element.focus();
    }
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
