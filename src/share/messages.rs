//! What the share and compare features say: the keys of their words
//! (`results.share.*`) and the values put into them.

use crate::content::numbers::{signed_whole, whole};
use crate::content::path_screens::blend_label;
use crate::content::words::keys;
use crate::content::words::{locale, Word};
use crate::intl::whole_number;
use crate::path::Blend;

use super::compare::{PathComparison, QuizComparison};
use super::error::ShareError;

pub const EMPTY: Word = keys::SHARE_ERRORS_EMPTY;
pub const UNKNOWN_KIND: Word = keys::SHARE_ERRORS_UNKNOWN_KIND;
pub const NEWER_VERSION: Word = keys::SHARE_ERRORS_NEWER_VERSION;
pub const OLDER_VERSION: Word = keys::SHARE_ERRORS_OLDER_VERSION;
pub const OTHER_VERSION: Word = keys::SHARE_ERRORS_OTHER_VERSION;
pub const TRUNCATED: Word = keys::SHARE_ERRORS_TRUNCATED;
pub const CHECKSUM_MISMATCH: Word = keys::SHARE_ERRORS_CHECKSUM_MISMATCH;
pub const INVALID: Word = keys::SHARE_ERRORS_INVALID;
pub const INCOMPLETE: Word = keys::SHARE_ERRORS_INCOMPLETE;

impl ShareError {
    /// One or two plain sentences for the person who opened the link.
    pub fn message(&self) -> Word {
        error_message(self)
    }
}

impl QuizComparison {
    /// One or two sentences on what moved, for the history screen.
    pub fn summary(&self) -> String {
        quiz_summary(self)
    }
}

impl PathComparison {
    /// One sentence on how the blend moved, or why there is nothing to compare.
    pub fn summary(&self) -> String {
        path_summary(self.before, self.after, self.moved.len())
    }
}

fn error_message(error: &ShareError) -> Word {
    match error {
        ShareError::Empty => EMPTY,
        ShareError::UnknownKind => UNKNOWN_KIND,
        ShareError::UnsupportedVersion { found } => version_message(*found),
        ShareError::Truncated => TRUNCATED,
        ShareError::ChecksumMismatch => CHECKSUM_MISMATCH,
        ShareError::Invalid(_) => INVALID,
        ShareError::Incomplete => INCOMPLETE,
    }
}

// The error does not say which instrument the link was for, so "newer" and
// "older" are only claimed when they hold for both instruments' models.
fn version_message(found: u32) -> Word {
    let versions = [crate::quiz::MODEL_VERSION, crate::path::MODEL_VERSION];
    if versions.iter().all(|&ours| found > ours) {
        NEWER_VERSION
    } else if versions.iter().all(|&ours| found < ours) {
        OLDER_VERSION
    } else {
        OTHER_VERSION
    }
}

fn number(value: i64) -> String {
    whole_number(&locale(), value)
}

/// "3 points", whichever way they moved.
fn points(count: i64) -> String {
    keys::RESULTS_SHARE_POINTS.count(count.unsigned_abs() as usize, &[])
}

fn toward(points: i64) -> String {
    if points > 0 {
        keys::RESULTS_SHARE_TOWARD_MULTIPLIER.text()
    } else {
        keys::RESULTS_SHARE_TOWARD_MAKER.text()
    }
}

/// See `compare_quiz`: the overall move and band first, then the dimension
/// that moved most, so the sentence reads the way the result screen does.
fn quiz_summary(comparison: &QuizComparison) -> String {
    let before = number(whole(comparison.overall_before));
    let after = number(whole(comparison.overall_after));
    let band_before = comparison.band_before.title().text();
    let band_after = comparison.band_after.title().text();
    let moved_most = comparison.moved_most();
    let overall = comparison.overall_points();
    let most = moved_most.map_or(String::new(), |d| {
        keys::RESULTS_SHARE_QUIZ_MOVED_MOST.with(&[
            ("dimension", &d.dimension.label().text()),
            ("points", &signed_whole(d.points())),
        ])
    });
    let values = |extra: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
        let mut all = vec![
            ("before", before.clone()),
            ("after", after.clone()),
            ("band_before", band_before.clone()),
            ("band_after", band_after.clone()),
            ("most", most.clone()),
            ("amount", points(overall)),
            ("direction", toward(overall)),
        ];
        all.extend(extra.iter().map(|(name, value)| (*name, value.to_string())));
        all
    };
    let fill = |word: Word, extra: &[(&'static str, &str)]| -> String {
        let all = values(extra);
        let borrowed: Vec<(&str, &str)> = all.iter().map(|(n, v)| (*n, v.as_str())).collect();
        word.with(&borrowed)
    };

    if overall == 0 {
        if comparison.band_before != comparison.band_after {
            return fill(keys::RESULTS_SHARE_QUIZ_STEADY_ON_THE_LINE, &[]);
        }
        let though = moved_most.map_or(String::new(), |d| {
            keys::RESULTS_SHARE_QUIZ_THOUGH.with(&[
                ("dimension", &d.dimension.label().text()),
                ("amount", &points(d.points())),
                ("direction", &toward(d.points())),
            ])
        });
        return fill(keys::RESULTS_SHARE_QUIZ_STEADY, &[("though", &though)]);
    }
    if comparison.band_before == comparison.band_after {
        fill(keys::RESULTS_SHARE_QUIZ_MOVED_WITHIN_BAND, &[])
    } else {
        fill(keys::RESULTS_SHARE_QUIZ_MOVED, &[])
    }
}

/// See `compare_path`: both ratios and the move in management points, or why
/// there is nothing to compare yet.
fn path_summary(before: Option<Blend>, after: Option<Blend>, changed: usize) -> String {
    match (before, after) {
        (Some(before), Some(after)) if before == after => {
            let answers = match changed {
                0 => String::new(),
                n => keys::RESULTS_SHARE_PATH_EVEN_THOUGH.count(n, &[]),
            };
            keys::RESULTS_SHARE_PATH_STEADY
                .with(&[("blend", &blend_label(after)), ("answers", &answers)])
        }
        (Some(before), Some(after)) => {
            let shift = i64::from(after.management) - i64::from(before.management);
            let side = if shift > 0 {
                keys::RESULTS_SHARE_PATH_TOWARD_MANAGEMENT
            } else {
                keys::RESULTS_SHARE_PATH_TOWARD_LEADERSHIP
            };
            keys::RESULTS_SHARE_PATH_MOVED.with(&[
                ("before", &blend_label(before)),
                ("after", &blend_label(after)),
                ("amount", &points(shift)),
                ("side", &side.text()),
            ])
        }
        (None, Some(after)) => {
            keys::RESULTS_SHARE_PATH_NO_EARLIER.with(&[("blend", &blend_label(after))])
        }
        (Some(before), None) => {
            keys::RESULTS_SHARE_PATH_NO_LATER.with(&[("blend", &blend_label(before))])
        }
        (None, None) => keys::RESULTS_SHARE_PATH_NEITHER.text(),
    }
}
