//! Reading: bytes to validated drafts, through decoding, the envelope,
//! migrations, the cap on texts, types with paths, and integrity checks.

use std::collections::BTreeMap;

use serde_json::Value;

use super::error::{ImportKind, ImportProblem, Syntax, ValueFault};
use super::scan::{byte_offset, depth, longest_string, path_at};
use super::{
    Envelope, FORMAT, ImportError, MAX_FILE_BYTES, MAX_TEXT_CHARS, MIGRATIONS, SCHEMA_VERSION,
    migrate_with,
};
use crate::model::check_integrity;

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
            problems.push(ImportProblem {
                path: format!("drafts[{i}].{}", p.path),
                kind: ImportKind::Integrity(p.issue),
            });
        }
    }
    let mut seen = std::collections::HashMap::new();
    for (i, draft) in envelope.drafts.iter().enumerate() {
        if let Some(first) = seen.insert(draft.id, i) {
            problems.push(ImportProblem {
                path: format!("drafts[{i}].id"),
                kind: ImportKind::DuplicateDraftId {
                    id: draft.id,
                    first,
                },
            });
        }
    }
    if problems.is_empty() {
        Ok(envelope)
    } else {
        Err(ImportError(problems))
    }
}

/// Deeper than this, a file is read whole first so that the parser's own
/// limit names the place. A programme is about eight levels deep.
const PLAIN_DEPTH: usize = 64;

/// Every check, in order, with errors that name their place: JSON, the
/// envelope, migrations from older schemas, the cap on texts, then types.
///
/// A sound file of the current schema is typed in one pass ([`Current`]).
/// Any other is read in steps, its drafts typed straight from their text,
/// one at a time. Either way the file is never held as a tree of JSON
/// values, which for a library of programmes costs many times its size in
/// memory. Only files that need it are read whole: an older schema, a text
/// over the cap, a suspicious depth.
fn checked_parse(text: &str, cap_texts: bool) -> Result<Envelope, ImportError> {
    let longest = longest_string(text.as_bytes());
    if !(cap_texts && longest > MAX_TEXT_CHARS)
        && let Some(envelope) = one_pass(text)
    {
        return Ok(envelope);
    }
    // Too deep for the one pass (which has the parser's own limit) or not:
    // the depth only decides how a fault is named.
    if depth(text.as_bytes()) > PLAIN_DEPTH {
        serde_json::from_str::<Value>(text).map_err(json_error)?;
    }
    in_steps(text, longest, cap_texts)
}

/// A sound file of the current schema, typed in one pass; `None` for any
/// other (see [`Current`]).
pub(super) fn one_pass(text: &str) -> Option<Envelope> {
    serde_json::from_str(text)
        .ok()
        .map(|Current(envelope)| envelope)
}

/// The reading step by step: the envelope, then the drafts one at a time.
/// `longest` is the [`longest_string`] of `text`.
pub(super) fn in_steps(
    text: &str,
    longest: usize,
    cap_texts: bool,
) -> Result<Envelope, ImportError> {
    let Members {
        drafts,
        members: mut rest,
    } = envelope_members(text)?;
    let version = check_envelope(&rest, drafts.as_ref())?;
    if version < SCHEMA_VERSION {
        let super::strict::Strict(value) = typed(text, "")?;
        let upgraded = migrate_with(value, MIGRATIONS)?;
        return checked_parse(&upgraded.to_string(), cap_texts);
    }
    if cap_texts && longest > MAX_TEXT_CHARS {
        let value = serde_json::from_str(text).map_err(json_error)?;
        check_text_lengths(&value, &mut String::new())?;
    }
    let drafts = drafts.flatten().ok_or_else(not_a_list)?;
    let drafts = drafts
        .iter()
        .enumerate()
        .map(|(i, raw)| typed(raw.get(), &format!("drafts[{i}]")))
        .collect::<Result<_, _>>()?;
    let mut text_member = |name: &str| match rest.remove(name) {
        None => Ok(String::new()),
        Some(raw) => typed(raw.get(), name),
    };
    let exported_at = text_member("exported_at")?;
    let app_version = text_member("app_version")?;
    // Checked above, and fields of their own: not among the unknown members.
    rest.remove("format");
    rest.remove("schema_version");
    let extra = rest
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

/// A sound file of the current schema, as this app writes one: its format
/// and version come before its drafts, so the drafts are typed as they are
/// read, in one pass. Any other file, or a fault anywhere, is refused here
/// without a word, and [`checked_parse`] reads it step by step to say what is
/// wrong and where (or to migrate it).
struct Current(Envelope);

impl<'de> serde::Deserialize<'de> for Current {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{Error, MapAccess, Visitor};
        struct Object;
        impl<'de> Visitor<'de> for Object {
            type Value = Current;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a file of the current schema")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Current, A::Error> {
                let other = || A::Error::custom("read step by step");
                let (mut format, mut version) = (false, false);
                let mut drafts = None;
                let (mut exported_at, mut app_version) = (None, None);
                let mut extra = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "format" if !format => {
                            format = map.next_value::<std::borrow::Cow<'_, str>>()? == FORMAT;
                            if !format {
                                return Err(other());
                            }
                        }
                        "schema_version" if !version => {
                            version = map.next_value::<u64>()? == SCHEMA_VERSION;
                            if !version {
                                return Err(other());
                            }
                        }
                        "drafts" if format && version && drafts.is_none() => {
                            drafts = Some(map.next_value::<Vec<crate::model::Draft>>()?);
                        }
                        "exported_at" if exported_at.is_none() => {
                            exported_at = Some(map.next_value::<String>()?);
                        }
                        "app_version" if app_version.is_none() => {
                            app_version = Some(map.next_value::<String>()?);
                        }
                        // Twice, or the drafts before the version.
                        "format" | "schema_version" | "drafts" | "exported_at" | "app_version" => {
                            return Err(other());
                        }
                        _ => {
                            if extra.insert(key, map.next_value::<Value>()?).is_some() {
                                return Err(other());
                            }
                        }
                    }
                }
                Ok(Current(Envelope {
                    format: FORMAT.into(),
                    schema_version: SCHEMA_VERSION,
                    exported_at: exported_at.unwrap_or_default(),
                    app_version: app_version.unwrap_or_default(),
                    drafts: drafts.ok_or_else(other)?,
                    extra: extra.into_iter().collect(),
                }))
            }
        }
        d.deserialize_map(Object)
    }
}

type Raw<'a> = &'a serde_json::value::RawValue;

/// A file's top-level members as raw JSON, its `drafts` already cut into
/// their items: one pass checks the syntax of the whole file and builds
/// nothing inside the members.
struct Members<'a> {
    /// `None` when the file has no `drafts`; `Some(None)` when it is not a list.
    drafts: Option<Option<Vec<Raw<'a>>>>,
    /// Every other member.
    members: BTreeMap<String, Raw<'a>>,
}

fn envelope_members(text: &str) -> Result<Members<'_>, ImportError> {
    serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => not_ours(),
        _ => json_error(e),
    })
}

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> serde::de::Visitor<'de> for Object {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut drafts = None;
                let mut members = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    if key == "drafts" {
                        drafts = Some(map.next_value::<Items<'de>>()?.0);
                    } else {
                        members.insert(key, map.next_value()?);
                    }
                }
                Ok(Members { drafts, members })
            }
        }
        d.deserialize_map(Object)
    }
}

/// A member's items, as raw JSON, when it is a list; `None` when it is
/// anything else (read through, its syntax checked all the same).
struct Items<'a>(Option<Vec<Raw<'a>>>);

impl<'de> serde::Deserialize<'de> for Items<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{Error, IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct List;
        impl<'de> Visitor<'de> for List {
            type Value = Items<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Items(Some(items)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Items(None))
            }
            fn visit_bool<E: Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Items(None))
            }
            fn visit_i64<E: Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(Items(None))
            }
            fn visit_u64<E: Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(Items(None))
            }
            fn visit_f64<E: Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(Items(None))
            }
            fn visit_str<E: Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(Items(None))
            }
            fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
                Ok(Items(None))
            }
        }
        d.deserialize_any(List)
    }
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
        let message = plain_words(without_position(&e.to_string()));
        ImportError::at(path, ImportKind::Value(ValueFault::of(&message)))
    })
}

/// serde_json ends a message with " at line L column C"; within one member
/// that place means nothing to a person, and the path says where.
pub(super) fn without_position(message: &str) -> &str {
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

fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::whole(ImportKind::TooLarge {
            bytes: bytes.len(),
        }));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::whole(ImportKind::Utf16));
    }
    // Editors on Windows often add a UTF-8 byte-order mark: harmless, so skipped.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::whole(ImportKind::Empty));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        ImportError::whole(ImportKind::NotUtf8 {
            position: e.valid_up_to(),
        })
    })
}

fn json_error(e: serde_json::Error) -> ImportError {
    let text = e.to_string();
    if text.starts_with("recursion limit exceeded") {
        return ImportError::whole(ImportKind::TooDeep {
            line: e.line(),
            column: e.column(),
        });
    }
    // serde_json appends " at line L column C"; say it our way.
    let reason = text.split(" at line ").next().unwrap_or(&text);
    ImportError::whole(ImportKind::NotJson {
        line: e.line(),
        column: e.column(),
        reason: Syntax::of(reason),
    })
}

/// serde names Rust types ("expected u32"); say what a person would.
fn plain_words(message: &str) -> String {
    message
        .replace("expected u32", "expected a whole number of 0 or more")
        .replace("expected u64", "expected a whole number of 0 or more")
        .replace("expected a boolean", "expected true or false")
}

fn not_ours() -> ImportError {
    ImportError::whole(ImportKind::NotOurs)
}

fn not_a_list() -> ImportError {
    ImportError::at("drafts", ImportKind::NotAList)
}

/// An envelope member as the message shows it: compact JSON, or the file's
/// own text when it holds no value serde_json can represent.
fn as_written(member: &Result<Value, String>) -> String {
    match member {
        Ok(v) => v.to_string(),
        Err(raw) => raw.clone(),
    }
}

/// Checks the envelope's members (`drafts` apart) and returns the file's
/// schema version.
fn check_envelope(
    members: &BTreeMap<String, Raw<'_>>,
    drafts: Option<&Option<Vec<Raw<'_>>>>,
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
                ImportKind::WrongFormat {
                    found: as_written(&other),
                },
            ));
        }
    }
    let version = match value("schema_version") {
        None => {
            return Err(ImportError::at(
                "schema_version",
                ImportKind::VersionMissing,
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
                    ImportKind::NotAVersion {
                        found: as_written(&v),
                    },
                )
            })?,
    };
    if version > SCHEMA_VERSION {
        return Err(ImportError::at(
            "schema_version",
            ImportKind::NewerVersion {
                version,
                newest: SCHEMA_VERSION,
            },
        ));
    }
    match drafts {
        None => Err(ImportError::at("drafts", ImportKind::DraftsMissing)),
        Some(Some(_)) => Ok(version),
        Some(None) => Err(not_a_list()),
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
                        ImportKind::TextTooLong {
                            chars,
                            max: MAX_TEXT_CHARS,
                        },
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
