//! The end of one's own result: the share box, then the two ways on
//! (change the answers, or start again). A shared (read-only) result has
//! neither.

use crate::components::on_click;
use crate::components::share_box::ShareBox;
use crate::content::words::Word;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct ResultActions {
    pub onchange: Callback<()>,
    pub onretake: Callback<()>,
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
                <div class="step-nav no-print">
                    <button type="button" class="button" onclick={on_click(&actions.onchange)}>{ change_label }</button>
                    <button type="button" class="button primary" onclick={on_click(&actions.onretake)}>{ retake_label }</button>
                </div>
            }
        </>
    }
}
