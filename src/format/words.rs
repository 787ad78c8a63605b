//! The words of import and integrity problems, in English or French, from
//! `locales/import.json`. The problems themselves are values
//! ([`ImportError`], [`Issue`]); this is the only place that says them, and
//! nothing else in `format` or `model` calls it.

use std::fmt;

use rust_i18n::t;

use super::error::{Expected, Found, ImportError, ImportKind, ImportProblem, Syntax, ValueFault};
use crate::model::Lang;
use crate::model::{Issue, Referent};

/// The whole error as one line: the first problem at its place, and how
/// many more there are.
pub fn describe(error: &ImportError, lang: Lang) -> String {
    let l = lang.code();
    let mut out = problem(error.first(), lang);
    match error.0.len() {
        1 => {}
        2 => out.push_str(&t!("import.more_one", locale = l)),
        n => out.push_str(&t!("import.more_many", locale = l, n = n - 1)),
    }
    out
}

/// The whole error in the language the interface speaks now.
pub fn interface_words(error: &ImportError) -> String {
    describe(error, crate::text::lang())
}

/// One problem: its place, if it has one, and what is wrong there.
pub fn problem(p: &ImportProblem, lang: Lang) -> String {
    let message = kind(&p.kind, lang);
    if p.path.is_empty() {
        message
    } else {
        t!(
            "import.at",
            locale = lang.code(),
            path = p.path,
            message = message
        )
        .into_owned()
    }
}

/// English, for logs, tests and `?`: what the interface shows is [`describe`]
/// in the interface's language.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&describe(self, Lang::En))
    }
}

/// The key of the words for a kind of problem: `<section>.<the kind's
/// name>`, so that each kind is named once, by its type.
fn key_of(section: &str, kind: impl Into<&'static str>) -> String {
    format!("{section}.{}", kind.into())
}

fn kind(kind: &ImportKind, lang: Lang) -> String {
    let l = lang.code();
    let key = key_of("import", kind);
    let format = super::FORMAT;
    match kind {
        ImportKind::TooLarge { bytes } => {
            let size = crate::text::megabytes(*bytes, lang);
            let max = super::MAX_FILE_BYTES / (1024 * 1024);
            t!(key, locale = l, size = size, max = max)
        }
        ImportKind::Utf16
        | ImportKind::Empty
        | ImportKind::VersionMissing
        | ImportKind::DraftsMissing
        | ImportKind::NotAList
        | ImportKind::NoProgramme => t!(key, locale = l),
        ImportKind::NotUtf8 { position } => t!(key, locale = l, position = position),
        ImportKind::TooDeep { line, column } => t!(key, locale = l, line = line, column = column),
        ImportKind::NotJson {
            line,
            column,
            reason,
        } => {
            let reason = syntax(reason, lang);
            t!(
                key,
                locale = l,
                line = line,
                column = column,
                reason = reason
            )
        }
        ImportKind::NotOurs => t!(key, locale = l, format = format),
        ImportKind::WrongFormat { found } => t!(key, locale = l, found = found, format = format),
        ImportKind::NotAVersion { found } => t!(key, locale = l, found = found),
        ImportKind::NewerVersion { version, newest } => {
            t!(key, locale = l, version = version, newest = newest)
        }
        ImportKind::TextTooLong { chars, max } => t!(key, locale = l, chars = chars, max = max),
        ImportKind::NoMigration { version } => t!(key, locale = l, version = version),
        ImportKind::MigrationFailed { version, reason } => {
            t!(key, locale = l, version = version, reason = reason)
        }
        ImportKind::DuplicateDraftId { id, first } => t!(key, locale = l, id = id, first = first),
        ImportKind::Value(fault) => return value(fault, lang),
        ImportKind::Integrity(found) => return issue(found, lang),
    }
    .into_owned()
}

fn syntax(reason: &Syntax, lang: Lang) -> String {
    match reason {
        Syntax::Other(text) => text.clone(),
        known => t!(key_of("import.syntax", known), locale = lang.code()).into_owned(),
    }
}

/// A value as a message shows it: in French, a plain quoted string
/// (`"euro"`) between guillemets (`« euro »`); anything else as it is.
fn shown(text: &str, lang: Lang) -> String {
    match (
        lang,
        text.strip_prefix('"').and_then(|t| t.strip_suffix('"')),
    ) {
        (Lang::Fr, Some(inner)) if !inner.contains(['"', '\\']) => {
            format!("«\u{a0}{inner}\u{a0}»")
        }
        _ => text.to_string(),
    }
}

fn value(fault: &ValueFault, lang: Lang) -> String {
    let l = lang.code();
    let key = key_of("import", fault);
    match fault {
        ValueFault::InvalidType {
            found: f,
            expected: e,
        }
        | ValueFault::InvalidValue {
            found: f,
            expected: e,
        } => {
            let (f, e) = (found(f, lang), expected(e, lang));
            t!(key, locale = l, found = f, expected = e)
        }
        ValueFault::UnknownVariant { found, expected } => {
            let found = format!("`{found}`");
            let expected = expected
                .iter()
                .map(|e| format!("`{e}`"))
                .collect::<Vec<_>>()
                .join(", ");
            t!(key, locale = l, found = found, expected = expected)
        }
        ValueFault::MissingField(name) | ValueFault::DuplicateField(name) => {
            t!(key, locale = l, name = name)
        }
        ValueFault::NotAnId { shown: s }
        | ValueFault::NotADate { shown: s }
        | ValueFault::NotACurrency { shown: s }
        | ValueFault::NotMinorUnits { shown: s }
        | ValueFault::AmountTooLarge { shown: s }
        | ValueFault::Negative { shown: s }
        | ValueFault::TooPrecise { shown: s }
        | ValueFault::NotANumber { shown: s }
        | ValueFault::NumberTooLarge { shown: s } => {
            t!(key, locale = l, shown = shown(s, lang))
        }
        ValueFault::NotFinite => t!(key, locale = l),
        ValueFault::Other(text) => return text.clone(),
    }
    .into_owned()
}

fn found(found: &Found, lang: Lang) -> String {
    let l = lang.code();
    let key = key_of("import.found", found);
    match found {
        Found::Text(value) => t!(key, locale = l, value = shown(value, lang)),
        Found::Integer(value) | Found::Float(value) | Found::Boolean(value) => {
            t!(key, locale = l, value = value)
        }
        Found::Null | Found::List | Found::Object => t!(key, locale = l),
        Found::Other(text) => return text.clone(),
    }
    .into_owned()
}

fn expected(expected: &Expected, lang: Lang) -> String {
    match expected {
        Expected::Other(text) => text.clone(),
        known => t!(key_of("import.expected", known), locale = lang.code()).into_owned(),
    }
}

/// An integrity problem of a draft (without its place).
pub fn issue(issue: &Issue, lang: Lang) -> String {
    let l = lang.code();
    match issue {
        Issue::DuplicateId { id, first } => {
            t!("import.duplicate_id", locale = l, id = id, first = first)
        }
        Issue::Dangling { to, id } => match to {
            Referent::Phase => t!("import.dangling_phase", locale = l, id = id),
            Referent::Person => t!("import.dangling_person", locale = l, id = id),
            Referent::Criterion => t!("import.dangling_criterion", locale = l, id = id),
            Referent::Applicant => t!("import.dangling_applicant", locale = l, id = id),
            Referent::Content => t!("import.dangling_content", locale = l, id = id),
            Referent::Participant => t!("import.dangling_participant", locale = l, id = id),
        },
        Issue::ListedTwice { id, first } => {
            t!("import.listed_twice", locale = l, id = id, first = first)
        }
        Issue::TooManyGoals(n) => {
            let max = crate::model::MAX_GOALS;
            t!("import.too_many_goals", locale = l, count = n, max = max)
        }
        Issue::ProgressOver100(p) => t!("import.progress_over_100", locale = l, progress = p),
        Issue::SessionTooLong(h) => {
            let (hours, max) = (crate::model::Decimal2(*h), crate::model::MAX_SESSION_HOURS);
            t!(
                "import.session_too_long",
                locale = l,
                hours = hours,
                max = max
            )
        }
        Issue::NegativeAmount(amount) => {
            t!("import.negative_amount", locale = l, amount = amount)
        }
        Issue::WeightOver100(weight) => t!("import.weight_over_100", locale = l, weight = weight),
        Issue::AgeOverMax(age) => {
            let max = crate::model::MAX_AGE;
            t!("import.age_over_max", locale = l, age = age, max = max)
        }
    }
    .into_owned()
}

#[cfg(test)]
mod tests;
