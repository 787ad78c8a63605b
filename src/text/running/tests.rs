use super::*;
use crate::model::{Decimal2, PersonRole, Session};

#[test]
fn every_session_is_a_row_with_names_not_ids() {
    let mut d = Draft::blank("t");
    let ana = d.add_participant();
    let ben = d.add_participant();
    Participant::find_mut(&mut d, ana).unwrap().name = "Ana Ruiz".into();
    Participant::find_mut(&mut d, ben).unwrap().name = "=Ben".into();
    let mentor = d.add_person(PersonRole::Expert);
    Person::find_mut(&mut d, mentor).unwrap().name = "Ingrid Berg".into();
    d.running.sessions.push(Session {
        date: Some("2027-02-10".parse().unwrap()),
        hours: Some(Decimal2(150)),
        participant_ids: vec![ana, ben],
        mentor_ids: vec![mentor],
        logged_by: Some(mentor),
        notes: "=1+1".into(),
        next_steps: "Pitch, rehearsed".into(),
        ..Session::default()
    });
    crate::text::set_lang(crate::model::Lang::En);
    let csv = sessions_csv(&d);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("Date,Phase,Collective or individual"),
        "{}",
        lines[0]
    );
    // A cell a spreadsheet would run as a formula is defused.
    assert!(
        lines[1]
            == "2027-02-10,,Individual,,1.5,Ana Ruiz; =Ben,Ingrid Berg,,'=1+1,\"Pitch, rehearsed\",Ingrid Berg",
        "{}",
        lines[1]
    );
}

#[test]
fn every_column_heading_is_in_the_locale_files() {
    crate::text::tests::assert_keys_exist(SESSION_COLUMNS.map(|(column, _)| heading_key(column)));
}
