//! The end of one's own result: the share box, then the two ways on
//! (change the answers, or start again); and the link to what else the
//! result can be made into. A shared (read-only) result has none of them.

use crate::components::on_click;
use crate::components::share_box::ShareBox;
use crate::content::words::{keys, Word};
use crate::route::{Document, Route};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct ResultActions {
    pub onchange: Callback<()>,
    pub onretake: Callback<()>,
    /// What else the result can be made into (`further_link`), shown
    /// before the two ways on.
    pub more: Html,
}

/// The link from one's own result to what else it can be made into
/// (`card.html`: its image, a reminder, and its instrument's other
/// `resultPages`), carrying the result in the same fragment as its share
/// link. Not in another site's frame: those pages are the site's own.
pub fn further_link(share: &Route) -> Html {
    if crate::router::document() == Document::Embed {
        return Html::default();
    }
    html! {
        <p class="no-print"><a href={format!("{}{}", Document::Card.file(), share.href())}>{ keys::FURTHER_LINK }</a></p>
    }
}

/// The share box (when there is a link) and the actions (on one's own
/// result), worded for the instrument.
pub fn result_end(
    share_url: &Option<AttrValue>,
    actions: &Option<ResultActions>,
    change_label: Word,
    retake_label: Word,
) -> Html {
    html! {
        <>
            if let Some(url) = share_url {
                <ShareBox url={url.clone()} />
            }
            if let Some(actions) = actions {
                { actions.more.clone() }
                <div class="step-nav no-print">
                    <button type="button" class="button" onclick={on_click(&actions.onchange)}>{ change_label }</button>
                    <button type="button" class="button primary" onclick={on_click(&actions.onretake)}>{ retake_label }</button>
                </div>
            }
        </>
    }
}
