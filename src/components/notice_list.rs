//! Notices about saved data, at the top of every page, each dismissable and,
//! where storage failed, offering the export that keeps the answers safe.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::on_click;
use crate::content::notices::{notice_text, DISMISS, EXPORT};
use crate::persist::plan::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticeListProps {
    pub notices: Rc<Vec<Notice>>,
    pub ondismiss: Callback<usize>,
    pub onexport: Callback<()>,
}

#[function_component(NoticeList)]
pub fn notice_list(props: &NoticeListProps) -> Html {
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                let text = notice_text(notice);
                html! {
                    <div class={classes!("notice", text.warning.then_some("warning"))}>
                        <p class="notice-title">{ text.title }</p>
                        <p>{ text.body }</p>
                        <div class="notice-actions">
                            if text.offers_export {
                                <button type="button" class="button" onclick={on_click(&props.onexport)}>{ EXPORT }</button>
                            }
                            <button type="button" class="button" onclick={props.ondismiss.reform(move |_: MouseEvent| index)}>{ DISMISS }</button>
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
