//! The words of a form import, in English or French, from
//! `locales/intake.json`: its errors, its rows' problems and duplicates,
//! and the applicant fields a column can fill.

use rust_i18n::t;

use super::{Duplicate, FormError, RowProblem, Sameness, Unreadable};
use crate::model::{ApplicantField, Lang};
use crate::text::megabytes;

/// Why the file cannot be imported, as a sentence.
pub fn error(e: &FormError, lang: Lang) -> String {
    let l = lang.code();
    match e {
        FormError::TooLarge { bytes, max } => {
            let (size, max) = (megabytes(*bytes, lang), megabytes(*max, lang));
            t!("intake.too_large", locale = l, size = size, max = max)
        }
        FormError::Utf16 => t!("intake.utf16", locale = l),
        FormError::NotUtf8 { line } => t!("intake.not_utf8", locale = l, line = line),
        FormError::Empty => t!("intake.empty", locale = l),
        FormError::HeaderOnly => t!("intake.header_only", locale = l),
        FormError::TooManyRows { max, .. } => t!("intake.too_many_rows", locale = l, max = max),
        FormError::Unterminated { line } => t!("intake.unterminated", locale = l, line = line),
    }
    .into_owned()
}

/// "Line 7: …" for a row that gives no applicant.
pub fn unreadable(u: &Unreadable, lang: Lang) -> String {
    let l = lang.code();
    let why = match &u.why {
        RowProblem::FieldCount { found, expected } => t!(
            "intake.field_count",
            locale = l,
            found = found,
            expected = expected
        ),
        RowProblem::NoName => t!("intake.no_name", locale = l),
    };
    t!("intake.line", locale = l, line = u.line, message = why).into_owned()
}

/// "Line 4: same e-mail as Ana Ruiz" for a row left out.
pub fn duplicate(d: &Duplicate, lang: Lang) -> String {
    let l = lang.code();
    let of = match d.of_line {
        Some(line) => t!("intake.of_line", locale = l, name = d.of, line = line),
        None => d.of.clone().into(),
    };
    let why = match d.same {
        Sameness::Email => t!("intake.same_email", locale = l, of = of),
        Sameness::NameAndCountry => t!("intake.same_name_country", locale = l, of = of),
    };
    t!("intake.line", locale = l, line = d.line, message = why).into_owned()
}

/// What a column fills, as a choice in the mapping.
pub fn field(f: ApplicantField, lang: Lang) -> String {
    let l = lang.code();
    match f {
        ApplicantField::Name => t!("intake.field.name", locale = l),
        ApplicantField::Email => t!("intake.field.email", locale = l),
        ApplicantField::Country => t!("intake.field.country", locale = l),
        ApplicantField::Discipline => t!("intake.field.discipline", locale = l),
        ApplicantField::Organisation => t!("intake.field.organisation", locale = l),
        ApplicantField::Links => t!("intake.field.links", locale = l),
        ApplicantField::Note => t!("intake.field.note", locale = l),
        ApplicantField::Skip => t!("intake.field.skip", locale = l),
    }
    .into_owned()
}

/// Every field a column can fill, in the order a mapping offers them.
pub const FIELDS: [ApplicantField; 8] = [
    ApplicantField::Name,
    ApplicantField::Email,
    ApplicantField::Country,
    ApplicantField::Discipline,
    ApplicantField::Organisation,
    ApplicantField::Links,
    ApplicantField::Note,
    ApplicantField::Skip,
];
