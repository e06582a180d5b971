//! The Fork quiz result: its head (band and lean), then confidence,
//! dimensions, drivers, motivation cautions, next steps and the
//! side-by-side table.

use yew::prelude::*;

use crate::components::diverging_bar::{diverging_bar, DivergingBarProps};
use crate::content::quiz_screens as text;
use crate::content::words::Word;
use crate::pages::run::{Opened, ResultView};
use crate::positions::Answers;
use crate::quiz::{flag_caution, next_steps, score, Keying, COMPARISON};

fn lean_bar(label: Word, score: f64, emphasis: bool) -> Html {
    let label = label.text();
    diverging_bar(DivergingBarProps {
        label: label.clone().into(),
        score,
        value: text::score_of_100(score).into(),
        left: text::MAKER_POLE.into(),
        right: text::MULTIPLIER_POLE.into(),
        description: text::bar_description(&label, score).into(),
        emphasis,
    })
}

/// The band, what it means and the overall lean, under the eyebrow; the
/// tab title names the band.
pub fn head(
    view: &'static ResultView,
    answers: &Answers,
    opened: Opened,
) -> Option<(Html, String)> {
    (view.of.reading)(answers)?;
    let r = score(answers);
    let html = html! {
        // Focus lands on the top of one's own result, label included, not just its heading.
        <header class="result-head" tabindex="-1" data-focus={(opened == Opened::Own).then_some("")}>
            <p class="eyebrow">{ view.eyebrow(opened) }</p>
            <h1>{ r.band.title() }</h1>
            <p class="lead">{ r.band.summary() }</p>
            { lean_bar(text::OVERALL_LABEL, r.overall, true) }
            <p class="scale-note">{ text::SCALE_NOTE }</p>
        </header>
    };
    let band = r.band.title().text();
    let title = match opened {
        Opened::Shared => text::shared_title(&band),
        Opened::Own | Opened::Saved => text::result_title(&band),
    };
    Some((html, title))
}

/// The sections under the head.
pub fn body(answers: &Answers) -> Html {
    let r = &score(answers);
    html! {
        <>
            <section class="result-section" aria-labelledby="confidence-heading">
                <h2 id="confidence-heading">{ text::CONFIDENCE_HEADING }</h2>
                <p class="big-figure">{ text::confidence_line(&r.confidence.level.label().text(), r.confidence.value) }</p>
                <p>{ crate::quiz::confidence_sentence(r.confidence.reason) }</p>
            </section>

            <section class="result-section" aria-labelledby="dimensions-heading">
                <h2 id="dimensions-heading">{ text::DIMENSIONS_HEADING }</h2>
                { for r.dimensions.iter().map(|d| html! {
                    <div class="dimension">
                        { lean_bar(d.dimension.label(), d.score, false) }
                        <p class="muted">{ d.dimension.explanation() }</p>
                    </div>
                }) }
            </section>

            if !r.drivers.is_empty() {
                <section class="result-section" aria-labelledby="drivers-heading">
                    <h2 id="drivers-heading">{ text::DRIVERS_HEADING }</h2>
                    <p>{ text::DRIVERS_LEAD }</p>
                    <ol class="quote-list">
                        { for r.drivers.iter().map(|d| html! {
                            <li>
                                <blockquote>{ text::QUOTED.with(&[("text", &d.text.text())]) }</blockquote>
                                <p class="answer">{ text::DRIVER_ANSWER.with(&[("answered", &text::you_answered(&d.answer.label().text())), ("side", &side(d.toward).text())]) }</p>
                            </li>
                        }) }
                    </ol>
                </section>
            }

            if !r.flags.is_empty() {
                <section class="result-section" aria-labelledby="flags-heading">
                    <h2 id="flags-heading">{ text::FLAGS_HEADING }</h2>
                    <p>{ text::FLAGS_LEAD }</p>
                    { for r.flags.iter().map(|flag| {
                        let (title, body) = flag_caution(*flag);
                        html! { <div class="callout"><h3>{ title }</h3><p>{ body }</p></div> }
                    }) }
                </section>
            }

            <section class="result-section" aria-labelledby="steps-heading">
                <h2 id="steps-heading">{ text::NEXT_STEPS_HEADING }</h2>
                <ul class="steps-list">
                    { for next_steps(r.band).iter().map(|step| html! {
                        <li><strong>{ step.title }</strong>{ ". " }{ step.body }</li>
                    }) }
                </ul>
            </section>

            <section class="result-section" aria-labelledby="comparison-heading">
                <h2 id="comparison-heading">{ text::COMPARISON_HEADING }</h2>
                <div class="table-wrap">
                    <table class="stack-table">
                        <thead><tr>
                            <th scope="col">{ text::COMPARISON_ASPECT }</th>
                            <th scope="col">{ text::MAKER }</th>
                            <th scope="col">{ text::MULTIPLIER }</th>
                        </tr></thead>
                        <tbody>
                            { for COMPARISON.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ row.aspect }</th>
                                    <td data-label={text::MAKER}>{ row.maker }</td>
                                    <td data-label={text::MULTIPLIER}>{ row.multiplier }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>

        </>
    }
}

fn side(keying: Keying) -> Word {
    match keying {
        Keying::Maker => text::MAKER,
        Keying::Multiplier => text::MULTIPLIER,
    }
}
