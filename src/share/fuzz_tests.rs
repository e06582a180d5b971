//! SPEC 8.13: random and mutated share links never panic, and a mutated link
//! is only ever accepted when it is itself exactly a valid payload.

use super::link::{decode, encode, SHARE_PREFIX};
use super::test_support::{path_shared, quiz_shared, random_path, random_quiz, XorShift};

const RANDOM_STRINGS: usize = 10_000;
const MUTATIONS: usize = 10_000;

/// The payload alphabet, the separators and prefix, characters a URL or a
/// chat app might add, and multi-byte text to catch slicing mistakes.
const CHARS: &[char] = &[
    'q', 'p', '0', '1', '2', '3', '4', '5', '6', '9', 'a', 'k', 'z', 'A', 'Z', '.', '.', '#', '/',
    '-', '_', '~', '%', ' ', '\n', '\0', 'é', 'ß', '−', '😀', '\u{202e}', '\u{ffff}',
];

fn random_char(rng: &mut XorShift) -> char {
    if rng.chance(8) {
        // Anything at all, including surrogates' neighbours and private use.
        char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}')
    } else {
        rng.pick(CHARS)
    }
}

/// The result must be accepted only as what `encode` would have written.
fn check(input: &str) {
    if let Ok(shared) = decode(input) {
        let bare = input.strip_prefix(SHARE_PREFIX).unwrap_or(input);
        assert_eq!(encode(&shared), bare, "accepted a non-canonical payload");
    }
}

#[test]
fn random_strings_never_panic() {
    let mut rng = XorShift::new(0xf022_0001);
    let starts = ["", "q", "p", "q1.", "p1.", SHARE_PREFIX, "#/share/q1."];
    for _ in 0..RANDOM_STRINGS {
        let mut input = rng.pick(&starts).to_string();
        let len = rng.below(201);
        input.extend((0..len).map(|_| random_char(&mut rng)));
        check(&input);
    }
}

fn mutate(rng: &mut XorShift, payload: &mut Vec<char>) {
    let len = payload.len();
    let at = rng.below(len + 1);
    match rng.below(6) {
        0 if at < len => payload[at] = random_char(rng),
        1 => payload.insert(at, random_char(rng)),
        2 if at < len => {
            payload.remove(at);
        }
        3 if at < len => {
            // Duplicate a run, as a careless paste might.
            let end = (at + 1 + rng.below(6)).min(len);
            let run: Vec<char> = payload[at..end].to_vec();
            payload.splice(at..at, run);
        }
        4 => payload.truncate(at),
        5 if len > 1 && at + 1 < len => payload.swap(at, at + 1),
        _ => payload.push(random_char(rng)),
    }
}

#[test]
fn mutated_payloads_are_rejected_unless_valid() {
    let mut rng = XorShift::new(0xf022_0002);
    let mut accepted = 0;
    for round in 0..MUTATIONS {
        let shared = if round % 2 == 0 {
            quiz_shared(random_quiz(&mut rng))
        } else {
            path_shared(random_path(&mut rng))
        };
        let original = encode(&shared);
        let mut chars: Vec<char> = original.chars().collect();
        for _ in 0..=rng.below(3) {
            mutate(&mut rng, &mut chars);
        }
        let mutated: String = chars.into_iter().collect();
        check(&mutated);
        check(&format!("{SHARE_PREFIX}{mutated}"));
        if mutated != original && decode(&mutated).is_ok() {
            accepted += 1;
        }
    }
    // Only a mutation that happens to write another valid payload (such as a
    // duplicated run undone by a delete) may pass; that must stay rare.
    assert!(
        accepted < MUTATIONS / 1_000,
        "{accepted} mutations accepted"
    );
}
