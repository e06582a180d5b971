//! Share links: a finished result as a short, URL-safe fragment that any copy
//! of the app can score again, with a checksum so a cut-off or edited link is
//! caught before anything is shown.
//!
//! # Payload format
//!
//! ```text
//! <kind><model version>.<answers>.<checksum>
//! q1.3333333333333333333333333.qm4i   Fork quiz, every answer at the midpoint
//! p1.123320000.e0kq                    path diagnostic, seed 003 worked example
//! ```
//!
//! - `kind` is the instrument's letter (`PositionsInstrument::kind`: `q`
//!   the Fork quiz, `p` the path diagnostic, `b` the balance check, `s` the
//!   stage readiness); the model version is written in decimal without
//!   leading zeros.
//! - Answers are one lowercase base-36 digit each (`0`–`9`, then `a`–`z`),
//!   the 1-based position of each answer among its question's options, in
//!   the order the instrument asks (`positions::link`):
//!   - quiz: the agreement value 1–5 of every item, in `crate::quiz::ITEMS` order;
//!   - path: the choice for every question, in `crate::path::QUESTIONS`
//!     order, then four context digits (organisation stage, situation,
//!     industry pace, career stage), each 0 when not given.
//!
//!   A `0` in an answer slot means "unanswered", so an unfinished set still
//!   encodes but never decodes (`Incomplete`).
//! - The checksum is four base-36 digits of a polynomial hash, modulo the
//!   largest prime below 36⁴, of every byte before the last `.`. A prime
//!   modulus guarantees that any single changed character and any swap of two
//!   neighbouring characters is caught, not merely made unlikely.
//!
//! Every character is in `[a-z0-9.]`, so the payload survives URLs, chat apps
//! and email untouched. Decoding is strict: a payload is accepted only if it
//! is exactly what `encode` writes for the answers it holds.

use crate::positions::{to_positions, Answers, PositionsInstrument};

use super::answers::{digits, positions, DIGITS};
pub use super::error::ShareError;

/// The route fragment a share link starts with; the payload follows it.
pub const SHARE_PREFIX: &str = "#/share/";

/// A result as a link carries it: the instrument, the model that scored
/// it and the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub of: &'static PositionsInstrument,
    pub model_version: u32,
    pub answers: Answers,
}

impl Shared {
    /// A link to `answers` of `of`, scored by its model of today.
    pub fn of(of: &'static PositionsInstrument, answers: Answers) -> Shared {
        Shared {
            of,
            model_version: of.model_version,
            answers,
        }
    }
}

const SEPARATOR: u8 = b'.';
const CHECKSUM_LEN: usize = 4;
/// The largest prime below 36⁴, so the checksum fits four base-36 digits.
const CHECKSUM_MODULUS: u32 = 1_679_609;
const CHECKSUM_BASE: u32 = 131;

/// The payload alone, without `SHARE_PREFIX`. Unanswered slots are written as
/// `0`, so an unfinished set gives a link that opens as `Incomplete`.
pub fn encode(shared: &Shared) -> String {
    let positions = to_positions(shared.of, &shared.answers);
    encode_positions(shared.of.kind, shared.model_version, positions)
}

/// The payload of answers given as positions, one slot each, of the
/// instrument whose links start with `kind`.
pub fn encode_positions(kind: u8, model_version: u32, positions: Vec<usize>) -> String {
    payload(kind, model_version, &digits(positions))
}

fn payload(kind: u8, model_version: u32, digits: &str) -> String {
    sign(&format!("{}{model_version}.{digits}", char::from(kind)))
}

/// Appends `.` and the checksum of everything so far; tests use it to craft
/// payloads that pass the checksum but break another rule.
pub(super) fn sign(signed: &str) -> String {
    format!("{signed}.{}", checksum(signed.as_bytes()))
}

/// The whole fragment to put after the page address: `#/share/<payload>`.
pub fn share_fragment(shared: &Shared) -> String {
    format!("{SHARE_PREFIX}{}", encode(shared))
}

/// Reads a payload, with or without `SHARE_PREFIX`, of any instrument this
/// build reads (`state::instruments::positions`). Total: any string gives
/// either the answers or the reason it cannot be trusted.
pub fn decode(payload: &str) -> Result<Shared, ShareError> {
    let payload = payload.strip_prefix(SHARE_PREFIX).unwrap_or(payload);
    let kind = *payload.as_bytes().first().ok_or(ShareError::Empty)?;
    let of = crate::state::instruments::positions()
        .find(|of| of.kind == kind)
        .ok_or(ShareError::UnknownKind)?;
    Ok(Shared::of(of, of.read_link(payload)?))
}

/// What a link's frame must hold for one instrument: its letter, this app's
/// model version of it, how many slots, and how many of the first must hold
/// an answer.
#[derive(Clone, Copy, Debug)]
pub struct Slots {
    pub kind: u8,
    pub model_version: u32,
    pub count: usize,
    pub required: usize,
}

/// Reads a payload (without `SHARE_PREFIX`) of the instrument `slots`
/// describes: its model version and each slot's position, or the reason it
/// cannot be trusted.
pub fn decode_positions(payload: &str, slots: Slots) -> Result<(u32, Vec<usize>), ShareError> {
    let (model_version, digits) = frame(payload.as_bytes(), slots.kind, slots.model_version)?;
    Ok((
        model_version,
        positions(digits, slots.count, slots.required)?,
    ))
}

/// Checks everything but the answers: the kind, the model version (this
/// app's `expected_version` only) and the checksum; gives the answers' digits.
fn frame(bytes: &[u8], kind: u8, expected_version: u32) -> Result<(u32, &[u8]), ShareError> {
    let after_kind = match bytes.split_first() {
        None => return Err(ShareError::Empty),
        Some((&first, rest)) if first == kind => rest,
        Some(_) => return Err(ShareError::UnknownKind),
    };
    let version_len = after_kind.iter().take_while(|b| b.is_ascii_digit()).count();
    let (version_digits, after_version) = split(after_kind, version_len)?;
    let signed_body = match after_version.split_first() {
        None => return Err(ShareError::Truncated),
        Some((&SEPARATOR, rest)) => rest,
        Some(_) => {
            return Err(ShareError::Invalid(
                "the version number is not written correctly",
            ))
        }
    };
    // The version is read before the checksum so that a link from another
    // version of the app is named as such, even if its layout differs.
    let model_version = parse_version(version_digits)?;
    if model_version != expected_version {
        return Err(ShareError::UnsupportedVersion {
            found: model_version,
            ours: expected_version,
        });
    }

    let last_dot = signed_body
        .iter()
        .rposition(|&b| b == SEPARATOR)
        .ok_or(ShareError::Truncated)?;
    let (answers, dot_and_checksum) = split(signed_body, last_dot)?;
    let given_checksum = dot_and_checksum.get(1..).unwrap_or_default();
    if given_checksum.len() < CHECKSUM_LEN {
        return Err(ShareError::Truncated);
    }
    let signed_len = bytes.len().saturating_sub(given_checksum.len() + 1);
    let signed = bytes.get(..signed_len).ok_or(ShareError::Truncated)?;
    if checksum(signed).as_bytes() != given_checksum {
        return Err(ShareError::ChecksumMismatch);
    }
    Ok((model_version, answers))
}

fn split(bytes: &[u8], at: usize) -> Result<(&[u8], &[u8]), ShareError> {
    bytes.split_at_checked(at).ok_or(ShareError::Truncated)
}

/// Decimal without leading zeros, so each version has exactly one spelling.
fn parse_version(digits: &[u8]) -> Result<u32, ShareError> {
    match digits {
        [] => return Err(ShareError::Invalid("the version number is missing")),
        [b'0', _, ..] => {
            return Err(ShareError::Invalid(
                "the version number is not written correctly",
            ))
        }
        _ => {}
    }
    digits.iter().try_fold(0u32, |version, &digit| {
        version
            .checked_mul(10)
            .and_then(|v| v.checked_add(u32::from(digit.wrapping_sub(b'0'))))
            .ok_or(ShareError::Invalid("the version number is too large"))
    })
}

/// A polynomial hash modulo a prime: a single changed byte shifts it by
/// (difference × base^position) mod prime, which is never zero, so it is always
/// caught. Intermediate values stay below 2³² (prime × 131 + 255).
fn checksum(signed: &[u8]) -> String {
    let hash = signed.iter().fold(0u32, |hash, &byte| {
        (hash * CHECKSUM_BASE + u32::from(byte)) % CHECKSUM_MODULUS
    });
    let mut out = [b'0'; CHECKSUM_LEN];
    let mut rest = hash;
    for slot in out.iter_mut().rev() {
        *slot = digit_byte(rest % 36);
        rest /= 36;
    }
    out.iter().map(|&b| char::from(b)).collect()
}

fn digit_byte(value: u32) -> u8 {
    usize::try_from(value)
        .ok()
        .and_then(|index| DIGITS.get(index))
        .copied()
        .unwrap_or(b'0')
}
