//! `guide.html`: a one-page guide for a career conversation with one's
//! manager, made from the result in the page's address (`#/share/<code>`,
//! as a share link carries it) of an instrument whose `resultPages` name
//! the guide: the Fork quiz, the stage readiness. Every line can be
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
use crate::instrument::Instrument;
use crate::pages::in_address::{no_result, shared_in, use_address_hash};
use crate::quiz::guide::{clearest_lean, Side};
use crate::quiz::{next_steps, Keying, QuizResult};
use crate::route::Route;

/// One section of the guide: its heading and its lines.
#[derive(PartialEq)]
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

/// A guide made from a result: the line that says what it is made from,
/// and its sections.
#[derive(PartialEq)]
struct Made {
    lead: Word,
    sections: Vec<Section>,
}

/// The guide for the result in the address's fragment, or what to say instead.
fn made_in(hash: &str) -> Result<Made, String> {
    match shared_in(hash) {
        Ok(shared) => match shared.of.instrument {
            quiz if quiz == crate::instrument::Instrument::Quiz => Ok(Made {
                lead: keys::GUIDE_LEAD,
                sections: sections(&crate::quiz::score(&shared.answers)),
            }),
            #[cfg(feature = "stage")]
            stage if stage == crate::instrument::Instrument::Stage => {
                stage_sections(&shared.answers)
                    .ok_or_else(|| crate::share::link::ShareError::Incomplete.message().text())
            }
            _ => Err(keys::GUIDE_OTHER_INSTRUMENT.text()),
        },
        Err(None) => Err(keys::GUIDE_NO_RESULT.text()),
        Err(Some(_)) if other_instrument(hash) => Err(keys::GUIDE_OTHER_INSTRUMENT.text()),
        Err(Some(why)) => Err(why),
    }
}

/// Whether the link in `hash` holds a result of a known instrument whose
/// definition offers no guide.
fn other_instrument(hash: &str) -> bool {
    let Route::Share(payload) = Route::from_hash(hash) else {
        return false;
    };
    crate::instrument::Instrument::ALL
        .into_iter()
        .any(|instrument| {
            payload.as_bytes().first() == Some(&instrument.share_kind())
                && !instrument
                    .result_pages()
                    .contains(&crate::instrument::ResultPage::Guide)
        })
}

/// The guide of a stage readiness result: where the person stands and
/// how firmly, the habits of their weakest areas to try next, and what to
/// ask and ask for at their rung; none before every question is answered.
#[cfg(feature = "stage")]
fn stage_sections(answers: &crate::positions::Answers) -> Option<Made> {
    use crate::stage::run::{rung_of, STAGE_RUN};
    use crate::stage::{read, Toward, STAGE, TALKS};
    (STAGE_RUN.reading)(answers)?;
    let at = rung_of(answers)?;
    let rung = STAGE.rungs.get(at)?;
    let talk = TALKS.get(at)?;
    let reading = read(&STAGE, at, answers);
    let band = STAGE.bands.get(reading.band)?;
    let score = |value: Option<u8>| quiz_text::score_of_100(f64::from(value.unwrap_or(0)));
    let readiness = match reading.toward {
        Toward::Rung(next) => keys::STAGE_RESULT_TALK_FOUND_READINESS.with(&[
            ("score", &score(reading.readiness)),
            ("next", &STAGE.rungs.get(next)?.name.text()),
        ]),
        Toward::Deepen => {
            keys::STAGE_RESULT_TALK_FOUND_DEEPEN.with(&[("score", &score(reading.readiness))])
        }
    };
    let texts = |words: &[Word]| words.iter().map(|word| word.text()).collect();
    Some(Made {
        lead: keys::STAGE_RESULT_TALK_LEAD,
        sections: vec![
            Section {
                id: "found",
                heading: keys::GUIDE_FOUND_HEADING,
                lines: vec![
                    keys::STAGE_RESULT_TALK_FOUND_STAGE
                        .with(&[("rung", &rung.name.text()), ("band", &band.title.text())]),
                    keys::STAGE_RESULT_TALK_FOUND_FOOTING
                        .with(&[("score", &score(reading.footing))]),
                    readiness,
                ],
            },
            Section {
                id: "try",
                heading: keys::GUIDE_TRY_HEADING,
                lines: reading
                    .grow
                    .iter()
                    .filter_map(|area| rung.habits.get(*area))
                    .map(|habit| habit.text())
                    .collect(),
            },
            Section {
                id: "ask",
                heading: keys::GUIDE_ASK_HEADING,
                lines: texts(talk.ask),
            },
            Section {
                id: "support",
                heading: keys::GUIDE_SUPPORT_HEADING,
                lines: texts(talk.support),
            },
        ],
    })
}

#[function_component(GuidePage)]
pub fn guide_page() -> Html {
    let heading = use_focus_on_mount();
    let hash = use_address_hash();
    let result = use_memo(hash.clone(), |hash| made_in(hash).map(Rc::new));
    let title = match &*result {
        Ok(_) => keys::GUIDE_TITLE,
        Err(_) => keys::GUIDE_PROBLEM_TITLE,
    };
    use_page_title(Some(page_title(&[&title])));
    site_chrome(match &*result {
        Ok(result) => html! {
            <main id="main" tabindex="-1">
                <Guide key={hash} made={result.clone()} heading={heading} />
            </main>
        },
        Err(message) => no_result(
            heading,
            title,
            message,
            (Route::Run(Instrument::Quiz), keys::GUIDE_TAKE_QUIZ),
        ),
    })
}

#[derive(Properties, PartialEq)]
struct GuideProps {
    made: Rc<Made>,
    heading: NodeRef,
}

#[function_component(Guide)]
fn guide(props: &GuideProps) -> Html {
    let sections = &props.made.sections;
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
            <p class="lead no-print">{ props.made.lead }</p>
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

#[cfg(all(test, feature = "stage"))]
mod tests {
    use super::{made_in, Made};
    use crate::content::words::keys;

    fn made(hash: &str) -> Made {
        made_in(hash).unwrap_or_else(|why| panic!("{hash}: {why}"))
    }

    #[test]
    fn alexs_stage_result_makes_a_guide_of_its_rung() {
        use crate::stage::STAGE;
        let guide = made("#/share/s1.2424423542425444342211.htn0");
        assert_eq!(guide.lead, keys::STAGE_RESULT_TALK_LEAD);
        let ids: Vec<&str> = guide.sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["found", "try", "ask", "support"]);
        let lines = |at: usize| guide.sections[at].lines.clone();
        assert_eq!(
            lines(0),
            [
                "My stage: Team lead. The stage readiness reads “Growing into the stage”.",
                "How firmly I stand in this stage: 68 of 100.",
                "How ready I am for the next stage, Engineering manager: 38 of 100.",
            ]
        );
        let team_lead = &STAGE.rungs[1];
        assert_eq!(lines(1).len(), 2, "the habits of the two weakest areas");
        let habits: Vec<String> = team_lead.habits.iter().map(|w| w.text()).collect();
        assert!(lines(1).iter().all(|line| habits.contains(line)));
        let texts = |words: &[crate::content::words::Word]| {
            words.iter().map(|w| w.text()).collect::<Vec<_>>()
        };
        assert_eq!(lines(2), texts(crate::stage::TALKS[1].ask));
        assert_eq!(lines(3), texts(crate::stage::TALKS[1].support));
    }

    #[test]
    fn every_rung_has_its_own_questions_and_support() {
        use crate::stage::{STAGE, TALKS};
        assert_eq!(TALKS.len(), STAGE.rungs.len());
        for (at, talk) in TALKS.iter().enumerate() {
            assert!(talk.ask.len() >= 2 && talk.support.len() >= 2);
            for other in &TALKS[..at] {
                assert!(talk.ask.iter().all(|w| !other.ask.contains(w)), "{at}");
                assert!(
                    talk.support.iter().all(|w| !other.support.contains(w)),
                    "{at}"
                );
            }
        }
    }

    #[test]
    fn other_instruments_and_broken_links_say_why() {
        let other = keys::GUIDE_OTHER_INSTRUMENT.text();
        assert_eq!(
            made_in("#/share/b1.524241413152342414242525.exyv").err(),
            Some(other)
        );
        assert_eq!(made_in("").err(), Some(keys::GUIDE_NO_RESULT.text()));
        let broken = made_in("#/share/s1.2424423542425444342211.zzzz")
            .err()
            .unwrap();
        assert!(!broken.is_empty());
        assert_ne!(broken, keys::GUIDE_OTHER_INSTRUMENT.text());
    }
}
