//! What moved between two results of one instrument: by dimension for the
//! Fork quiz, by question for the path diagnostic.

use yew::prelude::*;

use crate::components::later_words::waiting_screen;
use crate::content::data_screens as text;
use crate::content::numbers::whole;
use crate::instrument::Instrument;
use crate::path::answers_of;
use crate::share::compare::{compare_path, compare_quiz, signed_points};
use crate::state::SavedResult;
use crate::store::{DocHandle, LaterWords};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The earlier of the two.
    pub before: SavedResult,
    pub after: SavedResult,
}

#[function_component(Comparison)]
pub fn comparison(props: &ComparisonProps) -> Html {
    // What moved names questions and answers, whose words come after the first screen.
    let later_words = use_context::<DocHandle>().map_or(LaterWords::Ready, |s| s.later_words);
    let runs = |instrument| {
        (props.before.answers.positions_of(instrument))
            .zip(props.after.answers.positions_of(instrument))
    };
    let body = match (runs(Instrument::Quiz), runs(Instrument::Path)) {
        _ if later_words != LaterWords::Ready => {
            waiting_screen(later_words, None).unwrap_or_default()
        }
        (Some((before, after)), _) => {
            let c = compare_quiz(before, after);
            html! {
                <>
                    <p>{ c.summary() }</p>
                    <div class="table-wrap">
                        <table class="stack-table">
                            <thead><tr>
                                <th scope="col">{ text::DIMENSION }</th>
                                <th scope="col">{ text::BEFORE }</th>
                                <th scope="col">{ text::AFTER }</th>
                                <th scope="col">{ text::CHANGE }</th>
                            </tr></thead>
                            <tbody>
                                { for c.dimensions.iter().map(|d| html! {
                                    <tr>
                                        <th scope="row">{ d.dimension.label() }</th>
                                        <td data-label={text::BEFORE}>{ whole(d.before) }</td>
                                        <td data-label={text::AFTER}>{ whole(d.after) }</td>
                                        <td data-label={text::CHANGE}>{ signed_points(d.after - d.before) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <p class="muted">{ text::CHANGED_ANSWERS.count(c.changed_answers, &[]) }</p>
                </>
            }
        }
        (_, Some((before, after))) => {
            let (before, after) = (answers_of(before), answers_of(after));
            let c = compare_path(&before, &after);
            html! {
                <>
                    <p>{ c.summary() }</p>
                    <ul class="steps-list">
                        { for c.moved.iter().map(|m| html! {
                            <li>
                                <strong>{ m.question.prompt }</strong>{ " " }
                                { text::MOVED_FROM_TO.with(&[
                                    ("before", &m.before.map(|c| c.label).unwrap_or(text::NOT_ANSWERED).text()),
                                    ("after", &m.after.map(|c| c.label).unwrap_or(text::NOT_ANSWERED).text()),
                                ]) }
                            </li>
                        }) }
                    </ul>
                </>
            }
        }
        _ => html! { <p>{ text::COMPARE_SAME_INSTRUMENT }</p> },
    };
    html! {
        <div class="comparison" role="region" aria-labelledby="compare-heading">
            <h3 id="compare-heading">{ text::COMPARE_HEADING }</h3>
            { body }
        </div>
    }
}
