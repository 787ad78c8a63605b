//! Applicants from the CSV export of an online form (Google Forms,
//! Microsoft Forms, Typeform, Jotform, LimeSurvey…): the table read from
//! the bytes, a guess of what each column holds, and a preview of what
//! importing would add, before anything changes.
//!
//! Everything here is values: what goes wrong is a [`FormError`] or a
//! [`RowProblem`], and [`words`] says them in a language.

pub mod words;

use crate::model::{Applicant, ApplicantField, ColumnChoice, Draft};

/// More data rows than this are refused, before reading them all.
pub const MAX_ROWS: usize = 5_000;
/// Larger files are refused before reading them.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

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

/// Reads a form's CSV export: UTF-8 with or without a byte-order mark,
/// comma or semicolon between fields (whichever the header line uses more),
/// quoted answers over several lines, a header row.
pub fn read_form(bytes: &[u8]) -> Result<FormTable, FormError> {
    if bytes.len() > MAX_BYTES {
        return Err(FormError::TooLarge {
            bytes: bytes.len(),
            max: MAX_BYTES,
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(FormError::Utf16);
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| FormError::NotUtf8 {
        line: line_at(bytes, e.valid_up_to()),
    })?;
    if text.trim().is_empty() {
        return Err(FormError::Empty);
    }
    let separator = separator(text);
    let records = scan(text.as_bytes(), separator)?;
    if records <= 1 {
        return Err(FormError::HeaderOnly);
    }

    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    let mut unreadable = Vec::new();
    let mut record = csv::StringRecord::new();
    // Physical lines, so a row after a multi-line answer has its real line.
    let (mut line, mut counted) = (1, 0);
    // `scan` checked the quoting, so only the end stops the reader.
    while let Ok(true) = reader.read_record(&mut record) {
        let mut start = record.position().map_or(counted, |p| p.byte() as usize);
        // After `\r\n` the reader's start is the `\n` of the line before.
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        line += line_at(&text.as_bytes()[counted..], start.saturating_sub(counted)) - 1;
        counted = start.max(counted);
        let fields: Vec<String> = record.iter().map(str::to_string).collect();
        let Some(expected) = headers.as_ref().map(Vec::len) else {
            headers = Some(fields.iter().map(|h| h.trim().to_string()).collect());
            continue;
        };
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut fields = fields;
        // Spreadsheets add empty fields after the last column; they say nothing.
        while fields.len() > expected && fields.last().is_some_and(|f| f.trim().is_empty()) {
            fields.pop();
        }
        if fields.len() == expected {
            rows.push(FormRow { line, fields });
        } else {
            unreadable.push(Unreadable {
                line,
                why: RowProblem::FieldCount {
                    found: fields.len(),
                    expected,
                },
            });
        }
    }
    if rows.is_empty() && unreadable.is_empty() {
        return Err(FormError::HeaderOnly);
    }
    Ok(FormTable {
        headers: headers.unwrap_or_default(),
        rows,
        unreadable,
        separator,
    })
}

/// The 1-based line of byte `at`.
fn line_at(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// `;` when the header line has more semicolons than commas, else `,`.
fn separator(text: &str) -> u8 {
    let mut quoted = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

/// Counts the records (header included) without keeping them, refusing
/// too many as soon as it sees them and a quote left open at the end.
fn scan(bytes: &[u8], separator: u8) -> Result<usize, FormError> {
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        /// At the start of a line: a record starts with its next byte.
        LineStart,
        FieldStart,
        Unquoted,
        Quoted,
        /// Just after a quote inside a quoted field: an end, or `""`.
        QuoteInQuoted,
    }
    let mut at = At::LineStart;
    let mut records = 0;
    let mut line = 1;
    let mut opened = 1;
    for &b in bytes {
        if at == At::LineStart && b != b'\n' && b != b'\r' {
            records += 1;
            if records > MAX_ROWS + 1 {
                return Err(FormError::TooManyRows {
                    rows: records - 1,
                    max: MAX_ROWS,
                });
            }
            at = At::FieldStart;
        }
        let end_of_line = b == b'\n' || b == b'\r';
        at = match (at, b) {
            (At::LineStart, _) => At::LineStart,
            (At::Quoted, b'"') => At::QuoteInQuoted,
            (At::Quoted, _) => At::Quoted,
            (At::QuoteInQuoted, b'"') => At::Quoted,
            (At::FieldStart, b'"') => {
                opened = line;
                At::Quoted
            }
            (_, _) if end_of_line => At::LineStart,
            (_, b) if b == separator => At::FieldStart,
            _ => At::Unquoted,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    if at == At::Quoted {
        return Err(FormError::Unterminated { line: opened });
    }
    Ok(records)
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
    if words.is_empty()
        || any(&["timestamp", "horodateur", "horodatage"])
        || phrase("submitted at")
        || phrase("start time")
        || phrase("completion time")
        || phrase("date de soumission")
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
            None => columns.push(ColumnChoice {
                header: header.clone(),
                field: *field,
                ..Default::default()
            }),
        }
    }
    n
}

#[cfg(test)]
mod tests;
