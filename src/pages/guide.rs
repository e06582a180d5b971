//! `guide.html`: a one-page guide for a career conversation with one's
//! manager, made from the Fork quiz result in the page's address
//! (`#/share/<code>`, as a share link carries it). Every line can be
//! unticked to leave it out of the print, and a note of one's own added.
//! Nothing is stored: the result stays in the address, the choices in
//! this component's state.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::site_chrome;
use crate::components::focus::use_focus_on_mount;
use crate::components::page_title::use_page_title;
use crate::content::quiz_screens as quiz_text;
use crate::content::site::page_title;
use crate::content::words::{keys, Word};
use crate::pages::in_address::{no_result, shared_in, use_address_hash};
use crate::quiz::guide::{clearest_lean, Side};
use crate::quiz::{next_steps, Keying, QuizResult};
use crate::route::Route;
use crate::share::link::Shared;

/// One section of the guide: its heading and its lines.
struct Section {
    id: &'static str,
    heading: Word,
    lines: Vec<String>,
}

/// The guide's sections for a result, in the order of the talk.
fn sections(result: &QuizResult) -> Vec<Section> {
    let mut found = vec![
        keys::GUIDE_FOUND_BAND.with(&[
            ("band", &result.band.title().text()),
            ("score", &quiz_text::score_of_100(result.overall)),
        ]),
        keys::GUIDE_FOUND_SURE.with(&[("level", &result.confidence.level.label().text())]),
    ];
    if let Some((clearest, toward)) = clearest_lean(result) {
        let side = match toward {
            Keying::Maker => quiz_text::MAKER,
            Keying::Multiplier => quiz_text::MULTIPLIER,
        };
        found.push(keys::GUIDE_FOUND_STRONGEST.with(&[
            ("dimension", &clearest.dimension.label().text()),
            ("score", &quiz_text::score_of_100(clearest.score)),
            ("side", &side.text()),
        ]));
    }
    let side = Side::of(result.band);
    let texts = |words: &[Word]| words.iter().map(|word| word.text()).collect();
    vec![
        Section {
            id: "found",
            heading: keys::GUIDE_FOUND_HEADING,
            lines: found,
        },
        Section {
            id: "try",
            heading: keys::GUIDE_TRY_HEADING,
            lines: next_steps(result.band)
                .iter()
                .map(|step| step.title.text())
                .collect(),
        },
        Section {
            id: "ask",
            heading: keys::GUIDE_ASK_HEADING,
            lines: texts(side.questions()),
        },
        Section {
            id: "support",
            heading: keys::GUIDE_SUPPORT_HEADING,
            lines: texts(side.support()),
        },
    ]
}

/// The Fork quiz result in the address's fragment, or what to say instead.
fn result_in(hash: &str) -> Result<QuizResult, String> {
    match shared_in(hash) {
        Ok(Shared::Quiz { answers, .. }) => Ok(crate::quiz::score(&answers)),
        Ok(Shared::Path { .. }) => Err(keys::GUIDE_OTHER_INSTRUMENT.text()),
        Err(None) => Err(keys::GUIDE_NO_RESULT.text()),
        Err(Some(why)) => Err(why),
    }
}

#[function_component(GuidePage)]
pub fn guide_page() -> Html {
    let heading = use_focus_on_mount();
    let hash = use_address_hash();
    let result = use_memo(hash.clone(), |hash| result_in(hash));
    let title = match &*result {
        Ok(_) => keys::GUIDE_TITLE,
        Err(_) => keys::GUIDE_PROBLEM_TITLE,
    };
    use_page_title(Some(page_title(&[&title])));
    site_chrome(match &*result {
        Ok(result) => html! {
            <main id="main" tabindex="-1">
                <Guide key={hash} result={Rc::new(result.clone())} heading={heading} />
            </main>
        },
        Err(message) => no_result(
            heading,
            title,
            message,
            (Route::Quiz, keys::GUIDE_TAKE_QUIZ),
        ),
    })
}

#[derive(Properties, PartialEq)]
struct GuideProps {
    result: Rc<QuizResult>,
    heading: NodeRef,
}

#[function_component(Guide)]
fn guide(props: &GuideProps) -> Html {
    let sections = use_memo(props.result.clone(), |result| sections(result));
    // The lines left out, as "<section>-<line>".
    let left_out = use_state(|| Rc::new(BTreeSet::<String>::new()));
    let note = use_state(String::new);
    let ontoggle = {
        let left_out = left_out.clone();
        Callback::from(move |id: String| {
            let mut next = (**left_out).clone();
            if !next.remove(&id) {
                next.insert(id);
            }
            left_out.set(Rc::new(next));
        })
    };
    let onnote = {
        let note = note.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                note.set(area.value());
            }
        })
    };
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            // A browser that cannot print (none we know of) just does nothing.
            let _ = window.print();
        }
    });
    html! {
        <div class="flow guide">
            <h1 ref={props.heading.clone()} tabindex="-1">{ keys::GUIDE_TITLE }</h1>
            <p class="lead no-print">{ keys::GUIDE_LEAD }</p>
            <p class="muted no-print">{ keys::GUIDE_PRIVATE }</p>
            <p class="muted no-print" id="lines-hint">{ keys::GUIDE_LINES_HINT }</p>
            { for sections.iter().map(|section| {
                let heading_id = format!("{}-heading", section.id);
                html! {
                    <section class="result-section" aria-labelledby={heading_id.clone()}>
                        <h2 id={heading_id}>{ section.heading }</h2>
                        <ul class="guide-lines">
                            { for section.lines.iter().enumerate().map(|(at, line)| {
                                let id = format!("{}-{at}", section.id);
                                let kept = !left_out.contains(&id);
                                let onchange = {
                                    let (ontoggle, id) = (ontoggle.clone(), id.clone());
                                    Callback::from(move |_: Event| ontoggle.emit(id.clone()))
                                };
                                html! {
                                    <li class={classes!((!kept).then_some("left-out"))}>
                                        <label>
                                            <input type="checkbox" checked={kept} {onchange}
                                                aria-describedby="lines-hint" />
                                            <span>{ line.clone() }</span>
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
            <section class="result-section no-print">
                <label class="field-label" for="guide-note">{ keys::GUIDE_NOTES_LABEL }</label>
                <textarea id="guide-note" class="text-box" rows="3" value={(*note).clone()} oninput={onnote} />
            </section>
            if !note.trim().is_empty() {
                <section class="result-section print-only" aria-labelledby="note-heading">
                    <h2 id="note-heading">{ keys::GUIDE_NOTES_HEADING }</h2>
                    <p class="guide-note">{ (*note).clone() }</p>
                </section>
            }
            <div class="step-nav no-print">
                <button type="button" class="button primary" onclick={onprint}>{ keys::GUIDE_PRINT }</button>
            </div>
        </div>
    }
}
