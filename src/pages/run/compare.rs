//! A saved result beside another saved run of the same instrument: what
//! moved between them (`components::what_moved`), earlier first. The
//! other run is the one before this (else the one after), linked, so every
//! pair of neighbours can be compared from "Your results".

use yew::prelude::*;

use crate::components::what_moved::what_moved;
use crate::content::data_screens as text;
use crate::content::words::locale;
use crate::positions::{compare, Answers};
use crate::state::SavedAnswers;
use crate::store::DocHandle;

use super::ResultView;

#[derive(Properties, PartialEq)]
pub struct CompareRunsProps {
    pub view: &'static ResultView,
    /// The saved result on show.
    pub id: AttrValue,
}

/// A saved run: its id, when it was completed, its answers.
type Run<'a> = (&'a str, u64, &'a Answers);

#[function_component(CompareRuns)]
pub fn compare_runs(props: &CompareRunsProps) -> Html {
    let view = props.view;
    let Some(store) = use_context::<DocHandle>() else {
        return html! {};
    };
    let runs: Vec<Run> = store
        .doc
        .history
        .iter()
        .filter_map(|result| match &result.answers {
            SavedAnswers::Positions(of, answers) if *of == view.of => {
                Some((result.id.as_str(), result.completed_at, answers))
            }
            _ => None,
        })
        .collect();
    let Some(at) = runs.iter().position(|run| run.0 == props.id.as_str()) else {
        return html! {};
    };
    let this = runs[at];
    let others: Vec<Run> = runs
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != at)
        .map(|(_, run)| *run)
        .collect();
    let Some(other) = other_run(&others, this.1) else {
        return html! {};
    };
    let (before, after) = if other.1 <= this.1 {
        (other, this)
    } else {
        (this, other)
    };
    let comparison = compare(view.of, before.2, after.2);
    if comparison.before.is_none() || comparison.after.is_none() {
        return html! {};
    }
    let locale = locale();
    let when = |at: u64| crate::intl::date_time(&locale, at).unwrap_or_default();
    // The other run, named as "Your results" lists it, opens on its own
    // saved page, where it is compared in turn.
    let other_href = crate::route::run_address(view.of.instrument, Some(other.0));
    html! {
        // In the result's column, not across the page.
        <div class="flow no-print">
        <section class="result-section" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ text::COMPARE_HEADING }</h2>
            <p><a href={other_href}>{ text::RESULT_NAME.with(&[
                ("instrument", &text::instrument_name(view.of.instrument).text()),
                ("date", &when(other.1)),
            ]) }</a></p>
            { what_moved(view.of, &comparison) }
        </section>
        </div>
    }
}

/// The run to compare with one completed at `at`: the latest before it,
/// else the first after (the earliest result is compared with the next).
fn other_run<'a>(others: &[Run<'a>], at: u64) -> Option<Run<'a>> {
    let before = others.iter().rev().find(|run| run.1 <= at);
    before.or(others.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::{other_run, Answers};

    #[test]
    fn the_run_before_else_the_one_after() {
        let answers = Answers::default();
        let runs = [
            ("a", 10, &answers),
            ("b", 20, &answers),
            ("d", 40, &answers),
        ];
        fn id(run: Option<super::Run<'_>>) -> Option<&str> {
            run.map(|run| run.0)
        }
        // Shown: a result completed at 30, between "b" and "d".
        assert_eq!(id(other_run(&runs, 30)), Some("b"));
        assert_eq!(id(other_run(&runs, 50)), Some("d"));
        // The earliest result: the next one.
        assert_eq!(id(other_run(&runs, 5)), Some("a"));
        assert_eq!(
            id(other_run(&[], 5)),
            None,
            "the only result: nothing to compare"
        );
    }
}
