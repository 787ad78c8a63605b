use super::*;
use crate::model::{EvaluationTime, MilestoneKind};

#[test]
fn actions_indicators_and_milestones_are_added_and_deleted_by_id() {
    let mut d = Draft::default();
    let a = d.add_communication_action();
    let b = d.add_communication_action();
    assert!(d.delete_communication_action(a));
    assert!(!d.delete_communication_action(a));
    assert_eq!(
        d.communication.iter().map(|x| x.id).collect::<Vec<_>>(),
        [b]
    );

    let i = d.add_indicator();
    assert_eq!(d.evaluation[0].id, i);
    assert!(d.delete_indicator(i));
    assert!(d.evaluation.is_empty());

    let m = d.add_milestone();
    assert_eq!(d.milestones[0].id, m);
    assert!(d.delete_milestone(m));
    assert!(d.milestones.is_empty());
}

#[test]
fn usual_items_are_added_once() {
    let mut d = Draft::default();
    let indicator = |measure: &str, when| EvaluationIndicator {
        measure: measure.into(),
        when: Some(when),
        ..EvaluationIndicator::default()
    };
    let usual = || {
        vec![
            indicator("Confidence", EvaluationTime::Before),
            indicator("Confidence", EvaluationTime::After),
        ]
    };
    assert_eq!(d.add_usual_indicators(usual()), 2);
    assert_eq!(d.add_usual_indicators(usual()), 0, "nothing twice");
    d.evaluation[1].when = Some(EvaluationTime::FollowUp);
    assert_eq!(
        d.add_usual_indicators(usual()),
        1,
        "the one changed away comes back"
    );

    let milestone = |kind| Milestone {
        kind,
        ..Milestone::default()
    };
    let usual = || {
        vec![
            milestone(MilestoneKind::CallOpens),
            milestone(MilestoneKind::Deadline),
        ]
    };
    d.add_milestone();
    d.milestones[0].kind = MilestoneKind::Deadline;
    assert_eq!(d.add_usual_milestones(usual()), 1);
    assert_eq!(d.milestones.len(), 2);
}
