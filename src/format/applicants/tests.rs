use std::time::Instant;

mod preview;

use super::*;
use crate::model::{ApplicantField as F, Draft, Lang};

pub(super) const SEMICOLON: &[u8] =
    include_bytes!("../../../tests/fixtures/forms/applicants-semicolon-bom.csv");
pub(super) const GOOGLE: &[u8] = include_bytes!("../../../tests/fixtures/forms/google-forms.csv");
const TRUNCATED: &[u8] = include_bytes!("../../../tests/fixtures/forms/applicants-truncated.csv");
const LATIN1: &[u8] = include_bytes!("../../../tests/fixtures/forms/applicants-latin1.csv");

pub(super) fn headers(h: &[&str]) -> Vec<String> {
    h.iter().map(|s| s.to_string()).collect()
}

/// Reads, guesses and previews against `draft`, as the screen does.
pub(super) fn import(draft: &Draft, bytes: &[u8]) -> (FormTable, Vec<F>, Preview) {
    let table = read_form(bytes).expect("a readable form");
    let fields = guess_columns(&table.headers, &draft.selection.columns);
    let p = preview(draft, &table, &fields);
    (table, fields, p)
}

#[test]
fn a_google_forms_export_reads_with_commas_and_english_headers() {
    let (table, fields, p) = import(&Draft::default(), GOOGLE);
    assert_eq!(table.separator, b',');
    assert_eq!(
        fields,
        [
            F::Skip,
            F::Email,
            F::Name,
            F::Country,
            F::Discipline,
            F::Organisation,
            F::Links,
            F::Note
        ]
    );
    assert_eq!(p.add.len(), 3);
    let lea = &p.add[2].1;
    assert_eq!(lea.name, "Léa Dubois");
    assert_eq!(lea.notes, "Why do you apply?: She said \"yes\"");
    assert!(lea.links.is_empty());
    assert_eq!(
        p.add[0].1.notes,
        "Why do you apply?: To tour, and to learn."
    );
    assert!(p.unreadable.is_empty() && p.duplicates.is_empty());
}

#[test]
fn a_semicolon_file_with_a_bom_and_a_multi_line_answer_reads_whole() {
    let (table, fields, p) = import(&Draft::default(), SEMICOLON);
    assert_eq!(table.separator, b';');
    assert_eq!(
        table.headers[0], "Horodateur",
        "the BOM is not part of the header"
    );
    assert_eq!(
        fields,
        [
            F::Skip,
            F::Name,
            F::Email,
            F::Country,
            F::Discipline,
            F::Organisation,
            F::Links,
            F::Note
        ]
    );
    assert_eq!(p.add.len(), 12);
    assert!(p.unreadable.is_empty() && p.duplicates.is_empty());
    let lea = &p.add[2];
    assert_eq!(lea.0, 4);
    assert!(
        lea.1
            .notes
            .starts_with("Décrivez votre projet: My project in three steps:\n1.")
    );
    assert!(lea.1.notes.ends_with("3. exhibition."));
    // The answer above spans four lines: the next row starts on line 8.
    assert_eq!(p.add[3].0, 8);
    assert_eq!(p.add[3].1.name, "Mariam Haddad");
    assert_eq!(p.add[11].0, 16);
    let joao = &p.add[4].1;
    assert_eq!(
        joao.links,
        ["https://circonorte.example.pt", "https://joao.example.pt"]
    );
    assert_eq!(p.add[1].1.links.len(), 2);
    assert_eq!(p.add[0].1.organisation, "Compañía Ruiz");
    assert_eq!(p.add[0].1.email, "ana.ruiz@example.org");
    assert_eq!(p.add[0].1.country, "Spain");
}

#[test]
fn a_truncated_file_names_the_line_of_the_open_quote() {
    assert_eq!(
        read_form(TRUNCATED),
        Err(FormError::Unterminated { line: 4 })
    );
    let words = words::error(&FormError::Unterminated { line: 4 }, Lang::En);
    assert!(words.contains("line 4"), "{words}");
}

#[test]
fn latin_1_is_refused_with_the_line_of_the_first_bad_byte() {
    assert_eq!(read_form(LATIN1), Err(FormError::NotUtf8 { line: 3 }));
    let en = words::error(&FormError::NotUtf8 { line: 3 }, Lang::En);
    assert!(
        en.contains("not UTF-8") && en.contains("CSV UTF-8") && en.contains("line 3"),
        "{en}"
    );
    let fr = words::error(&FormError::NotUtf8 { line: 3 }, Lang::Fr);
    assert!(fr.contains("UTF-8") && fr.contains("ligne 3"), "{fr}");
}

#[test]
fn utf_16_empty_and_header_only_files_are_refused() {
    assert_eq!(read_form(b"\xFF\xFEN\x00"), Err(FormError::Utf16));
    assert_eq!(read_form(b""), Err(FormError::Empty));
    assert_eq!(read_form(b"\xEF\xBB\xBF \r\n"), Err(FormError::Empty));
    assert_eq!(read_form(b"Name;Email\r\n"), Err(FormError::HeaderOnly));
    assert_eq!(
        read_form(b"Name;Email\r\n;\r\n\r\n"),
        Err(FormError::HeaderOnly)
    );
}

#[test]
fn a_hundred_thousand_rows_are_refused_quickly() {
    let mut csv = String::from("Name,Email\n");
    for i in 0..100_000 {
        csv.push_str(&format!("Applicant {i},a{i}@example.org\n"));
    }
    let start = Instant::now();
    let e = read_form(csv.as_bytes()).unwrap_err();
    assert!(start.elapsed().as_millis() < 500, "{:?}", start.elapsed());
    assert_eq!(
        e,
        FormError::TooManyRows {
            rows: MAX_ROWS + 1,
            max: MAX_ROWS
        }
    );
    assert!(words::error(&e, Lang::En).contains("5000"));
    // Exactly the most is fine.
    let mut csv = String::from("Name,Email\n");
    for i in 0..MAX_ROWS {
        csv.push_str(&format!("Applicant {i},a{i}@example.org\n"));
    }
    assert_eq!(
        read_form(csv.as_bytes()).map(|t| t.rows.len()),
        Ok(MAX_ROWS)
    );
}

#[test]
fn a_file_over_ten_megabytes_is_refused_before_reading() {
    let big = vec![b'a'; MAX_BYTES + 1];
    assert!(matches!(read_form(&big), Err(FormError::TooLarge { .. })));
}

#[test]
fn ragged_rows_are_kept_aside_with_their_line_and_why() {
    let csv = "Name,Email,Country\n\
               Ana Ruiz,ana@example.org,Spain\n\
               Kwame,kwame@example.com\n\
               Léa,lea@example.fr,France,extra\n\
               Jakub,jakub@example.pl,Poland,,\n\
               ,nobody@example.org,Chile\n";
    let (table, _, p) = import(&Draft::default(), csv.as_bytes());
    assert_eq!(table.rows.len(), 3, "trailing empty fields are fine");
    assert_eq!(
        p.unreadable,
        [
            Unreadable {
                line: 3,
                why: RowProblem::FieldCount {
                    found: 2,
                    expected: 3
                }
            },
            Unreadable {
                line: 4,
                why: RowProblem::FieldCount {
                    found: 4,
                    expected: 3
                }
            },
            Unreadable {
                line: 6,
                why: RowProblem::NoName
            },
        ]
    );
    assert_eq!(p.add.len(), 2);
    let said = |lang| -> Vec<String> {
        p.unreadable
            .iter()
            .map(|u| words::unreadable(u, lang))
            .collect()
    };
    assert_eq!(
        said(Lang::En),
        [
            "Line 3: 2 fields where the header has 3",
            "Line 4: 4 fields where the header has 3",
            "Line 6: no name",
        ]
    );
    assert_eq!(
        said(Lang::Fr),
        [
            "Ligne 3\u{a0}: 2\u{a0}champs alors que l’en-tête en a 3",
            "Ligne 4\u{a0}: 4\u{a0}champs alors que l’en-tête en a 3",
            "Ligne 6\u{a0}: pas de nom",
        ]
    );
}

#[test]
fn every_error_has_words_in_both_languages() {
    let errors = [
        FormError::TooLarge {
            bytes: MAX_BYTES + 1,
            max: MAX_BYTES,
        },
        FormError::Utf16,
        FormError::NotUtf8 { line: 2 },
        FormError::Empty,
        FormError::HeaderOnly,
        FormError::TooManyRows {
            rows: 5001,
            max: 5000,
        },
        FormError::Unterminated { line: 9 },
    ];
    for e in &errors {
        let (en, fr) = (words::error(e, Lang::En), words::error(e, Lang::Fr));
        assert!(
            !en.starts_with("intake.") && !fr.starts_with("intake."),
            "{e:?}"
        );
        assert_ne!(en, fr, "{e:?}");
    }
    for f in words::FIELDS {
        assert!(!words::field(f, Lang::Fr).starts_with("intake."));
    }
}
