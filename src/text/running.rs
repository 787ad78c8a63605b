//! The running programme's exports, in the interface language.

use rust_i18n::t;

use crate::model::{Draft, Id, Item, MentorshipContent, Participant, Person, Phase, to_csv};

use super::labels;

/// Names of the items `ids` of list `T`, as a cell lists them.
fn names<T: Item>(d: &Draft, ids: &[Id], name: fn(&T) -> &str) -> String {
    ids.iter()
        .filter_map(|id| T::find(d, *id))
        .map(|x| name(x).trim().to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every session as CSV for a spreadsheet or a funder's template, one row
/// per session, headed in the interface language.
pub fn sessions_csv(d: &Draft) -> String {
    let mut rows = vec![
        [
            "date",
            "phase",
            "kind",
            "mode",
            "hours",
            "participants",
            "mentors",
            "contents",
            "notes",
            "next_steps",
            "logged_by",
        ]
        .map(|c| t!(format!("running.csv.{c}")).into_owned())
        .to_vec(),
    ];
    for s in &d.running.sessions {
        rows.push(vec![
            s.date.map(|x| x.to_string()).unwrap_or_default(),
            s.phase_id
                .and_then(|id| Phase::find(d, id))
                .map(|p| p.title.clone())
                .unwrap_or_default(),
            labels::session_kind(s.kind).into_owned(),
            s.mode
                .map(|m| labels::mode(m).into_owned())
                .unwrap_or_default(),
            s.hours().to_string(),
            names::<Participant>(d, &s.participant_ids, |p| &p.name),
            names::<Person>(d, &s.mentor_ids, |p| &p.name),
            names::<MentorshipContent>(d, &s.content_ids, |c| &c.title),
            s.notes.clone(),
            s.next_steps.clone(),
            names::<Person>(d, s.logged_by.as_slice(), |p| &p.name),
        ]);
    }
    to_csv(rows)
}

#[cfg(test)]
mod tests;
