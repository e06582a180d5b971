//! `card.html`: one's own result kept and shared, made from the result in
//! the page's address: an image to post (the result's heading and chart,
//! drawn in the browser, never the answers) and a calendar reminder to
//! take the instrument again in 3 or 6 months, whose link leads back to
//! the instrument and not to the answers. Nothing is stored.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::site_chrome;
use crate::card_image::{self, Chart, Lean, Picture};
use crate::components::focus::use_focus_on_mount;
use crate::components::page_title::use_page_title;
use crate::content::home::INSTRUMENTS;
use crate::content::site::page_title;
use crate::content::words::{keys, Word};
use crate::content::{path_screens, quiz_screens};
use crate::instrument::{Instrument, ResultPage};
use crate::pages::in_address::{no_result, shared_in, use_address_hash};
use crate::positions::{Answers, PositionsInstrument};
use crate::reminder::{calendar, Day, Event};
use crate::route::{Document, Route};
use crate::router::{absolute, absolute_url};
use crate::share::link::Shared;

/// What the page makes from a result: its image, and what a reminder
/// names and links back to.
struct Kept {
    /// For file names: the instrument's id.
    instrument: &'static str,
    alt: String,
    event_summary: Word,
    /// The address that starts the instrument again (never the answers).
    take_again: String,
    /// The instrument's other pages that take a result further.
    further: &'static [ResultPage],
    /// The instrument this result invites one to take next, if any.
    invites: Option<Instrument>,
}

/// The image and the reminder for a result; None for a link without a
/// reading (not finished).
fn kept(shared: &Shared) -> Option<(Kept, Picture)> {
    let instrument = shared.of.instrument;
    let (band, eyebrow, title, chart) = face(shared.of, &shared.answers)?;
    // The instrument's own page, or the page that runs it.
    let take_again = crate::route::run_address(instrument, None)
        .map_or_else(|| absolute_url(&Route::Run(instrument)), absolute);
    Some(made(
        instrument,
        band,
        (eyebrow, title),
        chart,
        (instrument.again(), take_again),
        footer(),
    ))
}

/// What the image shows of a result: its band's id, the line above its
/// heading, its heading and its chart. The Fork quiz draws its leans
/// between their poles, the path diagnostic its blend as a split; any
/// other instrument its reading's scores as bars under its name.
fn face(
    of: &'static PositionsInstrument,
    answers: &Answers,
) -> Option<(&'static str, String, String, Chart)> {
    if of.instrument == Instrument::Quiz {
        (of.reading)(answers)?;
        let result = crate::quiz::score(answers);
        let lean = |label: String, score: f64| Lean {
            value: quiz_screens::score_of_100(score),
            label,
            score,
        };
        let mut leans = vec![lean(quiz_screens::OVERALL_LABEL.text(), result.overall)];
        leans.extend(
            result
                .dimensions
                .iter()
                .map(|d| lean(d.dimension.label().text(), d.score)),
        );
        let chart = Chart::Leans {
            leans,
            left: quiz_screens::MAKER_POLE.text(),
            right: quiz_screens::MULTIPLIER_POLE.text(),
        };
        let eyebrow = keys::CARD_EYEBROW_QUIZ.text();
        return Some((result.band.id(), eyebrow, result.band.title().text(), chart));
    }
    if of.instrument == Instrument::Path {
        let blend = crate::path::reading(&crate::path::answers_of(answers))?;
        let chart = Chart::Split {
            first: blend.management,
            first_label: path_screens::MANAGEMENT_KEY
                .with(&[("percent", &path_screens::percent(blend.management))]),
            second_label: path_screens::LEADERSHIP_KEY
                .with(&[("percent", &path_screens::percent(blend.leadership))]),
        };
        let eyebrow = keys::CARD_EYEBROW_PATH.text();
        return Some((
            blend.band().id(),
            eyebrow,
            path_screens::blend_label(blend),
            chart,
        ));
    }
    let reading = (of.reading)(answers)?;
    let scores = reading
        .scores
        .iter()
        .map(|(name, score)| Lean {
            label: name.text(),
            score: f64::from(*score),
            value: quiz_screens::score_of_100(f64::from(*score)),
        })
        .collect();
    let eyebrow = of.instrument.name().text();
    Some((
        reading.band.id,
        eyebrow,
        reading.band.title.text(),
        Chart::Scores(scores),
    ))
}

/// "Made with Forkpoint: <this site>", the image's last line.
fn footer() -> String {
    let site = web_sys::window()
        .and_then(|w| w.location().host().ok())
        .unwrap_or_default();
    keys::CARD_IMAGE_FOOTER.with(&[("site", &site)])
}

/// The image (its eyebrow and title over its chart) and the reminder of a
/// result of `instrument` in `band`.
fn made(
    instrument: Instrument,
    band: &str,
    (eyebrow, title): (String, String),
    chart: Chart,
    (event_summary, take_again): (Word, String),
    footer: String,
) -> (Kept, Picture) {
    let details = match &chart {
        Chart::Leans { leans: lines, .. } | Chart::Scores(lines) => lines
            .iter()
            .map(|lean| format!("{}: {}", lean.label, lean.value))
            .collect::<Vec<_>>()
            .join("; "),
        Chart::Split {
            first_label,
            second_label,
            ..
        } => format!("{first_label}; {second_label}"),
    };
    let alt = keys::CARD_IMAGE_ALT.with(&[
        ("title", &format!("{eyebrow}: {title}")),
        ("details", &details),
    ]);
    let picture = Picture {
        eyebrow,
        title,
        chart,
        footer,
    };
    (
        Kept {
            instrument: instrument.id(),
            alt,
            event_summary,
            take_again,
            further: instrument.result_pages(),
            invites: instrument.invites(band),
        },
        picture,
    )
}

/// The instrument a result invites one to take next (its definition's
/// `invites`: the Fork quiz's Multiplier results, the stage readiness),
/// asked and described as its home card does, with the way to its page.
fn invitation(next: Option<Instrument>) -> Html {
    let card = next.and_then(|next| INSTRUMENTS.iter().find(|card| card.id == next));
    let address = next.and_then(|next| crate::route::run_address(next, None));
    let (Some(card), Some(address)) = (card, address) else {
        return Html::default();
    };
    html! {
        <section class="result-section" aria-labelledby="invitation-heading">
            <h2 id="invitation-heading">{ card.question }</h2>
            <p>{ card.description }</p>
            <a class="button primary" href={address}>{ card.start_label }</a>
        </section>
    }
}

/// The words of the link to each page that takes a result further.
fn further_label(page: ResultPage) -> Word {
    match page {
        ResultPage::Guide => keys::FURTHER_GUIDE,
    }
}

/// The page a result is taken further on.
fn further_page(page: ResultPage) -> Document {
    match page {
        ResultPage::Guide => Document::Guide,
    }
}

#[function_component(CardPage)]
pub fn card_page() -> Html {
    let heading = use_focus_on_mount();
    let hash = use_address_hash();
    let made = use_memo(hash.clone(), |hash| {
        let unfinished = || crate::share::link::ShareError::Incomplete.message().text();
        match shared_in(hash) {
            Ok(shared) => kept(&shared).ok_or_else(unfinished),
            Err(None) => Err(keys::CARD_NO_RESULT.text()),
            Err(Some(why)) => Err(why),
        }
    });
    let title = if made.is_ok() {
        keys::CARD_TITLE
    } else {
        keys::CARD_PROBLEM_TITLE
    };
    use_page_title(Some(page_title(&[&title])));
    site_chrome(match &*made {
        Ok(_) => html! {
            <main id="main" tabindex="-1">
                <Card key={hash.as_str()} made={made.clone()} heading={heading} hash={hash.clone()} />
            </main>
        },
        Err(message) => no_result(heading, title, message, (Route::Home, keys::CARD_TAKE_IT)),
    })
}

type Made = Rc<Result<(Kept, Picture), String>>;

#[derive(Properties)]
struct CardProps {
    made: Made,
    /// The address's fragment: the pages linked from here read the same.
    hash: String,
    heading: NodeRef,
}

impl PartialEq for CardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.made, &other.made)
            && self.heading == other.heading
            && self.hash == other.hash
    }
}

/// Today in the person's time zone, and now in UTC as iCalendar writes it.
fn today_and_stamp() -> (Day, String) {
    let now = js_sys::Date::new_0();
    let today = Day {
        year: now.get_full_year() as i32,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    };
    // 2026-12-02T10:15:00.000Z → 20261202T101500Z
    let iso = String::from(now.to_iso_string());
    let stamp: String = iso
        .chars()
        .take(19)
        .filter(|c| *c != '-' && *c != ':')
        .collect();
    (today, format!("{stamp}Z"))
}

#[function_component(Card)]
fn card(props: &CardProps) -> Html {
    let canvas = use_node_ref();
    let status = use_state(String::new);
    {
        let (canvas, made, status) = (canvas.clone(), props.made.clone(), status.clone());
        use_effect_with((), move |_| {
            if let (Some(canvas), Ok((_, picture))) =
                (canvas.cast::<web_sys::HtmlCanvasElement>(), &*made)
            {
                if let Err(reason) = card_image::draw(&canvas, picture) {
                    status.set(keys::CARD_IMAGE_FAILED.with(&[("reason", &reason)]));
                }
            }
        });
    }
    // The page renders this only for a result it could make.
    let Ok((kept, _)) = &*props.made else {
        return Html::default();
    };
    let ondownload = {
        let (canvas, status, instrument) = (canvas.clone(), status.clone(), kept.instrument);
        Callback::from(move |_: MouseEvent| {
            let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
                return;
            };
            let file = format!("forkpoint-{instrument}-result.png");
            let status = status.clone();
            let done_status = status.clone();
            let made = card_image::to_png(&element, move |png| {
                done_status.set(
                    match png.and_then(|png| crate::download::save_blob(&file, &png).map(|_| file))
                    {
                        Ok(file) => keys::CARD_IMAGE_SAVED.with(&[("file", &file)]),
                        Err(reason) => keys::CARD_IMAGE_FAILED.with(&[("reason", &reason)]),
                    },
                );
            });
            if let Err(reason) = made {
                status.set(keys::CARD_IMAGE_FAILED.with(&[("reason", &reason)]));
            }
        })
    };
    let remind = |months: u32| {
        let status = status.clone();
        let (instrument, summary, url) =
            (kept.instrument, kept.event_summary, kept.take_again.clone());
        Callback::from(move |_: MouseEvent| {
            let (today, stamp) = today_and_stamp();
            let day = today.months_later(months);
            let uid = format!("{stamp}-{instrument}-{months}@forkpoint");
            let summary = summary.text();
            let description = keys::CARD_EVENT_DESCRIPTION.text();
            let ics = calendar(&Event {
                uid: &uid,
                stamp: &stamp,
                day,
                summary: &summary,
                description: &description,
                url: &url,
            });
            let file = format!("forkpoint-{instrument}-reminder-{}.ics", day.iso());
            status.set(
                match crate::download::save_text_file(&file, &ics, "text/calendar") {
                    Ok(()) => keys::CARD_REMINDER_SAVED.with(&[("file", &file)]),
                    Err(reason) => keys::CARD_REMINDER_FAILED.with(&[("reason", &reason)]),
                },
            );
        })
    };
    html! {
        <div class="flow">
            <h1 ref={props.heading.clone()} tabindex="-1">{ keys::CARD_TITLE }</h1>
            <p class="lead">{ keys::CARD_LEAD }</p>
            <p class="muted">{ keys::CARD_PRIVATE }</p>
            <section class="result-section" aria-labelledby="image-heading">
                <h2 id="image-heading">{ keys::CARD_IMAGE_HEADING }</h2>
                <canvas ref={canvas} class="card-image" role="img" aria-label={kept.alt.clone()}
                    width={card_image::WIDTH.to_string()} height={card_image::HEIGHT.to_string()} />
                <p class="muted">{ keys::CARD_IMAGE_NOTE }</p>
                <div class="step-nav">
                    <button type="button" class="button primary" onclick={ondownload}>{ keys::CARD_DOWNLOAD_IMAGE }</button>
                </div>
            </section>
            <section class="result-section" aria-labelledby="reminder-heading">
                <h2 id="reminder-heading">{ keys::CARD_REMINDER_HEADING }</h2>
                <p>{ keys::CARD_REMINDER_LEAD }</p>
                <div class="step-nav">
                    <button type="button" class="button" onclick={remind(3)}>{ keys::CARD_IN_3_MONTHS }</button>
                    <button type="button" class="button" onclick={remind(6)}>{ keys::CARD_IN_6_MONTHS }</button>
                </div>
            </section>
            <p role="status" class="card-status">{ (*status).clone() }</p>
            if !kept.further.is_empty() {
                <section class="result-section" aria-labelledby="further-heading">
                    <h2 id="further-heading">{ keys::FURTHER_HEADING }</h2>
                    <p>{ keys::FURTHER_LEAD }</p>
                    <ul class="steps-list">
                        { for kept.further.iter().map(|page| html! {
                            // The same result, in the same fragment.
                            <li><a href={format!("{}{}", further_page(*page).file(), props.hash)}>{ further_label(*page) }</a></li>
                        }) }
                    </ul>
                </section>
            }
            { invitation(kept.invites) }
        </div>
    }
}
