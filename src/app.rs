//! The root component: loads the saved document, keeps it saved, and puts
//! the site chrome and notices around the routed page.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::notice_list::NoticeList;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::SkipLink;
use crate::download;
use crate::pages::{
    data::DataPage, home::HomePage, not_found::NotFoundPage, path::PathPage, quiz::QuizPage,
    share::SharePage,
};
#[cfg(feature = "saved-state")]
use crate::persist::hook::use_persistence;
use crate::persist::hook::{boot, Boot, PersistHandle};
use crate::route::Route;
use crate::router::use_route;
use crate::state::codec;
use crate::store::{now, DocHandle, DocStore};
use crate::SAVED_STATE;

fn page_for(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::Path => html! { <PathPage /> },
        Route::Data if crate::RESULTS_PAGE => html! { <DataPage /> },
        Route::Share(payload) if crate::RESULTS_PAGE => html! { <SharePage payload={payload} /> },
        Route::Data | Route::Share(_) | Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// Offers the whole document as a JSON file named after today's date.
pub fn export_document(store: &DocHandle) {
    let today: String = String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect();
    let text = codec::encode_export(&store.doc, now());
    let _ = download::save_text_file(
        &format!("forkpoint-{today}.json"),
        &text,
        "application/json",
    );
}

#[function_component(App)]
pub fn app() -> Html {
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
    let onexport = {
        let store = store.clone();
        Callback::from(move |_| {
            if SAVED_STATE {
                export_document(&store)
            }
        })
    };
    html! {
        <ContextProvider<DocHandle> context={store}>
        <ContextProvider<PersistHandle> context={persist.clone()}>
            <SkipLink target="main" />
            <SiteHeader />
            <main id="main" tabindex="-1">
                <NoticeList notices={persist.notices.clone()} ondismiss={persist.dismiss.clone()} {onexport} />
                { page_for(route) }
            </main>
            <SiteFooter />
        </ContextProvider<PersistHandle>>
        </ContextProvider<DocHandle>>
    }
}
