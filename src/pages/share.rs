//! A result opened from a share link: shown read-only, never stored, with a
//! way to take the instrument yourself. A bad link gets a clear message only.

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::page_title::use_page_title;
use crate::content::data_screens as text;
use crate::content::site::page_title;
use crate::pages::result_view;
use crate::pages::run::SharedPage;
use crate::route::Route;
use crate::share::link::{decode, ShareError};

#[derive(Properties, PartialEq)]
pub struct SharePageProps {
    pub payload: AttrValue,
}

/// The results page's shared results: the link's letter says whose, and
/// that instrument's page shows it (`pages::run::SharedPage`) when this
/// build has it; the others' links open on their own pages
/// (`pages::in_address`).
#[function_component(SharePage)]
pub fn share_page(props: &SharePageProps) -> Html {
    let view = decode(&props.payload)
        .and_then(|shared| result_view(shared.of.instrument).ok_or(ShareError::UnknownKind));
    match view {
        Ok(view) => html! { <SharedPage {view} payload={props.payload.clone()} /> },
        Err(error) => html! { <BadLinkPage message={error.message().text()} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct BadLinkPageProps {
    pub message: AttrValue,
}

/// A link that opens nothing, as the whole page, with its tab title.
#[function_component(BadLinkPage)]
fn bad_link_page(props: &BadLinkPageProps) -> Html {
    use_page_title(Some(page_title(&[&text::BAD_LINK_TITLE])));
    html! { <BadLink message={props.message.clone()} /> }
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
