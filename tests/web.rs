//! Browser tests (wasm-bindgen-test in headless Chromium): the real app
//! mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use forkpoint::app::{main_pages, site_chrome, AppProps, Chrome, Pages};
use forkpoint::content::home;
use forkpoint::App;
use wasm_bindgen_test::*;
use yew::prelude::*;

fn main_app() -> AppProps {
    AppProps {
        pages: Pages(main_pages),
        chrome: Chrome(Some(site_chrome)),
    }
}

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn set_hash(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// English, as the pages fetch it: the build's words files through the
/// browser's JSON and the loader's own installing.
fn english() {
    let file = js_sys::JSON::parse(forkpoint::words_loader::english_files::ENGLISH_FILE).unwrap();
    forkpoint::words_loader::install("en", &file).unwrap();
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
async fn home_screen_renders_title_and_both_instruments() {
    english();
    set_hash("/");
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), main_app()).render();
    settle().await;

    let h1 = root
        .query_selector("h1")
        .unwrap()
        .expect("the home screen has a heading");
    assert_eq!(h1.text_content().unwrap(), home::TITLE.text());

    let links = root.query_selector_all("a.button").unwrap();
    let labels: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.text_content())
        .collect();
    for instrument in home::INSTRUMENTS {
        assert!(
            labels.iter().any(|l| *l == instrument.start_label.text()),
            "missing {labels:?}"
        );
    }
    let text = root.text_content().unwrap();
    assert!(text.contains(&home::PRIVACY_HEADING.text()));
    // Gone with its listeners, so the next test's app is the only one.
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_route_follows_the_address_bar_fragment() {
    english();
    set_hash("/");
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), main_app()).render();
    // Settled after mounting: the later words' answer (none here) has come.
    for _ in 0..4 {
        settle().await;
    }
    // The heading once it is `expected`, or what it is after a second: a
    // fixed pause was too short for WebKit on a busy machine.
    let heading = |root: web_sys::Element, expected: String| async move {
        let text = || {
            root.query_selector("h1")
                .ok()
                .flatten()
                .and_then(|h1| h1.text_content())
                .unwrap_or_default()
        };
        for _ in 0..50 {
            if text() == expected {
                break;
            }
            settle().await;
        }
        text()
    };
    for (hash, title) in [
        ("/", home::TITLE.text()),
        ("/quiz", forkpoint::content::quiz_screens::TITLE.text()),
        ("/path", forkpoint::content::path_screens::TITLE.text()),
        (
            "/no-such-page",
            forkpoint::content::site::NOT_FOUND_TITLE.text(),
        ),
    ] {
        set_hash(hash);
        let shown = heading(root.clone(), title.clone()).await;
        let now = web_sys::window().unwrap().location().hash().unwrap();
        assert_eq!(shown, title, "{hash}, the address says {now}");
    }
    set_hash("/");
    settle().await;
    app.destroy();
    root.remove();
}

/// A flow's step whose render the address outruns: the address moves on
/// (as a followed link moves it) after the render read it and before the
/// render's effects run, which Yew's yielding scheduler allows.
#[function_component]
fn StepOutrunByTheAddress() -> Html {
    forkpoint::router::use_step_history("#/quiz/2".into(), Callback::noop());
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/path"))
        .unwrap();
    html! { <p>{ "step 2" }</p> }
}

#[wasm_bindgen_test]
async fn a_step_never_writes_over_an_address_that_moved_to_another_route() {
    set_hash("/quiz/1");
    settle().await;
    let root = fresh_root();
    let app = yew::Renderer::<StepOutrunByTheAddress>::with_root(root.clone()).render();
    settle().await;
    let now = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(
        now, "#/path",
        "the step put its own address back over the new one"
    );
    app.destroy();
    root.remove();
    set_hash("/");
    settle().await;
}

#[wasm_bindgen_test]
fn the_loader_installs_a_chunk_and_words_take_plural_forms_from_intl() {
    use forkpoint::content::words::keys;
    english();
    assert_eq!(
        keys::RESULTS_CHANGED_ANSWERS.count(1, &[]),
        "1 answer changed"
    );
    assert_eq!(
        keys::RESULTS_CHANGED_ANSWERS.count(1250, &[]),
        "1,250 answers changed"
    );
    assert_eq!(forkpoint::intl::number("de", 17.5, 1), "17,5");
    assert_eq!(forkpoint::intl::plural_category("de", 1), "one");
    // A file of another build (another key list), or of the wrong shape, is refused whole.
    let english = forkpoint::words_loader::english_files::ENGLISH_FILE;
    let other_build = english.replacen(keys::KEYS_FINGERPRINT, "0000000000000000", 1);
    let fingerprint = keys::KEYS_FINGERPRINT;
    let short_chunk = format!(r#"{{"keys": "{fingerprint}", "chunks": {{"site": ["x"]}}}}"#);
    for bad in [
        other_build.as_str(),
        short_chunk.as_str(),
        r#"{"keys": 3}"#,
        "[]",
    ] {
        let tree = js_sys::JSON::parse(bad).unwrap();
        assert!(
            forkpoint::words_loader::install("en", &tree).is_err(),
            "{bad}"
        );
    }
}

/// The storage adapter against the real localStorage (run with the
/// `saved-state` feature, as scripts/test.sh does).
mod storage_adapter {
    use forkpoint::storage::{Storage, StorageError};
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn writes_reads_lists_and_removes() {
        let storage = Storage::open().expect("localStorage is available in the test browser");
        storage.set("forkpoint:test:a", "1").unwrap();
        storage.set("forkpoint:test:b", "2").unwrap();
        storage.set("other:key", "3").unwrap();
        assert_eq!(
            storage.get("forkpoint:test:a").unwrap().as_deref(),
            Some("1")
        );
        assert_eq!(storage.get("forkpoint:test:missing").unwrap(), None);
        let mut keys = storage.keys_with_prefix("forkpoint:test:").unwrap();
        keys.sort();
        assert_eq!(keys, vec!["forkpoint:test:a", "forkpoint:test:b"]);
        for key in ["forkpoint:test:a", "forkpoint:test:b", "other:key"] {
            storage.remove(key).unwrap();
        }
        assert_eq!(storage.get("forkpoint:test:a").unwrap(), None);
        assert_eq!(
            storage.get("forkpoint:probe").unwrap(),
            None,
            "the write probe is cleaned up"
        );
    }

    #[wasm_bindgen_test]
    fn a_full_quota_is_a_typed_error_and_keeps_the_old_value() {
        let storage = Storage::open().unwrap();
        storage.set("forkpoint:test:kept", "old").unwrap();
        // Far more than any browser's per-origin localStorage quota.
        let huge = "x".repeat(16 * 1024 * 1024);
        assert_eq!(
            storage.set("forkpoint:test:kept", &huge),
            Err(StorageError::QuotaExceeded)
        );
        assert_eq!(
            storage.get("forkpoint:test:kept").unwrap().as_deref(),
            Some("old")
        );
        storage.remove("forkpoint:test:kept").unwrap();
    }
}

/// The embed adapter: settings read from the real address, the look applied
/// through the CSSOM, hostile values refused, and no message without a host.
mod embed_bridge {
    use forkpoint::embed::{AccentSet, EmbedEvent, Instrument, Rgb, Theme};
    use forkpoint::embed_bridge::{post, start, BridgeError};
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn settings_come_from_the_address_and_hostile_ones_are_refused() {
        let window = web_sys::window().unwrap();
        let before = window.location().href().unwrap();
        let query = "?theme=dark&accent=%230b6e64&id=web-test&origin=javascript%3Aalert(1)\
                     &cta-balanced-url=https%3A%2F%2Fexample.com%2F&cta-balanced-label=%3Cb%3E";
        window
            .history()
            .unwrap()
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query))
            .unwrap();
        let config = start(Instrument::Quiz);
        window
            .history()
            .unwrap()
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
            .unwrap();

        assert_eq!(config.theme, Theme::Dark);
        assert_eq!(config.embed_id, "web-test");
        assert_eq!(config.parent_origin, None, "a hostile origin is refused");
        assert_eq!(config.ctas.len(), 1);
        assert_eq!(
            config.ctas[0].label, None,
            "markup in a label is refused, for the catalog's default"
        );

        let root = window.document().unwrap().document_element().unwrap();
        assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
        assert!(root.has_attribute("data-embed"));
        let style = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root.clone())
            .unwrap()
            .style();
        let expected = AccentSet::from_host(Rgb(0x0b, 0x6e, 0x64));
        assert_eq!(
            style.get_property_value("--host-accent-dark").unwrap(),
            expected.dark.css()
        );
        assert_eq!(
            style.get_property_value("--host-accent-light").unwrap(),
            expected.light.css()
        );

        // Without a host origin the embed stays silent rather than guess.
        assert_eq!(
            post(&config, &EmbedEvent::Ready),
            Err(BridgeError::NoHostOrigin)
        );
        for name in ["data-theme", "data-embed", "data-accent", "style"] {
            root.remove_attribute(name).unwrap();
        }
    }
}

/// The host's hand-written stored documents, read here too.
#[path = "../src/state/tests/fixtures.rs"]
mod fixtures;

/// The stored format through the parser that ships: the browser's
/// `JSON.parse`, walked into the value the reader reads. The same cases as
/// the host's serde_json (src/state/tests/json_cases.rs), and the same
/// hand-written documents as the host's codec tests.
mod stored_format {
    use forkpoint::state::json::{Json, JsonError, MAX_DEPTH, MAX_JSON_BYTES};
    use forkpoint::state::json_parser::{parse, MAX_SAFE_INTEGER};
    use forkpoint::state::{decode, encode, Access, Instrument};
    use wasm_bindgen_test::*;

    include!("../src/state/tests/json_cases.rs");

    use super::fixtures;

    #[wasm_bindgen_test]
    fn every_shared_case_reads_as_on_the_host_and_written_values_read_back() {
        check_parser(parse);
    }

    #[wasm_bindgen_test]
    fn only_a_number_too_large_for_any_float_is_refused() {
        // serde_json calls it a syntax error; the browser reads infinity.
        assert_eq!(parse("[1e400]"), Err(JsonError::UnsupportedNumber));
    }

    #[wasm_bindgen_test]
    fn a_lone_surrogate_is_read_as_a_replacement_character() {
        // serde_json refuses it; the browser reads it, and text never panics.
        assert_eq!(
            parse(r#""a\ud800b""#),
            Ok(Json::String("a\u{fffd}b".to_string()))
        );
    }

    #[wasm_bindgen_test]
    fn the_hand_written_documents_read_as_on_the_host() {
        let v1 = decode(fixtures::V1_DOCUMENT).unwrap();
        assert_eq!(v1.skipped_entries, 0);
        assert_eq!(v1.document.revision, 12);
        let quiz = v1.document.runs.get(Instrument::Quiz.id());
        assert_eq!(quiz.map(|run| run.flow.answers.len()), Some(3));
        let path = v1.document.runs.get(Instrument::Path.id());
        let choices = path.map(|run| forkpoint::path::answers_of(&run.flow.answers).choices.len());
        assert_eq!(choices, Some(2));
        assert_eq!(v1.document.history.len(), 2);
        let again = decode(&encode(&v1.document)).unwrap();
        assert_eq!(again.document, v1.document);

        let bad = decode(fixtures::V1_WITH_BAD_ENTRIES).unwrap();
        assert_eq!(bad.skipped_entries, fixtures::SKIPPED_IN_BAD_ENTRIES);

        let newer = decode(fixtures::V2_DOCUMENT).unwrap();
        assert_eq!(newer.access, Access::ReadOnly { found_schema: 2 });
        assert!(encode(&newer.document).contains(r#""theme":"dark""#));
    }
}
