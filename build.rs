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

use files::{BlendDefinition, BlendWords, LeanDefinition, LeanWords, SourceFile};

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

fn quiz(out: &Path) {
    let (definition, words, words_file): (LeanDefinition, LeanWords, _) = instrument("quiz");
    assert_eq!(
        definition.model, "lean",
        "quiz.json: the Fork quiz is a lean instrument"
    );
    check_words(
        &words_file,
        definition.items.iter().map(|i| i.id.as_str()),
        words.items.keys(),
    );
    let mut code = String::new();
    writeln!(code, "/// From `content/instruments/quiz.json`.").unwrap();
    writeln!(
        code,
        "pub const DEFINED_MODEL_VERSION: u32 = {};",
        definition.model_version
    )
    .unwrap();
    writeln!(
        code,
        "/// Ids are stored and shared: add new items with new ids, never rename one."
    )
    .unwrap();
    writeln!(code, "pub static ITEMS: &[Item] = &[").unwrap();
    for item in &definition.items {
        let kind = match (&item.dimension, &item.key, &item.flag) {
            (Some(dimension), Some(key), None) => {
                assert!(
                    definition.dimensions.contains(dimension),
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
                    definition.flags.contains(flag),
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
            "    Item {{ id: {:?}, text: {:?}, kind: {kind}, source: {} }},",
            item.id,
            words.items[&item.id],
            source(&item.source)
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    fs::write(out.join("quiz_items.rs"), code).unwrap();
}

fn path(out: &Path) {
    let (definition, words, words_file): (BlendDefinition, BlendWords, _) = instrument("path");
    assert_eq!(
        definition.model, "blend",
        "path.json: the path diagnostic is a blend instrument"
    );
    check_words(
        &words_file,
        definition.questions.iter().map(|q| q.id.as_str()),
        words.questions.keys(),
    );
    let mut code = String::new();
    writeln!(code, "/// From `content/instruments/path.json`.").unwrap();
    writeln!(
        code,
        "pub const DEFINED_MODEL_VERSION: u32 = {};",
        definition.model_version
    )
    .unwrap();
    writeln!(code, "pub static QUESTIONS: &[Question] = &[").unwrap();
    for question in &definition.questions {
        let worded = &words.questions[&question.id];
        check_words(
            &words_file,
            question.choices.iter().map(|c| c.id.as_str()),
            worded.choices.keys(),
        );
        writeln!(
            code,
            "    Question {{ id: {:?}, prompt: {:?}, help: {:?}, choices: &[",
            question.id, worded.prompt, worded.help
        )
        .unwrap();
        for choice in &question.choices {
            assert!(
                choice.management_share <= 100,
                "path.json: {}: a share is 0 to 100",
                choice.id
            );
            let choice_words = &worded.choices[&choice.id];
            writeln!(
                code,
                "        Choice {{ id: {:?}, label: {:?}, management_share: {}, why: {:?} }},",
                choice.id, choice_words.label, choice.management_share, choice_words.why
            )
            .unwrap();
        }
        writeln!(code, "    ], source: {} }},", source(&question.source)).unwrap();
    }
    writeln!(code, "];").unwrap();
    fs::write(out.join("path_questions.rs"), code).unwrap();
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
        document: String,
        #[serde(default)]
        embeds: Option<String>,
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
    for page in &registry.pages {
        assert!(
            ["main", "results", "embed"].contains(&page.document.as_str()),
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
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/content/files.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    quiz(out);
    path(out);
    pages(out);
}
