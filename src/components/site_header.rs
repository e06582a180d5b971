//! The top bar: the brand, linking home, the results page and the language switch.

use yew::prelude::*;

use crate::content::{data_screens, site, words};
use crate::route::Route;
use crate::router::link;

pub fn site_header() -> Html {
    html! {
        <header class="site-header">
            <a href={link(&Route::Home)} class="brand">
                <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                    <rect width="64" height="64" rx="14" class="brand-mark-bg" />
                    <path d="M32 54V34M32 34L18 14M32 34l14-20" class="brand-mark-fork" />
                    <circle cx="32" cy="34" r="5" class="brand-mark-dot" />
                </svg>
                <span class="brand-name" aria-label={site::HOME_LINK_LABEL}>{ site::BRAND }</span>
            </a>
            <span class="brand-tagline">{ site::BRAND_TAGLINE }</span>
            <nav class="site-nav" aria-label={site::NAV_LABEL}>
                <a href={link(&Route::Data)}>{ data_screens::NAV_LABEL }</a>
            </nav>
            <nav class="language-switch" aria-label={site::LANGUAGE_LABEL}>
                // Plain links: `assets/words-client.js` saves the choice
                // and keeps the screen, and the page reloads in the language.
                { for site::LANGUAGES.iter().map(|&(code, name, href)| html! {
                    <a {href} hreflang={code} lang={code}
                        aria-current={(words::locale() == code).then_some("true")}>{ name }</a>
                }) }
            </nav>
        </header>
    }
}
