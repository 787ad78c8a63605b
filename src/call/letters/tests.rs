//! Letters for each decision, in both languages, with the dates of the
//! phases, the feedback promised, and hostile text kept as text.

use super::*;
use crate::model::*;
use crate::templates::Template;

const NOW: &str = "2026-11-28T10:00:00Z";

/// The reference programme after the ranking: Ana selected, Ben and Dan on
/// the waiting list (Dan ranked above Ben), Chi not selected, Eve set aside.
fn decided() -> Draft {
    let mut d = Template::Reference.build(NOW, Date::ymd(2027, 1, 4).unwrap());
    d.overview.title = "Routes".into();
    d.overview.organisers = vec![
        Organiser {
            name: "Mobility Info Point".into(),
            ..Organiser::default()
        },
        Organiser {
            name: "Casa Arte".into(),
            role: OrganiserRole::Partner,
            ..Organiser::default()
        },
    ];
    d.overview.places = Some(1);
    d.selection.waiting_places = Some(2);
    d.selection.eligibility = vec!["Lives in the EU".into(), "Over 18".into()];
    d.selection.feedback.offered = Some(true);
    let criteria: Vec<Id> = d.selection.criteria.iter().map(|c| c.id).collect();
    for (name, score) in [("Ana", 5), ("Ben", 3), ("Chi", 1), ("Dan", 4), ("Eve", 5)] {
        let mut a = Applicant {
            name: name.into(),
            email: format!("{}@example.org", name.to_lowercase()),
            scores: criteria
                .iter()
                .map(|c| Score {
                    criterion_id: *c,
                    value: score,
                    ..Score::default()
                })
                .collect(),
            ..Applicant::default()
        };
        a.set_condition("Lives in the EU", Some(name != "Eve"));
        a.set_condition("Over 18", Some(true));
        d.selection.applicants.push(a);
    }
    let applied = d.apply_ranking();
    assert_eq!((applied.selected, applied.waiting), (1, 2));
    d
}

fn letter<'a>(letters: &'a [Letter], name: &str) -> &'a Letter {
    letters.iter().find(|l| l.name == name).unwrap()
}

#[test]
fn every_applicant_gets_a_letter_with_their_decision() {
    let d = decided();
    let all = letters(&d, Lang::En);
    assert_eq!(all.len(), 5);
    let decisions: Vec<(&str, &Decision)> =
        all.iter().map(|l| (l.name.as_str(), &l.decision)).collect();
    assert_eq!(
        decisions,
        [
            ("Ana", &Decision::Selected),
            ("Ben", &Decision::Waiting(2)),
            ("Chi", &Decision::NotSelected),
            ("Dan", &Decision::Waiting(1)),
            (
                "Eve",
                &Decision::NotEligible(vec!["Lives in the EU".into()])
            ),
        ]
    );
    assert_eq!(letter(&all, "Ana").email, "ana@example.org");
}

#[test]
fn letters_in_english_read_as_sentences() {
    let d = decided();
    let all = letters(&d, Lang::En);
    let ana = letter(&all, "Ana");
    assert_eq!(ana.subject, "Routes: you have been selected");
    assert!(
        ana.body
            .starts_with("Dear Ana,\n\nThank you for applying to Routes.\n\n")
    );
    assert!(
        ana.body
            .contains("We are pleased to tell you that you have been selected for Routes.")
    );
    assert!(ana.body.contains("What comes next:\n- "));
    assert!(
        ana.body
            .contains("Please reply to this message to confirm that you will take part.")
    );
    assert!(
        ana.body
            .ends_with("Kind regards,\nMobility Info Point\nCasa Arte\n"),
        "{}",
        ana.body
    );

    let dan = letter(&all, "Dan");
    assert_eq!(dan.subject, "Routes: you are on the waiting list");
    assert!(dan.body.contains("You are number 1 on the waiting list: "));
    let kick_off = crate::text::date(d.kick_off().unwrap(), Lang::En);
    assert!(dan.body.contains(&format!(
        "If a place becomes free for you, we will let you know by {kick_off}."
    )));
    assert!(
        letter(&all, "Ben")
            .body
            .contains("You are number 2 on the waiting list")
    );

    let chi = letter(&all, "Chi");
    assert_eq!(chi.subject, "Routes: the result of your application");
    assert!(chi.body.contains(
        "We are sorry to tell you that your application has not been selected this time."
    ));
    let eve = letter(&all, "Eve");
    assert!(eve.body.contains(
        "we could not consider your application, as it does not meet these conditions of the call:\n- Lives in the EU\n\n"
    ), "{}", eve.body);
    assert!(!eve.body.contains("Over 18"));
}

#[test]
fn letters_in_french_read_as_sentences() {
    let d = decided();
    let all = letters(&d, Lang::Fr);
    let ana = letter(&all, "Ana");
    assert_eq!(
        ana.subject,
        "«\u{a0}Routes\u{a0}»\u{a0}: votre candidature est retenue"
    );
    assert!(ana.body.starts_with(
        "Bonjour Ana,\n\nNous vous remercions pour votre candidature à «\u{a0}Routes\u{a0}»."
    ));
    assert!(ana.body.contains(
        "Nous avons le plaisir de vous annoncer que votre candidature a été retenue pour «\u{a0}Routes\u{a0}»."
    ));
    assert!(ana.body.contains("Les prochaines étapes\u{a0}:\n- "));
    assert!(
        ana.body
            .ends_with("Bien cordialement,\nMobility Info Point\nCasa Arte\n")
    );
    let kick_off = crate::text::date(d.kick_off().unwrap(), Lang::Fr);
    assert!(
        ana.body
            .contains(&format!("Le programme commence le {kick_off}."))
    );

    let dan = letter(&all, "Dan");
    assert!(
        dan.body
            .contains("Vous êtes en position 1 sur la liste d’attente\u{a0}: ")
    );
    assert!(dan.body.contains(&format!(
        "Si une place se libère pour vous, nous vous préviendrons au plus tard le {kick_off}."
    )));
    assert!(letter(&all, "Chi").body.contains(
        "Nous avons le regret de vous informer que votre candidature n’a pas été retenue cette fois-ci."
    ));
    assert!(
        letter(&all, "Eve").body.contains(
            "car elle ne remplit pas ces conditions de l’appel\u{a0}:\n- Lives in the EU"
        )
    );
    assert_eq!(
        letter(&all, "Eve").decision.label(Lang::Fr),
        "Candidature non éligible"
    );
}

#[test]
fn the_next_steps_are_the_phases_with_participants_and_their_dates() {
    let d = decided();
    let first = d
        .phases
        .iter()
        .position(|p| p.id == d.first_participant_phase().unwrap().id)
        .unwrap();
    assert!(first > 0, "the reference has a call and a selection first");
    for lang in Lang::ALL {
        let all = letters(&d, lang);
        let body = &letter(&all, "Ana").body;
        for (i, p) in d.phases.iter().enumerate() {
            let dates = crate::text::date_range(p.start, p.end, lang).unwrap();
            let title = p.title.trim();
            let line = match lang {
                Lang::En => format!("\n- {title}: {dates}"),
                Lang::Fr => format!("\n- {title}\u{a0}: {dates}"),
            };
            assert_eq!(body.contains(&line), i >= first, "{lang:?} {line}\n{body}");
        }
    }
    // A phase without dates says so; waiting without a kick-off says "before it starts".
    let mut d = decided();
    d.milestones.clear();
    for p in &mut d.phases {
        p.start = None;
        p.end = None;
    }
    let all = letters(&d, Lang::En);
    assert!(
        letter(&all, "Ana")
            .body
            .contains(" (dates to be announced)")
    );
    assert!(!letter(&all, "Ana").body.contains("The programme starts on"));
    assert!(
        letter(&all, "Dan")
            .body
            .contains("we will let you know before the programme starts.")
    );
}

#[test]
fn feedback_goes_only_to_those_not_selected_and_only_when_promised() {
    let mut d = decided();
    for a in &mut d.selection.applicants {
        a.feedback = format!("Notes for {}:\nline two", a.name);
    }
    let all = letters(&d, Lang::En);
    for l in &all {
        let has = l
            .body
            .contains("The committee’s feedback on your application:\nNotes for");
        assert_eq!(has, l.decision.gets_feedback(), "{}", l.name);
    }
    assert!(
        letter(&all, "Chi")
            .body
            .contains("Notes for Chi:\nline two")
    );
    assert!(
        letter(&all, "Eve")
            .body
            .contains("Notes for Eve:\nline two")
    );
    d.selection.feedback.offered = Some(false);
    for l in letters(&d, Lang::En) {
        assert!(!l.body.contains("Notes for"), "{}", l.name);
        assert!(!l.body.contains("feedback"), "{}", l.name);
    }
}

#[test]
fn the_mail_merge_csv_keeps_multi_line_bodies_whole() {
    let mut d = decided();
    d.selection.applicants[2].feedback = "Line one, with a comma\n\"Quoted\" line\n=SUM(A1)".into();
    let all = letters(&d, Lang::En);
    let csv = letters_csv(&all, Lang::En);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(head, ["Name", "Email", "Decision", "Subject", "Body"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), all.len());
    for (row, l) in rows.iter().zip(&all) {
        assert_eq!(&row[0], l.name);
        assert_eq!(&row[1], l.email);
        assert_eq!(row[2], l.decision.label(Lang::En));
        assert_eq!(&row[3], l.subject);
        assert_eq!(&row[4], l.body);
    }
    assert!(rows[2][4].contains("\"Quoted\" line\n=SUM(A1)"));
    let fr = letters_csv(&letters(&d, Lang::Fr), Lang::Fr);
    assert!(fr.starts_with("Nom,Courriel,Décision,Objet,Message\n"));
}

#[test]
fn hostile_names_stay_text() {
    let mut d = decided();
    d.overview.title = "<b>Routes</b>".into();
    d.selection.applicants[0].name = "<script>alert(1)</script> {programme}".into();
    d.selection.applicants[2].feedback = "<img src=x onerror=alert(1)> {name}".into();
    let all = letters(&d, Lang::En);
    let ana = &all[0];
    assert_eq!(ana.name, "<script>alert(1)</script> {programme}");
    assert!(
        ana.body
            .starts_with("Dear <script>alert(1)</script> {programme},\n")
    );
    assert!(ana.body.contains("selected for <b>Routes</b>."));
    assert!(all[2].body.contains("<img src=x onerror=alert(1)> {name}"));
    // A name typed over several lines is greeted on one.
    d.selection.applicants[0].name = "Ana\nMaria".into();
    assert!(
        letters(&d, Lang::En)[0]
            .body
            .starts_with("Dear Ana Maria,\n")
    );
}

#[test]
fn the_committee_comments_start_the_feedback_grouped_per_criterion() {
    let mut d = decided();
    let chi = d.selection.applicants[2].id;
    let ana = d.selection.applicants[0].id;
    let c: Vec<(Id, String)> = d
        .selection
        .criteria
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    let score = |applicant, criterion, comment: &str| MemberScore {
        applicant_id: applicant,
        criterion_id: criterion,
        value: 3,
        comment: comment.into(),
        ..MemberScore::default()
    };
    d.selection.members = vec![
        CommitteeMember {
            name: "Member Zed".into(),
            scores: vec![
                score(chi, c[1].0, "Clear plan."),
                score(chi, c[0].0, "Strong portfolio."),
                score(ana, c[0].0, "Not for Chi."),
            ],
            ..CommitteeMember::default()
        },
        CommitteeMember {
            name: "Member Yu".into(),
            scores: vec![
                score(chi, c[0].0, "Bold,\nbut early."),
                score(chi, c[1].0, "  "),
            ],
            ..CommitteeMember::default()
        },
    ];
    let text = feedback_from_comments(&d, chi);
    assert_eq!(
        text,
        format!(
            "{}\n- Strong portfolio.\n- Bold,\n  but early.\n\n{}\n- Clear plan.",
            c[0].1, c[1].1
        )
    );
    assert!(!text.contains("Member"));
    assert_eq!(feedback_from_comments(&d, d.selection.applicants[1].id), "");
}

#[test]
fn a_place_freed_by_a_withdrawal_gets_its_own_letter_with_the_day_to_join() {
    let mut d = decided();
    d.participants_from_selection();
    let ana = d.running.participants[0].id;
    let next = d
        .withdraw(ana, Date::ymd(2027, 2, 1), "Moved abroad")
        .unwrap();
    d.offer_place(next, Date::ymd(2027, 2, 8));
    for (lang, subject, said, day) in [
        (
            Lang::En,
            "Routes: a place for you",
            "A place has become free in Routes",
            "You join the programme on 8 February 2027.",
        ),
        (
            Lang::Fr,
            "«\u{a0}Routes\u{a0}»\u{a0}: une place pour vous",
            "Une place s’est libérée",
            "Vous rejoignez le programme le 8 février 2027.",
        ),
    ] {
        let all = letters(&d, lang);
        let dan = letter(&all, "Dan");
        assert_eq!(dan.decision, Decision::PlaceOffered(Date::ymd(2027, 2, 8)));
        assert_eq!(dan.subject, subject);
        assert!(dan.body.contains(said), "{}", dan.body);
        assert!(dan.body.contains(day), "{}", dan.body);
        // Ben stays on the list, now first of it.
        assert_eq!(letter(&all, "Ben").decision, Decision::Waiting(1));
    }
    // Ana withdrew but was selected: her letter says so, as it did.
    assert_eq!(
        letter(&letters(&d, Lang::En), "Ana").decision,
        Decision::Selected
    );
}
