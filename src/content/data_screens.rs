//! Words of the "Your results" page (history, comparison, export, import,
//! clearing) and of shared results.

use super::ui::{number, ConfirmWords};
use super::words::Word;
use crate::content::words::keys;

/// The header's link to the results page (on every page, so a `site` word).
pub const NAV_LABEL: Word = keys::SITE_RESULTS_NAV_LABEL;
pub const TITLE: Word = keys::RESULTS_TITLE;
pub const LEAD: Word = keys::RESULTS_LEAD;

pub const HISTORY_HEADING: Word = keys::RESULTS_HISTORY_HEADING;
pub const HISTORY_EMPTY: Word = keys::RESULTS_HISTORY_EMPTY;
pub const HISTORY_HINT: Word = keys::RESULTS_HISTORY_HINT;
pub const HISTORY_MORE: Word = keys::RESULTS_HISTORY_MORE;

/// An instrument's short name in lists of results, e.g. "Fork quiz".
pub fn instrument_name(instrument: crate::instrument::Instrument) -> Word {
    instrument.name()
}
pub const UNKNOWN_DATE: Word = keys::RESULTS_UNKNOWN_DATE;
/// "Fork quiz, 01/12/2026": a result in the history.
pub const RESULT_NAME: Word = keys::RESULTS_RESULT_NAME;
/// "View Fork quiz 01/12/2026", the accessible name of a View link.
pub const VIEW_RESULT: Word = keys::RESULTS_VIEW_RESULT;
/// "Yes: they work well → They don't really exist".
pub const MOVED_FROM_TO: Word = keys::RESULTS_MOVED_FROM_TO;
pub const VIEW: Word = keys::RESULTS_VIEW;
pub const SELECT_FOR_COMPARISON: Word = keys::RESULTS_SELECT_FOR_COMPARISON;
pub const COMPARE_HEADING: Word = keys::RESULTS_COMPARE_HEADING;
pub const COMPARE_SAME_INSTRUMENT: Word = keys::RESULTS_COMPARE_SAME_INSTRUMENT;
pub const CHANGED_ANSWERS: Word = keys::RESULTS_CHANGED_ANSWERS;
pub const BEFORE: Word = keys::RESULTS_BEFORE;
pub const AFTER: Word = keys::RESULTS_AFTER;
pub const CHANGE: Word = keys::RESULTS_CHANGE;
pub const NOT_ANSWERED: Word = keys::RESULTS_NOT_ANSWERED;

pub const TRANSFER_HEADING: Word = keys::RESULTS_TRANSFER_HEADING;
pub const EXPORT_LEAD: Word = keys::RESULTS_EXPORT_LEAD;
pub const EXPORT: Word = keys::RESULTS_EXPORT;
pub const IMPORT_LABEL: Word = keys::RESULTS_IMPORT_LABEL;
pub const IMPORT_PREVIEW_LABEL: Word = keys::RESULTS_IMPORT_PREVIEW_LABEL;
pub const IMPORT_HINT: Word = keys::RESULTS_IMPORT_HINT;
pub const IMPORT_CONFIRM: Word = keys::RESULTS_IMPORT_CONFIRM;
pub const IMPORT_CANCEL: Word = keys::RESULTS_IMPORT_CANCEL;
pub const IMPORT_REPLACES: Word = keys::RESULTS_IMPORT_REPLACES;
pub const IMPORT_FAILED: Word = keys::RESULTS_IMPORT_FAILED;

pub const CLEAR_HEADING: Word = keys::RESULTS_CLEAR_HEADING;
pub const CLEAR_LEAD: Word = keys::RESULTS_CLEAR_LEAD;
pub const CLEAR: Word = keys::RESULTS_CLEAR;
pub const CLEAR_CONFIRM_TEXT: Word = keys::RESULTS_CLEAR_CONFIRM_TEXT;
pub const CLEAR_CONFIRM: Word = keys::RESULTS_CLEAR_CONFIRM;
pub const CLEAR_CANCEL: Word = keys::RESULTS_CLEAR_CANCEL;
pub const TRIM_LEAD: Word = keys::RESULTS_TRIM_LEAD;
pub const TRIM: Word = keys::RESULTS_TRIM;
/// "Delete the oldest results", asked first; once done, focus goes to the history.
pub const TRIM_CONFIRMATION: ConfirmWords = ConfirmWords {
    cancel: keys::RESULTS_TRIM_CANCEL,
    confirm: keys::RESULTS_TRIM_CONFIRM,
    button: "#trim-history",
    cancel_button: "#trim-cancel",
    then_focus: "#history-heading",
};

/// "This deletes your 120 oldest results, the newest of them from 3 May
/// 2026, 10:04. …", before the oldest results are deleted to make room.
pub fn trim_warning(count: usize, newest: &str) -> String {
    keys::RESULTS_TRIM_WARNING.count(count, &[("date", newest)])
}
/// "Clear my data", asked first; once done, the notice that says so takes the focus.
pub const CLEAR_CONFIRMATION: ConfirmWords = ConfirmWords {
    cancel: CLEAR_CANCEL,
    confirm: CLEAR_CONFIRM,
    button: "#clear-data",
    cancel_button: "#clear-cancel",
    then_focus: "[data-notice=cleared]",
};

// The share box sits under results on every page: `site` words.
pub const SHARE_HEADING: Word = keys::SHARE_HEADING;
pub const SHARE_LEAD: Word = keys::SHARE_LEAD;
pub const SHARE_LINK_LABEL: Word = keys::SHARE_LINK_LABEL;
pub const COPY_LINK: Word = keys::SHARE_COPY_LINK;
pub const COPIED: Word = keys::SHARE_COPIED;
pub const COPY_FAILED: Word = keys::SHARE_COPY_FAILED;

pub const SHARED_BANNER: Word = keys::RESULTS_SHARED_BANNER;
pub const SHARED_TITLE: Word = keys::RESULTS_SHARED_TITLE;
pub const TAKE_IT_YOURSELF: Word = keys::RESULTS_TAKE_IT_YOURSELF;
pub const BAD_LINK_TITLE: Word = keys::RESULTS_BAD_LINK_TITLE;
pub const BAD_LINK_BACK: Word = keys::RESULTS_BAD_LINK_BACK;

/// Said (and shown) after ticking one result: what to do next.
pub const ONE_CHOSEN: Word = keys::RESULTS_ONE_CHOSEN;

/// "The newest 50 of your 120 results."
pub fn history_shown(shown: usize, total: usize) -> String {
    keys::RESULTS_HISTORY_SHOWN.with(&[("shown", &number(shown)), ("total", &number(total))])
}

/// A saved result with answers missing, in place of its reading.
pub fn unfinished(answered: usize, total: usize) -> String {
    keys::RESULTS_HISTORY_UNFINISHED
        .with(&[("answered", &number(answered)), ("total", &number(total))])
}

/// Said (and shown) once two results are ticked: `dropped` names the one
/// that was unticked to make room, when the person ticked a third.
pub fn comparing(first: &str, second: &str, dropped: Option<&str>) -> String {
    let comparing = keys::RESULTS_COMPARING.with(&[("first", first), ("second", second)]);
    match dropped {
        Some(dropped) => {
            keys::RESULTS_UNTICKED_THEN.with(&[("dropped", dropped), ("comparing", &comparing)])
        }
        None => comparing,
    }
}

/// "2 entries in this file cannot be read and will be left out; …", in an
/// import's preview, so nothing is dropped without the person knowing.
pub fn import_drops(skipped: usize) -> String {
    keys::RESULTS_IMPORT_DROPS.count(skipped, &[])
}

/// "This file holds 3 results: Fork quiz (2), Balance check (1).", and the
/// answers in progress it holds, in an import's preview.
pub fn import_summary(
    results: &[(crate::instrument::Instrument, usize)],
    in_progress: usize,
) -> String {
    let total = results.iter().map(|(_, count)| count).sum();
    let holds = if total == 0 {
        keys::RESULTS_IMPORT_SUMMARY_HOLDS_NONE.text()
    } else {
        let each: Vec<String> = results
            .iter()
            .map(|(instrument, count)| {
                keys::RESULTS_IMPORT_SUMMARY_EACH.with(&[
                    ("instrument", &instrument.name().text()),
                    ("count", &number(*count)),
                ])
            })
            .collect();
        let separator = keys::RESULTS_IMPORT_SUMMARY_SEPARATOR.text();
        keys::RESULTS_IMPORT_SUMMARY_HOLDS.count(total, &[("results", &each.join(&separator))])
    };
    if in_progress == 0 {
        return holds;
    }
    keys::RESULTS_IMPORT_SUMMARY_WITH_ANSWERS.with(&[
        ("holds", &holds),
        (
            "answers",
            &keys::RESULTS_IMPORT_SUMMARY_ANSWERS.count(in_progress, &[]),
        ),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_comparison_says_what_it_compares_and_what_was_unticked() {
        assert_eq!(
            super::comparing("Fork quiz, 1 May", "Fork quiz, 2 June", None),
            "Comparing Fork quiz, 1 May with Fork quiz, 2 June: what moved is shown below."
        );
        assert!(super::comparing("A", "B", Some("C")).starts_with("C was unticked"));
    }

    #[test]
    fn import_summary_counts_in_words() {
        use crate::instrument::Instrument;
        assert_eq!(
            super::import_summary(&[(Instrument::Quiz, 1), (Instrument::Balance, 2)], 0),
            "This file holds 3 results: Fork quiz (1), Balance check (2)."
        );
        assert_eq!(
            super::import_summary(&[(Instrument::Path, 1)], 0),
            "This file holds 1 result: Path diagnostic (1)."
        );
        assert_eq!(
            super::import_summary(&[], 3),
            "This file holds no results. It also holds 3 answers in progress."
        );
    }
}
