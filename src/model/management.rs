//! The management side of a programme: budget totals, weighted selection,
//! and the checks of its planning. Pure functions of the draft.

use std::collections::BTreeMap;

use super::*;

/// Where in the draft a finding points, so a screen can take the user there.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Overview(&'static str),
    /// A field of one organiser.
    Organiser(Id, &'static str),
    Phase(Id, &'static str),
    Content(Id, &'static str),
    Person(Id, &'static str),
    Selection(&'static str),
    Criterion(Id),
    /// The row that adds a phase, with this kind chosen.
    AddPhase(PhaseKind),
    /// The list of evaluation indicators (to add one).
    Evaluation,
    /// The row that adds a budget line.
    Budget,
    /// The row that adds a budget line, with this category chosen.
    AddBudgetLine(BudgetCategory),
    /// "Suggest lines for the experts' fees".
    SuggestExpertLines,
    /// A field of one budget line.
    BudgetLine(Id, &'static str),
    Milestone(Id),
    Call(&'static str),
}

/// Something the planning gets wrong, and the field that fixes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanWarning {
    pub target: Target,
    pub problem: PlanProblem,
}

/// Which rule of the planning a warning is about, with the dates and titles
/// it names (titles as typed: blank when none is typed yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    ProgrammeEndsBeforeStart,
    Phase {
        title: String,
        problem: DateProblem,
    },
    MilestoneOutside {
        label: String,
        date: Date,
    },
    /// The call opens on or after `date`, the date of `what`.
    CallOpensTooLate {
        opens: Date,
        what: ChainDate,
        date: Date,
    },
    ResultsBeforeDeadline {
        results: Date,
        deadline: Date,
    },
    DeadlineAfterKickOff {
        deadline: Date,
        kick_off: Date,
    },
    KickOffAfterFirstPhase {
        kick_off: Date,
        phase: String,
        start: Date,
    },
    DeadlineNotBeforeStart {
        deadline: Date,
        phase: String,
        start: Date,
    },
    ResultsAfterKickOff {
        results: Date,
        kick_off: Date,
    },
}

/// The dates the call's opening is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainDate {
    Deadline,
    Results,
    KickOff,
}

/// Budget totals, every sum exact in minor units or [`TooLarge`] to count:
/// never a clamped or wrapped figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetTotals {
    pub by_category: Vec<(BudgetCategory, Total)>,
    pub by_funding: Vec<(Funding, Total)>,
    /// Per phase in the phases' order, then lines with no phase (`None`).
    pub by_phase: Vec<(Option<Id>, Total)>,
    pub total: Total,
    /// Total ÷ places, rounded half away from zero; `None` without places.
    pub per_participant: Option<Total>,
}

impl Default for BudgetTotals {
    fn default() -> Self {
        BudgetTotals {
            by_category: Vec::new(),
            by_funding: Vec::new(),
            by_phase: Vec::new(),
            total: Ok(Money(0)),
            per_participant: None,
        }
    }
}

/// `a ÷ b` rounded half away from zero.
fn div_round(a: i64, b: i64) -> i64 {
    let (q, r) = (a / b, a % b);
    if r.abs() * 2 >= b.abs() {
        q + a.signum() * b.signum()
    } else {
        q
    }
}

impl Draft {
    pub fn budget_totals(&self) -> BudgetTotals {
        let zero: Total = Ok(Money(0));
        let mut cat: BTreeMap<BudgetCategory, Total> = BTreeMap::new();
        let mut fund: BTreeMap<Funding, Total> = BTreeMap::new();
        let mut phase: Vec<(Option<Id>, Total)> =
            self.phases.iter().map(|p| (Some(p.id), zero)).collect();
        // The first phase with an id, found without a scan per line.
        let mut index: std::collections::HashMap<Id, usize> = std::collections::HashMap::new();
        for (i, p) in self.phases.iter().enumerate() {
            index.entry(p.id).or_insert(i);
        }
        let mut none = zero;
        let mut total = zero;
        for l in &self.budget {
            let t = l.total();
            let c = cat.entry(l.category).or_insert(zero);
            *c = add_totals(*c, t);
            let f = fund.entry(l.funding).or_insert(zero);
            *f = add_totals(*f, t);
            match l.phase_id.and_then(|id| index.get(&id)) {
                Some(&i) => phase[i].1 = add_totals(phase[i].1, t),
                None => none = add_totals(none, t),
            }
            total = add_totals(total, t);
        }
        phase.retain(|(_, m)| *m != zero);
        if none != zero {
            phase.push((None, none));
        }
        BudgetTotals {
            by_category: cat.into_iter().collect(),
            by_funding: fund.into_iter().collect(),
            by_phase: phase,
            total,
            per_participant: self
                .overview
                .places
                .filter(|p| *p > 0)
                .map(|p| total.map(|t| Money(div_round(t.0, p as i64)))),
        }
    }

    /// Expert-fee lines for experts with a fee and days and no line yet.
    /// `unit` is the word for a day and `unnamed` the label of an expert
    /// with no name, in the language of the lines.
    pub fn suggested_expert_lines(&self, unit: &str, unnamed: &str) -> Vec<BudgetLine> {
        self.people
            .iter()
            .filter(|p| p.role == PersonRole::Expert && p.fee_per_day.0 > 0)
            .filter(|p| p.days.is_some_and(|d| d.0 > 0))
            .filter(|p| {
                !self.budget.iter().any(|l| {
                    l.category == BudgetCategory::ExpertFees && l.label.trim() == p.name.trim()
                })
            })
            .map(|p| BudgetLine {
                category: BudgetCategory::ExpertFees,
                label: match p.name.trim() {
                    "" => unnamed.to_string(),
                    name => name.to_string(),
                },
                unit: unit.to_string(),
                unit_cost: p.fee_per_day,
                quantity: p.days.unwrap_or_default(),
                phase_id: p.phase_ids.first().copied(),
                ..BudgetLine::default()
            })
            .collect()
    }

    /// Sum of the criteria's weights.
    pub fn weights_total(&self) -> u32 {
        self.selection.criteria.iter().map(|c| c.weight).sum()
    }

    /// Scales the weights to total exactly 100, keeping their proportions
    /// (largest remainders get the rounding); all zero becomes equal shares.
    pub fn normalise_weights(&mut self) {
        let criteria = &mut self.selection.criteria;
        if criteria.is_empty() {
            return;
        }
        let total: u64 = criteria.iter().map(|c| c.weight as u64).sum();
        let raw: Vec<u64> = if total == 0 {
            vec![1; criteria.len()]
        } else {
            criteria.iter().map(|c| c.weight as u64).collect()
        };
        let sum: u64 = raw.iter().sum();
        let mut shares: Vec<(usize, u64, u64)> = raw
            .iter()
            .enumerate()
            .map(|(i, w)| (i, w * 100 / sum, w * 100 % sum))
            .collect();
        let mut left = 100 - shares.iter().map(|s| s.1).sum::<u64>();
        shares.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        for s in shares.iter_mut() {
            if left == 0 {
                break;
            }
            s.1 += 1;
            left -= 1;
        }
        for (i, w, _) in shares {
            criteria[i].weight = w as u32;
        }
    }

    /// Highest score per criterion.
    pub fn score_max(&self) -> u32 {
        if self.selection.score_max == 0 {
            5
        } else {
            self.selection.score_max
        }
    }

    /// Sets one applicant's score on one criterion (clamped to the scale).
    pub fn set_score(&mut self, applicant: Id, criterion: Id, value: Option<u32>) {
        let max = self.score_max();
        if let Some(a) = Applicant::find_mut(self, applicant) {
            a.scores.retain(|s| s.criterion_id != criterion);
            if let Some(v) = value {
                a.scores.push(Score {
                    criterion_id: criterion,
                    value: v.min(max),
                    extra: Default::default(),
                });
            }
        }
    }

    /// Deletes a criterion and the scores given on it.
    /// Adds an empty criterion at the end; gives its id.
    pub fn add_criterion(&mut self) -> Id {
        self.add_item(SelectionCriterion::default())
    }

    pub fn delete_criterion(&mut self, id: Id) {
        self.selection.criteria.retain(|c| c.id != id);
        for a in &mut self.selection.applicants {
            a.scores.retain(|s| s.criterion_id != id);
        }
        for m in &mut self.selection.members {
            m.scores.retain(|s| s.criterion_id != id);
        }
    }

    /// The first phase that needs participants already selected: the first
    /// one, in order, that is neither the call nor the selection.
    pub fn first_participant_phase(&self) -> Option<&Phase> {
        self.phases.iter().find(|p| {
            !matches!(
                p.kind,
                PhaseKind::CallForParticipation | PhaseKind::Selection
            )
        })
    }

    /// The kick-off: its milestone if set, else the start of the first
    /// phase with participants.
    pub fn kick_off(&self) -> Option<Date> {
        self.milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::KickOff)
            .and_then(|m| m.date)
            .or_else(|| self.first_participant_phase().and_then(|p| p.start))
    }

    /// Everything wrong with the dates, each pointing at the field to fix.
    pub fn timeline_warnings(&self) -> Vec<PlanWarning> {
        let mut out = Vec::new();
        let ov = &self.overview;
        if let (Some(s), Some(e)) = (ov.start, ov.end)
            && e < s
        {
            out.push(PlanWarning {
                target: Target::Overview("end"),
                problem: PlanProblem::ProgrammeEndsBeforeStart,
            });
        }
        for p in &self.phases {
            for (field, problem) in self.phase_date_problems(p) {
                out.push(PlanWarning {
                    target: Target::Phase(p.id, field),
                    problem: PlanProblem::Phase {
                        title: p.title.clone(),
                        problem,
                    },
                });
            }
        }
        for m in &self.milestones {
            let Some(d) = m.date else { continue };
            let outside = ov.start.is_some_and(|s| d < s) || ov.end.is_some_and(|e| d > e);
            if outside {
                out.push(PlanWarning {
                    target: Target::Milestone(m.id),
                    problem: PlanProblem::MilestoneOutside {
                        label: m.label.clone(),
                        date: d,
                    },
                });
            }
        }
        out.extend(self.chain_warnings());
        out
    }
}

impl Draft {
    /// The dates a participant depends on, in the order they must come:
    /// call opens < deadline < results < kick-off ≤ first phase with
    /// participants. Every pair that is set is checked, not only neighbours,
    /// so a missing date in the middle hides nothing.
    fn chain_warnings(&self) -> Vec<PlanWarning> {
        let sel = &self.selection;
        let milestone = |kind: MilestoneKind| {
            self.milestones
                .iter()
                .find(|m| m.kind == kind && m.date.is_some())
        };
        let opens = milestone(MilestoneKind::CallOpens);
        let kick = milestone(MilestoneKind::KickOff);
        let first = self.first_participant_phase().filter(|p| p.start.is_some());
        let mut out = Vec::new();
        let mut warn =
            |target: Target, problem: PlanProblem| out.push(PlanWarning { target, problem });

        if let Some(m) = opens
            && let Some(open) = m.date
        {
            for (later, what) in [
                (sel.deadline, ChainDate::Deadline),
                (sel.results_date, ChainDate::Results),
                (kick.and_then(|k| k.date), ChainDate::KickOff),
            ] {
                if let Some(later) = later
                    && open >= later
                {
                    warn(
                        Target::Milestone(m.id),
                        PlanProblem::CallOpensTooLate {
                            opens: open,
                            what,
                            date: later,
                        },
                    );
                    break;
                }
            }
        }
        if let (Some(deadline), Some(results)) = (sel.deadline, sel.results_date)
            && results <= deadline
        {
            warn(
                Target::Selection("results_date"),
                PlanProblem::ResultsBeforeDeadline { results, deadline },
            );
        }
        if let Some(k) = kick
            && let Some(kick_date) = k.date
        {
            if let Some(deadline) = sel.deadline
                && deadline >= kick_date
            {
                warn(
                    Target::Selection("deadline"),
                    PlanProblem::DeadlineAfterKickOff {
                        deadline,
                        kick_off: kick_date,
                    },
                );
            }
            if let Some(first) = first
                && let Some(start) = first.start
                && kick_date > start
            {
                warn(
                    Target::Milestone(k.id),
                    PlanProblem::KickOffAfterFirstPhase {
                        kick_off: kick_date,
                        phase: first.title.clone(),
                        start,
                    },
                );
            }
        }
        if let (Some(deadline), Some(first)) = (sel.deadline, first)
            && let Some(start) = first.start
            && deadline >= start
        {
            warn(
                Target::Selection("deadline"),
                PlanProblem::DeadlineNotBeforeStart {
                    deadline,
                    phase: first.title.clone(),
                    start,
                },
            );
        }
        if let (Some(results), Some(kick_off)) = (sel.results_date, self.kick_off())
            && results >= kick_off
        {
            warn(
                Target::Selection("results_date"),
                PlanProblem::ResultsAfterKickOff { results, kick_off },
            );
        }
        out
    }
}

/// Rows as CSV. Cells that a spreadsheet would run as a formula are prefixed
/// with an apostrophe (OWASP's advice for CSV injection).
pub fn to_csv(rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        let safe: Vec<String> = row
            .into_iter()
            .map(|c| {
                if c.starts_with(['=', '+', '-', '@', '\t', '\r']) && c.parse::<f64>().is_err() {
                    format!("'{c}")
                } else {
                    c
                }
            })
            .collect();
        // Writing to memory cannot fail.
        let _ = w.write_record(&safe);
    }
    w.into_inner()
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
