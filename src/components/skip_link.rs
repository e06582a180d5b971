//! "Skip to content" for keyboard users. With hash routing a plain `#main`
//! link would be read as a route, so it moves focus itself.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::site;

/// `target` is the id of the element that receives focus.
pub fn skip_link(target: &'static str) -> Html {
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
    html! {
        <a class="skip-link" href={format!("#{target}")} {onclick}>{ site::SKIP_TO_CONTENT }</a>
    }
}
