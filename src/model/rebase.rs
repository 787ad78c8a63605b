//! A programme made from another one: the same plan moved in time, and a
//! new identity so that it never collides with the one it came from.

use std::collections::HashMap;

use super::draft::Draft;
use super::values::{Date, Id};

impl Draft {
    /// The same programme with every date (programme, phases, age day,
    /// deadline, results, milestones, communication) moved by `days`, so
    /// that the gaps between them stay as they were. `None` when a date
    /// would leave the calendar; the draft is then left as it is.
    pub fn shifted(&self, days: i64) -> Option<Draft> {
        let delta = chrono::TimeDelta::try_days(days)?;
        let shift = |date: &mut Option<Date>| -> Option<()> {
            if let Some(d) = date {
                *d = Date(d.0.checked_add_signed(delta)?);
            }
            Some(())
        };
        let mut d = self.clone();
        let o = &mut d.overview;
        shift(&mut o.start)?;
        shift(&mut o.end)?;
        shift(&mut o.target_group.age_on)?;
        for p in &mut d.phases {
            shift(&mut p.start)?;
            shift(&mut p.end)?;
        }
        shift(&mut d.selection.deadline)?;
        shift(&mut d.selection.results_date)?;
        for m in &mut d.milestones {
            shift(&mut m.date)?;
        }
        for a in &mut d.communication {
            shift(&mut a.date)?;
        }
        for p in &mut d.running.participants {
            shift(&mut p.joined)?;
            if let Some(w) = &mut p.withdrawal {
                shift(&mut w.date)?;
            }
            for a in &mut p.plan.actions {
                shift(&mut a.due)?;
            }
        }
        for s in &mut d.running.sessions {
            shift(&mut s.date)?;
        }
        Some(d)
    }

    /// Gives the draft and each of its parts a fresh id, and points every
    /// reference between parts (a content's phases, a phase's experts, a
    /// budget line's phase, a score's criterion…) at the new ids. A
    /// reference to nothing stays as it was.
    pub fn renew_ids(&mut self) {
        let mut new = HashMap::new();
        let mut renew = |id: &mut Id| {
            let fresh = Id::new();
            new.insert(*id, fresh);
            *id = fresh;
        };
        self.visit_ids(&mut renew);

        let follow = |id: &mut Id| {
            if let Some(fresh) = new.get(id) {
                *id = *fresh;
            }
        };
        let follow_all = |ids: &mut Vec<Id>| ids.iter_mut().for_each(follow);
        self.phases
            .iter_mut()
            .for_each(|p| follow_all(&mut p.expert_ids));
        for c in &mut self.contents {
            follow_all(&mut c.phase_ids);
            follow_all(&mut c.expert_ids);
        }
        self.people
            .iter_mut()
            .for_each(|p| follow_all(&mut p.phase_ids));
        for a in &mut self.selection.applicants {
            a.scores
                .iter_mut()
                .for_each(|s| follow(&mut s.criterion_id));
        }
        for m in &mut self.selection.members {
            follow_all(&mut m.conflicts);
            for s in &mut m.scores {
                follow(&mut s.applicant_id);
                follow(&mut s.criterion_id);
            }
        }
        self.selection
            .tie_breaks
            .iter_mut()
            .for_each(|tb| follow_all(&mut tb.order));
        self.budget
            .iter_mut()
            .filter_map(|l| l.phase_id.as_mut())
            .for_each(follow);
        self.communication
            .iter_mut()
            .filter_map(|a| a.phase_id.as_mut())
            .for_each(follow);
        let running = &mut self.running;
        for p in &mut running.participants {
            p.applicant_id.iter_mut().for_each(follow);
            follow_all(&mut p.plan.content_ids);
            p.plan
                .goals
                .iter_mut()
                .for_each(|g| follow_all(&mut g.content_ids));
        }
        for a in &mut running.assignments {
            follow(&mut a.person_id);
            follow(&mut a.participant_id);
            a.phase_id.iter_mut().for_each(follow);
        }
        for s in &mut running.sessions {
            s.phase_id.iter_mut().for_each(follow);
            s.logged_by.iter_mut().for_each(follow);
            follow_all(&mut s.participant_ids);
            follow_all(&mut s.mentor_ids);
            follow_all(&mut s.content_ids);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::*;

    use crate::model::samples::{date as d, programme_from};

    fn dated() -> Draft {
        let mut draft = programme_from("2027-01-04", "2027-12-31");
        draft.overview.target_group.age_on = Some(d("2027-02-01"));
        draft.phases.push(Phase {
            start: Some(d("2027-01-04")),
            end: Some(d("2027-02-28")),
            ..Phase::default()
        });
        draft.phases.push(Phase::default());
        draft.selection.deadline = Some(d("2027-02-15"));
        draft.selection.results_date = Some(d("2027-03-01"));
        draft.milestones.push(Milestone {
            date: Some(d("2027-03-08")),
            ..Milestone::default()
        });
        draft.communication.push(CommunicationAction {
            date: Some(d("2027-01-10")),
            ..CommunicationAction::default()
        });
        let mut p = Participant {
            joined: Some(d("2027-03-02")),
            withdrawal: Some(Withdrawal {
                date: Some(d("2027-05-05")),
                ..Withdrawal::default()
            }),
            ..Participant::default()
        };
        p.plan.actions.push(PlanAction {
            due: Some(d("2027-04-01")),
            ..PlanAction::default()
        });
        draft.running.participants.push(p);
        draft.running.sessions.push(Session {
            date: Some(d("2027-03-20")),
            ..Session::default()
        });
        draft
    }

    /// Every date of a draft, in a fixed order.
    fn dates(draft: &Draft) -> Vec<Option<Date>> {
        let mut all = vec![
            draft.overview.start,
            draft.overview.end,
            draft.overview.target_group.age_on,
        ];
        for p in &draft.phases {
            all.extend([p.start, p.end]);
        }
        all.extend([draft.selection.deadline, draft.selection.results_date]);
        all.extend(draft.milestones.iter().map(|m| m.date));
        all.extend(draft.communication.iter().map(|a| a.date));
        for p in &draft.running.participants {
            all.push(p.joined);
            all.push(p.withdrawal.as_ref().and_then(|w| w.date));
            all.extend(p.plan.actions.iter().map(|a| a.due));
        }
        all.extend(draft.running.sessions.iter().map(|s| s.date));
        all
    }

    #[test]
    fn shifting_moves_every_date_by_the_same_days_and_nothing_else() {
        let before = dated();
        // Across a month's end and a leap day.
        let after = before.shifted(421).expect("in the calendar");
        let moved: Vec<_> = dates(&before)
            .into_iter()
            .map(|date| date.map(|x| Date(x.0 + chrono::Days::new(421))))
            .collect();
        assert_eq!(dates(&after), moved);
        assert_eq!(after.overview.start, Some(d("2028-02-29")));
        assert_eq!(after.phases[1].start, None, "no date stays no date");
        assert_eq!(after.shifted(-421).as_ref(), Some(&before));
        assert_eq!(before.shifted(0).as_ref(), Some(&before));
    }

    #[test]
    fn a_shift_off_the_calendar_is_refused() {
        assert_eq!(dated().shifted(i64::MAX), None);
        assert_eq!(dated().shifted(400_000_000), None);
        assert!(Draft::blank("t").shifted(400_000_000).is_some());
    }

    #[test]
    fn renewed_ids_are_all_new_and_references_follow_them() {
        let mut before = Draft::blank("t");
        before.overview.organisers.push(Organiser::default());
        let phase = Phase::default();
        let expert = Person {
            phase_ids: vec![phase.id],
            ..Person::default()
        };
        let criterion = SelectionCriterion::default();
        let ghost = Id::new();
        before.phases.push(Phase {
            expert_ids: vec![expert.id],
            ..phase.clone()
        });
        before.contents.push(MentorshipContent {
            phase_ids: vec![phase.id],
            expert_ids: vec![expert.id, ghost],
            ..MentorshipContent::default()
        });
        before.people.push(expert.clone());
        before.selection.criteria.push(criterion.clone());
        before.selection.applicants.push(Applicant {
            scores: vec![Score {
                criterion_id: criterion.id,
                value: 3,
                extra: Default::default(),
            }],
            ..Applicant::default()
        });
        before.budget.push(BudgetLine {
            phase_id: Some(phase.id),
            ..BudgetLine::default()
        });
        before.milestones.push(Milestone::default());
        before.communication.push(CommunicationAction {
            phase_id: Some(phase.id),
            ..CommunicationAction::default()
        });
        before.evaluation.push(EvaluationIndicator::default());
        let content = before.contents[0].id;
        let applicant = before.selection.applicants[0].id;
        let mut participant = Participant {
            applicant_id: Some(applicant),
            ..Participant::default()
        };
        participant.plan.content_ids.push(content);
        participant.plan.goals.push(PlanGoal {
            content_ids: vec![content],
            ..PlanGoal::default()
        });
        participant.plan.actions.push(PlanAction::default());
        before.running.assignments.push(Assignment {
            person_id: expert.id,
            participant_id: participant.id,
            phase_id: Some(phase.id),
            ..Assignment::default()
        });
        before.running.sessions.push(Session {
            phase_id: Some(phase.id),
            participant_ids: vec![participant.id],
            mentor_ids: vec![expert.id],
            content_ids: vec![content],
            logged_by: Some(expert.id),
            ..Session::default()
        });
        before.running.participants.push(participant);

        let mut after = before.clone();
        after.renew_ids();
        let (p, e, c) = (
            &after.phases[0],
            &after.people[0],
            &after.selection.criteria[0],
        );
        let (old, new) = (before.ids(), after.ids());
        assert_eq!(
            new.len(),
            16,
            "the draft, one item of each list, a goal and an action"
        );
        for id in new {
            assert!(!old.contains(&id), "{id} is not new");
        }
        assert_eq!(p.expert_ids, [e.id]);
        assert_eq!(e.phase_ids, [p.id]);
        assert_eq!(after.contents[0].phase_ids, [p.id]);
        assert_eq!(after.contents[0].expert_ids, [e.id, ghost]);
        assert_eq!(after.selection.applicants[0].scores[0].criterion_id, c.id);
        assert_eq!(after.budget[0].phase_id, Some(p.id));
        assert_eq!(after.communication[0].phase_id, Some(p.id));
        let (content, applicant) = (after.contents[0].id, after.selection.applicants[0].id);
        let participant = &after.running.participants[0];
        assert_eq!(participant.applicant_id, Some(applicant));
        assert_eq!(participant.plan.content_ids, [content]);
        assert_eq!(participant.plan.goals[0].content_ids, [content]);
        let a = &after.running.assignments[0];
        assert_eq!(
            (a.person_id, a.participant_id, a.phase_id),
            (e.id, participant.id, Some(p.id))
        );
        let s = &after.running.sessions[0];
        assert_eq!(s.phase_id, Some(p.id));
        assert_eq!(s.logged_by, Some(e.id));
        assert_eq!(
            (
                &s.participant_ids[..],
                &s.mentor_ids[..],
                &s.content_ids[..]
            ),
            (&[participant.id][..], &[e.id][..], &[content][..])
        );
        assert!(check_integrity(&after).len() == check_integrity(&before).len());
    }
}
