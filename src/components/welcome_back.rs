//! Shown on the first screen after reopening an instrument part-way through:
//! the answers were kept, and starting over is offered (asked first).

use yew::prelude::*;

use crate::components::confirm::confirm;
use crate::content::ui;

/// A view function rather than a component (one copy for both instruments,
/// never inlined), which keeps the first load smaller; `asking` is the
/// question screen's state of the start-over question.
#[inline(never)]
pub fn welcome_back(asking: &UseStateHandle<bool>, onrestart: &Callback<()>) -> Html {
    let greeting = html! { <p>{ ui::WELCOME_BACK }</p> };
    html! {
        <div class="banner no-print">
            { confirm(asking, ui::START_OVER_CONFIRM, ui::start_over_words(), onrestart, greeting) }
        </div>
    }
}
