//! The page of an instrument whose answers are positions (`balance.html`,
//! `stage.html`): its run from the intro through the questions and the
//! review to the result, one of its saved results, and a result opened
//! from a share link. What differs between instruments (words, the result's
//! body) comes from its `RunView`; the steps are the same for all.

mod compare;
mod flow;
mod opened;

use yew::prelude::*;

use crate::content::ui::IntroWords;
use crate::content::words::Word;
use crate::positions::{Answers, PositionsInstrument};
use crate::route::Route;

pub use flow::RunFlowPage;
pub use opened::{SavedPage, SharedPage};

/// What an instrument's page shows that is its own.
pub struct RunView {
    pub of: &'static PositionsInstrument,
    pub intro: IntroWords,
    /// Its name in tab titles.
    pub title: Word,
    pub review_title: Word,
    pub review_lead: Word,
    /// The eyebrows over one's own result, a shared one and a saved one.
    pub eyebrows: [Word; 3],
    pub change_answers: Word,
    pub retake: Word,
    /// Said when a saved result asked for is not (or no longer) saved.
    pub saved_missing: Word,
    /// The result's sections under its heading (complete answers only).
    pub body: fn(&Answers) -> Html,
    /// Its statements after the first question come with the page's later
    /// words (the stage's: its first question, the rung, picks which), so
    /// the first load carries only what the first question needs.
    pub statements_later: bool,
}

impl PartialEq for RunView {
    fn eq(&self, other: &Self) -> bool {
        self.of == other.of
    }
}

/// The page for `route` on the page of `view`'s instrument.
pub fn run_pages(view: &'static RunView, route: Route) -> Html {
    match route {
        Route::Saved(_, id) => html! { <SavedPage {view} id={AttrValue::from(id)} /> },
        Route::Share(payload) => html! { <SharedPage {view} payload={AttrValue::from(payload)} /> },
        _ => html! { <RunFlowPage {view} /> },
    }
}

/// "77 of 100" (a `template` with `{score}`), in the page's language.
pub fn score_of_100(template: Word, score: u8) -> String {
    let locale = crate::content::words::locale();
    template.with(&[(
        "score",
        &crate::intl::whole_number(&locale, i64::from(score)),
    )])
}

/// The head of a result: its eyebrow, its band and what the band means.
fn result_head(eyebrow: Word, band: crate::instrument::BandWords, focus: bool) -> Html {
    html! {
        <header class="result-head" tabindex="-1" data-focus={focus.then_some("")}>
            <p class="eyebrow">{ eyebrow }</p>
            <h1>{ band.title }</h1>
            <p class="lead">{ band.summary }</p>
        </header>
    }
}
