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

/// The finding of `rule` among `found`; fails the test when there is none.
fn finding_of(found: Vec<Finding>, rule: &str) -> Finding {
    found
        .into_iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("{rule} did not fire"))
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
    for f in review(&d).iter().chain(&fair_call(&d)) {
        assert!(!f.message.contains("review."), "{}: {}", f.rule, f.message);
    }
}

type Change = fn(&mut Draft);

/// Each review rule: a change to a clean programme that triggers it.
/// The id of the first phase of `kind` in `d`.
fn phase_of(d: &Draft, kind: PhaseKind) -> Id {
    d.phases
        .iter()
        .find(|p| p.kind == kind)
        .expect("a phase of that kind")
        .id
}

fn review_cases() -> Vec<(&'static str, Change)> {
    vec![
        ("no_title", |d| d.overview.title.clear()),
        ("no_objectives", |d| d.overview.objectives = "  ".into()),
        ("no_places", |d| d.overview.places = None),
        ("no_programme_dates", |d| d.overview.end = None),
        ("no_organisers", |d| d.overview.organisers.clear()),
        ("no_target_group", |d| {
            d.overview.target_group.profiles = None;
            d.overview.target_group.who = None;
        }),
        ("no_profiles", |d| {
            d.overview.target_group.who = Some(WhoApplies::Both);
            d.overview.target_group.profiles = None;
            d.overview.target_group.organisation_kinds = vec![OrganisationKind::Ngo];
        }),
        ("no_organisation_kinds", |d| {
            d.overview.target_group.who = Some(WhoApplies::Organisations)
        }),
        ("ages_inverted", |d| {
            d.overview.target_group.min_age = Some(30);
            d.overview.target_group.max_age = Some(18);
        }),
        ("no_goals", |d| d.overview.goals.clear()),
        ("no_initial_diagnostic", |d| {
            d.delete_phase(phase_of(d, PhaseKind::InitialDiagnostic));
        }),
        ("no_follow_up_after_mobility", |d| {
            d.delete_phase(phase_of(d, PhaseKind::FollowUp));
        }),
        ("no_evaluation", |d| {
            d.delete_phase(phase_of(d, PhaseKind::Evaluation));
        }),
        ("evaluation_before_the_end", |d| {
            let i = Phase::position(d, phase_of(d, PhaseKind::Evaluation)).unwrap();
            d.move_phase(i, -5);
        }),
        ("mandatory_content_in_no_phase", |d| {
            d.contents[0].phase_ids.clear()
        }),
        ("expert_linked_to_nothing", |d| {
            let id = d.add_person(PersonRole::Expert);
            Person::find_mut(d, id).unwrap().name = "Loose".into();
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
        ("date_conflict", |d| {
            d.selection.results_date = d.selection.deadline;
        }),
        ("date_conflict", |d| {
            let kick = d.kick_off().unwrap();
            d.selection.deadline = Some(kick);
        }),
        ("date_conflict", |d| {
            let deadline = d.selection.deadline.unwrap();
            let opens = d
                .milestones
                .iter_mut()
                .find(|m| m.kind == MilestoneKind::CallOpens)
                .unwrap();
            opens.date = Some(deadline);
        }),
        ("no_indicators", |d| d.evaluation.clear()),
    ]
}

#[test]
fn each_review_rule_triggers_on_its_case_only() {
    let baseline = rules(&review(&clean()));
    for (rule, change) in review_cases() {
        assert!(
            !baseline.contains(&rule),
            "{rule} already fires on the clean programme"
        );
        let mut d = clean();
        change(&mut d);
        let f = finding_of(review(&d), rule);
        // Said in words kept under the rule's name, not as the key.
        assert!(!f.message.contains("review."), "{rule}: {}", f.message);
    }
}

#[test]
fn an_expert_is_linked_by_a_phase_a_content_or_their_own_phases() {
    for link in 0..4 {
        let mut d = clean();
        let id = d.add_person(PersonRole::Expert);
        let phase = d.phases[0].id;
        let expert = Person::find_mut(&mut d, id).unwrap();
        expert.name = "Linked".into();
        match link {
            0 => d.phases[0].expert_ids.push(id),
            1 => d.contents[0].expert_ids.push(id),
            2 => expert.phase_ids.push(phase),
            _ => d.contents[0].expert_ids.push(Id::new()),
        }
        let loose = rules(&review(&d)).contains(&"expert_linked_to_nothing");
        assert_eq!(loose, link == 3, "link {link}");
    }
}

#[test]
fn a_mandatory_content_in_a_phase_that_is_gone_is_in_no_phase() {
    let mut d = clean();
    d.contents[0].requirement = Requirement::Mandatory;
    d.contents[0].phase_ids = vec![Id::new()];
    assert!(rules(&review(&d)).contains(&"mandatory_content_in_no_phase"));
}

/// Each fair-call rule: a change to a clean programme that triggers it.
fn fair_cases() -> Vec<(&'static str, Change)> {
    vec![
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
        ("no_feedback", |d| {
            d.selection.feedback.offered = None;
            d.selection.feedback.how.clear();
        }),
        ("no_accessibility", |d| d.call.accessibility.clear()),
        ("no_contact", |d| {
            d.call.contact.clear();
            d.overview.organisers.clear();
        }),
        ("no_places", |d| d.overview.places = Some(0)),
        ("feedback_missing", |d| {
            decided(d);
        }),
    ]
}

/// Three applicants after the ranking: one selected, one waiting, one not
/// selected and given no feedback yet.
fn decided(d: &mut Draft) -> Id {
    let mut ids = Vec::new();
    for (name, selected, waiting) in [
        ("Ana", true, false),
        ("Ben", false, true),
        ("Chi", false, false),
    ] {
        let a = Applicant {
            name: name.into(),
            selected,
            waiting,
            ..Applicant::default()
        };
        ids.push(a.id);
        d.selection.applicants.push(a);
    }
    ids[2]
}

#[test]
fn each_fair_call_rule_triggers_on_its_case_and_explains_why() {
    for (rule, change) in fair_cases() {
        let mut d = clean();
        change(&mut d);
        let f = finding_of(fair_call(&d), rule);
        let why = f.why.as_deref().unwrap_or_default();
        assert!(why.ends_with('.') && why.len() > 20, "{rule}: {why}");
        // Said in words kept under the rule's name, not as the key.
        assert!(!f.message.contains("review.fair"), "{rule}: {}", f.message);
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

/// What a user can put in the field a finding's link lands on: each
/// candidate is the draft with that field filled one way (every choice of a
/// choice, a range of numbers or days, a typed text), or with the button
/// there pressed. Written per field, not per rule, so a link that lands on
/// the wrong field finds nothing there that clears its finding.
fn candidates(d: &Draft, target: Target) -> Vec<Draft> {
    let with = |f: &dyn Fn(&mut Draft)| {
        let mut c = d.clone();
        f(&mut c);
        c
    };
    let dates = |set: &dyn Fn(&mut Draft, Date)| -> Vec<Draft> {
        let first = Date::ymd(2026, 6, 1).unwrap();
        (0..1200)
            .step_by(3)
            .map(|n| {
                let mut c = d.clone();
                set(&mut c, Date(first.0 + chrono::Days::new(n)));
                c
            })
            .collect()
    };
    let text = |set: fn(&mut Draft, String)| vec![with(&|c| set(c, "Typed here".into()))];
    // A phases field offers each phase of the draft.
    let phases = |link: &dyn Fn(&mut Draft, Id)| -> Vec<Draft> {
        d.phases.iter().map(|p| with(&|c| link(c, p.id))).collect()
    };
    match target {
        Target::Overview("title") => text(|c, v| c.overview.title = v),
        Target::Overview("objectives") => text(|c, v| c.overview.objectives = v),
        Target::Overview("places") => (1..=30)
            .map(|n| with(&|c| c.overview.places = Some(n)))
            .collect(),
        Target::Overview("start") => dates(&|c, v| c.overview.start = Some(v)),
        Target::Overview("end") => dates(&|c, v| c.overview.end = Some(v)),
        Target::Overview("organisers") => {
            vec![with(&|c| c.overview.organisers.push(Organiser::default()))]
        }
        Target::Organiser(id, "name") => text(|c, v| {
            if let Some(o) = c.overview.organisers.first_mut() {
                o.name = v;
            }
        })
        .into_iter()
        .filter(|c| c.overview.organisers.iter().any(|o| o.id == id))
        .collect(),
        Target::Overview("who") => WhoApplies::ALL
            .into_iter()
            .map(|w| with(&|c| c.overview.target_group.who = Some(w)))
            .collect(),
        Target::Overview("profiles") => [
            Profiles::Artists,
            Profiles::CulturalProfessionals,
            Profiles::Both,
        ]
        .into_iter()
        .map(|p| with(&|c| c.overview.target_group.profiles = Some(p)))
        .collect(),
        Target::Overview("organisation-kinds") => OrganisationKind::ALL
            .into_iter()
            .map(|k| with(&|c| c.overview.target_group.organisation_kinds.push(k)))
            .collect(),
        Target::Overview("max-age") => (0..=MAX_AGE)
            .map(|a| with(&|c| c.overview.target_group.max_age = Some(a)))
            .collect(),
        Target::Overview("goals") => Goal::ALL
            .into_iter()
            .map(|g| with(&|c| c.overview.goals.push(g)))
            .collect(),
        Target::AddPhase(kind) => vec![with(&|c| {
            c.add_phase(kind, "Added");
        })],
        Target::Phase(id, "down") => vec![with(&|c| {
            if let Some(i) = Phase::position(c, id) {
                c.move_phase(i, 1);
            }
        })],
        Target::Phase(id, field @ ("start" | "end")) => dates(&|c, v| {
            if let Some(p) = Phase::find_mut(c, id) {
                if field == "start" {
                    p.start = Some(v);
                } else {
                    p.end = Some(v);
                }
            }
        }),
        Target::Content(id, "phases") => phases(&|c, phase| {
            if let Some(content) = MentorshipContent::find_mut(c, id) {
                content.phase_ids.push(phase);
            }
        }),
        Target::Person(id, "phases") => phases(&|c, phase| {
            let mut ids = Person::find(c, id)
                .map(|x| x.phase_ids.clone())
                .unwrap_or_default();
            ids.push(phase);
            c.set_person_phases(id, ids);
        }),
        Target::SuggestExpertLines => vec![with(&|c| {
            let lines = c.suggested_expert_lines("day", "unnamed");
            c.budget.extend(lines);
        })],
        Target::Budget => vec![with(&|c| c.budget.push(BudgetLine::default()))],
        Target::AddBudgetLine(category) => vec![with(&|c| {
            c.budget.push(BudgetLine {
                category,
                ..BudgetLine::default()
            })
        })],
        Target::BudgetLine(id, "cost") => [100, 25_000, 1_000_000]
            .into_iter()
            .map(|m| {
                with(&|c| {
                    if let Some(l) = BudgetLine::find_mut(c, id) {
                        l.unit_cost = Money(m);
                    }
                })
            })
            .collect(),
        Target::BudgetLine(id, "quantity") => (1..=10)
            .map(|q| {
                with(&|c| {
                    if let Some(l) = BudgetLine::find_mut(c, id) {
                        l.quantity = Decimal2::whole(q);
                    }
                })
            })
            .collect(),
        Target::Selection("criteria") => vec![with(&|c| {
            c.selection.criteria.push(SelectionCriterion::default())
        })],
        Target::Criterion(id) => (0..=100)
            .map(|w| {
                with(&|c| {
                    if let Some(k) = SelectionCriterion::find_mut(c, id) {
                        k.weight = w;
                    }
                })
            })
            .collect(),
        Target::Selection("deadline") => dates(&|c, v| c.selection.deadline = Some(v)),
        Target::Selection("results_date") => dates(&|c, v| c.selection.results_date = Some(v)),
        Target::Selection("committee") => {
            vec![with(&|c| c.selection.committee = vec!["Ana Ruiz".into()])]
        }
        Target::Selection("feedback-how") => {
            vec![with(&|c| {
                c.selection
                    .feedback
                    .set_how("A written note from the committee".into())
            })]
        }
        Target::Selection("feedback-yes") => {
            vec![with(&|c| c.selection.feedback.offered = Some(true))]
        }
        Target::Selection("fee") => vec![with(&|c| c.selection.application_fee = Money(0))],
        // The letters' section: a feedback field per applicant not selected.
        Target::Selection("letters") => text(|c, v| {
            for a in &mut c.selection.applicants {
                if !a.selected && !a.waiting && a.feedback.trim().is_empty() {
                    a.feedback = v.clone();
                }
            }
        }),
        Target::Milestone(id) => dates(&|c, v| {
            if let Some(m) = Milestone::find_mut(c, id) {
                m.date = Some(v);
            }
        }),
        Target::Evaluation => vec![with(&|c| c.evaluation.push(EvaluationIndicator::default()))],
        Target::Call("accessibility") => text(|c, v| c.call.accessibility = v),
        Target::Call("contact") => text(|c, v| c.call.contact = v),
        other => panic!("no field is known for {other:?}: teach `candidates` what it holds"),
    }
}

/// Follows a finding's link and fills the field it lands on; returns the
/// draft once some way of filling it clears the finding (the same rule about
/// the same field), choosing the filling that leaves the fewest findings. A
/// link may lead on (an added organiser is then named where it is, the
/// second missing date is the next one, "Move down" takes a few presses): up
/// to `steps` links in a row, each filling one field. A date conflict is
/// about its own field only, so it never leads on to another one.
fn follow(
    d: &Draft,
    found: &Finding,
    check: fn(&Draft) -> Vec<Finding>,
    steps: usize,
) -> Option<Draft> {
    let rule = found.rule;
    let options = candidates(d, found.target.clone());
    let best = options
        .iter()
        .map(|c| (c, check(c)))
        .filter(|(_, fs)| {
            !fs.iter()
                .any(|f| f.rule == rule && f.target == found.target)
        })
        .min_by_key(|(_, fs)| fs.len());
    if let Some((c, _)) = best {
        return Some(c.clone());
    }
    if steps <= 1 || rule == "date_conflict" {
        return None;
    }
    // Follow the first filling that moved the finding along: it now lands
    // elsewhere, or the one button there was pressed.
    options.iter().find_map(|c| {
        let next = check(c)
            .into_iter()
            .find(|f| f.rule == rule && (f.target != found.target || options.len() == 1))?;
        follow(c, &next, check, steps - 1)
    })
}

/// Clears every finding of `d` by following links alone, one at a time in
/// the order they can be cleared (a date can only be right once the dates
/// it depends on are). Fails when some finding is left that no link clears.
fn settle(d: &Draft, check: fn(&Draft) -> Vec<Finding>) {
    let mut d = d.clone();
    for _ in 0..80 {
        let found = check(&d);
        if found.is_empty() {
            return;
        }
        match found.iter().find_map(|f| follow(&d, f, check, 8)) {
            Some(next) => d = next,
            None => panic!(
                "no link clears any of these findings:\n{}",
                found
                    .iter()
                    .map(|f| format!("{} at {:?}: {}", f.rule, f.target, f.message))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }
    panic!("following the links never ends: {:?}", rules(&check(&d)));
}

#[test]
fn every_finding_leads_to_a_field_that_clears_it() {
    for (_, change) in review_cases() {
        let mut d = clean();
        change(&mut d);
        settle(&d, review);
    }
    for (_, change) in fair_cases() {
        let mut d = clean();
        change(&mut d);
        settle(&d, fair_call);
    }
    // A blank programme: every finding it has, and those that follow.
    settle(&Draft::blank("t"), review);
    settle(&Draft::blank("t"), fair_call);
}

#[test]
fn every_finding_names_a_field_its_screen_renders() {
    let mut drafts = vec![clean(), Draft::blank("t")];
    for (_, change) in review_cases().into_iter().chain(fair_cases()) {
        let mut d = clean();
        change(&mut d);
        drafts.push(d);
    }
    let mut named = 0;
    for d in &drafts {
        let targets = review(d)
            .into_iter()
            .chain(fair_call(d))
            .map(|f| f.target)
            .chain(d.timeline_warnings().into_iter().map(|w| w.target));
        for target in targets {
            let field = target.field();
            assert!(
                field.is_rendered(),
                "{target:?} names {field:?}, which no screen renders"
            );
            named += 1;
        }
    }
    assert!(named > 40, "the cases gave findings to check: {named}");
}

#[test]
fn writing_how_feedback_is_given_counts_as_giving_it() {
    let mut d = clean();
    d.selection.feedback = Feedback::default();
    assert!(rules(&fair_call(&d)).contains(&"no_feedback"));
    d.selection
        .feedback
        .set_how("A call with a committee member".into());
    assert_eq!(d.selection.feedback.offered, Some(true));
    assert!(!rules(&fair_call(&d)).contains(&"no_feedback"));
    // An explicit "no" stays no, and its link lands on "yes".
    d.selection.feedback.offered = Some(false);
    assert_eq!(
        target_of(fair_call(&d), "no_feedback"),
        Target::Selection("feedback-yes")
    );
}

#[test]
fn the_target_group_finding_lands_on_who_applies() {
    let d = Draft::blank("t");
    assert_eq!(
        target_of(review(&d), "no_target_group"),
        Target::Overview("who")
    );
}

/// Where the finding of `rule` among `found` points.
fn target_of(found: Vec<Finding>, rule: &str) -> Target {
    finding_of(found, rule).target
}

#[test]
fn feedback_promised_is_owed_to_each_applicant_not_selected_once_decided() {
    let mut d = clean();
    assert!(d.selection.feedback.given());
    let chi = decided(&mut d);
    let find = |d: &Draft| {
        fair_call(d)
            .into_iter()
            .find(|f| f.rule == "feedback_missing")
    };
    let f = find(&d).expect("fires");
    assert_eq!(f.target, Target::Selection("letters"));
    assert!(
        f.message.starts_with("1 applicant who is not selected"),
        "{}",
        f.message
    );
    // Two without feedback: counted.
    d.selection.applicants.push(Applicant::default());
    assert!(find(&d).unwrap().message.starts_with("2 applicants"));
    d.selection.applicants.pop();
    // Written: gone.
    Applicant::find_mut(&mut d, chi).unwrap().feedback = "Strong idea, thin plan.".into();
    assert!(find(&d).is_none());
    // Not decided yet (nobody selected): nothing owed yet.
    let mut undecided = clean();
    decided(&mut undecided);
    for a in &mut undecided.selection.applicants {
        a.selected = false;
    }
    assert!(find(&undecided).is_none());
    // No feedback promised: not this finding.
    let mut none = clean();
    decided(&mut none);
    none.selection.feedback.offered = Some(false);
    assert!(find(&none).is_none());
}
