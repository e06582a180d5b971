//! "Your results": every completed result, a comparison of any two, export
//! and import, and clearing everything.

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

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let heading = use_focus_on_mount();
    use_page_title(Some(page_title(&[&text::TITLE])));
    let asking_to_clear = use_state(|| false);
    let asking_to_trim = use_state(|| false);
    let (store, persist) = (use_context::<DocHandle>(), use_context::<PersistHandle>());
    // Encoding a long history takes a moment: once per change, and after the
    // page is on screen, so a long history shows no later for it.
    let trim = use_state_eq(|| None);
    {
        let (store, trim) = (store.clone(), trim.clone());
        use_effect_with(store.as_ref().map(|s| s.doc.revision), move |_| {
            let measure = move || trim.set(store.and_then(|s| room_to_make(&s.doc)));
            crate::router::after_ms(0, Box::new(measure));
        });
    }
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
            if let Some(trim) = *trim {
                { trim_offer(&asking_to_trim, trim, &ontrim) }
            }
            <History history={store.doc.history.clone()} />
            <Transfer store={store.clone()} notify={persist.notify.clone()} />
            { clear_data(&asking_to_clear, &persist.clear_all) }
        </div>
    }
}
