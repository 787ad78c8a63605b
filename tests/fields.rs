//! The fields a finding, a focus move or a keyboard move can point at are
//! the fields the screens render: every `Field::of(Form::…, "name")` and
//! `Field::item(Form::…, id, "name")` written in `src/ui` is read here and
//! held against `Form::fields()` both ways, and no element id of a form is
//! written by hand any more.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use trajectory_studio::model::Form;

fn ui_sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src/ui is there") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut out,
    );
    out
}

/// Each `(form, name)` that `code` renders through `Field`.
fn rendered(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (start, _) in code.match_indices("Field::") {
        let rest = &code[start + "Field::".len()..];
        let item = rest.starts_with("item(");
        if !item && !rest.starts_with("of(") {
            continue;
        }
        let Some(args) = rest.split_once('(').map(|(_, a)| a) else {
            continue;
        };
        let Some(close) = args.find(')') else {
            continue;
        };
        let parts: Vec<&str> = args[..close].split(',').map(str::trim).collect();
        let (form, name) = match (item, parts.as_slice()) {
            (false, [form, name]) | (true, [form, _, name]) => (*form, *name),
            _ => continue,
        };
        let (Some(form), Some(name)) = (
            form.strip_prefix("Form::"),
            name.strip_prefix('"').and_then(|n| n.strip_suffix('"')),
        ) else {
            continue;
        };
        out.push((form.to_string(), name.to_string()));
    }
    out
}

#[test]
fn every_field_a_form_lists_is_rendered_and_every_rendered_field_is_listed() {
    let mut seen = BTreeSet::new();
    for (_, code) in ui_sources() {
        seen.extend(rendered(&code));
    }
    let listed: BTreeSet<(String, String)> = Form::ALL
        .iter()
        .flat_map(|f| {
            f.fields()
                .iter()
                .map(move |n| (format!("{f:?}"), n.to_string()))
        })
        .collect();
    let not_rendered: Vec<_> = listed.difference(&seen).collect();
    let not_listed: Vec<_> = seen.difference(&listed).collect();
    assert!(
        not_rendered.is_empty(),
        "listed but no screen renders them: {not_rendered:?}"
    );
    assert!(
        not_listed.is_empty(),
        "rendered but not listed: {not_listed:?}"
    );
}

#[test]
fn no_element_id_of_a_form_is_written_by_hand() {
    let prefixes: BTreeSet<String> = Form::ALL
        .iter()
        .map(|f| {
            let any = f.fields()[0];
            let id = trajectory_studio::model::Field::of(*f, any).element_id();
            id.strip_suffix(&format!("-{any}"))
                .expect("prefix-name")
                .to_string()
        })
        .collect();
    let mut found = Vec::new();
    for (path, code) in ui_sources() {
        for p in &prefixes {
            for pattern in [format!("id=\"{p}-"), format!("format!(\"{p}-{{")] {
                if code.contains(&pattern) {
                    found.push(format!("{path}: {pattern}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "ids written by hand: {found:?}");
}

#[test]
fn the_reader_sees_both_forms_of_a_field() {
    let code = r#"id=Field::of(Form::Overview, "title").element_id() x Field::item(Form::Phase, id, "end")"#;
    assert_eq!(
        rendered(code),
        [
            ("Overview".to_string(), "title".to_string()),
            ("Phase".to_string(), "end".to_string())
        ]
    );
}
