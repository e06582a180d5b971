//! Near the room Forkpoint keeps in this browser: an offer to delete the
//! oldest results, asked first, with the export just below.

use yew::prelude::*;

use crate::components::confirm::confirm;
use crate::content::data_screens as text;
use crate::content::words::locale;
use crate::state::trim::Trim;

/// `asking`: the page's state of the question; `ontrim` deletes them.
pub fn trim_offer(asking: &UseStateHandle<bool>, trim: Trim, ontrim: &Callback<()>) -> Html {
    let newest = crate::intl::date_time(&locale(), trim.through)
        .unwrap_or_else(|| text::UNKNOWN_DATE.text());
    let words = (text::TRIM.text(), text::trim_warning(trim.count, &newest));
    let lead = html! { <p>{ text::TRIM_LEAD }</p> };
    html! {
        <div class="banner">
            { confirm(asking, text::TRIM_CONFIRMATION, words, ontrim, lead) }
        </div>
    }
}
