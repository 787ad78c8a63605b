use super::*;
use crate::model::*;
use crate::templates::Template;

/// The reference trajectory with what a template cannot know filled in.
fn clean() -> Draft {
    let mut d = Template::Reference.build("t", Date::ymd(2027, 1, 4).unwrap());
    d.overview.organisers.push(Organiser {
        name: "Mobility Info Point".into(),
        contact: "info@example.org".into(),
        ..Organiser::default()
    });
    d.call.contact = "info@example.org".into();
    d
}

fn rules(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|f| f.rule).collect()
}

#[test]
fn a_complete_reference_programme_has_no_errors_or_warnings() {
    let d = clean();
    let found = review(&d);
    assert!(
        found.iter().all(|f| f.severity == Severity::Hint),
        "{:#?}",
        found
    );
    assert!(fair_call(&d).is_empty(), "{:#?}", fair_call(&d));
    assert!(readiness(&d) >= 95);
}

#[test]
fn a_blank_programme_is_far_from_ready_and_nothing_panics() {
    let d = Draft::blank("t");
    let found = rules(&review(&d));
    for rule in [
        "no_title",
        "no_phases",
        "no_places",
        "no_budget",
        "no_deadline",
        "no_criteria",
    ] {
        assert!(found.contains(&rule), "{rule} missing from {found:?}");
    }
    assert!(readiness(&d) < 20, "{}", readiness(&d));
    let fair = rules(&fair_call(&d));
    assert!(
        fair.contains(&"no_contact") && fair.contains(&"no_deadline"),
        "{fair:?}"
    );
}

/// Each review rule: a change to a clean programme that triggers it.
#[test]
fn each_review_rule_triggers_on_its_case_only() {
    type Change = fn(&mut Draft);
    let cases: Vec<(&str, Change)> = vec![
        ("no_title", |d| d.overview.title.clear()),
        ("no_objectives", |d| d.overview.objectives = "  ".into()),
        ("no_places", |d| d.overview.places = None),
        ("no_programme_dates", |d| d.overview.end = None),
        ("no_organisers", |d| d.overview.organisers.clear()),
        ("no_target_group", |d| {
            d.overview.target_group.profiles = None
        }),
        ("no_goals", |d| d.overview.goals.clear()),
        ("no_initial_diagnostic", |d| {
            let id = d
                .phases
                .iter()
                .find(|p| p.kind == PhaseKind::InitialDiagnostic)
                .unwrap()
                .id;
            d.delete_phase(id);
        }),
        ("no_follow_up_after_mobility", |d| {
            let id = d
                .phases
                .iter()
                .find(|p| p.kind == PhaseKind::FollowUp)
                .unwrap()
                .id;
            d.delete_phase(id);
        }),
        ("no_evaluation", |d| {
            let id = d
                .phases
                .iter()
                .find(|p| p.kind == PhaseKind::Evaluation)
                .unwrap()
                .id;
            d.delete_phase(id);
        }),
        ("evaluation_before_the_end", |d| {
            let i = d
                .phases
                .iter()
                .position(|p| p.kind == PhaseKind::Evaluation)
                .unwrap();
            d.move_phase(i, -5);
        }),
        ("mandatory_content_in_no_phase", |d| {
            d.contents[0].phase_ids.clear()
        }),
        ("expert_linked_to_nothing", |d| {
            let id = d.add_person(PersonRole::Expert);
            d.person_mut(id).unwrap().name = "Loose".into();
        }),
        ("expert_fees_not_in_budget", |d| {
            d.budget
                .retain(|l| l.category != BudgetCategory::ExpertFees)
        }),
        ("no_budget", |d| d.budget.clear()),
        ("no_criteria", |d| d.selection.criteria.clear()),
        ("weights_not_100", |d| d.selection.criteria[0].weight += 1),
        ("no_deadline", |d| d.selection.deadline = None),
        ("no_results_date", |d| d.selection.results_date = None),
        ("date_conflict", |d| {
            d.phases[3].end = Some(Date::ymd(2030, 1, 1).unwrap())
        }),
        ("no_indicators", |d| d.evaluation.clear()),
    ];
    let baseline = rules(&review(&clean()));
    for (rule, change) in cases {
        assert!(
            !baseline.contains(&rule),
            "{rule} already fires on the clean programme"
        );
        let mut d = clean();
        change(&mut d);
        assert!(rules(&review(&d)).contains(&rule), "{rule} did not fire");
    }
}

#[test]
fn each_fair_call_rule_triggers_on_its_case_and_explains_why() {
    type Change = fn(&mut Draft);
    let cases: Vec<(&str, Change)> = vec![
        ("application_fee", |d| {
            d.selection.application_fee = Money(2_500)
        }),
        ("costs_not_stated", |d| {
            d.budget.retain(|l| {
                !matches!(
                    l.category,
                    BudgetCategory::Travel
                        | BudgetCategory::Accommodation
                        | BudgetCategory::Subsistence
                )
            })
        }),
        ("costs_without_amounts", |d| {
            let l = d
                .budget
                .iter_mut()
                .find(|l| l.category == BudgetCategory::Travel)
                .unwrap();
            l.unit_cost = Money(0);
        }),
        ("no_deadline", |d| d.selection.deadline = None),
        ("no_results_date", |d| d.selection.results_date = None),
        ("no_criteria", |d| d.selection.criteria.clear()),
        ("weights_not_100", |d| d.selection.criteria[1].weight = 0),
        ("no_committee", |d| d.selection.committee = vec![" ".into()]),
        ("no_feedback", |d| {
            d.selection.feedback.offered = Some(false)
        }),
        ("no_accessibility", |d| d.call.accessibility.clear()),
        ("no_contact", |d| {
            d.call.contact.clear();
            d.overview.organisers.clear();
        }),
        ("no_places", |d| d.overview.places = Some(0)),
    ];
    for (rule, change) in cases {
        let mut d = clean();
        change(&mut d);
        let found = fair_call(&d);
        let f = found
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("{rule} did not fire"));
        let why = f.why.as_deref().unwrap_or_default();
        assert!(why.ends_with('.') && why.len() > 20, "{rule}: {why}");
    }
    // A contact among the organisers is enough.
    let mut d = clean();
    d.call.contact.clear();
    assert!(!rules(&fair_call(&d)).contains(&"no_contact"));
}

#[test]
fn findings_are_ordered_by_severity_and_point_somewhere_useful() {
    let mut d = clean();
    d.overview.title.clear();
    d.selection.criteria[0].weight = 0;
    d.evaluation.clear();
    let found = review(&d);
    let severities: Vec<Severity> = found.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    let weights = found.iter().find(|f| f.rule == "weights_not_100").unwrap();
    assert_eq!(
        weights.target,
        Target::Criterion(d.selection.criteria[0].id)
    );
}
