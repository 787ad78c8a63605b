//! Dependencies point down, and nothing else: every `crate::…` path in the
//! app's own (non-test) code is checked against the table of layers below,
//! so a module that reaches into a layer above it fails `cargo test`.
//!
//! The layers, top to bottom: `ui` → `store` → `review`, `merge`, `call`,
//! `templates`, `format` → `text` → `model`. `model` knows no language and
//! no other module; `text` holds the words for the model's values in each
//! language; `call` and `review` speak through `text`; `merge` speaks not at all.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Each top-level module and the modules it may use.
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("text", &["model"]),
    ("format", &["text", "model"]),
    ("call", &["text", "model"]),
    ("templates", &["format", "model"]),
    ("review", &["text", "model"]),
    ("merge", &["model"]),
    ("store", &["review", "merge", "format", "text", "model"]),
    (
        "ui",
        &[
            "store",
            "review",
            "merge",
            "call",
            "templates",
            "format",
            "text",
            "model",
        ],
    ),
];

/// Each room of `ui` (a file or folder right under `src/ui/`) and the rooms
/// it may use; `mod.rs`, the app's shell that routes between them, may use
/// any. The rooms at the bottom use no other: `parts` (the machinery of
/// parts fetched on demand), `browser`, `route`, `labels`, `text`, `perf`.
/// docs/architecture.md draws this table.
const UI_ROOMS: &[(&str, &[&str])] = &[
    ("parts", &[]),
    ("browser", &[]),
    ("route", &[]),
    ("labels", &[]),
    ("text", &[]),
    ("perf", &[]),
    ("state", &["browser", "route"]),
    ("languages", &["browser"]),
    ("copies", &["browser", "parts", "state"]),
    ("context", &["browser", "route", "state"]),
    (
        "widgets",
        &["browser", "context", "labels", "state", "text"],
    ),
    (
        "screens",
        &[
            "browser",
            "context",
            "labels",
            "languages",
            "parts",
            "route",
            "state",
            "text",
            "widgets",
        ],
    ),
    ("given", &["browser", "route", "state"]),
    ("sheet", &["browser", "parts", "state", "widgets"]),
    (
        "log_sheet",
        &["browser", "labels", "parts", "state", "text", "widgets"],
    ),
    (
        "from_link",
        &[
            "browser", "context", "given", "parts", "route", "screens", "state",
        ],
    ),
    (
        "editor",
        &[
            "browser",
            "context",
            "from_link",
            "parts",
            "perf",
            "route",
            "screens",
            "state",
            "text",
            "widgets",
        ],
    ),
    (
        "home",
        &[
            "browser", "editor", "given", "parts", "perf", "route", "state", "widgets",
        ],
    ),
];

/// What touches the browser.
const BROWSER: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];
/// What touches the browser or speaks a language.
const SPEAKING_OR_BROWSER: &[&str] = &[
    "rust_i18n",
    "t!(",
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
];

/// Crates that speak a language or touch the browser, and the layers that
/// must not use them.
const FORBIDDEN_CRATES: &[(&str, &[&str])] = &[
    ("model", SPEAKING_OR_BROWSER),
    ("merge", SPEAKING_OR_BROWSER),
    ("text", BROWSER),
    ("format", BROWSER),
    ("call", BROWSER),
    ("templates", BROWSER),
    ("review", BROWSER),
];

/// The source of every module file reached from `lib.rs`, without test
/// modules (declared under a `cfg(test)`) and without the inline test
/// module at the end of a file.
fn app_sources() -> BTreeMap<PathBuf, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    collect(&src.join("lib.rs"), &src, &mut out);
    out
}

fn collect(file: &Path, dir_of_children: &Path, out: &mut BTreeMap<PathBuf, String>) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let decl = line.trim_start();
        let decl = decl.strip_prefix("pub ").unwrap_or(decl);
        let decl = decl.strip_prefix("pub(crate) ").unwrap_or(decl);
        let Some(name) = decl.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) else {
            continue;
        };
        let under_test = i > 0 && is_test_cfg(lines[i - 1]);
        if under_test {
            continue;
        }
        let flat = dir_of_children.join(format!("{name}.rs"));
        let nested = dir_of_children.join(name).join("mod.rs");
        let (child, grandchildren) = if flat.exists() {
            (flat, dir_of_children.join(name))
        } else {
            (nested, dir_of_children.join(name))
        };
        collect(&child, &grandchildren, out);
    }
    out.insert(file.to_path_buf(), without_tests(&text));
}

fn is_test_cfg(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("#[cfg(") && line.contains("test")
}

/// The text without inline `#[cfg(test)] mod … { … }` modules (formatted
/// code closes a top-level one with `}` alone on a line), comments removed.
fn without_tests(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut in_test = false;
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map(|l| l.trim()).unwrap_or("");
        if is_test_cfg(line) && next.starts_with("mod ") && next.ends_with('{') {
            in_test = true;
        }
        if in_test {
            in_test = *line != "}";
            continue;
        }
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// The layer a file of `src/` belongs to: its first path component.
fn layer_of(path: &Path) -> Option<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = path.strip_prefix(&src).ok()?;
    let first = rel.components().next()?.as_os_str().to_string_lossy();
    let name = first.trim_end_matches(".rs").to_string();
    (!matches!(name.as_str(), "lib" | "main")).then_some(name)
}

/// Every module named after `crate::` in `code` (`crate::model::X`,
/// `crate::{model, text}`).
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `rust_i18n_crate::` or the like
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

/// What is wrong with `code` from layer `layer`, one line per problem.
fn violations(layer: &str, code: &str) -> Vec<String> {
    let Some((_, allowed)) = LAYERS.iter().find(|(l, _)| *l == layer) else {
        return vec![format!("`{layer}` has no place in the table of layers")];
    };
    let mut out = Vec::new();
    for used in crate_paths(code) {
        let is_module = LAYERS.iter().any(|(l, _)| *l == used);
        if used != layer && is_module && !allowed.contains(&used.as_str()) {
            out.push(format!(
                "`{layer}` uses `crate::{used}`, a layer above or beside it"
            ));
        }
    }
    if let Some((_, crates)) = FORBIDDEN_CRATES.iter().find(|(l, _)| *l == layer) {
        for c in *crates {
            if contains_word(code, c) {
                out.push(format!("`{layer}` uses `{c}`"));
            }
        }
    }
    out
}

/// Whether `word` is in `code` not as the tail of a longer name
/// (`t!(` but not `format!(`).
fn contains_word(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(at, _)| {
        !code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let sources = app_sources();
    assert!(sources.len() > 20, "the module tree was not read");
    let mut problems = Vec::new();
    for (path, code) in &sources {
        let Some(layer) = layer_of(path) else {
            continue;
        };
        for p in violations(&layer, code) {
            problems.push(format!("{}: {p}", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The module path of a file of `src/` (`["ui", "screens", "budget"]`).
fn module_of(path: &Path) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = path.strip_prefix(&src).expect("a file of src/");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

/// The names after one path prefix: `x` in `prefix x`, each of `{a, b}`.
fn names_after(rest: &str) -> Vec<String> {
    let word = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    match rest.strip_prefix('{') {
        Some(group) => {
            let end = group.find('}').unwrap_or(group.len());
            group[..end]
                .split(',')
                .map(word)
                .filter(|w| !w.is_empty())
                .collect()
        }
        None => vec![word(rest)],
    }
}

/// The rooms of `ui` that `code`, in the module `module` (under `ui`), uses
/// through `crate::ui::…` or `super::…`.
fn ui_rooms_used(module: &[String], code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let before = code[..at].chars().next_back();
        let joined = before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
        let (base, after): (Vec<String>, &str) = if !joined && rest.starts_with("crate::ui::") {
            (vec!["ui".into()], &rest["crate::ui::".len()..])
        } else if !joined && rest.starts_with("super::") {
            let mut up = 0;
            let mut tail = rest;
            while let Some(t) = tail.strip_prefix("super::") {
                up += 1;
                tail = t;
            }
            let keep = module.len().saturating_sub(up);
            (module[..keep].to_vec(), tail)
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        for name in names_after(after) {
            let mut path = base.clone();
            path.push(name);
            if path.len() >= 2 && path[0] == "ui" {
                out.push(path[1].clone());
            }
        }
        at += rest.len() - after.len();
    }
    out
}

/// What is wrong with the arrows of `code` in `module`, one line each.
fn ui_violations(module: &[String], code: &str) -> Vec<String> {
    let Some(room) = module.get(1) else {
        return Vec::new(); // the shell
    };
    let Some((_, allowed)) = UI_ROOMS.iter().find(|(r, _)| r == room) else {
        return vec![format!("`ui::{room}` has no place in the table of rooms")];
    };
    let mut out = Vec::new();
    for used in ui_rooms_used(module, code) {
        if used != *room
            && !allowed.contains(&used.as_str())
            && !out
                .iter()
                .any(|o: &String| o.ends_with(&format!("`ui::{used}`")))
        {
            out.push(format!("`ui::{room}` uses `ui::{used}`"));
        }
    }
    out
}

#[test]
fn the_rooms_of_ui_use_only_what_the_table_says() {
    let sources = app_sources();
    let mut problems = Vec::new();
    let mut rooms = std::collections::BTreeSet::new();
    for (path, code) in &sources {
        let module = module_of(path);
        if module.first().is_none_or(|m| m != "ui") {
            continue;
        }
        if let Some(room) = module.get(1) {
            rooms.insert(room.clone());
        }
        for p in ui_violations(&module, code) {
            problems.push(format!("{}: {p}", path.display()));
        }
    }
    assert!(
        rooms.len() >= 10,
        "the rooms of ui were not read: {rooms:?}"
    );
    for (room, _) in UI_ROOMS {
        assert!(
            rooms.contains(*room),
            "the table names `ui::{room}`, which is gone"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_of_ui_sees_an_arrow_the_table_does_not_allow() {
    let m = |p: &str| p.split('/').map(String::from).collect::<Vec<_>>();
    assert_eq!(
        ui_violations(&m("ui/parts"), "use crate::ui::state::AppState;"),
        ["`ui::parts` uses `ui::state`"]
    );
    assert_eq!(
        ui_violations(&m("ui/screens/budget"), "use super::super::editor::X;"),
        ["`ui::screens` uses `ui::editor`"]
    );
    assert_eq!(
        ui_violations(&m("ui/context"), "use super::{browser, home};"),
        ["`ui::context` uses `ui::home`"]
    );
    // Inside one room, and to what the table allows: nothing to say.
    assert!(
        ui_violations(
            &m("ui/screens/budget"),
            "use super::phase_options; use crate::ui::widgets::X;"
        )
        .is_empty()
    );
    assert!(ui_violations(&m("ui"), "use crate::ui::home::Home;").is_empty());
}

#[test]
fn the_check_sees_a_path_that_points_up() {
    assert_eq!(
        violations("model", "use crate::text::labels;\n"),
        ["`model` uses `crate::text`, a layer above or beside it"]
    );
    assert_eq!(
        violations("text", "fn f() { crate::ui::labels::key(1) }"),
        ["`text` uses `crate::ui`, a layer above or beside it"]
    );
    assert_eq!(
        violations("review", "use crate::{model, store};"),
        ["`review` uses `crate::store`, a layer above or beside it"]
    );
    assert_eq!(
        violations("model", "let s = rust_i18n::t!(\"x\");"),
        ["`model` uses `rust_i18n`", "`model` uses `t!(`"]
    );
    assert!(violations("model", "let s = format!(\"{x}\");").is_empty());
    assert!(violations("ui", "use crate::store::Library; use crate::model::Draft;").is_empty());
    assert!(violations("call", "use crate::text::date;").is_empty());
}

#[test]
fn test_code_and_comments_are_not_checked() {
    let code = "use crate::model::Draft;\n// see crate::ui\n#[cfg(test)]\nmod tests {\n    use crate::ui::x;\n}\n";
    assert!(violations("text", &without_tests(code)).is_empty());
    // Code after a test module is checked again.
    let after = format!("{code}use crate::store::Library;\n");
    assert_eq!(violations("text", &without_tests(&after)).len(), 1);
}
