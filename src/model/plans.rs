//! The management lists as their screens change them: communication
//! actions, evaluation indicators and milestones, each added, deleted, or
//! completed with the usual ones the draft does not have yet.

use super::{CommunicationAction, Draft, EvaluationIndicator, Id, Milestone};

/// Adds each of `usual` that `list` has no `same` one of; gives how many.
fn add_missing<T>(list: &mut Vec<T>, usual: Vec<T>, same: fn(&T, &T) -> bool) -> usize {
    let mut added = 0;
    for item in usual {
        if !list.iter().any(|x| same(x, &item)) {
            list.push(item);
            added += 1;
        }
    }
    added
}

impl Draft {
    pub fn add_communication_action(&mut self) -> Id {
        self.add_item(CommunicationAction::default())
    }

    /// Nothing refers to an action, so it simply goes.
    pub fn delete_communication_action(&mut self, id: Id) -> bool {
        self.remove_item::<CommunicationAction>(id)
    }

    pub fn add_indicator(&mut self) -> Id {
        self.add_item(EvaluationIndicator::default())
    }

    /// Nothing refers to an indicator, so it simply goes.
    pub fn delete_indicator(&mut self, id: Id) -> bool {
        self.remove_item::<EvaluationIndicator>(id)
    }

    /// Adds each usual indicator whose measure and time the evaluation does
    /// not have yet; gives how many.
    pub fn add_usual_indicators(&mut self, usual: Vec<EvaluationIndicator>) -> usize {
        add_missing(&mut self.evaluation, usual, |a, b| {
            a.measure == b.measure && a.when == b.when
        })
    }

    pub fn add_milestone(&mut self) -> Id {
        self.add_item(Milestone::default())
    }

    /// Nothing refers to a milestone, so it simply goes.
    pub fn delete_milestone(&mut self, id: Id) -> bool {
        self.remove_item::<Milestone>(id)
    }

    /// Adds each usual milestone of a kind the planning has none of yet;
    /// gives how many.
    pub fn add_usual_milestones(&mut self, usual: Vec<Milestone>) -> usize {
        add_missing(&mut self.milestones, usual, |a, b| a.kind == b.kind)
    }
}

#[cfg(test)]
mod tests;
