//! Properties of the file format over generated drafts and mutated files.

use proptest::prelude::*;
use serde_json::Value;

use crate::format::*;
use crate::model::{BudgetLine, Date, Decimal2, Money};
use crate::store::{Library, MemoryStorage};
use crate::templates::Template;

const FULL: &str = include_str!("../../../tests/fixtures/good/full.json");

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        Just("<script>alert(1)</script>".to_string()),
        "[ -~]{0,40}",
        "\\PC{0,30}",
    ]
}

prop_compose! {
    fn any_draft()(
        template in prop::sample::select(Template::ALL.to_vec()),
        start in 0i64..20_000,
        title in any_text(),
        tagline in any_text(),
        objectives in any_text(),
        notes in any_text(),
        phase_title in any_text(),
        cost in 0i64..100_000_000_000,
        quantity in 0u64..100_000_000,
        places in proptest::option::of(0u32..10_000),
    ) -> crate::model::Draft {
        let start = Date(chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(start));
        let mut d = template.build("2026-11-28T10:00:00Z", start);
        d.overview.title = title;
        d.overview.tagline = tagline;
        d.overview.objectives = objectives;
        d.overview.places = places;
        d.notes = notes;
        if let Some(p) = d.phases.first_mut() {
            p.title = phase_title;
        }
        d.budget.push(BudgetLine {
            label: "generated".into(),
            unit_cost: Money(cost),
            quantity: Decimal2(quantity),
            ..BudgetLine::default()
        });
        d
    }
}

/// A mutation of a file's bytes: overwrite, delete or insert at a position.
#[derive(Clone, Debug)]
enum Mutation {
    Set(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (
            any::<usize>(),
            prop::sample::select(vec![
                b"\"".to_vec(),
                b"-1".to_vec(),
                b"null".to_vec(),
                b"{}".to_vec(),
                b"[".to_vec(),
                b"\"2027-02-31\"".to_vec(),
                b"1e999".to_vec(),
                b"\\u0000".to_vec(),
            ])
        )
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match m {
        Mutation::Set(i, b) => {
            let i = i % len;
            if i < bytes.len() {
                bytes[i] = *b;
            }
        }
        Mutation::Delete(i, n) => {
            let i = i % len;
            let end = (i + n).min(bytes.len());
            if i < end {
                bytes.drain(i..end);
            }
        }
        Mutation::Insert(i, b) => {
            let i = i % (bytes.len() + 1);
            bytes.splice(i..i, b.iter().copied());
        }
    }
}

/// Whether `path` (`drafts[0].phases[2].title`) names a value in `value`.
fn resolves(value: &Value, path: &str) -> bool {
    let mut here = Some(value);
    for part in path.split('.') {
        let (key, indices) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            here = here.and_then(|v| v.get(key));
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            let index = index.trim_end_matches(']').parse::<usize>().ok();
            here = here.and_then(|v| v.get(index?));
        }
    }
    here.is_some()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_draft_round_trips(draft in any_draft()) {
        let file = to_file(std::slice::from_ref(&draft), "2026-11-28T10:00:00Z");
        let back = parse_file(file.as_bytes());
        prop_assert!(back.is_ok(), "{:?}", back.as_ref().err().map(ToString::to_string));
        prop_assert_eq!(&back.unwrap().drafts[0], &draft);
    }

    #[test]
    fn a_mutated_file_imports_or_names_the_place(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = FULL.as_bytes().to_vec();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let storage = std::rc::Rc::new(MemoryStorage::new());
        let mut library = Library::load(Box::new(storage.clone())).unwrap();
        library.create(&crate::model::Draft::blank("t"), "t").unwrap();
        let before = storage.snapshot();
        match library.plan_import(&bytes) {
            Ok(plan) => prop_assert!(!plan.drafts.is_empty()),
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                // Once the envelope itself is sound, every problem has a place.
                let sound = serde_json::from_slice::<Value>(&bytes).ok().is_some_and(|v| {
                    v["format"] == FORMAT && v["schema_version"] == SCHEMA_VERSION && v["drafts"].is_array()
                });
                if sound {
                    prop_assert!(!e.first().path.is_empty(), "{}", e);
                    // And the place is one the file has, or a field missing
                    // from a record it has (the field then took its default).
                    let value: Value = serde_json::from_slice(&bytes).unwrap();
                    let path = &e.first().path;
                    let parent = path.rsplit_once('.').map_or("", |(p, _)| p);
                    prop_assert!(resolves(&value, path) || resolves(&value, parent), "{}", e);
                }
            }
        }
        prop_assert_eq!(storage.snapshot(), before);
    }
}
