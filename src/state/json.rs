//! The JSON value the stored format is read into and written from, and its
//! compact writer. Reading is done by a maintained parser (`json_parser`:
//! the browser's `JSON.parse` in the app, serde_json on the host); serde's
//! derives would add about 9 KiB to every page that stores answers
//! (docs/size.md), so the typed reading over this value stays ours.
//!
//! Only integers are read as numbers: Forkpoint never writes a fraction, so
//! any other number is kept as its text (`Json::Raw`), unread, and written
//! back as it came.

use crate::content::words::keys;
use std::fmt::Write as _;

/// Larger than any document a person could produce by answering questions;
/// bigger text is refused before parsing so a hostile file cannot stall the tab.
pub const MAX_JSON_BYTES: usize = 2 * 1024 * 1024;

/// Our documents nest at most five levels; 32 leaves room for growth while
/// keeping the recursive reading (and the recursive drop of the value) shallow.
pub const MAX_DEPTH: usize = 32;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Only integers JavaScript holds exactly (up to 2^53 - 1 either way):
    /// we never write fractions, and the browser could not read larger ones.
    Int(i64),
    String(String),
    Array(Vec<Json>),
    /// Kept in text order; a duplicated key is kept too, and lookups see the last.
    Object(Vec<(String, Json)>),
    /// Text already in JSON form, written as it is: what a newer version
    /// saved and this one keeps unread (`unknown::Unknown`), and any number
    /// that is not an `Int` (`json_parser` keeps it as its text, so no
    /// reader takes it for one).
    Raw(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Nothing but whitespace.
    Empty,
    /// Not JSON: cut off, or with something that does not belong. (The
    /// browser's parser says where in English only, so the message does not.)
    Syntax,
    /// A number too large for any float (JavaScript reads it as infinity).
    UnsupportedNumber,
    TooDeep,
    TooLarge,
}

impl JsonError {
    /// For a person, in the locale in use.
    pub fn message(&self) -> String {
        match self {
            JsonError::Empty => keys::DATA_ERRORS_JSON_EMPTY.text(),
            JsonError::Syntax => keys::DATA_ERRORS_JSON_SYNTAX.text(),
            JsonError::UnsupportedNumber => keys::DATA_ERRORS_JSON_UNSUPPORTED_NUMBER.text(),
            JsonError::TooDeep => keys::DATA_ERRORS_JSON_TOO_DEEP.text(),
            JsonError::TooLarge => keys::DATA_ERRORS_JSON_TOO_LARGE
                .with(&[("mib", &(MAX_JSON_BYTES / (1024 * 1024)).to_string())]),
        }
    }
}

impl Json {
    /// Compact text: no whitespace, every string escaped so it parses back equal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    pub(crate) fn write_to(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(true) => out.push_str("true"),
            Json::Bool(false) => out.push_str("false"),
            Json::Int(number) => {
                // Writing into a String cannot fail; the Result only exists for other writers.
                let _ = write!(out, "{number}");
            }
            Json::String(text) => write_string(text, out),
            Json::Raw(text) => out.push_str(text),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write_to(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (index, (key, value)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_to(out);
                }
                out.push('}');
            }
        }
    }

    /// The value under `key` in an object; with duplicated keys, the last one,
    /// as JavaScript's `JSON.parse` would see it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Int(number) => Some(*number),
            _ => None,
        }
    }

    /// Non-negative integers only: counts, timestamps and revisions.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|number| u64::try_from(number).ok())
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }
}

/// Quotes and backslashes must be escaped to parse back; control characters
/// are not allowed raw inside JSON strings, so they are escaped too.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            control if u32::from(control) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(control));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}
