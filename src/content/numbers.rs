//! Numbers as text without Rust's float formatting, which would add tens of
//! kilobytes to the wasm bundle for what is only ever a whole number or one
//! decimal place here.

/// Rounds half away from zero to a whole number.
pub fn whole(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

/// "17" for whole values, "17.5" otherwise (one decimal place, rounded).
pub fn at_most_one_decimal(value: f64) -> String {
    let tenths = whole(value * 10.0);
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        digit => format!("{sign}{}.{digit}", tenths / 10),
    }
}

/// "+12", "−3" (with a true minus sign, U+2212) or "0".
pub fn signed_whole(points: i64) -> String {
    match points {
        0 => "0".to_string(),
        p if p > 0 => format!("+{p}"),
        p => format!("\u{2212}{}", p.unsigned_abs()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_rounds_half_away_from_zero() {
        assert_eq!(whole(49.5), 50);
        assert_eq!(whole(49.49), 49);
        assert_eq!(whole(-0.5), -1);
        assert_eq!(whole(f64::NAN), 0);
    }

    #[test]
    fn one_decimal_only_when_needed() {
        assert_eq!(at_most_one_decimal(17.0), "17");
        assert_eq!(at_most_one_decimal(17.25), "17.3");
        assert_eq!(at_most_one_decimal(0.04), "0");
        assert_eq!(at_most_one_decimal(-2.5), "-2.5");
    }
}
