//! Browser adapters for files: saving a download (the whole saved document
//! as an export file above all, a reminder, an image), and reading a file
//! the person picked. JS errors become plain messages; nothing panics.

use wasm_bindgen::{JsCast, JsValue};

use crate::state::document::Document;
use crate::state::encode_export;
use crate::store::now;
use wasm_bindgen_futures::JsFuture;

/// A JS error (or anything thrown) as a plain message.
pub(crate) fn message(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Offers `text` to the person as a file called `name`.
pub fn save_text_file(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(message)?;
    save_blob(name, &blob)
}

/// Offers `blob` (a text, an image) to the person as a file called `name`.
pub fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(message)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(message)?
        .dyn_into()
        .map_err(|_| "could not create a link".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoking at once can cancel the download in some browsers; a later tick is safe.
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(5)).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

/// The text of the first file chosen in an `<input type="file">`.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or("no file was chosen")?;
    let text = JsFuture::from(file.text()).await.map_err(message)?;
    text.as_string()
        .ok_or_else(|| "the file could not be read as text".to_string())
}

/// Copies text to the clipboard; Err when the browser does not allow it.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or("no clipboard")?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(message)
}

/// Offers the whole document as a JSON file named after today's date.
pub fn export_document(doc: &Document) {
    let today: String = String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect();
    let text = encode_export(doc, now());
    let _ = save_text_file(
        &format!("forkpoint-{today}.json"),
        &text,
        "application/json",
    );
}
