//! Near the room Forkpoint keeps in this browser: an offer to delete the
//! oldest results, asked first, with the export just below.

use yew::prelude::*;

use crate::components::confirm::confirm;
use crate::content::data_screens as text;
use crate::content::words::locale;
use crate::state::trim::Trim;

/// `asking`: the page's state of the question; `trim`: which results would
/// go, worked out once asked; `ontrim` deletes them.
pub fn trim_offer(
    asking: &UseStateHandle<bool>,
    trim: Option<Trim>,
    ontrim: &Callback<()>,
) -> Html {
    let warning = match trim {
        Some(trim) => {
            let newest = crate::intl::date_time(&locale(), trim.through)
                .unwrap_or_else(|| text::UNKNOWN_DATE.text());
            text::trim_warning(trim.count, &newest)
        }
        // Nothing to delete after all (the results are not what takes the room).
        None => text::TRIM_LEAD.text(),
    };
    let words = (text::TRIM.text(), warning);
    let lead = html! { <p>{ text::TRIM_LEAD }</p> };
    html! {
        <div class="banner">
            { confirm(asking, text::TRIM_CONFIRMATION, words, ontrim, lead) }
        </div>
    }
}
