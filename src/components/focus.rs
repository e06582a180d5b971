//! Moving focus to a screen's heading when it appears, so keyboard and
//! screen-reader users start at the top of the new content.

use yew::prelude::*;

/// Returns a ref to put on a focusable element (`tabindex="-1"` for headings);
/// the element is focused once, when the component mounts.
#[hook]
pub fn use_focus_on_mount() -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    node
}
