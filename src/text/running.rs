//! The running programme's exports, in the interface language.

use rust_i18n::t;

use crate::model::{
    Draft, Id, Item, MentorshipContent, Participant, Person, Phase, Session, to_csv,
};

use super::labels;

/// Names of the items `ids` of list `T`, as a cell lists them.
fn names<T: Item>(d: &Draft, ids: &[Id], name: fn(&T) -> &str) -> String {
    ids.iter()
        .filter_map(|id| T::find(d, *id))
        .map(|x| name(x).trim().to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// One column of the sessions export: the key of its heading under
/// `running.csv`, and its cell for a session.
type SessionColumn = (&'static str, fn(&Draft, &Session) -> String);

/// The sessions export's columns in order, each heading beside its cell so
/// that the two cannot drift apart.
const SESSION_COLUMNS: [SessionColumn; 11] = [
    ("date", |_, s| {
        s.date.map(|x| x.to_string()).unwrap_or_default()
    }),
    ("phase", |d, s| {
        s.phase_id
            .and_then(|id| Phase::find(d, id))
            .map(|p| p.title.clone())
            .unwrap_or_default()
    }),
    ("kind", |_, s| labels::session_kind(s.kind).into_owned()),
    ("mode", |_, s| {
        s.mode
            .map(|m| labels::mode(m).into_owned())
            .unwrap_or_default()
    }),
    ("hours", |_, s| s.hours().to_string()),
    ("participants", |d, s| {
        names::<Participant>(d, &s.participant_ids, |p| &p.name)
    }),
    ("mentors", |d, s| {
        names::<Person>(d, &s.mentor_ids, |p| &p.name)
    }),
    ("contents", |d, s| {
        names::<MentorshipContent>(d, &s.content_ids, |c| &c.title)
    }),
    ("notes", |_, s| s.notes.clone()),
    ("next_steps", |_, s| s.next_steps.clone()),
    ("logged_by", |d, s| {
        names::<Person>(d, s.logged_by.as_slice(), |p| &p.name)
    }),
];

/// The locale key of a sessions export column's heading.
fn heading_key(column: &str) -> String {
    format!("running.csv.{column}")
}

/// Every session as CSV for a spreadsheet or a funder's template, one row
/// per session, headed in the interface language.
pub fn sessions_csv(d: &Draft) -> String {
    let heading = SESSION_COLUMNS
        .iter()
        .map(|(column, _)| t!(heading_key(column)).into_owned())
        .collect();
    let rows = d
        .running
        .sessions
        .iter()
        .map(|s| SESSION_COLUMNS.iter().map(|(_, cell)| cell(d, s)).collect());
    to_csv(std::iter::once(heading).chain(rows).collect())
}

#[cfg(test)]
mod tests;
