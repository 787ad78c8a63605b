//! Readiness review and fair-call check: pure functions of a draft that list
//! what is missing or inconsistent, each finding pointing at the field that
//! fixes it.

use crate::model::{
    BudgetCategory, Draft, Funding, PersonRole, PhaseKind, Requirement, Target, display_name,
    display_title,
};

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
    pub why: Option<&'static str>,
}

fn finding(
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

/// The readiness review of a learning trajectory.
pub fn review(d: &Draft) -> Vec<Finding> {
    use Severity::*;
    let mut out = Vec::new();
    let ov = &d.overview;
    if ov.title.trim().is_empty() {
        out.push(finding(
            "no_title",
            Error,
            Target::Overview("title"),
            "The programme has no title.",
        ));
    }
    if ov.objectives.trim().is_empty() {
        out.push(finding(
            "no_objectives",
            Warning,
            Target::Overview("objectives"),
            "The objectives are not written yet.",
        ));
    }
    if ov.places.is_none_or(|p| p == 0) {
        out.push(finding(
            "no_places",
            Warning,
            Target::Overview("places"),
            "The number of places is not set.",
        ));
    }
    if ov.start.is_none() || ov.end.is_none() {
        out.push(finding(
            "no_programme_dates",
            Warning,
            Target::Overview("start"),
            "The programme's start or end date is missing.",
        ));
    }
    if ov.organisers.iter().all(|o| o.name.trim().is_empty()) {
        out.push(finding(
            "no_organisers",
            Warning,
            Target::Overview("organisers"),
            "No organiser is named.",
        ));
    }
    if ov.target_group.profiles.is_none() {
        out.push(finding(
            "no_target_group",
            Hint,
            Target::Overview("career"),
            "The target group (artists, professionals or both) is not chosen.",
        ));
    }
    if ov.goals.is_empty() {
        out.push(finding(
            "no_goals",
            Hint,
            Target::Overview("goals"),
            "No internationalisation goal is chosen.",
        ));
    }

    // The key elements of a learning trajectory.
    let kinds: Vec<PhaseKind> = d.phases.iter().map(|p| p.kind).collect();
    if d.phases.is_empty() {
        out.push(finding(
            "no_phases",
            Error,
            Target::Phases,
            "The programme has no phases yet.",
        ));
    } else {
        let phase_target = |kind: PhaseKind| {
            d.phases
                .iter()
                .find(|p| p.kind == kind)
                .or(d.phases.last())
                .map(|p| Target::Phase(p.id, "kind"))
        };
        if !kinds.contains(&PhaseKind::InitialDiagnostic) {
            let t = phase_target(PhaseKind::Selection).unwrap_or(Target::Phases);
            out.push(finding(
                "no_initial_diagnostic",
                Warning,
                t,
                "There is no initial diagnostic: mentoring cannot start from where each participant stands.",
            ));
        }
        let last_mobility = kinds
            .iter()
            .rposition(|k| matches!(k, PhaseKind::Mobility | PhaseKind::FairOrShowcase));
        if let Some(m) = last_mobility
            && !kinds[m + 1..].contains(&PhaseKind::FollowUp)
        {
            out.push(finding(
                "no_follow_up_after_mobility",
                Warning,
                Target::Phase(d.phases[m].id, "kind"),
                format!(
                    "Nothing follows up “{}”: contacts made abroad are easily lost.",
                    display_title(&d.phases[m].title)
                ),
            ));
        }
        match kinds.iter().rposition(|k| *k == PhaseKind::Evaluation) {
            None => out.push(finding(
                "no_evaluation",
                Warning,
                Target::Phase(d.phases[d.phases.len() - 1].id, "kind"),
                "There is no evaluation phase at the end.",
            )),
            Some(e) => {
                if let Some(m) = last_mobility
                    && e < m
                {
                    out.push(finding(
                        "evaluation_before_the_end",
                        Warning,
                        Target::Phase(d.phases[e].id, "kind"),
                        "The evaluation comes before the last mobility, so it cannot cover it.",
                    ));
                }
            }
        }
    }
    for c in &d.contents {
        let placed = c.phase_ids.iter().any(|p| d.phase(*p).is_some());
        if c.requirement == Requirement::Mandatory && !placed {
            out.push(finding(
                "mandatory_content_in_no_phase",
                Warning,
                Target::Content(c.id, "title"),
                format!(
                    "The mandatory content “{}” is in no phase.",
                    display_title(&c.title)
                ),
            ));
        }
    }
    for p in d.people.iter().filter(|p| p.role == PersonRole::Expert) {
        let in_phase =
            d.phases.iter().any(|ph| ph.expert_ids.contains(&p.id)) || !p.phase_ids.is_empty();
        let in_content = d.contents.iter().any(|c| c.expert_ids.contains(&p.id));
        if !in_phase && !in_content {
            out.push(finding(
                "expert_linked_to_nothing",
                Hint,
                Target::Person(p.id, "name"),
                format!(
                    "The expert “{}” is linked to no phase and no content.",
                    display_name(&p.name)
                ),
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
            Target::Budget,
            "External experts have fees, but the budget has no line for expert fees.",
        ));
    }
    if d.budget.is_empty() {
        out.push(finding(
            "no_budget",
            Warning,
            Target::Budget,
            "The budget has no lines yet.",
        ));
    }
    let weights = d.weights_total();
    if d.selection.criteria.is_empty() {
        out.push(finding(
            "no_criteria",
            Warning,
            Target::Selection("criteria"),
            "There are no selection criteria.",
        ));
    } else if weights != 100 {
        out.push(finding(
            "weights_not_100",
            Error,
            Target::Criterion(d.selection.criteria[0].id),
            format!("The criteria's weights total {weights}%, not 100%."),
        ));
    }
    if d.selection.deadline.is_none() {
        out.push(finding(
            "no_deadline",
            Warning,
            Target::Selection("deadline"),
            "The application deadline is not set.",
        ));
    }
    if d.selection.results_date.is_none() {
        out.push(finding(
            "no_results_date",
            Warning,
            Target::Selection("results_date"),
            "The date results are announced is not set.",
        ));
    }
    for w in d.timeline_warnings() {
        out.push(finding("date_conflict", Warning, w.target, w.message));
    }
    if d.evaluation.is_empty() {
        out.push(finding(
            "no_indicators",
            Hint,
            Target::Evaluation,
            "No evaluation indicator says how success will be measured.",
        ));
    }
    out.sort_by_key(|f| f.severity);
    out
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
    let mut push = |rule, severity, target, message: &str, why| {
        out.push(Finding {
            rule,
            severity,
            target,
            message: message.to_string(),
            why: Some(why),
        });
    };
    if d.selection.application_fee.0 > 0 {
        push(
            "application_fee",
            Error,
            Target::Selection("fee"),
            "Applicants are charged a fee to apply.",
            "A fee to apply keeps out people with less money and says nothing about talent.",
        );
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
        push(
            "costs_not_stated",
            Warning,
            Target::Budget,
            "The call cannot say which costs are covered (no travel, accommodation or per diem lines).",
            "People decide whether they can take part from what is paid for them.",
        );
    } else if let Some(l) = participant_lines.iter().find(|l| l.total().0 == 0) {
        push(
            "costs_without_amounts",
            Warning,
            Target::BudgetLine(l.id),
            "Some covered costs have no amount.",
            "An amount tells applicants whether the support really covers their costs.",
        );
    }
    if d.selection.deadline.is_none() {
        push(
            "no_deadline",
            Error,
            Target::Selection("deadline"),
            "The call has no deadline.",
            "Without a deadline nobody can plan an application.",
        );
    }
    if d.selection.results_date.is_none() {
        push(
            "no_results_date",
            Warning,
            Target::Selection("results_date"),
            "The call does not say when results are announced.",
            "Applicants need to know when to expect an answer to keep their plans open.",
        );
    }
    if d.selection.criteria.is_empty() {
        push(
            "no_criteria",
            Error,
            Target::Selection("criteria"),
            "The call states no selection criteria.",
            "Published criteria let people judge their chances and make the selection accountable.",
        );
    } else if d.weights_total() != 100 {
        push(
            "weights_not_100",
            Warning,
            Target::Criterion(d.selection.criteria[0].id),
            "The criteria's weights do not total 100%.",
            "Weights that add up show exactly how each criterion counts.",
        );
    }
    if d.selection.committee.iter().all(|m| m.trim().is_empty()) {
        push(
            "no_committee",
            Warning,
            Target::Selection("committee"),
            "The call does not say who selects.",
            "Knowing who decides, and how conflicts of interest are handled, builds trust.",
        );
    }
    if d.selection.feedback.offered != Some(true) {
        push(
            "no_feedback",
            Warning,
            Target::Selection("feedback-how"),
            "Applicants who are not selected get no feedback.",
            "Feedback helps the many who are not selected to apply better next time.",
        );
    }
    if d.call.accessibility.trim().is_empty() {
        push(
            "no_accessibility",
            Warning,
            Target::Call("accessibility"),
            "The call says nothing about accessibility and care.",
            "Disabled people and carers apply only when they know their needs will be met.",
        );
    }
    let organiser_contact = d
        .overview
        .organisers
        .iter()
        .any(|o| !o.contact.trim().is_empty());
    if d.call.contact.trim().is_empty() && !organiser_contact {
        push(
            "no_contact",
            Error,
            Target::Call("contact"),
            "The call gives no contact.",
            "Questions about eligibility or access need someone to answer them.",
        );
    }
    if d.overview.places.is_none_or(|p| p == 0) {
        push(
            "no_places",
            Warning,
            Target::Overview("places"),
            "The call does not say how many places there are.",
            "The number of places tells applicants how competitive the call is.",
        );
    }
    out
}

#[cfg(test)]
mod tests;
