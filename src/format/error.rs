//! Why a file cannot be imported: problems, each a kind with its parameters
//! at a place. These are values; `words` writes them in a language.

use strum::{EnumIter, EnumMessage, IntoEnumIterator, IntoStaticStr, VariantNames};

use crate::model::{Id, Issue};

/// Why a file cannot be imported: one or more problems, each at a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub Vec<ImportProblem>);

/// One problem of a file, at a path such as `drafts[0].phases[2].start`
/// (empty when it concerns the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    pub path: String,
    pub kind: ImportKind,
}

/// What is wrong with a file, with what the words need to say it.
#[derive(Clone, Debug, PartialEq, Eq, IntoStaticStr, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum ImportKind {
    /// Larger than [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES).
    TooLarge { bytes: usize },
    /// UTF-16 text (it starts with a UTF-16 byte-order mark).
    Utf16,
    /// Nothing but white space.
    Empty,
    /// Not UTF-8: the first bad byte is at `position`.
    NotUtf8 { position: usize },
    /// Nested deeper than the parser follows.
    TooDeep { line: usize, column: usize },
    /// Not JSON: the parser stopped at `line`, `column`.
    NotJson {
        line: usize,
        column: usize,
        reason: Syntax,
    },
    /// JSON, but not an object with this app's `format`.
    NotOurs,
    /// A `format` other than this app's, as written in the file.
    WrongFormat { found: String },
    /// No `schema_version`.
    VersionMissing,
    /// A `schema_version` that is not a whole number of 1 or more, as written.
    NotAVersion { found: String },
    /// Made by a newer app: `version` is the file's, `newest` this app's.
    NewerVersion { version: u64, newest: u64 },
    /// No `drafts`.
    DraftsMissing,
    /// `drafts` is not a list.
    NotAList,
    /// A stored file that holds no programme.
    NoProgramme,
    /// A text of `chars` characters, over the cap of `max`.
    TextTooLong { chars: usize, max: usize },
    /// No migration step from schema `version`.
    NoMigration { version: u64 },
    /// The migration step from schema `version` failed, for `reason`.
    MigrationFailed { version: u64, reason: String },
    /// Two drafts of the file have the same id; the first is `drafts[first]`.
    DuplicateDraftId { id: Id, first: usize },
    /// A value of the wrong type or form.
    Value(ValueFault),
    /// Parts of a draft that do not fit together.
    Integrity(Issue),
}

/// Why the JSON parser stopped, one kind per message of serde_json; each
/// kind carries that message.
#[derive(Clone, Debug, PartialEq, Eq, IntoStaticStr, VariantNames, EnumMessage, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Syntax {
    #[strum(message = "EOF while parsing a list")]
    EofInList,
    #[strum(message = "EOF while parsing an object")]
    EofInObject,
    #[strum(message = "EOF while parsing a string")]
    EofInString,
    #[strum(message = "EOF while parsing a value")]
    EofInValue,
    #[strum(message = "expected `:`")]
    ExpectedColon,
    #[strum(message = "expected `,` or `]`")]
    ExpectedCommaOrListEnd,
    #[strum(message = "expected `,` or `}`")]
    ExpectedCommaOrObjectEnd,
    #[strum(message = "expected ident")]
    ExpectedIdent,
    #[strum(message = "expected value")]
    ExpectedValue,
    #[strum(message = "expected `\"`")]
    ExpectedDoubleQuote,
    #[strum(message = "invalid escape")]
    InvalidEscape,
    #[strum(message = "invalid number")]
    InvalidNumber,
    #[strum(message = "number out of range")]
    NumberOutOfRange,
    #[strum(message = "invalid unicode code point")]
    InvalidUnicodeCodePoint,
    #[strum(message = "control character (\\u0000-\\u001F) found while parsing a string")]
    ControlCharacterInString,
    #[strum(message = "key must be a string")]
    KeyMustBeAString,
    #[strum(message = "lone leading surrogate in hex escape")]
    LoneLeadingSurrogate,
    #[strum(message = "trailing comma")]
    TrailingComma,
    #[strum(message = "trailing characters")]
    TrailingCharacters,
    #[strum(message = "unexpected end of hex escape")]
    UnexpectedEndOfHexEscape,
    /// A message this app does not know; its words are serde_json's.
    Other(String),
}

impl Syntax {
    /// The kind of serde_json's message `reason` (its text without the place).
    pub fn of(reason: &str) -> Syntax {
        by_message(reason, Syntax::Other)
    }

    /// serde_json's words for this reason.
    pub fn as_written(&self) -> &str {
        match self {
            Syntax::Other(text) => text,
            known => known.get_message().unwrap_or_default(),
        }
    }
}

/// The kind whose message is `text`, or `other(text)` for a message this
/// app does not know.
fn by_message<K: IntoEnumIterator + EnumMessage>(text: &str, other: fn(String) -> K) -> K {
    K::iter()
        .find(|k| k.get_message() == Some(text))
        .unwrap_or_else(|| other(text.to_string()))
}

/// Why one value cannot be read, from the message of the type that refused
/// it. Each `shown` is the value as the message shows it (a string quoted).
#[derive(Clone, Debug, PartialEq, Eq, IntoStaticStr, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum ValueFault {
    /// A value of another JSON type than the field takes.
    InvalidType {
        found: Found,
        expected: Expected,
    },
    /// A value of the right type but out of the field's range.
    InvalidValue {
        found: Found,
        expected: Expected,
    },
    /// A name that is not one of the field's choices.
    UnknownVariant {
        found: String,
        expected: Vec<String>,
    },
    /// A field that must be there is not.
    MissingField(String),
    /// A field written twice in one object.
    DuplicateField(String),
    NotAnId {
        shown: String,
    },
    NotADate {
        shown: String,
    },
    NotACurrency {
        shown: String,
    },
    /// A number with a fraction where an amount in minor units is expected.
    NotMinorUnits {
        shown: String,
    },
    AmountTooLarge {
        shown: String,
    },
    Negative {
        shown: String,
    },
    TooPrecise {
        shown: String,
    },
    NotANumber {
        shown: String,
    },
    NumberTooLarge {
        shown: String,
    },
    NotFinite,
    /// A message this app does not know; its words are the message's.
    Other(String),
}

/// The value a field refused, by its JSON type.
#[derive(Clone, Debug, PartialEq, Eq, IntoStaticStr, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum Found {
    /// A string, quoted as the message shows it.
    Text(String),
    Integer(String),
    Float(String),
    Boolean(String),
    Null,
    List,
    Object,
    /// A description this app does not know, in the message's words.
    Other(String),
}

/// What a field takes. Each kind carries what serde's messages call it, as this
/// app writes them (`read::plain_words` turns Rust type names into these).
#[derive(Clone, Debug, PartialEq, Eq, IntoStaticStr, VariantNames, EnumMessage, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Expected {
    #[strum(message = "a string")]
    Text,
    #[strum(message = "a whole number of 0 or more")]
    WholeNumber,
    #[strum(message = "true or false")]
    Boolean,
    #[strum(message = "a sequence")]
    List,
    #[strum(message = "a map")]
    Object,
    #[strum(message = "an id")]
    Id,
    #[strum(message = "a date (YYYY-MM-DD)")]
    Date,
    #[strum(message = "an amount in minor units (a whole number of cents: 1250 for 12.50)")]
    MinorUnits,
    #[strum(message = "a number of 0 or more with at most two decimals")]
    Decimal,
    /// A description this app does not know, in the message's words.
    Other(String),
}

impl Expected {
    fn of(text: &str) -> Expected {
        by_message(text, Expected::Other)
    }

    /// serde's words for what the field takes.
    pub fn as_written(&self) -> &str {
        match self {
            Expected::Other(text) => text,
            known => known.get_message().unwrap_or_default(),
        }
    }
}

impl Found {
    fn of(text: &str) -> Found {
        let ticked = |prefix: &str| {
            text.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix('`')?.strip_suffix('`'))
                .map(str::to_string)
        };
        if let Some(quoted) = text.strip_prefix("string ") {
            Found::Text(quoted.to_string())
        } else if let Some(n) = ticked("integer ") {
            Found::Integer(n)
        } else if let Some(n) = ticked("floating point ") {
            Found::Float(n)
        } else if let Some(b) = ticked("boolean ") {
            Found::Boolean(b)
        } else {
            match text {
                "null" | "unit value" => Found::Null,
                "sequence" => Found::List,
                "map" => Found::Object,
                other => Found::Other(other.to_string()),
            }
        }
    }
}

/// Makes the fault of a message from the value it shows.
type Shown = fn(String) -> ValueFault;

/// Messages of the model's own types: the text after the shown value, and
/// the fault it names.
const SHOWN: &[(&str, Shown)] = &[
    (
        " is not an id (expected a UUID like 3f2b8c1e-5d4a-4f1b-9c2e-7a6b5d4c3e2f)",
        |shown| ValueFault::NotAnId { shown },
    ),
    (" is not a date (expected YYYY-MM-DD)", |shown| {
        ValueFault::NotADate { shown }
    }),
    (
        " is not a currency code (expected three capital letters, like EUR)",
        |shown| ValueFault::NotACurrency { shown },
    ),
    (
        " is not an amount in minor units (expected a whole number of cents: 1250 for 12.50)",
        |shown| ValueFault::NotMinorUnits { shown },
    ),
    (" is too large an amount", |shown| {
        ValueFault::AmountTooLarge { shown }
    }),
    (" is negative (expected 0 or more)", |shown| {
        ValueFault::Negative { shown }
    }),
    (" has more than two decimals", |shown| {
        ValueFault::TooPrecise { shown }
    }),
    (" is not a number", |shown| ValueFault::NotANumber { shown }),
    (" is too large", |shown| ValueFault::NumberTooLarge {
        shown,
    }),
];

impl ValueFault {
    /// The fault a deserialiser's `message` names (serde's own messages and
    /// the model's), with anything unknown kept as [`ValueFault::Other`].
    pub fn of(message: &str) -> ValueFault {
        let ticked = |s: &str| {
            s.strip_prefix('`')
                .and_then(|s| s.strip_suffix('`'))
                .map(str::to_string)
        };
        let typed = |rest: &str| {
            rest.split_once(", expected ")
                .map(|(found, expected)| (Found::of(found), Expected::of(expected)))
        };
        if let Some((found, expected)) = message.strip_prefix("invalid type: ").and_then(typed) {
            return ValueFault::InvalidType { found, expected };
        }
        if let Some((found, expected)) = message.strip_prefix("invalid value: ").and_then(typed) {
            return ValueFault::InvalidValue { found, expected };
        }
        if let Some((found, choices)) = message
            .strip_prefix("unknown variant ")
            .and_then(|rest| rest.split_once(", expected one of "))
            && let Some(found) = ticked(found)
            && let Some(expected) = choices.split(", ").map(ticked).collect::<Option<Vec<_>>>()
        {
            return ValueFault::UnknownVariant { found, expected };
        }
        if let Some(name) = message.strip_prefix("missing field ").and_then(ticked) {
            return ValueFault::MissingField(name);
        }
        if let Some(name) = message.strip_prefix("duplicate field ").and_then(ticked) {
            return ValueFault::DuplicateField(name);
        }
        if message == "not a finite number" {
            return ValueFault::NotFinite;
        }
        for (tail, fault) in SHOWN {
            if let Some(shown) = message.strip_suffix(tail)
                && !shown.is_empty()
            {
                return fault(shown.to_string());
            }
        }
        ValueFault::Other(message.to_string())
    }
}

impl ImportError {
    /// One problem, at `path` (empty for the whole file).
    pub fn at(path: impl Into<String>, kind: ImportKind) -> Self {
        ImportError(vec![ImportProblem {
            path: path.into(),
            kind,
        }])
    }

    pub(super) fn whole(kind: ImportKind) -> Self {
        ImportError::at("", kind)
    }

    /// The first problem, which names the place to look.
    pub fn first(&self) -> &ImportProblem {
        &self.0[0]
    }
}

impl std::error::Error for ImportError {}
