use super::*;

fn read(text: &str) -> Result<Value, String> {
    serde_json::from_str::<Strict>(text)
        .map(|Strict(v)| v)
        .map_err(|e| e.to_string())
}

#[test]
fn reads_what_serde_json_reads() {
    let text = r#"{"a": [1, -2, 2.5, "x", true, null, {"b": {}}], "c": "\u00e9"}"#;
    assert_eq!(read(text), Ok(serde_json::from_str::<Value>(text).unwrap()));
}

#[test]
fn a_key_twice_in_one_object_is_refused_at_any_depth() {
    assert!(
        read(r#"{"a": 1, "a": 2}"#)
            .unwrap_err()
            .starts_with("duplicate field `a`")
    );
    assert!(
        read(r#"{"d": [{"x": {"n": 1, "n": 1}}]}"#)
            .unwrap_err()
            .starts_with("duplicate field `n`")
    );
    // The same key in two objects is two keys.
    assert!(read(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
}
