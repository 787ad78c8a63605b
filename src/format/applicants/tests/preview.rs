//! Guessing the columns, previewing an import and adding it.

use super::{GOOGLE, SEMICOLON, headers, import};
use crate::format::applicants::*;
use crate::model::{Applicant, ApplicantField as F, ColumnChoice, Draft, Lang};

#[test]
fn french_and_english_headers_are_guessed() {
    let h = headers(&[
        "Horodateur",
        "Timestamp",
        "Nom",
        "Prénom",
        "Name",
        "Full name",
        "Courriel",
        "E-mail",
        "Adresse e-mail",
        "Pays",
        "Country of residence",
        "Domaine",
        "Discipline artistique",
        "Field",
        "Nom de la structure",
        "Organization",
        "Compagnie",
        "Site web",
        "Lien(s)",
        "Portfolio",
        "Website of your company",
        "Décrivez votre projet",
        "",
    ]);
    let guessed = guess_columns(&h, &[]);
    use F::*;
    assert_eq!(
        guessed,
        [
            Skip,
            Skip,
            Name,
            Name,
            Name,
            Name,
            Email,
            Email,
            Email,
            Country,
            Country,
            Discipline,
            Discipline,
            Discipline,
            Organisation,
            Organisation,
            Organisation,
            Links,
            Links,
            Links,
            Links,
            Note,
            Skip,
        ]
    );
}

#[test]
fn what_form_tools_add_about_the_answer_is_left_out() {
    // Microsoft Forms, Typeform and LimeSurvey, as they export.
    let h = headers(&[
        "ID",
        "Start time",
        "Completion time",
        "Last modified time",
        "#",
        "Submitted At",
        "Token",
        "Network ID",
        "Response ID",
        "Date submitted",
        "Last page",
        "Start language",
        "Seed",
    ]);
    assert!(guess_columns(&h, &[]).iter().all(|f| *f == F::Skip));
}

#[test]
fn first_and_last_name_columns_make_one_name() {
    let csv = "Prénom,Nom,Courriel\nAna,Ruiz,ana@example.org\n";
    let (_, fields, p) = import(&Draft::default(), csv.as_bytes());
    assert_eq!(fields, [F::Name, F::Name, F::Email]);
    assert_eq!(p.add[0].1.name, "Ana Ruiz");
}

#[test]
fn a_remembered_choice_wins_over_the_guess() {
    let mut draft = Draft::default();
    draft.selection.columns = vec![
        ColumnChoice::new("Pays", F::Note),
        ColumnChoice::new("Décrivez votre projet", F::Skip),
    ];
    let (_, fields, p) = import(&draft, SEMICOLON);
    assert_eq!(fields[3], F::Note);
    assert_eq!(fields[7], F::Skip);
    assert_eq!(p.add[0].1.country, "");
    assert_eq!(p.add[0].1.notes, "Pays: Spain");
}

#[test]
fn duplicates_within_the_file_and_against_the_draft_are_left_out() {
    let mut draft = Draft::default();
    draft.selection.applicants.push(Applicant {
        name: "Ana Ruiz".into(),
        email: "Ana.Ruiz@Example.org".into(),
        ..Default::default()
    });
    draft.selection.applicants.push(Applicant {
        name: "Lea  DUBOIS".into(),
        country: "france".into(),
        ..Default::default()
    });
    let csv = "Name,Email,Country\n\
               Ana R.,ana.ruiz@example.org,Spain\n\
               Léa Dubois,,France\n\
               Kwame Mensah,kwame@example.com,Ghana\n\
               K. Mensah,KWAME@example.com,Ghana\n\
               Kwame  mensah,,ghana\n\
               Kwame Mensah,,Togo\n";
    let (_, _, p) = import(&draft, csv.as_bytes());
    let names: Vec<&str> = p.add.iter().map(|(_, a)| a.name.as_str()).collect();
    assert_eq!(names, ["Kwame Mensah", "Kwame Mensah"]);
    let lines: Vec<(usize, Sameness, Option<usize>)> = p
        .duplicates
        .iter()
        .map(|d| (d.line, d.same, d.of_line))
        .collect();
    assert_eq!(
        lines,
        [
            (2, Sameness::Email, None),
            (3, Sameness::NameAndCountry, None),
            (5, Sameness::Email, Some(4)),
            (6, Sameness::NameAndCountry, Some(4)),
        ]
    );
    assert_eq!(
        words::duplicate(&p.duplicates[0], Lang::En),
        "Line 2: same e-mail as Ana Ruiz"
    );
    assert_eq!(
        words::duplicate(&p.duplicates[2], Lang::En),
        "Line 5: same e-mail as Kwame Mensah (line 4)"
    );
}

#[test]
fn importing_adds_the_applicants_and_remembers_the_columns() {
    let mut draft = Draft::default();
    let (table, mut fields, _) = import(&draft, SEMICOLON);
    fields[7] = F::Skip;
    let p = preview(&draft, &table, &fields);
    assert_eq!(add_applicants(&mut draft, p, &table.headers, &fields), 12);
    assert_eq!(draft.selection.applicants.len(), 12);
    assert_eq!(draft.selection.applicants[0].notes, "");
    assert_eq!(draft.selection.columns.len(), 8);
    // The same file again: the choice comes back, and every row is a duplicate.
    let (_, fields, p) = import(&draft, SEMICOLON);
    assert_eq!(fields[7], F::Skip);
    assert!(p.add.is_empty());
    assert_eq!(p.duplicates.len(), 12);
    assert_eq!(add_applicants(&mut draft, p, &table.headers, &fields), 0);
    assert_eq!(draft.selection.applicants.len(), 12);
    assert_eq!(
        draft.selection.columns.len(),
        8,
        "a header is remembered once"
    );
}

#[test]
fn without_a_name_column_nothing_is_added() {
    let table = read_form(GOOGLE).unwrap();
    let fields = vec![F::Skip; table.headers.len()];
    let p = preview(&Draft::default(), &table, &fields);
    assert!(p.no_name_column);
    assert!(p.add.is_empty());
    assert_eq!(p.unreadable.len(), 3);
}
