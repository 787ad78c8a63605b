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

/// A running part with one of everything, so its fields are read too.
fn running(d: &mut crate::model::Draft) {
    use crate::model::*;
    let mentor = d.add_person(PersonRole::Expert);
    let ana = d.add_participant();
    d.add_goal(ana);
    d.add_plan_action(ana);
    d.withdraw(ana, None, "");
    d.assign_mentor(mentor, ana, None).expect("a mentor");
    let s = d.add_session(None, Some(ana));
    if let Some(s) = Session::find_mut(d, s) {
        s.mentor_ids.push(mentor);
        s.logged_by = Some(mentor);
    }
    d.running.stall_days = Some(14);
    d.running.participants[0].joined = Some("2027-01-04".parse().expect("a date"));
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
            let mut d = t.build_in(lang, "2026-12-07T10:00:00Z", start);
            running(&mut d);
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
