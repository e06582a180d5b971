//! The path diagnostic result: the blend as a figure and a chart, each
//! answer's contribution, the context comparison, warnings and corrections.

use yew::prelude::*;

use crate::components::blend_bar::{blend_bar, BlendBarProps};
use crate::components::result_actions::{result_end, ResultActions};
use crate::content::path_screens as text;
use crate::path::{
    compare, contributions, corrections, warnings, Blend, PathAnswers, Situation,
    ACUTE_INCIDENT_TIMELINE,
};

/// What a path diagnostic result screen shows.
pub struct PathResultViewProps {
    pub answers: PathAnswers,
    pub blend: Blend,
    /// Own result: the actions to change or retake. None for a shared, read-only result.
    pub actions: Option<ResultActions>,
    /// The address that shares this result, when it can be shared.
    pub share_url: Option<AttrValue>,
    /// Someone else's result, opened from a link: labelled as shared, and
    /// the page around it (the read-only banner) takes the focus.
    pub shared: bool,
}

/// A view function: in its `Screen`, the top of the result takes the focus.
pub fn path_result_view(props: &PathResultViewProps) -> Html {
    let blend = props.blend;
    let context = &props.answers.context;
    let comparisons = compare(blend, context);
    let warnings = warnings(&props.answers, blend);
    let corrections = corrections(blend, context);
    html! {
        <div class="flow result">
            // Focus lands on the top of the result, label included, not just its heading.
            <header class="result-head" tabindex="-1" data-focus={(!props.shared).then_some("")}>
                <p class="eyebrow">{ if props.shared { text::SHARED_EYEBROW } else { text::RESULT_EYEBROW } }</p>
                <h1>{ text::blend_label(blend) }</h1>
                <p class="lead">{ text::blend_summary(blend) }</p>
                { blend_bar(BlendBarProps {
                    management: blend.management,
                    management_key: text::MANAGEMENT_KEY
                        .with(&[("percent", &text::percent(blend.management))])
                        .into(),
                    leadership_key: text::LEADERSHIP_KEY
                        .with(&[("percent", &text::percent(blend.leadership))])
                        .into(),
                    description: text::blend_description(blend).into(),
                }) }
            </header>

            <section class="result-section" aria-labelledby="contributions-heading">
                <h2 id="contributions-heading">{ text::CONTRIBUTIONS_HEADING }</h2>
                <ol class="contribution-list">
                    { for contributions(&props.answers).iter().map(|c| html! {
                        <li>
                            <h3>{ c.question.prompt }</h3>
                            <p class="answer">{ text::YOUR_ANSWER.with(&[("answer", &c.choice.label.text())]) }</p>
                            <p>{ text::contribution_sentence(c) }</p>
                        </li>
                    }) }
                </ol>
            </section>

            if !comparisons.is_empty() {
                <section class="result-section" aria-labelledby="context-heading">
                    <h2 id="context-heading">{ text::CONTEXT_HEADING }</h2>
                    <ul class="steps-list">
                        { for comparisons.iter().map(|c| html! {
                            <li class={if c.close { "close" } else { "gap" }}>{ text::comparison_sentence(c) }</li>
                        }) }
                    </ul>
                    if context.situation == Some(Situation::AcuteIncident) {
                        <h3>{ text::ACUTE_TIMELINE_HEADING }</h3>
                        <dl class="timeline">
                            { for ACUTE_INCIDENT_TIMELINE.iter().map(|(when, what)| html! {
                                <><dt>{ *when }</dt><dd>{ *what }</dd></>
                            }) }
                        </dl>
                    }
                </section>
            }

            if !warnings.is_empty() {
                <section class="result-section" aria-labelledby="warnings-heading">
                    <h2 id="warnings-heading">{ text::WARNINGS_HEADING }</h2>
                    { for warnings.iter().map(|w| html! {
                        <div class="callout"><h3>{ w.title() }</h3><p>{ w.body() }</p></div>
                    }) }
                </section>
            }

            <section class="result-section" aria-labelledby="corrections-heading">
                <h2 id="corrections-heading">{ text::CORRECTIONS_HEADING }</h2>
                if corrections.is_empty() {
                    <p>{ text::BALANCED_NOTE }</p>
                }
                { for corrections.iter().map(|c| html! {
                    <div class="correction">
                        <h3>{ c.title() }</h3>
                        <p>{ c.intro() }</p>
                        <ul class="steps-list">{ for c.steps().iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
                    </div>
                }) }
            </section>

            { result_end(&props.share_url, &props.actions, text::CHANGE_ANSWERS, text::RETAKE) }
        </div>
    }
}
