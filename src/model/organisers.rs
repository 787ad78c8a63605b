//! The organisers as the Overview screen changes them.

use super::{Draft, Id, Organiser, OrganiserRole};

impl Draft {
    /// Adds an empty organiser at the end: the lead if it is the first,
    /// else a partner. Gives its id.
    pub fn add_organiser(&mut self) -> Id {
        let role = if self.overview.organisers.is_empty() {
            OrganiserRole::Lead
        } else {
            OrganiserRole::Partner
        };
        self.add_item(Organiser {
            role,
            ..Organiser::default()
        })
    }

    /// Nothing refers to an organiser, so it simply goes.
    pub fn remove_organiser(&mut self, id: Id) -> bool {
        self.remove_item::<Organiser>(id)
    }
}

#[cfg(test)]
mod tests;
