//! A labelled radio group. Native radios give arrow-key movement and Space for
//! free, and Enter submits the surrounding form, so the flow works by keyboard.
//! On a scale, the digit keys 1 to 5 choose an answer too. Inside a `StepNav`
//! the radios say when an answer is missing, and point to the message.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::focus::move_focus;
use crate::components::step_nav::HINT_ID;
use crate::content::ui;

#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceOption {
    pub value: AttrValue,
    pub label: AttrValue,
    /// A second line under the label, when the choice needs explaining.
    pub hint: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// Distinguishes this group's radios from every other group on the page.
    pub name: AttrValue,
    /// The question, shown as the group's legend.
    pub legend: Html,
    pub options: Vec<ChoiceOption>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<AttrValue>,
    /// Focus the chosen (or first) radio when the group appears.
    #[prop_or_default]
    pub autofocus: bool,
    /// Lay the choices out in a row on wide screens (an agreement scale).
    #[prop_or_default]
    pub scale: bool,
    /// The only question on screen: the digit keys choose its answers.
    #[prop_or_default]
    pub digit_keys: bool,
    /// Next was pressed without an answer: the radios are invalid, and
    /// point to the message that says so.
    #[prop_or_default]
    pub missing_answer: bool,
}

/// The 0-based choice a key press names ("1" is the first), if any. Keys
/// typed with a modifier, or into a text field, are left alone.
fn digit_choice(event: &web_sys::KeyboardEvent, choices: usize) -> Option<usize> {
    if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
        return None;
    }
    let typing = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() != "radio");
    let digit = event
        .key()
        .parse::<usize>()
        .ok()
        .filter(|d| (1..=9).contains(d))?;
    (!typing && digit <= choices).then(|| digit - 1)
}

fn radio_id(name: &str, index: usize) -> String {
    format!("{name}-{index}")
}

#[function_component(ChoiceGroup)]
pub fn choice_group(props: &ChoiceGroupProps) -> Html {
    let focus_ref = use_node_ref();
    {
        let focus_ref = focus_ref.clone();
        let autofocus = props.autofocus;
        use_effect_with(props.name.clone(), move |_| {
            if autofocus {
                if let Some(input) = focus_ref.cast::<web_sys::HtmlElement>() {
                    move_focus(&input);
                }
            }
        });
    }
    {
        let values: Vec<AttrValue> = props.options.iter().map(|o| o.value.clone()).collect();
        let (onchange, name, enabled) =
            (props.onchange.clone(), props.name.clone(), props.digit_keys);
        use_effect_with((name, values, enabled), move |(name, values, enabled)| {
            let (name, values) = (name.clone(), values.clone());
            let listener = enabled
                .then(|| web_sys::window().and_then(|w| w.document()))
                .flatten()
                .map(|document| {
                    EventListener::new(&document, "keydown", move |event| {
                        let Some(index) = event
                            .dyn_ref::<web_sys::KeyboardEvent>()
                            .and_then(|e| digit_choice(e, values.len()))
                        else {
                            return;
                        };
                        onchange.emit(values[index].clone());
                        if let Some(radio) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(&radio_id(&name, index)))
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            move_focus(&radio);
                        }
                    })
                });
            move || drop(listener)
        });
    }
    let focus_index = props
        .selected
        .as_ref()
        .and_then(|s| props.options.iter().position(|o| &o.value == s))
        .unwrap_or(0);
    let class = classes!("choice-group", props.scale.then_some("scale"));
    let invalid = props.missing_answer.then_some("true");
    html! {
        <fieldset {class}>
            <legend>{ props.legend.clone() }</legend>
            <div class="choices">
                { for props.options.iter().enumerate().map(|(index, option)| {
                    let id = radio_id(&props.name, index);
                    let checked = props.selected.as_ref() == Some(&option.value);
                    let onchange = {
                        let onchange = props.onchange.clone();
                        let value = option.value.clone();
                        Callback::from(move |_: Event| onchange.emit(value.clone()))
                    };
                    let hint_id = option.hint.as_ref().map(|_| format!("{id}-hint"));
                    // The option's own hint, and the "choose an answer" message when it shows.
                    let described_by = match (&hint_id, props.missing_answer) {
                        (Some(hint), true) => Some(format!("{hint} {HINT_ID}")),
                        (Some(hint), false) => Some(hint.clone()),
                        (None, true) => Some(HINT_ID.to_string()),
                        (None, false) => None,
                    };
                    let shortcut = (props.digit_keys && index < 9).then(|| (index + 1).to_string());
                    html! {
                        <label class={classes!("choice", checked.then_some("checked"))} for={id.clone()}>
                            <input type="radio" id={id} name={props.name.clone()} value={option.value.clone()}
                                {checked} {onchange} aria-describedby={described_by}
                                aria-invalid={invalid} aria-keyshortcuts={shortcut.clone()}
                                ref={if index == focus_index { focus_ref.clone() } else { NodeRef::default() }} />
                            <span class="choice-text">
                                <span class="choice-label">
                                    if let Some(key) = shortcut {
                                        <span class="choice-key" aria-hidden="true">{ key }</span>
                                    }
                                    { option.label.clone() }
                                </span>
                                if let (Some(hint), Some(hint_id)) = (&option.hint, hint_id) {
                                    <span class="choice-hint" id={hint_id}>{ hint.clone() }</span>
                                }
                            </span>
                        </label>
                    }
                }) }
            </div>
            if props.digit_keys {
                <p class="keys-hint" aria-hidden="true">{ ui::digit_keys_hint(props.options.len().min(9)) }</p>
            }
        </fieldset>
    }
}
