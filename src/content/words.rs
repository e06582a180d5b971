//! Every word a person sees, by key. `keys::SITE_BRAND` names the text at
//! `site.brand` in the catalogs: `content/words/<locale>/<chunk>.json`,
//! flattened to `chunk.a.b` keys and numbered in key order by `build.rs`,
//! so the app carries numbers, not key names. In the browser
//! `words_loader` fetches the chunks a page needs and installs them here;
//! host builds (the tests) have English compiled in. Models hand out words
//! and values and never build sentences; a text puts the values in its
//! `{name}` places.

use std::cell::RefCell;
use std::fmt;

/// One word of the catalogs: its place in the sorted key list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Word(pub u16);

/// A constant for every word in `content/words/en`, named after its key.
pub mod keys {
    use super::Word;

    include!(concat!(env!("OUT_DIR"), "/word_keys.rs"));
}

impl Word {
    /// The text in the locale in use (for a counting word, its `other` form).
    pub fn text(self) -> String {
        self.form("other")
    }

    /// The text, or for a counting word its form for `category` (`other`
    /// when the locale's catalog lacks that one).
    fn form(self, category: &str) -> String {
        CATALOG.with(|catalog| match catalog.borrow_mut().get(self) {
            Some(Text::Plain(text)) => text.to_string(),
            Some(Text::Plural(forms)) => form(forms, category)
                .or_else(|| form(forms, "other"))
                .unwrap_or_default()
                .to_string(),
            None => missing(self),
        })
    }

    /// The text with each `{name}` replaced by its value.
    pub fn with(self, values: &[(&str, &str)]) -> String {
        fill(&self.text(), values)
    }

    /// The form of a counting word that `count` takes by the locale's
    /// plural rules (`one`, `other`, and `few`, `many`… where the locale
    /// has them), with `{count}` and the other values filled in.
    pub fn count(self, count: usize, values: &[(&str, &str)]) -> String {
        let locale = locale();
        let category = crate::intl::plural_category(&locale, count);
        let template = self.form(&category);
        let number = crate::intl::whole_number(&locale, count as i64);
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(values);
        fill(&template, &all)
    }
}

/// Whether the word's chunk is installed: a page shows what waits for its
/// later words (the notices) only once they are in.
pub fn is_installed(word: Word) -> bool {
    CATALOG.with(|catalog| catalog.borrow_mut().get(word).is_some())
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// A word equals the text it has in the locale in use.
impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.text() == *other
    }
}

/// Replaces each `{name}` in `template` by its value; unknown places stay.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // `split_once`, not slicing by index: slicing carries a panic path that
    // formats the text it failed on (2 KB of the bundle).
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        text.push_str(before);
        let value = after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (*value, tail))
        });
        match value {
            Some((value, tail)) => {
                text.push_str(value);
                rest = tail;
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

/// One word's text in a locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Plain(Box<str>),
    /// (plural category, text) pairs.
    Plural(Vec<(Box<str>, Box<str>)>),
}

fn form<'a>(forms: &'a [(Box<str>, Box<str>)], category: &str) -> Option<&'a str> {
    forms
        .iter()
        .find(|(c, _)| &**c == category)
        .map(|(_, text)| &**text)
}

/// The words of one locale, as far as they are loaded.
struct Catalog {
    locale: String,
    words: Vec<Option<Text>>,
    /// Chunks whose words are read when first shown: (first word, reader
    /// of the n-th word of the chunk). Turning every word of a file into
    /// Rust text up front took a tenth of a second of a slow phone's start.
    lazy: Vec<(usize, usize, LazyWords)>,
}

/// Reads the n-th word of a chunk on demand (the browser keeps the file).
pub type LazyWords = Box<dyn Fn(usize) -> Option<Text>>;

impl Catalog {
    fn empty(locale: &str) -> Catalog {
        Catalog {
            locale: locale.to_string(),
            words: vec![None; keys::COUNT],
            lazy: Vec::new(),
        }
    }

    /// The word's text, read from its lazy chunk the first time.
    fn get(&mut self, word: Word) -> Option<&Text> {
        let at = usize::from(word.0);
        if self.words.get(at)?.is_none() {
            let read = self
                .lazy
                .iter()
                .find(|(first, count, _)| (*first..first + count).contains(&at))
                .and_then(|(first, _, read)| read(at - first));
            self.words[at] = read;
        }
        self.words.get(at).and_then(Option::as_ref)
    }

    /// English, complete, on the host; nothing yet in the browser.
    fn initial() -> Catalog {
        #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
        let mut catalog = Catalog::empty("en");
        #[cfg(not(target_arch = "wasm32"))]
        {
            for (slot, (_, forms)) in catalog.words.iter_mut().zip(ENGLISH) {
                *slot = Some(match forms {
                    [("", text)] => Text::Plain(Box::from(*text)),
                    forms => Text::Plural(
                        forms
                            .iter()
                            .map(|(c, t)| (Box::from(*c), Box::from(*t)))
                            .collect(),
                    ),
                });
            }
        }
        catalog
    }
}

#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/words_en.rs"));

thread_local! {
    static CATALOG: RefCell<Catalog> = RefCell::new(Catalog::initial());
}

/// The chunk a key belongs to: `quiz` for `quiz.items.energy-1`.
#[cfg(test)]
fn chunk_of(key: &str) -> &str {
    key.split('.').next().unwrap_or(key)
}

/// The run of words a chunk holds: its first word and how many.
fn chunk_range(chunk: &str) -> Option<(usize, usize)> {
    keys::CHUNKS
        .iter()
        .find(|(name, _, _)| *name == chunk)
        .map(|(_, first, count)| (usize::from(*first), usize::from(*count)))
}

/// Why a chunk of words was not installed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallError {
    /// The app has no such chunk.
    UnknownChunk,
    /// The file holds another number of words than the chunk.
    WrongCount,
}

/// Installs one chunk of `locale`'s words, read as they are shown:
/// `read(n)` gives the chunk's n-th word (in key order). A chunk of another
/// locale than the one in use replaces the whole catalog.
pub fn install(
    locale: &str,
    chunk: &str,
    count: usize,
    read: LazyWords,
) -> Result<(), InstallError> {
    let (first, expected) = chunk_range(chunk).ok_or(InstallError::UnknownChunk)?;
    if count != expected {
        return Err(InstallError::WrongCount);
    }
    CATALOG.with(|catalog| {
        let mut catalog = catalog.borrow_mut();
        if catalog.locale != locale {
            *catalog = Catalog::empty(locale);
        }
        for slot in &mut catalog.words[first..first + count] {
            *slot = None;
        }
        catalog.lazy.retain(|(at, _, _)| *at != first);
        catalog.lazy.push((first, count, read));
    });
    Ok(())
}

/// The locale in use, a BCP 47 tag such as `en`.
pub fn locale() -> String {
    CATALOG.with(|catalog| catalog.borrow().locale.clone())
}

/// A word with no text shows as its number, in plain letters the
/// pseudo-locale test flags on every screen; the host tests fail at once.
fn missing(word: Word) -> String {
    if cfg!(all(test, not(target_arch = "wasm32"))) {
        panic!("no words for word {}", word.0);
    }
    format!("[missing word {}]", word.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fill_their_places_and_unknown_places_stay() {
        assert_eq!(fill("{a} of {b}", &[("a", "5"), ("b", "24")]), "5 of 24");
        assert_eq!(fill("{a} and {zz}", &[("a", "x")]), "x and {zz}");
        assert_eq!(fill("no places", &[("a", "x")]), "no places");
        assert_eq!(fill("{unclosed", &[("unclosed", "x")]), "{unclosed");
        assert_eq!(fill("{a}{a}", &[("a", "é")]), "éé");
    }

    #[test]
    fn english_is_there_on_the_host_and_counting_words_take_their_form() {
        assert_eq!(locale(), "en");
        // Every chunk is there: a word of each has its text.
        for (chunk, first, _) in keys::CHUNKS {
            assert!(!Word(*first).text().is_empty(), "{chunk}");
        }
        assert_eq!(keys::SITE_BRAND.text(), "Forkpoint");
        assert_eq!(
            keys::RESULTS_CHANGED_ANSWERS.count(1, &[]),
            "1 answer changed"
        );
        assert_eq!(
            keys::RESULTS_CHANGED_ANSWERS.count(1250, &[]),
            "1,250 answers changed"
        );
    }

    #[test]
    fn chunks_are_runs_of_the_key_list() {
        let mut next = 0;
        for (chunk, first, count) in keys::CHUNKS {
            assert_eq!(usize::from(*first), next, "{chunk}");
            for (key, _) in &ENGLISH[next..next + usize::from(*count)] {
                assert!(key.starts_with(&format!("{chunk}.")), "{key} in {chunk}");
            }
            next += usize::from(*count);
        }
        assert_eq!(next, keys::COUNT);
        let nothing = || -> LazyWords { Box::new(|_| None) };
        assert_eq!(
            install("en", "site", 0, nothing()),
            Err(InstallError::WrongCount)
        );
        assert_eq!(
            install("en", "nope", 0, nothing()),
            Err(InstallError::UnknownChunk)
        );
    }

    #[test]
    fn every_word_is_shown_somewhere() {
        // The code, and what build.rs made of the instruments' definitions.
        let mut source = collect_rust(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        source.extend(
            collect_rust(env!("OUT_DIR"))
                .into_iter()
                .filter(|text| !text.contains("pub const KEYS_FINGERPRINT")),
        );
        let source = source.join("\n");
        // Chunks no page loads are worded by the build instead
        // (scripts/finish-build.mjs: the worker's offline page, the embed
        // loader and its documentation), which fails on a word it lacks.
        let registry: serde_json::Value =
            serde_json::from_str(include_str!("../../pages.json")).unwrap();
        let app_chunks: Vec<&str> = registry["pages"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|page| {
                let later = page.get("later").and_then(|later| later.as_array());
                page["words"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain(later.into_iter().flatten())
            })
            .map(|chunk| chunk.as_str().unwrap())
            .collect();
        for (key, _) in ENGLISH {
            if !app_chunks.contains(&chunk_of(key)) {
                continue;
            }
            let name = format!("keys::{}", crate::content::files::key_constant(key));
            let used = source.match_indices(&name).any(|(at, _)| {
                !source[at + name.len()..]
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            });
            assert!(used, "{key} is in the catalog but no code shows it");
        }
    }

    fn collect_rust(dir: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                texts.extend(collect_rust(path.to_str().unwrap()));
            } else if path.extension().is_some_and(|e| e == "rs") {
                texts.push(std::fs::read_to_string(&path).unwrap());
            }
        }
        texts
    }
}
