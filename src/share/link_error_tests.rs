//! Every `ShareError` from a crafted input: empty, unknown kind, another
//! model version, cut off, tampered, and well-signed payloads that break a
//! rule only the decoder's second look can catch.

use crate::path::PathAnswers;
use crate::quiz::{Agreement, ITEMS};

use super::link::{decode, encode, sign, ShareError, Shared, SHARE_PREFIX};
use super::test_support::{
    path_at, path_shared, quiz_shared, quiz_where, random_context, random_quiz, worked_example,
    XorShift,
};

#[test]
fn empty_and_unknown_kinds_are_named() {
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode(SHARE_PREFIX), Err(ShareError::Empty));
    let valid = encode(&path_shared(worked_example()));
    for kind in ["x", "Q", "P", "é", "#", "."] {
        let forged = format!("{kind}{}", &valid[1..]);
        assert_eq!(decode(&forged), Err(ShareError::UnknownKind), "{forged}");
    }
}

#[test]
fn another_model_version_is_unsupported() {
    let answers = quiz_where(|_| Agreement::MIDPOINT);
    for found in [0, 2, 99, u32::MAX] {
        let shared = Shared {
            model_version: found,
            ..quiz_shared(answers.clone())
        };
        assert_eq!(
            decode(&encode(&shared)),
            Err(ShareError::UnsupportedVersion { found, ours: 1 })
        );
    }
    let path = Shared {
        model_version: 7,
        ..path_shared(worked_example())
    };
    assert_eq!(
        decode(&encode(&path)),
        Err(ShareError::UnsupportedVersion { found: 7, ours: 1 })
    );
}

#[test]
fn a_link_cut_off_anywhere_is_never_accepted() {
    let mut rng = XorShift::new(0x5eed_0003);
    for shared in [
        quiz_shared(random_quiz(&mut rng)),
        path_shared(worked_example()),
    ] {
        let payload = encode(&shared);
        assert_eq!(decode(&payload[..0]), Err(ShareError::Empty));
        for len in 1..payload.len() {
            let cut = &payload[..len];
            assert!(
                matches!(
                    decode(cut),
                    Err(ShareError::Truncated | ShareError::ChecksumMismatch)
                ),
                "{cut:?} gave {:?}",
                decode(cut)
            );
        }
    }
}

#[test]
fn any_single_changed_or_swapped_character_fails_the_checksum() {
    let mut rng = XorShift::new(0x5eed_0004);
    let alphabet: Vec<char> = ('0'..='9').chain('a'..='z').chain('A'..='Z').collect();
    for shared in [
        quiz_shared(random_quiz(&mut rng)),
        path_shared(path_at(&[3, 0, 2, 4, 1], random_context(&mut rng))),
    ] {
        let payload: Vec<char> = encode(&shared).chars().collect();
        let first_answer = 3; // after "q1."
        for position in first_answer..payload.len() {
            if payload[position] == '.' {
                continue;
            }
            for &replacement in alphabet.iter().filter(|&&c| c != payload[position]) {
                let mut changed = payload.clone();
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert_eq!(
                    decode(&changed),
                    Err(ShareError::ChecksumMismatch),
                    "{changed}"
                );
            }
            if let Some(&next) = payload.get(position + 1) {
                if next != payload[position] && next != '.' {
                    let mut swapped = payload.clone();
                    swapped.swap(position, position + 1);
                    let swapped: String = swapped.into_iter().collect();
                    assert_eq!(
                        decode(&swapped),
                        Err(ShareError::ChecksumMismatch),
                        "{swapped}"
                    );
                }
            }
        }
    }
}

#[test]
fn well_signed_but_wrongly_sized_answers_are_rejected() {
    let midpoints = "3".repeat(ITEMS.len());
    assert_eq!(
        decode(&sign(&format!("q1.{}", &midpoints[1..]))),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        decode(&sign(&format!("q1.{midpoints}3"))),
        Err(ShareError::Invalid("there are more answers than questions"))
    );
    assert_eq!(decode(&sign("q1.")), Err(ShareError::Incomplete));
    assert_eq!(decode(&sign("p1.12332000")), Err(ShareError::Incomplete));
    assert!(matches!(
        decode(&sign("p1.1233200000")),
        Err(ShareError::Invalid(_))
    ));
    assert!(matches!(
        decode(&sign("p1.12332000.0")),
        Err(ShareError::Invalid(_))
    ));
}

#[test]
fn well_signed_but_out_of_range_answers_are_invalid() {
    let with_answer = |digit: char| {
        let mut body: String = "3".repeat(ITEMS.len() - 1);
        body.insert(4, digit);
        decode(&sign(&format!("q1.{body}")))
    };
    assert_eq!(with_answer('5').map(|_| ()), Ok(()));
    assert_eq!(with_answer('0'), Err(ShareError::Incomplete));
    for digit in ['6', '9', 'a', 'z'] {
        assert_eq!(
            with_answer(digit),
            Err(ShareError::Invalid("an answer is out of range"))
        );
    }
    for digit in ['A', '-', '~', '_', 'é'] {
        assert!(
            matches!(with_answer(digit), Err(ShareError::Invalid(_))),
            "{digit}"
        );
    }
    // The first question has four choices; stage and career have three options, pace two.
    assert!(matches!(
        decode(&sign("p1.523320000")),
        Err(ShareError::Invalid(_))
    ));
    assert_eq!(decode(&sign("p1.023320000")), Err(ShareError::Incomplete));
    assert!(matches!(
        decode(&sign("p1.123324000")),
        Err(ShareError::Invalid(_))
    ));
    assert!(matches!(
        decode(&sign("p1.123320030")),
        Err(ShareError::Invalid(_))
    ));
    assert!(matches!(
        decode(&sign("p1.123320004")),
        Err(ShareError::Invalid(_))
    ));
    assert!(decode(&sign("p1.123323123")).is_ok());
}

#[test]
fn the_version_has_exactly_one_spelling() {
    let midpoints = "3".repeat(ITEMS.len());
    for version in ["", "01", "x", "1x", "99999999999"] {
        let forged = sign(&format!("q{version}.{midpoints}"));
        assert!(
            matches!(decode(&forged), Err(ShareError::Invalid(_))),
            "{forged}"
        );
    }
    assert_eq!(decode("q1"), Err(ShareError::Truncated));
}

#[test]
fn unfinished_answers_encode_but_open_as_incomplete() {
    let mut quiz = quiz_where(|_| Agreement::MIDPOINT);
    quiz.remove(ITEMS[7].id);
    assert_eq!(
        decode(&encode(&quiz_shared(quiz))),
        Err(ShareError::Incomplete)
    );
    let mut path = worked_example();
    path.choices.remove("team");
    assert_eq!(
        decode(&encode(&path_shared(path))),
        Err(ShareError::Incomplete)
    );
    assert_eq!(
        decode(&encode(&path_shared(PathAnswers::default()))),
        Err(ShareError::Incomplete)
    );
}

#[test]
fn every_error_has_a_kind_sentence() {
    let errors = [
        ShareError::Empty,
        ShareError::UnknownKind,
        ShareError::UnsupportedVersion { found: 0, ours: 1 },
        ShareError::UnsupportedVersion { found: 2, ours: 1 },
        ShareError::UnsupportedVersion { found: 99, ours: 1 },
        ShareError::Truncated,
        ShareError::ChecksumMismatch,
        ShareError::Invalid("an answer is out of range"),
        ShareError::Incomplete,
    ];
    for error in &errors {
        let message = error.message().text();
        assert!(message.len() > 20, "{error:?}");
        assert!(
            message.starts_with("This ") && message.ends_with('.'),
            "{message}"
        );
        assert_eq!(error.to_string(), message);
    }
    assert!(ShareError::Truncated.message().text().contains("cut off"));
    assert!(ShareError::UnsupportedVersion { found: 99, ours: 1 }
        .message()
        .text()
        .contains("newer"));
    assert!(ShareError::UnsupportedVersion { found: 0, ours: 1 }
        .message()
        .text()
        .contains("earlier"));
    // Newer or earlier than the link's own instrument's model (the check-in
    // of `third_instrument_tests` is at version 3).
    assert!(ShareError::UnsupportedVersion { found: 2, ours: 3 }
        .message()
        .text()
        .contains("earlier"));
}
