//! Checks a draft's parts against each other: what serde cannot express.
//! Ids are unique, references point at something, money is not negative.

use std::collections::{HashMap, HashSet};

use super::{Draft, Id, Money};

/// One thing wrong with a draft, at a path such as `phases[2].expert_ids[0]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    fn new(path: String, message: impl Into<String>) -> Self {
        Problem {
            path,
            message: message.into(),
        }
    }
}

/// Every integrity problem of `draft`, in document order.
pub fn check_integrity(draft: &Draft) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: HashMap<Id, String> = HashMap::new();
    let mut claim = |id: Id, path: String, problems: &mut Vec<Problem>| {
        if let Some(first) = seen.get(&id) {
            problems.push(Problem::new(
                path,
                format!("duplicate id {id} (already used at {first})"),
            ));
        } else {
            seen.insert(id, path);
        }
    };

    for (i, o) in draft.overview.organisers.iter().enumerate() {
        claim(o.id, format!("overview.organisers[{i}].id"), &mut problems);
    }
    for (i, p) in draft.phases.iter().enumerate() {
        claim(p.id, format!("phases[{i}].id"), &mut problems);
    }
    for (i, c) in draft.contents.iter().enumerate() {
        claim(c.id, format!("contents[{i}].id"), &mut problems);
    }
    for (i, p) in draft.people.iter().enumerate() {
        claim(p.id, format!("people[{i}].id"), &mut problems);
    }
    for (i, c) in draft.selection.criteria.iter().enumerate() {
        claim(c.id, format!("selection.criteria[{i}].id"), &mut problems);
    }
    for (i, a) in draft.selection.applicants.iter().enumerate() {
        claim(a.id, format!("selection.applicants[{i}].id"), &mut problems);
    }
    for (i, l) in draft.budget.iter().enumerate() {
        claim(l.id, format!("budget[{i}].id"), &mut problems);
    }
    for (i, m) in draft.milestones.iter().enumerate() {
        claim(m.id, format!("milestones[{i}].id"), &mut problems);
    }
    for (i, a) in draft.communication.iter().enumerate() {
        claim(a.id, format!("communication[{i}].id"), &mut problems);
    }
    for (i, e) in draft.evaluation.iter().enumerate() {
        claim(e.id, format!("evaluation[{i}].id"), &mut problems);
    }

    let phases: HashSet<Id> = draft.phases.iter().map(|p| p.id).collect();
    let people: HashSet<Id> = draft.people.iter().map(|p| p.id).collect();
    let criteria: HashSet<Id> = draft.selection.criteria.iter().map(|c| c.id).collect();
    let mut refs = |ids: &[Id], known: &HashSet<Id>, what: &str, path: String| {
        for (j, id) in ids.iter().enumerate() {
            if !known.contains(id) {
                problems.push(Problem::new(
                    format!("{path}[{j}]"),
                    format!("refers to {what} {id}, which is not in this draft"),
                ));
            }
        }
    };
    for (i, p) in draft.phases.iter().enumerate() {
        refs(
            &p.expert_ids,
            &people,
            "person",
            format!("phases[{i}].expert_ids"),
        );
    }
    for (i, c) in draft.contents.iter().enumerate() {
        refs(
            &c.phase_ids,
            &phases,
            "phase",
            format!("contents[{i}].phase_ids"),
        );
        refs(
            &c.expert_ids,
            &people,
            "person",
            format!("contents[{i}].expert_ids"),
        );
    }
    for (i, p) in draft.people.iter().enumerate() {
        refs(
            &p.phase_ids,
            &phases,
            "phase",
            format!("people[{i}].phase_ids"),
        );
    }
    for (i, a) in draft.selection.applicants.iter().enumerate() {
        let ids: Vec<Id> = a.scores.iter().map(|s| s.criterion_id).collect();
        for (j, id) in ids.iter().enumerate() {
            if !criteria.contains(id) {
                problems.push(Problem::new(
                    format!("selection.applicants[{i}].scores[{j}].criterion_id"),
                    format!("refers to criterion {id}, which is not in this draft"),
                ));
            }
        }
    }
    let single = |id: &Option<Id>, path: String, problems: &mut Vec<Problem>| {
        if let Some(id) = id
            && !phases.contains(id)
        {
            problems.push(Problem::new(
                path,
                format!("refers to phase {id}, which is not in this draft"),
            ));
        }
    };
    for (i, l) in draft.budget.iter().enumerate() {
        single(&l.phase_id, format!("budget[{i}].phase_id"), &mut problems);
    }
    for (i, a) in draft.communication.iter().enumerate() {
        single(
            &a.phase_id,
            format!("communication[{i}].phase_id"),
            &mut problems,
        );
    }

    let mut money = |m: Money, path: String| {
        if m.0 < 0 {
            problems.push(Problem::new(
                path,
                format!("{} is a negative amount (expected 0 or more)", m.0),
            ));
        }
    };
    money(
        draft.selection.application_fee,
        "selection.application_fee".into(),
    );
    for (i, p) in draft.people.iter().enumerate() {
        money(p.fee_per_day, format!("people[{i}].fee_per_day"));
    }
    for (i, l) in draft.budget.iter().enumerate() {
        money(l.unit_cost, format!("budget[{i}].unit_cost"));
    }

    for (i, c) in draft.selection.criteria.iter().enumerate() {
        if c.weight > 100 {
            problems.push(Problem::new(
                format!("selection.criteria[{i}].weight"),
                format!("{} is not a weight (expected 0 to 100)", c.weight),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn a_clean_draft_has_no_problems() {
        let mut d = Draft::blank("t");
        let p = Phase::default();
        let e = Person {
            phase_ids: vec![p.id],
            ..Person::default()
        };
        d.contents.push(MentorshipContent {
            phase_ids: vec![p.id],
            expert_ids: vec![e.id],
            ..MentorshipContent::default()
        });
        d.phases.push(p);
        d.people.push(e);
        assert!(check_integrity(&d).is_empty());
    }

    #[test]
    fn finds_duplicates_dangling_refs_negative_money_and_bad_weights() {
        let mut d = Draft::blank("t");
        let p = Phase::default();
        let ghost = Id::new();
        d.phases = vec![p.clone(), p.clone()];
        d.contents.push(MentorshipContent {
            phase_ids: vec![p.id, ghost],
            ..MentorshipContent::default()
        });
        d.budget.push(BudgetLine {
            unit_cost: Money(-1),
            phase_id: Some(ghost),
            ..BudgetLine::default()
        });
        d.selection.criteria.push(SelectionCriterion {
            weight: 101,
            ..SelectionCriterion::default()
        });
        let paths: Vec<String> = check_integrity(&d).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "phases[1].id",
                "contents[0].phase_ids[1]",
                "budget[0].phase_id",
                "budget[0].unit_cost",
                "selection.criteria[0].weight"
            ]
        );
    }
}
