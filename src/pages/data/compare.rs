//! What moved between two results of one instrument, chosen in "Your
//! results": any instrument, score by score and answer by answer.

use yew::prelude::*;

use crate::components::later_words::waiting_screen;
use crate::components::what_moved::what_moved;
use crate::content::data_screens as text;
use crate::positions::compare;
use crate::state::{SavedAnswers, SavedResult};
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
    let SavedAnswers::Positions(of, before) = &props.before.answers;
    let SavedAnswers::Positions(other, after) = &props.after.answers;
    let body = if later_words != LaterWords::Ready {
        waiting_screen(later_words, None).unwrap_or_default()
    } else if of == other {
        what_moved(of, &compare(of, before, after))
    } else {
        html! { <p>{ text::COMPARE_SAME_INSTRUMENT }</p> }
    };
    html! {
        <div class="comparison" role="region" aria-labelledby="compare-heading">
            <h3 id="compare-heading">{ text::COMPARE_HEADING }</h3>
            { body }
        </div>
    }
}
