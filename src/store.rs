//! The app's one reducer over the stored document. Every change is the pure
//! `Document::apply`; `Adopt` takes a document that is already in storage
//! (another tab's write, a merge) without counting it as a new change.

use std::rc::Rc;

use yew::prelude::*;

use crate::path::PathAction;
use crate::state::document::{DocAction, Document};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocStore {
    pub doc: Document,
    /// Which instruments were reopened part-way through and not touched since:
    /// their screens greet the person and offer to start over.
    pub resumed: Resumed,
    /// Whether the words only later screens show have arrived (see
    /// `components::later_words`); kept here so every page sees it change.
    pub later_words: LaterWords,
}

/// Where the words only later screens show (results, advice) are: they come
/// in a second words file, fetched once the first screen is up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LaterWords {
    #[default]
    Loading,
    Ready,
    Failed,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resumed {
    pub path: bool,
    /// The runs of the instruments whose answers are positions (a page runs
    /// one: the Fork quiz on the home page, its own on another's).
    pub run: bool,
}

impl DocStore {
    /// The store for a document just loaded from storage.
    pub fn reopened(doc: Document) -> DocStore {
        let resumed = Resumed {
            path: !doc.path.flow.answers.choices.is_empty()
                && doc.path.flow.step != crate::steps::Step::Intro,
            run: doc.runs.iter().any(|(_, run)| {
                !run.flow.answers.is_empty() && run.flow.step != crate::steps::Step::Intro
            }),
        };
        DocStore {
            doc,
            resumed,
            later_words: LaterWords::Loading,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StoreAction {
    Do(DocAction),
    Adopt(Document),
    /// The later words arrived, or cannot.
    LaterWords(LaterWords),
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

impl Reducible for DocStore {
    type Action = StoreAction;

    fn reduce(self: Rc<Self>, action: StoreAction) -> Rc<Self> {
        let mut resumed = self.resumed;
        let mut later_words = self.later_words;
        let doc = match action {
            StoreAction::Do(action) => {
                match &action {
                    DocAction::Path(_) => resumed.path = false,
                    DocAction::Run(_) => resumed.run = false,
                    _ => resumed = Resumed::default(),
                }
                self.doc.clone().apply(action, now())
            }
            StoreAction::Adopt(doc) => doc,
            StoreAction::LaterWords(arrived) => {
                later_words = arrived;
                self.doc.clone()
            }
        };
        if doc == self.doc && resumed == self.resumed && later_words == self.later_words {
            self
        } else {
            Rc::new(DocStore {
                doc,
                resumed,
                later_words,
            })
        }
    }
}

pub type DocHandle = UseReducerHandle<DocStore>;

/// A callback that moves the run of an instrument whose answers are positions.
pub fn run_actions(
    store: &DocHandle,
    of: &'static crate::positions::PositionsInstrument,
) -> Callback<crate::positions::Move> {
    let store = store.clone();
    Callback::from(move |step| {
        let action = crate::positions::PositionsAction { of, step };
        store.dispatch(StoreAction::Do(DocAction::Run(action)))
    })
}

/// A callback that applies a path-diagnostic action to the document.
pub fn path_actions(store: &DocHandle) -> Callback<PathAction> {
    let store = store.clone();
    Callback::from(move |action| store.dispatch(StoreAction::Do(DocAction::Path(action))))
}
