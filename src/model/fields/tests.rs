use super::*;

#[test]
fn a_field_renders_its_element_id() {
    let id: Id = "00000000-0000-4000-8000-000000000001".parse().unwrap();
    assert_eq!(
        Field::item(Form::Phase, id, "title").element_id(),
        format!("phase-{id}-title")
    );
    assert_eq!(
        Field::of(Form::Overview, "max-age").element_id(),
        "ov-max-age"
    );
    assert_eq!(
        Target::AddPhase(crate::model::PhaseKind::Evaluation)
            .field()
            .element_id(),
        "phases-new-kind"
    );
}

#[test]
fn no_two_forms_share_a_prefix_and_no_form_names_a_field_twice() {
    let mut prefixes: Vec<&str> = Form::ALL.iter().map(|f| f.prefix()).collect();
    prefixes.sort();
    prefixes.dedup();
    assert_eq!(prefixes.len(), Form::ALL.len());
    for form in Form::ALL {
        let mut names = form.fields().to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), form.fields().len(), "{form:?}");
    }
}

#[test]
fn a_link_to_an_add_row_carries_its_choice() {
    use crate::model::{BudgetCategory, PhaseKind};
    let phase = Target::AddPhase(PhaseKind::FollowUp);
    let line = Target::AddBudgetLine(BudgetCategory::Travel);
    assert_eq!(phase.phase_kind_to_add(), Some(PhaseKind::FollowUp));
    assert_eq!(line.category_to_add(), Some(BudgetCategory::Travel));
    assert_eq!(phase.category_to_add(), None);
    assert_eq!(Target::Budget.phase_kind_to_add(), None);
}
