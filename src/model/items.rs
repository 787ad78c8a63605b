//! Finding an item of one of the draft's lists by its id: the one place
//! that does it, for the model's own edits, the text layer and the forms.

use super::running::{Assignment, Participant, Session};
use super::{
    Applicant, BudgetLine, CommitteeMember, CommunicationAction, Draft, EvaluationIndicator, Id,
    MentorshipContent, Milestone, Organiser, Person, Phase, SelectionCriterion,
};

/// A kind of item that lives in one list of the draft and is known by its id.
pub trait Item: Sized + 'static {
    /// The list, in its order.
    fn all(d: &Draft) -> &[Self];
    /// The list itself, to add to or take from.
    fn list_mut(d: &mut Draft) -> &mut Vec<Self>;
    fn all_mut(d: &mut Draft) -> &mut [Self] {
        Self::list_mut(d)
    }
    fn id(&self) -> Id;
    fn id_mut(&mut self) -> &mut Id;

    /// The item `id`, if the list holds it.
    fn find(d: &Draft, id: Id) -> Option<&Self> {
        Self::all(d).iter().find(|x| x.id() == id)
    }
    fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self> {
        Self::all_mut(d).iter_mut().find(|x| x.id() == id)
    }
    /// Where item `id` stands in its list.
    fn position(d: &Draft, id: Id) -> Option<usize> {
        Self::all(d).iter().position(|x| x.id() == id)
    }
}

/// `Item` for a list reached by a path from the draft.
macro_rules! item_in {
    ($t:ty, $($path:ident).+) => {
        impl Item for $t {
            fn all(d: &Draft) -> &[Self] {
                &d.$($path).+
            }
            fn list_mut(d: &mut Draft) -> &mut Vec<Self> {
                &mut d.$($path).+
            }
            fn id(&self) -> Id {
                self.id
            }
            fn id_mut(&mut self) -> &mut Id {
                &mut self.id
            }
        }
    };
}

/// Every list of the draft whose items are known by id, named once: the
/// lists of the draft itself, then those of its parts. Each is an [`Item`],
/// and [`Draft::visit_ids`] visits each.
macro_rules! draft_lists {
    (
        draft { $($list:ident: $t:ty),* $(,)? }
        $(draft.$part:ident { $($field:ident: $u:ty),* $(,)? })*
    ) => {
        $(item_in!($t, $list);)*
        $($(item_in!($u, $part.$field);)*)*

        /// Visits the id of each item of each list.
        fn visit_item_ids(d: &mut Draft, f: &mut dyn FnMut(&mut Id)) {
            $(d.$list.iter_mut().for_each(|x| f(&mut x.id));)*
            $($(d.$part.$field.iter_mut().for_each(|x| f(&mut x.id));)*)*
        }
    };
}

draft_lists! {
    draft {
        phases: Phase,
        contents: MentorshipContent,
        people: Person,
        budget: BudgetLine,
        milestones: Milestone,
        communication: CommunicationAction,
        evaluation: EvaluationIndicator,
    }
    draft.overview { organisers: Organiser }
    draft.selection { criteria: SelectionCriterion, applicants: Applicant, members: CommitteeMember }
    draft.running { participants: Participant, assignments: Assignment, sessions: Session }
}

/// The changes every list takes the same way; each screen's own
/// (`add_phase`, `delete_budget_line`…) is named in the programme's words
/// and calls these.
impl Draft {
    /// Puts `item` at the end of its list; gives its id.
    pub fn add_item<T: Item>(&mut self, item: T) -> Id {
        let id = item.id();
        T::list_mut(self).push(item);
        id
    }

    /// Takes item `id` out of its list (nothing else); whether it was there.
    pub fn remove_item<T: Item>(&mut self, id: Id) -> bool {
        let list = T::list_mut(self);
        let before = list.len();
        list.retain(|x| x.id() != id);
        list.len() != before
    }

    /// Puts a copy of item `id` right after it, under a new id, its `title`
    /// numbered after the list's copies ("X (copy)", "X (copy 2)"…).
    pub fn duplicate_item<T: Item + Clone>(
        &mut self,
        id: Id,
        title: fn(&mut T) -> &mut String,
        names: &super::CopyNames,
    ) -> Option<Id> {
        let list = T::list_mut(self);
        let i = list.iter().position(|x| x.id() == id)?;
        let mut copy = list[i].clone();
        let new_id = Id::new();
        *copy.id_mut() = new_id;
        let taken: Vec<String> = list.iter_mut().map(|x| title(x).clone()).collect();
        let named = super::copy_title(title(&mut copy), taken.iter().map(String::as_str), names);
        *title(&mut copy) = named;
        list.insert(i + 1, copy);
        Some(new_id)
    }

    /// Visits every id the draft gives out: its own, each list's items',
    /// then the goals and actions of each participant's plan.
    pub fn visit_ids(&mut self, f: &mut dyn FnMut(&mut Id)) {
        f(&mut self.id);
        visit_item_ids(self, f);
        for p in &mut self.running.participants {
            p.plan.goals.iter_mut().for_each(|g| f(&mut g.id));
            p.plan.actions.iter_mut().for_each(|a| f(&mut a.id));
        }
    }

    /// Every id the draft gives out, in the order of [`Draft::visit_ids`].
    pub fn ids(&self) -> Vec<Id> {
        let mut out = Vec::new();
        self.clone().visit_ids(&mut |id| out.push(*id));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_id_never_by_position() {
        let mut d = Draft::blank("t");
        let a = d.add_phase(crate::model::PhaseKind::CallForParticipation, "a");
        let b = d.add_phase(crate::model::PhaseKind::Selection, "b");
        assert_eq!(Phase::position(&d, b), Some(1));
        d.phases.swap(0, 1);
        assert_eq!(Phase::find(&d, a).map(|p| p.title.as_str()), Some("a"));
        assert_eq!(Phase::position(&d, b), Some(0));
        Phase::find_mut(&mut d, b).unwrap().title = "B".into();
        assert_eq!(d.phases[0].title, "B");
        assert!(Phase::find(&d, Id::new()).is_none());
        assert!(Person::find_mut(&mut d, a).is_none());
    }
}
