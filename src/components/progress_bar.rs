//! "Question n of N" with a bar; the words are announced as they change.

use yew::prelude::*;

use crate::content::ui;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// 1-based number of the question on screen.
    pub current: usize,
    pub total: usize,
}

#[function_component(ProgressBar)]
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let text = ui::question_of(props.current, props.total);
    html! {
        <div class="progress">
            <p class="progress-text" aria-live="polite" aria-atomic="true">{ text.clone() }</p>
            <progress max={props.total.to_string()} value={props.current.to_string()}
                aria-label={ui::PROGRESS_LABEL} aria-valuetext={text}></progress>
        </div>
    }
}
