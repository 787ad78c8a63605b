//! The JSON file format: one envelope for one draft or a bundle of drafts,
//! versioned, migrated step by step, and checked with errors that name the place.
//!
//! ```json
//! {"format": "trajectory-studio", "schema_version": 1, "exported_at": "…",
//!  "app_version": "…", "drafts": [ … ]}
//! ```

mod migrate;

use std::collections::BTreeMap;

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

/// What a byte scan of a JSON text tells before anything is parsed.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    /// The length in bytes of the longest string, escapes included. A string
    /// never has more characters than its JSON source has bytes, so a text
    /// whose strings are all at most `MAX_TEXT_CHARS` bytes long needs no
    /// walk through its values to find an over-long one.
    longest_string: usize,
    /// The deepest nesting of arrays and objects.
    depth: usize,
}

/// The index of the quote that closes the JSON string opened at `open`
/// (escapes skipped), or the text's length when the string runs to the end.
fn string_end(json: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < json.len() && json[i] != b'"' {
        i += if json[i] == b'\\' { 2 } else { 1 };
    }
    i.min(json.len())
}

fn shape(json: &[u8]) -> Shape {
    let (mut longest_string, mut depth, mut open) = (0, 0, 0usize);
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'"' => {
                let end = string_end(json, i);
                longest_string = longest_string.max(end - (i + 1));
                i = end;
            }
            b'[' | b'{' => {
                open += 1;
                depth = depth.max(open);
            }
            b']' | b'}' => open = open.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Shape {
        longest_string,
        depth,
    }
}

/// Deeper than this, a file is read whole first so that the parser's own
/// limit names the place. A programme is about eight levels deep.
const PLAIN_DEPTH: usize = 64;

/// Every check, in order, with errors that name their place: JSON, the
/// envelope, migrations from older schemas, the cap on texts, then types.
///
/// The drafts are typed straight from their text, one at a time: the file is
/// never held as a tree of JSON values, which for a library of programmes
/// costs many times its size in memory. Only files that need it are read
/// whole: an older schema, a text over the cap, a suspicious depth.
fn checked_parse(text: &str, cap_texts: bool) -> Result<Envelope, ImportError> {
    let shape = shape(text.as_bytes());
    if shape.depth > PLAIN_DEPTH {
        serde_json::from_str::<Value>(text).map_err(json_error)?;
    }
    let mut members = envelope_members(text)?;
    let version = check_envelope(&members)?;
    if version < SCHEMA_VERSION {
        let value = serde_json::from_str(text).map_err(json_error)?;
        let upgraded = migrate_with(value, MIGRATIONS)?;
        return checked_parse(&upgraded.to_string(), cap_texts);
    }
    if cap_texts && shape.longest_string > MAX_TEXT_CHARS {
        let value = serde_json::from_str(text).map_err(json_error)?;
        check_text_lengths(&value, &mut String::new())?;
    }
    let drafts = members.remove("drafts").ok_or_else(not_a_list)?;
    let drafts: Vec<&serde_json::value::RawValue> =
        serde_json::from_str(drafts.get()).map_err(|_| not_a_list())?;
    let drafts = drafts
        .iter()
        .enumerate()
        .map(|(i, raw)| typed(raw.get(), &format!("drafts[{i}]")))
        .collect::<Result<_, _>>()?;
    let mut text_member = |name: &str| match members.remove(name) {
        None => Ok(String::new()),
        Some(raw) => typed(raw.get(), name),
    };
    let exported_at = text_member("exported_at")?;
    let app_version = text_member("app_version")?;
    let extra = members
        .into_iter()
        .map(|(key, raw)| Ok((key, typed(raw.get(), "")?)))
        .collect::<Result<_, ImportError>>()?;
    Ok(Envelope {
        format: FORMAT.into(),
        schema_version: version,
        exported_at,
        app_version,
        drafts,
        extra,
    })
}

/// The file's top-level members as raw JSON. This checks the syntax of the
/// whole file but builds nothing inside the members.
fn envelope_members(
    text: &str,
) -> Result<BTreeMap<String, &serde_json::value::RawValue>, ImportError> {
    serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => not_ours(),
        _ => json_error(e),
    })
}

/// One value typed from its text, with errors at `at` and the path within.
///
/// serde_json says where in the text it stopped; the path is read off the
/// text only then, so a file that is fine pays nothing for it.
fn typed<T: serde::de::DeserializeOwned>(text: &str, at: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        let stop = byte_offset(text, e.line(), e.column());
        let inner = path_at(text.as_bytes(), stop);
        let path = match (at, inner.as_str()) {
            (at, "") => at.to_string(),
            ("", inner) => inner.to_string(),
            (at, inner) if inner.starts_with('[') => format!("{at}{inner}"),
            (at, inner) => format!("{at}.{inner}"),
        };
        ImportError::at(path, plain_words(without_position(&e.to_string())))
    })
}

/// The byte at serde_json's line (from 1) and column (bytes into the line).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    (line_start + column).min(text.len())
}

/// Where a reader of valid JSON is within the document.
#[derive(Clone, Copy)]
enum Frame {
    /// In an object: the byte range of the current key, once it is read.
    Object(Option<(usize, usize)>),
    /// In an array: the current index, and whether its value has begun.
    Array(usize, bool),
}

fn render(json: &[u8], stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match *frame {
            Frame::Object(Some((from, to))) => {
                if !path.is_empty() {
                    path.push('.');
                }
                let key = json.get(from..to).unwrap_or_default();
                path.push_str(&String::from_utf8_lossy(key));
            }
            Frame::Array(index, true) => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

/// The path (`overview.title`, `phases[3].id`) of what a reader of the valid
/// JSON `json` was reading when it stopped before byte `stop`: the latest
/// key read, value begun or container closed, or the value that begins
/// right at `stop`.
fn path_at(json: &[u8], stop: usize) -> String {
    let stop = stop.min(json.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut path = String::new();
    let mut i = 0;
    while i < stop {
        match json[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index, begun)) => {
                    *index += 1;
                    *begun = false;
                }
                None => {}
            },
            b'}' | b']' => {
                stack.pop();
                path = render(json, &stack);
            }
            first => {
                let from = i;
                if first == b'"' {
                    i = string_end(json, i);
                } else if first != b'{' && first != b'[' {
                    while i + 1 < json.len() && !b" \t\n\r,}]".contains(&json[i + 1]) {
                        i += 1;
                    }
                }
                match stack.last_mut() {
                    Some(Frame::Object(key @ None)) => *key = Some((from + 1, i)),
                    Some(Frame::Array(_, begun)) => *begun = true,
                    _ => {}
                }
                path = render(json, &stack);
                match first {
                    b'{' => stack.push(Frame::Object(None)),
                    b'[' => stack.push(Frame::Array(0, false)),
                    _ => {}
                }
            }
        }
        i += 1;
    }
    // A value that begins right where the reader stopped: it looked at its
    // first byte and refused it.
    let next = json[stop..].iter().find(|b| !b.is_ascii_whitespace());
    if next.is_some_and(|b| !b",:}]".contains(b))
        && let Some(Frame::Array(_, begun)) = stack.last_mut()
    {
        *begun = true;
        path = render(json, &stack);
    }
    path
}

/// serde_json ends a message with " at line L column C"; within one member
/// that place means nothing to a person, and the path says where.
fn without_position(message: &str) -> &str {
    match message.rsplit_once(" at line ") {
        Some((head, tail))
            if tail
                .split(" column ")
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            head
        }
        _ => message,
    }
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

fn not_ours() -> ImportError {
    ImportError::whole(format!(
        "not a Trajectory Studio file: expected a JSON object with \"format\": \"{FORMAT}\""
    ))
}

fn not_a_list() -> ImportError {
    ImportError::at("drafts", "not a list of programmes")
}

/// An envelope member as the message shows it: compact JSON, or the file's
/// own text when it holds no value serde_json can represent.
fn as_written(member: &Result<Value, String>) -> String {
    match member {
        Ok(v) => v.to_string(),
        Err(raw) => raw.clone(),
    }
}

/// Checks the envelope's members and returns the file's schema version.
fn check_envelope(
    members: &BTreeMap<String, &serde_json::value::RawValue>,
) -> Result<u64, ImportError> {
    // A member serde_json cannot hold as a value (a number out of range, such
    // as `1e400`) is named by its raw text, never as the `null` it is not.
    let value = |name: &str| {
        members.get(name).map(|raw| {
            serde_json::from_str::<Value>(raw.get()).map_err(|_| raw.get().trim().to_string())
        })
    };
    match value("format") {
        None => return Err(not_ours()),
        Some(Ok(Value::String(f))) if f == FORMAT => {}
        Some(other) => {
            return Err(ImportError::at(
                "format",
                format!(
                    "{} is not \"{FORMAT}\": this file is not a Trajectory Studio file",
                    as_written(&other)
                ),
            ));
        }
    }
    let version = match value("schema_version") {
        None => {
            return Err(ImportError::at(
                "schema_version",
                "missing (expected a whole number)",
            ));
        }
        Some(v) => v
            .as_ref()
            .ok()
            .and_then(Value::as_u64)
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                ImportError::at(
                    "schema_version",
                    format!(
                        "{} is not a schema version (expected 1 or more)",
                        as_written(&v)
                    ),
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
    match members.get("drafts") {
        None => Err(ImportError::at(
            "drafts",
            "missing (expected a list of programmes)",
        )),
        Some(raw) if raw.get().starts_with('[') => Ok(version),
        Some(_) => Err(not_a_list()),
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
