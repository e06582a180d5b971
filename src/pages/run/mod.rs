//! The page of any instrument: its run from the intro through the
//! questions and the closing step to the result, one of its saved results,
//! and a result opened from a share link. What differs between instruments
//! (words, the closing step, the result's head and body) comes from its
//! `RunView`; the steps are the same for all.

mod compare;
mod flow;
mod opened;

use yew::prelude::*;

use crate::content::ui::IntroWords;
use crate::content::words::Word;
use crate::positions::{Answers, Move, PositionsFlow, PositionsInstrument};
use crate::route::Route;

pub use flow::RunFlowPage;
pub use opened::{SavedPage, SharedPage};

/// What shows an instrument's complete result wherever it is opened: at
/// the end of its run, from a share link, among one's saved results, and
/// in lists of results. Apart from its `RunView`, so a page that only
/// opens results (the results page) links no run.
pub struct ResultView {
    pub of: &'static PositionsInstrument,
    /// Its name in tab titles.
    pub title: Word,
    /// The eyebrows over one's own result, a shared one and a saved one.
    pub eyebrows: [Word; 3],
    /// The head of a complete result as opened, and its part of the tab
    /// title (`band_head`: the band under the eyebrow; a model may show more).
    pub head: fn(&'static ResultView, &Answers, Opened) -> Option<(Html, String)>,
    /// The result's sections under its head (complete answers only).
    pub body: fn(&Answers) -> Html,
    /// A complete result in a few words, in lists of results
    /// (`band_headline`: its band's title).
    pub headline: fn(&PositionsInstrument, &Answers) -> Option<String>,
}

/// What an instrument's run shows that is its own.
pub struct RunView {
    pub result: &'static ResultView,
    pub intro: IntroWords,
    pub closing: Closing,
    pub change_answers: Word,
    pub retake: Word,
    /// What an embed tells its host page of a complete result
    /// (`embed::events::reading_summary`: its reading's band and first score).
    pub summary: crate::embed::events::SummaryOf,
    /// Its statements after the first question come with the page's later
    /// words (the stage's: its first question, the rung, picks which), so
    /// the first load carries only what the first question needs.
    pub statements_later: bool,
}

impl RunView {
    /// The instrument it runs.
    pub fn of(&self) -> &'static PositionsInstrument {
        self.result.of
    }
}

/// The step after the questions.
pub enum Closing {
    /// A review of every answer, under its title and lead.
    Review { title: Word, lead: Word },
    /// A screen of the instrument's own (the path diagnostic's context
    /// questions), under its title.
    Own {
        title: Word,
        screen: fn(&PositionsFlow, &Callback<Move>) -> Html,
    },
}

impl Closing {
    pub fn title(&self) -> Word {
        match self {
            Closing::Review { title, .. } | Closing::Own { title, .. } => *title,
        }
    }
}

/// How a result is shown: one's own at the end of a run, someone's opened
/// from a share link, or one of one's saved results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    Own,
    Shared,
    Saved,
}

/// The eyebrows of an instrument whose results are never opened one by
/// one (they are kept in "Your results" only): a saved one's is one's own.
pub const fn unsaved_eyebrows(own: Word, shared: Word) -> [Word; 3] {
    [own, shared, own]
}

impl ResultView {
    /// The eyebrow over a result shown so.
    pub fn eyebrow(&self, opened: Opened) -> Word {
        self.eyebrows[opened as usize]
    }
}

impl PartialEq for ResultView {
    fn eq(&self, other: &Self) -> bool {
        self.of == other.of
    }
}

impl PartialEq for RunView {
    fn eq(&self, other: &Self) -> bool {
        self.result == other.result
    }
}

/// The page for `route` on the page of `view`'s instrument.
pub fn run_pages(view: &'static RunView, route: Route) -> Html {
    match route {
        Route::Saved(_, id) => html! { <SavedPage view={view.result} id={AttrValue::from(id)} /> },
        Route::Share(payload) => {
            html! { <SharedPage view={view.result} payload={AttrValue::from(payload)} /> }
        }
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

/// A complete result in a few words: its band's title.
pub fn band_headline(of: &PositionsInstrument, answers: &Answers) -> Option<String> {
    (of.reading)(answers).map(|reading| reading.band.title.text())
}

/// The head of a result: its eyebrow, its band and what the band means;
/// the band's title is its part of the tab title. One's own result takes
/// the focus (a shared or saved one leaves it on the banner above).
pub fn band_head(
    view: &'static ResultView,
    answers: &Answers,
    opened: Opened,
) -> Option<(Html, String)> {
    let band = (view.of.reading)(answers)?.band;
    let html = html! {
        <header class="result-head" tabindex="-1" data-focus={(opened == Opened::Own).then_some("")}>
            <p class="eyebrow">{ view.eyebrow(opened) }</p>
            <h1>{ band.title }</h1>
            <p class="lead">{ band.summary }</p>
        </header>
    };
    Some((html, band.title.to_string()))
}
