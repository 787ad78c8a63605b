use crate::model::*;

use crate::model::samples::date as d;

/// Five applicants ranked by the owner's grid: two places, two on the
/// waiting list (Dana before Eli), one not selected.
fn selected() -> Draft {
    let mut draft = Draft::blank("t");
    draft.overview.places = Some(2);
    draft.selection.waiting_places = Some(2);
    let criterion = draft.add_criterion();
    SelectionCriterion::find_mut(&mut draft, criterion)
        .unwrap()
        .weight = 100;
    for (name, score) in [("Ana", 5), ("Ben", 4), ("Dana", 3), ("Eli", 2), ("Fay", 1)] {
        let id = draft.add_applicant();
        let a = Applicant::find_mut(&mut draft, id).unwrap();
        a.name = name.into();
        a.email = format!("{}@example.org", name.to_lowercase());
        a.organisation = format!("{name}'s studio");
        a.scores.push(Score {
            criterion_id: criterion,
            value: score,
            ..Score::default()
        });
    }
    draft.apply_ranking();
    draft
}

/// [`selected`] with its two selected applicants made participants: Ana
/// and Ben.
fn taking_part() -> (Draft, Id, Id) {
    let mut draft = selected();
    let [ana, ben] = draft.participants_from_selection()[..] else {
        panic!("two places, two participants");
    };
    (draft, ana, ben)
}

fn names(d: &Draft) -> Vec<&str> {
    d.running
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

#[test]
fn participants_come_from_the_selected_applicants_once() {
    let mut draft = selected();
    let added = draft.participants_from_selection();
    assert_eq!(added.len(), 2);
    assert_eq!(names(&draft), ["Ana", "Ben"]);
    let ana = &draft.running.participants[0];
    assert_eq!(ana.email, "ana@example.org");
    assert_eq!(ana.organisation, "Ana's studio");
    assert_eq!(ana.applicant_id, Some(draft.selection.applicants[0].id));
    // Again: nobody is made twice.
    assert!(draft.participants_from_selection().is_empty());
    assert_eq!(draft.running.participants.len(), 2);
    // By hand: an empty record with no application behind it.
    let hand = draft.add_participant();
    let p = Participant::find(&draft, hand).unwrap();
    assert_eq!((p.applicant_id, p.name.as_str()), (None, ""));
}

#[test]
fn a_withdrawal_keeps_the_record_and_offers_the_place_to_the_waiting_list() {
    let (mut draft, ana, ben) = taking_part();
    let next = draft.withdraw(ben, Some(d("2027-03-15")), "A tour abroad");
    let dana = draft.selection.applicants[2].id;
    assert_eq!(next, Some(dana));
    let b = Participant::find(&draft, ben).unwrap();
    assert_eq!(
        b.withdrawal.as_ref().map(|w| w.reason.as_str()),
        Some("A tour abroad")
    );
    assert!(!b.in_programme_on(d("2027-03-16")));
    assert!(b.in_programme_on(d("2027-03-15")));

    let cleo = draft.offer_place(dana, Some(d("2027-03-20"))).unwrap();
    let a = Applicant::find(&draft, dana).unwrap();
    assert!(a.selected && !a.waiting);
    let c = Participant::find(&draft, cleo).unwrap();
    assert_eq!((c.name.as_str(), c.joined), ("Dana", Some(d("2027-03-20"))));
    assert_eq!(names(&draft), ["Ana", "Ben", "Dana"]);

    // The next withdrawal reaches Eli, then nobody is left waiting.
    assert_eq!(
        draft.withdraw(ana, None, ""),
        Some(draft.selection.applicants[3].id)
    );
    let eli = draft.selection.applicants[3].id;
    draft.offer_place(eli, None);
    assert_eq!(draft.next_on_waiting_list(), None);

    draft.cancel_withdrawal(ben);
    assert!(!Participant::find(&draft, ben).unwrap().is_withdrawn());
}

#[test]
fn a_mentors_capacity_is_enforced_and_a_withdrawal_frees_a_place() {
    let mut draft = Draft::blank("t");
    let mentor = draft.add_person(PersonRole::Expert);
    Person::find_mut(&mut draft, mentor).unwrap().capacity = Some(2);
    let [a, b, c] = [0, 1, 2].map(|_| draft.add_participant());
    let phase = draft.add_phase(PhaseKind::IndividualMentoring, "One to one");
    draft.assign_mentor(mentor, a, None).unwrap();
    // A second phase with the same mentee is still one mentee.
    draft.assign_mentor(mentor, a, Some(phase)).unwrap();
    draft.assign_mentor(mentor, b, None).unwrap();
    assert_eq!(
        draft.assign_mentor(mentor, c, None),
        Err(AssignError::Full { capacity: 2 })
    );
    assert_eq!(
        draft.assign_mentor(mentor, a, None),
        Err(AssignError::Already)
    );
    assert_eq!(
        draft.assign_mentor(Id::new(), a, None),
        Err(AssignError::Unknown)
    );
    assert_eq!(draft.mentees(mentor), [a, b]);
    draft.withdraw(b, None, "");
    assert!(draft.assign_mentor(mentor, c, None).is_ok());
    // No capacity is no limit.
    let open = draft.add_person(PersonRole::EndUser);
    for p in [a, b, c] {
        assert!(draft.assign_mentor(open, p, None).is_ok());
    }
}

#[test]
fn a_mentor_who_declared_a_conflict_in_the_committee_is_flagged() {
    let (mut draft, ana, ben) = taking_part();
    let ana_application = draft.selection.applicants[0].id;
    let member = draft.add_member("  Marie   Curie ");
    draft.set_conflict(member, ana_application, true);
    let mentor = draft.add_person(PersonRole::Expert);
    Person::find_mut(&mut draft, mentor).unwrap().name = "marie curie".into();
    assert!(draft.mentor_conflict(mentor, ana));
    assert!(!draft.mentor_conflict(mentor, ben));
    let other = draft.add_person(PersonRole::Expert);
    assert!(!draft.mentor_conflict(other, ana), "a blank name is nobody");
}

#[test]
fn deleting_leaves_nothing_dangling() {
    let (mut draft, ana, ben) = taking_part();
    let phase = draft.add_phase(PhaseKind::CollectiveMentoring, "Group");
    let content = draft.add_content();
    let mentor = draft.add_person(PersonRole::Expert);
    draft.assign_mentor(mentor, ana, Some(phase)).unwrap();
    draft.assign_mentor(mentor, ana, None).unwrap();
    draft.assign_mentor(mentor, ben, None).unwrap();
    let p = Participant::find_mut(&mut draft, ana).unwrap();
    p.plan.content_ids.push(content);
    let goal = PlanGoal {
        content_ids: vec![content],
        ..PlanGoal::default()
    };
    p.plan.goals.push(goal);
    let session = draft.add_session(None, None);
    let s = Session::find_mut(&mut draft, session).unwrap();
    assert_eq!(
        s.participant_ids,
        [ana, ben],
        "a collective session has everyone"
    );
    s.phase_id = Some(phase);
    s.mentor_ids = vec![mentor];
    s.logged_by = Some(mentor);
    s.content_ids = vec![content];
    assert!(check_integrity(&draft).is_empty());

    draft.delete_phase(phase);
    assert_eq!(
        draft.running.assignments.len(),
        2,
        "the two whole-programme pairs stay"
    );
    draft.delete_content(content);
    draft.delete_participant(ben);
    let ana_application = draft.selection.applicants[0].id;
    draft.remove_applicant(ana_application);
    assert!(
        check_integrity(&draft).is_empty(),
        "{:?}",
        check_integrity(&draft)
    );
    draft.delete_person(mentor);
    assert!(
        check_integrity(&draft).is_empty(),
        "{:?}",
        check_integrity(&draft)
    );
    assert!(draft.running.assignments.is_empty());
    let s = &draft.running.sessions[0];
    assert_eq!(s.participant_ids, [ana]);
    assert!(s.mentor_ids.is_empty() && s.logged_by.is_none() && s.content_ids.is_empty());
    assert_eq!(draft.running.participants[0].applicant_id, None);
    assert_eq!(names(&draft), ["Ana"]);
}

#[test]
fn a_new_session_takes_its_phase_and_mode_from_its_date() {
    let mut draft = Draft::blank("t");
    let remote = draft.add_phase(PhaseKind::RemoteWork, "Remote");
    let p = Phase::find_mut(&mut draft, remote).unwrap();
    p.start = Some(d("2027-02-01"));
    p.end = Some(d("2027-02-28"));
    p.mode = Some(Mode::Remote);
    let ana = draft.add_participant();
    let late = draft.add_participant();
    Participant::find_mut(&mut draft, late).unwrap().joined = Some(d("2027-03-01"));
    let id = draft.add_session(Some(d("2027-02-10")), Some(ana));
    let s = Session::find(&draft, id).unwrap();
    assert_eq!(
        (s.kind, s.phase_id, s.mode),
        (SessionKind::Individual, Some(remote), Some(Mode::Remote))
    );
    let id = draft.add_session(Some(d("2027-02-11")), None);
    let s = Session::find(&draft, id).unwrap();
    assert_eq!(
        (s.kind, &s.participant_ids[..]),
        (SessionKind::Collective, &[ana][..])
    );
    let id = draft.add_session(Some(d("2027-05-01")), None);
    let s = Session::find(&draft, id).unwrap();
    assert_eq!((s.phase_id, s.mode), (None, None));
}

#[test]
fn a_plan_holds_one_to_five_goals_and_every_mandatory_content() {
    let mut draft = Draft::blank("t");
    let mandatory = draft.add_content();
    let optional = draft.add_content();
    MentorshipContent::find_mut(&mut draft, optional)
        .unwrap()
        .requirement = Requirement::Optional;
    let ana = draft.add_participant();
    let goals: Vec<_> = (0..6).map(|_| draft.add_goal(ana)).collect();
    assert!(goals[..5].iter().all(Option::is_some));
    assert_eq!(goals[5], None, "five goals at most");
    assert!(draft.remove_goal(ana, goals[0].unwrap()));
    assert!(draft.add_goal(ana).is_some());

    let p = Participant::find(&draft, ana).unwrap().clone();
    assert_eq!(draft.planned_contents(&p), [mandatory]);
    Participant::find_mut(&mut draft, ana)
        .unwrap()
        .plan
        .content_ids
        .push(optional);
    let p = Participant::find(&draft, ana).unwrap().clone();
    assert_eq!(draft.planned_contents(&p), [mandatory, optional]);

    let action = draft.add_plan_action(ana).unwrap();
    assert!(draft.remove_plan_action(ana, action));
    assert!(!draft.remove_plan_action(ana, action));
}

#[test]
fn integrity_names_the_running_parts_problems() {
    let mut draft = Draft::blank("t");
    let ana = draft.add_participant();
    let ghost = Id::new();
    draft.running.sessions.push(Session {
        participant_ids: vec![ana, ghost, ana],
        hours: Some(Decimal2::whole(25)),
        ..Session::default()
    });
    Participant::find_mut(&mut draft, ana)
        .unwrap()
        .plan
        .goals
        .push(PlanGoal {
            progress: 120,
            ..PlanGoal::default()
        });
    draft.running.assignments.push(Assignment {
        person_id: ghost,
        participant_id: ana,
        ..Assignment::default()
    });
    let ben = draft.add_participant();
    Participant::find_mut(&mut draft, ben).unwrap().plan.goals =
        (0..6).map(|_| PlanGoal::default()).collect();
    let problems: Vec<(String, Issue)> = check_integrity(&draft)
        .into_iter()
        .map(|p| (p.path, p.issue))
        .collect();
    assert_eq!(
        problems,
        [
            (
                "running.assignments[0].person_id".to_string(),
                Issue::Dangling {
                    to: Referent::Person,
                    id: ghost
                }
            ),
            (
                "running.sessions[0].participant_ids[1]".to_string(),
                Issue::Dangling {
                    to: Referent::Participant,
                    id: ghost
                }
            ),
            (
                "running.sessions[0].participant_ids[2]".to_string(),
                Issue::ListedTwice { id: ana, first: 0 }
            ),
            (
                "running.sessions[0].hours".to_string(),
                Issue::SessionTooLong(2500)
            ),
            (
                "running.participants[0].plan.goals[0].progress".to_string(),
                Issue::ProgressOver100(120)
            ),
            (
                "running.participants[1].plan.goals".to_string(),
                Issue::TooManyGoals(6)
            ),
        ]
    );
}
