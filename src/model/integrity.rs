//! Checks a draft's parts against each other: what serde cannot express.
//! Ids are unique, references point at something, money is not negative.

// foldhash, randomly seeded per page as std's SipHash is, hashes a 16-byte id
// several times faster; an import checks every id of every programme.
use foldhash::{HashMap, HashMapExt, HashSet};

use super::{Decimal2, Draft, Id, Money};

/// One thing wrong with a draft, at a path such as `phases[2].expert_ids[0]`.
/// A value, not a sentence: the text layer words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub issue: Issue,
}

/// What is wrong, with what the words need to say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// The id is already used, first at `first` (a path in the same draft).
    DuplicateId { id: Id, first: String },
    /// A reference to an item of kind `to` that the draft does not have.
    Dangling { to: Referent, id: Id },
    /// An amount in minor units below zero.
    NegativeAmount(i64),
    /// A criterion's weight above 100.
    WeightOver100(u32),
    /// An age limit above [`MAX_AGE`].
    AgeOverMax(u32),
    /// The same item listed twice where once is meant (a participant in
    /// one session), first at index `first` of the same list.
    ListedTwice { id: Id, first: usize },
    /// A goal's progress above 100 percent.
    ProgressOver100(u32),
    /// More goals in one plan than [`MAX_GOALS`](super::MAX_GOALS).
    TooManyGoals(usize),
    /// A session longer than [`MAX_SESSION_HOURS`](super::MAX_SESSION_HOURS),
    /// in hundredths of an hour.
    SessionTooLong(u64),
}

/// The kinds of item a draft's parts refer to by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    Phase,
    Person,
    Criterion,
    Applicant,
    Content,
    Participant,
}

impl Problem {
    fn new(path: String, issue: Issue) -> Self {
        Problem { path, issue }
    }
}

/// Where an item is: a list of the draft and an index in it. The path is
/// written out only for a problem; a sound draft formats none.
#[derive(Clone, Copy)]
struct At<'a>(&'a str, usize);

impl At<'_> {
    fn field(self, name: &str) -> String {
        format!("{}[{}].{name}", self.0, self.1)
    }
}

/// Claims each of `ids`, items of `list`: an id seen before is a problem.
fn claim_ids<'a>(
    seen: &mut HashMap<Id, At<'a>>,
    problems: &mut Vec<Problem>,
    list: &'a str,
    ids: &mut dyn Iterator<Item = Id>,
) {
    for (i, id) in ids.enumerate() {
        let at = At(list, i);
        match seen.get(&id) {
            Some(first) => problems.push(Problem::new(
                at.field("id"),
                Issue::DuplicateId {
                    id,
                    first: first.field("id"),
                },
            )),
            None => {
                seen.insert(id, at);
            }
        }
    }
}

/// Every integrity problem of `draft`, in document order.
pub fn check_integrity(draft: &Draft) -> Vec<Problem> {
    let mut problems = Vec::new();
    let running = &draft.running;
    // A plan's goals and actions are lists of their own, named under the
    // participant they belong to.
    let plans: Vec<[String; 2]> = (0..running.participants.len())
        .map(|i| {
            let at = format!("running.participants[{i}].plan");
            [format!("{at}.goals"), format!("{at}.actions")]
        })
        .collect();
    let mut seen: HashMap<Id, At> = HashMap::new();
    let mut claim = |list: &'static str, ids: &mut dyn Iterator<Item = Id>| {
        claim_ids(&mut seen, &mut problems, list, ids)
    };
    claim(
        "overview.organisers",
        &mut draft.overview.organisers.iter().map(|o| o.id),
    );
    claim("phases", &mut draft.phases.iter().map(|p| p.id));
    claim("contents", &mut draft.contents.iter().map(|c| c.id));
    claim("people", &mut draft.people.iter().map(|p| p.id));
    claim(
        "selection.criteria",
        &mut draft.selection.criteria.iter().map(|c| c.id),
    );
    claim(
        "selection.applicants",
        &mut draft.selection.applicants.iter().map(|a| a.id),
    );
    claim(
        "selection.members",
        &mut draft.selection.members.iter().map(|m| m.id),
    );
    claim("budget", &mut draft.budget.iter().map(|l| l.id));
    claim("milestones", &mut draft.milestones.iter().map(|m| m.id));
    claim(
        "communication",
        &mut draft.communication.iter().map(|a| a.id),
    );
    claim("evaluation", &mut draft.evaluation.iter().map(|e| e.id));
    claim(
        "running.participants",
        &mut running.participants.iter().map(|p| p.id),
    );
    claim(
        "running.assignments",
        &mut running.assignments.iter().map(|a| a.id),
    );
    claim(
        "running.sessions",
        &mut running.sessions.iter().map(|s| s.id),
    );
    for (p, [goals, actions]) in running.participants.iter().zip(&plans) {
        claim_ids(
            &mut seen,
            &mut problems,
            goals,
            &mut p.plan.goals.iter().map(|g| g.id),
        );
        claim_ids(
            &mut seen,
            &mut problems,
            actions,
            &mut p.plan.actions.iter().map(|a| a.id),
        );
    }

    let phases: HashSet<Id> = draft.phases.iter().map(|p| p.id).collect();
    let people: HashSet<Id> = draft.people.iter().map(|p| p.id).collect();
    let criteria: HashSet<Id> = draft.selection.criteria.iter().map(|c| c.id).collect();
    let applicants: HashSet<Id> = draft.selection.applicants.iter().map(|a| a.id).collect();
    let contents: HashSet<Id> = draft.contents.iter().map(|c| c.id).collect();
    let participants: HashSet<Id> = running.participants.iter().map(|p| p.id).collect();
    let known = |to: Referent| match to {
        Referent::Phase => &phases,
        Referent::Person => &people,
        Referent::Criterion => &criteria,
        Referent::Applicant => &applicants,
        Referent::Content => &contents,
        Referent::Participant => &participants,
    };
    // Each helper below reports through this one check, so they share it.
    let found = std::cell::RefCell::new(Vec::new());
    let dangling = |to: Referent, id: Id, path: &dyn Fn() -> String| {
        if !known(to).contains(&id) {
            found
                .borrow_mut()
                .push(Problem::new(path(), Issue::Dangling { to, id }));
        }
    };
    let refs = |ids: &[Id], to: Referent, at: At, field: &str| {
        for (j, &id) in ids.iter().enumerate() {
            dangling(to, id, &|| format!("{}[{j}]", at.field(field)));
        }
    };
    for (i, p) in draft.phases.iter().enumerate() {
        refs(
            &p.expert_ids,
            Referent::Person,
            At("phases", i),
            "expert_ids",
        );
    }
    for (i, c) in draft.contents.iter().enumerate() {
        refs(
            &c.phase_ids,
            Referent::Phase,
            At("contents", i),
            "phase_ids",
        );
        refs(
            &c.expert_ids,
            Referent::Person,
            At("contents", i),
            "expert_ids",
        );
    }
    for (i, p) in draft.people.iter().enumerate() {
        refs(&p.phase_ids, Referent::Phase, At("people", i), "phase_ids");
    }
    for (i, m) in draft.selection.members.iter().enumerate() {
        refs(
            &m.conflicts,
            Referent::Applicant,
            At("selection.members", i),
            "conflicts",
        );
    }
    // A score refers to its criterion, and on a member's sheet to its
    // applicant too.
    let score = |at: At, j: usize, field: &str, to: Referent, id: Id| {
        dangling(to, id, &|| format!("{}[{j}].{field}", at.field("scores")));
    };
    for (i, a) in draft.selection.applicants.iter().enumerate() {
        let at = At("selection.applicants", i);
        for (j, s) in a.scores.iter().enumerate() {
            score(at, j, "criterion_id", Referent::Criterion, s.criterion_id);
        }
    }
    for (i, m) in draft.selection.members.iter().enumerate() {
        let at = At("selection.members", i);
        for (j, s) in m.scores.iter().enumerate() {
            score(at, j, "applicant_id", Referent::Applicant, s.applicant_id);
            score(at, j, "criterion_id", Referent::Criterion, s.criterion_id);
        }
    }
    let single = |id: Option<Id>, to: Referent, at: At, field: &str| {
        if let Some(id) = id {
            dangling(to, id, &|| at.field(field));
        }
    };
    for (i, l) in draft.budget.iter().enumerate() {
        single(l.phase_id, Referent::Phase, At("budget", i), "phase_id");
    }
    for (i, a) in draft.communication.iter().enumerate() {
        single(
            a.phase_id,
            Referent::Phase,
            At("communication", i),
            "phase_id",
        );
    }
    // The running part: a participant's application and the contents of
    // their plan, each pair's mentor, mentee and phase, and who and what a
    // session names.
    for (i, p) in running.participants.iter().enumerate() {
        let at = At("running.participants", i);
        single(p.applicant_id, Referent::Applicant, at, "applicant_id");
        refs(
            &p.plan.content_ids,
            Referent::Content,
            at,
            "plan.content_ids",
        );
        for (g, goal) in p.plan.goals.iter().enumerate() {
            let field = format!("plan.goals[{g}].content_ids");
            refs(&goal.content_ids, Referent::Content, at, &field);
        }
    }
    for (i, a) in running.assignments.iter().enumerate() {
        let at = At("running.assignments", i);
        single(Some(a.person_id), Referent::Person, at, "person_id");
        single(
            Some(a.participant_id),
            Referent::Participant,
            at,
            "participant_id",
        );
        single(a.phase_id, Referent::Phase, at, "phase_id");
    }
    for (i, s) in running.sessions.iter().enumerate() {
        let at = At("running.sessions", i);
        single(s.phase_id, Referent::Phase, at, "phase_id");
        single(s.logged_by, Referent::Person, at, "logged_by");
        refs(
            &s.participant_ids,
            Referent::Participant,
            at,
            "participant_ids",
        );
        refs(&s.mentor_ids, Referent::Person, at, "mentor_ids");
        refs(&s.content_ids, Referent::Content, at, "content_ids");
    }
    problems.extend(found.into_inner());
    check_running_values(draft, &mut problems);

    let mut money = |m: Money, path: &dyn Fn() -> String| {
        if m.0 < 0 {
            problems.push(Problem::new(path(), Issue::NegativeAmount(m.0)));
        }
    };
    money(draft.selection.application_fee, &|| {
        "selection.application_fee".into()
    });
    for (i, p) in draft.people.iter().enumerate() {
        money(p.fee_per_day, &|| At("people", i).field("fee_per_day"));
    }
    for (i, l) in draft.budget.iter().enumerate() {
        money(l.unit_cost, &|| At("budget", i).field("unit_cost"));
    }

    for (i, c) in draft.selection.criteria.iter().enumerate() {
        if c.weight > 100 {
            problems.push(Problem::new(
                At("selection.criteria", i).field("weight"),
                Issue::WeightOver100(c.weight),
            ));
        }
    }
    let tg = &draft.overview.target_group;
    for (age, field) in [(tg.min_age, "min_age"), (tg.max_age, "max_age")] {
        if let Some(age) = age
            && age > MAX_AGE
        {
            problems.push(Problem::new(
                format!("overview.target_group.{field}"),
                Issue::AgeOverMax(age),
            ));
        }
    }
    problems
}

/// The running part's values: nobody is logged twice in one session,
/// progress stays within 100 percent and a session within a day.
fn check_running_values(draft: &Draft, problems: &mut Vec<Problem>) {
    let running = &draft.running;
    for (i, s) in running.sessions.iter().enumerate() {
        let at = At("running.sessions", i);
        for (j, id) in s.participant_ids.iter().enumerate() {
            if let Some(first) = s.participant_ids[..j].iter().position(|x| x == id) {
                problems.push(Problem::new(
                    format!("{}[{j}]", at.field("participant_ids")),
                    Issue::ListedTwice { id: *id, first },
                ));
            }
        }
        if let Some(hours) = s.hours
            && hours > Decimal2::whole(super::MAX_SESSION_HOURS)
        {
            problems.push(Problem::new(
                at.field("hours"),
                Issue::SessionTooLong(hours.hundredths()),
            ));
        }
    }
    for (i, p) in running.participants.iter().enumerate() {
        if p.plan.goals.len() > super::MAX_GOALS {
            problems.push(Problem::new(
                format!("running.participants[{i}].plan.goals"),
                Issue::TooManyGoals(p.plan.goals.len()),
            ));
        }
        for (g, goal) in p.plan.goals.iter().enumerate() {
            if goal.progress > 100 {
                problems.push(Problem::new(
                    format!("running.participants[{i}].plan.goals[{g}].progress"),
                    Issue::ProgressOver100(goal.progress),
                ));
            }
        }
    }
}

/// The oldest age limit a programme can state.
pub const MAX_AGE: u32 = 150;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn a_clean_draft_has_no_problems() {
        let mut d = Draft::blank("t");
        let p = Phase::default();
        let e = Person {
            phase_ids: vec![p.id],
            ..Person::default()
        };
        d.contents.push(MentorshipContent {
            phase_ids: vec![p.id],
            expert_ids: vec![e.id],
            ..MentorshipContent::default()
        });
        d.phases.push(p);
        d.people.push(e);
        assert!(check_integrity(&d).is_empty());
    }

    #[test]
    fn finds_duplicates_dangling_refs_negative_money_and_bad_weights() {
        let mut d = Draft::blank("t");
        let p = Phase::default();
        let ghost = Id::new();
        d.phases = vec![p.clone(), p.clone()];
        d.contents.push(MentorshipContent {
            phase_ids: vec![p.id, ghost],
            ..MentorshipContent::default()
        });
        d.budget.push(BudgetLine {
            unit_cost: Money(-1),
            phase_id: Some(ghost),
            ..BudgetLine::default()
        });
        d.selection.criteria.push(SelectionCriterion {
            weight: 101,
            ..SelectionCriterion::default()
        });
        let paths: Vec<String> = check_integrity(&d).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "phases[1].id",
                "contents[0].phase_ids[1]",
                "budget[0].phase_id",
                "budget[0].unit_cost",
                "selection.criteria[0].weight"
            ]
        );
    }

    #[test]
    fn refuses_an_age_no_one_reaches() {
        let mut d = Draft::blank("t");
        d.overview.target_group.min_age = Some(18);
        d.overview.target_group.max_age = Some(MAX_AGE);
        assert!(check_integrity(&d).is_empty());
        d.overview.target_group.max_age = Some(MAX_AGE + 1);
        let found = check_integrity(&d);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "overview.target_group.max_age");
        // Its words, "151 is not an age (expected 0 to 150)", are checked
        // where they are written: `format::words`.
        assert_eq!(found[0].issue, Issue::AgeOverMax(151));
    }
}
