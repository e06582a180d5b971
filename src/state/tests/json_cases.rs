// What both parsers behind `json_parser::parse` must make of crafted text:
// included by the host tests (`state::tests::json`, serde_json) and by the
// browser tests (`tests/web.rs`, `JSON.parse`), so the same list checks the
// parser that ships and the one the host tests read documents with. The
// including module brings `Json`, `JsonError`, `MAX_DEPTH`, `MAX_JSON_BYTES`
// and `MAX_SAFE_INTEGER` into scope.

/// What a parser must give for one text.
#[derive(Debug)]
pub enum Expect {
    Exactly(Result<Json, JsonError>),
    /// A number kept as its text: each parser writes the text its own way.
    RawNumber,
    /// Refused, whichever way (the two parsers give different reasons).
    Refused,
}

fn text(value: &str) -> Json {
    Json::String(value.to_string())
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// Every case, each as (text, expectation).
pub fn json_cases() -> Vec<(String, Expect)> {
    use Expect::{Exactly, RawNumber, Refused};
    let syntax = |text: &str| (text.to_string(), Exactly(Err(JsonError::Syntax)));
    let value = |text: &str, value: Json| (text.to_string(), Exactly(Ok(value)));
    let raw = |text: &str| (text.to_string(), RawNumber);
    let object_depth = |depth: usize| {
        format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth))
    };
    let padding = " ".repeat(MAX_JSON_BYTES - 2);
    vec![
        ("".to_string(), Exactly(Err(JsonError::Empty))),
        (" \n\t\r ".to_string(), Exactly(Err(JsonError::Empty))),
        syntax("{\"a\":"),
        syntax("[1,2"),
        syntax("\"open"),
        syntax("tru"),
        syntax("\"\\u12"),
        syntax("[1,]"),
        syntax("{\"a\" 1}"),
        syntax("{\"a\":1,}"),
        syntax("{1:2}"),
        syntax("[1 2]"),
        syntax("trux"),
        syntax("-x"),
        syntax("'a'"),
        syntax("\"a\u{1}b\""),
        syntax("\"\\x\""),
        syntax("\"\\u12g4\""),
        syntax("{} x"),
        syntax("01"),
        syntax("1 2"),
        syntax("NaN"),
        syntax("Infinity"),
        syntax("[1]]"),
        syntax("\u{a0}1"),
        syntax("\u{feff}{}"),
        value("null", Json::Null),
        value(" true ", Json::Bool(true)),
        value("-0", Json::Int(0)),
        value("[1e3, -2E1, 4.0]", Json::Array(vec![Json::Int(1000), Json::Int(-20), Json::Int(4)])),
        value("9007199254740991", Json::Int(MAX_SAFE_INTEGER)),
        value("-9007199254740991", Json::Int(-MAX_SAFE_INTEGER)),
        value("1.5", Json::Raw("1.5".to_string())),
        raw("9007199254740992"),
        raw("-9223372036854775809"),
        raw("1e21"),
        raw("0.1"),
        ("1e400".to_string(), Refused),
        value(
            r#""\u00e9\u65e5\ud83d\ude42\/\b\f""#,
            text("é日🙂/\u{8}\u{c}"),
        ),
        value(r#""\uD834\uDD1E""#, text("𝄞")),
        // A duplicated key is read once, at its first place, with its last value.
        value(
            " \t\r\n{ \"a\" : 1 ,\n \"b\" : 2, \"a\" : [ 2 , 3 ] } \n",
            Json::Object(vec![
                ("a".into(), Json::Array(vec![Json::Int(2), Json::Int(3)])),
                ("b".into(), Json::Int(2)),
            ]),
        ),
        value(
            r#"{"__proto__":1,"constructor":{}}"#,
            Json::Object(vec![
                ("__proto__".into(), Json::Int(1)),
                ("constructor".into(), Json::Object(vec![])),
            ]),
        ),
        (nested(MAX_DEPTH), Exactly(Ok(nested_value(MAX_DEPTH)))),
        (nested(MAX_DEPTH + 1), Exactly(Err(JsonError::TooDeep))),
        (object_depth(MAX_DEPTH + 1), Exactly(Err(JsonError::TooDeep))),
        // Far deeper than any stack would survive if nothing capped it.
        (nested(100_000), Refused),
        ("[".repeat(1_000_000), Refused),
        (format!("{padding}[]"), Exactly(Ok(Json::Array(vec![])))),
        (format!("{padding} []"), Exactly(Err(JsonError::TooLarge))),
    ]
}

fn nested_value(depth: usize) -> Json {
    (1..depth).fold(Json::Array(vec![]), |inner, _| Json::Array(vec![inner]))
}

/// Values the writer must write so that a parser reads them back equal.
pub fn round_trip_values() -> Vec<Json> {
    vec![
        Json::Object(vec![
            ("a".into(), Json::Array(vec![Json::Null, Json::Bool(true), Json::Bool(false)])),
            (
                "n".into(),
                Json::Array(vec![
                    Json::Int(0),
                    Json::Int(-7),
                    Json::Int(MAX_SAFE_INTEGER),
                    Json::Int(-MAX_SAFE_INTEGER),
                ]),
            ),
            (
                "o".into(),
                Json::Object(vec![
                    ("".into(), Json::Object(vec![])),
                    ("e".into(), Json::Array(vec![])),
                ]),
            ),
        ]),
        text("quote \" backslash \\ slash / newline \n tab \t cr \r"),
        text("controls \u{0} \u{1} \u{8} \u{c} \u{1f} \u{7f}"),
        text("été, 日本語, emoji 🙂, astral 𝄞, bidi \u{202e} and \u{2028}"),
        Json::Object(vec![("kéy \"with\" \n escapes".into(), text("v"))]),
    ]
}

/// Every case, and every written value read back, through one parser.
pub fn check_parser(parse: fn(&str) -> Result<Json, JsonError>) {
    for (source, expect) in json_cases() {
        check_case(parse(&source), &source, &expect);
    }
    for value in round_trip_values() {
        let written = value.to_text();
        assert_eq!(parse(&written), Ok(value), "through {written}");
    }
    // A number kept as its text is written back as both parsers spell it.
    let kept = parse(r#"{"x":[0.25,-1.5e30,1e21]}"#).map(|value| value.to_text());
    assert_eq!(kept.as_deref(), Ok(r#"{"x":[0.25,-1.5e+30,1e+21]}"#));
}

/// Checks one case; the message names the text (shortened) on failure.
fn check_case(parsed: Result<Json, JsonError>, source: &str, expect: &Expect) {
    let shown: String = source.chars().take(40).collect();
    match (expect, &parsed) {
        (Expect::Exactly(wanted), _) => assert_eq!(&parsed, wanted, "parsing {shown:?}"),
        (Expect::RawNumber, Ok(Json::Raw(_))) | (Expect::Refused, Err(_)) => {}
        _ => panic!("parsing {shown:?} gave {parsed:?}, wanted {expect:?}"),
    }
    if let Err(error) = parsed {
        assert!(!error.message().is_empty(), "{error:?}");
    }
}
