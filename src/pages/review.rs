//! Every answer on one screen, each with a button to change it: the closing
//! step of every instrument that reviews its answers before the result.

use yew::prelude::*;

use crate::components::on_click;
use crate::content::ui;
use crate::content::words::Word;

#[derive(Clone, Debug, PartialEq)]
pub struct ReviewRow {
    pub text: crate::content::words::Word,
    pub answer: Option<crate::content::words::Word>,
}

/// What the review shows and does.
pub struct ReviewProps {
    /// The instrument's words for the screen's heading and lead.
    pub title: Word,
    pub lead: Word,
    pub rows: Vec<ReviewRow>,
    pub complete: bool,
    /// Called with the 0-based index of the question to change.
    pub ongoto: Callback<usize>,
    pub onfinish: Callback<()>,
}

/// A view function: its `Screen` gives the heading the focus.
pub fn review(props: &ReviewProps) -> Html {
    html! {
        <div class="flow">
            <h1 tabindex="-1" data-focus="">{ props.title }</h1>
            <p class="lead">{ props.lead }</p>
            <ol class="review-list">
                { for props.rows.iter().enumerate().map(|(index, row)| {
                    let onclick = props.ongoto.reform(move |_: MouseEvent| index);
                    html! {
                        <li>
                            <span class="review-text">
                                { row.text }
                                <span class="review-answer">{ row.answer.unwrap_or(ui::NOT_ANSWERED) }</span>
                            </span>
                            <button type="button" class="button" {onclick}
                                aria-label={ui::change_answer_to(index + 1)}>{ ui::CHANGE }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button primary" onclick={on_click(&props.onfinish)}>
                { if props.complete { ui::SEE_RESULT } else { ui::NEXT } }
            </button>
        </div>
    }
}
