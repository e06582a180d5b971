//! The definitions of the instruments whose answers are positions
//! (`content/instruments/balance.json`, a `signs` model, and `stage.json`, a
//! `rungs` model): each is read with serde, checked against its words, and
//! compiled into the tables its model reads.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::files::{self, RungsDefinition, SignsDefinition, SourceFile};
use super::read;

/// `keys::…` for a word that must be in the English catalog.
fn word(keys: &[&str], key: &str) -> String {
    assert!(keys.contains(&key), "content/words/en: {key} is missing");
    format!("keys::{}", files::key_constant(key))
}

fn source(source: &SourceFile) -> String {
    assert!(
        !source.idea.trim().is_empty()
            && ["000", "001", "002", "003", "004"].contains(&source.seed.as_str()),
        "a source names a seed (000–004) and its idea: {source:?}"
    );
    format!(
        "Source {{ seed: {:?}, idea: {:?} }}",
        source.seed, source.idea
    )
}

/// Each band's id and words (`<chunk>.bands.<id>.title` and `.summary`),
/// as `BandWords` literals.
fn bands(keys: &[&str], chunk: &str, ids: &[String]) -> String {
    ids.iter()
        .map(|band| {
            format!(
                "BandWords {{ id: {band:?}, title: {}, summary: {} }}",
                word(keys, &format!("{chunk}.bands.{band}.title")),
                word(keys, &format!("{chunk}.bands.{band}.summary"))
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn unique<'a>(file: &str, what: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        assert!(!seen.contains(&id), "{file}: {what} {id:?} twice");
        seen.push(id);
    }
}

fn index_of(file: &str, what: &str, list: &[&str], id: &str) -> usize {
    list.iter()
        .position(|known| *known == id)
        .unwrap_or_else(|| panic!("{file}: unknown {what} {id:?}"))
}

/// `content/instruments/balance.json`, a `signs` instrument → `balance_definition.rs`.
pub fn balance(out: &Path, keys: &[&str]) {
    let file = "content/instruments/balance.json";
    let definition: SignsDefinition = read(file);
    let model = &definition.model;
    assert_eq!(definition.header.model, "signs", "{file}: model");
    assert_eq!(
        model.scales.len(),
        2,
        "{file}: a signs model has two scales"
    );
    assert_eq!(
        definition.header.bands.len(),
        4,
        "{file}: four bands, one per quadrant (neither, first, second, both)"
    );
    let signs: Vec<&str> = model.signs.iter().map(|s| s.id.as_str()).collect();
    unique(file, "sign", signs.iter().copied());
    unique(file, "item", model.items.iter().map(|i| i.id.as_str()));
    unique(
        file,
        "correction",
        model.corrections.iter().map(|c| c.id.as_str()),
    );
    let mut code = format!(
        "// From `{file}` and its words.\n\
         /// Stored with results and put in share links.\n\
         pub const MODEL_VERSION: u32 = {};\n\
         pub const POINTS: u8 = {};\n\
         pub static SIGNS: &[Sign] = &[\n",
        definition.header.model_version, model.scale.points
    );
    for sign in &model.signs {
        let scale = match index_of(
            file,
            "scale",
            &model.scales.iter().map(String::as_str).collect::<Vec<_>>(),
            &sign.scale,
        ) {
            0 => "Scale::First",
            _ => "Scale::Second",
        };
        let words = |field: &str| word(keys, &format!("balance_result.signs.{}.{field}", sign.id));
        writeln!(
            code,
            "    Sign {{ id: {:?}, scale: {scale}, name: {}, cost: {}, cause: {}, source: {} }},",
            sign.id,
            words("name"),
            words("cost"),
            words("cause"),
            source(&sign.source)
        )
        .unwrap();
        assert!(
            model.items.iter().any(|item| item.sign == sign.id),
            "{file}: no statement points to the sign {:?}",
            sign.id
        );
        assert!(
            model.corrections.iter().any(|c| c.signs.contains(&sign.id)),
            "{file}: no correction answers the sign {:?}",
            sign.id
        );
    }
    code.push_str("];\n/// Ids are stored and shared: add new items with new ids, never rename one.\npub static ITEMS: &[SignItem] = &[\n");
    for item in &model.items {
        writeln!(
            code,
            "    SignItem {{ id: {:?}, sign: {}, reverse: {}, text: {}, source: {} }},",
            item.id,
            index_of(file, "sign", &signs, &item.sign),
            item.reverse,
            word(keys, &format!("balance.items.{}", item.id)),
            source(&item.source)
        )
        .unwrap();
    }
    code.push_str("];\npub static CORRECTIONS: &[Correction] = &[\n");
    for correction in &model.corrections {
        assert!(
            !correction.signs.is_empty(),
            "{file}: {} answers no sign",
            correction.id
        );
        let answers: Vec<String> = correction
            .signs
            .iter()
            .map(|sign| index_of(file, "sign", &signs, sign).to_string())
            .collect();
        let words = |field: &str| {
            word(
                keys,
                &format!("balance_result.corrections.{}.{field}", correction.id),
            )
        };
        writeln!(
            code,
            "    Correction {{ id: {:?}, signs: &[{}], title: {}, body: {}, source: {} }},",
            correction.id,
            answers.join(", "),
            words("title"),
            words("body"),
            source(&correction.source)
        )
        .unwrap();
    }
    code.push_str("];\n");
    writeln!(
        code,
        "/// The quadrants' ids and words, by `Quadrant::index`.\npub static BANDS: &[BandWords] = &[{}];",
        bands(keys, "balance_result", &definition.header.bands)
    )
    .unwrap();
    let scales: Vec<String> = model
        .scales
        .iter()
        .map(|scale| {
            let words = |field: &str| word(keys, &format!("balance_result.scales.{scale}.{field}"));
            format!(
                "ScaleWords {{ id: {scale:?}, name: {}, low: {}, high: {} }}",
                words("name"),
                words("low"),
                words("high")
            )
        })
        .collect();
    writeln!(
        code,
        "/// The two scales' ids and words, by `Scale::index`.\npub static SCALES: [ScaleWords; 2] = [{}];",
        scales.join(", ")
    )
    .unwrap();
    fs::write(out.join("balance_definition.rs"), code).unwrap();
}

/// `content/instruments/stage.json`, a `rungs` instrument → `stage_definition.rs`.
pub fn stage(out: &Path, keys: &[&str]) {
    let file = "content/instruments/stage.json";
    let definition: RungsDefinition = read(file);
    let model = &definition.model;
    assert_eq!(definition.header.model, "rungs", "{file}: model");
    assert_eq!(
        definition.header.bands.len(),
        3,
        "{file}: three bands (finding one's footing, growing, ready)"
    );
    let rungs: Vec<&str> = model.rungs.iter().map(|r| r.id.as_str()).collect();
    let areas: Vec<&str> = model.areas.iter().map(String::as_str).collect();
    let ladders: Vec<&str> = model.ladders.iter().map(|l| l.id.as_str()).collect();
    unique(file, "rung", rungs.iter().copied());
    unique(file, "area", areas.iter().copied());
    unique(file, "ladder", ladders.iter().copied());
    unique(file, "item", model.items.iter().map(|i| i.id.as_str()));
    let w = |key: String| word(keys, &key);
    let mut code = format!(
        "// From `{file}` and its words.\n\
         /// Stored with results and put in share links.\n\
         pub const MODEL_VERSION: u32 = {};\n\
         pub const POINTS: u8 = {};\n",
        definition.header.model_version, model.scale.points
    );
    code.push_str("pub static RUNGS: &[Rung] = &[\n");
    let mut talks: Vec<String> = Vec::new();
    for rung in &model.rungs {
        let at = |field: &str| w(format!("stage_result.rungs.{}.{field}", rung.id));
        let by_area = |field: &str| -> String {
            areas
                .iter()
                .map(|area| {
                    w(format!(
                        "stage_result.rungs.{}.areas.{area}.{field}",
                        rung.id
                    ))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The conversation guide's lines for the rung, in key order: a
        // table of their own, so only the guide's bundle carries them.
        let talk = |part: &str| -> String {
            let prefix = format!("stage_result.talk.{part}.{}.", rung.id);
            let found: Vec<String> = keys
                .iter()
                .filter(|key| key.starts_with(&prefix))
                .map(|key| w(key.to_string()))
                .collect();
            assert!(
                found.len() >= 2,
                "content/words/en/stage_result.json: talk.{part}.{} needs two lines or more",
                rung.id
            );
            found.join(", ")
        };
        talks.push(format!(
            "    Talk {{ ask: &[{}], support: &[{}] }},",
            talk("ask"),
            talk("support")
        ));
        writeln!(
            code,
            "    Rung {{ id: {:?}, label: {}, hint: {}, name: {}, good: {}, footing: {}, shift: {}, ready_when: {}, questions: &[{}], habits: &[{}], source: {} }},",
            rung.id,
            w(format!("stage.rungs.{}.label", rung.id)),
            w(format!("stage.rungs.{}.hint", rung.id)),
            at("name"),
            at("good"),
            at("footing"),
            at("shift"),
            at("ready_when"),
            by_area("question"),
            by_area("habit"),
            source(&rung.source)
        )
        .unwrap();
        for kind in ["footing", "pitfall", "ready"] {
            assert!(
                model.items.iter().any(|i| i.rung.as_deref() == Some(&rung.id) && i.kind.as_deref() == Some(kind)),
                "{file}: the rung {:?} has no {kind} statement",
                rung.id
            );
        }
        for area in &areas {
            assert!(
                model.items.iter().any(|i| i.rung.as_deref() == Some(&rung.id) && i.area.as_deref() == Some(area)),
                "{file}: the rung {:?} has no statement in the area {area:?}",
                rung.id
            );
        }
    }
    code.push_str("];\n/// Each rung's lines for a talk with one's manager, in `RUNGS`' order.\npub static TALKS: &[Talk] = &[\n");
    code.push_str(&talks.join("\n"));
    code.push_str("\n];\npub static AREAS: &[Area] = &[\n");
    for area in &areas {
        writeln!(
            code,
            "    Area {{ id: {area:?}, name: {} }},",
            w(format!("stage_result.areas.{area}.name"))
        )
        .unwrap();
    }
    code.push_str("];\npub static LADDERS: &[Ladder] = &[\n");
    for ladder in &model.ladders {
        unique(file, "level", ladder.levels.iter().map(String::as_str));
        let levels: Vec<String> = ladder
            .levels
            .iter()
            .map(|level| {
                let at = |field: &str| {
                    w(format!(
                        "stage_result.ladders.{}.levels.{level}.{field}",
                        ladder.id
                    ))
                };
                format!(
                    "LadderLevel {{ id: {level:?}, name: {}, what: {} }}",
                    at("name"),
                    at("what")
                )
            })
            .collect();
        writeln!(
            code,
            "    Ladder {{ id: {:?}, name: {}, levels: &[{}], source: {} }},",
            ladder.id,
            w(format!("stage_result.ladders.{}.name", ladder.id)),
            levels.join(", "),
            source(&ladder.source)
        )
        .unwrap();
    }
    code.push_str("];\n/// Ids are stored and shared: add new items with new ids, never rename one.\npub static ITEMS: &[RungItem] = &[\n");
    let mut pitfalls = Vec::new();
    for (index, item) in model.items.iter().enumerate() {
        let of = match (&item.rung, &item.kind, &item.area, &item.ladder, item.level) {
            (Some(rung), Some(kind), Some(area), None, None) => {
                let kind = match kind.as_str() {
                    "footing" => "Footing",
                    "pitfall" => {
                        pitfalls.push((index, &item.id));
                        "Pitfall"
                    }
                    "ready" => "Ready",
                    other => panic!("{file}: {}: unknown kind {other:?}", item.id),
                };
                format!(
                    "ItemOf::Rung {{ rung: {}, kind: StatementKind::{kind}, area: {} }}",
                    index_of(file, "rung", &rungs, rung),
                    index_of(file, "area", &areas, area)
                )
            }
            (None, None, None, Some(ladder), Some(level)) => {
                let at = index_of(file, "ladder", &ladders, ladder);
                assert!(
                    (1..=model.ladders[at].levels.len()).contains(&usize::from(level)),
                    "{file}: {}: no level {level} on {ladder:?}",
                    item.id
                );
                format!("ItemOf::Ladder {{ ladder: {at}, level: {} }}", level - 1)
            }
            _ => panic!(
                "{file}: {}: a statement has a rung, kind and area, or a ladder and level",
                item.id
            ),
        };
        writeln!(
            code,
            "    RungItem {{ id: {:?}, of: {of}, text: {}, source: {} }},",
            item.id,
            w(format!("stage_result.items.{}", item.id)),
            source(&item.source)
        )
        .unwrap();
    }
    for ladder in &model.ladders {
        for level in 1..=ladder.levels.len() {
            assert!(
                model
                    .items
                    .iter()
                    .any(|i| i.ladder.as_deref() == Some(&ladder.id)
                        && usize::from(i.level.unwrap_or(0)) == level),
                "{file}: the ladder {:?} has no statement at level {level}",
                ladder.id
            );
        }
    }
    code.push_str("];\npub static PITFALLS: &[Pitfall] = &[\n");
    for (index, id) in pitfalls {
        writeln!(
            code,
            "    Pitfall {{ item: {index}, name: {}, remedy: {} }},",
            w(format!("stage_result.pitfalls.{id}.name")),
            w(format!("stage_result.pitfalls.{id}.remedy"))
        )
        .unwrap();
    }
    writeln!(
        code,
        "];\npub static BANDS: &[BandWords] = &[{}];",
        bands(keys, "stage_result", &definition.header.bands)
    )
    .unwrap();
    fs::write(out.join("stage_definition.rs"), code).unwrap();
}
