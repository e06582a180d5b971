//! A diagnostic question as a question step: its prompt and help, and its
//! graded answers as the choices.

use yew::prelude::*;

use crate::components::choice_group::ChoiceOption;
use crate::path::Question;

/// The graded answers.
pub fn choice_options(question: &Question) -> Vec<ChoiceOption> {
    question
        .choices
        .iter()
        .map(|c| ChoiceOption {
            value: c.id.into(),
            label: c.label.into(),
            hint: None,
        })
        .collect()
}

/// The prompt and its help, as the group's legend.
pub fn prompt(question: &Question) -> Html {
    html! { <>
        <h1 class="statement">{ question.prompt }</h1>
        <span class="legend-help">{ question.help }</span>
    </> }
}
