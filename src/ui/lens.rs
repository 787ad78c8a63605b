//! Reading and writing one field of one item of the open draft, found by id,
//! so a row keeps its DOM (and its focus) while the list around it changes.

use leptos::prelude::*;

use crate::model::{
    Applicant, BudgetLine, CommunicationAction, Draft, EvaluationIndicator, Id, MentorshipContent,
    Milestone, Organiser, Person, Phase, SelectionCriterion,
};

/// A part of the draft that lives in a list and is found by its id.
pub trait Item: 'static {
    fn find(d: &Draft, id: Id) -> Option<&Self>;
    fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self>;
}

impl Item for Phase {
    fn find(d: &Draft, id: Id) -> Option<&Self> {
        d.phases.iter().find(|x| x.id == id)
    }
    fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self> {
        d.phases.iter_mut().find(|x| x.id == id)
    }
}

impl Item for MentorshipContent {
    fn find(d: &Draft, id: Id) -> Option<&Self> {
        d.contents.iter().find(|x| x.id == id)
    }
    fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self> {
        d.contents.iter_mut().find(|x| x.id == id)
    }
}

impl Item for Person {
    fn find(d: &Draft, id: Id) -> Option<&Self> {
        d.people.iter().find(|x| x.id == id)
    }
    fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self> {
        d.people.iter_mut().find(|x| x.id == id)
    }
}

impl Item for Organiser {
    fn find(d: &Draft, id: Id) -> Option<&Self> {
        d.overview.organisers.iter().find(|x| x.id == id)
    }
    fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self> {
        d.overview.organisers.iter_mut().find(|x| x.id == id)
    }
}

/// `Item` for a list reached by a path from the draft.
macro_rules! item_in {
    ($t:ty, $($path:ident).+) => {
        impl Item for $t {
            fn find(d: &Draft, id: Id) -> Option<&Self> {
                d.$($path).+.iter().find(|x| x.id == id)
            }
            fn find_mut(d: &mut Draft, id: Id) -> Option<&mut Self> {
                d.$($path).+.iter_mut().find(|x| x.id == id)
            }
        }
    };
}

item_in!(SelectionCriterion, selection.criteria);
item_in!(Applicant, selection.applicants);
item_in!(BudgetLine, budget);
item_in!(Milestone, milestones);
item_in!(CommunicationAction, communication);
item_in!(EvaluationIndicator, evaluation);

/// A value of item `id`, and a way to set it.
pub fn field<T: Item, V: Clone + Default + Send + Sync + 'static>(
    draft: RwSignal<Draft>,
    id: Id,
    get: fn(&T) -> V,
    put: fn(&mut T, V),
) -> (Signal<V>, Callback<V>) {
    (
        Signal::derive(move || draft.with(|d| T::find(d, id).map(get).unwrap_or_default())),
        Callback::new(move |v| {
            draft.update(|d| {
                if let Some(item) = T::find_mut(d, id) {
                    put(item, v)
                }
            })
        }),
    )
}

/// A text of item `id`.
pub fn text<T: Item>(
    draft: RwSignal<Draft>,
    id: Id,
    get: fn(&T) -> &String,
    put: fn(&mut T) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || {
            draft.with(|d| T::find(d, id).map(|x| get(x).clone()).unwrap_or_default())
        }),
        Callback::new(move |v| {
            draft.update(|d| {
                if let Some(item) = T::find_mut(d, id) {
                    *put(item) = v
                }
            })
        }),
    )
}
