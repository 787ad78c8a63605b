use super::*;

use crate::model::samples::{date as d, programme_from};

fn line(
    category: BudgetCategory,
    cost: i64,
    qty: u64,
    funding: Funding,
    phase: impl Into<Option<Id>>,
) -> BudgetLine {
    BudgetLine {
        category,
        unit_cost: Money(cost),
        quantity: Decimal2(qty),
        funding,
        phase_id: phase.into(),
        ..BudgetLine::default()
    }
}

#[test]
fn budget_totals_by_category_funding_phase_and_participant() {
    let mut draft = Draft::blank("t");
    let a = draft.add_phase(PhaseKind::Mobility, "Visit");
    let b = draft.add_phase(PhaseKind::Evaluation, "Evaluation");
    draft.overview.places = Some(3);
    draft.budget = vec![
        line(BudgetCategory::Travel, 28_050, 1200, Funding::Grant, a), // 280.50 × 12 = 3366.00
        line(BudgetCategory::Travel, 1_000, 150, Funding::Partner, None), // 10.00 × 1.5 = 15.00
        line(BudgetCategory::Evaluation, 33_333, 100, Funding::Grant, b), // 333.33
        line(BudgetCategory::Staff, 1, 50, Funding::OwnFunds, None),   // 0.005 -> 0.01
    ];
    let m = |minor| Ok(Money(minor));
    assert_eq!(
        draft.budget_totals(),
        BudgetTotals {
            by_category: vec![
                (BudgetCategory::Staff, m(1)),
                (BudgetCategory::Travel, m(338_100)),
                (BudgetCategory::Evaluation, m(33_333)),
            ],
            by_funding: vec![
                (Funding::Grant, m(369_933)),
                (Funding::OwnFunds, m(1)),
                (Funding::Partner, m(1_500)),
            ],
            by_phase: vec![
                (Some(a), m(336_600)),
                (Some(b), m(33_333)),
                (None, m(1_501))
            ],
            total: m(336_600 + 1_500 + 33_333 + 1),
            // 3714.34 ÷ 3 = 1238.113… -> 1238.11
            per_participant: Some(m(123_811)),
        }
    );
    draft.overview.places = Some(0);
    assert_eq!(draft.budget_totals().per_participant, None);
}

#[test]
fn per_participant_rounds_half_away_from_zero() {
    let mut draft = Draft::blank("t");
    draft.overview.places = Some(2);
    draft.budget = vec![line(BudgetCategory::Other, 101, 100, Funding::Grant, None)];
    assert_eq!(draft.budget_totals().per_participant, Some(Ok(Money(51)))); // 0.505 -> 0.51
    draft.overview.places = Some(4);
    draft.budget = vec![line(BudgetCategory::Other, 10, 100, Funding::Grant, None)];
    assert_eq!(draft.budget_totals().per_participant, Some(Ok(Money(3)))); // 0.025 -> 0.03
    assert_eq!(div_round(-5, 2), -3);
}

#[test]
fn budget_totals_that_do_not_fit_say_so_and_the_others_stay_exact() {
    let mut draft = Draft::blank("t");
    let a = draft.add_phase(PhaseKind::Mobility, "Visit");
    draft.overview.places = Some(4);
    // 99 999 999 999.99 × 1 000 000 000: the line itself is too large.
    let (most, billion) = (9_999_999_999_999, 100_000_000_000);
    draft.budget = vec![
        line(BudgetCategory::Travel, most, billion, Funding::Grant, a),
        line(BudgetCategory::Staff, 1_000, 100, Funding::OwnFunds, None),
    ];
    let t = draft.budget_totals();
    assert_eq!(t.total, Err(TooLarge));
    assert_eq!(t.per_participant, Some(Err(TooLarge)));
    assert_eq!(
        t.by_category,
        vec![
            (BudgetCategory::Staff, Ok(Money(1_000))),
            (BudgetCategory::Travel, Err(TooLarge)),
        ]
    );
    assert_eq!(
        t.by_funding,
        vec![
            (Funding::Grant, Err(TooLarge)),
            (Funding::OwnFunds, Ok(Money(1_000))),
        ]
    );
    assert_eq!(
        t.by_phase,
        vec![(Some(a), Err(TooLarge)), (None, Ok(Money(1_000)))]
    );
    assert!(crate::text::budget_csv(&draft).contains("too large to count"));
    assert!(!crate::text::budget_csv(&draft).contains("92233720368547758"));
    assert_eq!(draft.budget_total(), None);

    // Two lines that each fit, with a sum that does not.
    let half = 4_611_686_018_427_387_904; // 2^62 minor units
    draft.budget = vec![
        line(BudgetCategory::Venue, half, 100, Funding::Grant, None),
        line(BudgetCategory::Venue, half, 100, Funding::Partner, None),
    ];
    let t = draft.budget_totals();
    assert_eq!(draft.budget[0].total(), Ok(Money(half)));
    assert_eq!(t.total, Err(TooLarge));
    assert_eq!(t.by_category, vec![(BudgetCategory::Venue, Err(TooLarge))]);
    assert_eq!(
        t.by_funding,
        vec![
            (Funding::Grant, Ok(Money(half))),
            (Funding::Partner, Ok(Money(half))),
        ]
    );
}

#[test]
fn expert_fees_that_do_not_fit_are_too_large() {
    let mut draft = Draft::blank("t");
    for _ in 0..2 {
        let id = draft.add_person(PersonRole::Expert);
        let p = Person::find_mut(&mut draft, id).unwrap();
        p.fee_per_day = Money(4_611_686_018_427_387_904);
        p.days = Some(Decimal2::whole(1));
    }
    assert_eq!(draft.expert_totals(), (Decimal2::whole(2), Err(TooLarge)));
}

#[test]
fn suggested_lines_come_from_experts_without_a_line() {
    let (mut draft, _) = crate::model::samples::people(&[
        (PersonRole::Expert, "Ana", 45_000, 300),
        (PersonRole::Expert, "Ben", 40_000, 0),
        (PersonRole::EndUser, "Fest", 9_000, 100),
    ]);
    let lines = draft.suggested_expert_lines("day", "unnamed");
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].label, "Ana");
    assert_eq!(lines[0].total(), Ok(Money(135_000)));
    draft.budget.extend(lines);
    assert!(draft.suggested_expert_lines("day", "unnamed").is_empty());
}

#[test]
fn budget_csv_is_quoted_and_formula_safe() {
    let mut draft = Draft::blank("t");
    draft.budget = vec![BudgetLine {
        label: "=HYPERLINK(\"http://x\"), \"quoted\"".into(),
        unit: "day".into(),
        unit_cost: Money(12_550),
        quantity: Decimal2(250),
        ..BudgetLine::default()
    }];
    let csv = crate::text::budget_csv(&draft);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Category,Label,Unit,Unit cost (EUR),Quantity,Total (EUR),Funding,Phase"
    );
    assert_eq!(
        lines.next().unwrap(),
        "Other,\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\",day,125.50,2.5,313.75,Grant,"
    );
}

#[test]
fn weights_normalise_to_exactly_100() {
    let mut draft = weighed(&[1, 1, 1]);
    draft.normalise_weights();
    let w: Vec<u32> = draft.selection.criteria.iter().map(|c| c.weight).collect();
    assert_eq!(w, [34, 33, 33]);
    for (i, v) in [30, 30, 20].into_iter().enumerate() {
        draft.selection.criteria[i].weight = v;
    }
    draft.normalise_weights();
    let w: Vec<u32> = draft.selection.criteria.iter().map(|c| c.weight).collect();
    assert_eq!(w, [38, 37, 25]);
    assert_eq!(draft.weights_total(), 100);
    for c in &mut draft.selection.criteria {
        c.weight = 0;
    }
    draft.normalise_weights();
    assert_eq!(draft.weights_total(), 100);
}

/// A draft with one selection criterion per weight.
fn weighed(weights: &[u32]) -> Draft {
    let mut draft = Draft::blank("t");
    for &weight in weights {
        draft.selection.criteria.push(SelectionCriterion {
            weight,
            ..SelectionCriterion::default()
        });
    }
    draft
}

fn scoring() -> (Draft, Vec<Id>) {
    let mut draft = weighed(&[50, 30, 20]);
    let crit: Vec<Id> = draft.selection.criteria.iter().map(|c| c.id).collect();
    let mut ids = Vec::new();
    for (name, scores) in [
        ("A", [5, 5, 5]),
        ("B", [4, 2, 5]),
        ("C", [2, 5, 5]),
        ("D", [4, 2, 5]),
        ("E", [0, 0, 0]),
    ] {
        let a = Applicant {
            name: name.into(),
            ..Applicant::default()
        };
        ids.push(a.id);
        draft.selection.applicants.push(a);
        for (c, s) in crit.iter().zip(scores) {
            draft.set_score(*ids.last().unwrap(), *c, Some(s));
        }
    }
    (draft, ids)
}

#[test]
fn ranking_weighs_scores_and_ties_share_a_rank() {
    let (draft, _) = scoring();
    let r = draft.ranking();
    let view: Vec<(&str, u32, usize)> = r
        .iter()
        .map(|x| (x.name.as_str(), x.per_mille, x.rank))
        .collect();
    // B and D: (4×50 + 2×30 + 5×20) / (5×100) = 360/500 = 72.0 %
    // C: (2×50 + 5×30 + 5×20) / 500 = 350/500 = 70.0 %
    assert_eq!(
        view,
        [
            ("A", 1000, 1),
            ("B", 720, 2),
            ("D", 720, 2),
            ("C", 700, 4),
            ("E", 0, 5)
        ]
    );
}

fn selected(draft: &Draft) -> Vec<Id> {
    let applicants = draft.selection.applicants.iter();
    applicants.filter(|a| a.selected).map(|a| a.id).collect()
}

#[test]
fn select_top_stops_at_a_tie_it_cannot_break() {
    let (mut draft, ids) = scoring();
    draft.overview.places = Some(3);
    assert_eq!(draft.apply_ranking().tied, None);
    assert_eq!(selected(&draft), vec![ids[0], ids[1], ids[3]]);
    draft.overview.places = Some(2);
    assert_eq!(
        draft.apply_ranking().tied,
        Some((crate::model::Cut::Places, 2))
    );
    assert_eq!(selected(&draft), vec![ids[0]]);
}

#[test]
fn scores_are_clamped_and_missing_ones_counted() {
    let (mut draft, ids) = scoring();
    let c0 = draft.selection.criteria[0].id;
    draft.set_score(ids[4], c0, Some(99));
    draft.set_score(ids[4], draft.selection.criteria[1].id, None);
    let e = draft
        .ranking()
        .into_iter()
        .find(|r| r.id == ids[4])
        .unwrap();
    assert_eq!(e.per_mille, 500);
    assert_eq!(e.missing, 1);
    draft.delete_criterion(c0);
    assert!(check_integrity(&draft).is_empty());
    let csv = crate::text::scoring_csv(&draft);
    assert!(
        csv.starts_with("Applicant, (30%), (20%),Weighted score (%),Rank,Selected"),
        "{csv}"
    );
}

#[test]
fn timeline_warnings_point_at_the_fields() {
    let mut draft = programme_from("2027-01-01", "2027-12-31");
    draft.add_phase(PhaseKind::CallForParticipation, "Call");
    let diag = draft.add_phase(PhaseKind::InitialDiagnostic, "Diagnostic");
    {
        let p = Phase::find_mut(&mut draft, diag).unwrap();
        p.start = Some(d("2027-03-01"));
        p.end = Some(d("2027-03-05"));
    }
    draft.selection.deadline = Some(d("2027-02-01"));
    draft.selection.results_date = Some(d("2027-02-20"));
    assert!(draft.timeline_warnings().is_empty());

    draft.selection.deadline = Some(d("2027-03-01"));
    draft.selection.results_date = Some(d("2027-03-10"));
    Phase::find_mut(&mut draft, diag).unwrap().end = Some(d("2028-01-05"));
    let m = Milestone {
        kind: MilestoneKind::FinalEvent,
        date: Some(d("2026-05-01")),
        ..Milestone::default()
    };
    let mid = m.id;
    draft.milestones.push(m);
    let targets: Vec<Target> = draft
        .timeline_warnings()
        .into_iter()
        .map(|w| w.target)
        .collect();
    assert_eq!(
        targets,
        vec![
            Target::Phase(diag, "end"),
            Target::Milestone(mid),
            Target::Selection("deadline"),
            Target::Selection("results_date"),
        ]
    );
    // An explicit kick-off milestone is the one results must precede.
    draft.milestones.push(Milestone {
        kind: MilestoneKind::KickOff,
        date: Some(d("2027-03-15")),
        ..Milestone::default()
    });
    assert!(
        !draft
            .timeline_warnings()
            .iter()
            .any(|w| w.target == Target::Selection("results_date"))
    );
}

/// Every pair of the dates a participant depends on is checked: call opens <
/// deadline < results < kick-off ≤ first phase with participants.
#[test]
fn every_pair_of_the_participants_dates_is_checked() {
    let mut draft = programme_from("2027-01-01", "2027-12-31");
    let first = draft.add_phase(PhaseKind::CollectiveMentoring, "Lab");
    Phase::find_mut(&mut draft, first).unwrap().start = Some(d("2027-04-01"));
    let milestone = |kind, date: &str| Milestone {
        kind,
        date: Some(d(date)),
        ..Milestone::default()
    };
    let opens = milestone(MilestoneKind::CallOpens, "2027-01-10");
    let kick = milestone(MilestoneKind::KickOff, "2027-03-20");
    let (opens_id, kick_id) = (opens.id, kick.id);
    draft.milestones = vec![opens, kick];
    draft.selection.deadline = Some(d("2027-02-15"));
    draft.selection.results_date = Some(d("2027-03-01"));
    assert!(draft.timeline_warnings().is_empty());
    let warned = |draft: &Draft| -> Vec<Target> {
        draft
            .timeline_warnings()
            .into_iter()
            .map(|w| w.target)
            .collect()
    };

    // The deadline after the kick-off milestone (but before the first phase).
    let mut late = draft.clone();
    late.selection.deadline = Some(d("2027-03-25"));
    late.selection.results_date = Some(d("2027-03-28"));
    let targets = warned(&late);
    assert!(
        targets.contains(&Target::Selection("deadline")),
        "{targets:?}"
    );
    assert!(
        targets.contains(&Target::Selection("results_date")),
        "{targets:?}"
    );

    // Results on the deadline's own day, and on the kick-off's.
    let mut same = draft.clone();
    same.selection.results_date = same.selection.deadline;
    assert_eq!(warned(&same), vec![Target::Selection("results_date")]);
    let mut same = draft.clone();
    same.selection.results_date = Some(d("2027-03-20"));
    assert_eq!(warned(&same), vec![Target::Selection("results_date")]);

    // The call opening after its own deadline.
    let mut opens_late = draft.clone();
    opens_late.milestones[0].date = Some(d("2027-02-20"));
    assert_eq!(warned(&opens_late), vec![Target::Milestone(opens_id)]);

    // A kick-off after the first phase with participants has started; on
    // the same day is fine.
    let mut kick_late = draft.clone();
    kick_late.milestones[1].date = Some(d("2027-04-02"));
    assert_eq!(warned(&kick_late), vec![Target::Milestone(kick_id)]);
    kick_late.milestones[1].date = Some(d("2027-04-01"));
    assert!(warned(&kick_late).is_empty());

    // Phases stay inside the programme's dates.
    let mut outside = draft.clone();
    Phase::find_mut(&mut outside, first).unwrap().end = Some(d("2028-01-10"));
    assert_eq!(warned(&outside), vec![Target::Phase(first, "end")]);
}
