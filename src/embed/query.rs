//! For the host tests only (the browser reads the query with its own
//! `URLSearchParams`): a URL query string as name/value pairs,
//! percent-decoded. Total: any input gives pairs, and a value that is not
//! valid UTF-8 once decoded is `None`.

/// The pairs of `query` (with or without its leading `?`), in order.
pub fn pairs(query: &str) -> Vec<(String, Option<String>)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(name).unwrap_or_default(), decode(value))
        })
        .collect()
}

/// Percent-decoding with `+` as a space, as forms and `URLSearchParams` write it.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(at + 1..at + 3)?;
                let high = (*hex.first()? as char).to_digit(16)?;
                let low = (*hex.get(1)? as char).to_digit(16)?;
                out.push(u8::try_from(high * 16 + low).ok()?);
                at += 2;
            }
            other => out.push(other),
        }
        at += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::{decode, pairs};
    use crate::test_rng::TestRng;

    #[test]
    fn reads_pairs_with_escapes_and_plus() {
        assert_eq!(
            pairs("?a=1&b=two+words&c=%23ff00aa&d&&e=%E2%9C%93"),
            vec![
                ("a".into(), Some("1".into())),
                ("b".into(), Some("two words".into())),
                ("c".into(), Some("#ff00aa".into())),
                ("d".into(), Some(String::new())),
                ("e".into(), Some("✓".into())),
            ]
        );
    }

    #[test]
    fn bad_escapes_are_none_never_a_panic() {
        for bad in ["%", "%4", "%zz", "%FF", "abc%e2%9c"] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn any_input_decodes_or_is_refused_without_a_panic() {
        let mut rng = TestRng::new(11);
        for _ in 0..10_000 {
            let text: String = (0..rng.below(24))
                .map(|_| {
                    rng.pick(&[
                        'a', 'Z', '9', ' ', '+', '%', '&', '=', '#', 'é', '✓', 'E', 'f', '2',
                    ])
                })
                .collect();
            if let Some(decoded) = decode(&text) {
                assert!(decoded.len() <= text.len(), "{text:?}");
            }
            let _ = pairs(&text);
        }
    }
}
