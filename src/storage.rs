//! The localStorage adapter: the only code that touches browser storage. It
//! never panics; every JS exception (storage missing, blocked in a sandboxed
//! or third-party iframe, quota exceeded) becomes a typed `StorageError`.

use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all, or the browser refuses access (private modes,
    /// blocked third-party storage).
    Unavailable(String),
    /// The write did not fit; what was stored before is untouched.
    QuotaExceeded,
    /// Any other failure, with the browser's own description.
    Failed(String),
}

fn describe(error: &JsValue) -> (String, String) {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => (e.name(), e.message()),
        None => (String::new(), error.as_string().unwrap_or_default()),
    }
}

fn classify(error: JsValue) -> StorageError {
    let (name, message) = describe(&error);
    match name.as_str() {
        // Chromium and Firefox name it differently, and old WebKit only sets the code.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable(message),
        _ if error.dyn_ref::<web_sys::DomException>().map(|e| e.code()) == Some(22) => {
            StorageError::QuotaExceeded
        }
        _ => StorageError::Failed(if message.is_empty() { name } else { message }),
    }
}

/// A handle on `window.localStorage`.
#[derive(Clone, Debug)]
pub struct Storage {
    inner: web_sys::Storage,
}

impl Storage {
    /// Opens localStorage for reading; `probe_write` tells whether writes
    /// go through. A storage that refuses writes can still hold what the
    /// person saved earlier, so it is never treated as empty.
    pub fn open() -> Result<Storage, StorageError> {
        let window =
            web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        let inner = window
            .local_storage()
            .map_err(|e| match classify(e) {
                StorageError::Failed(m) => StorageError::Unavailable(m),
                other => other,
            })?
            .ok_or_else(|| {
                StorageError::Unavailable("this browser offers no localStorage".into())
            })?;
        Ok(Storage { inner })
    }

    /// Whether a write goes through now: a full quota, or a browser that
    /// lets pages read but not write, fails here (and what is stored stays
    /// readable).
    pub fn probe_write(&self) -> Result<(), StorageError> {
        self.set(PROBE_KEY, "1")?;
        self.remove(PROBE_KEY)
    }

    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get_item(key).map_err(classify)
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner.set_item(key, value).map_err(classify)
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove_item(key).map_err(classify)
    }

    /// Every key that starts with `prefix`, e.g. everything the app wrote.
    pub fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let length = self.inner.length().map_err(classify)?;
        let mut keys = Vec::new();
        for index in 0..length {
            if let Some(key) = self.inner.key(index).map_err(classify)? {
                if key.starts_with(prefix) {
                    keys.push(key);
                }
            }
        }
        Ok(keys)
    }
}

/// Written and removed once at start-up to test that storage accepts writes.
const PROBE_KEY: &str = "forkpoint:probe";
