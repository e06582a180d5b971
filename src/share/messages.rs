//! Every sentence the share and compare features show, kept together so the
//! wording can be reviewed (and one day translated) in one place. Numbers go
//! through `crate::content::numbers` to keep float formatting out of the wasm.

use crate::content::numbers::whole;
use crate::path::Blend;

use crate::content::numbers::signed_whole;

use super::compare::{PathComparison, QuizComparison};
use super::error::ShareError;

pub const EMPTY: &str = "This link doesn't contain a result. It may have been cut off when it was copied: try copying the whole link again.";
pub const UNKNOWN_KIND: &str = "This link isn't a Forkpoint result we can open. Check that it was copied in full, or ask for a fresh link.";
pub const NEWER_VERSION: &str = "This result was made with a newer version of Forkpoint. Reload the page to get the latest version, then open the link again.";
pub const OLDER_VERSION: &str = "This result was scored with an earlier version of Forkpoint, and the same answers would read differently today, so it isn't shown. You can take it yourself for a current result.";
pub const OTHER_VERSION: &str = "This result was made with a different version of Forkpoint, whose scoring this one can't reproduce, so it isn't shown. You can take it yourself for a current result.";
pub const TRUNCATED: &str = "This link is incomplete: it may have been cut off when it was copied. Try copying the whole link again.";
pub const CHECKSUM_MISMATCH: &str = "This link has been changed since it was made, so its result can't be trusted. Ask for the link again, or copy it once more.";
pub const INVALID: &str =
    "This link is damaged and can't be read. Ask the person who shared it for a fresh link.";
pub const INCOMPLETE: &str = "This link holds an unfinished result: only results with every question answered can be shared.";

impl ShareError {
    /// One or two plain sentences for the person who opened the link.
    pub fn message(&self) -> &'static str {
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

fn error_message(error: &ShareError) -> &'static str {
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
fn version_message(found: u32) -> &'static str {
    let versions = [crate::quiz::MODEL_VERSION, crate::path::MODEL_VERSION];
    if versions.iter().all(|&ours| found > ours) {
        NEWER_VERSION
    } else if versions.iter().all(|&ours| found < ours) {
        OLDER_VERSION
    } else {
        OTHER_VERSION
    }
}

fn points(count: i64) -> String {
    match count.unsigned_abs() {
        1 => "1 point".to_string(),
        n => format!("{n} points"),
    }
}

fn toward(points: i64) -> &'static str {
    if points > 0 {
        "the Multiplier"
    } else {
        "the Maker"
    }
}

/// See `compare_quiz`: the overall move and band first, then the dimension
/// that moved most, so the sentence reads the way the result screen does.
fn quiz_summary(comparison: &QuizComparison) -> String {
    let before = whole(comparison.overall_before);
    let after = whole(comparison.overall_after);
    let band_before = comparison.band_before.title();
    let band_after = comparison.band_after.title();
    let moved_most = comparison.moved_most();
    let overall = comparison.overall_points();

    if overall == 0 {
        if comparison.band_before != comparison.band_after {
            let most = moved_most.map_or(String::new(), |d| {
                format!(
                    "; {} moved most ({})",
                    d.dimension.label(),
                    signed_whole(d.points())
                )
            });
            return format!(
                "Your lean held steady at about {after}, right on the line between {band_before} and {band_after}{most}."
            );
        }
        let though = moved_most.map_or(String::new(), |d| {
            format!(
                ", though {} moved {} toward {}",
                d.dimension.label(),
                points(d.points()),
                toward(d.points())
            )
        });
        return format!("Your lean held steady at {after} ({band_after}){though}.");
    }

    let most = moved_most.map_or(String::new(), |d| {
        format!(
            "; {} moved most ({})",
            d.dimension.label(),
            signed_whole(d.points())
        )
    });
    let direction = toward(overall);
    let amount = points(overall);
    if comparison.band_before == comparison.band_after {
        format!(
            "Your lean moved {amount} toward {direction}, from {before} to {after}, and is still {band_after}{most}."
        )
    } else {
        format!(
            "Your lean moved {amount} toward {direction}, from {before} ({band_before}) to {after} ({band_after}){most}."
        )
    }
}

/// See `compare_path`: both ratios and the move in management points, or why
/// there is nothing to compare yet.
fn path_summary(before: Option<Blend>, after: Option<Blend>, changed: usize) -> String {
    match (before, after) {
        (Some(before), Some(after)) if before == after => {
            let answers = match changed {
                0 => String::new(),
                1 => ", even though one answer changed".to_string(),
                n => format!(", even though {n} answers changed"),
            };
            format!("The blend held steady at {}{answers}.", after.ratio())
        }
        (Some(before), Some(after)) => {
            let shift = i64::from(after.management) - i64::from(before.management);
            let side = if shift > 0 { "management" } else { "leadership" };
            format!(
                "The blend moved from {} to {}, {} toward {side}.",
                before.ratio(),
                after.ratio(),
                points(shift)
            )
        }
        (None, Some(after)) => format!(
            "The earlier run wasn't finished, so there is no earlier blend to compare with; this one reads {}.",
            after.ratio()
        ),
        (Some(before), None) => format!(
            "This run isn't finished yet, so there is no new blend to compare with the earlier {}.",
            before.ratio()
        ),
        (None, None) => "Neither run is finished yet, so there is no blend to compare.".to_string(),
    }
}
