//! The list of completed results, newest first, a page at a time (a history
//! of thousands stays quick to show), with a way to pick two of them for
//! comparison and to view any one read-only.

use yew::prelude::*;

use super::compare::Comparison;
use crate::content::data_screens as text;
use crate::content::words::{locale, Word};
use crate::pages::run::band_headline;
use crate::route::Route;
use crate::share::link::{encode, Shared};
use crate::state::unknown::KeptResult;
use crate::state::{SavedAnswers, SavedResult};

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub history: Vec<SavedResult>,
    /// Results of instruments with a page of their own, which this page
    /// keeps unread: listed apart, newest first, each opened on its page.
    #[prop_or_default]
    pub kept: Vec<KeptResult>,
}

/// The result's date and time as the page's locale writes it.
fn when(result: &SavedResult) -> String {
    crate::intl::date_time(&locale(), result.completed_at)
        .unwrap_or_else(|| text::UNKNOWN_DATE.text())
}

/// The instrument's name, e.g. "Fork quiz".
fn name(result: &SavedResult) -> Word {
    text::instrument_name(result.instrument())
}

/// The instrument, the result in a few words (as its page words it), and
/// what its View opens (nothing for a result saved before every answer was
/// in: no reading).
fn describe(result: &SavedResult) -> (Word, String, Option<Shared>) {
    let name = name(result);
    let SavedAnswers::Positions(of, answers) = &result.answers;
    let headline = match crate::pages::result_view(of.instrument) {
        Some(view) => (view.headline)(of, answers),
        None => band_headline(of, answers),
    };
    match headline {
        Some(headline) => (name, headline, Some(shared_of(result))),
        None => {
            let asked = (of.asked)(answers);
            let answered = asked.iter().filter(|q| answers.contains_key(q.id)).count();
            let total = asked.len().max(of.instrument.questions());
            (name, text::unfinished(answered, total), None)
        }
    }
}

/// The link to a result, scored by the model it was saved with.
fn shared_of(result: &SavedResult) -> Shared {
    let SavedAnswers::Positions(of, answers) = &result.answers;
    Shared {
        of,
        model_version: result.model_version,
        answers: answers.clone(),
    }
}

/// Results shown at first, and added by each "Show more".
pub const HISTORY_PAGE: usize = 50;

#[function_component(History)]
pub fn history(props: &HistoryProps) -> Html {
    let selected = use_state(Vec::<String>::new);
    let shown = use_state_eq(|| HISTORY_PAGE);
    // The result unticked to make room when a third was ticked, to say so.
    let dropped = use_state(|| None::<String>);
    if props.history.is_empty() && props.kept.is_empty() {
        return html! {
            <section class="result-section" aria-labelledby="history-heading">
                <h2 id="history-heading" tabindex="-1">{ text::HISTORY_HEADING }</h2>
                <p>{ text::HISTORY_EMPTY }</p>
            </section>
        };
    }
    let toggle = |id: String| {
        let (selected, dropped) = (selected.clone(), dropped.clone());
        Callback::from(move |_: Event| {
            let mut next: Vec<String> = (*selected).clone();
            let mut unticked = None;
            if let Some(at) = next.iter().position(|s| *s == id) {
                next.remove(at);
            } else {
                next.push(id.clone());
                if next.len() > 2 {
                    unticked = Some(next.remove(0));
                }
            }
            selected.set(next);
            dropped.set(unticked);
        })
    };
    let chosen: Vec<&SavedResult> = props
        .history
        .iter()
        .filter(|r| selected.contains(&r.id))
        .collect();
    let name_of = |result: &SavedResult| {
        text::RESULT_NAME.with(&[
            ("instrument", &name(result).text()),
            ("date", &when(result)),
        ])
    };
    let status = match chosen.as_slice() {
        [] => String::new(),
        [_] => text::ONE_CHOSEN.to_string(),
        [first, second, ..] => {
            let dropped = dropped
                .as_ref()
                .and_then(|id| props.history.iter().find(|r| r.id == *id))
                .map(name_of);
            text::comparing(&name_of(first), &name_of(second), dropped.as_deref())
        }
    };
    let total = props.history.len();
    let more = total.saturating_sub(*shown).min(HISTORY_PAGE);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(shown.saturating_add(HISTORY_PAGE)))
    };
    html! {
        <section class="result-section" aria-labelledby="history-heading">
            <h2 id="history-heading" tabindex="-1">{ text::HISTORY_HEADING }</h2>
            <p>{ text::HISTORY_HINT }</p>
            if total > *shown {
                <p>{ text::history_shown(*shown, total) }</p>
            }
            <ul class="history-list">
                { for props.history.iter().rev().take(*shown).map(|result| {
                    let (name, headline, shared) = describe(result);
                    let checkbox_id = format!("compare-{}", result.id);
                    let view = shared.map(|s| crate::router::link(&Route::Share(encode(&s))));
                    html! {
                        <li>
                            <input type="checkbox" id={checkbox_id.clone()}
                                checked={selected.contains(&result.id)} onchange={toggle(result.id.clone())} />
                            <label for={checkbox_id} class="history-text">
                                <span class="history-name">{ name }</span>
                                <span class="history-headline">{ headline }</span>
                                <time class="history-when" datetime={crate::intl::iso_date_time(result.completed_at).map(AttrValue::from)}>{ when(result) }</time>
                            </label>
                            if let Some(href) = view {
                                <a class="button" href={href} aria-label={text::VIEW_RESULT.with(&[("instrument", &name.text()), ("date", &when(result))])}>{ text::VIEW }</a>
                            }
                        </li>
                    }
                }) }
            </ul>
            if !props.kept.is_empty() {
                <ul class="history-list">
                    { for props.kept.iter().rev().map(|kept| {
                        let name = text::RESULT_NAME.with(&[
                            ("instrument", &text::instrument_name(kept.instrument).text()),
                            ("date", &crate::intl::date_time(&locale(), kept.completed_at).unwrap_or_default()),
                        ]);
                        let href = crate::route::run_address(kept.instrument, Some(&kept.id));
                        html! { <li><a class="history-text" {href}>{ name }</a></li> }
                    }) }
                </ul>
            }
            if more > 0 {
                <button type="button" class="button" onclick={show_more}>{ text::HISTORY_MORE.count(more, &[]) }</button>
            }
            // Always present, so the change is announced as it happens.
            <p class="compare-status" role="status">{ status }</p>
            if let [first, second] = chosen.as_slice() {
                <Comparison before={(*first).clone()} after={(*second).clone()} />
            }
        </section>
    }
}
