//! Applicants from the CSV export of an online form (Google Forms,
//! Microsoft Forms, Typeform, Jotform, LimeSurvey…): the table read from
//! the bytes, a guess of what each column holds, and a preview of what
//! importing would add, before anything changes.
//!
//! Everything here is values: what goes wrong is a [`FormError`] or a
//! [`RowProblem`], and [`words`] says them in a language.

mod read;
pub mod words;

pub use read::read_form;

use crate::model::{Applicant, ApplicantField, ColumnChoice, Draft};

/// More data rows than this are refused, before reading them all.
pub const MAX_ROWS: usize = 5_000;
/// Larger files are refused before reading them.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The form's answers as read: the header row and one row per answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormTable {
    /// The column headers, trimmed, in the file's order.
    pub headers: Vec<String>,
    pub rows: Vec<FormRow>,
    /// Rows that could not be read as answers, and why.
    pub unreadable: Vec<Unreadable>,
    /// `b','` or `b';'`, as found in the header line.
    pub separator: u8,
}

/// One answer to the form: its fields, in the headers' order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormRow {
    /// Where the row starts in the file (1-based, physical lines).
    pub line: usize,
    pub fields: Vec<String>,
}

/// A row that gives no applicant, at its line of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub line: usize,
    pub why: RowProblem,
}

/// Why a row gives no applicant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// Not as many fields as the header has columns.
    FieldCount { found: usize, expected: usize },
    /// No answer in any column that holds the name.
    NoName,
}

/// Why a file cannot be read as a form export at all; nothing is imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    /// More than [`MAX_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// UTF-16 text (it starts with a UTF-16 byte-order mark).
    Utf16,
    /// Not UTF-8: the first bad byte is on `line`.
    NotUtf8 { line: usize },
    /// Nothing but white space.
    Empty,
    /// A header row and no answers.
    HeaderOnly,
    /// More than `max` data rows (at least `rows`; counting stopped there).
    TooManyRows { rows: usize, max: usize },
    /// A quoted answer opened on `line` never closes: the file was cut short.
    Unterminated { line: usize },
}

/// What each column holds: the choice remembered for its header from an
/// earlier import, else a guess from the header's words (English or French).
pub fn guess_columns(headers: &[String], remembered: &[ColumnChoice]) -> Vec<ApplicantField> {
    headers
        .iter()
        .map(|h| {
            remembered
                .iter()
                .rev()
                .find(|c| c.header == *h)
                .map(|c| c.field)
                .unwrap_or_else(|| guess(h))
        })
        .collect()
}

/// The applicant field a header's words suggest.
fn guess(header: &str) -> ApplicantField {
    let h = fold(header);
    let words: Vec<&str> = h.split_whitespace().collect();
    let has = |w: &str| words.contains(&w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    let phrase = |p: &str| format!(" {h} ").contains(&format!(" {p} "));
    // What the form tool adds about the answer itself, not about the applicant.
    let about_the_answer = [
        "submitted at",
        "date submitted",
        "submit date",
        "start time",
        "completion time",
        "last modified time",
        "response id",
        "network id",
        "last page",
        "start language",
        "date de soumission",
    ];
    if words.is_empty()
        || h == "id"
        || any(&["timestamp", "horodateur", "horodatage", "token", "seed"])
        || about_the_answer.iter().any(|p| phrase(p))
    {
        ApplicantField::Skip
    } else if any(&["email", "courriel", "mail", "mel"]) || phrase("e mail") {
        ApplicantField::Email
    } else if any(&[
        "link",
        "links",
        "portfolio",
        "website",
        "site",
        "lien",
        "liens",
        "url",
        "web",
    ]) {
        ApplicantField::Links
    } else if any(&[
        "organisation",
        "organization",
        "structure",
        "company",
        "compagnie",
        "entreprise",
        "institution",
        "collectif",
    ]) {
        ApplicantField::Organisation
    } else if any(&["country", "pays", "nationality", "nationalite"]) {
        ApplicantField::Country
    } else if any(&[
        "discipline",
        "disciplines",
        "field",
        "domaine",
        "sector",
        "secteur",
    ]) {
        ApplicantField::Discipline
    } else if any(&["name", "nom", "prenom", "surname"]) && words.len() <= 3 {
        ApplicantField::Name
    } else {
        ApplicantField::Note
    }
}

/// Lower case, common Latin accents taken off, every run of anything but
/// letters and digits made one space: how two spellings compare.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'ś' | 'š' => 's',
            'ź' | 'ż' | 'ž' => 'z',
            'ł' => 'l',
            'ř' => 'r',
            c => c,
        };
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// What importing would do, before anything changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The applicants to add, each with the line its row starts on.
    pub add: Vec<(usize, Applicant)>,
    /// Rows that give no applicant, by line.
    pub unreadable: Vec<Unreadable>,
    /// Rows left out because they repeat an applicant, by line.
    pub duplicates: Vec<Duplicate>,
    /// No column is chosen to hold the name.
    pub no_name_column: bool,
}

/// A row that repeats an applicant already here or earlier in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub line: usize,
    /// The name on this row.
    pub name: String,
    pub same: Sameness,
    /// The applicant it repeats.
    pub of: String,
    /// Where that applicant is in the file; `None` when already in the draft.
    pub of_line: Option<usize>,
}

/// What makes two applicants the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sameness {
    Email,
    NameAndCountry,
}

/// The keys an applicant is recognised by.
fn keys(a: &Applicant) -> (Option<String>, Option<String>) {
    let email = a.email.trim().to_lowercase();
    let name = fold(&a.name);
    (
        (!email.is_empty()).then_some(email),
        (!name.is_empty()).then(|| format!("{name}\u{1f}{}", fold(&a.country))),
    )
}

/// The applicants `table` would add to `draft` with `fields` as the
/// columns' meaning, the rows it cannot use, and the duplicates it leaves out.
pub fn preview(draft: &Draft, table: &FormTable, fields: &[ApplicantField]) -> Preview {
    let mut out = Preview {
        add: Vec::new(),
        unreadable: table.unreadable.clone(),
        duplicates: Vec::new(),
        no_name_column: !fields.contains(&ApplicantField::Name),
    };
    // Known applicants by key: (name, line in the file if from it).
    let mut emails: Vec<(String, String, Option<usize>)> = Vec::new();
    let mut names: Vec<(String, String, Option<usize>)> = Vec::new();
    for a in &draft.selection.applicants {
        let (e, n) = keys(a);
        emails.extend(e.map(|k| (k, a.name.trim().to_string(), None)));
        names.extend(n.map(|k| (k, a.name.trim().to_string(), None)));
    }
    for row in &table.rows {
        let a = applicant(&table.headers, row, fields);
        if a.name.trim().is_empty() {
            out.unreadable.push(Unreadable {
                line: row.line,
                why: RowProblem::NoName,
            });
            continue;
        }
        let (e, n) = keys(&a);
        let find = |list: &[(String, String, Option<usize>)], k: &Option<String>| {
            k.as_ref()
                .and_then(|k| list.iter().find(|x| x.0 == *k))
                .map(|x| (x.1.clone(), x.2))
        };
        let same = find(&emails, &e)
            .map(|x| (Sameness::Email, x))
            .or_else(|| find(&names, &n).map(|x| (Sameness::NameAndCountry, x)));
        if let Some((same, (of, of_line))) = same {
            out.duplicates.push(Duplicate {
                line: row.line,
                name: a.name.clone(),
                same,
                of,
                of_line,
            });
            continue;
        }
        emails.extend(e.map(|k| (k, a.name.clone(), Some(row.line))));
        names.extend(n.map(|k| (k, a.name.clone(), Some(row.line))));
        out.add.push((row.line, a));
    }
    out.unreadable.sort_by_key(|u| u.line);
    out
}

/// The applicant one row describes.
fn applicant(headers: &[String], row: &FormRow, fields: &[ApplicantField]) -> Applicant {
    let mut a = Applicant::default();
    let mut notes: Vec<String> = Vec::new();
    for (i, value) in row.fields.iter().enumerate() {
        let value = value.trim();
        let field = fields.get(i).copied().unwrap_or_default();
        if value.is_empty() {
            continue;
        }
        let join = |to: &mut String, sep: &str| {
            if !to.is_empty() {
                to.push_str(sep);
            }
            to.push_str(value);
        };
        match field {
            ApplicantField::Name => join(&mut a.name, " "),
            ApplicantField::Email if a.email.is_empty() => a.email = value.to_string(),
            ApplicantField::Email => {}
            ApplicantField::Country => join(&mut a.country, ", "),
            ApplicantField::Discipline => join(&mut a.discipline, ", "),
            ApplicantField::Organisation => join(&mut a.organisation, ", "),
            ApplicantField::Links => a.links.extend(
                value
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|l| !l.is_empty())
                    .map(str::to_string),
            ),
            ApplicantField::Note => {
                let question = headers.get(i).map(|h| h.trim()).unwrap_or_default();
                notes.push(format!("{question}: {value}"));
            }
            ApplicantField::Skip => {}
        }
    }
    a.name = a.name.split_whitespace().collect::<Vec<_>>().join(" ");
    a.notes = notes.join("\n\n");
    a
}

/// Adds the preview's applicants to the draft and remembers which field
/// each column filled, by header, for the next export of the same form.
/// Returns how many applicants were added.
pub fn add_applicants(
    draft: &mut Draft,
    preview: Preview,
    headers: &[String],
    fields: &[ApplicantField],
) -> usize {
    let n = preview.add.len();
    draft
        .selection
        .applicants
        .extend(preview.add.into_iter().map(|(_, a)| a));
    for (header, field) in headers.iter().zip(fields) {
        if header.is_empty() {
            continue;
        }
        let columns = &mut draft.selection.columns;
        match columns.iter_mut().find(|c| c.header == *header) {
            Some(c) => c.field = *field,
            None => columns.push(ColumnChoice::new(header.clone(), *field)),
        }
    }
    n
}

#[cfg(test)]
mod tests;
