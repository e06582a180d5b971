//! The app's one reducer over the stored document. Every change is the pure
//! `Document::apply`; `Adopt` takes a document that is already in storage
//! (another tab's write, a merge) without counting it as a new change.

use std::rc::Rc;

use yew::prelude::*;

use crate::instrument::Instrument;
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

/// The runs this page load found begun and past their intro: each offers a
/// way to start over until the person moves in it. One bit per instrument,
/// in `Instrument::ALL`'s order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resumed(u8);

impl Resumed {
    fn bit(instrument: Instrument) -> u8 {
        let at = Instrument::ALL.iter().position(|i| *i == instrument);
        at.map_or(0, |at| 1 << at)
    }

    /// Whether `instrument`'s run was resumed and not moved since.
    pub fn of(self, instrument: Instrument) -> bool {
        self.0 & Resumed::bit(instrument) != 0
    }
}

impl DocStore {
    /// The store for a document just loaded from storage.
    pub fn reopened(doc: Document) -> DocStore {
        let resumed = doc
            .runs
            .iter()
            .filter(|(_, run)| {
                !run.flow.answers.is_empty() && run.flow.step != crate::steps::Step::Intro
            })
            .filter_map(|(id, _)| Instrument::from_id(id))
            .fold(Resumed::default(), |resumed, instrument| {
                Resumed(resumed.0 | Resumed::bit(instrument))
            });
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
                resumed = match &action {
                    DocAction::Run(run) => Resumed(resumed.0 & !Resumed::bit(run.of.instrument)),
                    _ => Resumed::default(),
                };
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
