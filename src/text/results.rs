//! The selection's results in words: each member's mark, an applicant's
//! decision, and the results as CSV.

use std::borrow::Cow;

use rust_i18n::t;

use crate::model::{Applicant, Draft, Eligibility, Item, Mark, Outcome, to_csv};

/// A share in tenths of a percent, as `72.5`.
fn points(per_mille: u32) -> String {
    format!("{}.{}", per_mille / 10, per_mille % 10)
}

/// What one member's sheet says of an applicant, in the interface language.
pub fn mark(m: Mark) -> Cow<'static, str> {
    match m {
        Mark::Recused => t!("results.recused"),
        Mark::NotReturned => t!("results.not_returned"),
        Mark::Incomplete => t!("results.incomplete"),
        Mark::Score(pm) => points(pm).into(),
    }
}

/// The decision on an applicant as it stands.
pub fn decision(d: &Draft, a: &Applicant) -> Cow<'static, str> {
    match d.outcome(a) {
        Outcome::Ineligible(_) => t!("results.set_aside"),
        Outcome::Selected => t!("results.selected"),
        Outcome::Waiting => t!("results.waiting"),
        Outcome::NotSelected => t!("results.not_selected"),
    }
}

/// The results as CSV: the ranking with each member's weighted score, the
/// mean, the spread and the decision; then the applicants set aside, with
/// the conditions they do not meet.
pub fn results_csv(d: &Draft) -> String {
    let members = &d.selection.members;
    let mut head = vec![
        t!("results.rank").into_owned(),
        t!("management.csv.applicant").into_owned(),
    ];
    head.extend(members.iter().map(|m| m.name.clone()));
    head.extend([
        t!("results.mean").into_owned(),
        t!("results.spread").into_owned(),
        t!("results.decision").into_owned(),
        t!("results.why").into_owned(),
    ]);
    let mut rows = vec![head];
    let marks = d.member_marks();
    for r in d.ranking() {
        let Some(a) = Applicant::find(d, r.id) else {
            continue;
        };
        let mut row = vec![r.rank.to_string(), r.name.clone()];
        let theirs = marks.get(&r.id).map(Vec::as_slice).unwrap_or_default();
        row.extend(theirs.iter().map(|m| mark(*m).into_owned()));
        row.push(points(r.per_mille));
        row.push(r.spread.map(points).unwrap_or_default());
        row.push(decision(d, a).into_owned());
        let mut why = Vec::new();
        if r.disagreement {
            why.push(t!("results.disagree").into_owned());
        }
        if let Some(reason) = &r.tie_reason {
            why.push(t!("results.tie_decided", reason = reason).into_owned());
        }
        row.push(why.join("; "));
        rows.push(row);
    }
    for a in &d.selection.applicants {
        if let Eligibility::Ineligible(unmet) = d.eligibility(a) {
            let mut row = vec![String::new(), a.name.clone()];
            row.extend(members.iter().map(|_| String::new()));
            row.extend([String::new(), String::new()]);
            row.push(decision(d, a).into_owned());
            row.push(t!("results.unmet", conditions = unmet.join("; ")).into_owned());
            rows.push(row);
        }
    }
    to_csv(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MemberScore, SelectionCriterion};

    #[test]
    fn the_results_name_every_member_and_every_decision() {
        crate::text::set_lang(crate::model::Lang::En);
        let mut d = Draft::blank("t");
        d.selection.eligibility = vec!["Lives in Europe".into()];
        d.selection.criteria.push(SelectionCriterion {
            weight: 100,
            ..Default::default()
        });
        let c = d.selection.criteria[0].id;
        for n in ["Ana", "Ben", "Chloé"] {
            let mut a = Applicant {
                name: n.into(),
                ..Default::default()
            };
            a.set_condition("Lives in Europe", Some(n != "Chloé"));
            d.selection.applicants.push(a);
        }
        let ids: Vec<_> = d.selection.applicants.iter().map(|a| a.id).collect();
        let m1 = d.add_member("Dana");
        let m2 = d.add_member("Eli");
        d.set_conflict(m2, ids[0], true);
        for (m, app, v) in [(m1, ids[0], 5), (m1, ids[1], 2), (m2, ids[1], 4)] {
            let m = crate::model::CommitteeMember::find_mut(&mut d, m).unwrap();
            m.returned = Some("t".into());
            m.scores.push(MemberScore {
                applicant_id: app,
                criterion_id: c,
                value: v,
                ..Default::default()
            });
        }
        d.overview.places = Some(1);
        d.apply_ranking();
        let csv = results_csv(&d);
        let rows: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(
            rows,
            [
                ["1", "Ana", "100.0", "Recused", "100.0", "", "Selected", ""],
                [
                    "2",
                    "Ben",
                    "40.0",
                    "80.0",
                    "60.0",
                    "40.0",
                    "Not selected",
                    "Members disagree"
                ],
                [
                    "",
                    "Chloé",
                    "",
                    "",
                    "",
                    "",
                    "Set aside",
                    "Does not meet: Lives in Europe"
                ],
            ]
        );
    }
}
