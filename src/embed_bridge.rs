//! The browser side of embedding, in `embed.html`: reads the settings from
//! the address, applies the look, and posts `forkpoint:v1:*` messages to the
//! host page, only ever to the host origin the loader named, never to `*`.
//! Every JS failure is a typed `BridgeError`; nothing here panics.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::embed::{AccentSet, EmbedConfig, EmbedEvent, Instrument, Progress, Summary, Theme};

/// Why a message could not be posted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BridgeError {
    /// The host gave no origin: the embed stays silent rather than guess.
    NoHostOrigin,
    /// Not in a frame, or the browser hides the parent.
    NoParent,
    /// The page framing the embed is not at the origin the loader named.
    WrongHost,
    /// The browser refused the message.
    Refused,
}

static CONFIG: OnceLock<EmbedConfig> = OnceLock::new();

/// The settings this embed started with (the defaults before `start`).
pub fn config() -> EmbedConfig {
    CONFIG.get().cloned().unwrap_or_default()
}

/// Reads and checks the settings, warns about every refused value, and
/// applies theme and accent. Called once, before the app renders.
pub fn start(instrument: Instrument) -> EmbedConfig {
    let (config, rejected) = EmbedConfig::from_pairs(instrument, &query_pairs());
    for refused in rejected {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "Forkpoint embed: ignored setting \"{}\": it {}.",
            refused.name, refused.reason
        )));
    }
    apply_look(&config);
    crate::components::focus::watch_for_use();
    if let Some(origin) = config.parent_origin.as_deref().filter(|o| !framed_by(o)) {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "Forkpoint embed: the page around this frame is not at {origin}, so no messages are sent."
        )));
    }
    let _ = CONFIG.set(config.clone());
    config
}

/// The address's query as name/value pairs, decoded by the browser's
/// `URLSearchParams` (a bad escape reads as U+FFFD); none if unreadable.
fn query_pairs() -> Vec<(String, String)> {
    let Some(params) = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
    else {
        return Vec::new();
    };
    js_sys::Array::from(&params)
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect()
}

/// Whether the page directly around this frame may be at `origin`. Never
/// relied on: every message is posted to `origin` only, so the browser
/// itself refuses delivery to a page elsewhere. Where the browser plainly
/// names another origin (`location.ancestorOrigins[0]`), the embed stays
/// silent and says why, rather than have the browser log a refused message
/// each time. Missing, hidden (Firefox reports "null" when the loader's
/// `referrerpolicy="no-referrer"` hides the host) or unreadable: yes.
fn framed_by(origin: &str) -> bool {
    // Not in web-sys: read through Reflect, and any surprise counts as absent.
    let parent = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into()).ok())
        .filter(|list| list.is_object())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|first| first.as_string());
    ancestor_allows(parent.as_deref(), origin)
}

/// The pure rule behind `framed_by`: only a real, different origin says no.
fn ancestor_allows(reported: Option<&str>, origin: &str) -> bool {
    match reported {
        None | Some("" | "null") => true,
        Some(parent) => parent == origin,
    }
}

fn apply_look(config: &EmbedConfig) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = root.set_attribute("data-embed", "");
    match config.theme {
        Theme::Light => drop(root.set_attribute("data-theme", "light")),
        Theme::Dark => drop(root.set_attribute("data-theme", "dark")),
        Theme::Auto => {}
    }
    if let Some(accent) = config.accent {
        // Through the CSSOM with values rebuilt from numbers: never style
        // text. styles/embed.css picks the pair for the theme in use.
        let set = AccentSet::from_host(accent);
        let style = root.style();
        for (name, colour) in [
            ("--host-accent-light", set.light),
            ("--host-accent-strong-light", set.light_strong),
            ("--host-accent-dark", set.dark),
            ("--host-accent-strong-dark", set.dark_strong),
        ] {
            let _ = style.set_property(name, &colour.css());
        }
        let _ = root.set_attribute("data-accent", "");
    }
}

fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value);
}

fn summary_object(summary: &Summary) -> js_sys::Object {
    let result = js_sys::Object::new();
    set(&result, "band", summary.band.into());
    set(&result, "title", summary.title.as_str().into());
    set(&result, "score", (summary.score as f64).into());
    if let Some(confidence) = summary.confidence {
        set(&result, "confidence", confidence.into());
    }
    result
}

/// The message for `event`: a plain object with `type` and `embedId`.
fn message(config: &EmbedConfig, event: &EmbedEvent) -> js_sys::Object {
    let object = js_sys::Object::new();
    set(&object, "type", event.kind().into());
    set(&object, "embedId", config.embed_id.as_str().into());
    set(&object, "instrument", config.instrument.id().into());
    match event {
        EmbedEvent::Ready | EmbedEvent::Started | EmbedEvent::Close => {}
        EmbedEvent::Step {
            screen,
            step,
            total,
        } => {
            set(&object, "screen", screen.id().into());
            set(&object, "step", (*step as f64).into());
            set(&object, "total", (*total as f64).into());
        }
        EmbedEvent::Height(height) => set(&object, "height", (*height).into()),
        EmbedEvent::Complete(summary) => set(&object, "result", summary_object(summary).into()),
        EmbedEvent::Cta { band } => set(&object, "band", (*band).into()),
    }
    object
}

/// Posts `event` to the host page, at its origin only.
pub fn post(config: &EmbedConfig, event: &EmbedEvent) -> Result<(), BridgeError> {
    let origin = config
        .parent_origin
        .as_deref()
        .ok_or(BridgeError::NoHostOrigin)?;
    let window = web_sys::window().ok_or(BridgeError::NoParent)?;
    let parent = window
        .parent()
        .ok()
        .flatten()
        .ok_or(BridgeError::NoParent)?;
    if parent == window {
        return Err(BridgeError::NoParent);
    }
    if !framed_by(origin) {
        return Err(BridgeError::WrongHost);
    }
    parent
        .post_message(&message(config, event), origin)
        .map_err(|_| BridgeError::Refused)
}

/// Whether the page around this frame has shown that it is at the origin
/// the loader named, so a call to action may show: the loader answers the
/// frame's `ready` with `forkpoint:v1:host`, and only a parent page at that
/// origin can send it. Opened on its own (not in a frame) or framed by
/// another site, the page never shows another site's links as its own.
#[hook]
pub fn use_host_confirmed(config: &EmbedConfig) -> bool {
    let confirmed = use_state_eq(|| false);
    {
        let (confirmed, config) = (confirmed.clone(), config.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "message", move |event| {
                    if event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .is_some_and(|event| from_host(&config, event))
                    {
                        confirmed.set(true);
                    }
                })
            });
            move || drop(listener)
        });
    }
    *confirmed
}

/// A `forkpoint:v1:host` message for this embed, from the parent page, at
/// the named origin.
fn from_host(config: &EmbedConfig, event: &web_sys::MessageEvent) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(parent) = window.parent().ok().flatten().filter(|p| *p != window) else {
        return false;
    };
    let from_parent = event
        .source()
        .is_some_and(|source| js_sys::Object::is(&source, &parent));
    let data = event.data();
    let field = |name: &str| {
        js_sys::Reflect::get(&data, &name.into())
            .ok()
            .and_then(|value| value.as_string())
    };
    from_parent
        && config.parent_origin.as_deref() == Some(event.origin().as_str())
        && field("type").as_deref() == Some(HOST_MESSAGE)
        && field("embedId").as_deref() == Some(config.embed_id.as_str())
}

/// What the loader sends the frame once it knows it (see `use_host_confirmed`).
const HOST_MESSAGE: &str = "forkpoint:v1:host";

/// The height of the content, in whole pixels.
fn content_height() -> Option<u32> {
    let body = web_sys::window()?.document()?.body()?;
    let height = body.get_bounding_client_rect().height();
    (height.is_finite() && height >= 0.0).then(|| height.ceil() as u32)
}

/// Reports the content height whenever it changes. The body's own height
/// does not depend on the frame's (see `html[data-embed]` in the CSS), so
/// the host resizing the frame never feeds back into a new height.
fn watch_height(config: EmbedConfig) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let body = web_sys::window()?.document()?.body()?;
    let last = Rc::new(RefCell::new(0_u32));
    let report = Closure::<dyn FnMut()>::new(move || {
        if let Some(height) = content_height().filter(|h| *h != *last.borrow()) {
            *last.borrow_mut() = height;
            let _ = post(&config, &EmbedEvent::Height(height));
        }
    });
    let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some((observer, report))
}

/// Tells the host page when the embed is ready, started, on a new screen,
/// resized and complete, from `now` (where the person is, worked out once
/// per render by the embed page). For the embed page only. `hold`: the
/// result's words are not in yet, so its name cannot be told: nothing is
/// posted until they are, then everything since.
#[hook]
pub fn use_host_messages(config: &EmbedConfig, now: &Progress, hold: bool) {
    let last = use_mut_ref(|| None::<Progress>);
    {
        let config = config.clone();
        use_effect_with((), move |_| {
            let _ = post(&config, &EmbedEvent::Ready);
            let escape = web_sys::window().map(|window| {
                let config = config.clone();
                gloo::events::EventListener::new(&window, "keydown", move |event| {
                    let unclaimed_escape = event
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|key| key.key() == "Escape" && !key.default_prevented());
                    if unclaimed_escape {
                        let _ = post(&config, &EmbedEvent::Close);
                    }
                })
            });
            let watcher = watch_height(config);
            move || {
                drop(escape);
                if let Some((observer, _closure)) = watcher {
                    observer.disconnect();
                }
            }
        });
    }
    let config = config.clone();
    use_effect_with((now.clone(), hold), move |(now, hold)| {
        if *hold {
            return;
        }
        let before = last.borrow().clone();
        for event in crate::embed::events::events_between(before.as_ref(), now) {
            let _ = post(&config, &event);
        }
        *last.borrow_mut() = Some(now.clone());
    });
}

#[cfg(test)]
mod tests {
    use super::ancestor_allows;

    #[test]
    fn a_hidden_or_missing_ancestor_never_silences_the_embed() {
        let host = "https://careers.example.com";
        assert!(ancestor_allows(None, host));
        assert!(
            ancestor_allows(Some("null"), host),
            "Firefox under no-referrer"
        );
        assert!(ancestor_allows(Some(""), host));
        assert!(ancestor_allows(Some(host), host));
        assert!(!ancestor_allows(Some("https://evil.example"), host));
    }
}
