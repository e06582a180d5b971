//! What the share feature says when a link cannot be opened: the keys of
//! its words (`share.errors.*`).

use crate::content::words::keys;
use crate::content::words::Word;

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
