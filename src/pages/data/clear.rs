//! "Clear my data", behind a confirmation.

use yew::prelude::*;

use crate::components::confirm::confirm;
use crate::content::data_screens as text;

/// A view function over the page's state (`asking`: the question is up),
/// which keeps the bundle a component type smaller.
pub fn clear_data(asking: &UseStateHandle<bool>, onclear: &Callback<()>) -> Html {
    let lead = html! { <p>{ text::CLEAR_LEAD }</p> };
    html! {
        <section class="result-section" aria-labelledby="clear-heading">
            <h2 id="clear-heading">{ text::CLEAR_HEADING }</h2>
            { confirm(asking, text::CLEAR_CONFIRMATION, (text::CLEAR.text(), text::CLEAR_CONFIRM_TEXT.text()), onclear, lead) }
        </section>
    }
}
