//! No import cycles between the crate's modules: reads every source file,
//! follows its `crate::` and `super::` paths, and fails on any loop.
//!
//! A path is a use of the deepest module it names, so a re-export through a
//! `mod.rs` counts as a use of that module. Test code (after the first
//! `#[cfg(test)]`, `*_tests.rs`, `tests/` folders) and comments are left out:
//! what matters is the shape of the code that ships.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

fn module_name(relative: &Path) -> String {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.join("::")
}

fn is_test_file(relative: &Path) -> bool {
    let name = relative.to_string_lossy();
    name.ends_with("_tests.rs")
        || name.starts_with("bin/")
        || relative.iter().any(|part| part == "tests")
}

/// Every shipped module of `src/` and its source, without test code.
fn sources(dir: &Path, root: &Path, found: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, root, found);
            continue;
        }
        let relative = path.strip_prefix(root).expect("under src/");
        if path.extension().is_some_and(|ext| ext == "rs") && !is_test_file(relative) {
            let text = std::fs::read_to_string(&path).expect("a UTF-8 source file");
            let shipped = match text.find("#[cfg(test)]") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            found.insert(
                module_name(relative),
                without_comments_and_strings(&shipped),
            );
        }
    }
}

/// The code with comments, string and character literals blanked out, so a
/// path named in a doc comment or a message is not taken for a use.
fn without_comments_and_strings(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1).copied()) {
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ('/', Some('*')) => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            ('r', Some('#' | '"')) if i == 0 || !chars[i - 1].is_alphanumeric() => {
                let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
                let open = i + 1 + hashes;
                if chars.get(open) != Some(&'"') {
                    out.push(chars[i]);
                    i += 1;
                    continue;
                }
                i = open + 1;
                while i < chars.len() {
                    if chars[i] == '"' && chars[i + 1..].iter().take(hashes).all(|&c| c == '#') {
                        i += 1 + hashes;
                        break;
                    }
                    i += 1;
                }
                out.push_str("\"\"");
            }
            ('"', _) => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            ('\'', Some('\\')) => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            ('\'', Some(_)) if chars.get(i + 2) == Some(&'\'') => i += 3,
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The full paths a use tree names: `crate::a::{b, c::{d, e}}` gives
/// `a::b`, `a::c::d` and `a::c::e`, from `chars[at..]` just after `prefix::`.
fn paths_from(chars: &[char], mut at: usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    loop {
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        if chars.get(at) == Some(&'{') {
            let mut depth = 0;
            let mut start = at + 1;
            for (offset, &c) in chars[at..].iter().enumerate() {
                let here = at + offset;
                match c {
                    '{' => depth += 1,
                    '}' | ',' if depth == 1 => {
                        paths_from(chars, start, path.clone(), out);
                        start = here + 1;
                        if c == '}' {
                            return;
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            return;
        }
        let ident: String = chars[at..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        if ident.is_empty() || ident == "self" {
            break;
        }
        at += ident.chars().count();
        path.push(ident);
        if chars.get(at) == Some(&':') && chars.get(at + 1) == Some(&':') {
            at += 2;
        } else {
            break;
        }
    }
    out.push(path);
}

/// The modules `module`'s code names through `crate::` and `super::`.
fn uses(module: &str, code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let chars: Vec<char> = code.chars().collect();
    let own: Vec<String> = module
        .split("::")
        .filter(|part| !part.is_empty())
        .map(str::to_string)
        .collect();
    let mut found = Vec::new();
    for (at, _) in code.char_indices().filter(|&(at, _)| {
        (code[at..].starts_with("crate::") || code[at..].starts_with("super::"))
            && code[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'))
    }) {
        let mut cursor = code[..at].chars().count();
        // `super` is the parent of the module, whatever file holds it.
        let mut prefix = Vec::new();
        if code[at..].starts_with("crate::") {
            cursor += "crate::".len();
        } else {
            prefix = own.clone();
            while chars[cursor..].starts_with(&['s', 'u', 'p', 'e', 'r', ':', ':']) {
                cursor += "super::".len();
                prefix.pop();
            }
        }
        paths_from(&chars, cursor, prefix, &mut found);
    }
    found
        .into_iter()
        .filter_map(|path| {
            (1..=path.len())
                .rev()
                .map(|len| path[..len].join("::"))
                .find(|name| modules.contains(name))
        })
        .filter(|name| name != module)
        .collect()
}

fn graph() -> Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = BTreeMap::new();
    sources(&root, &root, &mut found);
    let modules: BTreeSet<String> = found.keys().cloned().collect();
    found
        .iter()
        .map(|(module, code)| (module.clone(), uses(module, code, &modules)))
        .collect()
}

/// Modules that reach themselves again, each loop once (Tarjan's components).
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(walk: &mut Walk<'g>, node: &'g str) {
        let order = walk.index.len();
        walk.index.insert(node, order);
        walk.low.insert(node, order);
        walk.stack.push(node);
        for next in walk.graph.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !walk.index.contains_key(next) {
                visit(walk, next);
                let low = walk.low[node].min(walk.low[next]);
                walk.low.insert(node, low);
            } else if walk.stack.contains(&next) {
                let low = walk.low[node].min(walk.index[next]);
                walk.low.insert(node, low);
            }
        }
        if walk.low[node] == walk.index[node] {
            let at = walk
                .stack
                .iter()
                .rposition(|&n| n == node)
                .expect("on the stack");
            let component: Vec<String> = walk.stack.drain(at..).map(str::to_string).collect();
            if component.len() > 1 {
                walk.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node.as_str()) {
            visit(&mut walk, node);
        }
    }
    walk.found
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(
        graph.len() > 50,
        "the source walk found {} modules",
        graph.len()
    );
    let loops = cycles(&graph);
    let described: Vec<String> = loops
        .iter()
        .map(|component| {
            component
                .iter()
                .map(|module| {
                    let within: Vec<&str> = graph[module]
                        .iter()
                        .filter(|used| component.contains(used))
                        .map(String::as_str)
                        .collect();
                    format!("{module} uses {}", within.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    assert!(described.is_empty(), "import cycles: {described:#?}");
}

#[test]
fn the_walk_sees_uses_through_groups_and_super_but_not_comments() {
    let modules: BTreeSet<String> = ["a", "a::b", "a::c", "d", "d::e"]
        .into_iter()
        .map(str::to_string)
        .collect();
    let code = without_comments_and_strings(
        "use crate::a::{b::{X, Y}, c};\n// crate::d is only named here\nlet s = \"crate::d\";\nuse super::e::Z;",
    );
    let found = uses("d::f", &code, &modules);
    let expected: BTreeSet<String> = ["a::b", "a::c", "d::e"]
        .into_iter()
        .map(str::to_string)
        .collect();
    assert_eq!(found, expected);
    let loop_graph: Graph = [("a", "b"), ("b", "a"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_string(), BTreeSet::from([to.to_string()])))
        .collect();
    assert_eq!(cycles(&loop_graph).len(), 1);
}
