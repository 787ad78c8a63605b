use super::*;
use crate::model::{CopySuffix, Item, Money};

fn names() -> CopyNames {
    CopyNames {
        new: CopySuffix {
            once: " (copy)".into(),
            before_number: " (copy ".into(),
            after_number: ")".into(),
        },
        known: vec![],
    }
}

#[test]
fn a_line_is_added_duplicated_with_a_copy_name_and_deleted() {
    let mut d = Draft::default();
    let a = d.add_budget_line(BudgetCategory::Travel);
    d.budget[0].label = "Flights".into();
    d.budget[0].unit_cost = Money(12_000);
    let b = d.add_budget_line(BudgetCategory::Venue);
    assert_eq!(d.budget[1].category, BudgetCategory::Venue);

    let copy = d.duplicate_budget_line(a, &names()).unwrap();
    assert_eq!(d.budget[1].id, copy, "the copy comes right after");
    assert_eq!(d.budget[1].label, "Flights (copy)");
    assert_eq!(d.budget[1].unit_cost, Money(12_000));
    let again = d.duplicate_budget_line(a, &names()).unwrap();
    assert_eq!(
        BudgetLine::find(&d, again).unwrap().label,
        "Flights (copy 2)"
    );
    assert_eq!(d.duplicate_budget_line(Id::new(), &names()), None);

    assert!(d.delete_budget_line(b));
    assert!(!d.delete_budget_line(b), "a line goes once");
    assert_eq!(d.budget.len(), 3);
}

#[test]
fn a_blank_label_stays_blank_in_its_copy() {
    let mut d = Draft::default();
    let a = d.add_budget_line(BudgetCategory::Other);
    let copy = d.duplicate_budget_line(a, &names()).unwrap();
    assert_eq!(BudgetLine::find(&d, copy).unwrap().label, "");
}

#[test]
fn suggested_lines_are_added_at_the_end() {
    let mut d = Draft::default();
    d.add_budget_line(BudgetCategory::Other);
    let lines = vec![BudgetLine::default(), BudgetLine::default()];
    assert_eq!(d.add_budget_lines(lines), 2);
    assert_eq!(d.budget.len(), 3);
}
