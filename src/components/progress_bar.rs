//! "Question n of N" with a bar; the words are announced as they change.

use yew::prelude::*;

use crate::content::ui;

/// `current` is the 1-based number of the question on screen. A view
/// function rather than a component (no hooks; one copy for both
/// instruments, never inlined), which keeps the first load smaller.
///
/// The words are the progress a screen reader hears; the bar is only a
/// picture of them, hidden from the accessibility tree. A `<progress>` (or
/// role="progressbar") is read as a percentage ("4%") by Chromium whatever
/// its `aria-valuetext`. The bar is SVG drawn with attributes (the CSP allows
/// no inline styles), with an outline so it stays visible in forced colours.
#[inline(never)]
pub fn progress_bar(current: usize, total: usize) -> Html {
    let text = ui::question_of(current, total);
    let filled = (current.min(total) * 1000).checked_div(total).unwrap_or(0);
    html! {
        <div class="progress">
            <p class="progress-text" aria-live="polite" aria-atomic="true">{ text }</p>
            <div class="progress-bar" aria-hidden="true">
                <svg viewBox="0 0 1000 10" preserveAspectRatio="none" focusable="false">
                    <rect class="progress-track" x="0" y="0" width="1000" height="10" rx="5" />
                    <rect class="progress-fill" x="0" y="0" width={filled.to_string()} height="10" rx="5" />
                </svg>
            </div>
        </div>
    }
}
