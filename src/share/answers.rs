//! The answers part of a share payload: one lowercase base-36 digit per
//! answer, 0 for "unanswered" (see `link` for the whole format). Decoding
//! accepts only what encoding writes, so every result has one spelling.

use super::error::ShareError;

/// Lowercase only: accepting `A` for `a` would give two payloads for one result.
pub(super) const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const UNANSWERED: usize = 0;

/// Values past the alphabet cannot occur (a test checks every question has
/// fewer than 36 choices); writing them as "unanswered" keeps `encode` total.
fn digit(value: usize) -> char {
    char::from(DIGITS.get(value).copied().unwrap_or(b'0'))
}

fn digit_value(byte: u8) -> Result<usize, ShareError> {
    DIGITS
        .iter()
        .position(|&d| d == byte)
        .ok_or(ShareError::Invalid("an answer is not written as a number"))
}

/// The answers part of a link: one digit per slot.
pub fn digits(positions: Vec<usize>) -> String {
    positions.into_iter().map(digit).collect()
}

/// The positions a link's digits hold, `slots` of them; `Incomplete` when
/// one of the first `required` is 0. (Not generic: one copy serves every
/// instrument.)
pub fn positions(digits: &[u8], slots: usize, required: usize) -> Result<Vec<usize>, ShareError> {
    check_len(digits, slots)?;
    let mut positions = Vec::with_capacity(digits.len());
    for (slot, &byte) in digits.iter().enumerate() {
        let position = digit_value(byte)?;
        if position == UNANSWERED && slot < required {
            return Err(ShareError::Incomplete);
        }
        positions.push(position);
    }
    Ok(positions)
}

/// Too few answers reads as unfinished; too many cannot come from `encode`.
fn check_len(digits: &[u8], expected: usize) -> Result<(), ShareError> {
    match digits.len() {
        len if len < expected => Err(ShareError::Incomplete),
        len if len > expected => Err(ShareError::Invalid("there are more answers than questions")),
        _ => Ok(()),
    }
}
