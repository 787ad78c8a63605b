//! Reading a form's CSV export into a [`FormTable`]: the byte-order mark,
//! the separator, the encoding, the quoting and the size checked first.

use super::{FormError, FormRow, FormTable, MAX_BYTES, MAX_ROWS, RowProblem, Unreadable};

const BOM: &[u8] = b"\xEF\xBB\xBF";

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
