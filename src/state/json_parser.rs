//! Text into a `Json` value through a maintained parser, never one of our
//! own: the browser's `JSON.parse` in the app, serde_json on the host (where
//! the tests run). Both trees go through the same rules here: size capped
//! before parsing, nesting capped while converting, and only integers
//! JavaScript holds exactly read as numbers (any other finite number is kept
//! as its text, `Json::Raw`, so a reader skips it as one bad entry and it is
//! written back as it came).

use super::json::{Json, JsonError, MAX_DEPTH, MAX_JSON_BYTES};

/// JavaScript's `Number.MAX_SAFE_INTEGER`: the largest integer both parsers
/// read exactly, so a document reads the same in the app and in the tests.
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// Parses one JSON value surrounded by optional whitespace.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(JsonError::TooLarge);
    }
    if text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
        return Err(JsonError::Empty);
    }
    platform::parse(text)
}

/// The nesting check both converters make before going one level down.
fn deeper(depth: usize) -> Result<usize, JsonError> {
    if depth >= MAX_DEPTH {
        Err(JsonError::TooDeep)
    } else {
        Ok(depth.saturating_add(1))
    }
}

#[cfg(target_arch = "wasm32")]
mod platform {
    //! The browser's `JSON.parse`, its tree walked into a `Json` value.
    use super::{deeper, Json, JsonError, MAX_SAFE_INTEGER};
    use wasm_bindgen::{JsCast, JsValue};

    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let value = js_sys::JSON::parse(text).map_err(|_| JsonError::Syntax)?;
        convert(&value, 0)
    }

    /// Each question put to a value crosses into JavaScript, so the most
    /// common kinds in a document (numbers, then strings) are asked first.
    fn convert(value: &JsValue, depth: usize) -> Result<Json, JsonError> {
        if let Some(number) = value.as_f64() {
            return self::number(value, number);
        }
        if let Some(text) = value.as_string() {
            return Ok(Json::String(text));
        }
        if let Some(flag) = value.as_bool() {
            return Ok(Json::Bool(flag));
        }
        if value.is_null() {
            return Ok(Json::Null);
        }
        let depth = deeper(depth)?;
        if js_sys::Array::is_array(value) {
            let array: &js_sys::Array = value.unchecked_ref();
            return array
                .iter()
                .map(|item| convert(&item, depth))
                .collect::<Result<_, _>>()
                .map(Json::Array);
        }
        // `JSON.parse` makes nothing else: what is left is a plain object.
        let object: &js_sys::Object = value.unchecked_ref();
        js_sys::Object::keys(object)
            .iter()
            .map(|key| {
                let field = js_sys::Reflect::get(object, &key).map_err(|_| JsonError::Syntax)?;
                Ok((key.as_string().unwrap_or_default(), convert(&field, depth)?))
            })
            .collect::<Result<_, _>>()
            .map(Json::Object)
    }

    fn number(value: &JsValue, number: f64) -> Result<Json, JsonError> {
        // `Number.isSafeInteger`, without another call into JavaScript.
        if number.fract() == 0.0 && number.abs() <= MAX_SAFE_INTEGER as f64 {
            // Exact: a safe integer fits an i64 with room to spare.
            return Ok(Json::Int(number as i64));
        }
        if !number.is_finite() {
            return Err(JsonError::UnsupportedNumber);
        }
        // As JavaScript writes it, which is always valid JSON for a finite number.
        value
            .unchecked_ref::<js_sys::Number>()
            .to_string_with_radix(10)
            .ok()
            .and_then(|text| text.as_string())
            .map(Json::Raw)
            .ok_or(JsonError::UnsupportedNumber)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    //! serde_json, its tree converted into a `Json` value by the same rules.
    use super::{deeper, Json, JsonError, MAX_SAFE_INTEGER};
    use serde_json::Value;

    pub fn parse(text: &str) -> Result<Json, JsonError> {
        // serde_json caps its own recursion (128 levels), so hostile nesting
        // fails there as a syntax error before ours is even looked at.
        let value: Value = serde_json::from_str(text).map_err(|_| JsonError::Syntax)?;
        convert(value, 0)
    }

    fn convert(value: Value, depth: usize) -> Result<Json, JsonError> {
        Ok(match value {
            Value::Null => Json::Null,
            Value::Bool(flag) => Json::Bool(flag),
            Value::String(text) => Json::String(text),
            Value::Number(number) => self::number(&number),
            Value::Array(items) => {
                let depth = deeper(depth)?;
                Json::Array(
                    items
                        .into_iter()
                        .map(|item| convert(item, depth))
                        .collect::<Result<_, _>>()?,
                )
            }
            Value::Object(fields) => {
                let depth = deeper(depth)?;
                Json::Object(
                    fields
                        .into_iter()
                        .map(|(key, field)| Ok((key, convert(field, depth)?)))
                        .collect::<Result<_, _>>()?,
                )
            }
        })
    }

    /// What the browser would make of the same number: `1e3` and `-0` are
    /// integers there, and anything past 2^53 is not held exactly.
    fn number(number: &serde_json::Number) -> Json {
        let safe = |integer: i64| (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&integer);
        if let Some(integer) = number.as_i64().filter(|integer| safe(*integer)) {
            return Json::Int(integer);
        }
        match number.as_f64() {
            #[allow(clippy::cast_possible_truncation)]
            Some(float) if float.fract() == 0.0 && safe(float as i64) => Json::Int(float as i64),
            _ => Json::Raw(number.to_string()),
        }
    }
}
