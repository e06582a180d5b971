//! A minimal JSON value with a strict parser and a compact writer, written here
//! because serde_json alone would cost about 17 KiB of the 120 KiB wasm budget.
//!
//! Only what Forkpoint stores is supported: null, booleans, integers that fit
//! in an i64, strings, arrays and objects. The parser reads untrusted text
//! (localStorage, imported files) and never panics: size and nesting are
//! capped before any work is done.

use crate::content::words::{keys, Word};
use std::fmt::Write as _;

/// Larger than any document a person could produce by answering questions;
/// bigger text is refused before parsing so a hostile file cannot stall the tab.
pub const MAX_JSON_BYTES: usize = 2 * 1024 * 1024;

/// Our documents nest at most five levels; 32 leaves room for growth while
/// keeping the recursive parser (and the recursive drop of the value) shallow.
pub const MAX_DEPTH: usize = 32;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Only integers: we never write fractions, so reading one means the text
    /// was not written by Forkpoint.
    Int(i64),
    String(String),
    Array(Vec<Json>),
    /// Kept in text order; a duplicated key is kept too, and lookups see the last.
    Object(Vec<(String, Json)>),
    /// Text already in JSON form (`to_text` of a parsed value), written as
    /// it is: what a newer version saved and this one keeps unread
    /// (`unknown::Unknown`). `parse` never makes one.
    Raw(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Nothing but whitespace.
    Empty,
    /// The text stops in the middle of a value.
    UnexpectedEnd,
    /// `at` is a byte offset into the text, as are all positions below.
    UnexpectedChar {
        at: usize,
    },
    InvalidEscape {
        at: usize,
    },
    /// A fraction, an exponent, or an integer outside the i64 range.
    UnsupportedNumber {
        at: usize,
    },
    TooDeep,
    TooLarge,
    TrailingCharacters {
        at: usize,
    },
}

impl JsonError {
    /// For a person, in the locale in use; positions are counted in bytes from the start.
    pub fn message(&self) -> String {
        let at = |word: Word, at: &usize| word.with(&[("at", &at.to_string())]);
        match self {
            JsonError::Empty => keys::DATA_ERRORS_JSON_EMPTY.text(),
            JsonError::UnexpectedEnd => keys::DATA_ERRORS_JSON_UNEXPECTED_END.text(),
            JsonError::UnexpectedChar { at: position } => {
                at(keys::DATA_ERRORS_JSON_UNEXPECTED_CHAR, position)
            }
            JsonError::InvalidEscape { at: position } => {
                at(keys::DATA_ERRORS_JSON_INVALID_ESCAPE, position)
            }
            JsonError::UnsupportedNumber { at: position } => {
                at(keys::DATA_ERRORS_JSON_UNSUPPORTED_NUMBER, position)
            }
            JsonError::TooDeep => keys::DATA_ERRORS_JSON_TOO_DEEP.text(),
            JsonError::TooLarge => keys::DATA_ERRORS_JSON_TOO_LARGE
                .with(&[("mib", &(MAX_JSON_BYTES / (1024 * 1024)).to_string())]),
            JsonError::TrailingCharacters { at: position } => {
                at(keys::DATA_ERRORS_JSON_TRAILING_CHARACTERS, position)
            }
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
