//! Our words are our own: no run of more than 8 words of an English
//! catalog may be one of the seeds'. The seeds live outside the repository,
//! so `scripts/seed-runs.mjs make` keeps a hash of each of their 9-word
//! runs in `content/seed-runs.txt`; this test hashes ours the same way.

/// Lower-case words, apostrophes kept inside them (as the script).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '\''))
        .map(|word| word.trim_matches('\'').to_string())
        .filter(|word| !word.is_empty())
        .collect()
}

/// FNV-1a (64 bits), its low 40 bits in 10 hex digits (as the script).
fn hash(run: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in run.bytes() {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:010x}", h & 0xff_ffff_ffff)
}

fn texts(value: &serde_json::Value, key: String, into: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(text) => into.push((key, text.clone())),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                texts(v, format!("{key}.{k}"), into);
            }
        }
        _ => {}
    }
}

#[test]
fn the_hash_matches_the_scripts() {
    // `hash("a b c")` in scripts/seed-runs.mjs.
    assert_eq!(hash("a b c"), "0885ad45af");
    assert_eq!(
        words("Don’t  over-manage: it's 2x!"),
        ["don't", "over", "manage", "it's", "2x"]
    );
}

#[test]
fn no_run_of_nine_words_is_a_seeds() {
    let seeds: std::collections::HashSet<&str> = include_str!("../../content/seed-runs.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert!(
        seeds.len() > 10_000,
        "content/seed-runs.txt holds the seeds' runs"
    );
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/words/en");
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let tree: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let chunk = path.file_stem().unwrap().to_string_lossy().into_owned();
            texts(&tree, chunk, &mut all);
        }
    }
    let mut shared = Vec::new();
    for (key, text) in &all {
        let words = words(text);
        for run in words.windows(9) {
            let run = run.join(" ");
            if seeds.contains(hash(&run).as_str()) {
                shared.push(format!("{key}: \"{run}\""));
            }
        }
    }
    assert!(
        shared.is_empty(),
        "runs shared with a seed (see `node scripts/seed-runs.mjs check`):\n{}",
        shared.join("\n")
    );
}
