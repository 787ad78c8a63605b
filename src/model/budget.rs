//! The budget's lines as the Budget screen changes them: add, duplicate
//! with a numbered copy name, delete, and add the suggested ones.

use super::{BudgetCategory, BudgetLine, CopyNames, Draft, Id};

impl Draft {
    /// Adds an empty line of `category` at the end; gives its id.
    pub fn add_budget_line(&mut self, category: BudgetCategory) -> Id {
        self.add_item(BudgetLine {
            category,
            ..BudgetLine::default()
        })
    }

    /// Puts a copy right after the line, labelled "X (copy)", "X (copy 2)"…
    pub fn duplicate_budget_line(&mut self, id: Id, names: &CopyNames) -> Option<Id> {
        self.duplicate_item::<BudgetLine>(id, |l| &mut l.label, names)
    }

    /// Nothing refers to a budget line, so it simply goes.
    pub fn delete_budget_line(&mut self, id: Id) -> bool {
        self.remove_item::<BudgetLine>(id)
    }

    /// Adds `lines` at the end (the suggested lines for experts' fees);
    /// gives how many.
    pub fn add_budget_lines(&mut self, lines: Vec<BudgetLine>) -> usize {
        let n = lines.len();
        self.budget.extend(lines);
        n
    }
}

#[cfg(test)]
mod tests;
