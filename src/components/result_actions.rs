//! The two ways on from one's own result: change the answers, or start again.
//! A shared (read-only) result has neither.

use crate::components::on_click;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct ResultActions {
    pub onchange: Callback<()>,
    pub onretake: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct ResultActionsBarProps {
    pub actions: ResultActions,
    pub change_label: AttrValue,
    pub retake_label: AttrValue,
}

#[function_component(ResultActionsBar)]
pub fn result_actions_bar(props: &ResultActionsBarProps) -> Html {
    html! {
        <div class="step-nav no-print">
            <button type="button" class="button" onclick={on_click(&props.actions.onchange)}>{ props.change_label.clone() }</button>
            <button type="button" class="button primary" onclick={on_click(&props.actions.onretake)}>{ props.retake_label.clone() }</button>
        </div>
    }
}
