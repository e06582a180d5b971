//! "Your results": every completed result, a comparison of any two (and a
//! link to them all over time, `trends.html`), export
//! and import, clearing everything, and near the size limit an offer to
//! delete the oldest results.

mod clear;
mod compare;
mod history;
mod transfer;
mod trim;

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::page_title::use_page_title;
use crate::content::data_screens as text;
use crate::content::site::page_title;
use crate::persist::hook::PersistHandle;
use crate::persist::plan::room_to_make;
use crate::state::document::DocAction;
use crate::store::{DocHandle, StoreAction};

use clear::clear_data;
use history::History;
use transfer::Transfer;
use trim::trim_offer;

/// The results this page keeps unread of instruments with a page of their
/// own, which reads and shows them: listed here, opened there.
fn kept_on_their_pages(doc: &crate::state::Document) -> Vec<crate::state::unknown::KeptResult> {
    let mut kept = doc.unknown.kept_results();
    kept.retain(|result| crate::route::Document::run_page(result.instrument).is_some());
    kept
}

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let heading = use_focus_on_mount();
    use_page_title(Some(page_title(&[&text::TITLE])));
    let asking_to_clear = use_state(|| false);
    let asking_to_trim = use_state(|| false);
    let (store, persist) = (use_context::<DocHandle>(), use_context::<PersistHandle>());
    // Which results would go is worked out once the person asks: encoding
    // a long history takes a moment the page's first screen should not wait for.
    let trim = use_memo(
        (store.as_ref().map(|s| s.doc.revision), *asking_to_trim),
        |(_, asking)| {
            store
                .as_ref()
                .filter(|_| *asking)
                .and_then(|s| room_to_make(&s.doc))
        },
    );
    let (Some(store), Some(persist)) = (store, persist) else {
        return html! {};
    };
    let ontrim = {
        let (store, trim) = (store.clone(), *trim);
        Callback::from(move |()| {
            if let Some(trim) = trim {
                store.dispatch(StoreAction::Do(DocAction::DeleteOldestThrough(
                    trim.through,
                )));
            }
        })
    };
    html! {
        <div class="flow">
            <h1 tabindex="-1" ref={heading}>{ text::TITLE }</h1>
            <p class="lead">{ text::LEAD }</p>
            if persist.nearly_full {
                { trim_offer(&asking_to_trim, *trim, &ontrim) }
            }
            <History history={store.doc.history.clone()} kept={kept_on_their_pages(&store.doc)} />
            if store.doc.history.len() >= 2 {
                <p><a href={crate::route::Document::Trends.file()}>{ crate::content::words::keys::RESULTS_TRENDS_LINK }</a></p>
            }
            <p><a href={crate::route::Document::Team.file()}>{ crate::content::words::keys::RESULTS_TEAM_LINK }</a></p>
            <Transfer store={store.clone()} notify={persist.notify.clone()} />
            { clear_data(&asking_to_clear, &persist.clear_all) }
        </div>
    }
}
