//! The root component: loads the saved document, keeps it saved, and puts
//! the site chrome and notices around the routed page.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::later_words::fetch_later_words;
use crate::components::notice_list::notice_list;
use crate::components::page_title::use_page_title;
use crate::components::site_footer::site_footer;
use crate::components::site_header::site_header;
use crate::components::skip_link::skip_link;
use crate::content::site;
use crate::download;
use crate::pages::{
    data::DataPage, embed::EmbedPage, home::home_page, not_found::not_found_page, run::RunFlowPage,
    share::SharePage,
};
#[cfg(feature = "saved-state")]
use crate::persist::hook::use_persistence;
use crate::persist::hook::{boot, Boot, PersistHandle};
use crate::route::Route;
use crate::router::use_route;
use crate::store::{DocHandle, DocStore};
use crate::SAVED_STATE;

/// The routes one document shows. A plain function chosen by the entry point,
/// so each wasm bundle contains only its own pages.
#[derive(Clone, Copy)]
pub struct Pages(pub fn(Route) -> Html);

impl PartialEq for Pages {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// The site around a page (skip link, header, footer), or none inside
/// another site's page: a function the entry point passes, so an embed's
/// bundle leaves the site's header and footer out.
#[derive(Clone, Copy)]
pub struct Chrome(pub Option<fn(Html) -> Html>);

impl PartialEq for Chrome {
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (Some(a), Some(b)) => std::ptr::fn_addr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

/// The site's own pages: `main` with the skip link, header and footer.
pub fn site_chrome(main: Html) -> Html {
    html! {
        <>
            { skip_link("main") }
            { site_header() }
            { main }
            { site_footer() }
        </>
    }
}

/// The page's `main`: its notices, then the routed page (also the home's
/// first screen as the build writes it: `crate::first_screen`).
pub fn main_frame(notices: Html, page: Html) -> Html {
    html! {
        <main id="main" tabindex="-1">
            { notices }
            { page }
        </main>
    }
}

/// `index.html`: home and the instruments without a page of their own.
pub fn main_pages(route: Route) -> Html {
    match route {
        Route::Home => home_page(),
        // Keyed by the instrument: another instrument's run is a new page,
        // with its own hooks (its actions, its place in the history).
        Route::Run(instrument) => match crate::pages::run_view(instrument) {
            Some(view) => html! { <RunFlowPage key={instrument.id()} {view} /> },
            None => not_found_page(),
        },
        // The other documents' routes never get here: `use_route` hands them over.
        Route::Saved(..) | Route::Data | Route::Share(_) | Route::NotFound => not_found_page(),
    }
}

/// `results.html`: the history and data page, and shared results.
pub fn results_pages(route: Route) -> Html {
    match route {
        Route::Data => html! { <DataPage /> },
        Route::Share(payload) => html! { <SharePage payload={payload} /> },
        Route::Home | Route::Run(_) | Route::Saved(..) | Route::NotFound => not_found_page(),
    }
}

/// `trends.html`: one's results over time, whatever the route.
pub fn trends_pages(_route: Route) -> Html {
    html! { <crate::pages::trends::TrendsPage /> }
}

/// An embed page: its instrument (the one its bundle is built with)
/// inside another site, whatever the route.
pub fn embed_pages(_route: Route) -> Html {
    match crate::pages::run_view(crate::embed_bridge::config().instrument) {
        Some(view) => html! { <EmbedPage {view} /> },
        None => not_found_page(),
    }
}

/// An instrument's own page (`balance.html`, `stage.html`): its run, its
/// saved results and the results shared by link.
pub fn instrument_pages(route: Route) -> Html {
    let crate::route::Document::Run(instrument) = crate::router::document() else {
        return not_found_page();
    };
    match crate::pages::run_view(instrument) {
        Some(view) => crate::pages::run::run_pages(view, route),
        None => not_found_page(),
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub pages: Pages,
    pub chrome: Chrome,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let boot: Rc<_> = use_memo((), |_| {
        if SAVED_STATE {
            boot()
        } else {
            Boot::in_memory_quietly()
        }
    });
    let store = use_reducer({
        let document = boot.document.clone();
        move || DocStore::reopened(document)
    });
    // The one place the feature is a `cfg`: a hook cannot sit behind an `if`.
    #[cfg(feature = "saved-state")]
    let persist = use_persistence(boot, store.clone());
    #[cfg(not(feature = "saved-state"))]
    let persist = {
        let _ = boot;
        PersistHandle::inert()
    };
    let route = use_route();
    {
        let store = store.clone();
        use_effect_with((), move |_| fetch_later_words(store));
    }
    // Home and "not found" are plain view functions: their titles are set here.
    use_page_title(match &route {
        // A page that shows every route itself (trends.html) titles itself.
        Some(Route::Home) if crate::router::document() != crate::route::Document::Trends => {
            Some(site::HOME_TITLE.text())
        }
        Some(Route::NotFound) => Some(site::page_title(&[&site::NOT_FOUND_TITLE])),
        _ => None,
    });
    let onexport = {
        let store = store.clone();
        Callback::from(move |_| {
            if SAVED_STATE {
                download::export_document(&store.doc)
            }
        })
    };
    let main = main_frame(
        notice_list(
            &persist.notices,
            &persist.dismiss,
            &onexport,
            props.chrome.0.is_none(),
        ),
        route.map(props.pages.0).unwrap_or_default(),
    );
    html! {
        <ContextProvider<DocHandle> context={store}>
        <ContextProvider<PersistHandle> context={persist.clone()}>
            { match props.chrome.0 {
                Some(chrome) => chrome(main),
                None => main,
            } }
        </ContextProvider<PersistHandle>>
        </ContextProvider<DocHandle>>
    }
}
