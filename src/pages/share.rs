//! A result opened from a share link: shown read-only, never stored, with a
//! way to take the instrument yourself. A bad link gets a clear message only.

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::content::data_screens as text;
use crate::pages::path::result::PathResultView;
use crate::pages::quiz::result::QuizResultView;
use crate::route::Route;
use crate::share::link::{decode, Shared};

#[derive(Properties, PartialEq)]
pub struct SharePageProps {
    pub payload: AttrValue,
}

#[function_component(SharePage)]
pub fn share_page(props: &SharePageProps) -> Html {
    match decode(&props.payload) {
        Ok(shared) => {
            let (view, take_it) = match shared {
                Shared::Quiz { answers, .. } => (
                    html! { <QuizResultView result={crate::quiz::score(&answers)} /> },
                    Route::Quiz,
                ),
                Shared::Path { answers, .. } => match crate::path::reading(&answers) {
                    Some(blend) => (html! { <PathResultView {answers} {blend} /> }, Route::Path),
                    None => {
                        return html! { <BadLink message={crate::share::link::ShareError::Incomplete.message().to_string()} /> }
                    }
                },
            };
            html! {
                <>
                    <div class="banner flow no-print">
                        <p>{ text::SHARED_BANNER }</p>
                        <a class="button primary" href={crate::router::link(&take_it)}>{ text::TAKE_IT_YOURSELF }</a>
                    </div>
                    { view }
                </>
            }
        }
        Err(error) => html! { <BadLink message={error.message().to_string()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct BadLinkProps {
    message: AttrValue,
}

#[function_component(BadLink)]
fn bad_link(props: &BadLinkProps) -> Html {
    let heading = use_focus_on_mount();
    html! {
        <div class="page narrow">
            <h1 tabindex="-1" ref={heading}>{ text::BAD_LINK_TITLE }</h1>
            <p>{ props.message.clone() }</p>
            <a class="button" href={crate::router::link(&Route::Home)}>{ text::BAD_LINK_BACK }</a>
        </div>
    }
}
