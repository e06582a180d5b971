//! One question of an instrument per screen: the welcome-back greeting when
//! the app reopened on it, progress, its choices as a radio group (digit
//! keys choose, arrows move, Enter goes on), Back and Next, and a second
//! way forward when the instrument has one. Each instrument says what the
//! question and its choices are; this screen is the same for all.

use yew::prelude::*;

use crate::components::choice_group::{ChoiceGroup, ChoiceOption};
use crate::components::progress_bar::progress_bar;
use crate::components::step_nav::StepNav;
use crate::components::welcome_back::welcome_back;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    /// The question's id: the radio group's name, and a new step for each.
    pub id: &'static str,
    /// The question itself, as the group's legend.
    pub legend: Html,
    pub options: Vec<ChoiceOption>,
    pub selected: Option<AttrValue>,
    pub onchoose: Callback<AttrValue>,
    /// Choices laid out as one agreement scale.
    #[prop_or_default]
    pub scale: bool,
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    /// A second way forward beside Next ("Review my answers").
    #[prop_or_default]
    pub secondary: Option<(AttrValue, Callback<()>)>,
    /// Offered right after the app reopened on this question.
    #[prop_or_default]
    pub onrestart: Option<Callback<()>>,
}

#[function_component(QuestionStep)]
pub fn question_step(props: &QuestionStepProps) -> Html {
    let asking_to_restart = use_state(|| false);
    let body = {
        let (id, legend, options, selected, onchange, scale) = (
            props.id,
            props.legend.clone(),
            props.options.clone(),
            props.selected.clone(),
            props.onchoose.clone(),
            props.scale,
        );
        Callback::from(move |missing_answer: bool| {
            html! {
                <ChoiceGroup
                    name={id}
                    legend={legend.clone()}
                    options={options.clone()}
                    selected={selected.clone()}
                    onchange={onchange.clone()}
                    autofocus=true
                    {scale}
                    digit_keys=true
                    {missing_answer} />
            }
        })
    };
    html! {
        <div class="flow">
            if let Some(onrestart) = &props.onrestart {
                { welcome_back(&asking_to_restart, onrestart) }
            }
            { progress_bar(props.number, props.total) }
            <StepNav
                key={props.id}
                answered={props.selected.is_some()}
                onnext={props.onnext.clone()}
                onback={props.onback.clone()}
                secondary={props.secondary.clone()}
                {body} />
        </div>
    }
}
