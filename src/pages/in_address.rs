//! The result a page is made from, read from its address's fragment
//! (`#/share/<code>`, as a share link carries it), for the pages that take
//! one's own result further (the conversation guide, the image and the
//! reminder). They keep nothing: the result stays in the address.

use yew::prelude::*;

use crate::content::words::Word;
use crate::route::Route;
use crate::router::link;
use crate::share::link::{decode, Shared};

/// The address's fragment, read again whenever it changes (a link pasted
/// over it), so the page always shows the result its address names.
#[hook]
pub fn use_address_hash() -> String {
    let hash = use_state(current_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    hash.set(current_hash())
                })
            });
            move || drop(listener)
        });
    }
    (*hash).clone()
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The result in `hash`, of any instrument this page reads: `Err(None)`
/// when it names none, `Err(Some(why))` when its link cannot be opened (in
/// words).
pub fn shared_in(hash: &str) -> Result<Shared, Option<String>> {
    let Route::Share(payload) = Route::from_hash(hash) else {
        return Err(None);
    };
    decode(&payload).map_err(|error| Some(error.message().text()))
}

/// The page when its address holds no result it can use: the page's
/// `title` as its heading, `message`, and one way on.
pub fn no_result(heading: NodeRef, title: Word, message: &str, way_on: (Route, Word)) -> Html {
    let (route, words) = way_on;
    html! {
        <main id="main" tabindex="-1">
            <div class="flow">
                <h1 ref={heading} tabindex="-1">{ title }</h1>
                <p>{ message.to_string() }</p>
                <p><a class="button primary" href={link(&route)}>{ words }</a></p>
            </div>
        </main>
    }
}
