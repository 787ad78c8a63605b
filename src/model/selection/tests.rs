use super::*;
use crate::model::{MemberScore, SelectionCriterion, check_integrity};

/// Two criteria weighted 60/40 on a scale of 5, and applicants A–D.
fn committee() -> (Draft, Vec<Id>, [Id; 2]) {
    let mut d = Draft::blank("t");
    let mut crit = [Id::new(); 2];
    for (i, w) in [60, 40].into_iter().enumerate() {
        let c = SelectionCriterion {
            name: format!("c{i}"),
            weight: w,
            ..Default::default()
        };
        crit[i] = c.id;
        d.selection.criteria.push(c);
    }
    let ids = ["A", "B", "C", "D"]
        .iter()
        .map(|n| {
            let a = Applicant {
                name: n.to_string(),
                ..Default::default()
            };
            let id = a.id;
            d.selection.applicants.push(a);
            id
        })
        .collect();
    (d, ids, crit)
}

fn give(d: &mut Draft, member: Id, applicant: Id, crit: [Id; 2], values: [u32; 2]) {
    let m = CommitteeMember::find_mut(d, member).unwrap();
    for (c, v) in crit.into_iter().zip(values) {
        m.scores.push(MemberScore {
            applicant_id: applicant,
            criterion_id: c,
            value: v,
            comment: String::new(),
            ..Default::default()
        });
    }
    m.returned = Some("2027-03-01T10:00:00Z".into());
}

#[test]
fn the_mean_is_over_the_members_who_could_score_and_spread_is_flagged() {
    let (mut d, a, c) = committee();
    let m1 = d.add_member("Ana");
    let m2 = d.add_member("Ben");
    let m3 = d.add_member("Chloé");
    d.set_conflict(m3, a[0], true);
    for (m, scores) in [
        (m1, [[5, 5], [4, 2], [3, 3], [1, 1]]),
        (m2, [[4, 4], [2, 2], [3, 3], [1, 1]]),
        (m3, [[0, 0], [5, 5], [3, 3], [1, 1]]),
    ] {
        for (i, s) in scores.into_iter().enumerate() {
            if m == m3 && i == 0 {
                continue;
            }
            give(&mut d, m, a[i], c, s);
        }
    }
    assert!(check_integrity(&d).is_empty());
    let r = d.ranking();
    type Row<'a> = (&'a str, u32, usize, usize, Option<u32>, bool);
    let view: Vec<Row> = r
        .iter()
        .map(|x| {
            (
                x.name.as_str(),
                x.per_mille,
                x.rank,
                x.scorers,
                x.spread,
                x.disagreement,
            )
        })
        .collect();
    // A: Ana 100 %, Ben 80 %; Chloé recused: mean 90 %.
    // B: Ana (4×60+2×40)/500 = 64 %, Ben 40 %, Chloé 100 %: mean 68 %, spread 60 points.
    assert_eq!(
        view,
        [
            ("A", 900, 1, 2, Some(200), false),
            ("B", 680, 2, 3, Some(600), true),
            ("C", 600, 3, 3, Some(0), false),
            ("D", 200, 4, 3, Some(0), false),
        ]
    );
    let ana = &d.selection.members[0];
    assert_eq!(d.mark(ana, a[1]), Mark::Score(640));
    assert_eq!(d.mark(&d.selection.members[2], a[0]), Mark::Recused);
    // A lower threshold flags A too.
    d.selection.disagreement = 15;
    assert!(d.ranking()[0].disagreement);
}

#[test]
fn the_owners_grid_counts_until_a_member_sends_scores_back() {
    let (mut d, a, c) = committee();
    d.set_score(a[1], c[0], Some(5));
    d.set_score(a[1], c[1], Some(5));
    let m = d.add_member("Ana");
    assert_eq!(d.ranking()[0].name, "B");
    assert_eq!(d.mark(&d.selection.members[0], a[1]), Mark::NotReturned);
    give(&mut d, m, a[0], c, [5, 5]);
    give(&mut d, m, a[1], c, [1, 1]);
    let r = d.ranking();
    assert_eq!((r[0].name.as_str(), r[0].per_mille), ("A", 1000));
    // A member who scored only part of an applicant is not counted for them.
    assert_eq!(r.iter().find(|x| x.id == a[2]).unwrap().missing, 1);
    assert_eq!(d.mark(&d.selection.members[0], a[2]), Mark::Incomplete);
}

#[test]
fn ties_share_a_rank_until_the_owner_orders_them_with_a_reason() {
    let (mut d, a, c) = committee();
    for (i, v) in [[5, 5], [3, 3], [3, 3], [1, 1]].into_iter().enumerate() {
        d.set_score(a[i], c[0], Some(v[0]));
        d.set_score(a[i], c[1], Some(v[1]));
    }
    d.overview.places = Some(2);
    d.selection.waiting_places = Some(1);
    let ranks: Vec<usize> = d.ranking().iter().map(|r| r.rank).collect();
    assert_eq!(ranks, [1, 2, 2, 4]);
    assert_eq!(
        d.apply_ranking(),
        Applied {
            selected: 1,
            waiting: 0,
            tied: Some((Cut::Places, 2))
        }
    );
    d.break_tie(vec![a[2], a[1]], "Balance of disciplines".into());
    let r = d.ranking();
    assert_eq!(
        r.iter()
            .map(|x| (x.name.as_str(), x.rank))
            .collect::<Vec<_>>(),
        [("A", 1), ("C", 2), ("B", 3), ("D", 4)]
    );
    assert_eq!(r[1].tie_reason.as_deref(), Some("Balance of disciplines"));
    assert_eq!(
        d.apply_ranking(),
        Applied {
            selected: 2,
            waiting: 1,
            tied: None
        }
    );
    let state: Vec<(bool, bool)> = d
        .selection
        .applicants
        .iter()
        .map(|x| (x.selected, x.waiting))
        .collect();
    assert_eq!(
        state,
        [(true, false), (false, true), (true, false), (false, false)]
    );
}

#[test]
fn an_ineligible_applicant_is_set_aside_with_the_reason_and_not_ranked() {
    let (mut d, a, c) = committee();
    d.selection.eligibility = vec!["Lives in Europe".into(), "Two works shown".into()];
    d.set_score(a[0], c[0], Some(5));
    let first = Applicant::find_mut(&mut d, a[0]).unwrap();
    first.set_condition("Lives in Europe", Some(true));
    assert_eq!(
        d.eligibility(&d.selection.applicants[0]),
        Eligibility::Unknown(1)
    );
    let first = Applicant::find_mut(&mut d, a[0]).unwrap();
    first.set_condition(" Two works shown ", Some(false));
    assert_eq!(
        d.eligibility(&d.selection.applicants[0]),
        Eligibility::Ineligible(vec!["Two works shown".into()])
    );
    assert!(d.ranking().iter().all(|r| r.id != a[0]));
    d.overview.places = Some(4);
    d.selection.applicants[0].selected = true;
    d.apply_ranking();
    assert!(!d.selection.applicants[0].selected);
    // A reworded condition is a new one: not known yet.
    d.selection.eligibility[1] = "Three works shown".into();
    assert_eq!(
        d.eligibility(&d.selection.applicants[0]),
        Eligibility::Unknown(1)
    );
}

#[test]
fn removing_an_applicant_or_criterion_leaves_no_member_reference_behind() {
    let (mut d, a, c) = committee();
    let m = d.add_member("Ana");
    d.set_conflict(m, a[1], true);
    give(&mut d, m, a[0], c, [1, 2]);
    d.break_tie(vec![a[0], a[1], a[2]], "r".into());
    d.remove_applicant(a[1]);
    d.remove_applicant(a[0]);
    assert!(check_integrity(&d).is_empty());
    assert!(d.selection.tie_breaks.is_empty());
    give(&mut d, m, a[2], c, [1, 2]);
    d.delete_criterion(c[0]);
    assert!(check_integrity(&d).is_empty());
    let mut copy = d.clone();
    copy.renew_ids();
    assert!(check_integrity(&copy).is_empty());
    assert_eq!(copy.selection.members[0].scores.len(), 1);
    assert_ne!(copy.selection.members[0].id, m);
}

#[test]
fn a_declared_conflict_drops_the_members_scores_for_that_applicant() {
    let (mut d, a, c) = committee();
    let m = d.add_member("Ana");
    give(&mut d, m, a[0], c, [5, 5]);
    d.set_conflict(m, a[0], true);
    assert!(d.selection.members[0].scores.is_empty());
    assert!(!d.selection.members[0].may_score(a[0]));
    d.set_conflict(m, a[0], false);
    assert!(d.selection.members[0].may_score(a[0]));
}

#[test]
fn applicants_criteria_and_members_are_added_and_removed_by_id() {
    let (mut d, a, _) = committee();
    let e = d.add_applicant();
    assert_eq!(Applicant::find(&d, e).unwrap().name, "A-05");
    let crit = d.add_criterion();
    assert_eq!(d.selection.criteria.last().unwrap().id, crit);
    assert_eq!(d.selection.criteria.last().unwrap().weight, 0);

    let m = d.add_member("Ana");
    let other = d.add_member("Ben");
    let first = d.selection.criteria[0].id;
    give(&mut d, m, a[0], [first, crit], [3, 4]);
    d.set_conflict(m, a[1], true);
    assert!(d.remove_member(m));
    assert!(!d.remove_member(m), "a member goes once");
    assert_eq!(d.selection.members.len(), 1);
    assert_eq!(d.selection.members[0].id, other);
    assert!(check_integrity(&d).is_empty());
}
