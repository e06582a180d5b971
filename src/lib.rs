//! Forkpoint: a career-decision tool that runs entirely in the browser.
//!
//! The crate is split into a pure core (`content`, `quiz`, `path`, `state`,
//! `share`, `route`, `persist::plan`) that builds and tests on the host with
//! `cargo test`, a few browser adapters (`storage`, `router`, `download`,
//! `persist::hook`), and a thin Yew shell (`app`, `pages`, `components`).

pub mod app;
pub mod balance;
pub mod card_image;
pub mod components;
pub mod content;
pub mod download;
pub mod embed;
pub mod embed_bridge;
pub mod first_screen;
#[cfg(test)]
mod import_cycle_tests;
pub mod instrument;
pub mod intl;
pub mod pages;
pub mod path;
pub mod persist;
pub mod positions;
pub mod quiz;
pub mod reminder;
pub mod route;
pub mod router;
pub mod share;
pub mod stage;
pub mod state;
pub mod steps;
pub mod storage;
pub mod store;
pub mod team;
#[cfg(test)]
mod test_rng;
#[cfg(test)]
mod third_instrument_tests;
pub mod trends;
pub mod vec_map;
pub mod words_loader;

pub use app::App;

/// Whether this build saves answers and offers history, export and sharing
/// (the `saved-state` feature). A constant rather than `#[cfg]`, so both builds
/// type-check everything and the disabled code is simply left out.
pub const SAVED_STATE: bool = cfg!(feature = "saved-state");

/// Sets the page's `document`, then runs `render` once its words are in;
/// if they cannot be loaded, the page says so instead.
fn once_words_are_in(document: route::Document, render: impl FnOnce() + 'static) {
    router::set_document(document);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = words_loader::load().await {
            words_loader::show_failure(&error);
            return;
        }
        words_loader::hand_words_to_scripts();
        render();
    });
}

/// Mounts the app into `<body>` as `document`, showing `pages`, once the
/// page's words are loaded.
fn mount(document: route::Document, pages: fn(route::Route) -> yew::Html, chrome: app::Chrome) {
    once_words_are_in(document, move || render_app(pages, chrome));
}

fn render_app(pages: fn(route::Route) -> yew::Html, chrome: app::Chrome) {
    yew::Renderer::<App>::with_props(app::AppProps {
        pages: app::Pages(pages),
        chrome,
    })
    .render();
}

/// Mounts the app of `index.html` (home and the instruments), in place of
/// the home's first screen the build wrote into the page (a failure to
/// load the words replaces the whole page).
pub fn start() {
    once_words_are_in(route::Document::Main, || {
        first_screen::take_down();
        render_app(app::main_pages, app::Chrome(Some(app::site_chrome)));
    });
}

/// Mounts the app of an embed page (`embed-quiz.html`, `embed-path.html`):
/// one instrument, shown by `pages`, no site chrome, its own saved
/// document, messages to the host.
pub fn start_embed(instrument: embed::Instrument, pages: fn(route::Route) -> yew::Html) {
    let config = embed_bridge::start(instrument);
    persist::hook::set_document_key(format!("forkpoint:embed:{}", config.embed_id));
    mount(route::Document::Embed, pages, app::Chrome(None));
}

/// Mounts `team.html`: the team view, with the site around it and no saved
/// document (it keeps nothing, so it carries no storage).
pub fn start_team() {
    once_words_are_in(route::Document::Team, || {
        yew::Renderer::<pages::team::TeamPage>::new().render();
    });
}

/// Mounts `guide.html`: the conversation guide, made from the Fork quiz
/// result in its address; like the team view, it keeps nothing.
pub fn start_guide() {
    once_words_are_in(route::Document::Guide, || {
        yew::Renderer::<pages::guide::GuidePage>::new().render();
    });
}

/// Mounts `card.html`: an image to post and a reminder to retake, made
/// from the result in its address; it keeps nothing either.
pub fn start_card() {
    once_words_are_in(route::Document::Card, || {
        yew::Renderer::<pages::card::CardPage>::new().render();
    });
}

/// Mounts `trends.html`: one's saved results over time, in the site's
/// frame with the saved document (read, and kept as any page keeps it).
pub fn start_trends() {
    mount(
        route::Document::Trends,
        app::trends_pages,
        app::Chrome(Some(app::site_chrome)),
    );
}

/// Mounts the page of an instrument whose answers are positions
/// (`balance.html`, `stage.html`): its run, saved and shared results, shown
/// by `pages`, in the site's frame with the saved document.
pub fn start_run(view: &'static pages::run::RunView, pages: fn(route::Route) -> yew::Html) {
    mount(
        route::Document::Run(view.of.instrument),
        pages,
        app::Chrome(Some(app::site_chrome)),
    );
}

/// Mounts the app of `results.html` (history, data, shared results).
pub fn start_results() {
    mount(
        route::Document::Results,
        app::results_pages,
        app::Chrome(Some(app::site_chrome)),
    );
}
