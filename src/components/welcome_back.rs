//! Shown on the first screen after reopening an instrument part-way through:
//! the answers were kept, and starting over is one click away.

use yew::prelude::*;

use crate::components::on_click;
use crate::content::ui;

/// A view function rather than a component (no hooks; one copy for both
/// instruments, never inlined), which keeps the first load smaller.
#[inline(never)]
pub fn welcome_back(onrestart: &Callback<()>) -> Html {
    html! {
        <div class="banner no-print">
            <p>{ ui::WELCOME_BACK }</p>
            <button type="button" class="button" onclick={on_click(onrestart)}>{ ui::START_OVER }</button>
        </div>
    }
}
