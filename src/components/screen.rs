//! One screen of an instrument (intro, review, context, result): when it
//! appears, the element in it marked `data-focus` takes the focus, so
//! keyboard and screen-reader users start at its top. One component for
//! every screen, so the screens themselves can be view functions: each
//! component type costs the first load a few hundred bytes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::focus::move_focus;

#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub children: Html,
}

/// Give each screen its own `key`: a new key is a new screen, and focus
/// moves; the same key (the next question) keeps the one on show.
#[function_component(Screen)]
pub fn screen(props: &ScreenProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let target = node
                .cast::<web_sys::Element>()
                .and_then(|screen| screen.query_selector("[data-focus]").ok().flatten())
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                move_focus(&target);
            }
        });
    }
    html! { <div class="screen" ref={node}>{ props.children.clone() }</div> }
}
