//! The top bar: the brand, linking home.

use yew::prelude::*;

use crate::content::{data_screens, site};
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
        </header>
    }
}
