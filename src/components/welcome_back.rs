//! Shown on the first screen after reopening an instrument part-way through:
//! the answers were kept, and starting over is one click away.

use yew::prelude::*;

use crate::components::on_click;
use crate::content::ui;

#[derive(Properties, PartialEq)]
pub struct WelcomeBackProps {
    pub onrestart: Callback<()>,
}

#[function_component(WelcomeBack)]
pub fn welcome_back(props: &WelcomeBackProps) -> Html {
    html! {
        <div class="banner no-print">
            <p>{ ui::WELCOME_BACK }</p>
            <button type="button" class="button" onclick={on_click(&props.onrestart)}>{ ui::START_OVER }</button>
        </div>
    }
}
