//! Notices about saved data, at the top of every page, each dismissable and,
//! where storage failed, offering the export that keeps the answers safe.

use yew::prelude::*;

use crate::components::on_click;
use crate::content::notices::{notice_text, DISMISS, EXPORT};
use crate::content::words::{is_installed, keys};
use crate::persist::plan::Notice;

/// `ondismiss` gets the index of the notice. A view function rather than a
/// component: no hooks, one caller, and the first load is smaller for it.
/// `quiet` (inside another site's frame): no warning that nothing can be
/// stored; the embed offers the download beside its result instead.
/// Notices are worded from a page's later words (`notices`, `data_errors`):
/// until those are in, the live region is there but empty, so they are
/// announced when they appear.
pub fn notice_list(
    notices: &[Notice],
    ondismiss: &Callback<usize>,
    onexport: &Callback<()>,
    quiet: bool,
) -> Html {
    // Both chunks a notice may draw on (a reason is worded from the data errors).
    let worded = is_installed(DISMISS) && is_installed(keys::DATA_ERRORS_NOT_FORKPOINT);
    let notices = if worded { notices } else { &[] };
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for notices.iter().enumerate().filter(|(_, notice)| !(quiet && **notice == Notice::StorageUnavailable)).map(|(index, notice)| {
                let text = notice_text(notice);
                html! {
                    // Focusable, so the page can move focus to a notice that
                    // replaces the control just pressed ("Yes, clear everything").
                    <div class={classes!("notice", text.warning.then_some("warning"))}
                        tabindex="-1" data-notice={notice.kind()}>
                        <p class="notice-title">{ text.title }</p>
                        <p>{ text.body }</p>
                        <div class="notice-actions">
                            if text.offers_export {
                                <button type="button" class="button" onclick={on_click(onexport)}>{ EXPORT }</button>
                            }
                            <button type="button" class="button" onclick={ondismiss.reform(move |_: MouseEvent| index)}>{ DISMISS }</button>
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
