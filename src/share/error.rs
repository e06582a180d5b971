//! Why a share link could not be opened. The words for each reason are in
//! `messages`.

/// Why a link could not be opened; `message` says it in words for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    UnknownKind,
    /// Scored by a model newer or older than this app's (`ours`, of the
    /// link's instrument), so it would read differently here.
    UnsupportedVersion {
        found: u32,
        ours: u32,
    },
    Truncated,
    ChecksumMismatch,
    /// The checksum matched but the content is not something `encode` writes.
    Invalid(&'static str),
    /// Not every question has an answer.
    Incomplete,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for ShareError {}
