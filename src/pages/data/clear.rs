//! "Clear my data", behind a confirmation.

use yew::prelude::*;

use crate::content::data_screens as text;

#[derive(Properties, PartialEq)]
pub struct ClearDataProps {
    pub onclear: Callback<()>,
}

#[function_component(ClearData)]
pub fn clear_data(props: &ClearDataProps) -> Html {
    let confirming = use_state(|| false);
    let set = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let onconfirm = {
        let (onclear, confirming) = (props.onclear.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            onclear.emit(());
        })
    };
    html! {
        <section class="result-section" aria-labelledby="clear-heading">
            <h2 id="clear-heading">{ text::CLEAR_HEADING }</h2>
            if *confirming {
                <div class="callout" role="alert">
                    <p>{ text::CLEAR_CONFIRM_TEXT }</p>
                </div>
                <div class="step-nav">
                    <button type="button" class="button" onclick={set(false)}>{ text::CLEAR_CANCEL }</button>
                    <button type="button" class="button danger" onclick={onconfirm}>{ text::CLEAR_CONFIRM }</button>
                </div>
            } else {
                <p>{ text::CLEAR_LEAD }</p>
                <button type="button" class="button" onclick={set(true)}>{ text::CLEAR }</button>
            }
        </section>
    }
}
