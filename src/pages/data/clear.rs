//! "Clear my data", behind a confirmation.

use yew::prelude::*;

use crate::components::focus::focus_soon;
use crate::content::data_screens as text;

#[derive(Properties, PartialEq)]
pub struct ClearDataProps {
    pub onclear: Callback<()>,
}

#[function_component(ClearData)]
pub fn clear_data(props: &ClearDataProps) -> Html {
    let confirming = use_state(|| false);
    // Each button disappears when pressed, so focus moves to what replaces
    // it: "Keep my data" (the safe choice), "Clear my data" again, or the
    // notice that says everything was removed.
    let set = |value: bool, then_focus: &'static str| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(value);
            focus_soon(then_focus);
        })
    };
    let onconfirm = {
        let (onclear, confirming) = (props.onclear.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            onclear.emit(());
            focus_soon("[data-notice=cleared]");
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
                    <button type="button" class="button" id="clear-cancel" onclick={set(false, "#clear-data")}>{ text::CLEAR_CANCEL }</button>
                    <button type="button" class="button danger" onclick={onconfirm}>{ text::CLEAR_CONFIRM }</button>
                </div>
            } else {
                <p>{ text::CLEAR_LEAD }</p>
                <button type="button" class="button" id="clear-data" onclick={set(true, "#clear-cancel")}>{ text::CLEAR }</button>
            }
        </section>
    }
}
