//! The form around one question: Back, Next, and a message tied to the
//! question when Next is pressed (or Enter typed) before an answer is chosen.

use yew::prelude::*;

use crate::components::focus::focus_soon;
use crate::components::on_click;
use crate::content::ui;

/// The id of the "choose an answer" message, which the choices point to.
pub const HINT_ID: &str = "step-hint";

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub answered: bool,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    /// A second way forward beside Next, e.g. "Review my answers" or "Skip this step".
    #[prop_or_default]
    pub secondary: Option<(AttrValue, Callback<()>)>,
    /// Next, unless the step says otherwise.
    #[prop_or_default]
    pub next_label: Option<AttrValue>,
    /// The question(s) inside the form, given whether Next was pressed
    /// without an answer, so the choices can say they are invalid and why.
    pub body: Callback<bool, Html>,
}

#[function_component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let tried_without_answer = use_state(|| false);
    let onsubmit = {
        let onnext = props.onnext.clone();
        let answered = props.answered;
        let tried = tried_without_answer.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if answered {
                onnext.emit(());
            } else {
                tried.set(true);
                // Back to the choices, which now say what is missing.
                focus_soon(".step-form input[type=radio]");
            }
        })
    };
    let missing_answer = *tried_without_answer && !props.answered;
    let hint = missing_answer.then_some(ui::CHOOSE_TO_CONTINUE);
    html! {
        <form class="step-form" {onsubmit} novalidate=true>
            { props.body.emit(missing_answer) }
            <p class="hint" id={HINT_ID} role="status">{ hint.map(|word| word.text()).unwrap_or_default() }</p>
            <div class="step-nav">
                <button type="button" class="button" onclick={on_click(&props.onback)}>{ ui::BACK }</button>
                <span class="spacer"></span>
                if let Some((label, onclick)) = &props.secondary {
                    <button type="button" class="button" onclick={on_click(onclick)}>{ label.clone() }</button>
                }
                <button type="submit" class="button primary">{ props.next_label.clone().unwrap_or_else(|| ui::NEXT.text().into()) }</button>
            </div>
        </form>
    }
}
