//! The browser side of the words: which locale a page shows, and loading
//! its words before anything shows. The build writes one words file per
//! page and locale (the chunks its screens show, hashed, cached for
//! offline) and lists them in the page's `<meta name="forkpoint-words">`;
//! the page preloads the default locale's. Never panics: every failure is
//! a `WordsError`.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::words::{self, Text};

/// English as the build writes its words files, for the browser tests.
#[cfg(feature = "test-words")]
#[doc(hidden)]
pub mod english_files {
    include!(concat!(env!("OUT_DIR"), "/words_en_files.rs"));
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsError {
    /// The page has no list of words files, or the list is not readable.
    NoList,
    /// Fetching failed: offline before the file was saved, or the server refused.
    Fetch,
    /// The file is not a words file of this build.
    NotWords,
}

/// The words file `assets/words-client.js` started loading as the page
/// was read (it picks the locale: `?lang=` when the build has it, the
/// page's default otherwise), installed when it arrives.
pub async fn load() -> Result<(), WordsError> {
    let (started, locale) = started()?;
    let promise = field(&started, "file")
        .and_then(|file| file.dyn_into().ok())
        .ok_or(WordsError::NoList)?;
    arrive(&locale, promise).await
}

/// The words only later screens show, which `assets/words-client.js`
/// fetches when asked (after the first screen is up), installed when they
/// arrive. A page without such words has nothing to wait for.
pub async fn load_later() -> Result<(), WordsError> {
    let (started, locale) = started()?;
    let Some(later) = field(&started, "later") else {
        return Ok(());
    };
    let promise = later
        .dyn_into::<js_sys::Function>()
        .ok()
        .and_then(|fetch| fetch.call0(&JsValue::NULL).ok())
        .and_then(|promise| promise.dyn_into().ok())
        .ok_or(WordsError::NoList)?;
    arrive(&locale, promise).await
}

/// `window.forkpointWords` and the locale it chose.
fn started() -> Result<(JsValue, String), WordsError> {
    let started = web_sys::window()
        .and_then(|window| field(&window, "forkpointWords"))
        .ok_or(WordsError::NoList)?;
    let locale = field(&started, "locale")
        .and_then(|locale| locale.as_string())
        .ok_or(WordsError::NoList)?;
    Ok((started, locale))
}

async fn arrive(locale: &str, promise: js_sys::Promise) -> Result<(), WordsError> {
    let file = JsFuture::from(promise)
        .await
        .map_err(|_| WordsError::Fetch)?;
    install(locale, &file)
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// Hands the update notice of `assets/sw-client.js`, which is plain JS, its
/// words. (`assets/words-client.js` has set `<html lang>` and `dir` as it
/// chose the locale and read its file.)
pub fn hand_words_to_scripts() {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-update-ready", &words::keys::SITE_UPDATE_READY.text());
        let _ = root.set_attribute(
            "data-update-reload",
            &words::keys::SITE_UPDATE_RELOAD.text(),
        );
    }
}

/// Installs a parsed words file (also used by the browser tests):
/// `{"keys": fingerprint, "chunks": {chunk: [text or [category, text, …], …]}}`,
/// each chunk's words in key order. A file from another build (another
/// key list) is refused whole rather than showing wrong words.
pub fn install(locale: &str, file: &JsValue) -> Result<(), WordsError> {
    let fingerprint = field(file, "keys").and_then(|keys| keys.as_string());
    if fingerprint.as_deref() != Some(words::keys::KEYS_FINGERPRINT) {
        return Err(WordsError::NotWords);
    }
    let chunks = field(file, "chunks").ok_or(WordsError::NotWords)?;
    // The chunks this app has; a file naming others is from another build,
    // which the fingerprint has already refused.
    for (chunk, _, _) in words::keys::CHUNKS {
        let Some(list) = field(&chunks, chunk) else {
            continue;
        };
        let list: js_sys::Array = list.dyn_into().map_err(|_| WordsError::NotWords)?;
        let count = list.length() as usize;
        // Read as shown: only the words a screen needs cross into Rust.
        let read = Box::new(move |at: usize| text(list.get(at as u32)));
        words::install(locale, chunk, count, read).map_err(|_| WordsError::NotWords)?;
    }
    Ok(())
}

/// A text, or a counting word's forms as `[category, text, category, text, …]`.
fn text(entry: JsValue) -> Option<Text> {
    if let Some(text) = entry.as_string() {
        return Some(Text::Plain(text.into_boxed_str()));
    }
    let list: js_sys::Array = entry.dyn_into().ok()?;
    let mut forms = Vec::new();
    let mut items = list.iter();
    while let (Some(category), Some(form)) = (items.next(), items.next()) {
        forms.push((
            category.as_string()?.into_boxed_str(),
            form.as_string()?.into_boxed_str(),
        ));
    }
    Some(Text::Plural(forms))
}

/// What a page shows when its words cannot be loaded: there is no catalog
/// to word it from, so this one sentence is English on purpose.
pub fn show_failure(error: &WordsError) {
    let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    else {
        return;
    };
    let detail = match error {
        WordsError::NoList => "the page lists no words",
        WordsError::Fetch => "its words file could not be fetched",
        WordsError::NotWords => "its words file is not this build's",
    };
    web_sys::console::error_1(&format!("Forkpoint could not load its words: {detail}").into());
    body.set_inner_html(
        "<main class=\"page narrow\"><h1>Forkpoint could not load</h1>\
         <p>Check your connection and reload the page. Your saved answers are safe.</p></main>",
    );
}
