//! Small drafts the tests of several layers build on.

use super::{
    BudgetLine, Date, Decimal2, Draft, Id, Item, MentorshipContent, Money, Person, PersonRole,
    Phase, PhaseKind,
};

/// The date written `s` (YYYY-MM-DD).
pub fn date(s: &str) -> Date {
    s.parse().expect("a date")
}

/// A blank draft of a programme that runs from `start` to `end` (YYYY-MM-DD).
pub fn programme_from(start: &str, end: &str) -> Draft {
    let mut d = Draft::blank("t");
    d.overview.start = Some(date(start));
    d.overview.end = Some(date(end));
    d
}

/// Two phases, "Diagnostic" (`a`) and "Study visit" (`b`); the expert Ana
/// (`e`) in `b`; the content "Market landscape" in both phases with Ana;
/// one budget line for `b`. Returns the draft, `a`, `b` and `e`.
pub fn linked() -> (Draft, Id, Id, Id) {
    let mut d = Draft::blank("t");
    let a = d.add_phase(PhaseKind::InitialDiagnostic, "Diagnostic");
    let b = d.add_phase(PhaseKind::Mobility, "Study visit");
    let e = d.add_person(PersonRole::Expert);
    Person::find_mut(&mut d, e).unwrap().name = "Ana".into();
    Person::find_mut(&mut d, e).unwrap().phase_ids = vec![b];
    Phase::find_mut(&mut d, b).unwrap().expert_ids = vec![e];
    let c = d.add_content();
    let content = MentorshipContent::find_mut(&mut d, c).unwrap();
    content.title = "Market landscape".into();
    content.phase_ids = vec![a, b];
    content.expert_ids = vec![e];
    d.budget.push(BudgetLine {
        phase_id: Some(b),
        ..BudgetLine::default()
    });
    (d, a, b, e)
}

/// A draft with these people: role, name, fee per day in minor units, days in
/// hundredths. Returns the draft and their ids in order.
pub fn people(list: &[(PersonRole, &str, i64, u64)]) -> (Draft, Vec<Id>) {
    let mut d = Draft::blank("t");
    let ids = list
        .iter()
        .map(|&(role, name, fee, days)| {
            let id = d.add_person(role);
            let p = Person::find_mut(&mut d, id).unwrap();
            p.name = name.into();
            p.fee_per_day = Money(fee);
            p.days = Some(Decimal2(days));
            id
        })
        .collect();
    (d, ids)
}
