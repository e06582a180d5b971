//! What moved between two runs of one instrument, as "Your results" and a
//! saved result show it: the sentence, each score before and after (each
//! column named with its band), and every answer that changed.

use yew::prelude::*;

use crate::content::data_screens as text;
use crate::content::numbers::signed_whole;
use crate::content::what_moved::summary;
use crate::content::words::{keys, locale};
use crate::intl::whole_number;
use crate::positions::{Comparison, PositionsInstrument, QuestionWords};

/// The comparison's body, under a heading its page gives.
pub fn what_moved(of: &PositionsInstrument, comparison: &Comparison) -> Html {
    let locale = locale();
    let scores = comparison.scores();
    let band = |reading: &Option<crate::positions::Reading>| {
        reading
            .as_ref()
            .map(|r| r.band.title.text())
            .unwrap_or_default()
    };
    // A position's label, or "Not answered" for a question that run did not answer.
    let label = |words: &QuestionWords, position: Option<u8>| {
        position
            .and_then(|at| words.label(at))
            .unwrap_or(text::NOT_ANSWERED)
            .text()
    };
    html! {
        <>
            <p>{ summary(comparison) }</p>
            if !scores.is_empty() {
                <div class="table-wrap">
                    <table class="stack-table">
                        <thead><tr>
                            <th scope="col">{ keys::RESULTS_WHAT_MOVED_SCORE }</th>
                            <th scope="col">{ text::BEFORE }{ ": " }{ band(&comparison.before) }</th>
                            <th scope="col">{ text::AFTER }{ ": " }{ band(&comparison.after) }</th>
                            <th scope="col">{ text::CHANGE }</th>
                        </tr></thead>
                        <tbody>
                            { for scores.iter().map(|score| html! {
                                <tr>
                                    <th scope="row">{ score.name }</th>
                                    <td data-label={text::BEFORE}>{ whole_number(&locale, i64::from(score.before)) }</td>
                                    <td data-label={text::AFTER}>{ whole_number(&locale, i64::from(score.after)) }</td>
                                    <td data-label={text::CHANGE}>{ signed_whole(i64::from(score.points())) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !comparison.moved.is_empty() {
                <p class="muted">{ text::CHANGED_ANSWERS.count(comparison.moved.len(), &[]) }</p>
                <ul class="steps-list">
                    { for comparison.moved.iter().map(|moved| {
                        let words = (of.question)(moved.question);
                        html! {
                            <li>
                                <strong>{ words.text }</strong>{ " " }
                                { text::MOVED_FROM_TO.with(&[
                                    ("before", &label(&words, moved.before)),
                                    ("after", &label(&words, moved.after)),
                                ]) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}
