//! Every page's start. Each entry page's bundle (`pages.json`) is the one
//! binary `src/main.rs`, built under the bundle's name; `start_of` (made
//! from the registry by `build.rs`) tells it what it starts, as a constant,
//! so a bundle links only its own page's code.

use crate::instrument::Instrument;
use crate::{app, embed_bridge, first_screen, pages, persist, route, router, words_loader, App};

/// What a bundle starts: the document its page shows, and the instrument
/// it runs or embeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Home and the instruments with no page of their own (`index.html`).
    Main,
    /// History, data and shared results.
    Results,
    Team,
    Guide,
    Card,
    Trends,
    /// An instrument's own page.
    Run(Instrument),
    /// An instrument inside another site's frame.
    Embed(Instrument),
    /// A name the registry does not have (a host tool): nothing.
    Nothing,
}

// `start_of`: the bundle's name → its `Start`, from `pages.json`.
include!(concat!(env!("OUT_DIR"), "/entries.rs"));

/// Whether two names are the same (a `const fn`, for `start_of`).
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

/// Starts the page `start`. Inlined into the binary, where `start` is a
/// constant, so only the page's own branch (and its code) is linked.
#[inline(always)]
pub fn start_page(start: Start) {
    match start {
        Start::Main => start_main(),
        Start::Results => start_results(),
        Start::Team => start_team(),
        Start::Guide => start_guide(),
        Start::Card => start_card(),
        Start::Trends => start_trends(),
        Start::Run(instrument) => start_run(instrument),
        Start::Embed(instrument) => start_embed(instrument),
        Start::Nothing => {}
    }
}

/// A bundle's binary: `main` starts what the registry says the bundle
/// (the binary's name, known when it is compiled) starts, and the global
/// allocator is the one it names. Every `[[bin]]` of an entry page is
/// this macro alone, so the registry, not the binary, decides its page.
#[macro_export]
macro_rules! entry_point {
    () => {
        /// What this bundle starts.
        const PAGE: $crate::entry::Start = $crate::entry::start_of(env!("CARGO_BIN_NAME"));

        fn main() {
            $crate::entry::start_page(PAGE);
        }

        #[cfg(target_arch = "wasm32")]
        mod allocator {
            use std::alloc::{GlobalAlloc, Layout};

            use ::lol_alloc::{AssumeSingleThreaded, FreeListAllocator};

            /// Talc where the registry asks for it (`"allocator": "talc"`), else
            /// lol_alloc: a constant, so the other one is never linked.
            const TALC: bool = $crate::entry::uses_talc(env!("CARGO_BIN_NAME"));

            /// lol_alloc is tiny (dlmalloc is about 3 KiB of the first load) and
            /// enough for a page that allocates little. Talc is for a page that
            /// lists whole histories: lol_alloc's free list makes many allocations
            /// quadratic (3,000 results took 5.5 s to show, 0.5 s with Talc).
            struct PageAllocator {
                small: AssumeSingleThreaded<FreeListAllocator>,
                fast: ::talc::TalckWasm,
            }

            // SAFETY: each call goes to one allocator, the same one for the
            // bundle's whole life (`TALC` is a constant), which keeps its contract.
            unsafe impl GlobalAlloc for PageAllocator {
                unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
                    if TALC {
                        self.fast.alloc(layout)
                    } else {
                        self.small.alloc(layout)
                    }
                }
                unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
                    if TALC {
                        self.fast.dealloc(ptr, layout)
                    } else {
                        self.small.dealloc(ptr, layout)
                    }
                }
                unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
                    if TALC {
                        self.fast.alloc_zeroed(layout)
                    } else {
                        self.small.alloc_zeroed(layout)
                    }
                }
                unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
                    if TALC {
                        self.fast.realloc(ptr, layout, new_size)
                    } else {
                        self.small.realloc(ptr, layout, new_size)
                    }
                }
            }

            #[global_allocator]
            static ALLOCATOR: PageAllocator = PageAllocator {
                // SAFETY: the wasm build runs on one thread; no other thread can allocate.
                small: unsafe { AssumeSingleThreaded::new(FreeListAllocator::new()) },
                // SAFETY: one thread, and only one of the two ever grows the memory.
                fast: unsafe { ::talc::TalckWasm::new_global() },
            };
        }
    };
}

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
fn start_main() {
    once_words_are_in(route::Document::Main, || {
        first_screen::take_down();
        render_app(app::main_pages, app::Chrome(Some(app::site_chrome)));
    });
}

/// Mounts the app of an embed page (`embed-<id>.html`): one instrument,
/// no site chrome, its own saved document, messages to the host.
fn start_embed(instrument: Instrument) {
    let config = embed_bridge::start(instrument);
    persist::hook::set_document_key(format!("forkpoint:embed:{}", config.embed_id));
    mount(route::Document::Embed, app::embed_pages, app::Chrome(None));
}

/// Mounts `team.html`: the team view, with the site around it and no saved
/// document (it keeps nothing, so it carries no storage).
fn start_team() {
    once_words_are_in(route::Document::Team, || {
        yew::Renderer::<pages::team::TeamPage>::new().render();
    });
}

/// Mounts `guide.html`: the conversation guide, made from the Fork quiz
/// result in its address; like the team view, it keeps nothing.
fn start_guide() {
    once_words_are_in(route::Document::Guide, || {
        yew::Renderer::<pages::guide::GuidePage>::new().render();
    });
}

/// Mounts `card.html`: an image to post and a reminder to retake, made
/// from the result in its address; it keeps nothing either.
fn start_card() {
    once_words_are_in(route::Document::Card, || {
        yew::Renderer::<pages::card::CardPage>::new().render();
    });
}

/// Mounts `trends.html`: one's saved results over time, in the site's
/// frame with the saved document (read, and kept as any page keeps it).
fn start_trends() {
    mount(
        route::Document::Trends,
        app::trends_pages,
        app::Chrome(Some(app::site_chrome)),
    );
}

/// Mounts the page of an instrument of its own (`balance.html`,
/// `stage.html`): its run, saved and shared results, in the site's frame
/// with the saved document.
fn start_run(instrument: Instrument) {
    mount(
        route::Document::Run(instrument),
        app::instrument_pages,
        app::Chrome(Some(app::site_chrome)),
    );
}

/// Mounts the app of `results.html` (history, data, shared results).
fn start_results() {
    mount(
        route::Document::Results,
        app::results_pages,
        app::Chrome(Some(app::site_chrome)),
    );
}

#[cfg(test)]
mod tests {
    use super::{start_of, uses_talc, Instrument, Start};

    #[test]
    fn every_bundle_of_the_registry_starts_its_page() {
        let registry: serde_json::Value =
            serde_json::from_str(include_str!("../pages.json")).expect("pages.json");
        let pages = registry["pages"].as_array().expect("pages");
        for page in pages {
            let bundle = page["bundle"].as_str().expect("bundle");
            let instrument = |field: &str| {
                Instrument::from_id(page[field].as_str().expect(field)).expect("an instrument")
            };
            let expected = match page["document"].as_str().expect("document") {
                "main" => Start::Main,
                "results" => Start::Results,
                "team" => Start::Team,
                "guide" => Start::Guide,
                "card" => Start::Card,
                "trends" => Start::Trends,
                "run" => Start::Run(instrument("runs")),
                "embed" => Start::Embed(instrument("embeds")),
                other => panic!("{bundle}: unknown document {other}"),
            };
            assert_eq!(start_of(bundle), expected, "{bundle}");
            assert_eq!(uses_talc(bundle), page["allocator"] == "talc", "{bundle}");
        }
        assert!(
            uses_talc("forkpoint-results"),
            "the page that lists whole histories"
        );
        // A name the registry does not have (the host tool), or only the
        // beginning of one, starts nothing.
        assert_eq!(start_of("forkpoint-first-screen"), Start::Nothing);
        assert_eq!(start_of("forkpoint-result"), Start::Nothing);
        assert_eq!(start_of("forkpoint-resultsx"), Start::Nothing);
        assert!(!uses_talc("forkpoint"));
    }
}
