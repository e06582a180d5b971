//! The share link of a result, ready to copy.

use yew::prelude::*;

use crate::content::data_screens as text;
use crate::content::words::Word;
use crate::download::copy_to_clipboard;

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// The full address to share.
    pub url: AttrValue,
}

#[function_component(ShareBox)]
pub fn share_box(props: &ShareBoxProps) -> Html {
    let status = use_state(|| None::<Word>);
    let onclick = {
        let (status, url) = (status.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, url) = (status.clone(), url.clone());
            yew::platform::spawn_local(async move {
                let copied = copy_to_clipboard(&url).await.is_ok();
                status.set(Some(if copied {
                    text::COPIED
                } else {
                    text::COPY_FAILED
                }));
            });
        })
    };
    html! {
        <section class="result-section no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">{ text::SHARE_HEADING }</h2>
            <p>{ text::SHARE_LEAD }</p>
            <label class="field-label" for="share-link">{ text::SHARE_LINK_LABEL }</label>
            <div class="share-row">
                <input id="share-link" class="share-link" type="text" readonly=true value={props.url.clone()} />
                <button type="button" class="button" {onclick}>{ text::COPY_LINK }</button>
            </div>
            <p class="hint-ok" role="status">{ status.map(Word::text).unwrap_or_default() }</p>
        </section>
    }
}
