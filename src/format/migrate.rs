//! Migrations: pure steps from schema version N to N+1 on raw JSON, applied in
//! order until the file is at [`SCHEMA_VERSION`](super::SCHEMA_VERSION).

use serde_json::Value;

use super::{ImportError, ImportKind, SCHEMA_VERSION};

/// One step: turns an envelope of version `from` into one of `from + 1`.
/// It edits the drafts; the pipeline updates `schema_version`.
pub struct Migration {
    pub from: u64,
    pub step: fn(Value) -> Result<Value, String>,
}

/// The app's migrations, oldest first. A change to the format adds a step
/// here and bumps [`SCHEMA_VERSION`].
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    step: running_part,
}];

/// Schema 2 adds the programme as it runs (participants, mentors,
/// sessions) beside its design: a programme of schema 1 was designed
/// only, so it gets an empty running part and keeps everything else as
/// it was, unknown fields included.
fn running_part(mut value: Value) -> Result<Value, String> {
    let drafts = value
        .get_mut("drafts")
        .and_then(Value::as_array_mut)
        .ok_or("the file holds no list of drafts")?;
    for draft in drafts {
        let draft = draft.as_object_mut().ok_or("a draft is not an object")?;
        if draft.contains_key("running") {
            return Err("a programme of schema 1 has no running part".into());
        }
        draft.insert(
            "running".into(),
            serde_json::json!({"participants": [], "assignments": [], "sessions": []}),
        );
    }
    Ok(value)
}

/// Applies `steps` to `value` from its `schema_version` up to
/// [`SCHEMA_VERSION`]; a missing step is an error, never a silent skip.
pub fn migrate_with(mut value: Value, steps: &[Migration]) -> Result<Value, ImportError> {
    let mut version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::at("schema_version", ImportKind::VersionMissing))?;
    while version < SCHEMA_VERSION {
        let step = steps.iter().find(|m| m.from == version).ok_or_else(|| {
            ImportError::at("schema_version", ImportKind::NoMigration { version })
        })?;
        value = (step.step)(value).map_err(|reason| {
            ImportError::at("", ImportKind::MigrationFailed { version, reason })
        })?;
        version += 1;
        if let Some(map) = value.as_object_mut() {
            map.insert("schema_version".into(), Value::from(version));
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests;
