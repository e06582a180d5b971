//! Export files and the preview before an import.

use super::fixtures::{V1_DOCUMENT, V2_DOCUMENT};
use super::rich_document;
use crate::state::codec::decode;
use crate::state::document::Document;
use crate::state::json::JsonError;
use crate::state::json_parser::parse;
use crate::state::Instrument;
use crate::state::{
    encode_export, preview_import, quarantine_key, Access, LoadError, DOCUMENT_KEY,
    QUARANTINE_PREFIX,
};

#[test]
fn an_export_reads_back_as_the_same_document() {
    let doc = rich_document();
    let text = encode_export(&doc, 1_700_000_000_000);
    let loaded = decode(&text).unwrap();
    assert_eq!(loaded.document, doc);
    assert_eq!(loaded.skipped_entries, 0);
    assert_eq!(
        parse(&text)
            .unwrap()
            .get("exportedAt")
            .and_then(|v| v.as_u64()),
        Some(1_700_000_000_000)
    );
}

#[test]
fn an_export_puts_each_top_level_field_on_its_own_line() {
    let text = encode_export(&Document::default(), 5);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.first(), Some(&"{"));
    assert_eq!(lines.get(1), Some(&r#"  "app":"forkpoint","#));
    assert_eq!(lines.get(3), Some(&r#"  "exportedAt":5,"#));
    assert_eq!(lines.last(), Some(&"}"));
    // No run is begun, so none is written.
    assert_eq!(lines.len(), 8, "6 fields and the braces: {text}");
}

#[test]
fn the_preview_counts_what_a_file_holds() {
    let preview = preview_import(V1_DOCUMENT).unwrap();
    assert_eq!(
        preview.results,
        vec![(Instrument::Quiz, 1), (Instrument::Path, 1)]
    );
    assert_eq!(preview.in_progress, 3 + 2);
    assert_eq!(preview.newest_result_at, Some(1_700_000_500_000));
    assert_eq!(preview.loaded.access, Access::ReadWrite);

    let rich = preview_import(&encode_export(&rich_document(), 1)).unwrap();
    assert_eq!(
        rich.results,
        vec![(Instrument::Quiz, 2), (Instrument::Path, 2)]
    );
    assert_eq!(rich.in_progress, 2 + 1);
    assert_eq!(rich.newest_result_at, Some(8_000));

    let empty = preview_import(&encode_export(&Document::default(), 1)).unwrap();
    assert_eq!(empty.newest_result_at, None);
    assert_eq!((empty.results, empty.in_progress), (vec![], 0));
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    match preview_import(V2_DOCUMENT) {
        Err(error @ LoadError::NewerFile(_)) => assert!(error.message().contains("newer version")),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn an_empty_or_foreign_file_is_refused() {
    assert_eq!(
        preview_import(""),
        Err(LoadError::NotJson(JsonError::Empty))
    );
    assert_eq!(
        preview_import("  \n"),
        Err(LoadError::NotJson(JsonError::Empty))
    );
    assert_eq!(
        preview_import(r#"{"name":"my notes"}"#),
        Err(LoadError::NotForkpoint)
    );
}

#[test]
fn storage_keys_share_the_app_prefix() {
    assert_eq!(DOCUMENT_KEY, "forkpoint:document");
    assert_eq!(quarantine_key(1_234), "forkpoint:quarantine:1234");
    assert!(quarantine_key(1).starts_with(QUARANTINE_PREFIX));
    assert_ne!(quarantine_key(1), quarantine_key(2));
}
