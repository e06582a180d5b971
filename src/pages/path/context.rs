//! The optional context step: four questions, any of which can be left out,
//! and a clear way to skip the whole step.

use yew::prelude::*;

use crate::components::choice_group::{ChoiceGroup, ChoiceOption};
use crate::components::step_nav::StepNav;
use crate::content::path_screens as text;
use crate::path::{ContextAnswers, ContextQuestion};

/// The context answers so far, and what the step's controls do.
pub struct PathContextProps {
    pub context: ContextAnswers,
    /// A question answered with an option's id, or `LEAVE_OUT_ID` for left out.
    pub onchange: Callback<(ContextQuestion, AttrValue)>,
    pub onnext: Callback<()>,
    pub onskip: Callback<()>,
    pub onback: Callback<()>,
}

fn options(question: ContextQuestion) -> Vec<ChoiceOption> {
    question
        .options()
        .into_iter()
        .map(|o| ChoiceOption {
            value: o.id.into(),
            label: o.label.into(),
            hint: None,
        })
        .chain(std::iter::once(ChoiceOption {
            value: text::LEAVE_OUT_ID.into(),
            label: text::LEAVE_OUT.into(),
            hint: None,
        }))
        .collect()
}

/// A view function: its `Screen` gives the heading the focus.
pub fn path_context(props: &PathContextProps) -> Html {
    // Every question here may be left out, so none is ever missing an answer.
    let body = {
        let (context, onchange) = (props.context.clone(), props.onchange.clone());
        Callback::from(move |_missing_answer: bool| {
            html! {
                <>
                { for ContextQuestion::ALL.iter().map(|question| {
                    let question = *question;
                    let onchange = onchange.reform(move |id: AttrValue| (question, id));
                    html! {
                        <ChoiceGroup
                            name={question.id()}
                            legend={html! { <>
                                <span class="context-prompt">{ question.prompt() }</span>
                                <span class="legend-help">{ question.help() }</span>
                            </> }}
                            options={options(question)}
                            selected={question.selected(&context).map(AttrValue::from)}
                            {onchange} />
                    }
                }) }
                </>
            }
        })
    };
    html! {
        <div class="flow">
            <h1 tabindex="-1" data-focus="">{ text::CONTEXT_TITLE }</h1>
            <p class="lead">{ text::CONTEXT_LEAD }</p>
            <StepNav answered=true next_label={text::SEE_RESULT}
                onnext={props.onnext.clone()} onback={props.onback.clone()}
                secondary={Some((AttrValue::from(text::SKIP_CONTEXT), props.onskip.clone()))}
                {body} />
        </div>
    }
}
