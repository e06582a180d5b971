//! What the person is told about their saved data.

use super::words::Word;
use crate::content::words::keys;
use crate::persist::plan::Notice;

/// The words of one notice, and whether it should offer an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeText {
    pub title: String,
    pub body: String,
    pub offers_export: bool,
    /// A warning rather than plain information.
    pub warning: bool,
}

pub const EXPORT: Word = keys::NOTICES_EXPORT;
pub const DISMISS: Word = keys::NOTICES_DISMISS;

pub fn notice_text(notice: &Notice) -> NoticeText {
    // (the words' key under `notices`, offers an export, is a warning)
    let (title, body, offers_export, warning) = match notice {
        Notice::StorageUnavailable => (
            keys::NOTICES_STORAGE_UNAVAILABLE_TITLE,
            keys::NOTICES_STORAGE_UNAVAILABLE_BODY,
            true,
            true,
        ),
        Notice::Quarantined { .. } => (
            keys::NOTICES_QUARANTINED_TITLE,
            keys::NOTICES_QUARANTINED_BODY,
            false,
            true,
        ),
        Notice::KeptAside { .. } => (
            keys::NOTICES_KEPT_ASIDE_TITLE,
            keys::NOTICES_KEPT_ASIDE_BODY,
            true,
            true,
        ),
        Notice::Repaired { .. } => (
            keys::NOTICES_REPAIRED_TITLE,
            keys::NOTICES_REPAIRED_BODY,
            false,
            true,
        ),
        Notice::ReadOnly { .. } => (
            keys::NOTICES_READ_ONLY_TITLE,
            keys::NOTICES_READ_ONLY_BODY,
            true,
            true,
        ),
        Notice::QuotaExceeded => (
            keys::NOTICES_QUOTA_EXCEEDED_TITLE,
            keys::NOTICES_QUOTA_EXCEEDED_BODY,
            true,
            true,
        ),
        Notice::CannotSave => (
            keys::NOTICES_CANNOT_SAVE_TITLE,
            keys::NOTICES_CANNOT_SAVE_BODY,
            true,
            true,
        ),
        Notice::ClearFailed => (
            keys::NOTICES_CLEAR_FAILED_TITLE,
            keys::NOTICES_CLEAR_FAILED_BODY,
            true,
            true,
        ),
        Notice::CouldNotQuarantine => (
            keys::NOTICES_COULD_NOT_QUARANTINE_TITLE,
            keys::NOTICES_COULD_NOT_QUARANTINE_BODY,
            true,
            true,
        ),
        Notice::Imported => (
            keys::NOTICES_IMPORTED_TITLE,
            keys::NOTICES_IMPORTED_BODY,
            false,
            false,
        ),
        Notice::Cleared => (
            keys::NOTICES_CLEARED_TITLE,
            keys::NOTICES_CLEARED_BODY,
            false,
            false,
        ),
        Notice::ClearedElsewhere => (
            keys::NOTICES_CLEARED_ELSEWHERE_TITLE,
            keys::NOTICES_CLEARED_ELSEWHERE_BODY,
            false,
            false,
        ),
        Notice::TooLarge => (
            keys::NOTICES_TOO_LARGE_TITLE,
            keys::NOTICES_TOO_LARGE_BODY,
            true,
            true,
        ),
        Notice::NearlyFull => (
            keys::NOTICES_NEARLY_FULL_TITLE,
            keys::NOTICES_NEARLY_FULL_BODY,
            true,
            true,
        ),
        Notice::SaveFailed => (
            keys::NOTICES_SAVE_FAILED_TITLE,
            keys::NOTICES_SAVE_FAILED_BODY,
            true,
            true,
        ),
        Notice::SavingResumed => (
            keys::NOTICES_SAVING_RESUMED_TITLE,
            keys::NOTICES_SAVING_RESUMED_BODY,
            false,
            false,
        ),
    };
    let body = match notice {
        Notice::Quarantined { key, error } | Notice::KeptAside { key, error } => {
            body.with(&[("reason", &error.message()), ("key", key)])
        }
        Notice::Repaired { key, skipped } => body.count(*skipped, &[("key", key)]),
        _ => body.text(),
    };
    NoticeText {
        title: title.text(),
        body,
        offers_export,
        warning,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::LoadError;

    #[test]
    fn every_notice_has_words_and_storage_problems_offer_export() {
        let all = [
            Notice::StorageUnavailable,
            Notice::Quarantined {
                key: "forkpoint:quarantine:1".into(),
                error: LoadError::NotForkpoint,
            },
            Notice::Repaired {
                key: "forkpoint:quarantine:1".into(),
                skipped: 2,
            },
            Notice::KeptAside {
                key: "forkpoint:quarantine:2".into(),
                error: LoadError::NotForkpoint,
            },
            Notice::ReadOnly { found_schema: 9 },
            Notice::QuotaExceeded,
            Notice::CannotSave,
            Notice::ClearFailed,
            Notice::CouldNotQuarantine,
            Notice::Imported,
            Notice::Cleared,
            Notice::ClearedElsewhere,
            Notice::TooLarge,
            Notice::NearlyFull,
            Notice::SaveFailed,
            Notice::SavingResumed,
        ];
        for notice in &all {
            let text = notice_text(notice);
            assert!(
                !text.title.is_empty() && !text.body.is_empty(),
                "{notice:?}"
            );
        }
        for notice in [
            Notice::StorageUnavailable,
            Notice::SaveFailed,
            Notice::QuotaExceeded,
            Notice::ReadOnly { found_schema: 2 },
        ] {
            assert!(notice_text(&notice).offers_export, "{notice:?}");
        }
        assert!(notice_text(&all[1]).body.contains("forkpoint:quarantine:1"));
        assert!(notice_text(&all[2]).body.starts_with("2 saved entries"));
    }
}
