//! `team.html`: a leader pastes their team's path diagnostic share links and
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
use crate::route::Route;
use crate::router::link;
use crate::team::{read_pasted, team, Pasted, Problem, Team, Verdict};

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
                    <textarea id="team-links" class="text-box" ref={text} rows="6"
                        aria-describedby="team-links-hint" spellcheck="false" />
                    <div class="step-nav">
                        <a class="button" href={link(&Route::Path)}>{ keys::TEAM_TAKE_IT }</a>
                        <button type="button" class="button primary" onclick={onshow}>{ keys::TEAM_SHOW }</button>
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
    html! {
        <>
            { summary }
            { left_out.unwrap_or_default() }
            <section class="result-section" aria-labelledby="readings-heading">
                <h2 id="readings-heading">{ keys::TEAM_READINGS_HEADING }</h2>
                <table>
                    <thead><tr>
                        <th scope="col">{ keys::TEAM_PERSON }</th>
                        <th scope="col">{ keys::TEAM_READING }</th>
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
                                <td>{ blend_label(person.blend) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </section>
            { together_view(&together) }
        </>
    }
}

fn together_view(together: &Team) -> Html {
    html! {
        <>
            <section class="result-section" aria-labelledby="together-heading">
                <h2 id="together-heading">{ keys::TEAM_TOGETHER_HEADING }</h2>
                <p class="big-figure">{ keys::TEAM_AVERAGE.with(&[("blend", &blend_label(together.mean))]) }</p>
                <p>{ keys::TEAM_RANGE.with(&[
                    ("lowest", &blend_label(together.lowest)),
                    ("highest", &blend_label(together.highest)),
                ]) }</p>
            </section>
            <section class="result-section" aria-labelledby="questions-heading">
                <h2 id="questions-heading">{ keys::TEAM_QUESTIONS_HEADING }</h2>
                { for together.questions.iter().map(|spread| html! {
                    <div class="team-question">
                        <h3>{ spread.question.prompt }</h3>
                        <p><strong>{ match spread.verdict {
                            Verdict::Agrees => keys::TEAM_AGREES,
                            Verdict::Splits => keys::TEAM_SPLITS,
                        } }</strong></p>
                        <ul>
                            { for spread.question.choices.iter().zip(&spread.counts).map(|(choice, count)| html! {
                                <li>{ keys::TEAM_CHOSE.count(*count, &[("label", &choice.label.text())]) }</li>
                            }) }
                        </ul>
                        if let Some(sentence) = split_sentence(spread.question.id).filter(|_| spread.verdict == Verdict::Splits) {
                            <p class="callout">{ sentence }</p>
                        }
                    </div>
                }) }
            </section>
        </>
    }
}

// `SPLITS`: what a split on each path question suggests, from the team
// words, generated and checked against the questions by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/team_splits.rs"));

fn split_sentence(question_id: &str) -> Option<Word> {
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
        Problem::OtherInstrument => keys::TEAM_LEFT_OUT_OTHER_INSTRUMENT.with(&[("line", &line)]),
        Problem::Duplicate { first_line } => keys::TEAM_LEFT_OUT_DUPLICATE
            .with(&[("line", &line), ("first", &first_line.to_string())]),
        Problem::OverLimit => keys::TEAM_LEFT_OUT_OVER_LIMIT.with(&[("line", &line)]),
    }
}

#[cfg(test)]
mod tests {
    use super::split_sentence;
    use crate::path::QUESTIONS;

    #[test]
    fn every_question_has_its_own_split_sentence() {
        let words: Vec<_> = QUESTIONS.iter().map(|q| split_sentence(q.id)).collect();
        assert!(words.iter().all(Option::is_some), "{words:?}");
        for (at, word) in words.iter().enumerate() {
            assert!(
                !words[..at].contains(word),
                "two questions share a sentence"
            );
        }
    }
}
