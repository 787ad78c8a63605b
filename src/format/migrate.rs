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

/// The app's migrations, oldest first. Schema 1 is the first published
/// version, so there is nothing to step over yet; a change to the format adds
/// a step here and bumps [`SCHEMA_VERSION`].
pub const MIGRATIONS: &[Migration] = &[];

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
