//! "Question n of N" with a bar; the words are announced as they change.

use yew::prelude::*;

use crate::content::ui;

/// `current` is the 1-based number of the question on screen. A view
/// function rather than a component (no hooks; one copy for both
/// instruments, never inlined), which keeps the first load smaller.
#[inline(never)]
pub fn progress_bar(current: usize, total: usize) -> Html {
    let text = ui::question_of(current, total);
    html! {
        <div class="progress">
            <p class="progress-text" aria-live="polite" aria-atomic="true">{ text.clone() }</p>
            <progress max={total.to_string()} value={current.to_string()}
                aria-label={ui::PROGRESS_LABEL} aria-valuetext={text}></progress>
        </div>
    }
}
