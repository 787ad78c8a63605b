//! Where the running programme stands: hours done against hours planned
//! for each participant (by phase and by mode), attendance at collective
//! sessions, the contents covered, and the mentor–mentee pairs that have
//! gone quiet. Pure arithmetic on the draft and today's date.
//!
//! A participant's plan is every phase they are in the programme for: a
//! phase that ended before they joined, or began after they withdrew, is
//! not theirs. A session counts as held once its date has come (an undated
//! one counts at once: it was logged); a later one is still planned.

use std::collections::{HashMap, HashSet};

use super::{Date, Decimal2, Draft, Id, Item, Mode, Participant, Phase, Session, SessionKind};

/// Hours planned and hours done, side by side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hours {
    pub planned: Decimal2,
    pub done: Decimal2,
}

impl std::ops::AddAssign for Hours {
    fn add_assign(&mut self, other: Hours) {
        self.planned = self.planned + other.planned;
        self.done = self.done + other.done;
    }
}

/// Hours by mode: a hybrid phase, or one whose mode is not chosen yet,
/// counts under `other`, as does a session whose mode is not said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModeHours {
    pub remote: Hours,
    pub face_to_face: Hours,
    pub other: Hours,
}

impl ModeHours {
    fn of(&mut self, mode: Option<Mode>) -> &mut Hours {
        match mode {
            Some(Mode::Remote) => &mut self.remote,
            Some(Mode::FaceToFace) => &mut self.face_to_face,
            Some(Mode::Hybrid) | None => &mut self.other,
        }
    }
}

/// One phase's hours for one participant; `phase_id` is `None` for
/// sessions logged without a phase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhaseHours {
    pub phase_id: Option<Id>,
    pub hours: Hours,
}

/// Where one participant stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParticipantProgress {
    pub id: Id,
    pub hours: Hours,
    /// The phases of their plan in the programme's order, then any other
    /// phase they had sessions in, then sessions with no phase.
    pub by_phase: Vec<PhaseHours>,
    pub by_mode: ModeHours,
    /// Collective sessions held while they were in the programme.
    pub collective_held: usize,
    /// Of those, the ones they attended.
    pub collective_attended: usize,
    /// Their latest session held.
    pub last_session: Option<Date>,
    /// The contents of their plan, and those a session they attended covered.
    pub contents_planned: Vec<Id>,
    pub contents_covered: Vec<Id>,
}

/// A mentor and a mentee with no session together for too long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stall {
    pub participant_id: Id,
    pub person_id: Id,
    /// Their last session together, if they had one.
    pub last: Option<Date>,
    /// Days since that session, or since their time together began.
    pub days: i64,
}

/// Where the whole programme stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProgrammeProgress {
    /// One per participant, in the list's order (withdrawn ones too).
    pub participants: Vec<ParticipantProgress>,
    /// Participant-hours: the sum over participants.
    pub hours: Hours,
    /// Distinct contents planned for someone, and of those, covered.
    pub contents_planned: usize,
    pub contents_covered: usize,
    pub sessions_held: usize,
    pub sessions_planned: usize,
    pub stalls: Vec<Stall>,
}

/// Where a programme stands, as a list of programmes shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Being designed: nobody has applied yet.
    Designing,
    /// Applicants are in, nobody takes part yet.
    Selecting,
    /// Participants take part.
    Running,
    /// Its end date has passed.
    Finished,
}

impl Draft {
    /// Where the programme stands on `today`.
    pub fn stage(&self, today: Date) -> Stage {
        if self.overview.end.is_some_and(|end| end < today) {
            Stage::Finished
        } else if !self.running.participants.is_empty() || !self.running.sessions.is_empty() {
            Stage::Running
        } else if !self.selection.applicants.is_empty() {
            Stage::Selecting
        } else {
            Stage::Designing
        }
    }
}

impl Session {
    /// Whether it has taken place by `today`.
    pub fn held_by(&self, today: Date) -> bool {
        self.date.is_none_or(|d| d <= today)
    }
}

impl Participant {
    /// Whether `phase` is part of their time in the programme.
    pub fn in_phase(&self, phase: &Phase) -> bool {
        let after_joining = match (self.joined, phase.end) {
            (Some(joined), Some(end)) => end >= joined,
            _ => true,
        };
        let before_leaving = match (self.withdrawal.as_ref().and_then(|w| w.date), phase.start) {
            (Some(left), Some(start)) => start <= left,
            _ => true,
        };
        after_joining && before_leaving
    }
}

impl Draft {
    /// Every figure of the running programme as of `today`.
    pub fn progress(&self, today: Date) -> ProgrammeProgress {
        let held: Vec<&Session> = self
            .running
            .sessions
            .iter()
            .filter(|s| s.held_by(today))
            .collect();
        let participants: Vec<ParticipantProgress> = self
            .running
            .participants
            .iter()
            .map(|p| self.participant_progress(p, &held))
            .collect();
        let mut hours = Hours::default();
        let mut planned: HashSet<Id> = HashSet::new();
        let mut covered: HashSet<Id> = HashSet::new();
        for p in &participants {
            hours += p.hours;
            planned.extend(&p.contents_planned);
            covered.extend(&p.contents_covered);
        }
        ProgrammeProgress {
            hours,
            contents_planned: planned.len(),
            contents_covered: covered.len(),
            sessions_held: held.len(),
            sessions_planned: self.running.sessions.len() - held.len(),
            stalls: self.stalls(&held, today),
            participants,
        }
    }

    fn participant_progress(&self, p: &Participant, held: &[&Session]) -> ParticipantProgress {
        let mut out = ParticipantProgress {
            id: p.id,
            contents_planned: self.planned_contents(p),
            ..ParticipantProgress::default()
        };
        let mut phase_done: HashMap<Option<Id>, Decimal2> = HashMap::new();
        let mut covered: HashSet<Id> = HashSet::new();
        for s in held {
            let in_programme = s.date.is_none_or(|d| p.in_programme_on(d));
            let attended = s.participant_ids.contains(&p.id);
            if s.kind == SessionKind::Collective && (in_programme || attended) {
                out.collective_held += 1;
                out.collective_attended += usize::from(attended);
            }
            if !attended {
                continue;
            }
            let hours = s.hours();
            out.hours.done = out.hours.done + hours;
            let mode = out.by_mode.of(s.mode);
            mode.done = mode.done + hours;
            let phase = phase_done.entry(s.phase_id).or_default();
            *phase = *phase + hours;
            covered.extend(&s.content_ids);
            out.last_session = out.last_session.max(s.date);
        }
        for phase in &self.phases {
            let planned = if p.in_phase(phase) {
                phase.hours.unwrap_or_default()
            } else {
                Decimal2(0)
            };
            let done = phase_done.remove(&Some(phase.id)).unwrap_or_default();
            if !p.in_phase(phase) && done == Decimal2(0) {
                continue;
            }
            out.hours.planned = out.hours.planned + planned;
            let mode = out.by_mode.of(phase.mode);
            mode.planned = mode.planned + planned;
            out.by_phase.push(PhaseHours {
                phase_id: Some(phase.id),
                hours: Hours { planned, done },
            });
        }
        // What is left was logged under no phase (or one deleted since).
        let unphased: Decimal2 = phase_done.into_values().sum();
        if unphased != Decimal2(0) {
            out.by_phase.push(PhaseHours {
                phase_id: None,
                hours: Hours {
                    planned: Decimal2(0),
                    done: unphased,
                },
            });
        }
        out.contents_covered = out
            .contents_planned
            .iter()
            .copied()
            .filter(|c| covered.contains(c))
            .collect();
        out
    }

    /// The pairs whose time together has begun and not ended, with no
    /// session together for the owner's number of days or more. A pair
    /// for one phase is watched during that phase; one for the whole
    /// programme, from its start (or the participant's joining) to its end.
    fn stalls(&self, held: &[&Session], today: Date) -> Vec<Stall> {
        let limit = i64::from(self.running.stall_days());
        let mut out: Vec<Stall> = Vec::new();
        for a in &self.running.assignments {
            let Some(p) = Participant::find(self, a.participant_id) else {
                continue;
            };
            if p.is_withdrawn()
                || out
                    .iter()
                    .any(|s| (s.participant_id, s.person_id) == (p.id, a.person_id))
            {
                continue;
            }
            let (start, end) = match a.phase_id.and_then(|id| Phase::find(self, id)) {
                Some(phase) => (phase.start, phase.end),
                None => (self.overview.start, self.overview.end),
            };
            let start = start.max(p.joined);
            if start.is_some_and(|s| today < s) || end.is_some_and(|e| today > e) {
                continue;
            }
            let last = held
                .iter()
                .filter(|s| {
                    s.participant_ids.contains(&p.id) && s.mentor_ids.contains(&a.person_id)
                })
                .filter_map(|s| s.date)
                .max();
            let Some(since) = last.max(start) else {
                continue;
            };
            let days = since.days_until(today);
            if days >= limit {
                out.push(Stall {
                    participant_id: p.id,
                    person_id: a.person_id,
                    last,
                    days,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
