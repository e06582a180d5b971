//! The home's first screen, written into `index.html` by the build so that
//! its links work as soon as the page is read, before the wasm and its
//! words: rendered here on the host (the `first-screen` feature,
//! `src/bin/first_screen.rs`) from the same view functions the app uses,
//! and taken down by the app just before its own first render, which shows
//! the same screen (the home's words, its cards' too, are all in the
//! page's first words file). `assets/words-client.js` shows it only where the app's
//! first screen would be the same: the home, in the page's default
//! language.

use yew::prelude::*;

use crate::app::{main_frame, site_chrome};
use crate::components::notice_list::notice_list;
use crate::pages::home::home_page;

/// The `id` of the element around the written screen.
pub const ELEMENT_ID: &str = "first-screen";

/// The home as the app first shows it to a new visitor: the site around
/// it, no notices.
pub fn view() -> Html {
    site_chrome(main_frame(
        notice_list(&[], &Callback::noop(), &Callback::noop(), false),
        home_page(),
    ))
}

/// What can hold keyboard focus on the home, in the order both screens
/// have it.
const FOCUSABLE: &str = "a[href], button, [tabindex]";

/// Removes the written screen, if the page has one: the app shows its own
/// in the same task, so nothing is painted in between. Focus on the
/// written screen moves to the same control on the app's, once it is up.
pub fn take_down() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(screen) = document.get_element_by_id(ELEMENT_ID) else {
        return;
    };
    let focused = document.active_element().and_then(|active| {
        let controls = screen.query_selector_all(FOCUSABLE).ok()?;
        (0..controls.length()).find(|&at| {
            controls
                .item(at)
                .is_some_and(|control| control.is_same_node(Some(&active)))
        })
    });
    screen.remove();
    if let Some(at) = focused {
        crate::router::after_render(move || focus_control(at));
    }
}

fn focus_control(at: u32) {
    use wasm_bindgen::JsCast;
    let control = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
        .and_then(|body| body.query_selector_all(FOCUSABLE).ok())
        .and_then(|controls| controls.item(at))
        .and_then(|control| control.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(control) = control {
        let _ = control.focus();
    }
}

/// The written screen's HTML, in the words installed (English on the host).
#[cfg(all(feature = "first-screen", not(target_arch = "wasm32")))]
pub fn html() -> String {
    #[function_component(FirstScreen)]
    fn first_screen() -> Html {
        view()
    }
    futures_executor::block_on(
        yew::LocalServerRenderer::<FirstScreen>::new()
            .hydratable(false)
            .render(),
    )
}

#[cfg(all(test, feature = "first-screen", not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_written_home_links_every_instrument_and_the_site() {
        let html = html();
        assert!(
            html.starts_with("<a href=\"#main\" class=\"skip-link\""),
            "{html}"
        );
        for instrument in crate::instrument::Instrument::ALL {
            let summary = crate::content::home::InstrumentSummary::of(instrument);
            assert!(html.contains(&summary.start_label.text()), "{html}");
        }
        assert!(html.contains("<main id=\"main\" tabindex=\"-1\">"));
        assert!(html.contains("class=\"site-footer\""));
    }
}
