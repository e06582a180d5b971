//! Compiles the content files and the page registry into the app. Each instrument's definition
//! (`content/instruments/<id>.json`) and its words (`content/words/en/`)
//! are read with serde, checked against each other (every id has its words,
//! no words without an id, every key known), and written as Rust statics to
//! `$OUT_DIR`, so the app carries no JSON parser for its own content and a
//! broken content file stops the build with a message saying what is wrong.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[path = "src/content/files.rs"]
#[allow(dead_code)]
mod files;

#[path = "build/positions.rs"]
mod positions;

use files::{BlendDefinition, BlendWords, LeanWords, SourceFile, WordText};

const LANGUAGE: &str = "en";

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// "title-or-pay" → "TitleOrPay", the Rust variant named by a content id.
fn variant(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn source(source: &SourceFile) -> String {
    format!(
        "Source {{ seed: {:?}, idea: {:?} }}",
        source.seed, source.idea
    )
}

fn check_words<'a>(
    file: &str,
    ids: impl Iterator<Item = &'a str>,
    worded: impl Iterator<Item = &'a String>,
) {
    let ids: Vec<&str> = ids.collect();
    let worded: Vec<&String> = worded.collect();
    for id in &ids {
        assert!(
            worded.iter().any(|w| w == id),
            "{file}: no words for {id:?}"
        );
    }
    for word in &worded {
        assert!(
            ids.contains(&word.as_str()),
            "{file}: words for {word:?}, which the definition does not have"
        );
    }
}

/// An instrument's definition, its words, and the words file's name for messages.
fn instrument<D, W>(id: &str) -> (D, W, String)
where
    D: serde::de::DeserializeOwned,
    W: serde::de::DeserializeOwned,
{
    let words_file = format!("content/words/{LANGUAGE}/{id}.json");
    (
        read(&format!("content/instruments/{id}.json")),
        read(&words_file),
        words_file,
    )
}

/// The words of an instrument's questions after its first, which its pages
/// load with their later words (`<id>_<part>.json`): the first load carries
/// only the first question's. Checks that the instrument's own file
/// (`first_file`, which words `first_worded`) words its first question only
/// and the later file every other one of `ids`, and returns the later words.
fn later_questions<W: serde::de::DeserializeOwned, T>(
    id: &str,
    part: &str,
    ids: &[&str],
    (first_file, first_worded): (&str, Vec<&String>),
    questions: impl Fn(W) -> std::collections::BTreeMap<String, T>,
) -> std::collections::BTreeMap<String, T> {
    let first_id = ids.first().copied().unwrap_or_default();
    assert!(
        first_worded.len() == 1 && first_worded[0] == first_id,
        "{first_file}: words the first question only ({first_id:?}); the others are in {id}_{part}.json"
    );
    let file = format!("content/words/{LANGUAGE}/{id}_{part}.json");
    let words = questions(read(&file));
    check_words(&file, ids.iter().skip(1).copied(), words.keys());
    words
}

/// What an instrument's code is made from: its definition, its
/// questions' words by question id, the file that words its first question,
/// and the code's first lines (where it comes from, its model's version).
struct Worded<M, T> {
    definition: files::Definition<M>,
    words: std::collections::BTreeMap<String, T>,
    words_file: String,
    /// The chunk that words the first question (the instrument's own) and
    /// the one that words the others (`<id>_<part>`, `later_questions`).
    chunks: (String, String),
    first: String,
    code: String,
}

impl<M, T> Worded<M, T> {
    /// The chunk that words the question `id`.
    fn chunk(&self, id: &str) -> &str {
        if id == self.first {
            &self.chunks.0
        } else {
            &self.chunks.1
        }
    }
}

/// The instrument `id`, checked to be of `model`: `ids` gives its
/// questions' ids in order from its definition, and `questions` takes the
/// words of its questions out of a words file's shape (`W`), the first's
/// from its own file, the others' from `<id>_<part>.json`.
fn worded<M, W, T>(
    id: &str,
    model: &str,
    part: &str,
    ids: impl Fn(&M) -> Vec<&str>,
    questions: impl Fn(W) -> std::collections::BTreeMap<String, T>,
) -> Worded<M, T>
where
    M: serde::de::DeserializeOwned,
    W: serde::de::DeserializeOwned,
{
    let (definition, words, words_file): (files::Definition<M>, W, _) = instrument(id);
    assert_eq!(
        definition.header.model, model,
        "{id}.json: a {model} instrument"
    );
    let mut words = questions(words);
    let ids = ids(&definition.model);
    let later = later_questions(
        id,
        part,
        &ids,
        (&words_file, words.keys().collect()),
        &questions,
    );
    let first = ids.first().copied().unwrap_or_default().to_string();
    words.extend(later);
    let mut code = String::new();
    writeln!(code, "/// From `content/instruments/{id}.json`.").unwrap();
    writeln!(
        code,
        "pub const DEFINED_MODEL_VERSION: u32 = {};",
        definition.header.model_version
    )
    .unwrap();
    Worded {
        definition,
        words,
        words_file,
        chunks: (id.to_string(), format!("{id}_{part}")),
        first,
        code,
    }
}

fn quiz(out: &Path) {
    let quiz = worded(
        "quiz",
        "lean",
        "statements",
        |model: &files::LeanModel| model.items.iter().map(|i| i.id.as_str()).collect(),
        |words: LeanWords| words.items,
    );
    let definition = &quiz.definition;
    let mut code = quiz.code.clone();
    writeln!(
        code,
        "/// Ids are stored and shared: add new items with new ids, never rename one."
    )
    .unwrap();
    writeln!(code, "pub static ITEMS: &[Item] = &[").unwrap();
    for item in &definition.model.items {
        let kind = match (&item.dimension, &item.key, &item.flag) {
            (Some(dimension), Some(key), None) => {
                assert!(
                    definition.model.dimensions.contains(dimension),
                    "quiz.json: {}: unknown dimension {dimension:?}",
                    item.id
                );
                assert!(
                    key == "maker" || key == "multiplier",
                    "quiz.json: {}: key must be maker or multiplier",
                    item.id
                );
                format!(
                    "ItemKind::Lean {{ dimension: Dimension::{}, keying: Keying::{} }}",
                    variant(dimension),
                    variant(key)
                )
            }
            (None, None, Some(flag)) => {
                assert!(
                    definition.model.flags.contains(flag),
                    "quiz.json: {}: unknown flag {flag:?}",
                    item.id
                );
                format!("ItemKind::Motivation(Flag::{})", variant(flag))
            }
            _ => panic!(
                "quiz.json: {}: an item has a dimension and a key, or a flag",
                item.id
            ),
        };
        writeln!(
            code,
            "    Item {{ id: {:?}, text: keys::{}, kind: {kind}, #[cfg(test)] source: {} }},",
            item.id,
            files::key_constant(&format!("{}.items.{}", quiz.chunk(&item.id), item.id)),
            source(&item.source)
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    fs::write(out.join("quiz_items.rs"), code).unwrap();
}

fn path(out: &Path) {
    let path = worded(
        "path",
        "blend",
        "questions",
        |model: &files::BlendModel| model.questions.iter().map(|q| q.id.as_str()).collect(),
        |words: BlendWords| words.questions,
    );
    let definition = &path.definition;
    let mut code = path.code.clone();
    let reasons_file = format!("content/words/{LANGUAGE}/path_reasons.json");
    let reasons: files::BlendReasons = read(&reasons_file);
    check_words(
        &reasons_file,
        definition.model.questions.iter().map(|q| q.id.as_str()),
        reasons.keys(),
    );
    writeln!(code, "pub static QUESTIONS: &[Question] = &[").unwrap();
    for question in &definition.model.questions {
        let worded = &path.words[&question.id];
        check_words(
            &path.words_file,
            question.choices.iter().map(|c| c.id.as_str()),
            worded.choices.keys(),
        );
        check_words(
            &reasons_file,
            question.choices.iter().map(|c| c.id.as_str()),
            reasons[&question.id].keys(),
        );
        writeln!(
            code,
            "    Question {{ id: {id:?}, prompt: keys::{prefix}_PROMPT, help: keys::{prefix}_HELP, choices: &[",
            id = question.id,
            prefix = files::key_constant(&format!("{}.questions.{}", path.chunk(&question.id), question.id))
        )
        .unwrap();
        for choice in &question.choices {
            assert!(
                choice.management_share <= 100,
                "path.json: {}: a share is 0 to 100",
                choice.id
            );
            let prefix = files::key_constant(&format!(
                "{}.questions.{}.choices.{}",
                path.chunk(&question.id),
                question.id,
                choice.id
            ));
            let why = files::key_constant(&format!("path_reasons.{}.{}", question.id, choice.id));
            writeln!(
                code,
                "        Choice {{ id: {:?}, label: keys::{prefix}_LABEL, management_share: {}, why: keys::{why} }},",
                choice.id, choice.management_share
            )
            .unwrap();
        }
        writeln!(
            code,
            "    ], #[cfg(test)] source: {} }},",
            source(&question.source)
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    fs::write(out.join("path_questions.rs"), code).unwrap();
    team_splits(out, definition);
}

/// What a split on each path question suggests, for the team view: one
/// sentence per question in `team.json`'s `split`, checked against the
/// questions, so a new question cannot go without one.
fn team_splits(out: &Path, definition: &BlendDefinition) {
    let words_file = format!("content/words/{LANGUAGE}/team.json");
    let words: serde_json::Value = read(&words_file);
    let splits = words["split"].as_object().unwrap_or_else(|| {
        panic!("{words_file}: a `split` object, one sentence per path question")
    });
    check_words(
        &words_file,
        definition.model.questions.iter().map(|q| q.id.as_str()),
        splits.keys(),
    );
    let mut code = String::from("/// From `content/words/en/team.json`'s `split`.\n");
    writeln!(code, "pub static SPLITS: &[(&str, Word)] = &[").unwrap();
    for question in &definition.model.questions {
        writeln!(
            code,
            "    ({:?}, keys::{}),",
            question.id,
            files::key_constant(&format!("team.split.{}", question.id))
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    fs::write(out.join("team_splits.rs"), code).unwrap();
}

/// `pages.json`, the page registry: the routes need the address of each
/// document, and every page must name a document the app has.
fn pages(out: &Path) {
    #[derive(serde::Deserialize)]
    struct Registry {
        pages: Vec<Page>,
    }
    #[derive(serde::Deserialize)]
    struct Page {
        file: String,
        bundle: String,
        document: String,
        #[serde(default)]
        embeds: Option<String>,
        #[serde(default)]
        runs: Option<String>,
        #[serde(default)]
        allocator: Option<String>,
    }
    let registry: Registry = read("pages.json");
    let file_of = |document: &str| -> String {
        let files: Vec<&Page> = registry
            .pages
            .iter()
            .filter(|p| p.document == document)
            .collect();
        assert!(
            files.len() == 1,
            "pages.json: exactly one page shows the {document} document"
        );
        files[0].file.clone()
    };
    let mut code = String::new();
    writeln!(
        code,
        "/// From `pages.json`: the page that shows home and the instruments."
    )
    .unwrap();
    writeln!(code, "pub const MAIN_PAGE: &str = {:?};", file_of("main")).unwrap();
    writeln!(
        code,
        "/// From `pages.json`: the page that shows history, data and shared results."
    )
    .unwrap();
    writeln!(
        code,
        "pub const RESULTS_PAGE: &str = {:?};",
        file_of("results")
    )
    .unwrap();
    writeln!(
        code,
        "/// From `pages.json`: the page that shows a team's readings."
    )
    .unwrap();
    writeln!(code, "pub const TEAM_PAGE: &str = {:?};", file_of("team")).unwrap();
    writeln!(
        code,
        "/// From `pages.json`: the page that shows the conversation guide."
    )
    .unwrap();
    writeln!(code, "pub const GUIDE_PAGE: &str = {:?};", file_of("guide")).unwrap();
    writeln!(
        code,
        "/// From `pages.json`: the page that makes an image and a reminder of a result."
    )
    .unwrap();
    writeln!(code, "pub const CARD_PAGE: &str = {:?};", file_of("card")).unwrap();
    writeln!(
        code,
        "/// From `pages.json`: the page that shows one's results over time."
    )
    .unwrap();
    writeln!(
        code,
        "pub const TRENDS_PAGE: &str = {:?};",
        file_of("trends")
    )
    .unwrap();
    let runs: Vec<String> = registry
        .pages
        .iter()
        .filter_map(|page| {
            let id = page.runs.as_ref()?;
            Some(format!(
                "if instrument == crate::instrument::Instrument::{} {{ return Some({:?}); }}",
                variant(id),
                page.file
            ))
        })
        .collect();
    let starts: Vec<String> = registry
        .pages
        .iter()
        .filter_map(|page| {
            let id = page.runs.as_ref()?;
            Some(format!(
                "if instrument == crate::instrument::Instrument::{} {{ return Some(\"{}#/{id}\"); }}",
                variant(id),
                page.file
            ))
        })
        .collect();
    writeln!(
        code,
        "/// From `pages.json`: the address of `instrument`'s own page at its start, if it has one.\n\
         pub fn run_start(instrument: crate::instrument::Instrument) -> Option<&'static str> {{\n\
         {} None\n}}",
        starts.join("\n")
    )
    .unwrap();
    writeln!(
        code,
        "/// From `pages.json`: the page of its own that runs `instrument`, if it has one.\n\
         pub fn run_page(instrument: crate::instrument::Instrument) -> Option<&'static str> {{\n\
         {} None\n}}",
        runs.join("\n")
    )
    .unwrap();
    for page in &registry.pages {
        assert_eq!(
            page.document == "run",
            page.runs.is_some(),
            "pages.json: {}: a run page names its instrument",
            page.file
        );
        assert!(
            ["main", "results", "embed", "team", "guide", "card", "trends", "run"]
                .contains(&page.document.as_str()),
            "pages.json: {}: unknown document {:?}",
            page.file,
            page.document
        );
        assert_eq!(
            page.document == "embed",
            page.embeds.is_some(),
            "pages.json: {}: an embed page names its instrument",
            page.file
        );
    }
    fs::write(out.join("pages.rs"), code).unwrap();
    fs::write(
        out.join("entries.rs"),
        entries(&registry.pages, |page| {
            let start = match page.document.as_str() {
                "main" => "Main".to_string(),
                "results" => "Results".to_string(),
                "team" => "Team".to_string(),
                "guide" => "Guide".to_string(),
                "card" => "Card".to_string(),
                "trends" => "Trends".to_string(),
                "run" => format!("Run(Instrument::{})", variant(page.runs.as_ref().unwrap())),
                _ => format!(
                    "Embed(Instrument::{})",
                    variant(page.embeds.as_ref().unwrap())
                ),
            };
            let talc = match page.allocator.as_deref() {
                None => false,
                Some("talc") => true,
                Some(other) => panic!("pages.json: {}: unknown allocator {other:?}", page.file),
            };
            (page.bundle.clone(), start, talc)
        }),
    )
    .unwrap();
}

/// `entry.rs`'s `start_of` and `uses_talc`: each page's bundle name, what
/// it starts and whether it allocates with Talc.
fn entries<P>(pages: &[P], entry: impl Fn(&P) -> (String, String, bool)) -> String {
    let entries: Vec<(String, String, bool)> = pages.iter().map(entry).collect();
    let starts: String = entries
        .iter()
        .map(|(bundle, start, _)| {
            format!("if same(bundle, {bundle:?}) {{ return Start::{start}; }}\n")
        })
        .collect();
    let talc: Vec<String> = entries
        .iter()
        .filter(|(_, _, talc)| *talc)
        .map(|(bundle, _, _)| format!("same(bundle, {bundle:?})"))
        .collect();
    format!(
        "/// From `pages.json`: what the bundle named `bundle` starts.\n\
         pub const fn start_of(bundle: &str) -> Start {{\n{starts}Start::Nothing\n}}\n\
         /// From `pages.json`: whether the bundle named `bundle` allocates with Talc.\n\
         pub const fn uses_talc(bundle: &str) -> bool {{ {} }}\n",
        if talc.is_empty() {
            "false".to_string()
        } else {
            talc.join(" || ")
        }
    )
}

/// `content/languages.json`, the languages the switch offers, each with
/// its catalog folder (and every folder offered), as `LANGUAGES`: (code,
/// the language's name in itself, the switch's link).
fn languages(out: &Path, catalogs: &[&str]) {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct List {
        #[allow(dead_code)]
        about: String,
        languages: Vec<Language>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Language {
        code: String,
        name: String,
        // Read by scripts/words.mjs, which puts it in the words files.
        #[allow(dead_code)]
        dir: String,
    }
    let list: List = read("content/languages.json");
    let codes: Vec<&str> = list.languages.iter().map(|l| l.code.as_str()).collect();
    for catalog in catalogs {
        assert!(
            codes.contains(catalog),
            "content/words/{catalog}: a catalog content/languages.json does not offer"
        );
    }
    for (at, language) in list.languages.iter().enumerate() {
        assert!(
            catalogs.contains(&language.code.as_str()),
            "content/languages.json: {} has no catalog in content/words/",
            language.code
        );
        assert!(
            !codes[..at].contains(&language.code.as_str()) && !language.name.trim().is_empty(),
            "content/languages.json: {} is listed twice or has no name",
            language.code
        );
    }
    let entries: Vec<(&str, &str, String)> = list
        .languages
        .iter()
        .map(|l| {
            (
                l.code.as_str(),
                l.name.as_str(),
                format!("?lang={}", l.code),
            )
        })
        .collect();
    let code = format!(
        "/// From `content/languages.json`: (code, name in itself, the switch's link), in the switch's order.\npub const LANGUAGES: &[(&str, &str, &str)] = &{entries:?};\n"
    );
    fs::write(out.join("languages.rs"), code).unwrap();
}

/// Every `content/words/<locale>/<chunk>.json`, flattened to `chunk.a.b`
/// keys: checked (text only, the same keys and placeholders in every
/// locale as in English), and English written as a table the host build
/// looks words up in. The browser fetches the files themselves.
fn words(out: &Path) {
    println!("cargo:rerun-if-changed=content/words");
    let mut locales: Vec<(String, Vec<(String, WordText)>)> = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir("content/words")
        .expect("content/words")
        .map(|entry| entry.expect("content/words").path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
        // Only the words files: a catalog folder may also hold notes for
        // its translators (GLOSSARY.md).
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        let mut entries = Vec::new();
        for file in files {
            let name = file.display().to_string();
            let chunk = file.file_stem().unwrap().to_string_lossy().into_owned();
            let tree: serde_json::Value = read(&name);
            files::flatten_words(&tree, &chunk, &mut entries)
                .unwrap_or_else(|problem| panic!("{name}: {problem}"));
        }
        // Byte order of the keys, as `scripts/words.mjs` sorts them: each
        // chunk's words are then one run of the list.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        locales.push((locale, entries));
    }
    languages(
        out,
        &locales.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(),
    );
    let english = &locales
        .iter()
        .find(|(locale, _)| locale == LANGUAGE)
        .expect("content/words/en: English is the reference locale")
        .1;
    for (locale, entries) in &locales {
        if let Err(problem) = files::same_words(english, entries) {
            panic!("content/words/{locale}: {problem}");
        }
    }
    let keys: Vec<&str> = english.iter().map(|(key, _)| key.as_str()).collect();
    let mut code = String::from(
        "// The words of `content/words/en`, by their place in the sorted key list.\n",
    );
    let mut names: Vec<String> = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let name = files::key_constant(key);
        assert!(
            !names.contains(&name),
            "content/words: two keys make the name {name}"
        );
        writeln!(code, "/// `{key}`\npub const {name}: Word = Word({index});").unwrap();
        names.push(name);
    }
    let mut chunks: Vec<(&str, usize, usize)> = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let chunk = key.split('.').next().unwrap();
        match chunks.last_mut() {
            Some((last, _, count)) if *last == chunk => *count += 1,
            _ => chunks.push((chunk, index, 1)),
        }
    }
    writeln!(
        code,
        "/// Each chunk's run of words: (chunk, first, count)."
    )
    .unwrap();
    writeln!(code, "pub const CHUNKS: &[(&str, u16, u16)] = &{chunks:?};").unwrap();
    writeln!(
        code,
        "/// The key list's fingerprint, which every words file carries."
    )
    .unwrap();
    writeln!(
        code,
        "pub const KEYS_FINGERPRINT: &str = {:?};",
        files::keys_fingerprint(&keys)
    )
    .unwrap();
    writeln!(
        code,
        "/// How many words there are.\npub const COUNT: usize = {};",
        keys.len()
    )
    .unwrap();
    fs::write(out.join("word_keys.rs"), code).unwrap();
    intros(out, &keys);
    positions::balance(out, &keys);
    positions::stage(out, &keys);

    let mut host = String::from("/// `content/words/en` (host builds only): each word's key and forms (\"\" for a plain text).\npub static ENGLISH: &[(&str, &[(&str, &str)])] = &[\n");
    for (key, text) in english {
        let forms: Vec<(&str, &str)> = match text {
            WordText::Plain(text) => vec![("", text.as_str())],
            WordText::Plural(forms) => forms
                .iter()
                .map(|(c, t)| (c.as_str(), t.as_str()))
                .collect(),
        };
        writeln!(host, "    ({key:?}, &{forms:?}),").unwrap();
    }
    host.push_str("];\n");
    fs::write(out.join("words_en.rs"), host).unwrap();

    // English as the build's words files hold it (`scripts/words.mjs`
    // writes them for the site), for the browser tests.
    let mut file_chunks = serde_json::Map::new();
    for (chunk, first, count) in &chunks {
        let words: Vec<serde_json::Value> = english[*first..first + count]
            .iter()
            .map(|(_, text)| match text {
                WordText::Plain(text) => serde_json::Value::from(text.as_str()),
                WordText::Plural(forms) => serde_json::Value::Array(
                    forms
                        .iter()
                        .flat_map(|(c, t)| [c.as_str(), t.as_str()])
                        .map(serde_json::Value::from)
                        .collect(),
                ),
            })
            .collect();
        file_chunks.insert(chunk.to_string(), serde_json::Value::Array(words));
    }
    let file = serde_json::json!({ "keys": files::keys_fingerprint(&keys), "chunks": file_chunks });
    fs::write(
        out.join("words_en_files.rs"),
        format!(
            "/// Every chunk of English in one words file.\npub const ENGLISH_FILE: &str = {:?};\n",
            file.to_string()
        ),
    )
    .unwrap();
}

/// Every instrument's first screen (`content::intros`): its words are the
/// same keys under its own chunk (`<id>.screen.title`, `.intro_lead`,
/// `.start`, `.continue`), and its definition lists which of its
/// `.screen.intro_facts.*` it shows, in order (`introFacts`).
/// Every `content/instruments/<id>.json`, as its id and its JSON, in the
/// order the home screen offers them (each definition's `home.order`).
fn definitions() -> Vec<(String, serde_json::Value)> {
    let mut found: Vec<(u64, String, serde_json::Value)> = Vec::new();
    for entry in fs::read_dir("content/instruments").expect("content/instruments") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let definition: serde_json::Value = read(&format!("content/instruments/{id}.json"));
        assert_eq!(
            definition["id"],
            id.as_str(),
            "content/instruments/{id}.json: id"
        );
        let order = definition["home"]["order"]
            .as_u64()
            .unwrap_or_else(|| panic!("content/instruments/{id}.json: home.order"));
        found.push((order, id, definition));
    }
    found.sort_by_key(|(order, _, _)| *order);
    found
        .into_iter()
        .map(|(_, id, definition)| (id, definition))
        .collect()
}

fn intros(out: &Path, keys: &[&str]) {
    let definitions = definitions();
    let word = |key: String| {
        assert!(
            keys.contains(&key.as_str()),
            "content/words/en: {key} is missing"
        );
        format!("keys::{}", files::key_constant(&key))
    };
    let mut code =
        String::from("// The first screen of each instrument in `content/instruments`.\n");
    for (id, definition) in &definitions {
        let facts: Vec<String> = definition["introFacts"]
            .as_array()
            .unwrap_or_else(|| panic!("content/instruments/{id}.json: introFacts is missing"))
            .iter()
            .map(|fact| {
                word(format!(
                    "{id}.screen.intro_facts.{}",
                    fact.as_str().unwrap()
                ))
            })
            .collect();
        writeln!(
            code,
            "/// From `content/instruments/{id}.json` and `content/words/en/{id}.json`.\n\
             pub const {}: IntroWords = IntroWords {{ title: {}, lead: {}, facts: &[{}], start: {}, resume: {} }};",
            files::key_constant(id),
            word(format!("{id}.screen.title")),
            word(format!("{id}.screen.intro_lead")),
            facts.join(", "),
            word(format!("{id}.screen.start")),
            word(format!("{id}.screen.continue")),
        )
        .unwrap();
    }
    fs::write(out.join("intros.rs"), code).unwrap();
    cards(out, &definitions, &word);
}

/// Each instrument's card on the home screen, in the order its definition's
/// `home` gives: the words are the same keys under each instrument's id.
fn cards(out: &Path, definitions: &[(String, serde_json::Value)], word: &dyn Fn(String) -> String) {
    let cards: Vec<String> = definitions
        .iter()
        .map(|(id, definition)| {
            // An instrument offered from a page of its own keeps its card's
            // words in a chunk the home page loads after its first screen
            // (`home.words`), so they add nothing to its first load.
            let chunk = definition["home"]["words"].as_str();
            let home = |field: &str| {
                word(format!("{}.instruments.{id}.{field}", chunk.unwrap_or("home")))
            };
            format!(
                "InstrumentSummary {{ id: Instrument::{}, eyebrow: {}, name: {}, question: {}, description: {}, for_whom: {}, start_label: {}, effort: {} }}",
                variant(id),
                home("eyebrow"),
                home("name"),
                home("question"),
                home("description"),
                home("for_whom"),
                home("start_label"),
                word(format!("{}.effort.{id}", chunk.unwrap_or("site"))),
            )
        })
        .collect();
    let code = format!(
        "// The home screen's instrument cards, from `content/instruments` and `content/words/en/home.json`.\n\
         pub const INSTRUMENTS: [InstrumentSummary; {}] = [{}];\n",
        cards.len(),
        cards.join(", "),
    );
    fs::write(out.join("cards.rs"), code).unwrap();
}

/// The instruments of `content/instruments`, in the order the home screen
/// offers them: each one's `Definition` (the facts every part of the app
/// keys by instrument: id, result bands, number of questions, minutes…) and
/// its `Instrument` constant.
fn instruments(out: &Path) {
    let found = definitions();

    let asked = |id: &str, definition: &serde_json::Value| -> String {
        let count = |list: &serde_json::Value| list.as_array().unwrap().len();
        match definition["model"].as_str() {
            Some("lean" | "signs") => count(&definition["items"]),
            Some("blend") => count(&definition["questions"]),
            // The rung, then what the first rung asks (every rung asks as
            // many: a test checks it) and the ladders' statements.
            Some("rungs") => {
                let first = definition["rungs"][0]["id"].clone();
                let asked = definition["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|item| item["rung"] == first || item.get("ladder").is_some())
                    .count();
                asked + 1
            }
            other => panic!("content/instruments/{id}.json: unknown model {other:?}"),
        }
        .to_string()
    };
    let minutes = |id: &str, definition: &serde_json::Value| {
        definition["home"]["minutes"]
            .as_u64()
            .unwrap_or_else(|| panic!("content/instruments/{id}.json: home.minutes"))
            .to_string()
    };
    let share_kind = |id: &str, definition: &serde_json::Value| {
        let kind = definition["shareKind"]
            .as_str()
            .filter(|kind| kind.len() == 1)
            .unwrap_or_else(|| panic!("content/instruments/{id}.json: shareKind"));
        format!("b'{kind}'")
    };
    let result_pages = |id: &str, definition: &serde_json::Value| {
        let pages: Vec<String> = definition["resultPages"]
            .as_array()
            .unwrap_or_else(|| panic!("content/instruments/{id}.json: resultPages"))
            .iter()
            .map(|page| match page.as_str() {
                Some(page @ "guide") => format!("ResultPage::{}", variant(page)),
                other => panic!("content/instruments/{id}.json: resultPages: {other:?} is not a page a result can link to (guide)"),
            })
            .collect();
        format!("&[{}]", pages.join(", "))
    };
    let word = |key: &str| format!("crate::content::words::keys::{}", files::key_constant(key));
    let trend_caption = |id: &str, definition: &serde_json::Value| {
        word(
            definition["trendCaption"]
                .as_str()
                .unwrap_or_else(|| panic!("content/instruments/{id}.json: trendCaption")),
        )
    };
    let mut code = String::from(
        "// The instruments of `content/instruments`, in the order the home screen offers them.\n",
    );
    for (id, definition) in &found {
        let bands: Vec<String> = definition["bands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| format!("{:?}", b.as_str().unwrap()))
            .collect();
        writeln!(
            code,
            "/// From `content/instruments/{id}.json`.\n\
             static {}: Definition = Definition {{ id: {id:?}, bands: &[{}], questions: {}, minutes: {}, share_kind: {}, result_pages: {}, invites: {}, trend_caption: {}, team_view: {}, name: {}, again: {} }};",
            id.to_uppercase().replace('-', "_"),
            bands.join(", "),
            asked(id, definition),
            minutes(id, definition),
            share_kind(id, definition),
            result_pages(id, definition),
            invitations(&found, id, definition),
            trend_caption(id, definition),
            definition["teamView"].as_bool().unwrap_or(false),
            word(&format!("results.{}_name", id.replace('-', "_"))),
            word(&format!("card.event.{}", id.replace('-', "_"))),
        )
        .unwrap();
    }
    let consts: Vec<String> = found
        .iter()
        .map(|(id, _)| {
            format!(
                "#[allow(non_upper_case_globals)] pub const {}: Instrument = Instrument(&{});",
                variant(id),
                id.to_uppercase().replace('-', "_")
            )
        })
        .collect();
    let all: Vec<String> = found
        .iter()
        .map(|(id, _)| format!("Instrument::{}", variant(id)))
        .collect();
    writeln!(
        code,
        "impl Instrument {{\n{}\n/// Every instrument, in the order the home screen offers them.\npub const ALL: [Instrument; {}] = [{}];\n}}",
        consts.join("\n"),
        all.len(),
        all.join(", ")
    )
    .unwrap();
    fs::write(out.join("instruments.rs"), code).unwrap();
}

/// An instrument's invitations, from its definition's optional `invites`:
/// `{ "instrument": <id>, "bands": [<its own band ids>] }`, as `Definition::invites`.
fn invitations(
    found: &[(String, serde_json::Value)],
    id: &str,
    definition: &serde_json::Value,
) -> String {
    let Some(invites) = definition.get("invites") else {
        return "&[]".to_string();
    };
    let next = invites["instrument"].as_str().unwrap_or_default();
    assert!(
        next != id && found.iter().any(|(other, _)| other == next),
        "content/instruments/{id}.json: invites: {next:?} is not another instrument"
    );
    let bands: Vec<&str> = invites["bands"]
        .as_array()
        .unwrap_or_else(|| panic!("content/instruments/{id}.json: invites.bands"))
        .iter()
        .map(|band| band.as_str().unwrap_or_default())
        .collect();
    for band in &bands {
        assert!(
            definition["bands"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b == band),
            "content/instruments/{id}.json: invites: {band:?} is not one of its bands"
        );
    }
    let pairs: Vec<String> = bands
        .iter()
        .map(|band| format!("({band:?}, Instrument::{})", variant(next)))
        .collect();
    format!("&[{}]", pairs.join(", "))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/content/files.rs");
    println!("cargo:rerun-if-changed=content/instruments");
    println!("cargo:rerun-if-changed=build/positions.rs");
    println!("cargo:rerun-if-changed=content/languages.json");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    quiz(out);
    path(out);
    instruments(out);
    pages(out);
    words(out);
}
