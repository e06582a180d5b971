//! Shown for any route the app does not know.

use yew::prelude::*;

use crate::content::site;
use crate::route::Route;

pub fn not_found_page() -> Html {
    html! {
        <div class="page narrow">
            <h1>{ site::NOT_FOUND_TITLE }</h1>
            <p>{ site::NOT_FOUND_BODY }</p>
            <a href={crate::router::link(&Route::Home)} class="button">{ site::BACK_HOME }</a>
        </div>
    }
}
