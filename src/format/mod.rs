//! The JSON file format: one envelope for one draft or a bundle of drafts,
//! versioned, migrated step by step, and checked with errors that name the place.
//!
//! ```json
//! {"format": "trajectory-studio", "schema_version": 1, "exported_at": "…",
//!  "app_version": "…", "drafts": [ … ]}
//! ```

mod migrate;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::{Draft, Problem, check_integrity};

pub use migrate::{MIGRATIONS, Migration, migrate_with};

/// The `format` every file carries.
pub const FORMAT: &str = "trajectory-studio";
/// The schema this app writes and the newest it reads.
pub const SCHEMA_VERSION: u64 = 1;
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

/// Why a file cannot be imported: one or more problems, each at a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub Vec<Problem>);

impl ImportError {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        ImportError(vec![Problem {
            path: path.into(),
            message: message.into(),
        }])
    }

    fn whole(message: impl Into<String>) -> Self {
        ImportError::at("", message)
    }

    /// The first problem, which names the place to look.
    pub fn first(&self) -> &Problem {
        &self.0[0]
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.first();
        if p.path.is_empty() {
            write!(f, "{}", p.message)?;
        } else {
            write!(f, "{}: {}", p.path, p.message)?;
        }
        match self.0.len() {
            1 => Ok(()),
            2 => write!(f, " (and 1 more problem)"),
            n => write!(f, " (and {} more problems)", n - 1),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a file's bytes into validated drafts: decode, parse, check the
/// envelope, migrate to [`SCHEMA_VERSION`], type-check with paths, then check
/// what types cannot (ids, references, amounts).
pub fn parse_file(bytes: &[u8]) -> Result<Envelope, ImportError> {
    parse(bytes, true)
}

/// Reads a draft this app stored. The same checks as [`parse_file`] but the
/// per-text length cap: a guard against hostile files must never make a
/// programme someone typed impossible to open again.
pub fn parse_stored(bytes: &[u8]) -> Result<Envelope, ImportError> {
    parse(bytes, false)
}

fn parse(bytes: &[u8], cap_texts: bool) -> Result<Envelope, ImportError> {
    let text = decode(bytes)?;
    let envelope = checked_parse(text, cap_texts)?;
    let mut problems = Vec::new();
    for (i, draft) in envelope.drafts.iter().enumerate() {
        for p in check_integrity(draft) {
            problems.push(Problem {
                path: format!("drafts[{i}].{}", p.path),
                message: p.message,
            });
        }
    }
    let mut seen = std::collections::HashMap::new();
    for (i, draft) in envelope.drafts.iter().enumerate() {
        if let Some(first) = seen.insert(draft.id, i) {
            problems.push(Problem {
                path: format!("drafts[{i}].id"),
                message: format!(
                    "duplicate draft id {} (already used by drafts[{first}])",
                    draft.id
                ),
            });
        }
    }
    if problems.is_empty() {
        Ok(envelope)
    } else {
        Err(ImportError(problems))
    }
}

/// The length in bytes of the longest string in a JSON text, escapes
/// included. A string never has more characters than its JSON source has
/// bytes, so a text whose strings are all at most `MAX_TEXT_CHARS` bytes
/// long needs no walk through its values to find an over-long one.
fn longest_string_bytes(json: &[u8]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while let Some(open) = json[i..].iter().position(|b| *b == b'"') {
        let start = i + open + 1;
        let mut j = start;
        while j < json.len() && json[j] != b'"' {
            j += if json[j] == b'\\' { 2 } else { 1 };
        }
        longest = longest.max(j.min(json.len()) - start);
        i = j + 1;
        if i >= json.len() {
            break;
        }
    }
    longest
}

/// Every check, in order, with errors that name their place: JSON, the
/// envelope, migrations from older schemas, the cap on texts, then types.
fn checked_parse(text: &str, cap_texts: bool) -> Result<Envelope, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(json_error)?;
    let value = check_envelope(value)?;
    let value = migrate_with(value, MIGRATIONS)?;
    // Only a file with a long string in its source needs the walk that
    // finds which text is too long and where.
    if cap_texts && longest_string_bytes(text.as_bytes()) > MAX_TEXT_CHARS {
        check_text_lengths(&value, &mut String::new())?;
    }
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = e.path().to_string();
        let message = plain_words(&e.into_inner().to_string());
        ImportError::at(if path == "." { String::new() } else { path }, message)
    })
}

/// Writes drafts as a file of the current schema, pretty-printed for people
/// who open it in an editor.
pub fn to_file(drafts: &[Draft], exported_at: &str) -> String {
    write(drafts, exported_at, true)
}

/// Compact form of [`to_file`] for storage, where nobody reads the text.
pub fn to_storage(draft: &Draft, saved_at: &str) -> String {
    write(std::slice::from_ref(draft), saved_at, false)
}

fn write(drafts: &[Draft], exported_at: &str, pretty: bool) -> String {
    let envelope = EnvelopeRef {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        exported_at,
        app_version: APP_VERSION,
        drafts,
    };
    let mut out = Vec::with_capacity(if pretty { 64 * 1024 } else { 32 * 1024 });
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Layout::new(pretty));
    // Plain data with string keys into memory: writing cannot fail, and
    // serde_json writes only UTF-8.
    if envelope.serialize(&mut serializer).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's pretty layout, or its compact one, chosen when writing.
///
/// One formatter type for both means one copy of every model type's
/// serialisation code in the app, not one per layout.
struct Layout {
    pretty: Option<serde_json::ser::PrettyFormatter<'static>>,
}

impl Layout {
    fn new(pretty: bool) -> Self {
        Layout {
            pretty: pretty.then(serde_json::ser::PrettyFormatter::new),
        }
    }
}

/// Each step: the pretty formatter's when pretty, else the compact default.
macro_rules! layout_steps {
    ($($name:ident($($arg:ident: $t:ty),*);)*) => {
        $(
            fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W $(, $arg: $t)*) -> std::io::Result<()> {
                match &mut self.pretty {
                    Some(p) => p.$name(w $(, $arg)*),
                    None => serde_json::ser::CompactFormatter.$name(w $(, $arg)*),
                }
            }
        )*
    };
}

impl serde_json::ser::Formatter for Layout {
    layout_steps! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'a str,
    schema_version: u64,
    exported_at: &'a str,
    app_version: &'a str,
    drafts: &'a [Draft],
}

fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::whole(format!(
            "the file is {:.1} MB; at most {} MB can be imported",
            bytes.len() as f64 / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::whole(
            "the file is UTF-16 text; save it as UTF-8 and import it again",
        ));
    }
    // Editors on Windows often add a UTF-8 byte-order mark: harmless, so skipped.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::whole("the file is empty"));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        ImportError::whole(format!(
            "the file is not UTF-8 text (bad byte at position {})",
            e.valid_up_to()
        ))
    })
}

fn json_error(e: serde_json::Error) -> ImportError {
    let text = e.to_string();
    if text.starts_with("recursion limit exceeded") {
        return ImportError::whole(format!(
            "the file is nested too deeply to be a programme (line {}, column {})",
            e.line(),
            e.column()
        ));
    }
    // serde_json appends " at line L column C"; say it our way.
    let reason = text.split(" at line ").next().unwrap_or(&text);
    ImportError::whole(format!(
        "not valid JSON at line {}, column {}: {reason}",
        e.line(),
        e.column()
    ))
}

/// serde names Rust types ("expected u32"); say what a person would.
fn plain_words(message: &str) -> String {
    message
        .replace("expected u32", "expected a whole number of 0 or more")
        .replace("expected u64", "expected a whole number of 0 or more")
        .replace("expected a boolean", "expected true or false")
}

fn check_envelope(value: Value) -> Result<Value, ImportError> {
    let not_ours = || {
        ImportError::whole(format!(
            "not a Trajectory Studio file: expected a JSON object with \"format\": \"{FORMAT}\""
        ))
    };
    let Value::Object(map) = &value else {
        return Err(not_ours());
    };
    match map.get("format") {
        None => return Err(not_ours()),
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(ImportError::at(
                "format",
                format!("{other} is not \"{FORMAT}\": this file is not a Trajectory Studio file"),
            ));
        }
    }
    let version = match map.get("schema_version") {
        None => {
            return Err(ImportError::at(
                "schema_version",
                "missing (expected a whole number)",
            ));
        }
        Some(v) => v.as_u64().filter(|n| *n >= 1).ok_or_else(|| {
            ImportError::at(
                "schema_version",
                format!("{v} is not a schema version (expected 1 or more)"),
            )
        })?,
    };
    if version > SCHEMA_VERSION {
        return Err(ImportError::at(
            "schema_version",
            format!(
                "this file was made by a newer version of Trajectory Studio (schema version {version}; \
                 this app reads up to {SCHEMA_VERSION}). Update the app to open it."
            ),
        ));
    }
    match map.get("drafts") {
        Some(Value::Array(_)) => Ok(value),
        None => Err(ImportError::at(
            "drafts",
            "missing (expected a list of programmes)",
        )),
        Some(_) => Err(ImportError::at("drafts", "not a list of programmes")),
    }
}

fn check_text_lengths(value: &Value, path: &mut String) -> Result<(), ImportError> {
    match value {
        Value::String(s) => {
            // Cheap byte test first; count characters only for the long ones.
            if s.len() > MAX_TEXT_CHARS {
                let chars = s.chars().count();
                if chars > MAX_TEXT_CHARS {
                    return Err(ImportError::at(
                        path.clone(),
                        format!("text is too long ({chars} characters; at most {MAX_TEXT_CHARS})"),
                    ));
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_text_lengths(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                check_text_lengths(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
#[cfg(test)]
mod tests;
