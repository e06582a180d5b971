//! One statement per screen on the five-point agreement scale, with progress,
//! Back and Next. Enter continues; arrow keys move between the choices.

use yew::prelude::*;

use crate::components::choice_group::{ChoiceGroup, ChoiceOption};
use crate::components::progress_bar::progress_bar;
use crate::components::step_nav::StepNav;
use crate::components::welcome_back::welcome_back;
use crate::content::ui;
use crate::quiz::Agreement;

#[derive(Properties, PartialEq)]
pub struct QuizQuestionProps {
    pub item_id: &'static str,
    pub text: crate::content::words::Word,
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub selected: Option<Agreement>,
    pub onanswer: Callback<Agreement>,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    /// Every question is answered, so the review can be reached directly.
    pub can_review: bool,
    pub onreview: Callback<()>,
    /// Offered right after the app reopened on this question.
    #[prop_or_default]
    pub onrestart: Option<Callback<()>>,
}

fn scale_options() -> Vec<ChoiceOption> {
    Agreement::SCALE
        .iter()
        .map(|a| ChoiceOption {
            value: a.value().to_string().into(),
            label: a.label().into(),
            hint: None,
        })
        .collect()
}

#[function_component(QuizQuestion)]
pub fn quiz_question(props: &QuizQuestionProps) -> Html {
    let onchange = {
        let onanswer = props.onanswer.clone();
        Callback::from(move |value: AttrValue| {
            if let Some(answer) = value.parse::<u8>().ok().and_then(Agreement::new) {
                onanswer.emit(answer);
            }
        })
    };
    let body = {
        let (name, text, selected) = (props.item_id, props.text, props.selected);
        Callback::from(move |missing_answer: bool| {
            html! {
                <ChoiceGroup
                    {name}
                    legend={html! { <h1 class="statement">{ text }</h1> }}
                    options={scale_options()}
                    selected={selected.map(|a| AttrValue::from(a.value().to_string()))}
                    onchange={onchange.clone()}
                    autofocus=true
                    scale=true
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
            <StepNav
                key={props.item_id}
                answered={props.selected.is_some()}
                onnext={props.onnext.clone()}
                onback={props.onback.clone()}
                secondary={props.can_review.then(|| (AttrValue::from(ui::REVIEW_ANSWERS.text()), props.onreview.clone()))}
                {body} />
        </div>
    }
}
