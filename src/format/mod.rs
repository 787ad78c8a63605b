//! The JSON file format: one envelope for one draft or a bundle of drafts,
//! versioned, migrated step by step, and checked with errors that name the place.
//!
//! ```json
//! {"format": "trajectory-studio", "schema_version": 2, "exported_at": "…",
//!  "app_version": "…", "drafts": [ … ]}
//! ```
//!
//! One file per job: `read` (bytes to validated drafts), `write` (drafts
//! to text), `scan` (a byte scanner of JSON text that finds the path where
//! reading stopped), `migrate` (older schemas to this one), `error` (what
//! went wrong, where, as values) and [`words`] (those values in English or
//! French, for the interface).

pub mod applicants;
mod error;
pub mod link;
pub mod log_sheet;
mod migrate;
mod read;
mod scan;
pub mod sheet;
mod strict;
pub mod words;
mod write;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::Draft;

pub use error::{Expected, Found, ImportError, ImportKind, ImportProblem, Syntax, ValueFault};
pub use migrate::{MIGRATIONS, Migration, migrate_with};
pub use read::{parse_file, parse_stored};
pub use write::{to_file, to_storage};

/// The `format` every file carries.
pub const FORMAT: &str = "trajectory-studio";
/// The schema this app writes and the newest it reads.
pub const SCHEMA_VERSION: u64 = 2;
/// The app's version, written into every file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// No single text in a draft may be longer than this many characters.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The file as written: metadata and the drafts it carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub schema_version: u64,
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub app_version: String,
    pub drafts: Vec<Draft>,
    #[serde(flatten, skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
}

#[cfg(test)]
mod tests;
