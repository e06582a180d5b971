//! Words only later screens show (results and advice) come in a second
//! words file, fetched once the first screen is up, so they add nothing to
//! a page's first load. The root fetches it (`fetch_later_words`); a later
//! screen asked for before it arrives (a reload on a result) shows a line
//! while it waits, and says so plainly if it cannot come.

use yew::prelude::*;

use crate::content::site;
use crate::content::words::Word;
use crate::store::{DocHandle, LaterWords, StoreAction};
use crate::words_loader;

/// For the root, after its first render: fetches the later words and tells
/// the store when they are in. Started in a task of its own, so the first
/// screen is painted first: asking for a file costs the slow phone's main
/// thread several milliseconds.
pub fn fetch_later_words(store: DocHandle) {
    crate::router::after_render(move || {
        yew::platform::spawn_local(async move {
            store.dispatch(StoreAction::LaterWords(
                match words_loader::load_later().await {
                    Ok(()) => LaterWords::Ready,
                    Err(_) => LaterWords::Failed,
                },
            ));
        });
    });
}

/// What a later screen shows instead of itself while its words are not
/// there, under `heading` when it stands for a whole page; None once they
/// are.
pub fn waiting_screen(later: LaterWords, heading: Option<Word>) -> Option<Html> {
    let line = match later {
        LaterWords::Ready => return None,
        LaterWords::Loading => html! { <p role="status">{ site::LOADING }</p> },
        LaterWords::Failed => html! { <p role="alert">{ site::LATER_WORDS_FAILED }</p> },
    };
    Some(match heading {
        Some(heading) => html! {
            <div class="page narrow flow"><h1>{ heading }</h1>{ line }</div>
        },
        None => line,
    })
}
