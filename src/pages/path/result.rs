//! The path diagnostic result: its head (the blend as a figure and a
//! chart), then each answer's contribution, the context comparison,
//! warnings and corrections.

use yew::prelude::*;

use crate::components::blend_bar::{blend_bar, BlendBarProps};
use crate::content::path_screens as text;
use crate::pages::run::{Opened, ResultView};
use crate::path::{
    answers_of, compare, contributions, corrections, reading, warnings, Situation,
    ACUTE_INCIDENT_TIMELINE,
};
use crate::positions::Answers;

/// The blend in words, as a figure and as a chart, under the eyebrow; the
/// tab title names the blend.
pub fn head(
    view: &'static ResultView,
    answers: &Answers,
    opened: Opened,
) -> Option<(Html, String)> {
    let blend = reading(&answers_of(answers))?;
    let html = html! {
        // Focus lands on the top of one's own result, label included, not just its heading.
        <header class="result-head" tabindex="-1" data-focus={(opened == Opened::Own).then_some("")}>
            <p class="eyebrow">{ view.eyebrow(opened) }</p>
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
    };
    let title = match opened {
        Opened::Shared => text::shared_title(blend),
        Opened::Own | Opened::Saved => text::result_title(blend),
    };
    Some((html, title))
}

/// The sections under the head.
pub fn body(answers: &Answers) -> Html {
    let answers = &answers_of(answers);
    let Some(blend) = reading(answers) else {
        return Html::default();
    };
    let context = &answers.context;
    let comparisons = compare(blend, context);
    let warnings = warnings(answers, blend);
    let corrections = corrections(blend, context);
    html! {
        <>
            <section class="result-section" aria-labelledby="contributions-heading">
                <h2 id="contributions-heading">{ text::CONTRIBUTIONS_HEADING }</h2>
                <ol class="contribution-list">
                    { for contributions(answers).iter().map(|c| html! {
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

        </>
    }
}
