use super::*;
use crate::model::{Decimal2, PersonRole, PhaseKind, Requirement, SessionKind};

use crate::model::samples::{date as d, programme_from};

/// A programme with two mentors: Ingrid mentors Ana and Ben, Marc mentors
/// Cleo. Ana has a private e-mail address, which no sheet may carry.
struct Programme {
    draft: Draft,
    ingrid: Id,
    marc: Id,
    ana: Id,
    ben: Id,
    cleo: Id,
}

fn programme() -> Programme {
    let mut draft = programme_from("2027-01-04", "2027-06-30");
    draft.overview.title = "Nordic Stages".into();
    let phase = draft.add_phase(PhaseKind::IndividualMentoring, "One to one");
    let p = crate::model::Phase::find_mut(&mut draft, phase).unwrap();
    p.start = Some(d("2027-02-01"));
    p.end = Some(d("2027-03-31"));
    p.mode = Some(Mode::Remote);
    let mandatory = draft.add_content();
    crate::model::MentorshipContent::find_mut(&mut draft, mandatory)
        .unwrap()
        .title = "Market landscape".into();
    let other = draft.add_content();
    let c = crate::model::MentorshipContent::find_mut(&mut draft, other).unwrap();
    c.title = "Chosen by nobody".into();
    c.requirement = Requirement::Optional;
    let ingrid = draft.add_person(PersonRole::Expert);
    let marc = draft.add_person(PersonRole::Expert);
    Person::find_mut(&mut draft, ingrid).unwrap().name = "Ingrid Berg".into();
    Person::find_mut(&mut draft, marc).unwrap().name = "Marc Olsen".into();
    let [ana, ben, cleo] = ["Ana Ruiz", "Ben Tal", "Cleo Maris"].map(|name| {
        let id = draft.add_participant();
        let p = Participant::find_mut(&mut draft, id).unwrap();
        p.name = name.into();
        p.email = format!("{}@private.example", name.to_lowercase().replace(' ', "."));
        p.country = "Somewhere".into();
        id
    });
    draft.add_goal(ana);
    draft.assign_mentor(ingrid, ana, None).unwrap();
    draft.assign_mentor(ingrid, ben, None).unwrap();
    draft.assign_mentor(marc, cleo, None).unwrap();
    Programme {
        draft,
        ingrid,
        marc,
        ana,
        ben,
        cleo,
    }
}

fn sheet_of(p: &Programme, mentor: Id) -> LogSheet {
    let person = Person::find(&p.draft, mentor).unwrap();
    LogSheet::issue(&p.draft, person, Lang::En, "2027-02-01T09:00:00Z")
}

/// What the mentor does in their browser: three sessions, sent back.
fn logged(p: &Programme) -> LogSheet {
    let mut sheet = sheet_of(p, p.ingrid);
    for (date, who, hours) in [
        ("2027-02-03", p.ana, 150),
        ("2027-02-10", p.ben, 100),
        ("2027-02-17", p.ana, 125),
    ] {
        let id = sheet.add_session(Some(d(date)), Some(who));
        let s = sheet.sessions.iter_mut().find(|s| s.id == id).unwrap();
        s.hours = Some(Decimal2(hours));
        s.notes = format!("Worked with {who}");
    }
    sheet.returned_at = Some("2027-02-18T17:00:00Z".into());
    sheet
}

/// Through a file, as the mentor sends it and the owner opens it.
fn through_a_file(sheet: &LogSheet) -> LogSheet {
    LogSheet::read(sheet.to_text().as_bytes()).expect("a sheet reads back")
}

#[test]
fn a_sheet_carries_the_mentors_mentees_and_plans_and_nothing_private() {
    let p = programme();
    let sheet = sheet_of(&p, p.ingrid);
    let names: Vec<&str> = sheet.mentees.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Ana Ruiz", "Ben Tal"]);
    assert_eq!(sheet.mentee(p.ana).unwrap().plan.goals.len(), 1);
    assert!(sheet.mentee(p.cleo).is_none(), "no other mentor's mentee");
    // Only the contents in those mentees' plans (the mandatory one here).
    let contents: Vec<&str> = sheet.contents.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(contents, ["Market landscape"]);
    let text = sheet.to_text();
    for private in ["@private.example", "Somewhere", "Cleo Maris", "Marc Olsen"] {
        assert!(!text.contains(private), "{private} is on the sheet");
    }
    assert_eq!(
        sheet.file_name(),
        "nordic-stages.ingrid-berg.log-sheet.json"
    );
    assert_eq!(logged(&p).file_name(), "nordic-stages.ingrid-berg.log.json");
}

#[test]
fn a_new_session_on_the_sheet_takes_the_phase_and_mode_of_its_date() {
    let p = programme();
    let mut sheet = sheet_of(&p, p.ingrid);
    let id = sheet.add_session(Some(d("2027-02-03")), Some(p.ana));
    let s = sheet.sessions.iter().find(|s| s.id == id).unwrap();
    assert_eq!(s.phase_id, Some(p.draft.phases[0].id));
    assert_eq!(s.mode, Some(Mode::Remote));
    assert_eq!(s.kind, SessionKind::Individual);
    assert_eq!(
        (&s.participant_ids[..], &s.mentor_ids[..]),
        (&[p.ana][..], &[p.ingrid][..])
    );
    assert_eq!(s.logged_by, Some(p.ingrid));
}

#[test]
fn sessions_are_taken_by_id_sent_twice_they_count_once_and_changed_they_are_updated() {
    let mut p = programme();
    let sheet = through_a_file(&logged(&p));
    let received = receive_log(&p.draft, &sheet).unwrap();
    assert_eq!(
        (received.added, received.updated, received.unchanged),
        (3, 0, 0)
    );
    received.apply(&mut p.draft, "2027-02-19T08:00:00Z");
    assert_eq!(p.draft.running.sessions.len(), 3);
    let s = &p.draft.running.sessions[0];
    assert_eq!(s.logged_by, Some(p.ingrid));
    assert_eq!(s.hours, Some(Decimal2(150)));

    // The same file again: nothing new.
    let again = receive_log(&p.draft, &sheet).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));
    again.apply(&mut p.draft, "2027-02-19T08:00:00Z");
    assert_eq!(p.draft.running.sessions.len(), 3);

    // The mentor corrects one session and logs a fourth.
    let mut later = sheet.clone();
    later.sessions[1].hours = Some(Decimal2(200));
    later.add_session(Some(d("2027-02-24")), Some(p.ben));
    let third = receive_log(&p.draft, &through_a_file(&later)).unwrap();
    assert_eq!((third.added, third.updated, third.unchanged), (1, 1, 2));
    third.apply(&mut p.draft, "2027-02-19T08:00:00Z");
    assert_eq!(p.draft.running.sessions.len(), 4);
    assert_eq!(p.draft.running.sessions[1].hours, Some(Decimal2(200)));
    // Hours done come out exact: Ana 1.5 + 1.25, Ben 2 + 0.
    let progress = p.draft.progress(d("2027-03-01"));
    let done = |id| {
        progress
            .participants
            .iter()
            .find(|x| x.id == id)
            .unwrap()
            .hours
            .done
    };
    assert_eq!(done(p.ana), Decimal2(275));
    assert_eq!(done(p.ben), Decimal2(200));
}

#[test]
fn a_sheet_for_another_programme_from_nobody_or_not_sent_back_is_refused() {
    let p = programme();
    let sheet = logged(&p);
    let mut other = sheet.clone();
    other.programme_id = Id::new();
    assert_eq!(
        receive_log(&p.draft, &other),
        Err(LogRefusal::OtherProgramme("Nordic Stages".into()))
    );
    let mut nobody = sheet.clone();
    nobody.mentor_id = Id::new();
    nobody.mentor_name = "Someone Else".into();
    assert_eq!(
        receive_log(&p.draft, &nobody),
        Err(LogRefusal::UnknownMentor("Someone Else".into()))
    );
    let given = sheet_of(&p, p.ingrid);
    assert_eq!(
        receive_log(&p.draft, &given),
        Err(LogRefusal::NotReturned("Ingrid Berg".into()))
    );
}

#[test]
fn a_sheet_changed_by_hand_is_refused_and_takes_nothing() {
    let mut p = programme();
    // Another mentor's mentee written into the sheet.
    let mut tampered = logged(&p);
    tampered.sessions[0].participant_ids.push(p.cleo);
    assert_eq!(
        receive_log(&p.draft, &tampered),
        Err(LogRefusal::NotTheirMentee {
            mentor: "Ingrid Berg".into()
        })
    );
    // A session the owner logged, rewritten through a mentor's sheet.
    let owners = p.draft.add_session(Some(d("2027-02-05")), Some(p.ana));
    let mut rewrite = logged(&p);
    rewrite.sessions[0].id = owners;
    assert_eq!(
        receive_log(&p.draft, &rewrite),
        Err(LogRefusal::NotTheirSession {
            mentor: "Ingrid Berg".into()
        })
    );
    // A session too long to be one, and a mentee logged twice.
    let mut long = logged(&p);
    long.sessions[2].hours = Some(Decimal2::whole(30));
    let Err(refusal @ LogRefusal::Damaged(problem)) = &receive_log(&p.draft, &long) else {
        panic!("a 30-hour session is refused");
    };
    assert_eq!(problem.path, "running.sessions[3].hours");
    let words = log_refusal_words(refusal, Lang::En);
    assert!(words.contains("running.sessions[3].hours: "), "{words}");
    assert!(words.contains("30"), "{words}");
    let mut twice = logged(&p);
    twice.sessions[0].participant_ids.push(p.ana);
    assert!(matches!(
        receive_log(&p.draft, &twice),
        Err(LogRefusal::Damaged(_))
    ));
    // And Marc's sheet cannot log Ingrid's mentees.
    let mut marcs = sheet_of(&p, p.marc);
    marcs.add_session(Some(d("2027-02-03")), Some(p.ana));
    marcs.returned_at = Some("now".into());
    assert!(receive_log(&p.draft, &marcs).is_err());
    assert_eq!(
        p.draft.running.sessions.len(),
        1,
        "only the owner's session"
    );
}

#[test]
fn a_file_that_is_not_a_log_sheet_or_is_newer_is_refused_with_the_reason() {
    let p = programme();
    let text = logged(&p).to_text();
    assert_eq!(
        LogSheet::read(b"not json")
            .map(|_| ())
            .map_err(|e| matches!(e, LogError::Unreadable(_))),
        Err(true)
    );
    assert_eq!(
        LogSheet::read(br#"{"format": "trajectory-studio"}"#),
        Err(LogError::NotASheet)
    );
    let newer = text.replacen("\"schema_version\": 1", "\"schema_version\": 7", 1);
    assert_eq!(LogSheet::read(newer.as_bytes()), Err(LogError::Newer(7)));
    let twice = text.replacen(
        "\"mentor_name\"",
        "\"mentor_name\": \"X\", \"mentor_name\"",
        1,
    );
    assert!(
        matches!(LogSheet::read(twice.as_bytes()), Err(LogError::Unreadable(why)) if why.contains("duplicate field"))
    );
    let huge = vec![b' '; MAX_LOG_BYTES + 1];
    assert_eq!(LogSheet::read(&huge), Err(LogError::TooLarge));
    assert!(LogSheet::claims(text.as_bytes()));
    assert!(!LogSheet::claims(
        br#"{"format": "trajectory-studio", "drafts": []}"#
    ));
    for e in [LogError::TooLarge, LogError::NotASheet, LogError::Newer(7)] {
        assert_ne!(log_error_words(&e, Lang::En), log_error_words(&e, Lang::Fr));
    }
}

#[test]
fn the_fixture_log_comes_back_into_the_fixture_programme_by_id() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let programme = std::fs::read(root.join("good/running-under-way.json")).unwrap();
    let mut draft = crate::format::parse_file(&programme)
        .unwrap()
        .drafts
        .remove(0);
    let sheet =
        LogSheet::read(&std::fs::read(root.join("log-sheets/returned.json")).unwrap()).unwrap();
    let received = receive_log(&draft, &sheet).unwrap();
    // One session the mentor had logged, corrected; one new.
    assert_eq!(
        (received.added, received.updated, received.unchanged),
        (1, 1, 0)
    );
    received.apply(&mut draft, "2027-02-19T08:00:00Z");
    assert_eq!(draft.running.sessions.len(), 3);
    let ana = draft.running.participants[0].id;
    let progress = draft.progress(d("2027-03-01"));
    // 6 collective + 2 (corrected from 1.5) + 1.25.
    assert_eq!(progress.participants[0].id, ana);
    assert_eq!(progress.participants[0].hours.done, Decimal2(925));
}

#[test]
fn a_session_the_mentor_removed_goes_and_one_they_never_had_stays() {
    let mut p = programme();
    let mut sheet = logged(&p);
    receive_log(&p.draft, &sheet)
        .unwrap()
        .apply(&mut p.draft, "2027-02-19T08:00:00Z");
    // The owner logs a session of their own; the mentor, on the sheet
    // they keep, removes their second session and sends the sheet again.
    let owners = p.draft.add_session(Some(d("2027-02-20")), Some(p.ana));
    let gone = sheet.sessions[1].id;
    sheet.remove_session(gone);
    sheet.remove_session(owners);
    sheet.remove_session(gone);
    assert_eq!(sheet.removed_sessions, [gone, owners]);
    let received = receive_log(&p.draft, &through_a_file(&sheet)).unwrap();
    assert_eq!(received.removed, [gone]);
    assert_eq!(
        (received.added, received.updated, received.unchanged),
        (0, 0, 2)
    );
    received.apply(&mut p.draft, "2027-02-26T08:00:00Z");
    let ids: Vec<Id> = p.draft.running.sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(!ids.contains(&gone));
    assert!(ids.contains(&owners), "the owner's session stays");
    // Sent once more, it removes nothing more.
    let again = receive_log(&p.draft, &sheet).unwrap();
    assert!(again.removed.is_empty());
}

#[test]
fn a_sheet_given_out_is_awaited_until_its_log_is_taken_in() {
    let mut p = programme();
    assert!(p.draft.logs_out().is_empty());
    p.draft.log_sheet_given(p.ingrid, "2027-02-01T09:00:00Z");
    p.draft.log_sheet_given(p.marc, "2027-02-01T09:05:00Z");
    assert_eq!(p.draft.logs_out(), [p.ingrid, p.marc]);
    receive_log(&p.draft, &logged(&p))
        .unwrap()
        .apply(&mut p.draft, "2027-02-19T08:00:00Z");
    assert_eq!(p.draft.logs_out(), [p.marc]);
    // A new sheet given after that is awaited again.
    p.draft.log_sheet_given(p.ingrid, "2027-03-01T09:00:00Z");
    assert_eq!(p.draft.logs_out(), [p.ingrid, p.marc]);
    // A mentor with no mentee left is awaited no more.
    p.draft
        .withdraw(p.cleo, Some(d("2027-03-02")), "moved abroad");
    assert_eq!(p.draft.logs_out(), [p.ingrid]);
}
