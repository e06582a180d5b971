//! The root component: site chrome around the routed page.

use yew::prelude::*;

use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::SkipLink;
use crate::pages::{home::HomePage, not_found::NotFoundPage, quiz::QuizPage, path::PathPage};
use crate::store::{QuizStore, PathStore, QuizHandle, PathHandle};
use crate::route::Route;
use crate::router::use_route;

fn page_for(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::Path => html! { <PathPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let quiz = use_reducer(QuizStore::default);
    let path = use_reducer(PathStore::default);
    let route = use_route();
    html! {
        <ContextProvider<QuizHandle> context={quiz}>
        <ContextProvider<PathHandle> context={path}>
            <SkipLink target="main" />
            <SiteHeader />
            <main id="main" tabindex="-1">
                { page_for(route) }
            </main>
            <SiteFooter />
        </ContextProvider<PathHandle>>
        </ContextProvider<QuizHandle>>
    }
}
