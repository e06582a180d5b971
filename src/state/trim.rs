//! Making room: which of the oldest results to delete so the stored
//! document fits under a size again (issue "Never lose an answer", failure
//! 6: near the limit, offer to export and trim the oldest results).

use crate::vec_map::sorted_positions;

use super::codec::encode;
use super::codec_write::result_json;
use super::document::Document;

/// The oldest results to delete: every one completed at or before `through`
/// (ms since the epoch), `count` of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trim {
    pub through: u64,
    pub count: usize,
}

/// Once the stored document takes `from` bytes or more: the fewest oldest
/// results whose deletion brings it to at most `target` bytes. None below
/// `from`, or when deleting every result would not do it (the answers in
/// progress are never trimmed).
pub fn oldest_to_delete(doc: &Document, from: usize, target: usize) -> Option<Trim> {
    let size = encode(doc).len();
    let excess = size
        .checked_sub(target)
        .filter(|&n| n > 0 && size >= from)?;
    let completed = |at: usize| doc.history.get(at).map(|result| result.completed_at);
    let order = sorted_positions(doc.history.len(), &|a, b| completed(a).cmp(&completed(b)));
    let mut freed: usize = 0;
    for at in order {
        let result = doc.history.get(at)?;
        // Its text and the comma that separates it from the next.
        freed = freed.saturating_add(result_json(result).to_text().len().saturating_add(1));
        if freed >= excess {
            let through = result.completed_at;
            let count = doc
                .history
                .iter()
                .filter(|result| result.completed_at <= through)
                .count();
            return Some(Trim { through, count });
        }
    }
    None
}
