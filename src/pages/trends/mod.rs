//! `trends.html`: each instrument taken two or more times, over time
//! (`chart`), read from the saved document; a plain line until there is one.

mod chart;

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::page_title::use_page_title;
use crate::content::site::page_title;
use crate::content::words::keys;
use crate::route::Route;
use crate::router::link;
use crate::store::DocHandle;

#[function_component(TrendsPage)]
pub fn trends_page() -> Html {
    let heading = use_focus_on_mount();
    use_page_title(Some(page_title(&[&keys::RESULTS_TRENDS_TITLE])));
    let store = use_context::<DocHandle>();
    // Reading every result again on each render would cost a long history.
    let sections = use_memo(store.as_ref().map(|s| s.doc.revision), |_| {
        store
            .as_ref()
            .and_then(|s| chart::trends_sections(&s.doc.history))
    });
    html! {
        <div class="flow">
            <h1 tabindex="-1" ref={heading}>{ keys::RESULTS_TRENDS_TITLE }</h1>
            <p class="lead">{ keys::RESULTS_TRENDS_LEAD }</p>
            { match &*sections {
                Some(sections) => sections.clone(),
                None => html! { <p>{ keys::RESULTS_TRENDS_NONE }</p> },
            } }
            <p><a href={link(&Route::Data)}>{ keys::RESULTS_TRENDS_BACK }</a></p>
        </div>
    }
}
