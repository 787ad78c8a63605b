use super::*;
use crate::model::{Applicant, SelectionCriterion};

fn programme() -> (Draft, Id, Vec<Id>, Vec<Id>) {
    let mut d = Draft::blank("2027-01-01T00:00:00Z");
    d.overview.title = "Crossings".into();
    d.selection.conflict_of_interest = "Declare any link.".into();
    let mut crit = Vec::new();
    for (n, w) in [("Quality", 60), ("Potential", 40)] {
        let c = SelectionCriterion {
            name: n.into(),
            description: format!("How {n}"),
            weight: w,
            ..Default::default()
        };
        crit.push(c.id);
        d.selection.criteria.push(c);
    }
    let mut apps = Vec::new();
    for n in ["Ana", "Ben", "Chloé"] {
        let a = Applicant {
            name: n.into(),
            email: format!("{n}@example.org"),
            country: "Albania".into(),
            ..Default::default()
        };
        apps.push(a.id);
        d.selection.applicants.push(a);
    }
    let m = d.add_member("Dana");
    d.set_conflict(m, apps[1], true);
    d.budget.push(Default::default());
    (d, m, apps, crit)
}

fn issued(d: &Draft, m: Id) -> ScoringSheet {
    let member = CommitteeMember::find(d, m).unwrap();
    ScoringSheet::issue(d, member, Lang::En, "2027-02-01T00:00:00Z")
}

#[test]
fn a_sheet_holds_what_scoring_needs_and_nothing_else() {
    let (mut d, m, apps, _) = programme();
    d.selection.eligibility = vec!["Lives in Europe".into()];
    Applicant::find_mut(&mut d, apps[2])
        .unwrap()
        .set_condition("Lives in Europe", Some(false));
    let sheet = issued(&d, m);
    let text = sheet.to_text();
    // The recused applicant and the ineligible one are not on it.
    assert_eq!(
        sheet
            .applicants
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Ana"]
    );
    assert!(!text.contains("Ben") && !text.contains("Chloé"));
    assert!(!text.contains("@example.org"), "no e-mail addresses");
    assert!(!text.contains("budget"), "no budget");
    assert!(text.contains("How Quality") && text.contains("Declare any link."));
    assert_eq!(ScoringSheet::read(text.as_bytes()), Ok(sheet));
}

#[test]
fn a_filled_sheet_comes_back_into_the_programme() {
    let (mut d, m, apps, crit) = programme();
    let mut sheet = issued(&d, m);
    sheet.set_comment(apps[0], crit[0], "Strong portfolio".into());
    sheet.set_score(apps[0], crit[0], Some(9));
    sheet.set_score(apps[0], crit[1], Some(3));
    assert_eq!(sheet.score(apps[0], crit[0]).unwrap().value, Some(5));
    assert_eq!(sheet.done(), 1);
    assert_eq!(
        receive(&d, &sheet),
        Err(Refusal::NotReturned("Dana".into()))
    );
    sheet.returned_at = Some("2027-02-10T09:00:00Z".into());
    let text = sheet.to_text();
    let back = ScoringSheet::read(text.as_bytes()).unwrap();
    let received = receive(&d, &back).unwrap();
    assert!(received.set_aside.is_empty());
    received.apply(&mut d);
    let member = &d.selection.members[0];
    assert_eq!(member.returned.as_deref(), Some("2027-02-10T09:00:00Z"));
    assert_eq!(member.scores.len(), 2);
    assert_eq!(
        member.score(apps[0], crit[0]).unwrap().comment,
        "Strong portfolio"
    );
    assert!(crate::model::check_integrity(&d).is_empty());
}

#[test]
fn a_wrong_sheet_is_refused_and_what_no_longer_applies_set_aside() {
    let (d, m, apps, crit) = programme();
    let mut sheet = issued(&d, m);
    sheet.set_score(apps[0], crit[0], Some(4));
    sheet.returned_at = Some("2027-02-10T09:00:00Z".into());

    let mut other = sheet.clone();
    other.programme_id = Id::new();
    assert_eq!(
        receive(&d, &other),
        Err(Refusal::OtherProgramme("Crossings".into()))
    );
    let mut stranger = sheet.clone();
    stranger.member_id = Id::new();
    stranger.member_name = "Eve".into();
    assert_eq!(
        receive(&d, &stranger),
        Err(Refusal::UnknownMember("Eve".into()))
    );
    // Edited by hand to score the applicant the member is recused from.
    let mut tampered = sheet.clone();
    tampered.scores.push(SheetScore {
        applicant_id: apps[1],
        criterion_id: crit[0],
        value: Some(5),
        comment: String::new(),
    });
    assert_eq!(
        receive(&d, &tampered),
        Err(Refusal::Recused {
            member: "Dana".into(),
            applicant: "Ben".into()
        })
    );
    let mut over = sheet.clone();
    over.scores[0].value = Some(6);
    assert_eq!(
        receive(&d, &over),
        Err(Refusal::OverScale { value: 6, max: 5 })
    );
    // The applicant was removed and a criterion deleted since.
    let mut later = d.clone();
    later.remove_applicant(apps[0]);
    let r = receive(&later, &sheet).unwrap();
    assert_eq!(r.set_aside, [SetAside::GoneApplicants(vec!["Ana".into()])]);
    assert!(r.scores.is_empty());
    let mut later = d.clone();
    later.delete_criterion(crit[0]);
    assert_eq!(
        receive(&later, &sheet).unwrap().set_aside,
        [SetAside::GoneCriteria(1)]
    );
    for r in [
        Refusal::OtherProgramme("x".into()),
        Refusal::NotReturned("x".into()),
    ] {
        for l in Lang::ALL {
            assert!(!refusal_words(&r, l).contains("sheet."), "{r:?} has words");
        }
    }
}

#[test]
fn files_that_are_not_sheets_are_named_as_such() {
    assert_eq!(
        ScoringSheet::read(b"{\"format\":\"trajectory-studio\"}"),
        Err(SheetError::NotASheet)
    );
    assert!(matches!(
        ScoringSheet::read(b"{"),
        Err(SheetError::Unreadable(_))
    ));
    let newer = format!("{{\"format\":\"{SHEET_FORMAT}\",\"schema_version\":9}}");
    assert_eq!(
        ScoringSheet::read(newer.as_bytes()),
        Err(SheetError::Newer(9))
    );
    assert_eq!(
        ScoringSheet::read(&vec![b' '; MAX_SHEET_BYTES + 1]),
        Err(SheetError::TooLarge)
    );
    let (d, m, ..) = programme();
    assert!(ScoringSheet::claims(issued(&d, m).to_text().as_bytes()));
    assert!(!ScoringSheet::claims(b"{\"format\":\"trajectory-studio\"}"));
}

#[test]
fn every_sheet_error_has_words_of_its_kind_in_every_language() {
    use crate::format::log_sheet::{LogSheet, log_error_words};
    let errors = [
        SheetError::TooLarge,
        SheetError::Unreadable("why".into()),
        SheetError::NotASheet,
        SheetError::Newer(9),
    ];
    for e in &errors {
        let scoring = Lang::ALL.map(|l| error_words(e, l));
        let log = Lang::ALL.map(|l| log_error_words(e, l));
        // A key missing from the locale files reads as the key itself, and
        // one missing in French only reads as the English.
        for (words, section) in [(&scoring, ScoringSheet::WORDS), (&log, LogSheet::WORDS)] {
            for w in words {
                assert!(!w.starts_with(&format!("{section}.")), "{e:?}: {w}");
            }
            assert_ne!(words[0], words[1], "{e:?} in both languages");
        }
        assert_ne!(scoring, log, "{e:?} says which kind of sheet");
    }
}
