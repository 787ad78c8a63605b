use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// key → (language → text), from every locale file, with the file each key came from.
fn catalogue() -> BTreeMap<String, (String, BTreeMap<String, String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut all = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        assert!(name.ends_with(".json"), "{name}: locale files are JSON");
        let text = std::fs::read_to_string(&path).unwrap();
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} is not valid JSON: {e}"));
        assert_eq!(map.get("_version"), Some(&serde_json::json!(2)), "{name}");
        for (key, value) in map {
            if key == "_version" {
                continue;
            }
            let texts: BTreeMap<String, String> =
                serde_json::from_value(value).unwrap_or_else(|e| panic!("{name}: {key}: {e}"));
            if let Some((first, _)) = all.insert(key.clone(), (name.clone(), texts)) {
                panic!("{key} is in both {first} and {name}");
            }
        }
    }
    all
}

/// Fails unless each of `keys`, built at run time rather than written as
/// `t!("…")`, is in the locale files (which hold every language for it).
pub(crate) fn assert_keys_exist(keys: impl IntoIterator<Item = String>) {
    let all = catalogue();
    let missing: Vec<String> = keys.into_iter().filter(|k| !all.contains_key(k)).collect();
    assert!(missing.is_empty(), "keys in no locale file: {missing:?}");
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn every_key_has_every_language_with_the_same_placeholders() {
    let all = catalogue();
    assert!(!all.is_empty());
    for (key, (file, texts)) in &all {
        let langs: BTreeSet<&str> = texts.keys().map(String::as_str).collect();
        let want: BTreeSet<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(langs, want, "{file}: {key} must have exactly en and fr");
        for (lang, text) in texts {
            assert!(!text.trim().is_empty(), "{file}: {key} is empty in {lang}");
        }
        assert_eq!(
            placeholders(&texts["en"]),
            placeholders(&texts["fr"]),
            "{file}: {key}: English and French use different placeholders"
        );
    }
}

/// Every literal key the code asks for, from `t!("…"` in the sources.
fn keys_in_sources(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            keys_in_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("text/tests.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut from = 0;
            while let Some(at) = text[from..].find("t!(\"").map(|i| i + from) {
                let start = at + 4;
                let end = start + text[start..].find('"').unwrap();
                // `t!` itself, not `format!` or `concat!`.
                let before = text[..at].chars().next_back();
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    out.insert(text[start..end].to_string());
                }
                from = end;
            }
        }
    }
}

#[test]
fn every_key_the_code_uses_is_in_the_files() {
    let all = catalogue();
    let mut used = BTreeSet::new();
    keys_in_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    used.remove("…");
    let missing: Vec<_> = used.iter().filter(|k| !all.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used but in no locale file: {missing:?}"
    );
}

#[test]
fn a_key_reads_in_the_language_asked_for() {
    assert_eq!(rust_i18n::t!("app.skip", locale = "fr"), "Aller au contenu");
    assert_eq!(rust_i18n::t!("app.skip", locale = "en"), "Skip to content");
}

#[test]
fn the_browser_language_picks_the_nearest_one_spoken() {
    assert_eq!(Lang::negotiate(["fr-BE", "en"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["de-DE", "en-GB"]), Lang::En);
    assert_eq!(Lang::negotiate(["nl"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
}
