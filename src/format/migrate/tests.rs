//! Migration steps run in order, and a missing or failing step is an error.

use super::*;
use serde_json::json;

fn fails(_: Value) -> Result<Value, String> {
    Err("broken".into())
}

#[test]
fn current_version_passes_unchanged() {
    let v = json!({"schema_version": SCHEMA_VERSION, "drafts": []});
    assert_eq!(migrate_with(v.clone(), MIGRATIONS).unwrap(), v);
}

fn mark(mut v: Value) -> Result<Value, String> {
    let at = v["schema_version"].clone();
    v["steps"].as_array_mut().ok_or("no steps")?.push(at);
    Ok(v)
}

#[test]
fn steps_run_in_order_and_bump_the_version() {
    // One marking step for every version from a virtual 0 up to today's.
    let steps: Vec<Migration> = (0..SCHEMA_VERSION)
        .rev()
        .map(|from| Migration { from, step: mark })
        .collect();
    let v = json!({"schema_version": 0, "steps": [], "drafts": []});
    let out = migrate_with(v, &steps).unwrap();
    let expected: Vec<Value> = (0..SCHEMA_VERSION).map(Value::from).collect();
    assert_eq!(out["steps"], Value::Array(expected));
    assert_eq!(out["schema_version"], SCHEMA_VERSION);
}

#[test]
fn a_missing_step_is_an_error() {
    let v = json!({"schema_version": 0, "drafts": []});
    let err = migrate_with(v, &[]).unwrap_err();
    assert_eq!(err.first().path, "schema_version");
    assert!(err.to_string().contains("no way to read schema version 0"));
}

#[test]
fn a_failing_step_is_reported() {
    let v = json!({"schema_version": 0, "drafts": []});
    let err = migrate_with(
        v,
        &[Migration {
            from: 0,
            step: fails,
        }],
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("could not upgrade from schema version 0: broken")
    );
}

#[test]
fn a_designed_programme_of_schema_1_gets_an_empty_running_part_and_keeps_the_rest() {
    let v = json!({"format": "trajectory-studio", "schema_version": 1, "drafts": [
        {"id": "00000000-0000-4000-8000-000000000001", "overview": {"title": "A"}, "kept": [1, 2]},
        {"id": "00000000-0000-4000-8000-000000000002"}
    ]});
    let out = migrate_with(v, MIGRATIONS).unwrap();
    assert_eq!(out["schema_version"], 2);
    let empty = json!({"participants": [], "assignments": [], "sessions": []});
    assert_eq!(out["drafts"][0]["running"], empty);
    assert_eq!(out["drafts"][1]["running"], empty);
    assert_eq!(out["drafts"][0]["overview"]["title"], "A");
    assert_eq!(
        out["drafts"][0]["kept"],
        json!([1, 2]),
        "unknown fields stay"
    );
}

#[test]
fn a_schema_1_file_that_cannot_be_one_is_refused_with_the_reason() {
    for (v, reason) in [
        (
            json!({"schema_version": 1, "drafts": {}}),
            "no list of drafts",
        ),
        (json!({"schema_version": 1, "drafts": [3]}), "not an object"),
        (
            json!({"schema_version": 1, "drafts": [{"running": {}}]}),
            "has no running part",
        ),
    ] {
        let err = migrate_with(v, MIGRATIONS).unwrap_err();
        assert!(err.to_string().contains(reason), "{err}");
    }
}
