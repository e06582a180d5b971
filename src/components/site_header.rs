//! The top bar: the brand, linking home.

use yew::prelude::*;

use crate::content::site;
use crate::route::Route;

#[function_component(SiteHeader)]
pub fn site_header() -> Html {
    html! {
        <header class="site-header">
            <a href={Route::Home.href()} class="brand">
                <span class="brand-mark" aria-hidden="true">{ "⑂" }</span>
                <span class="brand-name" aria-label={site::HOME_LINK_LABEL}>{ site::BRAND }</span>
            </a>
            <span class="brand-tagline">{ site::BRAND_TAGLINE }</span>
        </header>
    }
}
