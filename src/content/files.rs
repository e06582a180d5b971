//! The shape of the content files in `content/`: each instrument's
//! locale-free definition (`content/instruments/<id>.json`: ids, keys,
//! shares, sources; nothing a reader sees) and its words in each language
//! (`content/words/<lang>/<id>.json`: only text, keyed by the same ids, so
//! a translation can never move a score). Read with serde by `build.rs`,
//! which checks them and compiles them into the app, and by the tests.

use std::collections::BTreeMap;

use serde::Deserialize;

/// Where an item's idea comes from in the seed material.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub seed: String,
    pub idea: String,
}

/// What every instrument's definition holds, whatever its model.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DefinitionHeader {
    pub id: String,
    /// Which kind of scoring model reads it: `lean` or `blend`.
    pub model: String,
    /// Stored with results and put in share links: bump when scores could change.
    pub model_version: u32,
    /// The letter a share link of this instrument starts with.
    pub share_kind: String,
    /// Which of its `screen.intro_facts` words its first screen lists, in
    /// order (`build.rs`, `intros`).
    pub intro_facts: Vec<String>,
    pub home: HomeFile,
    /// The result bands' ids, lowest score first (for the blend, least
    /// management first): in embed settings and events, so never renamed.
    pub bands: Vec<String>,
    /// The pages that take one's own result further, beyond its image and
    /// reminder (`card.html`, which lists them): documents of `pages.json`
    /// (`guide`), in the order offered.
    pub result_pages: Vec<String>,
    /// The instrument a result in some of its bands invites one to take
    /// next (the Fork quiz's Multiplier results: the stage readiness).
    #[serde(default)]
    pub invites: Option<Invitation>,
    /// The word key of the line under its trend (`trends.html`): what its
    /// chart's lines measure, and what 0 and 100 mean.
    pub trend_caption: String,
    /// Whether a leader can paste several people's share links of it into
    /// the team view (`team.html`) and compare them.
    #[serde(default)]
    pub team_view: bool,
}

/// `invites` in a definition: another instrument's id, and the bands
/// (this instrument's own) whose results invite it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    pub instrument: String,
    pub bands: Vec<String>,
}

/// The header's fields in the file, taken out before the model's are read.
const HEADER_FIELDS: [&str; 11] = [
    "id",
    "model",
    "modelVersion",
    "shareKind",
    "introFacts",
    "home",
    "bands",
    "resultPages",
    "invites",
    "trendCaption",
    "teamView",
];

/// `content/instruments/<id>.json`: the header every instrument has, then
/// the fields of its model (`M`). Both are read strictly: a field neither
/// knows is an error, as `deny_unknown_fields` alone would make it.
#[derive(Clone, Debug)]
pub struct Definition<M> {
    pub header: DefinitionHeader,
    pub model: M,
}

impl<'de, M: serde::de::DeserializeOwned> Deserialize<'de> for Definition<M> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut fields = serde_json::Map::deserialize(deserializer)?;
        let header: serde_json::Map<String, serde_json::Value> = HEADER_FIELDS
            .iter()
            .filter_map(|name| fields.remove_entry(*name))
            .collect();
        Ok(Definition {
            header: DefinitionHeader::deserialize(serde_json::Value::Object(header))
                .map_err(D::Error::custom)?,
            model: M::deserialize(serde_json::Value::Object(fields)).map_err(D::Error::custom)?,
        })
    }
}

/// The Fork quiz's model fields: a `lean` instrument.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeanModel {
    pub scale: ScaleFile,
    pub dimensions: Vec<String>,
    pub flags: Vec<String>,
    pub items: Vec<LeanItemFile>,
}

pub type LeanDefinition = Definition<LeanModel>;

/// Where the home screen offers an instrument (1 first) and about how
/// many minutes it takes.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeFile {
    pub order: u8,
    pub minutes: u8,
    /// The chunk its card's words are in (`<chunk>.instruments.<id>.*`, its
    /// effort line `<chunk>.effort.<id>`), when not the home page's own
    /// (`home`, `site`): an instrument with a page of its own, whose card
    /// follows once the home page's later words are in.
    #[serde(default)]
    pub words: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub points: u8,
}

/// A statement: on a dimension with the side agreeing points to, or raising a flag.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeanItemFile {
    pub id: String,
    #[serde(default)]
    pub dimension: Option<String>,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub flag: Option<String>,
    pub source: SourceFile,
}

/// The path diagnostic's model fields: a `blend` instrument.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlendModel {
    pub questions: Vec<BlendQuestionFile>,
}

pub type BlendDefinition = Definition<BlendModel>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlendQuestionFile {
    pub id: String,
    pub choices: Vec<BlendChoiceFile>,
    pub source: SourceFile,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct BlendChoiceFile {
    pub id: String,
    /// How much of the answer's weight goes to management, 0 to 100.
    pub management_share: u8,
}

/// The balance check's model fields: a `signs` instrument. Statements
/// about how often something is seen, each pointing to one sign; each sign
/// belongs to one of the `scales` (two, scored apart: a person can show
/// both). Corrections name the signs they answer.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignsModel {
    pub scale: ScaleFile,
    pub scales: Vec<String>,
    pub signs: Vec<SignFile>,
    pub items: Vec<SignItemFile>,
    pub corrections: Vec<CorrectionFile>,
}

pub type SignsDefinition = Definition<SignsModel>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignFile {
    pub id: String,
    pub scale: String,
    pub source: SourceFile,
}

/// A statement pointing to `sign`; `reverse` when seeing it often means the
/// sign is absent (a team that decides without waiting is no sign of
/// micromanagement).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignItemFile {
    pub id: String,
    pub sign: String,
    #[serde(default)]
    pub reverse: bool,
    pub source: SourceFile,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionFile {
    pub id: String,
    pub signs: Vec<String>,
    pub source: SourceFile,
}

/// The stage readiness's model fields: a `rungs` instrument. The person
/// picks their rung, then answers that rung's statements (footing, its
/// pitfalls, readiness for the next) and the statements of the two
/// capability ladders, which everyone answers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungsModel {
    pub scale: ScaleFile,
    /// Lowest first; the last one has no next rung (it is deepened).
    pub rungs: Vec<RungFile>,
    /// What a rung's statements are about; the weakest pick what to grow.
    pub areas: Vec<String>,
    pub ladders: Vec<LadderFile>,
    pub items: Vec<RungItemFile>,
}

pub type RungsDefinition = Definition<RungsModel>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungFile {
    pub id: String,
    pub source: SourceFile,
}

/// A capability ladder and its levels, lowest first.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderFile {
    pub id: String,
    pub levels: Vec<String>,
    pub source: SourceFile,
}

/// A statement: of a rung (`footing`, `pitfall` or `ready`, in an `area`),
/// or of a ladder's level (`ladder` and `level`, 1 first).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungItemFile {
    pub id: String,
    #[serde(default)]
    pub rung: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub area: Option<String>,
    #[serde(default)]
    pub ladder: Option<String>,
    #[serde(default)]
    pub level: Option<u8>,
    pub source: SourceFile,
}

/// The items' part of `content/words/<lang>/quiz.json` (the first statement;
/// the rest are the words of its screens and advice), and the whole of
/// `quiz_statements.json` (the statements after it, which the quiz's pages
/// load with their later words).
#[derive(Clone, Debug, Deserialize)]
pub struct LeanWords {
    /// Item id → the statement.
    pub items: BTreeMap<String, String>,
}

/// The questions' part of `content/words/<lang>/path.json` (the first) and
/// of `path_questions.json` (the others, loaded later).
#[derive(Clone, Debug, Deserialize)]
pub struct BlendWords {
    pub questions: BTreeMap<String, BlendQuestionWords>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlendQuestionWords {
    pub prompt: String,
    pub help: String,
    pub choices: BTreeMap<String, BlendChoiceWords>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlendChoiceWords {
    pub label: String,
}

/// `content/words/<lang>/path_reasons.json`: question id → choice id → why
/// that answer calls for more management or more leadership. Apart from
/// the questions' words: only results show them, so a page loads them
/// after its first screen.
pub type BlendReasons = BTreeMap<String, BTreeMap<String, String>>;

/// One word of a catalog: a text, or the forms of a text that counts
/// something, by plural category (`one`, `other`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordText {
    Plain(String),
    Plural(Vec<(String, String)>),
}

/// The plural categories of `Intl.PluralRules`.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Appends every word of a words file as (`chunk.a.b`, text), so
/// `{"items": {"energy-1": "…"}}` in `quiz.json` is `quiz.items.energy-1`
/// (the quiz's later statements are `quiz_statements.items.<id>`).
/// An object of plural categories (with `other`) is one word. Only objects
/// and non-empty text are allowed: nothing a translator edits can be a
/// number, a flag or a key. `scripts/words.mjs` flattens the same way.
pub fn flatten_words(
    tree: &serde_json::Value,
    at: &str,
    into: &mut Vec<(String, WordText)>,
) -> Result<(), String> {
    let non_empty = |text: &str| !text.trim().is_empty();
    match tree {
        serde_json::Value::String(text) if non_empty(text) => {
            into.push((at.to_string(), WordText::Plain(text.clone())));
            Ok(())
        }
        serde_json::Value::Object(map)
            if map.contains_key("other")
                && map.iter().all(|(category, text)| {
                    PLURAL_CATEGORIES.contains(&category.as_str())
                        && text.as_str().is_some_and(non_empty)
                }) =>
        {
            let forms = map
                .iter()
                .map(|(category, text)| (category.clone(), text.as_str().unwrap().to_string()))
                .collect();
            into.push((at.to_string(), WordText::Plural(forms)));
            Ok(())
        }
        serde_json::Value::Object(map) => map
            .iter()
            .try_for_each(|(key, value)| flatten_words(value, &format!("{at}.{key}"), into)),
        other => Err(format!("{at}: words are non-empty text, found {other}")),
    }
}

/// The `{name}` placeholders of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        found.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    found
}

fn all_placeholders(text: &WordText) -> Vec<&str> {
    let mut found = match text {
        WordText::Plain(text) => placeholders(text),
        WordText::Plural(forms) => forms
            .iter()
            .flat_map(|(_, text)| placeholders(text))
            .collect(),
    };
    found.sort_unstable();
    found.dedup();
    found
}

/// A locale's words against English: the same keys, and no placeholder
/// English lacks (a form may leave one out: "one answer" needs no count).
/// Every problem at once, a line each, so a translator fixes them in one go.
pub fn same_words(
    english: &[(String, WordText)],
    other: &[(String, WordText)],
) -> Result<(), String> {
    let mut problems = Vec::new();
    for (key, _) in english {
        if !other.iter().any(|(k, _)| k == key) {
            problems.push(format!("no words for {key}"));
        }
    }
    for (key, text) in other {
        let Some((_, english_text)) = english.iter().find(|(k, _)| k == key) else {
            problems.push(format!("{key} is not a key English has"));
            continue;
        };
        let ours = all_placeholders(english_text);
        for extra in all_placeholders(text)
            .into_iter()
            .filter(|p| !ours.contains(p))
        {
            problems.push(format!(
                "{key}: placeholder {{{extra}}}, which English does not have"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The fingerprint of the key list (FNV-1a, 64 bits, over the keys joined
/// by newlines, as 16 hex digits): the app and its words files must agree
/// on it, as words are found by their place in that list.
pub fn keys_fingerprint(keys: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in keys.join("\n").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// `quiz.items.energy-1` → `QUIZ_ITEMS_ENERGY_1`, the constant naming a word.
pub fn key_constant(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Every leaf of a words file is text: no number, no flag, no key, so
    /// nothing a translator edits can move a score.
    fn only_text(value: &serde_json::Value, at: &str) {
        match value {
            serde_json::Value::String(text) => assert!(!text.trim().is_empty(), "{at}: empty text"),
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    only_text(value, &format!("{at}.{key}"));
                }
            }
            other => panic!("{at}: words files hold only text, found {other}"),
        }
    }

    #[test]
    fn a_catalog_against_english_lists_every_problem_at_once() {
        let words = |pairs: &[(&str, &str)]| -> Vec<(String, WordText)> {
            pairs
                .iter()
                .map(|(k, t)| (k.to_string(), WordText::Plain(t.to_string())))
                .collect()
        };
        let english = words(&[
            ("a.b", "Hi {name}"),
            ("a.c", "Bye"),
            ("a.d", "{count} left"),
        ]);
        assert_eq!(same_words(&english, &english), Ok(()));
        // A translation may leave a place out, never add one.
        assert_eq!(
            same_words(
                &english,
                &words(&[("a.b", "Hallo"), ("a.c", "Tschüss"), ("a.d", "rest")])
            ),
            Ok(())
        );
        let problems = same_words(
            &english,
            &words(&[("a.b", "Hallo {nom}"), ("a.d", "{count}"), ("a.e", "extra")]),
        )
        .unwrap_err();
        let lines: Vec<&str> = problems.lines().collect();
        assert_eq!(
            lines,
            [
                "no words for a.c",
                "a.b: placeholder {nom}, which English does not have",
                "a.e is not a key English has",
            ]
        );
    }

    #[test]
    fn a_definition_refuses_a_field_neither_its_header_nor_its_model_knows() {
        let text = read("content/instruments/quiz.json");
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(serde_json::from_value::<LeanDefinition>(value.clone()).is_ok());
        value["scoring"] = serde_json::json!("typo");
        let error = serde_json::from_value::<LeanDefinition>(value.clone()).unwrap_err();
        assert!(error.to_string().contains("scoring"), "{error}");
        value.as_object_mut().unwrap().remove("scoring");
        value.as_object_mut().unwrap().remove("bands");
        assert!(serde_json::from_value::<LeanDefinition>(value.clone()).is_err());
        // A blend's fields are not a lean's.
        assert!(serde_json::from_str::<BlendDefinition>(&text).is_err());
    }

    #[test]
    fn every_content_file_reads_with_its_serde_shape() {
        let quiz: LeanDefinition =
            serde_json::from_str(&read("content/instruments/quiz.json")).unwrap();
        let path: BlendDefinition =
            serde_json::from_str(&read("content/instruments/path.json")).unwrap();
        let quiz_words: LeanWords =
            serde_json::from_str(&read("content/words/en/quiz.json")).unwrap();
        let quiz_later: LeanWords =
            serde_json::from_str(&read("content/words/en/quiz_statements.json")).unwrap();
        let path_words: BlendWords =
            serde_json::from_str(&read("content/words/en/path.json")).unwrap();
        let path_later: BlendWords =
            serde_json::from_str(&read("content/words/en/path_questions.json")).unwrap();
        assert_eq!(
            (quiz.header.id.as_str(), quiz.header.model.as_str()),
            ("quiz", "lean")
        );
        assert_eq!(
            (path.header.id.as_str(), path.header.model.as_str()),
            ("path", "blend")
        );
        assert_ne!(
            quiz.header.share_kind, path.header.share_kind,
            "each instrument has its own share letter"
        );
        // The first question in the instrument's own file, the rest in the
        // file its pages load later.
        assert_eq!(quiz_words.items.len(), 1);
        assert_eq!(quiz_later.items.len() + 1, quiz.model.items.len());
        assert_eq!(path_words.questions.len(), 1);
        assert_eq!(path_later.questions.len() + 1, path.model.questions.len());
    }

    #[test]
    fn the_compiled_content_is_the_content_files() {
        let quiz: LeanDefinition =
            serde_json::from_str(&read("content/instruments/quiz.json")).unwrap();
        let mut words: LeanWords =
            serde_json::from_str(&read("content/words/en/quiz.json")).unwrap();
        let later: LeanWords =
            serde_json::from_str(&read("content/words/en/quiz_statements.json")).unwrap();
        words.items.extend(later.items);
        let compiled: Vec<(&str, String)> = crate::quiz::ITEMS
            .iter()
            .map(|i| (i.id, i.text.text()))
            .collect();
        let files: Vec<(&str, String)> = quiz
            .model
            .items
            .iter()
            .map(|i| (i.id.as_str(), words.items[&i.id].clone()))
            .collect();
        assert_eq!(compiled, files);
        assert_eq!(crate::quiz::MODEL_VERSION, quiz.header.model_version);
        let path: BlendDefinition =
            serde_json::from_str(&read("content/instruments/path.json")).unwrap();
        let shares: Vec<(&str, u8)> = crate::path::QUESTIONS
            .iter()
            .flat_map(|q| q.choices.iter().map(|c| (c.id, c.management_share)))
            .collect();
        let file_shares: Vec<(&str, u8)> = path
            .model
            .questions
            .iter()
            .flat_map(|q| {
                q.choices
                    .iter()
                    .map(|c| (c.id.as_str(), c.management_share))
            })
            .collect();
        assert_eq!(shares, file_shares);
        assert_eq!(crate::path::MODEL_VERSION, path.header.model_version);
        // The bands the models score into are the bands the definitions
        // name (and the embed loader and its documentation list).
        let quiz_bands: Vec<&str> = crate::quiz::Band::ALL.iter().map(|b| b.id()).collect();
        assert_eq!(quiz_bands, quiz.header.bands);
        let path_bands: Vec<&str> = crate::path::PathBand::ALL.iter().map(|b| b.id()).collect();
        assert_eq!(path_bands, path.header.bands);
    }

    #[test]
    fn words_files_hold_only_text() {
        for file in ["content/words/en/quiz.json", "content/words/en/path.json"] {
            let value: serde_json::Value = serde_json::from_str(&read(file)).unwrap();
            only_text(&value, file);
        }
    }
}
