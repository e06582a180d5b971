//! A result of the instrument opened rather than run: one of the person's
//! saved results (from "Your results"), or one someone shared by link.
//! Both are read-only; a bad link or an unknown result says so plainly.

use yew::prelude::*;

use crate::components::focus::use_focus_on_mount;
use crate::components::later_words::waiting_screen;
use crate::components::page_title::use_page_title;
use crate::content::data_screens as text;
use crate::content::site::page_title;
use crate::pages::share::BadLink;
use crate::positions::Answers;
use crate::route::{Document, Route};
use crate::share::ShareError;
use crate::state::SavedAnswers;
use crate::store::{DocHandle, LaterWords};

use super::compare::CompareRuns;
use super::{Opened, ResultView};

#[derive(Properties, PartialEq)]
pub struct SavedPageProps {
    pub view: &'static ResultView,
    pub id: AttrValue,
}

/// One of the person's saved results, by id, with the way back to the list.
#[function_component(SavedPage)]
pub fn saved_page(props: &SavedPageProps) -> Html {
    let view = props.view;
    let banner = use_focus_on_mount();
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let answers = store
        .doc
        .history
        .iter()
        .find_map(|result| match &result.answers {
            SavedAnswers::Positions(of, answers) if result.id == *props.id && *of == view.of => {
                Some(answers.clone())
            }
            _ => None,
        });
    let back = format!("{}{}", Document::Results.file(), Route::Data.href());
    let top = html! {
        <div class="banner flow no-print" tabindex="-1" ref={banner}>
            <a class="button" href={back}>{ crate::content::words::keys::RESULTS_TRENDS_BACK }</a>
        </div>
    };
    let (html, title) = match answers {
        Some(answers) => {
            let (result, title) = opened(view, &answers, Opened::Saved, store.later_words);
            let html = html! { <>{ result }<CompareRuns {view} id={props.id.clone()} /></> };
            (html, title)
        }
        None => (
            html! { <BadLink message={crate::content::words::keys::RESULTS_SAVED_MISSING.text()} /> },
            page_title(&[&text::BAD_LINK_TITLE]),
        ),
    };
    use_page_title(Some(title));
    html! { <>{ top }{ html }</> }
}

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub view: &'static ResultView,
    pub payload: AttrValue,
}

/// A result opened from a share link: never stored, with a way to take the
/// instrument yourself.
#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    let view = props.view;
    let banner = use_focus_on_mount();
    let later_words = use_context::<DocHandle>().map_or(LaterWords::Ready, |s| s.later_words);
    let answers = view.of.read_link(&props.payload).and_then(|answers| {
        (view.of.reading)(&answers)
            .map(|_| answers)
            .ok_or(ShareError::Incomplete)
    });
    let (html, title) = match answers {
        Ok(answers) => {
            let take_it = crate::router::link(&Route::Run(view.of.instrument));
            let banner = html! {
                <div class="banner flow no-print" tabindex="-1" ref={banner}>
                    <p>{ text::SHARED_BANNER }</p>
                    <a class="button primary" href={take_it}>{ text::TAKE_IT_YOURSELF }</a>
                </div>
            };
            let (result, title) = opened(view, &answers, Opened::Shared, later_words);
            (html! { <>{ banner }{ result }</> }, title)
        }
        Err(error) => (
            html! { <BadLink message={error.message().text()} /> },
            page_title(&[&text::BAD_LINK_TITLE]),
        ),
    };
    use_page_title(Some(title));
    html
}

/// A complete result read-only, shown as `how` (once the result's words
/// are in), and the tab title.
fn opened(
    view: &'static ResultView,
    answers: &Answers,
    how: Opened,
    later_words: LaterWords,
) -> (Html, String) {
    // A shared result's page says what it is while it waits (its words
    // are the banner's; the instrument's name may be a later word).
    let heading = (how == Opened::Shared).then_some(text::SHARED_TITLE);
    if let Some(waiting) = waiting_screen(later_words, heading) {
        return (waiting, page_title(&[&heading.unwrap_or(view.title)]));
    }
    let Some((head, title)) = (view.head)(view, answers, how) else {
        return (Html::default(), page_title(&[&view.title]));
    };
    let html = html! {
        <div class="flow result">
            { head }
            { (view.body)(answers) }
        </div>
    };
    (html, page_title(&[&title, &view.title]))
}
