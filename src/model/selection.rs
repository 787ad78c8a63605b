//! The selection in practice: who is eligible, the committee's scores
//! merged member by member, the ranking with its ties, and the places and
//! waiting list it gives.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::{Applicant, ApplicantField, ColumnChoice, CommitteeMember, Draft, Id, Item, TieBreak};

/// The usual flag for members who disagree, in percentage points.
pub const DEFAULT_DISAGREEMENT: u32 = 20;

/// An applicant's place in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub id: Id,
    pub name: String,
    /// Weighted score in tenths of a percent of the best possible (0–1000):
    /// the mean over the members who scored, or the owner's own grid while
    /// no member has sent scores back.
    pub per_mille: u32,
    /// 1-based; applicants with equal scores share a rank (1, 2, 2, 4)
    /// unless the owner decided the tie.
    pub rank: usize,
    pub selected: bool,
    pub waiting: bool,
    /// Criteria with weight that this applicant has no score for yet (in
    /// the owner's grid), or members who could score them and have not
    /// scored every criterion yet.
    pub missing: usize,
    /// Members whose scores count for this applicant.
    pub scorers: usize,
    /// Highest minus lowest member score, in tenths of a percent; `None`
    /// with fewer than two scorers.
    pub spread: Option<u32>,
    /// The spread is over the owner's threshold.
    pub disagreement: bool,
    /// Why the owner ordered this tie, when they did.
    pub tie_reason: Option<String>,
}

/// An applicant's eligibility, from the conditions ticked for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Eligibility {
    /// Every condition is met.
    Eligible,
    /// Some conditions are not known yet; none is known to fail.
    Unknown(usize),
    /// The conditions known not to be met, in the call's words.
    Ineligible(Vec<String>),
}

/// Where the selection leaves an applicant, as letters and results say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Set aside: the conditions not met, whatever was ticked (the ranking
    /// never places them).
    Ineligible(Vec<String>),
    Selected,
    Waiting,
    NotSelected,
}

/// What one member's sheet says of one applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The member declared a conflict of interest with the applicant.
    Recused,
    /// The member has not sent scores back.
    NotReturned,
    /// Scores came back, but not on every weighted criterion.
    Incomplete,
    /// The member's weighted score, in tenths of a percent.
    Score(u32),
}

/// Where ranking stopped short of deciding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    Places,
    WaitingList,
}

/// What applying the ranking decided.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub selected: usize,
    pub waiting: usize,
    /// A tie across a cut the owner has not decided: where, and how many
    /// applicants tie there. Nobody from the tie on is placed.
    pub tied: Option<(Cut, usize)>,
}

/// A score as an exact fraction of the best possible, so ties are ties.
#[derive(Clone, Copy, Debug)]
struct Share {
    num: u128,
    den: u128,
}

impl Share {
    /// Exact comparison; no scorer at all counts as nothing.
    fn cmp(&self, other: &Share) -> Ordering {
        let (a, b) = (self.den.max(1), other.den.max(1));
        (self.num * b).cmp(&(other.num * a))
    }
    fn per_mille(&self) -> u32 {
        if self.den == 0 {
            return 0;
        }
        ((self.num * 1000 + self.den / 2) / self.den) as u32
    }
}

/// One member's scores by applicant and criterion, read once per ranking
/// instead of searched for every criterion of every applicant.
type ScoreIndex = HashMap<(Id, Id), u32>;

fn index(m: &CommitteeMember) -> ScoreIndex {
    m.scores
        .iter()
        .map(|s| ((s.applicant_id, s.criterion_id), s.value))
        .collect()
}

impl Applicant {
    /// The applicant's check of `condition`, matched by its words.
    pub fn condition(&self, condition: &str) -> Option<bool> {
        self.eligibility
            .iter()
            .find(|c| c.condition.trim() == condition.trim())
            .and_then(|c| c.met)
    }

    /// Ticks `condition` met, not met or unknown.
    pub fn set_condition(&mut self, condition: &str, met: Option<bool>) {
        match self
            .eligibility
            .iter_mut()
            .find(|c| c.condition.trim() == condition.trim())
        {
            Some(c) => c.met = met,
            None => self.eligibility.push(super::EligibilityCheck {
                condition: condition.trim().to_string(),
                met,
                ..Default::default()
            }),
        }
    }
}

impl ColumnChoice {
    /// The applicant field the column headed `header` fills.
    pub fn new(header: impl Into<String>, field: ApplicantField) -> Self {
        ColumnChoice {
            header: header.into(),
            field,
            ..Default::default()
        }
    }
}

impl CommitteeMember {
    /// Whether this member may score `applicant`.
    pub fn may_score(&self, applicant: Id) -> bool {
        !self.conflicts.contains(&applicant)
    }

    /// This member's score for `applicant` on `criterion`.
    pub fn score(&self, applicant: Id, criterion: Id) -> Option<&super::MemberScore> {
        self.scores
            .iter()
            .find(|s| s.applicant_id == applicant && s.criterion_id == criterion)
    }
}

impl Draft {
    /// The applicant's eligibility against the call's conditions.
    pub fn eligibility(&self, a: &Applicant) -> Eligibility {
        let conditions = self
            .selection
            .eligibility
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty());
        let mut unknown = 0;
        let mut failed = Vec::new();
        for c in conditions {
            match a.condition(c) {
                Some(true) => {}
                Some(false) => failed.push(c.to_string()),
                None => unknown += 1,
            }
        }
        if !failed.is_empty() {
            Eligibility::Ineligible(failed)
        } else if unknown > 0 {
            Eligibility::Unknown(unknown)
        } else {
            Eligibility::Eligible
        }
    }

    /// Where the selection leaves `a`: ineligible first, then the owner's
    /// ticks, selected before waiting.
    pub fn outcome(&self, a: &Applicant) -> Outcome {
        match self.eligibility(a) {
            Eligibility::Ineligible(unmet) => Outcome::Ineligible(unmet),
            _ if a.selected => Outcome::Selected,
            _ if a.waiting => Outcome::Waiting,
            _ => Outcome::NotSelected,
        }
    }

    /// Whether `a` is set aside as ineligible, and so not ranked.
    pub fn set_aside(&self, a: &Applicant) -> bool {
        matches!(self.eligibility(a), Eligibility::Ineligible(_))
    }

    /// The members who have sent their scores back.
    pub fn returned_members(&self) -> impl Iterator<Item = &CommitteeMember> {
        self.selection
            .members
            .iter()
            .filter(|m| m.returned.is_some())
    }

    /// What `member`'s scores say of `applicant`.
    pub fn mark(&self, member: &CommitteeMember, applicant: Id) -> Mark {
        self.mark_in(member, &index(member), applicant)
    }

    /// Each applicant's marks, one per member in the committee's order.
    pub fn member_marks(&self) -> HashMap<Id, Vec<Mark>> {
        let members: Vec<(&CommitteeMember, ScoreIndex)> = self
            .selection
            .members
            .iter()
            .map(|m| (m, index(m)))
            .collect();
        self.selection
            .applicants
            .iter()
            .map(|a| {
                let marks = members.iter().map(|(m, i)| self.mark_in(m, i, a.id));
                (a.id, marks.collect())
            })
            .collect()
    }

    fn mark_in(&self, member: &CommitteeMember, scores: &ScoreIndex, applicant: Id) -> Mark {
        if !member.may_score(applicant) {
            return Mark::Recused;
        }
        if member.returned.is_none() {
            return Mark::NotReturned;
        }
        let (points, missing) = self.points(|c| scores.get(&(applicant, c)).copied());
        if missing > 0 {
            return Mark::Incomplete;
        }
        let best = self.score_max() as u128 * self.weights_total() as u128;
        Mark::Score(
            Share {
                num: points as u128,
                den: best,
            }
            .per_mille(),
        )
    }

    /// Members' flag for disagreement, in percentage points.
    pub fn disagreement_threshold(&self) -> u32 {
        match self.selection.disagreement {
            0 => DEFAULT_DISAGREEMENT,
            n => n.min(100),
        }
    }

    /// The weighted points one set of scores gives, out of `max × weights`,
    /// and how many weighted criteria it leaves unscored.
    fn points(&self, score: impl Fn(Id) -> Option<u32>) -> (u64, usize) {
        let max = self.score_max();
        let mut points = 0u64;
        let mut missing = 0;
        for c in &self.selection.criteria {
            match score(c.id) {
                Some(v) => points += v.min(max) as u64 * c.weight as u64,
                None if c.weight > 0 => missing += 1,
                None => {}
            }
        }
        (points, missing)
    }

    /// The eligible applicants ranked by weighted score, best first. Ties
    /// share a rank and keep the order in which applicants were entered,
    /// unless the owner ordered them (see [`TieBreak`]).
    pub fn ranking(&self) -> Vec<Ranked> {
        let best = self.score_max() as u128 * self.weights_total() as u128;
        let returned: Vec<(&CommitteeMember, ScoreIndex)> =
            self.returned_members().map(|m| (m, index(m))).collect();
        let by_members = !returned.is_empty();
        let threshold = self.disagreement_threshold() * 10;
        let mut out: Vec<(Share, Ranked)> = self
            .selection
            .applicants
            .iter()
            .filter(|a| !self.set_aside(a))
            .map(|a| {
                let mut r = Ranked {
                    id: a.id,
                    name: a.name.clone(),
                    per_mille: 0,
                    rank: 0,
                    selected: a.selected,
                    waiting: a.waiting,
                    missing: 0,
                    scorers: 0,
                    spread: None,
                    disagreement: false,
                    tie_reason: None,
                };
                let share = if by_members {
                    let mut each = Vec::new();
                    for (_, scores) in returned.iter().filter(|(m, _)| m.may_score(a.id)) {
                        let (points, missing) = self.points(|c| scores.get(&(a.id, c)).copied());
                        if missing == 0 {
                            each.push(points);
                        } else {
                            r.missing += 1;
                        }
                    }
                    r.scorers = each.len();
                    if each.len() > 1 && best > 0 {
                        let pm = |p: u64| {
                            Share {
                                num: p as u128,
                                den: best,
                            }
                            .per_mille()
                        };
                        let hi = each.iter().copied().max().map(pm).unwrap_or(0);
                        let lo = each.iter().copied().min().map(pm).unwrap_or(0);
                        r.spread = Some(hi - lo);
                        r.disagreement = hi - lo > threshold;
                    }
                    Share {
                        num: each.iter().map(|p| *p as u128).sum(),
                        den: best * each.len() as u128,
                    }
                } else {
                    let (points, missing) = self.points(|c| {
                        a.scores
                            .iter()
                            .find(|s| s.criterion_id == c)
                            .map(|s| s.value)
                    });
                    r.missing = missing;
                    Share {
                        num: points as u128,
                        den: best,
                    }
                };
                r.per_mille = share.per_mille();
                (share, r)
            })
            .collect();
        // Stable: equal scores keep the order in which applicants were entered.
        out.sort_by(|a, b| b.0.cmp(&a.0));
        let mut i = 0;
        while i < out.len() {
            let mut j = i + 1;
            while j < out.len() && out[j].0.cmp(&out[i].0) == Ordering::Equal {
                j += 1;
            }
            let group: Vec<Id> = out[i..j].iter().map(|x| x.1.id).collect();
            match self.tie_break(&group) {
                Some(tb) if group.len() > 1 => {
                    let at = |id: Id| tb.order.iter().position(|x| *x == id);
                    out[i..j].sort_by_key(|x| at(x.1.id));
                    for (k, x) in out[i..j].iter_mut().enumerate() {
                        x.1.rank = i + k + 1;
                        x.1.tie_reason = Some(tb.reason.clone());
                    }
                }
                _ => out[i..j].iter_mut().for_each(|x| x.1.rank = i + 1),
            }
            i = j;
        }
        out.into_iter().map(|(_, r)| r).collect()
    }

    /// The owner's order for exactly the applicants of `group`, if any.
    fn tie_break(&self, group: &[Id]) -> Option<&TieBreak> {
        self.selection
            .tie_breaks
            .iter()
            .rev()
            .find(|tb| group.iter().all(|id| tb.order.contains(id)))
    }

    /// Records the owner's order for applicants who tie, with the reason;
    /// an earlier order for any of them is replaced.
    pub fn break_tie(&mut self, order: Vec<Id>, reason: String) {
        self.selection
            .tie_breaks
            .retain(|tb| !tb.order.iter().any(|id| order.contains(id)));
        self.selection.tie_breaks.push(TieBreak {
            order,
            reason,
            ..Default::default()
        });
    }

    /// Places the best-ranked applicants, up to the places, then the
    /// waiting list; everyone else, and the ineligible, is not selected. A
    /// tie across a cut that the owner has not decided stops the placing
    /// there (see [`Applied::tied`]).
    pub fn apply_ranking(&mut self) -> Applied {
        let places = self.overview.places.unwrap_or(0) as usize;
        let waiting = self.selection.waiting_places.unwrap_or(0) as usize;
        let ranking = self.ranking();
        let mut applied = Applied::default();
        let mut selected: Vec<Id> = Vec::new();
        let mut listed: Vec<Id> = Vec::new();
        let mut i = 0;
        while i < ranking.len() {
            let group: Vec<Id> = ranking[i..]
                .iter()
                .take_while(|r| r.rank == ranking[i].rank)
                .map(|r| r.id)
                .collect();
            let n = group.len();
            if selected.len() < places {
                if selected.len() + n <= places {
                    selected.extend(group);
                } else {
                    applied.tied = Some((Cut::Places, n));
                    break;
                }
            } else if listed.len() < waiting {
                if listed.len() + n <= waiting {
                    listed.extend(group);
                } else {
                    applied.tied = Some((Cut::WaitingList, n));
                    break;
                }
            } else {
                break;
            }
            i += n;
        }
        for a in &mut self.selection.applicants {
            a.selected = selected.contains(&a.id);
            a.waiting = listed.contains(&a.id);
        }
        applied.selected = selected.len();
        applied.waiting = listed.len();
        applied
    }

    /// Adds an applicant named by a code ("A-07", the next number), since
    /// many committees score anonymously; gives their id.
    pub fn add_applicant(&mut self) -> Id {
        let n = self.selection.applicants.len() + 1;
        self.add_item(Applicant {
            name: format!("A-{n:02}"),
            ..Applicant::default()
        })
    }

    /// Removes an applicant, with every member's scores and conflicts for
    /// them and their place in decided ties.
    pub fn remove_applicant(&mut self, id: Id) {
        self.selection.applicants.retain(|a| a.id != id);
        for m in &mut self.selection.members {
            m.conflicts.retain(|x| *x != id);
            m.scores.retain(|s| s.applicant_id != id);
        }
        for tb in &mut self.selection.tie_breaks {
            tb.order.retain(|x| *x != id);
        }
        self.selection.tie_breaks.retain(|tb| tb.order.len() > 1);
        for p in &mut self.running.participants {
            if p.applicant_id == Some(id) {
                p.applicant_id = None;
            }
        }
    }

    /// Adds a committee member with no scores yet; returns their id.
    pub fn add_member(&mut self, name: &str) -> Id {
        self.add_item(CommitteeMember {
            name: name.to_string(),
            ..Default::default()
        })
    }

    /// Removes a committee member with the scores and conflicts they gave.
    pub fn remove_member(&mut self, id: Id) -> bool {
        self.remove_item::<CommitteeMember>(id)
    }

    /// Declares or withdraws `member`'s conflict of interest with
    /// `applicant`; a declared conflict drops any score they gave them.
    pub fn set_conflict(&mut self, member: Id, applicant: Id, conflict: bool) {
        if let Some(m) = CommitteeMember::find_mut(self, member) {
            m.conflicts.retain(|x| *x != applicant);
            if conflict {
                m.conflicts.push(applicant);
                m.scores.retain(|s| s.applicant_id != applicant);
            }
        }
    }
}

#[cfg(test)]
mod tests;
