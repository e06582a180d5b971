//! A button whose action deletes something the person gave: pressing it
//! asks first, with the safe choice focused, and only the second press acts.

use yew::prelude::*;

use crate::components::focus::focus_soon;
use crate::content::ui::ConfirmWords;

/// The button, or the question in its place while `asking`. A view function
/// over the caller's state rather than a component of its own: each
/// component type costs the first load about a kilobyte.
/// `ask` is the first button, `warning` says what will be lost; `children`
/// stands beside the button and gives way to the question.
#[inline(never)]
pub fn confirm(
    asking: &UseStateHandle<bool>,
    words: ConfirmWords,
    (ask, warning): (String, String),
    onconfirm: &Callback<()>,
    children: Html,
) -> Html {
    // Each button disappears when pressed, so focus moves to what replaces it.
    let set = |value: bool, then_focus: &'static str| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(value);
            focus_soon(then_focus);
        })
    };
    if **asking {
        let onconfirm = {
            let (onconfirm, asking) = (onconfirm.clone(), asking.clone());
            Callback::from(move |_: MouseEvent| {
                asking.set(false);
                onconfirm.emit(());
                focus_soon(words.then_focus);
            })
        };
        html! { <>
            <div class="callout" role="alert"><p>{ warning }</p></div>
            <div class="step-nav">
                <button type="button" class="button" id={id(words.cancel_button)}
                    onclick={set(false, words.button)}>{ words.cancel }</button>
                <button type="button" class="button danger" onclick={onconfirm}>{ words.confirm }</button>
            </div>
        </> }
    } else {
        html! { <>
            { children }
            <button type="button" class="button" id={id(words.button)}
                onclick={set(true, words.cancel_button)}>{ ask }</button>
        </> }
    }
}

/// The id a `#id` selector names.
fn id(selector: &'static str) -> &'static str {
    selector.trim_start_matches('#')
}
