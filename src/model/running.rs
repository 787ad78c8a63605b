//! The programme as it runs: who takes part, each one's own plan, the
//! mentors given to them, and a log of every session held. What the owner
//! does to these parts is here too, as pure methods of the draft.

use super::record::open_record;
use super::{Applicant, Date, Decimal2, Draft, Id, Item, Mode, Person, Requirement};

/// Days without a session after which a mentor and mentee are flagged,
/// unless the owner chose another number.
pub const DEFAULT_STALL_DAYS: u32 = 21;
/// The most goals an individual plan holds.
pub const MAX_GOALS: usize = 5;
/// A session longer than this many hours is not one session.
pub const MAX_SESSION_HOURS: u64 = 24;

open_record! {
    /// The running part of a programme: empty while it is being designed.
    pub struct Running {
        pub participants: Vec<Participant>,
        /// Who mentors whom.
        pub assignments: Vec<Assignment>,
        pub sessions: Vec<Session>,
        /// Days without a session after which a pair is flagged; `None`
        /// means the usual [`DEFAULT_STALL_DAYS`].
        pub stall_days: Option<u32>,
    }
}

open_record! {
    /// Someone taking part in the programme.
    pub struct Participant {
        pub id: Id,
        /// The application they came from; `None` when added by hand.
        pub applicant_id: Option<Id>,
        pub name: String,
        pub organisation: String,
        pub country: String,
        pub email: String,
        /// When they joined, for a place taken after the start (a place
        /// offered after a withdrawal); `None` means from the start.
        pub joined: Option<Date>,
        pub withdrawal: Option<Withdrawal>,
        pub plan: Plan,
        /// What the participant says of their trajectory, for the certificate.
        pub statement: String,
    }
}

open_record! {
    /// A participant who left: the record stays, with when and why.
    pub struct Withdrawal {
        pub date: Option<Date>,
        pub reason: String,
    }
}

open_record! {
    /// A participant's own plan: the tailor-made part of the trajectory.
    pub struct Plan {
        /// Where they start, from the initial diagnostic.
        pub starting_point: String,
        pub goals: Vec<PlanGoal>,
        /// Optional and tailor-made contents chosen for this participant;
        /// every mandatory content is in every plan without being listed.
        pub content_ids: Vec<Id>,
        pub actions: Vec<PlanAction>,
    }
}

open_record! {
    /// One goal of a plan and the contents that serve it.
    pub struct PlanGoal {
        pub id: Id,
        pub text: String,
        pub content_ids: Vec<Id>,
        /// How far along, in percent (0–100).
        pub progress: u32,
    }
}

open_record! {
    /// Something the participant is to do, by a date.
    pub struct PlanAction {
        pub id: Id,
        pub text: String,
        pub due: Option<Date>,
        pub done: bool,
    }
}

open_record! {
    /// A mentor (one of the programme's people) given to a participant, for
    /// the whole programme or for one phase.
    pub struct Assignment {
        pub id: Id,
        pub person_id: Id,
        pub participant_id: Id,
        pub phase_id: Option<Id>,
    }
    required person_id, participant_id
}

open_record! {
    /// One session held: who was there, what it covered, how long it took.
    pub struct Session {
        pub id: Id,
        pub date: Option<Date>,
        pub phase_id: Option<Id>,
        pub kind: SessionKind,
        pub mode: Option<Mode>,
        pub hours: Option<Decimal2>,
        pub participant_ids: Vec<Id>,
        /// People of the programme who mentored or led it.
        pub mentor_ids: Vec<Id>,
        pub content_ids: Vec<Id>,
        pub notes: String,
        pub next_steps: String,
        /// The mentor whose log sheet brought it in; `None` when the owner
        /// logged it.
        pub logged_by: Option<Id>,
    }
}

/// A session for the group, or for one participant.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Collective,
    #[default]
    Individual,
}

/// Why a mentor cannot be given to a participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssignError {
    /// The person already mentors as many participants as their capacity.
    Full { capacity: u32 },
    /// The pair exists already, for the same phase or the whole programme.
    Already,
    /// No such person or participant.
    Unknown,
}

impl Running {
    /// The owner's number of days, or the usual one.
    pub fn stall_days(&self) -> u32 {
        self.stall_days.unwrap_or(DEFAULT_STALL_DAYS)
    }
}

impl Participant {
    pub fn is_withdrawn(&self) -> bool {
        self.withdrawal.is_some()
    }

    /// Whether they were in the programme on `date`: joined by then and
    /// not yet gone (a withdrawal with no date counts from always).
    pub fn in_programme_on(&self, date: Date) -> bool {
        let joined = self.joined.is_none_or(|j| j <= date);
        let left = match &self.withdrawal {
            None => false,
            Some(w) => w.date.is_none_or(|d| d < date),
        };
        joined && !left
    }
}

impl Person {
    /// Whether a log sheet given to this person has not come back since:
    /// given, and never taken in or taken in before it was given.
    pub fn log_out(&self) -> bool {
        match (&self.log_given, &self.log_taken) {
            (Some(given), Some(taken)) => taken < given,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

impl Session {
    /// Its hours, nothing when not typed.
    pub fn hours(&self) -> Decimal2 {
        self.hours.unwrap_or_default()
    }
}

impl Draft {
    /// A participant made from each selected applicant who is not one
    /// already: name, organisation, country and e-mail as applied, and a
    /// link back to the application. Gives the ids added, in ranking order
    /// of the applicants list.
    pub fn participants_from_selection(&mut self) -> Vec<Id> {
        let taken: Vec<Id> = self
            .running
            .participants
            .iter()
            .filter_map(|p| p.applicant_id)
            .collect();
        let chosen: Vec<Participant> = self
            .selection
            .applicants
            .iter()
            .filter(|a| a.selected && !taken.contains(&a.id))
            .map(Participant::from_applicant)
            .collect();
        chosen.into_iter().map(|p| self.add_item(p)).collect()
    }

    /// An empty participant, added by hand.
    pub fn add_participant(&mut self) -> Id {
        self.add_item(Participant::default())
    }

    /// Takes a participant out, with their mentors and their place in every
    /// session: nothing is left pointing at them. For someone who leaves,
    /// [`Draft::withdraw`] keeps the record instead.
    pub fn delete_participant(&mut self, id: Id) -> bool {
        self.running.assignments.retain(|a| a.participant_id != id);
        for s in &mut self.running.sessions {
            s.participant_ids.retain(|x| *x != id);
        }
        self.remove_item::<Participant>(id)
    }

    /// Records that a participant left on `date` and why, and gives the
    /// applicant the place goes to: the first on the waiting list who is
    /// not a participant already. `None` when nobody waits (or no such
    /// participant).
    pub fn withdraw(&mut self, id: Id, date: Option<Date>, reason: &str) -> Option<Id> {
        let p = Participant::find_mut(self, id)?;
        p.withdrawal = Some(Withdrawal {
            date,
            reason: reason.to_string(),
            ..Withdrawal::default()
        });
        self.next_on_waiting_list()
    }

    /// Undoes a withdrawal recorded by mistake.
    pub fn cancel_withdrawal(&mut self, id: Id) {
        if let Some(p) = Participant::find_mut(self, id) {
            p.withdrawal = None;
        }
    }

    /// The first applicant of the waiting list, in the ranking's order,
    /// who is not a participant yet.
    pub fn next_on_waiting_list(&self) -> Option<Id> {
        let ranking = self.ranking();
        ranking
            .iter()
            .filter(|r| r.waiting)
            .map(|r| r.id)
            .find(|id| {
                !self
                    .running
                    .participants
                    .iter()
                    .any(|p| p.applicant_id == Some(*id))
            })
    }

    /// Gives a waiting applicant the place: they become selected, off the
    /// waiting list, and a participant who joined on `joined`. Gives the
    /// new participant's id.
    pub fn offer_place(&mut self, applicant: Id, joined: Option<Date>) -> Option<Id> {
        let a = Applicant::find_mut(self, applicant)?;
        a.selected = true;
        a.waiting = false;
        let mut p = Participant::from_applicant(a);
        p.joined = joined;
        Some(self.add_item(p))
    }

    /// Gives `person` as a mentor to `participant`, for one phase or the
    /// whole programme. Refused past the person's capacity (counting each
    /// mentee once, however many phases), and for a pair already made.
    pub fn assign_mentor(
        &mut self,
        person: Id,
        participant: Id,
        phase: Option<Id>,
    ) -> Result<Id, AssignError> {
        let Some(capacity) = Person::find(self, person).map(|p| p.capacity) else {
            return Err(AssignError::Unknown);
        };
        if Participant::find(self, participant).is_none() {
            return Err(AssignError::Unknown);
        }
        let running = &self.running;
        if running.assignments.iter().any(|a| {
            a.person_id == person && a.participant_id == participant && a.phase_id == phase
        }) {
            return Err(AssignError::Already);
        }
        let mentees = self.mentees(person);
        if let Some(capacity) = capacity
            && !mentees.contains(&participant)
            && mentees.len() >= capacity as usize
        {
            return Err(AssignError::Full { capacity });
        }
        Ok(self.add_item(Assignment {
            person_id: person,
            participant_id: participant,
            phase_id: phase,
            ..Assignment::default()
        }))
    }

    pub fn unassign_mentor(&mut self, id: Id) -> bool {
        self.remove_item::<Assignment>(id)
    }

    /// The participants a person mentors now (withdrawn ones free the
    /// place), each once.
    pub fn mentees(&self, person: Id) -> Vec<Id> {
        let mut out = Vec::new();
        for a in &self.running.assignments {
            let active =
                Participant::find(self, a.participant_id).is_some_and(|p| !p.is_withdrawn());
            if a.person_id == person && active && !out.contains(&a.participant_id) {
                out.push(a.participant_id);
            }
        }
        out
    }

    /// Records that `person` was given a log sheet at `now`.
    pub fn log_sheet_given(&mut self, person: Id, now: &str) {
        if let Some(p) = Person::find_mut(self, person) {
            p.log_given = Some(now.to_string());
        }
    }

    /// The mentors with mentees now whose log sheet has not come back.
    pub fn logs_out(&self) -> Vec<Id> {
        self.people
            .iter()
            .filter(|p| p.log_out() && !self.mentees(p.id).is_empty())
            .map(|p| p.id)
            .collect()
    }

    /// The committee members named like `person` who declared a conflict of
    /// interest with the application `participant` came from: a mentor who
    /// judged someone and declared a conflict should not mentor them.
    pub fn mentor_conflict(&self, person: Id, participant: Id) -> bool {
        let (Some(person), Some(applicant)) = (
            Person::find(self, person),
            Participant::find(self, participant).and_then(|p| p.applicant_id),
        ) else {
            return false;
        };
        let name = comparable(&person.name);
        !name.is_empty()
            && self
                .selection
                .members
                .iter()
                .any(|m| comparable(&m.name) == name && m.conflicts.contains(&applicant))
    }

    /// A new session, dated `date`, for the participant given (an
    /// individual session) or for everyone in the programme that day (a
    /// collective one when `participant` is `None`).
    pub fn add_session(&mut self, date: Option<Date>, participant: Option<Id>) -> Id {
        let (kind, participant_ids) = match participant {
            Some(p) => (SessionKind::Individual, vec![p]),
            None => (
                SessionKind::Collective,
                self.running
                    .participants
                    .iter()
                    .filter(|p| date.is_none_or(|d| p.in_programme_on(d)))
                    .map(|p| p.id)
                    .collect(),
            ),
        };
        let phase_id = date.and_then(|d| {
            self.phases
                .iter()
                .find(|p| p.start.is_some_and(|s| s <= d) && p.end.is_some_and(|e| d <= e))
                .map(|p| p.id)
        });
        let mode = phase_id
            .and_then(|id| super::Phase::find(self, id))
            .and_then(|p| p.mode)
            .filter(|m| *m != Mode::Hybrid);
        self.add_item(Session {
            date,
            kind,
            phase_id,
            mode,
            participant_ids,
            ..Session::default()
        })
    }

    pub fn delete_session(&mut self, id: Id) -> bool {
        self.remove_item::<Session>(id)
    }

    /// The contents in a participant's plan: every mandatory one, then the
    /// ones chosen for them, in the programme's order.
    pub fn planned_contents(&self, participant: &Participant) -> Vec<Id> {
        self.contents
            .iter()
            .filter(|c| {
                c.requirement == Requirement::Mandatory
                    || participant.plan.content_ids.contains(&c.id)
            })
            .map(|c| c.id)
            .collect()
    }

    /// Adds a goal to a participant's plan, up to [`MAX_GOALS`].
    pub fn add_goal(&mut self, participant: Id) -> Option<Id> {
        if Participant::find(self, participant)?.plan.goals.len() >= MAX_GOALS {
            return None;
        }
        self.add_to_plan::<PlanGoal>(participant)
    }

    pub fn remove_goal(&mut self, participant: Id, goal: Id) -> bool {
        self.remove_from_plan::<PlanGoal>(participant, goal)
    }

    /// Adds an action to a participant's plan.
    pub fn add_plan_action(&mut self, participant: Id) -> Option<Id> {
        self.add_to_plan::<PlanAction>(participant)
    }

    pub fn remove_plan_action(&mut self, participant: Id, action: Id) -> bool {
        self.remove_from_plan::<PlanAction>(participant, action)
    }

    /// The item `item` of a participant's plan list (a goal, an action).
    pub fn plan_item<I: PlanItem>(&self, participant: Id, item: Id) -> Option<&I> {
        let plan = &Participant::find(self, participant)?.plan;
        I::all(plan).iter().find(|x| x.id() == item)
    }

    pub fn plan_item_mut<I: PlanItem>(&mut self, participant: Id, item: Id) -> Option<&mut I> {
        let plan = &mut Participant::find_mut(self, participant)?.plan;
        I::list_mut(plan).iter_mut().find(|x| x.id() == item)
    }

    fn add_to_plan<I: PlanItem>(&mut self, participant: Id) -> Option<Id> {
        let plan = &mut Participant::find_mut(self, participant)?.plan;
        let item = I::default();
        let id = item.id();
        I::list_mut(plan).push(item);
        Some(id)
    }

    fn remove_from_plan<I: PlanItem>(&mut self, participant: Id, item: Id) -> bool {
        Participant::find_mut(self, participant).is_some_and(|p| {
            let list = I::list_mut(&mut p.plan);
            let before = list.len();
            list.retain(|x| x.id() != item);
            list.len() != before
        })
    }
}

/// A list of a participant's plan whose items are found by id, as
/// [`Item`] is for the lists of the draft.
pub trait PlanItem: Default + 'static {
    fn all(plan: &Plan) -> &[Self];
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self>;
    fn id(&self) -> Id;
}

macro_rules! plan_item_in {
    ($t:ty, $list:ident) => {
        impl PlanItem for $t {
            fn all(plan: &Plan) -> &[Self] {
                &plan.$list
            }
            fn list_mut(plan: &mut Plan) -> &mut Vec<Self> {
                &mut plan.$list
            }
            fn id(&self) -> Id {
                self.id
            }
        }
    };
}

plan_item_in!(PlanGoal, goals);
plan_item_in!(PlanAction, actions);

impl Participant {
    fn from_applicant(a: &Applicant) -> Participant {
        Participant {
            applicant_id: Some(a.id),
            name: a.name.clone(),
            organisation: a.organisation.clone(),
            country: a.country.clone(),
            email: a.email.clone(),
            ..Participant::default()
        }
    }
}

/// A name as two people would agree it is the same: trimmed, spaces
/// collapsed, case folded.
fn comparable(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests;
