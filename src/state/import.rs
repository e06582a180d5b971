//! Export to a file and the check before an import: what a file holds, shown
//! to the person before anything in storage changes.

use super::codec::decode;
use super::codec_write::document_fields;
use super::document::Document;
use super::format::{Access, LoadError, Loaded};
use super::instruments::Instrument;
use super::json::Json;
use crate::positions::PositionsInstrument;

/// The stored JSON plus "exportedAt", one top-level field per line, because
/// people open these files to see what the app keeps about them.
pub fn encode_export(doc: &Document, exported_at: u64) -> String {
    let mut fields = document_fields(doc);
    let at = Json::Int(i64::try_from(exported_at).unwrap_or(i64::MAX));
    // Right after the version, so the header of the file says what and when.
    let position = fields.len().min(2);
    fields.insert(position, ("exportedAt".to_string(), at));
    let lines: Vec<String> = fields
        .iter()
        .map(|(key, value)| {
            format!(
                "  {}:{}",
                Json::String(key.clone()).to_text(),
                value.to_text()
            )
        })
        .collect();
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

/// What an import would bring in, to show before the person confirms.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub loaded: Loaded,
    /// How many results of each instrument it holds, in the instruments'
    /// order, those this page keeps unread too; none of one that has none.
    pub results: Vec<(Instrument, usize)>,
    /// The questions answered in runs not yet finished, of every instrument
    /// this page reads (the path diagnostic's optional context not counted).
    pub in_progress: usize,
    pub newest_result_at: Option<u64>,
}

/// Reads a file for import. Unlike stored data, a file from a newer app is
/// refused: importing it would mean writing a format this version cannot keep.
pub fn preview_import(text: &str) -> Result<ImportPreview, LoadError> {
    let loaded = decode(text)?;
    if let Access::ReadOnly { found_schema } = loaded.access {
        return Err(LoadError::NewerFile(found_schema));
    }
    let doc = &loaded.document;
    let kept = doc.unknown.kept_results();
    let results = Instrument::ALL
        .iter()
        .map(|instrument| {
            let read = doc.results(*instrument).count();
            let unread = kept.iter().filter(|r| r.instrument == *instrument).count();
            (*instrument, read.saturating_add(unread))
        })
        .filter(|(_, count)| *count > 0)
        .collect();
    Ok(ImportPreview {
        results,
        in_progress: super::instruments::positions()
            .map(|of| in_progress(doc, of))
            .sum(),
        newest_result_at: doc.history.iter().map(|result| result.completed_at).max(),
        loaded,
    })
}

/// How many of the questions `of`'s run asks are answered.
fn in_progress(doc: &Document, of: &PositionsInstrument) -> usize {
    let flow = doc.run_of(of);
    flow.asked(of)
        .iter()
        .filter(|question| flow.answers.contains_key(question.id))
        .count()
}
