use std::path::Path;

use serde_json::Value;

use super::*;
use crate::model::*;

const NOW: &str = "2026-11-28T10:00:00Z";

fn start() -> Date {
    Date::ymd(2027, 1, 4).unwrap()
}

fn files() -> impl Iterator<Item = (Template, Lang)> {
    Template::ALL
        .iter()
        .filter(|t| **t != Template::Blank)
        .flat_map(|&t| LANGUAGES.map(|l| (t, l)))
}

fn file(t: Template, l: Lang) -> &'static TemplateFile {
    match t.load(l) {
        Some(Ok(file)) => file,
        other => panic!("{t:?} {l:?}: {other:?}"),
    }
}

#[test]
fn every_template_file_loads_through_the_import_checks() {
    for (t, l) in files() {
        let text = t.file(l).expect("a file");
        let envelope =
            format::parse_file(text.as_bytes()).unwrap_or_else(|e| panic!("{t:?} {l:?}: {e:?}"));
        assert_eq!(envelope.drafts.len(), 1, "{t:?} {l:?}");
        let file = file(t, l);
        assert!(check_integrity(&file.draft).is_empty(), "{t:?} {l:?}");
        assert_eq!(file.draft.call.language, l, "{t:?}: the call's language");
        assert!(!file.about.name.trim().is_empty(), "{t:?} {l:?}");
        assert!(!file.about.description.trim().is_empty(), "{t:?} {l:?}");
        assert_eq!(t.about(l), Some(&file.about));
    }
    assert!(Template::Blank.load(Lang::En).is_none());
    assert!(Template::Blank.about(Lang::Fr).is_none());
}

#[test]
fn every_file_in_the_folder_is_a_listed_template_in_both_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the templates folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    let mut listed: Vec<String> = Template::ALL
        .iter()
        .filter_map(|t| t.file_stem())
        .flat_map(|stem| ["en", "fr"].map(|l| format!("{stem}.{l}.trajectory.json")))
        .collect();
    listed.sort();
    assert_eq!(names, listed);
}

#[test]
fn a_file_that_is_not_a_template_is_refused() {
    let d = Draft::blank(NOW);
    let plain = format::to_file(std::slice::from_ref(&d), NOW);
    assert!(matches!(read(&plain), Err(TemplateError::About(_))));
    let two = format::to_file(&[d.clone(), Draft::blank(NOW)], NOW);
    assert!(matches!(read(&two), Err(TemplateError::Drafts(2))));
    assert!(matches!(read("{"), Err(TemplateError::Import(_))));
}

/// Fields whose text is written in the file's language; everything else
/// (ids, kinds, dates, amounts, weights…) is the same in every language.
const TEXTS: &[&str] = &[
    "name",
    "description",
    "title",
    "tagline",
    "career_stage",
    "objectives",
    "activities",
    "outputs",
    "responsible",
    "location",
    "expertise",
    "organisation",
    "country",
    "contact",
    "website",
    "conflict_of_interest",
    "how",
    "label",
    "unit",
    "channel",
    "audience",
    "message",
    "owner",
    "indicator",
    "measure",
    "target",
    "introduction",
    "closing",
    "commitments",
    "accessibility",
    "data_protection",
    "notes",
    "other_goal",
    "disciplines",
    "working_languages",
    "eligible_countries",
    "eligibility",
    "committee",
    "steps",
    "materials",
];

/// Words that are the same in English and French.
const SAME_IN_BOTH: &[&str] = &["Motivation", "stand"];

/// Walks two files side by side: the same members, the same lengths, the
/// same values, except texts, which are filled in both or in neither and
/// translated.
fn same_structure(path: &str, en: &Value, fr: &Value, text: bool, problems: &mut Vec<String>) {
    match (en, fr) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            if keys(a) != keys(b) {
                problems.push(format!("{path}: members differ"));
                return;
            }
            for (key, value) in a {
                let inner = format!("{path}.{key}");
                if inner.ends_with(".call.language") || key == "exported_at" {
                    continue;
                }
                same_structure(
                    &inner,
                    value,
                    &b[key],
                    TEXTS.contains(&key.as_str()),
                    problems,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} items, {} in French", a.len(), b.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same_structure(&format!("{path}[{i}]"), x, y, text, problems);
            }
        }
        (Value::String(a), Value::String(b)) if text => {
            if a.trim().is_empty() != b.trim().is_empty() {
                problems.push(format!("{path}: filled in one language only"));
            } else if !a.is_empty() && a == b && !SAME_IN_BOTH.contains(&a.as_str()) {
                problems.push(format!("{path}: {a:?} is not translated"));
            }
        }
        (a, b) if a != b => problems.push(format!("{path}: {a} in English, {b} in French")),
        _ => {}
    }
}

#[test]
fn english_and_french_files_have_the_same_structure_and_every_text_translated() {
    for &t in Template::ALL {
        let (Some(en), Some(fr)) = (t.file(Lang::En), t.file(Lang::Fr)) else {
            continue;
        };
        let en: Value = serde_json::from_str(en).expect("JSON");
        let fr: Value = serde_json::from_str(fr).expect("JSON");
        let mut problems = Vec::new();
        same_structure("", &en, &fr, false, &mut problems);
        assert!(problems.is_empty(), "{t:?}: {problems:#?}");
    }
}

#[test]
fn the_structure_check_finds_a_changed_amount_and_an_untranslated_text() {
    let en: Value = serde_json::from_str(Template::Showcase.file(Lang::En).unwrap()).unwrap();
    let mut fr: Value = serde_json::from_str(Template::Showcase.file(Lang::Fr).unwrap()).unwrap();
    fr["drafts"][0]["budget"][0]["unit_cost"] = 1.into();
    fr["drafts"][0]["phases"][0]["title"] = en["drafts"][0]["phases"][0]["title"].clone();
    let mut problems = Vec::new();
    same_structure("", &en, &fr, false, &mut problems);
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn a_new_programme_begins_on_the_day_asked_with_every_gap_kept() {
    for (t, l) in files() {
        let template = &file(t, l).draft;
        let from = template.overview.start.expect("a template has a start");
        let later = Date::ymd(2031, 3, 1).unwrap();
        let d = t.build_in(l, NOW, later);
        let days = from.days_until(later);
        let mut expected = template.shifted(days).expect("in the calendar");
        assert_eq!(d.overview.start, Some(later), "{t:?} {l:?}");
        assert_eq!(d.phases[0].start, Some(later), "{t:?} {l:?}");
        // Apart from its dates, ids and stamps, it is the template.
        expected.created_at = NOW.into();
        expected.updated_at = NOW.into();
        assert_eq!(strip_ids(&d), strip_ids(&expected), "{t:?} {l:?}");
    }
}

/// The draft's JSON with every id replaced by its position among the ids
/// seen, so that two drafts that differ only by ids compare equal.
fn strip_ids(d: &Draft) -> Draft {
    let mut value = serde_json::to_value(d).expect("a draft serialises");
    let mut seen: Vec<String> = Vec::new();
    fn walk(v: &mut Value, seen: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.values_mut().for_each(|x| walk(x, seen)),
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, seen)),
            Value::String(s) if s.parse::<Id>().is_ok() => {
                let n = seen.iter().position(|x| x == s).unwrap_or_else(|| {
                    seen.push(s.clone());
                    seen.len() - 1
                });
                *s = format!("00000000-0000-4000-8000-{n:012}");
            }
            _ => {}
        }
    }
    walk(&mut value, &mut seen);
    serde_json::from_value(value).expect("still a draft")
}

#[test]
fn a_template_used_twice_gives_two_programmes_with_ids_of_their_own() {
    let a = Template::Reference.build(NOW, start());
    let b = Template::Reference.build(NOW, start());
    let template = &file(Template::Reference, Lang::En).draft;
    assert_ne!(a.id, b.id);
    assert_ne!(a.id, template.id);
    assert_ne!(a.phases[0].id, b.phases[0].id);
    assert_ne!(a.phases[0].id, template.phases[0].id);
    assert_eq!(strip_ids(&a), strip_ids(&b));
    assert!(check_integrity(&a).is_empty());
    assert_eq!((a.revision, a.created_at.as_str()), (0, NOW));
}

#[test]
fn a_french_programme_starts_from_the_french_file_and_writes_its_call_in_french() {
    let fr = Template::Reference.build_in(Lang::Fr, NOW, start());
    let en = Template::Reference.build(NOW, start());
    assert_eq!(fr.call.language, Lang::Fr);
    assert_eq!(en.call.language, Lang::En);
    assert_eq!(fr.overview.title, "Parcours international d’apprentissage");
    assert_eq!(fr.phases[0].title, "Appel à candidatures");
    assert_eq!(
        Template::Reference.about(Lang::Fr).map(|a| a.name.as_str()),
        Some("Parcours d’apprentissage de référence")
    );
    let blank = Template::Blank.build_in(Lang::Fr, NOW, start());
    assert_eq!(blank.call.language, Lang::Fr);
    assert!(blank.phases.is_empty());
}

#[test]
fn every_template_passes_the_import_checks() {
    for &t in Template::ALL {
        for l in LANGUAGES {
            let d = t.build_in(l, NOW, start());
            let file = format::to_file(std::slice::from_ref(&d), NOW);
            let back =
                format::parse_file(file.as_bytes()).unwrap_or_else(|e| panic!("{t:?}: {e:?}"));
            assert_eq!(back.drafts[0], d, "{t:?}");
        }
    }
}

#[test]
fn the_reference_trajectory_has_the_ten_phases_in_order() {
    use PhaseKind::*;
    let d = Template::Reference.build("t", start());
    let kinds: Vec<PhaseKind> = d.phases.iter().map(|p| p.kind).collect();
    // Every kind in the order the phase form offers them, but the two a
    // programme adds only when it needs them.
    let expected: Vec<PhaseKind> = PhaseKind::ALL
        .into_iter()
        .filter(|k| !matches!(k, FairOrShowcase | Custom))
        .collect();
    assert_eq!(expected.len(), 10);
    assert_eq!(kinds, expected);
    assert_eq!(
        d.selection.criteria.iter().map(|c| c.weight).sum::<u32>(),
        100
    );
    assert!(d.contents.len() >= 6);
    assert!(d.people.iter().any(|p| p.role == PersonRole::Expert));
    assert!(
        d.budget
            .iter()
            .any(|l| l.category == BudgetCategory::ExpertFees)
    );
    assert!(d.evaluation.len() >= 4);
    // Every phase lies within the programme's dates.
    for p in &d.phases {
        assert!(d.phase_date_problems(p).is_empty(), "{}", p.title);
    }
}

#[test]
fn smaller_variants_are_smaller_and_blank_is_blank() {
    let reference = Template::Reference.build("t", start());
    for t in [Template::StudyVisit, Template::Showcase] {
        let d = t.build("t", start());
        assert!(d.phases.len() < reference.phases.len(), "{t:?}");
        assert_eq!(
            d.selection.criteria.iter().map(|c| c.weight).sum::<u32>(),
            100
        );
        for p in &d.phases {
            assert!(d.phase_date_problems(p).is_empty(), "{t:?} {}", p.title);
        }
    }
    let blank = Template::Blank.build("t", start());
    assert!(blank.phases.is_empty() && blank.overview.title.is_empty());
}
