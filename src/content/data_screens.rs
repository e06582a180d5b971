//! Words of the "Your results" page (history, comparison, export, import,
//! clearing) and of shared results.

pub const NAV_LABEL: &str = "Your results";
pub const TITLE: &str = "Your results and data";
pub const LEAD: &str = "Everything here is kept in this browser only. Compare your results over time, keep a copy as a file, or remove it all.";

pub const HISTORY_HEADING: &str = "Your results";
pub const HISTORY_EMPTY: &str = "No results yet. Finish the Fork quiz or the path diagnostic and each result will be kept here, so you can see how your answers move over time.";
pub const HISTORY_HINT: &str =
    "Tick two results of the same instrument to see what moved between them.";
pub const QUIZ_NAME: &str = "Fork quiz";
pub const PATH_NAME: &str = "Path diagnostic";
pub const VIEW: &str = "View";
pub const SELECT_FOR_COMPARISON: &str = "Compare";
pub const COMPARE_HEADING: &str = "What moved";
pub const COMPARE_SAME_INSTRUMENT: &str =
    "Choose two results of the same instrument to compare them.";
pub const CHANGED_ANSWERS: &str = "answers changed";
pub const BEFORE: &str = "Before";
pub const AFTER: &str = "After";
pub const CHANGE: &str = "Change";
pub const NOT_ANSWERED: &str = "Not answered";

pub const TRANSFER_HEADING: &str = "Keep a copy, or bring one back";
pub const EXPORT_LEAD: &str = "Download everything Forkpoint keeps in this browser as a file you can store or move to another browser.";
pub const EXPORT: &str = "Export my data";
pub const IMPORT_LABEL: &str = "Import an export file";
pub const IMPORT_PREVIEW_LABEL: &str = "What the file holds";
pub const IMPORT_HINT: &str = "You will see what the file holds before anything is replaced.";
pub const IMPORT_CONFIRM: &str = "Replace my data with this file";
pub const IMPORT_CANCEL: &str = "Cancel";
pub const IMPORT_REPLACES: &str =
    "Importing replaces every answer and result Forkpoint has kept in this browser.";
pub const IMPORT_FAILED: &str = "This file cannot be imported.";

pub const CLEAR_HEADING: &str = "Clear my data";
pub const CLEAR_LEAD: &str = "Remove every answer and result Forkpoint has kept in this browser.";
pub const CLEAR: &str = "Clear my data";
pub const CLEAR_CONFIRM_TEXT: &str = "This removes everything Forkpoint has kept in this browser, and it cannot be undone. Export first if you want a copy.";
pub const CLEAR_CONFIRM: &str = "Yes, clear everything";
pub const CLEAR_CANCEL: &str = "Keep my data";

pub const SHARE_HEADING: &str = "Share this result";
pub const SHARE_LEAD: &str = "The link holds your answers, so whoever opens it sees this result. Nothing is sent anywhere until you share the link yourself.";
pub const SHARE_LINK_LABEL: &str = "Link to this result";
pub const COPY_LINK: &str = "Copy link";
pub const COPIED: &str = "Copied to the clipboard.";
pub const COPY_FAILED: &str = "Copying was not allowed here: select the link and copy it yourself.";

pub const SHARED_BANNER: &str =
    "This is a shared result, shown read-only. Nothing from it is saved in your browser.";
pub const TAKE_IT_YOURSELF: &str = "Take it yourself";
pub const BAD_LINK_TITLE: &str = "This link cannot be opened";
pub const BAD_LINK_BACK: &str = "Go to the home page";

/// Said (and shown) after ticking one result: what to do next.
pub const ONE_CHOSEN: &str = "One result chosen: tick another of the same instrument to compare.";

/// Said (and shown) once two results are ticked: `dropped` names the one
/// that was unticked to make room, when the person ticked a third.
pub fn comparing(first: &str, second: &str, dropped: Option<&str>) -> String {
    let mut text = String::new();
    if let Some(dropped) = dropped {
        text.push_str(&format!(
            "{dropped} was unticked, as two results are compared at a time. "
        ));
    }
    text.push_str(&format!(
        "Comparing {first} with {second}: what moved is shown below."
    ));
    text
}

/// "This file holds 3 Fork quiz results and 1 path diagnostic result."
pub fn import_summary(quiz_results: usize, path_results: usize, in_progress: usize) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut text = format!(
        "This file holds {} and {}.",
        plural(quiz_results, "Fork quiz result", "Fork quiz results"),
        plural(
            path_results,
            "path diagnostic result",
            "path diagnostic results"
        ),
    );
    if in_progress > 0 {
        text.push_str(&format!(
            " It also holds {} in progress.",
            plural(in_progress, "answer", "answers")
        ));
    }
    text
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
        assert_eq!(
            super::import_summary(1, 2, 0),
            "This file holds 1 Fork quiz result and 2 path diagnostic results."
        );
        assert!(super::import_summary(0, 0, 3).ends_with("It also holds 3 answers in progress."));
    }
}
