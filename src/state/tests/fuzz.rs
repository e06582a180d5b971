//! Random and mutated inputs through every entry point that reads untrusted
//! text: nothing may panic, and every refusal must explain itself.

use super::{rich_document, Rng};
use crate::state::codec::{decode, encode};
use crate::state::json_parser::parse;
use crate::state::preview_import;

const RANDOM_CASES: usize = 10_000;
const MUTATED_CASES: usize = 10_000;

/// Each entry point on one input; panics (the test failing) are the bug we look for.
fn check(text: &str) {
    if let Err(error) = parse(text) {
        assert!(!error.message().is_empty(), "{error:?}");
    }
    match decode(text) {
        Err(error) => assert!(!error.message().is_empty(), "{error:?}"),
        // Whatever was read must write back and read again the same.
        Ok(loaded) => assert_eq!(
            decode(&encode(&loaded.document)).map(|l| l.document),
            Ok(loaded.document)
        ),
    }
    if let Err(error) = preview_import(text) {
        assert!(!error.message().is_empty(), "{error:?}");
    }
}

/// Bytes biased toward JSON punctuation, so random text reaches past the first character.
fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    const ALPHABET: &[u8] = b"{}[]\":,-0123456789 \\u\"truefalsenull\n\xc3\xa9\xf0\x9f";
    let length = rng.below(64);
    (0..length)
        .map(|_| {
            if rng.below(2) == 0 {
                ALPHABET[rng.below(ALPHABET.len())]
            } else {
                rng.next_u64() as u8
            }
        })
        .collect()
}

/// Numbers no Forkpoint writes (a fraction, an exponent, one too large for
/// any float) and values of other kinds, spliced in whole.
const FOREIGN_VALUES: [&[u8]; 8] = [
    b"1e400",
    b"1.25",
    b"-0",
    b"1E3",
    b"18446744073709551616",
    b"null",
    b"{\"x\":[1,{}]}",
    b"\"\\u0000\"",
];

fn mutate(rng: &mut Rng, original: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(7) {
            6 => {
                let value = FOREIGN_VALUES[rng.below(FOREIGN_VALUES.len())];
                bytes.splice(at..at, value.iter().copied());
            }
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            1 => bytes.insert(at, rng.next_u64() as u8),
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            3 => {
                let end = (at + 1 + rng.below(40)).min(bytes.len());
                let copy = bytes[at.min(end)..end].to_vec();
                bytes.splice(at..at, copy);
            }
            4 => bytes.truncate(at),
            _ if at < bytes.len() => bytes[at] = b"{}[]\",:0-9an"[rng.below(12)],
            _ => {}
        }
    }
    bytes
}

#[test]
fn random_text_never_panics() {
    let mut rng = Rng::new(0x5eed_0001);
    for _ in 0..RANDOM_CASES {
        check(&String::from_utf8_lossy(&random_bytes(&mut rng)));
    }
}

/// Today's document as a newer version of the same schema would leave it:
/// an answer, a choice, a result and a field this version does not know.
fn with_unknown_entries() -> String {
    encode(&rich_document())
        .replacen("\"answers\":{", "\"answers\":{\"energy-9\":4,", 1)
        .replacen("\"choices\":{", "\"choices\":{\"mentoring\":\"often\",", 1)
        .replacen(
            "\"history\":[",
            "\"history\":[{\"id\":\"b\",\"instrument\":\"balance\",\"completedAt\":9,\"answers\":{}},",
            1,
        )
        .replacen("\"settings\":{}", "\"settings\":{},\"reminders\":{\"every\":30}", 1)
}

#[test]
fn mutated_documents_never_panic() {
    mutated_never_panic(&encode(&rich_document()), 0x5eed_0002);
}

#[test]
fn mutated_documents_with_unknown_entries_never_panic() {
    let valid = with_unknown_entries();
    assert!(decode(&valid).is_ok_and(|loaded| !loaded.document.unknown.is_empty()));
    mutated_never_panic(&valid, 0x5eed_0003);
}

/// A history of 5,000 results (about 0.6 MB): read whole, and mutated (a
/// few dozen times: each mutation is read five ways, which takes the
/// debug build a tenth of a second).
#[test]
fn a_history_of_five_thousand_results_reads_and_survives_mutation() {
    let mut doc = rich_document();
    let first = doc.history[0].clone();
    doc.history = (0..5_000)
        .map(|n| crate::state::SavedResult {
            id: format!("r-{n}"),
            completed_at: 1_000 + n,
            ..first.clone()
        })
        .collect();
    let valid = encode(&doc);
    let loaded = decode(&valid).expect("reads");
    assert_eq!(
        (loaded.document.history.len(), loaded.skipped_entries),
        (5_000, 0)
    );
    let mut rng = Rng::new(0x5eed_0004);
    for _ in 0..30 {
        check(&String::from_utf8_lossy(&mutate(
            &mut rng,
            valid.as_bytes(),
        )));
    }
}

fn mutated_never_panic(valid: &str, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut still_readable = 0;
    for _ in 0..MUTATED_CASES {
        let text = String::from_utf8_lossy(&mutate(&mut rng, valid.as_bytes())).into_owned();
        check(&text);
        still_readable += usize::from(decode(&text).is_ok());
    }
    // The mutations must exercise both the refusals and the lenient reading.
    assert!(
        still_readable > 100 && still_readable < MUTATED_CASES,
        "{still_readable} readable"
    );
}
