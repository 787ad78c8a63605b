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

fn kind(kind: &ImportKind, lang: Lang) -> String {
    let l = lang.code();
    let format = super::FORMAT;
    match kind {
        ImportKind::TooLarge { bytes } => {
            let size = crate::text::megabytes(*bytes, lang);
            let max = super::MAX_FILE_BYTES / (1024 * 1024);
            t!("import.too_large", locale = l, size = size, max = max)
        }
        ImportKind::Utf16 => t!("import.utf16", locale = l),
        ImportKind::Empty => t!("import.empty", locale = l),
        ImportKind::NotUtf8 { position } => {
            t!("import.not_utf8", locale = l, position = position)
        }
        ImportKind::TooDeep { line, column } => {
            t!("import.too_deep", locale = l, line = line, column = column)
        }
        ImportKind::NotJson {
            line,
            column,
            reason,
        } => {
            let reason = syntax(reason, lang);
            t!(
                "import.not_json",
                locale = l,
                line = line,
                column = column,
                reason = reason
            )
        }
        ImportKind::NotOurs => t!("import.not_ours", locale = l, format = format),
        ImportKind::WrongFormat { found } => {
            t!(
                "import.wrong_format",
                locale = l,
                found = found,
                format = format
            )
        }
        ImportKind::VersionMissing => t!("import.version_missing", locale = l),
        ImportKind::NotAVersion { found } => t!("import.not_a_version", locale = l, found = found),
        ImportKind::NewerVersion { version, newest } => t!(
            "import.newer_version",
            locale = l,
            version = version,
            newest = newest
        ),
        ImportKind::DraftsMissing => t!("import.drafts_missing", locale = l),
        ImportKind::NotAList => t!("import.not_a_list", locale = l),
        ImportKind::NoProgramme => t!("import.no_programme", locale = l),
        ImportKind::TextTooLong { chars, max } => {
            t!("import.text_too_long", locale = l, chars = chars, max = max)
        }
        ImportKind::NoMigration { version } => {
            t!("import.no_migration", locale = l, version = version)
        }
        ImportKind::MigrationFailed { version, reason } => t!(
            "import.migration_failed",
            locale = l,
            version = version,
            reason = reason
        ),
        ImportKind::DuplicateDraftId { id, first } => {
            t!(
                "import.duplicate_draft_id",
                locale = l,
                id = id,
                first = first
            )
        }
        ImportKind::Value(fault) => return value(fault, lang),
        ImportKind::Integrity(found) => return issue(found, lang),
    }
    .into_owned()
}

fn syntax(reason: &Syntax, lang: Lang) -> String {
    let l = lang.code();
    match reason {
        Syntax::EofInList => t!("import.syntax.eof_list", locale = l),
        Syntax::EofInObject => t!("import.syntax.eof_object", locale = l),
        Syntax::EofInString => t!("import.syntax.eof_string", locale = l),
        Syntax::EofInValue => t!("import.syntax.eof_value", locale = l),
        Syntax::ExpectedColon => t!("import.syntax.expected_colon", locale = l),
        Syntax::ExpectedCommaOrListEnd => t!("import.syntax.expected_comma_list", locale = l),
        Syntax::ExpectedCommaOrObjectEnd => t!("import.syntax.expected_comma_object", locale = l),
        Syntax::ExpectedIdent => t!("import.syntax.expected_ident", locale = l),
        Syntax::ExpectedValue => t!("import.syntax.expected_value", locale = l),
        Syntax::ExpectedDoubleQuote => t!("import.syntax.expected_double_quote", locale = l),
        Syntax::InvalidEscape => t!("import.syntax.invalid_escape", locale = l),
        Syntax::InvalidNumber => t!("import.syntax.invalid_number", locale = l),
        Syntax::NumberOutOfRange => t!("import.syntax.number_out_of_range", locale = l),
        Syntax::InvalidUnicodeCodePoint => t!("import.syntax.invalid_unicode", locale = l),
        Syntax::ControlCharacterInString => t!("import.syntax.control_character", locale = l),
        Syntax::KeyMustBeAString => t!("import.syntax.key_must_be_a_string", locale = l),
        Syntax::LoneLeadingSurrogate => t!("import.syntax.lone_surrogate", locale = l),
        Syntax::TrailingComma => t!("import.syntax.trailing_comma", locale = l),
        Syntax::TrailingCharacters => t!("import.syntax.trailing_characters", locale = l),
        Syntax::UnexpectedEndOfHexEscape => t!("import.syntax.end_of_hex_escape", locale = l),
        Syntax::Other(text) => return text.clone(),
    }
    .into_owned()
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
    let sh = |s: &String| shown(s, lang);
    match fault {
        ValueFault::InvalidType {
            found: f,
            expected: e,
        } => {
            let (f, e) = (found(f, lang), expected(e, lang));
            t!("import.invalid_type", locale = l, found = f, expected = e)
        }
        ValueFault::InvalidValue {
            found: f,
            expected: e,
        } => {
            let (f, e) = (found(f, lang), expected(e, lang));
            t!("import.invalid_value", locale = l, found = f, expected = e)
        }
        ValueFault::UnknownVariant { found, expected } => {
            let found = format!("`{found}`");
            let expected = expected
                .iter()
                .map(|e| format!("`{e}`"))
                .collect::<Vec<_>>()
                .join(", ");
            t!(
                "import.unknown_variant",
                locale = l,
                found = found,
                expected = expected
            )
        }
        ValueFault::MissingField(name) => t!("import.missing_field", locale = l, name = name),
        ValueFault::DuplicateField(name) => t!("import.duplicate_field", locale = l, name = name),
        ValueFault::NotAnId { shown } => t!("import.not_an_id", locale = l, shown = sh(shown)),
        ValueFault::NotADate { shown } => t!("import.not_a_date", locale = l, shown = sh(shown)),
        ValueFault::NotACurrency { shown } => {
            t!("import.not_a_currency", locale = l, shown = sh(shown))
        }
        ValueFault::NotMinorUnits { shown } => {
            t!("import.not_minor_units", locale = l, shown = sh(shown))
        }
        ValueFault::AmountTooLarge { shown } => {
            t!("import.amount_too_large", locale = l, shown = sh(shown))
        }
        ValueFault::Negative { shown } => t!("import.negative", locale = l, shown = sh(shown)),
        ValueFault::TooPrecise { shown } => {
            t!("import.too_precise", locale = l, shown = sh(shown))
        }
        ValueFault::NotANumber { shown } => {
            t!("import.not_a_number", locale = l, shown = sh(shown))
        }
        ValueFault::NumberTooLarge { shown } => {
            t!("import.number_too_large", locale = l, shown = sh(shown))
        }
        ValueFault::NotFinite => t!("import.not_finite", locale = l),
        ValueFault::Other(text) => return text.clone(),
    }
    .into_owned()
}

fn found(found: &Found, lang: Lang) -> String {
    let l = lang.code();
    match found {
        Found::Text(value) => t!("import.found.text", locale = l, value = shown(value, lang)),
        Found::Integer(value) => t!("import.found.integer", locale = l, value = value),
        Found::Float(value) => t!("import.found.float", locale = l, value = value),
        Found::Boolean(value) => t!("import.found.boolean", locale = l, value = value),
        Found::Null => t!("import.found.null", locale = l),
        Found::List => t!("import.found.list", locale = l),
        Found::Object => t!("import.found.object", locale = l),
        Found::Other(text) => return text.clone(),
    }
    .into_owned()
}

fn expected(expected: &Expected, lang: Lang) -> String {
    let l = lang.code();
    match expected {
        Expected::Text => t!("import.expected.text", locale = l),
        Expected::WholeNumber => t!("import.expected.whole_number", locale = l),
        Expected::Boolean => t!("import.expected.boolean", locale = l),
        Expected::List => t!("import.expected.list", locale = l),
        Expected::Object => t!("import.expected.object", locale = l),
        Expected::Id => t!("import.expected.id", locale = l),
        Expected::Date => t!("import.expected.date", locale = l),
        Expected::MinorUnits => t!("import.expected.minor_units", locale = l),
        Expected::Decimal => t!("import.expected.decimal", locale = l),
        Expected::Other(text) => return text.clone(),
    }
    .into_owned()
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
