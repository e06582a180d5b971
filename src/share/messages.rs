//! What the share feature says when a link cannot be opened: the keys of
//! its words (`share.errors.*`).

use crate::content::words::keys;
use crate::content::words::Word;

use super::error::ShareError;

pub const EMPTY: Word = keys::SHARE_ERRORS_EMPTY;
pub const UNKNOWN_KIND: Word = keys::SHARE_ERRORS_UNKNOWN_KIND;
pub const NEWER_VERSION: Word = keys::SHARE_ERRORS_NEWER_VERSION;
pub const OLDER_VERSION: Word = keys::SHARE_ERRORS_OLDER_VERSION;
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
        ShareError::UnsupportedVersion { found, ours } => version_message(*found, *ours),
        ShareError::Truncated => TRUNCATED,
        ShareError::ChecksumMismatch => CHECKSUM_MISMATCH,
        ShareError::Invalid(_) => INVALID,
        ShareError::Incomplete => INCOMPLETE,
    }
}

fn version_message(found: u32, ours: u32) -> Word {
    if found > ours {
        NEWER_VERSION
    } else {
        OLDER_VERSION
    }
}
