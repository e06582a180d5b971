//! "Your results": every completed result, a comparison of any two, export
//! and import, and clearing everything.

mod clear;
mod compare;
mod history;
mod transfer;

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::page_title::use_page_title;
use crate::content::data_screens as text;
use crate::content::site::page_title;
use crate::persist::hook::PersistHandle;
use crate::store::DocHandle;

use clear::clear_data;
use history::History;
use transfer::Transfer;

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let heading = use_focus_on_mount();
    use_page_title(Some(page_title(&[&text::TITLE])));
    let asking_to_clear = use_state(|| false);
    let (Some(store), Some(persist)) = (use_context::<DocHandle>(), use_context::<PersistHandle>())
    else {
        return html! {};
    };
    html! {
        <div class="flow">
            <h1 tabindex="-1" ref={heading}>{ text::TITLE }</h1>
            <p class="lead">{ text::LEAD }</p>
            <History history={store.doc.history.clone()} />
            <Transfer store={store.clone()} notify={persist.notify.clone()} />
            { clear_data(&asking_to_clear, &persist.clear_all) }
        </div>
    }
}
