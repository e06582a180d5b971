//! The two instruments' reducers. Each wraps its pure flow, whose `apply`
//! computes the next state; the handles are shared through context so answers
//! survive moving between pages.

use std::rc::Rc;

use yew::prelude::*;

use crate::path::{PathAction, PathFlow};
use crate::quiz::{QuizAction, QuizFlow};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuizStore {
    pub flow: QuizFlow,
}

impl Reducible for QuizStore {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        Rc::new(QuizStore { flow: self.flow.clone().apply(action) })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PathStore {
    pub flow: PathFlow,
}

impl Reducible for PathStore {
    type Action = PathAction;

    fn reduce(self: Rc<Self>, action: PathAction) -> Rc<Self> {
        Rc::new(PathStore { flow: self.flow.clone().apply(action) })
    }
}

pub type QuizHandle = UseReducerHandle<QuizStore>;
pub type PathHandle = UseReducerHandle<PathStore>;
