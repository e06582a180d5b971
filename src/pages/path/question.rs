//! One diagnostic question per screen, its graded answers as a radio group.

use yew::prelude::*;

use crate::components::choice_group::{ChoiceGroup, ChoiceOption};
use crate::components::progress_bar::progress_bar;
use crate::components::step_nav::StepNav;
use crate::components::welcome_back::welcome_back;
use crate::path::Question;

#[derive(Properties, PartialEq)]
pub struct PathQuestionProps {
    pub question: &'static Question,
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub selected: Option<&'static str>,
    pub onchoose: Callback<AttrValue>,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    /// Offered right after the app reopened on this question.
    #[prop_or_default]
    pub onrestart: Option<Callback<()>>,
}

#[function_component(PathQuestion)]
pub fn path_question(props: &PathQuestionProps) -> Html {
    let q = props.question;
    let options: Vec<ChoiceOption> = q
        .choices
        .iter()
        .map(|c| ChoiceOption {
            value: c.id.into(),
            label: c.label.text().into(),
            hint: None,
        })
        .collect();
    let body = {
        let (selected, onchange) = (props.selected, props.onchoose.clone());
        Callback::from(move |missing_answer: bool| {
            html! {
                <ChoiceGroup
                    name={q.id}
                    legend={html! { <>
                        <h1 class="statement">{ q.prompt }</h1>
                        <span class="legend-help">{ q.help }</span>
                    </> }}
                    options={options.clone()}
                    selected={selected.map(AttrValue::from)}
                    onchange={onchange.clone()}
                    autofocus=true
                    digit_keys=true
                    {missing_answer} />
            }
        })
    };
    html! {
        <div class="flow">
            if let Some(onrestart) = &props.onrestart {
                { welcome_back(onrestart) }
            }
            { progress_bar(props.number, props.total) }
            <StepNav key={q.id} answered={props.selected.is_some()}
                onnext={props.onnext.clone()} onback={props.onback.clone()} {body} />
        </div>
    }
}
