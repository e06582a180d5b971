//! A Fork quiz statement as a question step: the statement, and the
//! five-point agreement scale as its choices.

use yew::prelude::*;

use crate::components::choice_group::ChoiceOption;
use crate::content::words::Word;
use crate::quiz::Agreement;

/// The agreement scale, strongly disagree to strongly agree.
pub fn scale_options() -> Vec<ChoiceOption> {
    Agreement::SCALE
        .iter()
        .map(|a| ChoiceOption {
            value: a.value().to_string().into(),
            label: a.label().into(),
            hint: None,
        })
        .collect()
}

/// The statement, as the group's legend.
pub fn statement(text: Word) -> Html {
    html! { <h1 class="statement">{ text }</h1> }
}
