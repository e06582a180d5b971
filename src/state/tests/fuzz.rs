//! Random and mutated inputs through every entry point that reads untrusted
//! text: nothing may panic, and every refusal must explain itself.

use super::{rich_document, Rng};
use crate::state::codec::{decode, encode, preview_import};
use crate::state::json::parse;

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

fn mutate(rng: &mut Rng, original: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
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

#[test]
fn mutated_documents_never_panic() {
    let valid = encode(&rich_document());
    let mut rng = Rng::new(0x5eed_0002);
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
