//! The figures of a small programme built here, against values worked
//! out by hand in the comments.

use crate::model::*;

use crate::model::samples::{date as d, programme_from};

fn h(s: &str) -> Decimal2 {
    s.parse().expect("hours")
}

fn hours(planned: &str, done: &str) -> Hours {
    Hours {
        planned: h(planned),
        done: h(done),
    }
}

/// Names of what the programme holds, to write the expectations.
struct Built {
    draft: Draft,
    phases: [Id; 3],
    contents: [Id; 3],
    ana: Id,
    ben: Id,
    cleo: Id,
    m: Id,
    o: Id,
}

/// Three phases (4 h remote, 12 h face to face, 10 h hybrid = 26 h each),
/// three contents (one mandatory), three participants (Ana from the
/// start, Ben who withdrew on 15 March, Cleo who joined on 20 March),
/// three mentors, and seven sessions, one of them still to come.
fn built() -> Built {
    let mut draft = programme_from("2027-01-04", "2027-06-30");
    let phase = |start: &str, end: &str, hours: &str, mode: Mode| Phase {
        start: Some(d(start)),
        end: Some(d(end)),
        hours: Some(h(hours)),
        mode: Some(mode),
        ..Phase::default()
    };
    let p = [
        phase("2027-01-04", "2027-01-31", "4", Mode::Remote),
        phase("2027-02-01", "2027-03-31", "12", Mode::FaceToFace),
        phase("2027-04-01", "2027-06-30", "10", Mode::Hybrid),
    ];
    let phases = p.clone().map(|p| p.id);
    draft.phases = p.to_vec();
    let content = |requirement| MentorshipContent {
        requirement,
        ..MentorshipContent::default()
    };
    let c = [
        content(Requirement::Mandatory),
        content(Requirement::Optional),
        content(Requirement::Optional),
    ];
    let contents = c.clone().map(|c| c.id);
    draft.contents = c.to_vec();
    let [m, n, o] = [0, 1, 2].map(|_| draft.add_person(PersonRole::Expert));

    let ana = draft.add_participant();
    let ben = draft.add_participant();
    let cleo = draft.add_participant();
    Participant::find_mut(&mut draft, ana)
        .unwrap()
        .plan
        .content_ids
        .push(contents[1]);
    let b = Participant::find_mut(&mut draft, ben).unwrap();
    b.withdrawal = Some(Withdrawal {
        date: Some(d("2027-03-15")),
        ..Withdrawal::default()
    });
    let c = Participant::find_mut(&mut draft, cleo).unwrap();
    c.joined = Some(d("2027-03-20"));
    c.plan.content_ids.push(contents[2]);

    draft.assign_mentor(m, ana, None).unwrap();
    draft.assign_mentor(m, cleo, Some(phases[2])).unwrap();
    draft.assign_mentor(n, ben, None).unwrap();
    draft.assign_mentor(o, cleo, None).unwrap();

    let session = |date: Option<&str>,
                   phase: Option<usize>,
                   kind: SessionKind,
                   mode: Option<Mode>,
                   hours: &str,
                   who: &[Id],
                   mentors: &[Id],
                   covered: &[Id]| Session {
        date: date.map(d),
        phase_id: phase.map(|i| phases[i]),
        kind,
        mode,
        hours: Some(h(hours)),
        participant_ids: who.to_vec(),
        mentor_ids: mentors.to_vec(),
        content_ids: covered.to_vec(),
        ..Session::default()
    };
    use Mode::{FaceToFace, Remote};
    use SessionKind::{Collective, Individual};
    let [c0, c1, _] = contents;
    draft.running.sessions = vec![
        session(
            Some("2027-01-10"),
            Some(0),
            Individual,
            Some(Remote),
            "1.5",
            &[ana],
            &[m],
            &[c0],
        ),
        session(
            Some("2027-01-12"),
            Some(0),
            Individual,
            Some(Remote),
            "2",
            &[ben],
            &[n],
            &[],
        ),
        session(
            Some("2027-02-10"),
            Some(1),
            Collective,
            Some(FaceToFace),
            "6",
            &[ana, ben],
            &[m, n],
            &[c0, c1],
        ),
        session(
            Some("2027-03-25"),
            Some(1),
            Collective,
            Some(FaceToFace),
            "6",
            &[ana, cleo],
            &[m],
            &[],
        ),
        session(
            Some("2027-04-02"),
            Some(2),
            Individual,
            Some(Remote),
            "1.25",
            &[cleo],
            &[m],
            &[],
        ),
        session(
            Some("2027-05-20"),
            Some(2),
            Individual,
            Some(FaceToFace),
            "2",
            &[ana],
            &[m],
            &[c0],
        ),
        session(
            Some("2027-04-05"),
            None,
            Individual,
            None,
            "0.5",
            &[ana],
            &[m],
            &[],
        ),
    ];
    Built {
        draft,
        phases,
        contents,
        ana,
        ben,
        cleo,
        m,
        o,
    }
}

fn of(progress: &ProgrammeProgress, id: Id) -> &ParticipantProgress {
    progress
        .participants
        .iter()
        .find(|p| p.id == id)
        .expect("each participant has figures")
}

const TODAY: &str = "2027-04-25";

#[test]
fn hours_done_against_planned_by_phase_and_mode() {
    let b = built();
    let progress = b.draft.progress(d(TODAY));

    // Ana: every phase (26 h). Done 1.5 + 6 + 6 + 0.5 (no phase) = 14;
    // the session of 20 May is still to come.
    let ana = of(&progress, b.ana);
    assert_eq!(ana.hours, hours("26", "14"));
    // A phase by its place in the programme, as the sessions name it.
    let phase = |i: Option<usize>, planned, done| PhaseHours {
        phase_id: i.map(|i| b.phases[i]),
        hours: hours(planned, done),
    };
    assert_eq!(
        ana.by_phase,
        [
            phase(Some(0), "4", "1.5"),
            phase(Some(1), "12", "12"),
            phase(Some(2), "10", "0"),
            phase(None, "0", "0.5"),
        ]
    );
    assert_eq!(ana.by_mode.remote, hours("4", "1.5"));
    assert_eq!(ana.by_mode.face_to_face, hours("12", "12"));
    // The hybrid phase is planned under "other"; the session with no mode
    // is done there.
    assert_eq!(ana.by_mode.other, hours("10", "0.5"));

    // Ben left on 15 March, before the third phase began: 4 + 12 planned.
    let ben = of(&progress, b.ben);
    assert_eq!(ben.hours, hours("16", "8"));
    assert_eq!(
        ben.by_phase,
        [phase(Some(0), "4", "2"), phase(Some(1), "12", "6")]
    );

    // Cleo joined on 20 March, after the first phase ended: 12 + 10.
    let cleo = of(&progress, b.cleo);
    assert_eq!(cleo.hours, hours("22", "7.25"));
    assert_eq!(
        cleo.by_phase,
        [phase(Some(1), "12", "6"), phase(Some(2), "10", "1.25")]
    );
    // A remote session in a hybrid phase: done remote, planned as other.
    assert_eq!(cleo.by_mode.remote, hours("0", "1.25"));
    assert_eq!(cleo.by_mode.other, hours("10", "0"));

    // The programme: 26 + 16 + 22 planned, 14 + 8 + 7.25 done.
    assert_eq!(progress.hours, hours("64", "29.25"));
    assert_eq!((progress.sessions_held, progress.sessions_planned), (6, 1));
}

#[test]
fn attendance_counts_the_collective_sessions_of_each_ones_time() {
    let b = built();
    let progress = b.draft.progress(d(TODAY));
    let attendance = |id| {
        let p = of(&progress, id);
        (p.collective_attended, p.collective_held, p.last_session)
    };
    // Ana was at both collective sessions.
    assert_eq!(attendance(b.ana), (2, 2, Some(d("2027-04-05"))));
    // Ben: the second was after he left.
    assert_eq!(attendance(b.ben), (1, 1, Some(d("2027-02-10"))));
    // Cleo: the first was before she joined.
    assert_eq!(attendance(b.cleo), (1, 1, Some(d("2027-04-02"))));

    let mut missed = b.draft.clone();
    missed.running.sessions[3].participant_ids = vec![b.cleo];
    let progress = missed.progress(d(TODAY));
    assert_eq!(of(&progress, b.ana).collective_attended, 1);
    assert_eq!(of(&progress, b.ana).collective_held, 2);
}

#[test]
fn contents_covered_against_planned() {
    let b = built();
    let progress = b.draft.progress(d(TODAY));
    let [c0, c1, c2] = b.contents;
    // The mandatory content is in every plan; the optional ones as chosen.
    let ana = of(&progress, b.ana);
    assert_eq!(ana.contents_planned, [c0, c1]);
    assert_eq!(ana.contents_covered, [c0, c1]);
    assert_eq!(of(&progress, b.ben).contents_covered, [c0]);
    let cleo = of(&progress, b.cleo);
    assert_eq!(cleo.contents_planned, [c0, c2]);
    assert!(cleo.contents_covered.is_empty());
    assert_eq!(
        (progress.contents_covered, progress.contents_planned),
        (2, 3)
    );
}

#[test]
fn quiet_pairs_are_flagged_after_the_owners_number_of_days() {
    let b = built();
    let stalls = b.draft.progress(d(TODAY)).stalls;
    // M and Ana met on 5 April: 20 days, not yet. M and Cleo on 2 April:
    // 23 days. O and Cleo never: 36 days since she joined. Ben left.
    assert_eq!(
        stalls,
        [
            Stall {
                participant_id: b.cleo,
                person_id: b.m,
                last: Some(d("2027-04-02")),
                days: 23,
            },
            Stall {
                participant_id: b.cleo,
                person_id: b.o,
                last: None,
                days: 36,
            },
        ]
    );

    let mut patient = b.draft.clone();
    patient.running.stall_days = Some(30);
    let stalls = patient.progress(d(TODAY)).stalls;
    assert_eq!(stalls.len(), 1);
    assert_eq!(stalls[0].person_id, b.o);

    let mut strict = b.draft.clone();
    strict.running.stall_days = Some(20);
    assert_eq!(strict.progress(d(TODAY)).stalls.len(), 3);

    // Before the programme starts and after it ends, nobody is waiting.
    assert!(b.draft.progress(d("2027-01-01")).stalls.is_empty());
    assert!(b.draft.progress(d("2027-07-01")).stalls.is_empty());
}

#[test]
fn a_pair_for_one_phase_is_watched_during_that_phase_only() {
    let b = built();
    let mut d2 = b.draft.clone();
    d2.running
        .assignments
        .retain(|a| a.person_id == b.m && a.participant_id == b.cleo);
    // 28 March: the pair's phase starts on 1 April.
    assert!(d2.progress(d("2027-03-28")).stalls.is_empty());
    // 23 April: 21 days after their session of 2 April.
    assert_eq!(d2.progress(d("2027-04-23")).stalls.len(), 1);
    assert_eq!(d2.progress(d("2027-04-22")).stalls.len(), 0);
}

#[test]
fn a_blank_programme_has_no_figures_to_show() {
    let progress = Draft::blank("t").progress(d(TODAY));
    assert_eq!(progress, ProgrammeProgress::default());
}

#[test]
fn a_programme_is_designed_then_selects_then_runs_then_is_finished() {
    let mut d = Draft::blank("t");
    d.overview.end = Some(d_("2027-06-30"));
    let today = d_("2027-03-01");
    assert_eq!(d.stage(today), Stage::Designing);
    d.add_applicant();
    assert_eq!(d.stage(today), Stage::Selecting);
    d.add_participant();
    assert_eq!(d.stage(today), Stage::Running);
    assert_eq!(
        d.stage(d_("2027-06-30")),
        Stage::Running,
        "its last day still runs"
    );
    assert_eq!(d.stage(d_("2027-07-01")), Stage::Finished);
}

fn d_(s: &str) -> Date {
    d(s)
}
