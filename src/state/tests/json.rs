//! The JSON module: round trips, every error variant from a crafted input,
//! and the limits that keep hostile text cheap.

use crate::state::json::{Json, JsonError, MAX_DEPTH, MAX_JSON_BYTES};
use crate::state::json_parser::parse;

fn s(text: &str) -> Json {
    Json::String(text.to_string())
}

fn round_trips(value: Json) {
    let text = value.to_text();
    assert_eq!(parse(&text), Ok(value), "through {text}");
}

#[test]
fn nested_values_round_trip() {
    round_trips(Json::Object(vec![
        (
            "a".into(),
            Json::Array(vec![Json::Null, Json::Bool(true), Json::Bool(false)]),
        ),
        (
            "n".into(),
            Json::Array(vec![
                Json::Int(0),
                Json::Int(-7),
                Json::Int(i64::MAX),
                Json::Int(i64::MIN),
            ]),
        ),
        (
            "o".into(),
            Json::Object(vec![
                ("".into(), Json::Object(vec![])),
                ("e".into(), Json::Array(vec![])),
            ]),
        ),
    ]));
}

#[test]
fn escapes_and_unicode_round_trip() {
    round_trips(s("quote \" backslash \\ slash / newline \n tab \t cr \r"));
    round_trips(s("controls \u{0} \u{1} \u{8} \u{c} \u{1f} \u{7f}"));
    round_trips(s(
        "été, 日本語, emoji 🙂, astral 𝄞, bidi \u{202e} and \u{2028}",
    ));
    round_trips(Json::Object(vec![(
        "kéy \"with\" \n escapes".into(),
        s("v"),
    )]));
}

#[test]
fn writer_escapes_what_json_requires() {
    assert_eq!(s("a\"b\\c\n\u{1}").to_text(), r#""a\"b\\c\n\u0001""#);
    assert_eq!(
        Json::Object(vec![("k".into(), Json::Int(-3))]).to_text(),
        r#"{"k":-3}"#
    );
}

#[test]
fn reads_escapes_and_surrogate_pairs() {
    assert_eq!(
        parse(r#""\u00e9\u65e5\ud83d\ude42\/\b\f""#),
        Ok(s("é日🙂/\u{8}\u{c}"))
    );
    assert_eq!(parse(r#""\uD834\uDD1E""#), Ok(s("𝄞")));
}

#[test]
fn reads_whitespace_and_duplicate_keys() {
    let value = parse(" \t\r\n{ \"a\" : 1 ,\n \"a\" : [ 2 , 3 ] } \n").unwrap();
    assert_eq!(
        value.get("a"),
        Some(&Json::Array(vec![Json::Int(2), Json::Int(3)]))
    );
    assert_eq!(
        value.as_object().map(<[_]>::len),
        Some(2),
        "both kept, last wins on lookup"
    );
    assert_eq!(parse("-0"), Ok(Json::Int(0)));
}

#[test]
fn accessors_check_the_kind() {
    let value = parse(r#"{"s":"x","n":-1,"u":5,"l":[1],"o":{}}"#).unwrap();
    assert_eq!(value.get("s").and_then(Json::as_str), Some("x"));
    assert_eq!(value.get("n").and_then(Json::as_i64), Some(-1));
    assert_eq!(value.get("n").and_then(Json::as_u64), None);
    assert_eq!(value.get("u").and_then(Json::as_u64), Some(5));
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
fn every_error_variant_from_a_crafted_input() {
    let cases: &[(&str, JsonError)] = &[
        ("", JsonError::Empty),
        (" \n\t ", JsonError::Empty),
        ("{\"a\":", JsonError::UnexpectedEnd),
        ("[1,2", JsonError::UnexpectedEnd),
        ("\"open", JsonError::UnexpectedEnd),
        ("tru", JsonError::UnexpectedEnd),
        ("\"\\u12", JsonError::UnexpectedEnd),
        ("[1,]", JsonError::UnexpectedChar { at: 3 }),
        ("{\"a\" 1}", JsonError::UnexpectedChar { at: 5 }),
        ("{\"a\":1,}", JsonError::UnexpectedChar { at: 7 }),
        ("{1:2}", JsonError::UnexpectedChar { at: 1 }),
        ("[1 2]", JsonError::UnexpectedChar { at: 3 }),
        ("trux", JsonError::UnexpectedChar { at: 3 }),
        ("-x", JsonError::UnexpectedChar { at: 1 }),
        ("'a'", JsonError::UnexpectedChar { at: 0 }),
        ("\"a\u{1}b\"", JsonError::UnexpectedChar { at: 2 }),
        ("\"\\x\"", JsonError::InvalidEscape { at: 1 }),
        ("\"\\u12g4\"", JsonError::InvalidEscape { at: 1 }),
        ("\"ab\\ud800\"", JsonError::InvalidEscape { at: 3 }),
        ("\"\\udc00\"", JsonError::InvalidEscape { at: 1 }),
        ("\"\\ud800\\u0041\"", JsonError::InvalidEscape { at: 1 }),
        ("1.5", JsonError::UnsupportedNumber { at: 0 }),
        ("[1e3]", JsonError::UnsupportedNumber { at: 1 }),
        ("-2E1", JsonError::UnsupportedNumber { at: 0 }),
        (
            "9223372036854775808",
            JsonError::UnsupportedNumber { at: 0 },
        ),
        (
            "-9223372036854775809",
            JsonError::UnsupportedNumber { at: 0 },
        ),
        ("{} x", JsonError::TrailingCharacters { at: 3 }),
        ("01", JsonError::TrailingCharacters { at: 1 }),
        ("1 2", JsonError::TrailingCharacters { at: 2 }),
    ];
    for (text, expected) in cases {
        assert_eq!(parse(text).as_ref(), Err(expected), "parsing {text:?}");
        assert!(!expected.message().is_empty());
    }
    assert_eq!(parse("-9223372036854775808"), Ok(Json::Int(i64::MIN)));
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    assert_eq!(parse(&nested(MAX_DEPTH + 1)), Err(JsonError::TooDeep));
    let objects = format!(
        "{}1{}",
        "{\"a\":".repeat(MAX_DEPTH + 1),
        "}".repeat(MAX_DEPTH + 1)
    );
    assert_eq!(parse(&objects), Err(JsonError::TooDeep));
    // Far deeper than any stack would survive if the limit were missing.
    assert_eq!(parse(&"[".repeat(1_000_000)), Err(JsonError::TooDeep));
}

#[test]
fn text_larger_than_the_limit_is_refused_before_parsing() {
    let padding = " ".repeat(MAX_JSON_BYTES - 2);
    assert_eq!(parse(&format!("{padding}[]")), Ok(Json::Array(vec![])));
    assert_eq!(parse(&format!("{padding} []")), Err(JsonError::TooLarge));
    assert!(JsonError::TooLarge.message().contains("2 MiB"));
}

#[test]
fn messages_name_the_position() {
    assert!(JsonError::UnexpectedChar { at: 42 }
        .message()
        .contains("42"));
    assert!(JsonError::TrailingCharacters { at: 7 }
        .message()
        .contains('7'));
}
