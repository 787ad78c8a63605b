//! Readiness review and fair-call check: pure functions of a draft that list
//! what is missing or inconsistent, each finding pointing at the field that
//! fixes it.

use std::borrow::Cow;
use std::collections::HashSet;

use rust_i18n::t;

use crate::model::{
    BudgetCategory, Draft, Funding, Id, PersonRole, PhaseKind, Requirement, Target,
};
use crate::text::{display_name, display_title, plan_problem};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The programme cannot run or be announced like this.
    Error,
    /// A key element of a learning trajectory is missing or wrong.
    Warning,
    /// Worth a look.
    Hint,
}

/// One thing the review found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable name of the rule, for tests and for grouping.
    pub rule: &'static str,
    pub severity: Severity,
    pub target: Target,
    pub message: String,
    /// Why it matters, in one sentence (every fair-call finding has one).
    pub why: Option<Cow<'static, str>>,
}

impl Finding {
    /// A finding of `rule` that says `message`.
    fn new(
        rule: &'static str,
        severity: Severity,
        target: Target,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            severity,
            target,
            message: message.into(),
            why: None,
        }
    }

    /// The finding as the fair-call check gives it: with why it matters, in
    /// the words kept under its rule's name (`review.fair.<rule>_why`).
    fn explained(self) -> Finding {
        Finding {
            why: Some(t!(format!("review.fair.{}_why", self.rule))),
            ..self
        }
    }
}

/// A readiness finding of `rule`, in the words kept under the rule's name
/// (`review.<rule>`).
fn finding(rule: &'static str, severity: Severity, target: Target) -> Finding {
    Finding::new(rule, severity, target, t!(format!("review.{rule}")))
}

/// A readiness finding of `rule` whose words, kept under the rule's name
/// (`review.<rule>`), take values: `finding_with!("rule", severity, target,
/// name = value, …)`.
macro_rules! finding_with {
    ($rule:literal, $severity:expr, $target:expr, $($name:ident = $value:expr),+ $(,)?) => {
        Finding::new(
            $rule,
            $severity,
            $target,
            t!(concat!("review.", $rule), $($name = $value),+),
        )
    };
}

/// The selection's dates not set yet, each as the rule that says so and
/// the field that sets it: both reviews name them, each with its own
/// severity.
fn missing_selection_dates(d: &Draft) -> impl Iterator<Item = (&'static str, &'static str)> {
    [
        ("no_deadline", "deadline", d.selection.deadline),
        ("no_results_date", "results_date", d.selection.results_date),
    ]
    .into_iter()
    .filter(|(_, _, date)| date.is_none())
    .map(|(rule, field, _)| (rule, field))
}

/// A fair-call finding of `rule`, in the words kept under the rule's name
/// (`review.fair.<rule>`).
fn fair(rule: &'static str, severity: Severity, target: Target) -> Finding {
    Finding::new(rule, severity, target, t!(format!("review.fair.{rule}"))).explained()
}

/// The readiness review of a learning trajectory.
pub fn review(d: &Draft) -> Vec<Finding> {
    use Severity::*;
    let mut out = Vec::new();
    let ov = &d.overview;
    if ov.title.trim().is_empty() {
        out.push(finding("no_title", Error, Target::Overview("title")));
    }
    if ov.objectives.trim().is_empty() {
        out.push(finding(
            "no_objectives",
            Warning,
            Target::Overview("objectives"),
        ));
    }
    if ov.places.is_none_or(|p| p == 0) {
        out.push(finding("no_places", Warning, Target::Overview("places")));
    }
    if ov.start.is_none() || ov.end.is_none() {
        // The link lands on the date that is missing.
        let field = if ov.start.is_none() { "start" } else { "end" };
        out.push(finding(
            "no_programme_dates",
            Warning,
            Target::Overview(field),
        ));
    }
    if ov.organisers.iter().all(|o| o.name.trim().is_empty()) {
        // An organiser added but not named is named where it is; with none,
        // the link lands on "Add an organiser".
        let target = ov
            .organisers
            .first()
            .map_or(Target::Overview("organisers"), |o| {
                Target::Organiser(o.id, "name")
            });
        out.push(finding("no_organisers", Warning, target));
    }
    let tg = &ov.target_group;
    if tg.who().is_none() {
        out.push(finding("no_target_group", Hint, Target::Overview("who")));
    }
    if tg.individuals_apply() && tg.profiles.is_none() {
        out.push(finding("no_profiles", Hint, Target::Overview("profiles")));
    }
    if tg.organisations_apply() && tg.organisation_kinds.is_empty() {
        out.push(finding(
            "no_organisation_kinds",
            Hint,
            Target::Overview("organisation-kinds"),
        ));
    }
    if tg.ages_inverted() {
        out.push(finding_with!(
            "ages_inverted",
            Error,
            Target::Overview("max-age"),
            min = tg.min_age.unwrap_or_default(),
            max = tg.max_age.unwrap_or_default()
        ));
    }
    if ov.goals.is_empty() {
        out.push(finding("no_goals", Hint, Target::Overview("goals")));
    }

    // The key elements of a learning trajectory.
    let kinds: Vec<PhaseKind> = d.phases.iter().map(|p| p.kind).collect();
    if d.phases.is_empty() {
        out.push(finding(
            "no_phases",
            Error,
            Target::AddPhase(PhaseKind::CallForParticipation),
        ));
    } else {
        // A missing kind of phase is added from the row that adds phases,
        // with that kind already chosen.
        if !kinds.contains(&PhaseKind::InitialDiagnostic) {
            out.push(finding(
                "no_initial_diagnostic",
                Warning,
                Target::AddPhase(PhaseKind::InitialDiagnostic),
            ));
        }
        let last_mobility = kinds
            .iter()
            .rposition(|k| matches!(k, PhaseKind::Mobility | PhaseKind::FairOrShowcase));
        if let Some(m) = last_mobility
            && !kinds[m + 1..].contains(&PhaseKind::FollowUp)
        {
            out.push(finding_with!(
                "no_follow_up_after_mobility",
                Warning,
                Target::AddPhase(PhaseKind::FollowUp),
                title = display_title(&d.phases[m].title)
            ));
        }
        match kinds.iter().rposition(|k| *k == PhaseKind::Evaluation) {
            None => out.push(finding(
                "no_evaluation",
                Warning,
                Target::AddPhase(PhaseKind::Evaluation),
            )),
            Some(e) => {
                if let Some(m) = last_mobility
                    && e < m
                {
                    // Lands on the evaluation's "Move down" button.
                    out.push(finding(
                        "evaluation_before_the_end",
                        Warning,
                        Target::Phase(d.phases[e].id, "down"),
                    ));
                }
            }
        }
    }
    // Looked up by id: a large programme links hundreds of items.
    let phase_ids: HashSet<Id> = d.phases.iter().map(|p| p.id).collect();
    for c in &d.contents {
        let placed = c.phase_ids.iter().any(|p| phase_ids.contains(p));
        if c.requirement == Requirement::Mandatory && !placed {
            out.push(finding_with!(
                "mandatory_content_in_no_phase",
                Warning,
                Target::Content(c.id, "phases"),
                title = display_title(&c.title)
            ));
        }
    }
    let linked_experts: HashSet<Id> = (d.phases.iter().flat_map(|ph| &ph.expert_ids))
        .chain(d.contents.iter().flat_map(|c| &c.expert_ids))
        .copied()
        .collect();
    for p in d.people.iter().filter(|p| p.role == PersonRole::Expert) {
        // In a phase (named on either side) or in a content.
        if p.phase_ids.is_empty() && !linked_experts.contains(&p.id) {
            out.push(finding_with!(
                "expert_linked_to_nothing",
                Hint,
                Target::Person(p.id, "phases"),
                name = display_name(&p.name)
            ));
        }
    }
    let paid_experts = d
        .people
        .iter()
        .any(|p| p.role == PersonRole::Expert && p.fee_per_day.0 > 0);
    if paid_experts
        && !d
            .budget
            .iter()
            .any(|l| l.category == BudgetCategory::ExpertFees)
    {
        out.push(finding(
            "expert_fees_not_in_budget",
            Warning,
            Target::SuggestExpertLines,
        ));
    }
    if d.budget.is_empty() {
        out.push(finding("no_budget", Warning, Target::Budget));
    }
    let weights = d.weights_total();
    if d.selection.criteria.is_empty() {
        out.push(finding(
            "no_criteria",
            Warning,
            Target::Selection("criteria"),
        ));
    } else if weights != 100 {
        out.push(finding_with!(
            "weights_not_100",
            Error,
            Target::Criterion(criterion_to_reweigh(d)),
            weights = weights
        ));
    }
    for (rule, field) in missing_selection_dates(d) {
        out.push(finding(rule, Warning, Target::Selection(field)));
    }
    for w in d.timeline_warnings() {
        out.push(Finding::new(
            "date_conflict",
            Warning,
            w.target,
            plan_problem(&w.problem),
        ));
    }
    if d.evaluation.is_empty() {
        out.push(finding("no_indicators", Hint, Target::Evaluation));
    }
    out.sort_by_key(|f| f.severity);
    out
}

/// The criterion whose weight alone can bring the total to 100: the first
/// one the others leave room for (the first of all when none can).
fn criterion_to_reweigh(d: &Draft) -> crate::model::Id {
    let total = d.weights_total();
    let criteria = &d.selection.criteria;
    criteria
        .iter()
        .find(|c| total - c.weight <= 100)
        .unwrap_or(&criteria[0])
        .id
}

/// Readiness as a share of what the review checks, 0–100: errors weigh most.
pub fn readiness(d: &Draft) -> u8 {
    let penalty: u32 = review(d)
        .iter()
        .map(|f| match f.severity {
            Severity::Error => 20,
            Severity::Warning => 6,
            Severity::Hint => 1,
        })
        .sum();
    100u32.saturating_sub(penalty) as u8
}

/// What a fair open call states and this one does not.
pub fn fair_call(d: &Draft) -> Vec<Finding> {
    use Severity::*;
    let mut out = Vec::new();
    if d.selection.application_fee.0 > 0 {
        out.push(fair("application_fee", Error, Target::Selection("fee")));
    }
    let covered = [
        BudgetCategory::Travel,
        BudgetCategory::Accommodation,
        BudgetCategory::Subsistence,
    ];
    let participant_lines: Vec<_> = d
        .budget
        .iter()
        .filter(|l| covered.contains(&l.category) && l.funding != Funding::ParticipantFee)
        .collect();
    if participant_lines.is_empty() {
        out.push(fair(
            "costs_not_stated",
            Warning,
            Target::AddBudgetLine(BudgetCategory::Travel),
        ));
    } else if let Some(l) = participant_lines
        .iter()
        .find(|l| l.total() == Ok(crate::model::Money(0)))
    {
        // The link lands on whichever of the two factors is zero.
        let field = if l.unit_cost.0 == 0 {
            "cost"
        } else {
            "quantity"
        };
        out.push(fair(
            "costs_without_amounts",
            Warning,
            Target::BudgetLine(l.id, field),
        ));
    }
    for (rule, field) in missing_selection_dates(d) {
        // Nobody can plan an application without a deadline.
        let severity = if field == "deadline" { Error } else { Warning };
        out.push(fair(rule, severity, Target::Selection(field)));
    }
    if d.selection.criteria.is_empty() {
        out.push(fair("no_criteria", Error, Target::Selection("criteria")));
    } else if d.weights_total() != 100 {
        out.push(fair(
            "weights_not_100",
            Warning,
            Target::Criterion(criterion_to_reweigh(d)),
        ));
    }
    if d.selection.committee.iter().all(|m| m.trim().is_empty()) {
        out.push(fair(
            "no_committee",
            Warning,
            Target::Selection("committee"),
        ));
    }
    if !d.selection.feedback.given() {
        // Writing how feedback is given counts as giving it, unless "no" was
        // chosen: then the link lands on "yes".
        let field = if d.selection.feedback.offered == Some(false) {
            "feedback-yes"
        } else {
            "feedback-how"
        };
        out.push(fair("no_feedback", Warning, Target::Selection(field)));
    }
    // Once the ranking is applied, the feedback promised is owed to each
    // applicant who is neither selected nor on the waiting list.
    let decided = d.selection.applicants.iter().any(|a| a.selected);
    let without = d
        .selection
        .applicants
        .iter()
        .filter(|a| !a.selected && !a.waiting && a.feedback.trim().is_empty())
        .count();
    if d.selection.feedback.given() && decided && without > 0 {
        let message = if without == 1 {
            t!("review.fair.feedback_missing_one")
        } else {
            t!("review.fair.feedback_missing", n = without)
        };
        out.push(
            Finding::new(
                "feedback_missing",
                Warning,
                Target::Selection("letters"),
                message,
            )
            .explained(),
        );
    }
    if d.call.accessibility.trim().is_empty() {
        out.push(fair(
            "no_accessibility",
            Warning,
            Target::Call("accessibility"),
        ));
    }
    let organiser_contact = d
        .overview
        .organisers
        .iter()
        .any(|o| !o.contact.trim().is_empty());
    if d.call.contact.trim().is_empty() && !organiser_contact {
        out.push(fair("no_contact", Error, Target::Call("contact")));
    }
    if d.overview.places.is_none_or(|p| p == 0) {
        out.push(fair("no_places", Warning, Target::Overview("places")));
    }
    out
}

#[cfg(test)]
mod tests;
