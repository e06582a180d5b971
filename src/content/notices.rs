//! What the person is told about their saved data.

use crate::persist::plan::Notice;

/// The words of one notice, and whether it should offer an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeText {
    pub title: &'static str,
    pub body: String,
    pub offers_export: bool,
    /// A warning rather than plain information.
    pub warning: bool,
}

pub const EXPORT: &str = "Export my data";
pub const DISMISS: &str = "Dismiss";

pub fn notice_text(notice: &Notice) -> NoticeText {
    let (title, body, offers_export, warning) = match notice {
        Notice::StorageUnavailable => (
            "Your answers are kept in this tab only",
            "This browser does not let Forkpoint save (private browsing or blocked storage, for example in an embedded frame). Everything still works, but closing the tab loses your answers: export them to keep a copy.".to_string(),
            true,
            true,
        ),
        Notice::Quarantined { key, reason } => (
            "We could not read your saved data",
            format!("{reason} Nothing was overwritten: the original is kept aside in this browser under \"{key}\", and you are starting fresh."),
            false,
            true,
        ),
        Notice::Repaired { key, skipped } => (
            "Some saved answers could not be read",
            format!("{skipped} saved {} could not be read and {} left out; everything else was restored. The original is kept aside under \"{key}\".",
                if *skipped == 1 { "entry" } else { "entries" },
                if *skipped == 1 { "was" } else { "were" }),
            false,
            true,
        ),
        Notice::ReadOnly { .. } => (
            "Saved by a newer version of Forkpoint",
            "Your saved data comes from a newer version of Forkpoint, so it is shown read-only to keep it safe: changes you make in this tab are not saved. Reload to get the newest version.".to_string(),
            true,
            true,
        ),
        Notice::QuotaExceeded => (
            "This browser's storage is full",
            "Your latest answers are kept in this tab and your last saved state is safe, but new changes cannot be saved. Export your data to keep a copy.".to_string(),
            true,
            true,
        ),
        Notice::CouldNotQuarantine => (
            "Saving is paused",
            "Your saved data needs repair, but there is no room to keep a safe copy of it first, so nothing has been overwritten. Export to keep what you answer in this tab.".to_string(),
            true,
            true,
        ),
        Notice::Imported => ("Your data was imported", "Your answers and results now come from the file you chose.".to_string(), false, false),
        Notice::Cleared => ("Your data was cleared", "Every answer and result Forkpoint kept in this browser has been removed.".to_string(), false, false),
    };
    NoticeText {
        title,
        body,
        offers_export,
        warning,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_has_words_and_storage_problems_offer_export() {
        let all = [
            Notice::StorageUnavailable,
            Notice::Quarantined {
                key: "forkpoint:quarantine:1".into(),
                reason: "It is not JSON.".into(),
            },
            Notice::Repaired {
                key: "forkpoint:quarantine:1".into(),
                skipped: 2,
            },
            Notice::ReadOnly { found_schema: 9 },
            Notice::QuotaExceeded,
            Notice::CouldNotQuarantine,
            Notice::Imported,
            Notice::Cleared,
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
            Notice::QuotaExceeded,
            Notice::ReadOnly { found_schema: 2 },
        ] {
            assert!(notice_text(&notice).offers_export, "{notice:?}");
        }
        assert!(notice_text(&all[1]).body.contains("forkpoint:quarantine:1"));
        assert!(notice_text(&all[2]).body.starts_with("2 saved entries"));
    }
}
