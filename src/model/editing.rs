//! What the editor screens do to a draft: add, duplicate, delete with their
//! links, and the totals and coverage they show. Pure functions, so each is
//! tested without a browser.

use super::*;

/// What refers to an item, for a person to check before deleting it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links(pub Vec<Link>);

/// One thing that refers to an item: titles and names as typed (blank when
/// none is typed yet), counts as numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Content(String),
    Person(String),
    Phase(String),
    BudgetLines(usize),
    CommunicationActions(usize),
}

/// How one language marks a copy: `" (copy)"` for the first, and the words
/// around the number of the next ones (`" (copy "`, `")"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopySuffix {
    pub once: String,
    pub before_number: String,
    pub after_number: String,
}

/// The words a copy's title takes, and those of every language a title may
/// already carry (so "X (copie)" counts as a copy in English too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyNames {
    pub new: CopySuffix,
    pub known: Vec<CopySuffix>,
}

/// A problem with one phase's dates; the dates are the programme's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    EndBeforeStart,
    BeforeProgrammeStart(Date),
    AfterProgrammeEnd(Date),
}

impl Links {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Hours per participant across the phases, split by mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhaseTotals {
    pub hours: Decimal2,
    pub remote: Decimal2,
    pub face_to_face: Decimal2,
    pub hybrid: Decimal2,
    /// Hours of phases with no mode chosen yet.
    pub unset: Decimal2,
    pub first_start: Option<Date>,
    pub last_end: Option<Date>,
}

/// Count and hours of the contents in one cell of the coverage matrix.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoverageCell {
    pub count: usize,
    pub hours: Decimal2,
}

/// Mandatory/optional × transversal/tailor-made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    cells: [[CoverageCell; 2]; 2],
}

impl Coverage {
    pub fn cell(&self, requirement: Requirement, scope: Scope) -> CoverageCell {
        self.cells[requirement as usize][scope as usize]
    }
}

impl std::ops::Add for Decimal2 {
    type Output = Decimal2;
    fn add(self, other: Decimal2) -> Decimal2 {
        Decimal2(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Decimal2 {
    fn sum<I: Iterator<Item = Decimal2>>(iter: I) -> Decimal2 {
        iter.fold(Decimal2(0), |a, b| a + b)
    }
}

/// The title of a copy: "X (copy)", then "X (copy 2)", "X (copy 3)"… never
/// "X (copy) (copy)". The number is the first one after the original's that
/// no title in `taken` (the copy's future neighbours) already uses, whichever
/// language named the earlier copies. A blank title stays blank.
pub fn copy_title<'a>(
    title: &str,
    taken: impl IntoIterator<Item = &'a str>,
    names: &CopyNames,
) -> String {
    if title.trim().is_empty() {
        return String::new();
    }
    let (base, from) = copy_number(title, names);
    let used: std::collections::BTreeSet<u32> = taken
        .into_iter()
        .filter_map(|t| {
            let (b, n) = copy_number(t, names);
            (b.trim() == base.trim()).then_some(n)
        })
        .collect();
    let n = (from + 1..).find(|n| !used.contains(n)).unwrap_or(from + 1);
    let suffix = &names.new;
    if n == 1 {
        format!("{base}{}", suffix.once)
    } else {
        format!("{base}{}{n}{}", suffix.before_number, suffix.after_number)
    }
}

/// A title split into the original's title and its copy number: 0 for an
/// original, 1 for "X (copy)", n for "X (copy n)", in any known language.
fn copy_number<'t>(title: &'t str, names: &CopyNames) -> (&'t str, u32) {
    for l in std::iter::once(&names.new).chain(&names.known) {
        if let Some(base) = title.strip_suffix(l.once.as_str()) {
            return (base, 1);
        }
        let Some(rest) = title.strip_suffix(l.after_number.as_str()) else {
            continue;
        };
        let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (rest, number) = rest.split_at(rest.len() - digits);
        if let (Some(base), Ok(n @ 2..)) = (
            rest.strip_suffix(l.before_number.as_str()),
            number.parse::<u32>(),
        ) && !number.starts_with('0')
        {
            return (base, n);
        }
    }
    (title, 0)
}

/// Takes `id` out of every list of links.
fn unlink<'a>(lists: impl Iterator<Item = &'a mut Vec<Id>>, id: Id) {
    for ids in lists {
        ids.retain(|x| *x != id);
    }
}

/// Links `id` from the items in `wanted` and from no other: each item comes
/// with its own id and its list of links, at the end of which `id` goes.
fn link_exactly<'a>(items: impl Iterator<Item = (Id, &'a mut Vec<Id>)>, id: Id, wanted: &[Id]) {
    for (item, links) in items {
        links.retain(|x| *x != id);
        if wanted.contains(&item) {
            links.push(id);
        }
    }
}

impl Draft {
    /// Adds a phase at the end.
    pub fn add_phase(&mut self, kind: PhaseKind, title: &str) -> Id {
        self.add_item(Phase {
            kind,
            title: title.to_string(),
            mode: kind.usual_mode(),
            ..Phase::default()
        })
    }

    /// Puts a copy right after the phase; the copy keeps its experts.
    pub fn duplicate_phase(&mut self, id: Id, names: &CopyNames) -> Option<Id> {
        self.duplicate_item::<Phase>(id, |p| &mut p.title, names)
    }

    /// What refers to a phase.
    pub fn phase_links(&self, id: Id) -> Links {
        let contents = self.contents.iter().filter(|c| c.phase_ids.contains(&id));
        let people = self.people.iter().filter(|p| p.phase_ids.contains(&id));
        let mut out: Vec<Link> = (contents.map(|c| Link::Content(c.title.clone())))
            .chain(people.map(|p| Link::Person(p.name.clone())))
            .collect();
        let count = |phase_ids: &mut dyn Iterator<Item = Option<Id>>| {
            phase_ids.filter(|p| *p == Some(id)).count()
        };
        let lines = count(&mut self.budget.iter().map(|l| l.phase_id));
        let actions = count(&mut self.communication.iter().map(|a| a.phase_id));
        out.extend((lines > 0).then_some(Link::BudgetLines(lines)));
        out.extend((actions > 0).then_some(Link::CommunicationActions(actions)));
        Links(out)
    }

    /// Deletes a phase and every reference to it; nothing is left dangling.
    pub fn delete_phase(&mut self, id: Id) -> bool {
        unlink(self.contents.iter_mut().map(|c| &mut c.phase_ids), id);
        unlink(self.people.iter_mut().map(|p| &mut p.phase_ids), id);
        let lines = self.budget.iter_mut().map(|l| &mut l.phase_id);
        let actions = self.communication.iter_mut().map(|a| &mut a.phase_id);
        let running = &mut self.running;
        let pairs = running.assignments.iter_mut().map(|a| &mut a.phase_id);
        let sessions = running.sessions.iter_mut().map(|s| &mut s.phase_id);
        for phase_id in lines.chain(actions).chain(pairs).chain(sessions) {
            if *phase_id == Some(id) {
                *phase_id = None;
            }
        }
        // A pair for that phase may now be the same as one for the whole
        // programme: it is kept once.
        let mut seen = std::collections::HashSet::new();
        running
            .assignments
            .retain(|a| seen.insert((a.person_id, a.participant_id, a.phase_id)));
        self.remove_item::<Phase>(id)
    }

    pub fn add_content(&mut self) -> Id {
        self.add_item(MentorshipContent::default())
    }

    pub fn duplicate_content(&mut self, id: Id, names: &CopyNames) -> Option<Id> {
        self.duplicate_item::<MentorshipContent>(id, |c| &mut c.title, names)
    }

    /// Deletes a content and takes it out of every plan, goal and session.
    pub fn delete_content(&mut self, id: Id) -> bool {
        let running = &mut self.running;
        let plans = running.participants.iter_mut().flat_map(|p| {
            let goals = p.plan.goals.iter_mut().map(|g| &mut g.content_ids);
            std::iter::once(&mut p.plan.content_ids).chain(goals)
        });
        let sessions = running.sessions.iter_mut().map(|s| &mut s.content_ids);
        unlink(plans.chain(sessions), id);
        self.remove_item::<MentorshipContent>(id)
    }

    pub fn add_person(&mut self, role: PersonRole) -> Id {
        self.add_item(Person {
            role,
            ..Person::default()
        })
    }

    /// What refers to a person.
    pub fn person_links(&self, id: Id) -> Links {
        let phases = self.phases.iter().filter(|p| p.expert_ids.contains(&id));
        let contents = self.contents.iter().filter(|c| c.expert_ids.contains(&id));
        let links = (phases.map(|p| Link::Phase(p.title.clone())))
            .chain(contents.map(|c| Link::Content(c.title.clone())));
        Links(links.collect())
    }

    /// Deletes a person and every reference to them.
    pub fn delete_person(&mut self, id: Id) -> bool {
        unlink(self.phases.iter_mut().map(|p| &mut p.expert_ids), id);
        unlink(self.contents.iter_mut().map(|c| &mut c.expert_ids), id);
        unlink(
            self.running.sessions.iter_mut().map(|s| &mut s.mentor_ids),
            id,
        );
        self.running.assignments.retain(|a| a.person_id != id);
        for s in &mut self.running.sessions {
            if s.logged_by == Some(id) {
                s.logged_by = None;
            }
        }
        self.remove_item::<Person>(id)
    }

    /// Sets who takes part in a phase, and the phases of those people to match:
    /// the relation is one, seen from either side.
    pub fn set_phase_people(&mut self, phase: Id, people: Vec<Id>) {
        let sides = self.people.iter_mut().map(|p| (p.id, &mut p.phase_ids));
        link_exactly(sides, phase, &people);
        if let Some(ph) = Phase::find_mut(self, phase) {
            ph.expert_ids = people;
        }
    }

    /// Sets the phases a person takes part in, and those phases' people.
    pub fn set_person_phases(&mut self, person: Id, phases: Vec<Id>) {
        let sides = self.phases.iter_mut().map(|ph| (ph.id, &mut ph.expert_ids));
        link_exactly(sides, person, &phases);
        if let Some(p) = Person::find_mut(self, person) {
            p.phase_ids = phases;
        }
    }

    /// Hours per participant and date span over all phases.
    pub fn phase_totals(&self) -> PhaseTotals {
        let mut t = PhaseTotals::default();
        for p in &self.phases {
            let h = p.hours.unwrap_or_default();
            t.hours = t.hours + h;
            match p.mode {
                Some(Mode::Remote) => t.remote = t.remote + h,
                Some(Mode::FaceToFace) => t.face_to_face = t.face_to_face + h,
                Some(Mode::Hybrid) => t.hybrid = t.hybrid + h,
                None => t.unset = t.unset + h,
            }
            for d in [p.start, p.end].into_iter().flatten() {
                t.first_start = Some(t.first_start.map_or(d, |x| x.min(d)));
                t.last_end = Some(t.last_end.map_or(d, |x| x.max(d)));
            }
        }
        t
    }

    /// The coverage matrix of the mentorship contents.
    pub fn coverage(&self) -> Coverage {
        let mut cov = Coverage::default();
        for c in &self.contents {
            let cell = &mut cov.cells[c.requirement as usize][c.scope as usize];
            cell.count += 1;
            cell.hours = cell.hours + c.hours.unwrap_or_default();
        }
        cov
    }

    /// Expert days and fees (fee per day × days), for the budget; the fees
    /// are [`TooLarge`] rather than a clamped figure when they do not fit.
    pub fn expert_totals(&self) -> (Decimal2, Total) {
        let experts = self.people.iter().filter(|p| p.role == PersonRole::Expert);
        let days = experts.clone().map(|p| p.days.unwrap_or_default()).sum();
        let fees = Money::sum(experts.map(|p| p.fee_per_day.times(p.days.unwrap_or_default())));
        (days, fees)
    }

    /// Problems with one phase's own fields, for the messages beside them.
    pub fn phase_date_problems(&self, phase: &Phase) -> Vec<(&'static str, DateProblem)> {
        let mut out = Vec::new();
        if let (Some(s), Some(e)) = (phase.start, phase.end)
            && e < s
        {
            out.push(("end", DateProblem::EndBeforeStart));
        }
        if let Some(ps) = self.overview.start {
            for (field, d) in [("start", phase.start), ("end", phase.end)] {
                if let Some(d) = d
                    && d < ps
                {
                    out.push((field, DateProblem::BeforeProgrammeStart(ps)));
                }
            }
        }
        if let Some(pe) = self.overview.end {
            for (field, d) in [("start", phase.start), ("end", phase.end)] {
                if let Some(d) = d
                    && d > pe
                {
                    out.push((field, DateProblem::AfterProgrammeEnd(pe)));
                }
            }
        }
        out
    }
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 12] = [
        PhaseKind::CallForParticipation,
        PhaseKind::Selection,
        PhaseKind::InitialDiagnostic,
        PhaseKind::CollectiveMentoring,
        PhaseKind::IndividualMentoring,
        PhaseKind::RemoteWork,
        PhaseKind::FaceToFaceWork,
        PhaseKind::Mobility,
        PhaseKind::FairOrShowcase,
        PhaseKind::Evaluation,
        PhaseKind::FollowUp,
        PhaseKind::Custom,
    ];

    /// The mode a phase of this kind usually has, to pre-fill a new one.
    pub fn usual_mode(self) -> Option<Mode> {
        match self {
            PhaseKind::RemoteWork | PhaseKind::CallForParticipation => Some(Mode::Remote),
            PhaseKind::FaceToFaceWork | PhaseKind::Mobility | PhaseKind::FairOrShowcase => {
                Some(Mode::FaceToFace)
            }
            PhaseKind::CollectiveMentoring | PhaseKind::IndividualMentoring => Some(Mode::Hybrid),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::samples::{date as d, programme_from};

    use crate::model::samples::linked as sample;

    #[test]
    fn copies_are_numbered_in_either_language() {
        let none: [&str; 0] = [];
        fn copy_title<'a>(title: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
            super::copy_title(title, taken, &crate::text::copy_names(Lang::En))
        }
        assert_eq!(copy_title("Visit", none), "Visit (copy)");
        assert_eq!(
            copy_title("Visit (copy)", ["Visit", "Visit (copy)"]),
            "Visit (copy 2)"
        );
        assert_eq!(
            copy_title(
                "Visit (copy 2)",
                ["Visit", "Visit (copy)", "Visit (copy 2)"]
            ),
            "Visit (copy 3)"
        );
        // A second copy of the original skips the numbers in use.
        assert_eq!(
            copy_title("Visit", ["Visit", "Visit (copy)"]),
            "Visit (copy 2)"
        );
        // Without neighbours, still one more than the original's number.
        assert_eq!(copy_title("Visit (copy 9)", none), "Visit (copy 10)");
        assert_eq!(copy_title("   ", none), "");
        let fr_names = crate::text::copy_names(Lang::Fr);
        let fr = |title, taken: &[&str]| super::copy_title(title, taken.iter().copied(), &fr_names);
        assert_eq!(fr("Visite", &[]), "Visite (copie)");
        assert_eq!(
            fr("Visite (copie)", &["Visite (copie)"]),
            "Visite (copie 2)"
        );
        assert_eq!(
            fr("Visite (copie 2)", &["Visite (copie 2)"]),
            "Visite (copie 3)"
        );
        // Copies named in the other language count too.
        assert_eq!(fr("Visite (copy)", &["Visite (copy)"]), "Visite (copie 2)");
        assert_eq!(
            copy_title("Visite (copie 2)", ["Visite (copie 2)"]),
            "Visite (copy 3)"
        );
        // Only a real copy number is read as one.
        assert_eq!(copy_title("Room (copy 1)", none), "Room (copy 1) (copy)");
        assert_eq!(copy_title("Room (copy 02)", none), "Room (copy 02) (copy)");
        assert_eq!(copy_title("Top 10 (copy)", none), "Top 10 (copy 2)");
    }

    #[test]
    fn duplicate_phase_lands_after_the_original_with_a_new_id() {
        let (mut draft, a, b, _) = sample();
        let names = crate::text::copy_names(Lang::En);
        let copy = draft.duplicate_phase(a, &names).unwrap();
        let ids: Vec<Id> = draft.phases.iter().map(|p| p.id).collect();
        assert_eq!(ids, vec![a, copy, b]);
        assert_eq!(
            Phase::find(&draft, copy).unwrap().title,
            "Diagnostic (copy)"
        );
        let again = draft.duplicate_phase(copy, &names).unwrap();
        assert_eq!(
            Phase::find(&draft, again).unwrap().title,
            "Diagnostic (copy 2)"
        );
        let third = draft.duplicate_phase(a, &names).unwrap();
        assert_eq!(
            Phase::find(&draft, third).unwrap().title,
            "Diagnostic (copy 3)"
        );
        assert!(draft.duplicate_phase(Id::new(), &names).is_none());
        assert!(check_integrity(&draft).is_empty());
    }

    #[test]
    fn deleting_a_phase_says_what_links_to_it_and_leaves_nothing_dangling() {
        let (mut draft, _, b, _) = sample();
        assert_eq!(
            draft.phase_links(b).0,
            vec![
                Link::Content("Market landscape".into()),
                Link::Person("Ana".into()),
                Link::BudgetLines(1)
            ]
        );
        assert!(draft.delete_phase(b));
        assert!(!draft.delete_phase(b));
        assert!(check_integrity(&draft).is_empty());
        assert_eq!(draft.contents[0].phase_ids.len(), 1);
        assert_eq!(draft.budget[0].phase_id, None);
    }

    #[test]
    fn deleting_a_person_unlinks_them_everywhere() {
        let (mut draft, _, _, e) = sample();
        assert_eq!(
            draft.person_links(e).0,
            vec![
                Link::Phase("Study visit".into()),
                Link::Content("Market landscape".into())
            ]
        );
        assert!(draft.delete_person(e));
        assert!(draft.phases.iter().all(|p| p.expert_ids.is_empty()));
        assert!(draft.contents.iter().all(|c| c.expert_ids.is_empty()));
        assert!(check_integrity(&draft).is_empty());
        let lonely = draft.add_person(PersonRole::EndUser);
        assert!(draft.person_links(lonely).is_empty());
    }

    #[test]
    fn phase_people_links_agree_from_both_sides() {
        let (mut draft, a, b, e) = sample();
        draft.set_person_phases(e, vec![a]);
        assert_eq!(Phase::find(&draft, a).unwrap().expert_ids, vec![e]);
        assert!(Phase::find(&draft, b).unwrap().expert_ids.is_empty());
        draft.set_phase_people(b, vec![e]);
        assert_eq!(Person::find(&draft, e).unwrap().phase_ids, vec![a, b]);
        draft.set_phase_people(a, vec![]);
        assert_eq!(Person::find(&draft, e).unwrap().phase_ids, vec![b]);
    }

    #[test]
    fn duplicate_and_delete_content() {
        let (mut draft, ..) = sample();
        let c = draft.contents[0].id;
        let names = crate::text::copy_names(Lang::En);
        let copy = draft.duplicate_content(c, &names).unwrap();
        assert_eq!(draft.contents[1].id, copy);
        assert_eq!(draft.contents[1].phase_ids, draft.contents[0].phase_ids);
        assert!(draft.delete_content(c));
        assert_eq!(draft.contents.len(), 1);
    }

    #[test]
    fn phase_totals_split_by_mode_and_span_the_dates() {
        let mut draft = Draft::blank("t");
        for (mode, hours, start, end) in [
            (Some(Mode::Remote), 250, "2027-03-01", "2027-03-10"),
            (Some(Mode::FaceToFace), 1000, "2027-02-01", "2027-02-05"),
            (Some(Mode::Hybrid), 125, "2027-05-01", "2027-06-30"),
            (None, 100, "2027-04-01", "2027-04-01"),
        ] {
            draft.phases.push(Phase {
                mode,
                hours: Some(Decimal2(hours)),
                start: Some(d(start)),
                end: Some(d(end)),
                ..Phase::default()
            });
        }
        draft.phases.push(Phase::default());
        let t = draft.phase_totals();
        assert_eq!(t.hours, Decimal2(1475));
        assert_eq!(t.remote, Decimal2(250));
        assert_eq!(t.face_to_face, Decimal2(1000));
        assert_eq!(t.hybrid, Decimal2(125));
        assert_eq!(t.unset, Decimal2(100));
        assert_eq!(t.first_start, Some(d("2027-02-01")));
        assert_eq!(t.last_end, Some(d("2027-06-30")));
    }

    #[test]
    fn coverage_counts_and_hours_per_cell() {
        let mut draft = Draft::blank("t");
        for (req, scope, hours) in [
            (Requirement::Mandatory, Scope::Transversal, Some(600)),
            (Requirement::Mandatory, Scope::Transversal, Some(150)),
            (Requirement::Optional, Scope::TailorMade, Some(450)),
            (Requirement::Mandatory, Scope::TailorMade, None),
        ] {
            draft.contents.push(MentorshipContent {
                requirement: req,
                scope,
                hours: hours.map(Decimal2),
                ..MentorshipContent::default()
            });
        }
        let cov = draft.coverage();
        assert_eq!(
            cov.cell(Requirement::Mandatory, Scope::Transversal),
            CoverageCell {
                count: 2,
                hours: Decimal2(750)
            }
        );
        assert_eq!(
            cov.cell(Requirement::Mandatory, Scope::TailorMade),
            CoverageCell {
                count: 1,
                hours: Decimal2(0)
            }
        );
        assert_eq!(
            cov.cell(Requirement::Optional, Scope::TailorMade),
            CoverageCell {
                count: 1,
                hours: Decimal2(450)
            }
        );
        assert_eq!(cov.cell(Requirement::Optional, Scope::Transversal).count, 0);
    }

    #[test]
    fn expert_totals_count_experts_only() {
        let (draft, _) = crate::model::samples::people(&[
            (PersonRole::Expert, "Ana", 45_000, 300),
            (PersonRole::Expert, "Ben", 33_333, 150),
            (PersonRole::EndUser, "Fest", 99_999, 1000),
        ]);
        // 450 × 3 + 333.33 × 1.5 (= 499.995 → 500.00)
        assert_eq!(draft.expert_totals(), (Decimal2(450), Ok(Money(185_000))));
    }

    #[test]
    fn phase_dates_are_checked_against_each_other_and_the_programme() {
        let draft = programme_from("2027-01-01", "2027-12-31");
        let ok = Phase {
            start: Some(d("2027-02-01")),
            end: Some(d("2027-02-02")),
            ..Phase::default()
        };
        assert!(draft.phase_date_problems(&ok).is_empty());
        let bad = Phase {
            start: Some(d("2026-12-01")),
            end: Some(d("2026-11-01")),
            ..Phase::default()
        };
        let fields: Vec<&str> = draft
            .phase_date_problems(&bad)
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(fields, ["end", "start", "end"]);
        let late = Phase {
            end: Some(d("2028-01-01")),
            ..Phase::default()
        };
        assert_eq!(
            draft.phase_date_problems(&late)[0].1,
            DateProblem::AfterProgrammeEnd(d("2027-12-31"))
        );
    }
}
