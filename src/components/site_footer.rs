//! The bottom bar: the privacy promise, on every screen.

use yew::prelude::*;

use crate::content::site;

pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>{ site::FOOTER_PRIVACY }</p>
        </footer>
    }
}
