//! A result opened from a share link: shown read-only, never stored, with a
//! way to take the instrument yourself. A bad link gets a clear message only.

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::later_words::waiting_screen;
use crate::components::page_title::use_page_title;
use crate::content::data_screens as text;
use crate::content::site::page_title;
use crate::content::{path_screens, quiz_screens};
use crate::instrument::Instrument;
use crate::pages::path::result::{path_result_view, PathResultViewProps};
use crate::pages::quiz::result::{quiz_result_view, QuizResultViewProps};
use crate::path::answers_of;
use crate::route::Route;
use crate::share::link::{decode, ShareError};
use crate::store::{DocHandle, LaterWords};

#[derive(Properties, PartialEq)]
pub struct SharePageProps {
    pub payload: AttrValue,
}

#[function_component(SharePage)]
pub fn share_page(props: &SharePageProps) -> Html {
    // The read-only banner is the first thing a person (or their screen
    // reader) meets, so it takes the focus; a bad link focuses its own heading.
    let banner = use_focus_on_mount();
    let later_words = use_context::<DocHandle>().map_or(LaterWords::Ready, |s| s.later_words);
    let (view, title) = shared_view(&props.payload, banner, later_words);
    use_page_title(Some(title));
    view
}

/// The shared result with its banner, or the bad-link message; and the tab title.
fn shared_view(payload: &str, banner: NodeRef, later_words: LaterWords) -> (Html, String) {
    let bad_link = |message: &str| {
        let html = html! { <BadLink message={message.to_string()} /> };
        (html, page_title(&[&text::BAD_LINK_TITLE]))
    };
    let shared = match decode(payload) {
        Ok(shared) => shared,
        Err(error) => return bad_link(&error.message().text()),
    };
    let (take_it, blend) = match shared.of.instrument {
        quiz if quiz == Instrument::Quiz => (Route::Run(Instrument::Quiz), None),
        path if path == Instrument::Path => {
            match crate::path::reading(&answers_of(&shared.answers)) {
                Some(blend) => (Route::Run(Instrument::Path), Some(blend)),
                None => return bad_link(&ShareError::Incomplete.message().text()),
            }
        }
        // The others' links open on their own pages (`pages::in_address`).
        _ => return bad_link(&ShareError::UnknownKind.message().text()),
    };
    let banner = html! {
        <div class="banner flow no-print" tabindex="-1" ref={banner}>
            <p>{ text::SHARED_BANNER }</p>
            <a class="button primary" href={crate::router::link(&take_it)}>{ text::TAKE_IT_YOURSELF }</a>
        </div>
    };
    // The result's words come after the first screen: the banner shows (and
    // takes the focus) at once, the result a moment later.
    if let Some(waiting) = waiting_screen(later_words, Some(text::SHARED_TITLE)) {
        return (html! { <>{ banner }{ waiting }</> }, String::new());
    }
    let (view, title) = match blend {
        None => {
            let result = crate::quiz::score(&shared.answers);
            let title = page_title(&[
                &quiz_screens::shared_title(&result.band.title().text()),
                &quiz_screens::TITLE,
            ]);
            let view = quiz_result_view(&QuizResultViewProps {
                result,
                actions: None,
                share_url: None,
                shared: true,
            });
            (view, title)
        }
        Some(blend) => {
            let title = page_title(&[&path_screens::shared_title(blend), &path_screens::TITLE]);
            let view = path_result_view(&PathResultViewProps {
                answers: answers_of(&shared.answers),
                blend,
                actions: None,
                share_url: None,
                shared: true,
            });
            (view, title)
        }
    };
    let html = html! { <>{ banner }{ view }</> };
    (html, title)
}

#[derive(Properties, PartialEq)]
pub struct BadLinkProps {
    pub message: AttrValue,
}

#[function_component(BadLink)]
pub fn bad_link(props: &BadLinkProps) -> Html {
    let heading = use_focus_on_mount();
    html! {
        <div class="page narrow">
            <h1 tabindex="-1" ref={heading}>{ text::BAD_LINK_TITLE }</h1>
            <p>{ props.message.clone() }</p>
            <a class="button" href={crate::router::link(&Route::Home)}>{ text::BAD_LINK_BACK }</a>
        </div>
    }
}
