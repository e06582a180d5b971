//! `team.html`: a leader pastes their team's share links of one instrument
//! that offers a team view (the path diagnostic, the balance check) and
//! sees each reading, the team's average and range, and question by
//! question where it agrees or splits. Nothing is stored: the pasted text
//! lives in the text area and this component's state only.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::site_chrome;
use crate::components::focus::{focus_soon, use_focus_on_mount};
use crate::components::page_title::use_page_title;
use crate::content::path_screens::blend_label;
use crate::content::site::page_title;
use crate::content::words::{keys, Word};
use crate::instrument::Instrument;
use crate::path::Blend;
use crate::route::Route;
use crate::router::link;
use crate::team::{read_pasted, team, Pasted, Problem, Sheet, Team, TeamQuestion, Verdict};

#[function_component(TeamPage)]
pub fn team_page() -> Html {
    let heading = use_focus_on_mount();
    use_page_title(Some(page_title(&[&keys::TEAM_TITLE])));
    let text = use_node_ref();
    let pasted = use_state(|| None::<Rc<Pasted>>);
    let onshow = {
        let (text, pasted) = (text.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = text.cast::<web_sys::HtmlTextAreaElement>() {
                pasted.set(Some(Rc::new(read_pasted(&area.value()))));
                // The summary of what was read takes the focus, so a screen
                // reader hears it once, then can read on or go back.
                focus_soon("#team-summary");
            }
        })
    };
    let main = html! {
        <main id="main" tabindex="-1">
            <div class="flow">
                <h1 ref={heading} tabindex="-1">{ keys::TEAM_TITLE }</h1>
                <p class="lead">{ keys::TEAM_LEAD }</p>
                <p>{ keys::TEAM_PRIVATE }</p>
                <section class="result-section">
                    <label class="field-label" for="team-links">{ keys::TEAM_LINKS_LABEL }</label>
                    <p class="muted" id="team-links-hint">{ keys::TEAM_LINKS_HINT }</p>
                    // In a paragraph for the paragraph's space below it: the
                    // buttons must not touch the box (and no style rule is
                    // added to every page's sheet for this one).
                    <p>
                        <textarea id="team-links" class="text-box" ref={text} rows="6"
                            aria-describedby="team-links-hint" spellcheck="false" />
                    </p>
                    // What the box is for first; taking an instrument oneself after it.
                    <div class="share-row">
                        <button type="button" class="button primary" onclick={onshow}>{ keys::TEAM_SHOW }</button>
                        <a class="button" href={link(&Route::Run(Instrument::Path))}>{ keys::TEAM_TAKE_IT }</a>
                        if let Some(balance) = crate::route::run_address(Instrument::Balance, None) {
                            <a class="button" href={balance}>{ keys::TEAM_TAKE_BALANCE }</a>
                        }
                    </div>
                </section>
                { (*pasted).as_deref().map(team_view).unwrap_or_default() }
            </div>
        </main>
    };
    site_chrome(main)
}

/// What the pasted links make: a one-line summary, the lines left out,
/// each person's reading, the team together and question by question.
fn team_view(pasted: &Pasted) -> Html {
    let summary = html! {
        <p id="team-summary" class="team-summary" tabindex="-1">
            { keys::TEAM_SUMMARY_PEOPLE.count(pasted.people.len(), &[]) }
            if !pasted.left_out.is_empty() {
                { " " }{ keys::TEAM_SUMMARY_LEFT_OUT.count(pasted.left_out.len(), &[]) }
            }
        </p>
    };
    let left_out = (!pasted.left_out.is_empty()).then(|| {
        html! {
            <section class="result-section" aria-labelledby="left-out-heading">
                <h2 id="left-out-heading">{ keys::TEAM_LEFT_OUT_HEADING }</h2>
                <ul class="steps-list">
                    { for pasted.left_out.iter().map(|(line, problem)| html! {
                        <li>{ problem_line(*line, problem) }</li>
                    }) }
                </ul>
            </section>
        }
    });
    let Some(together) = team(&pasted.people) else {
        return html! {
            <>
                { summary }
                { left_out.unwrap_or_default() }
                <p>{ keys::TEAM_NOBODY }</p>
            </>
        };
    };
    // A blend says both shares in one label; other readings name a band
    // and show each score in a column of its own.
    let banded = together.instrument != Instrument::Path;
    html! {
        <>
            { summary }
            { left_out.unwrap_or_default() }
            <section class="result-section" aria-labelledby="readings-heading">
                <h2 id="readings-heading">{ keys::TEAM_READINGS_HEADING }</h2>
                // Narrow screens stack a row's cells, each named by its column.
                <div class="table-wrap"><table class={classes!(banded.then_some("stack-table"))}>
                    <thead><tr>
                        <th scope="col">{ keys::TEAM_PERSON }</th>
                        <th scope="col">{ keys::TEAM_READING }</th>
                        if banded {
                            { for together.scores.iter().map(|(name, _)| html! { <th scope="col">{ *name }</th> }) }
                        }
                    </tr></thead>
                    <tbody>
                        { for pasted.people.iter().map(|person| html! {
                            <tr>
                                <th scope="row">{ match &person.name {
                                    // A name the leader typed, isolated from the
                                    // page's direction (any script, any language).
                                    Some(name) => html! { <bdi>{ name.clone() }</bdi> },
                                    None => html! { keys::TEAM_UNNAMED.with(&[("line", &person.line.to_string())]) },
                                } }</th>
                                { reading_cells(&person.sheet) }
                            </tr>
                        }) }
                    </tbody>
                </table></div>
            </section>
            { together_view(&together) }
        </>
    }
}

/// A person's reading: the band and each score, or the blend.
fn reading_cells(sheet: &Sheet) -> Html {
    let locale = crate::content::words::locale();
    match sheet.instrument {
        path if path == Instrument::Path => html! {
            <td>{ blend_label(Blend::from_management(sheet.scores.first().map_or(0, |(_, s)| *s))) }</td>
        },
        _ => html! {
            <>
                <td data-label={keys::TEAM_READING.text()}>{ sheet.band.title }</td>
                { for sheet.scores.iter().map(|(name, score)| html! {
                    <td data-label={name.text()}>{ crate::intl::whole_number(&locale, i64::from(*score)) }</td>
                }) }
            </>
        },
    }
}

/// The team's average and range: as a blend, or score by score.
fn spread_view(together: &Team) -> Html {
    let locale = crate::content::words::locale();
    let number = |value: u8| crate::intl::whole_number(&locale, i64::from(value));
    if together.instrument == Instrument::Path {
        let Some((_, spread)) = together.scores.first() else {
            return Html::default();
        };
        let blend = |share: u8| blend_label(Blend::from_management(share));
        return html! {
            <>
                <p class="big-figure">{ keys::TEAM_AVERAGE.with(&[("blend", &blend(spread.mean))]) }</p>
                <p>{ keys::TEAM_RANGE.with(&[
                    ("lowest", &blend(spread.lowest)),
                    ("highest", &blend(spread.highest)),
                ]) }</p>
            </>
        };
    }
    html! {
        { for together.scores.iter().map(|(name, spread)| html! {
            <p>{ keys::TEAM_SCORE_SPREAD.with(&[
                ("name", &name.text()),
                ("mean", &number(spread.mean)),
                ("lowest", &number(spread.lowest)),
                ("highest", &number(spread.highest)),
            ]) }</p>
        }) }
    }
}

fn together_view(together: &Team) -> Html {
    html! {
        <>
            <section class="result-section" aria-labelledby="together-heading">
                <h2 id="together-heading">{ keys::TEAM_TOGETHER_HEADING }</h2>
                { spread_view(together) }
            </section>
            <section class="result-section" aria-labelledby="questions-heading">
                <h2 id="questions-heading">{ keys::TEAM_QUESTIONS_HEADING }</h2>
                // Statements of how often something happens share one line on
                // what a split suggests, said once rather than under each.
                if together.instrument != Instrument::Path && together.questions.iter().any(|q| q.verdict == Verdict::Splits) {
                    <p class="callout">{ keys::TEAM_SPLIT_STATEMENT }</p>
                }
                { for together.questions.iter().filter_map(|spread| {
                    let (prompt, options) = question_words(together.instrument, spread.question)?;
                    Some(html! {
                        <div class="team-question">
                            <h3>{ prompt }</h3>
                            <p><strong>{ match spread.verdict {
                                Verdict::Agrees => keys::TEAM_AGREES,
                                Verdict::Splits => keys::TEAM_SPLITS,
                            } }</strong></p>
                            <ul>
                                { for options.iter().zip(&spread.counts).map(|(label, count)| html! {
                                    <li>{ keys::TEAM_CHOSE.count(*count, &[("label", &label.text())]) }</li>
                                }) }
                            </ul>
                            if let Some(sentence) = split_sentence(together.instrument, spread.question.id).filter(|_| spread.verdict == Verdict::Splits) {
                                <p class="callout">{ sentence }</p>
                            }
                        </div>
                    })
                }) }
            </section>
        </>
    }
}

/// A question's prompt and its answers' labels, in order.
fn question_words(instrument: Instrument, question: TeamQuestion) -> Option<(Word, Vec<Word>)> {
    let of = crate::state::instruments::positions().find(|of| of.instrument == instrument)?;
    let words = (of.question)(crate::positions::Asked {
        id: question.id,
        options: u8::try_from(question.options).unwrap_or(u8::MAX),
    });
    Some((
        words.text,
        words.options.iter().map(|(label, _)| *label).collect(),
    ))
}

// `SPLITS`: what a split on each path question suggests, from the team
// words, generated and checked against the questions by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/team_splits.rs"));

/// What a split on a question suggests: the path diagnostic's own sentence
/// for each of its questions (other instruments' statements share one,
/// said once above them).
fn split_sentence(instrument: Instrument, question_id: &str) -> Option<Word> {
    if instrument != Instrument::Path {
        return None;
    }
    SPLITS
        .iter()
        .find(|(id, _)| *id == question_id)
        .map(|(_, word)| *word)
}

/// One line left out, and why, in words.
fn problem_line(line: usize, problem: &Problem) -> String {
    let line = line.to_string();
    match problem {
        Problem::NoLink => keys::TEAM_LEFT_OUT_NO_LINK.with(&[("line", &line)]),
        Problem::Broken(error) => {
            keys::TEAM_LEFT_OUT_BROKEN.with(&[("line", &line), ("reason", &error.message().text())])
        }
        Problem::OtherInstrument(other) => keys::TEAM_LEFT_OUT_OTHER_INSTRUMENT.with(&[
            ("line", &line),
            (
                "other",
                &crate::content::data_screens::instrument_name(*other).text(),
            ),
        ]),
        Problem::Duplicate { first_line } => keys::TEAM_LEFT_OUT_DUPLICATE
            .with(&[("line", &line), ("first", &first_line.to_string())]),
        Problem::OverLimit => keys::TEAM_LEFT_OUT_OVER_LIMIT.with(&[("line", &line)]),
    }
}

#[cfg(test)]
mod tests {
    use super::split_sentence;
    use crate::instrument::Instrument;
    use crate::path::QUESTIONS;

    #[test]
    fn every_question_has_its_own_split_sentence() {
        let words: Vec<_> = QUESTIONS
            .iter()
            .map(|q| split_sentence(Instrument::Path, q.id))
            .collect();
        assert!(words.iter().all(Option::is_some), "{words:?}");
        for (at, word) in words.iter().enumerate() {
            assert!(
                !words[..at].contains(word),
                "two questions share a sentence"
            );
        }
    }
}
