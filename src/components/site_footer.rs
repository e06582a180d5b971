//! The bottom bar: the privacy promise, on every screen.

use yew::prelude::*;

use crate::content::site;

#[function_component(SiteFooter)]
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>{ site::FOOTER_PRIVACY }</p>
        </footer>
    }
}
