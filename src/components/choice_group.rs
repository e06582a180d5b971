//! A labelled radio group. Native radios give arrow-key movement and Space for
//! free, and Enter submits the surrounding form, so the flow works by keyboard.

use yew::prelude::*;

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
                    crate::components::focus::move_focus(&input);
                }
            }
        });
    }
    let focus_index = props
        .selected
        .as_ref()
        .and_then(|s| props.options.iter().position(|o| &o.value == s))
        .unwrap_or(0);
    let class = classes!("choice-group", props.scale.then_some("scale"));
    html! {
        <fieldset {class}>
            <legend>{ props.legend.clone() }</legend>
            <div class="choices">
                { for props.options.iter().enumerate().map(|(index, option)| {
                    let id = format!("{}-{}", props.name, index);
                    let checked = props.selected.as_ref() == Some(&option.value);
                    let onchange = {
                        let onchange = props.onchange.clone();
                        let value = option.value.clone();
                        Callback::from(move |_: Event| onchange.emit(value.clone()))
                    };
                    let hint_id = option.hint.as_ref().map(|_| format!("{id}-hint"));
                    html! {
                        <label class={classes!("choice", checked.then_some("checked"))} for={id.clone()}>
                            <input type="radio" id={id} name={props.name.clone()} value={option.value.clone()}
                                {checked} {onchange} aria-describedby={hint_id.clone()}
                                ref={if index == focus_index { focus_ref.clone() } else { NodeRef::default() }} />
                            <span class="choice-text">
                                <span class="choice-label">{ option.label.clone() }</span>
                                if let (Some(hint), Some(hint_id)) = (&option.hint, hint_id) {
                                    <span class="choice-hint" id={hint_id}>{ hint.clone() }</span>
                                }
                            </span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
