use super::*;

/// Every field name of a programme below its parts, at any depth.
fn field_names(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|x| field_names(x, out)),
        Value::Object(fields) => {
            for (k, x) in fields {
                out.insert(k.clone());
                field_names(x, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_of_a_full_programme_has_words_not_its_key() {
    use crate::templates::Template;
    // What a person never compares: ids, times and bookkeeping.
    let internal = [
        "id",
        "revision",
        "created_at",
        "updated_at",
        "applicant_id",
        "criterion_id",
    ];
    let mut names = std::collections::BTreeSet::new();
    let start = "2027-01-04".parse().expect("a date");
    for t in Template::ALL {
        for lang in crate::model::Lang::ALL {
            let d = t.build_in(lang, "2026-12-07T10:00:00Z", start);
            let Value::Object(parts) = crate::merge::tree(&d) else {
                panic!("a draft is an object");
            };
            for (part, v) in &parts {
                let known = !matches!(part_label(part), Cow::Owned(ref w) if w == part);
                assert!(
                    known || internal.contains(&part.as_str()),
                    "part {part} has no words"
                );
                field_names(v, &mut names);
            }
        }
    }
    assert!(names.len() > 60, "a full programme was read: {names:?}");
    let bare: Vec<&String> = names
        .iter()
        .filter(|n| !internal.contains(&n.as_str()))
        .filter(|n| field_words(n).is_none())
        .collect();
    assert!(bare.is_empty(), "fields shown as their key: {bare:?}");
}
