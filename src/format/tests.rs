//! The file format against the fixture files in `tests/fixtures/`.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use serde_json::Value;

use super::read::{in_steps, one_pass, without_position};
use super::scan::{byte_offset, depth, longest_string, path_at};
use super::*;
use crate::model::Id;

fn fixtures(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
}

fn read(kind: &str, name: &str) -> Vec<u8> {
    fs::read(fixtures(kind).join(name)).unwrap()
}

fn json_files(kind: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixtures(kind))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "expected-errors.json")
        .collect();
    names.sort();
    names
}

#[test]
fn every_good_fixture_round_trips() {
    let names = json_files("good");
    assert!(names.len() >= 5, "{names:?}");
    for name in names {
        let first = parse_file(&read("good", &name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = to_file(&first.drafts, "2026-12-01T00:00:00Z");
        let second = parse_file(written.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(first.drafts, second.drafts, "{name}");
        // And a second write is byte-identical: nothing drifts on each save.
        assert_eq!(
            to_file(&second.drafts, "2026-12-01T00:00:00Z"),
            written,
            "{name}"
        );
    }
}

/// The reading in one pass agrees with the reading in steps on every file
/// it takes, and takes what this app writes; it leaves every other file to
/// the steps, which say what is wrong.
#[test]
fn the_one_pass_reading_takes_what_the_app_writes_and_agrees_with_the_steps() {
    let texts = json_files("good")
        .into_iter()
        .map(|n| ("good", n))
        .chain(json_files("bad").into_iter().map(|n| ("bad", n)))
        .filter_map(|(kind, name)| Some((String::from_utf8(read(kind, &name)).ok()?, name)));
    let mut taken = 0;
    for (text, name) in texts {
        // The fixtures are of schema 1, whose every body is a body of the
        // current schema too (the running part is then empty): read as such.
        let text = text
            .replacen(
                "\"schema_version\": 1,",
                &format!("\"schema_version\": {SCHEMA_VERSION},"),
                1,
            )
            .replacen(
                "\"schema_version\":1,",
                &format!("\"schema_version\":{SCHEMA_VERSION},"),
                1,
            );
        let text = text.trim_start_matches('\u{feff}');
        let longest = longest_string(text.as_bytes());
        // A text over the cap is never read in one pass.
        if longest > MAX_TEXT_CHARS {
            continue;
        }
        if let Some(envelope) = one_pass(text) {
            taken += 1;
            let steps = in_steps(text, longest, true).map_err(|e| e.to_string());
            assert_eq!(steps, Ok(envelope), "{name}");
        }
    }
    // The good files, and the bad ones whose fault is in references or amounts.
    assert!(taken >= 15, "only {taken} files read in one pass");
    let full = parse_file(&read("good", "full.json")).unwrap();
    let written = to_file(&full.drafts, "2026-12-01T00:00:00Z");
    assert_eq!(
        one_pass(&written).map(|e| e.drafts),
        Some(full.drafts.clone())
    );
    let stored = to_storage(&full.drafts[0], "2026-12-01T00:00:00Z");
    assert!(one_pass(&stored).is_some());
    // Not taken: an older version, the drafts before the version, a key twice.
    for other in [
        written.replacen("\"schema_version\": 2", "\"schema_version\": 1", 1),
        format!(r#"{{"drafts": [], "format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}}}"#),
        format!(
            r#"{{"format": "{FORMAT}", "format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "drafts": []}}"#
        ),
        format!(
            r#"{{"format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "drafts": [], "x": 1, "x": 2}}"#
        ),
    ] {
        assert_eq!(one_pass(&other), None, "{other}");
    }
    assert!(
        one_pass(&format!(
            r#"{{"format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "drafts": []}}"#
        ))
        .is_some()
    );
}

#[test]
fn every_bad_fixture_gives_its_expected_error() {
    // Each file's message in every language of the interface.
    let manifest: BTreeMap<String, BTreeMap<String, String>> =
        serde_json::from_slice(&read("bad", "expected-errors.json")).unwrap();
    let names = json_files("bad");
    assert!(names.len() >= 25, "only {} bad fixtures", names.len());
    for name in &names {
        let expected = manifest
            .get(name)
            .unwrap_or_else(|| panic!("{name} has no entry in expected-errors.json"));
        let err = parse_file(&read("bad", name)).expect_err(name);
        assert_eq!(&err.to_string(), &expected["en"], "{name}");
        for lang in crate::model::Lang::ALL {
            let words = expected
                .get(lang.code())
                .unwrap_or_else(|| panic!("{name} has no {} message", lang.code()));
            assert_eq!(&words::describe(&err, lang), words, "{name} in {lang:?}");
        }
    }
    for name in manifest.keys() {
        assert!(
            names.contains(name),
            "expected-errors.json names missing file {name}"
        );
    }
}

#[test]
fn the_full_fixture_reads_every_part() {
    let env = parse_file(&read("good", "full.json")).unwrap();
    let d = &env.drafts[0];
    assert_eq!(d.overview.title, "Go Global: Performing Arts 2027");
    assert_eq!(d.overview.organisers.len(), 2);
    assert_eq!(d.phases.len(), 5);
    assert_eq!(d.phases[4].hours.unwrap().hundredths(), 225);
    assert_eq!(d.contents[1].phase_ids.len(), 2);
    assert_eq!(d.people[0].fee_per_day.minor(), 45_000);
    assert_eq!(
        d.selection.criteria.iter().map(|c| c.weight).sum::<u32>(),
        100
    );
    assert_eq!(d.selection.applicants[0].scores.len(), 2);
    // 450×3 + 280.50×12 + 65×60 + 120×2.5 = 1350 + 3366 + 3900 + 300
    assert_eq!(d.budget_total().unwrap().minor(), 891_600);
    assert_eq!(d.milestones.len(), 2);
    assert_eq!(d.communication[0].phase_id, Some(d.phases[0].id));
    assert_eq!(d.evaluation.len(), 1);
    assert_eq!(d.call.language, crate::model::Lang::Fr);
    assert_eq!(d.notes, "Board meeting on 12 December.");
}

#[test]
fn unknown_fields_survive_load_and_save() {
    let env = parse_file(&read("good", "unknown-fields.json")).unwrap();
    let written: Value = serde_json::from_str(&to_file(&env.drafts, "now")).unwrap();
    let d = &written["drafts"][0];
    assert_eq!(d["future_part"]["nested"][2]["x"], true);
    assert_eq!(d["overview"]["mood"], "hopeful");
    assert_eq!(d["phases"][0]["colour"], "#ff0000");
    assert_eq!(env.extra["generator"]["name"], "someone else");
}

#[test]
fn records_read_each_field_once_and_keep_the_rest_in_order() {
    let draft = |body: &str| {
        let text = format!(
            r#"{{"format":"trajectory-studio","schema_version":{SCHEMA_VERSION},"drafts":[{{"id":"00000000-0000-4000-8000-000000000001",{body}}}]}}"#
        );
        parse_file(text.as_bytes())
    };
    // Missing fields take their defaults; a missing id is a fresh one.
    let d = draft(r#""phases":[{"title":"Only a title"}]"#)
        .unwrap()
        .drafts
        .remove(0);
    assert_eq!(d.phases[0].title, "Only a title");
    assert_eq!(d.phases[0].kind, crate::model::PhaseKind::Custom);
    assert_eq!(d.overview.currency.code(), "EUR");
    // A name written with escapes is the same name.
    let d = draft(r#""notes":"plain","overview":{"titl\u0065":"Escaped"}"#)
        .unwrap()
        .drafts
        .remove(0);
    assert_eq!(d.overview.title, "Escaped");
    // Unknown fields keep their order, in every record, scores included.
    let d = draft(
        r#""z_last":1,"a_first":2,"selection":{"criteria":[{"id":"00000000-0000-4000-8000-000000000002"}],
            "applicants":[{"scores":[{"criterion_id":"00000000-0000-4000-8000-000000000002","value":3,"note":"kept"}]}]}"#,
    )
    .unwrap()
    .drafts
    .remove(0);
    assert_eq!(d.extra.keys().collect::<Vec<_>>(), ["z_last", "a_first"]);
    assert_eq!(d.selection.applicants[0].scores[0].extra["note"], "kept");
    assert_eq!(d.selection.applicants[0].scores[0].value, 3);
    // A reference with no id is named as missing, not given a fresh id
    // that then points nowhere.
    let err = draft(
        r#""selection":{"criteria":[{"id":"00000000-0000-4000-8000-000000000002"}],
            "applicants":[{"scores":[{"value":3}]}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "drafts[0].selection.applicants[0].scores[0]: missing field `criterion_id`"
    );
    // A field given twice is refused, as serde refuses it.
    let err = draft(r#""notes":"one","notes":"two""#).unwrap_err();
    assert_eq!(err.to_string(), "drafts[0].notes: duplicate field `notes`");
    // And in a file of an older schema, read as a value to be migrated.
    let old = r#"{"format":"trajectory-studio","schema_version":1,"drafts":[{"id":"00000000-0000-4000-8000-000000000001","phases":[{"title":"a","title":"b"}]}]}"#;
    let err = parse_file(old.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "drafts[0].phases[0].title: duplicate field `title`"
    );
    // A record that is not an object says which record it should be.
    let err = draft(r#""overview":"text""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "drafts[0].overview: invalid type: string \"text\", expected struct Overview"
    );
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let env = parse_file(&read("good", "utf8-bom.json")).unwrap();
    assert_eq!(env.drafts[0].overview.title, "Résidence à Lyon");
}

#[test]
fn newer_files_are_refused_with_a_clear_message() {
    let text = format!(
        r#"{{"format":"trajectory-studio","schema_version":{},"drafts":[]}}"#,
        SCHEMA_VERSION + 1
    );
    let err = parse_file(text.as_bytes()).unwrap_err();
    assert_eq!(err.first().path, "schema_version");
    assert!(
        err.to_string()
            .contains("newer version of Trajectory Studio"),
        "{err}"
    );
}

#[test]
fn storage_form_is_a_one_draft_file() {
    let env = parse_file(&read("good", "full.json")).unwrap();
    let stored = to_storage(&env.drafts[0], "2026-12-01T00:00:00Z");
    let back = parse_file(stored.as_bytes()).unwrap();
    assert_eq!(back.drafts, env.drafts);
    assert_eq!(back.schema_version, SCHEMA_VERSION);
    assert_eq!(back.app_version, APP_VERSION);
}

#[test]
fn several_problems_are_counted() {
    let mut env = parse_file(&read("good", "full.json")).unwrap();
    let ghost = Id::new();
    env.drafts[0].phases[0].expert_ids = vec![ghost, ghost];
    let err = parse_file(to_file(&env.drafts, "now").as_bytes()).unwrap_err();
    assert_eq!(err.0.len(), 2);
    assert!(err.to_string().ends_with("(and 1 more problem)"), "{err}");
    assert!(
        err.to_string()
            .starts_with("drafts[0].phases[0].expert_ids[0]: "),
        "{err}"
    );
}

#[test]
fn numbers_in_unknown_fields_come_back_to_the_last_digit() {
    // Found by fuzzing: numbers with long mantissas in fields this app does
    // not know changed in their last digit after a load and a save, until
    // serde_json parsed floats correctly rounded (`float_roundtrip`).
    let input = include_bytes!("../../fuzz/regressions/float-in-unknown-field.json");
    let first = parse_file(input).unwrap();
    let again = parse_file(to_file(&first.drafts, "now").as_bytes()).unwrap();
    assert_eq!(again.drafts, first.drafts);
}

#[test]
fn the_cap_counts_characters_not_source_bytes() {
    let full = String::from_utf8(read("good", "full.json")).unwrap();
    // 100 000 characters written as 200 000 bytes of escapes: within the cap,
    // though the source string is twice as long.
    let escaped = "\\n".repeat(MAX_TEXT_CHARS);
    let notes = "\"notes\": \"Board meeting on 12 December.\"";
    assert!(full.contains(notes));
    let near = full.replacen(notes, &format!("\"notes\": \"{escaped}\""), 1);
    assert!(longest_string(near.as_bytes()) > MAX_TEXT_CHARS);
    let read = parse_file(near.as_bytes()).unwrap();
    assert_eq!(
        read.drafts[0].notes.chars().filter(|c| *c == '\n').count(),
        MAX_TEXT_CHARS
    );
    // One character over is refused, with its place.
    let over = full.replacen(notes, &format!("\"notes\": \"x{escaped}\""), 1);
    let err = parse_file(over.as_bytes()).unwrap_err();
    assert_eq!(err.first().path, "drafts[0].notes");
    assert!(
        parse_stored(over.as_bytes()).is_ok(),
        "stored drafts have no cap"
    );
}

#[test]
fn the_scan_measures_strings_in_source_bytes_and_nesting_outside_strings() {
    let longest = longest_string;
    assert_eq!(longest(br#"{"a": "bc", "d": 1}"#), 2);
    assert_eq!(longest(br#"[1, "a", {"bcd": "x"}, "ef"]"#), 3);
    assert_eq!(longest(br#"["x\"y\\"]"#), 6);
    assert_eq!(longest("[\"é\"]".as_bytes()), 2);
    assert_eq!(longest(br#"[1, 2]"#), 0);
    // An unterminated string runs to the end; a lone backslash at the end too.
    assert_eq!(longest(br#"["abc"#), 3);
    assert_eq!(longest(b"[\"ab\\"), 3);

    assert_eq!(depth(b"1"), 0);
    assert_eq!(depth(br#"{"a": [1, {"b": []}], "c": {}}"#), 4);
    // Brackets inside strings, escaped quotes included, are text.
    assert_eq!(depth(br#"["[[{", "\"[[["]"#), 1);
    assert_eq!(depth(br#"[]]]][[]"#), 2);
}

#[test]
fn a_library_is_read_member_by_member_with_the_same_errors_as_a_whole_file() {
    // A wrong type deep in the third draft: the path names the draft, and
    // no line or column of the draft's own text leaks into the message.
    let one = String::from_utf8(read("good", "full.json")).unwrap();
    let env = parse_file(one.as_bytes()).unwrap();
    let mut drafts = vec![env.drafts[0].clone(); 3];
    for d in &mut drafts {
        d.id = Id::new();
    }
    let file = to_file(&drafts, "2026-12-01T00:00:00Z");
    let back = parse_file(file.as_bytes()).unwrap();
    assert_eq!(back.drafts, drafts);
    assert_eq!(back.exported_at, "2026-12-01T00:00:00Z");

    let title = format!(
        "\"title\": {}",
        serde_json::to_string(&drafts[2].overview.title).unwrap()
    );
    let at = file.rfind(&title).expect("the third title");
    let broken = format!("{}\"title\": 42{}", &file[..at], &file[at + title.len()..]);
    let err = parse_file(broken.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "drafts[2].overview.title: invalid type: integer `42`, expected a string"
    );

    // Envelope members keep their types too.
    let odd = file.replacen(
        "\"exported_at\": \"2026-12-01T00:00:00Z\"",
        "\"exported_at\": [1]",
        1,
    );
    assert_eq!(
        parse_file(odd.as_bytes()).unwrap_err().to_string(),
        "exported_at: invalid type: sequence, expected a string"
    );
}

#[test]
fn the_path_is_read_off_the_text_where_the_reader_stopped() {
    // `|` marks where serde_json stopped; it is not part of the JSON.
    let at = |marked: &str| {
        let stop = marked.find('|').unwrap();
        path_at(marked.replace('|', "").as_bytes(), stop)
    };
    // Just after a value: that value.
    assert_eq!(at(r#"{"a": {"b": 1, "c": "x"|}}"#), "a.c");
    assert_eq!(at(r#"{"a": {"b": 12|, "c": "x"}}"#), "a.b");
    // Just after a container closed (a missing field): the container.
    assert_eq!(at(r#"{"a": {"b": 1}|, "c": 2}"#), "a");
    // Before a value it refused at its first byte: that value.
    assert_eq!(at(r#"{"a": 1, "b": |[2]}"#), "b");
    assert_eq!(at(r#"{"a": [1, |{"x": 1}]}"#), "a[1]");
    // Inside arrays of objects, with brackets and quotes inside strings.
    assert_eq!(
        at(r#"{"p": [{"t": "[{,\"}"}, {"t": "ok", "id": "x"|}]}"#),
        "p[1].id"
    );
    assert_eq!(at(r#"[[1, 2], [3, 4|]]"#), "[1][1]");
    assert_eq!(at(r#"{"a": 1}|"#), "");
    // Past the end is the end.
    assert_eq!(path_at(br#"{"a": [true]}"#, 99), "");
}

#[test]
fn serde_json_positions_become_byte_offsets() {
    let text = "ab\ncde\n\nf";
    assert_eq!(byte_offset(text, 1, 2), 2);
    assert_eq!(byte_offset(text, 2, 0), 3);
    assert_eq!(byte_offset(text, 2, 3), 6);
    assert_eq!(byte_offset(text, 3, 0), 7);
    assert_eq!(byte_offset(text, 4, 1), 9);
    assert_eq!(byte_offset(text, 9, 0), text.len());
    assert_eq!(byte_offset(text, 0, 0), 0);
}

#[test]
fn messages_lose_only_a_trailing_position() {
    assert_eq!(without_position("bad at line 3 column 12"), "bad");
    assert_eq!(without_position("seen at line one"), "seen at line one");
    assert_eq!(without_position("at line 3 column x"), "at line 3 column x");
    assert_eq!(without_position("plain"), "plain");
}

#[test]
fn files_and_stored_drafts_are_laid_out_as_serde_json_does() {
    for name in json_files("good") {
        let drafts = parse_file(&read("good", &name)).unwrap().drafts;
        let file = to_file(&drafts, "2026-12-01T00:00:00Z");
        let value: Value = serde_json::from_str(&file).unwrap();
        assert_eq!(
            file,
            serde_json::to_string_pretty(&value).unwrap(),
            "{name}"
        );
        for draft in &drafts {
            let stored = to_storage(draft, "2026-12-01T00:00:00Z");
            let value: Value = serde_json::from_str(&stored).unwrap();
            assert_eq!(stored, serde_json::to_string(&value).unwrap(), "{name}");
        }
    }
}

// Property tests: proptest's random source does not build for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod props;

/// The envelope is read in one pass with `drafts` cut into its items on the
/// way: whatever else `drafts` holds is "not a list", and a syntax error in
/// it is still the file's, with its line.
#[test]
fn drafts_that_are_not_a_list_are_named_whatever_they_hold() {
    for drafts in [
        r#""x""#,
        "1",
        "-2",
        "1.5",
        "null",
        "true",
        r#"{"a": [1, {"b": 2}]}"#,
    ] {
        let text = format!(
            r#"{{"format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "drafts": {drafts}}}"#
        );
        let err = parse_file(text.as_bytes()).unwrap_err();
        assert_eq!(
            err.0,
            vec![ImportProblem {
                path: "drafts".into(),
                kind: ImportKind::NotAList
            }],
            "{drafts}"
        );
    }
    let broken = format!(
        "{{\"format\": \"{FORMAT}\", \"schema_version\": {SCHEMA_VERSION},\n\"drafts\": [{{\"a\": }}]}}"
    );
    let err = parse_file(broken.as_bytes()).unwrap_err();
    assert!(
        matches!(err.0[0].kind, ImportKind::NotJson { line: 2, .. }),
        "{err:?}"
    );
    let empty =
        format!(r#"{{"format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "drafts": []}}"#);
    assert!(parse_file(empty.as_bytes()).unwrap().drafts.is_empty());
}
