//! The JSON layer on the host: every shared case (`json_cases.rs`, run in
//! the browser too), the writer's round trips and escapes, and the readers.

use crate::state::json::{Json, JsonError, MAX_DEPTH, MAX_JSON_BYTES};
use crate::state::json_parser::{parse, MAX_SAFE_INTEGER};

include!("json_cases.rs");

#[test]
fn every_shared_case_reads_as_agreed_and_written_values_read_back() {
    check_parser(parse);
}

#[test]
fn writer_escapes_what_json_requires() {
    let s = |text: &str| Json::String(text.to_string());
    assert_eq!(s("a\"b\\c\n\u{1}").to_text(), r#""a\"b\\c\n\u0001""#);
    assert_eq!(
        Json::Object(vec![("k".into(), Json::Int(-3))]).to_text(),
        r#"{"k":-3}"#
    );
}

#[test]
fn accessors_check_the_kind() {
    let value = parse(r#"{"s":"x","n":-1,"u":5,"l":[1],"o":{},"f":2.5}"#).unwrap();
    assert_eq!(value.get("s").and_then(Json::as_str), Some("x"));
    assert_eq!(value.get("n").and_then(Json::as_i64), Some(-1));
    assert_eq!(value.get("n").and_then(Json::as_u64), None);
    assert_eq!(value.get("u").and_then(Json::as_u64), Some(5));
    assert_eq!(value.get("f").and_then(Json::as_i64), None);
    assert_eq!(
        value.get("l").and_then(Json::as_array).map(<[_]>::len),
        Some(1)
    );
    assert!(value.get("o").and_then(Json::as_object).is_some());
    assert_eq!(value.get("s").and_then(Json::as_i64), None);
    assert_eq!(value.get("missing"), None);
    assert_eq!(Json::Array(vec![]).get("s"), None);
}

#[test]
fn lookups_see_the_last_of_duplicated_keys_in_a_built_value() {
    let value = Json::Object(vec![("a".into(), Json::Int(1)), ("a".into(), Json::Int(2))]);
    assert_eq!(value.get("a"), Some(&Json::Int(2)));
}

#[test]
fn the_size_limit_is_named_in_its_message() {
    assert!(JsonError::TooLarge.message().contains("2 MiB"));
}
