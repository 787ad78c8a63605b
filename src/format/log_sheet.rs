//! A mentor's log sheet: the file the owner gives one mentor, in which the
//! mentor logs the sessions held with their mentees, in their own browser,
//! and which they send back.
//!
//! It holds what logging needs and nothing else of the programme: the
//! mentor's mentees (names and plans, no contact details), the phases and
//! the contents of those plans, and the sessions this mentor logged. No
//! other participant, no budget, no selection.
//!
//! ```json
//! {"format": "trajectory-studio/log-sheet", "schema_version": 1,
//!  "programme_id": "…", "mentor_id": "…", "mentees": [ … ],
//!  "sessions": [ … ], "returned_at": null}
//! ```
//!
//! The owner takes a returned sheet in by session id: a session sent twice
//! counts once, a changed one is updated, and nothing else of the
//! programme moves.

use std::collections::HashSet;

use rust_i18n::t;
use serde::{Deserialize, Serialize};

use super::sheet::SheetFile;
use crate::model::{
    Date, Draft, Id, Item, Lang, Mode, Participant, Person, Plan, Problem, Session, check_integrity,
};

/// The `format` of every log sheet.
pub const LOG_FORMAT: &str = "trajectory-studio/log-sheet";
/// The log sheet schema this app writes and the newest it reads.
pub const LOG_VERSION: u64 = 1;
/// A sheet is small; anything larger is not one.
pub const MAX_LOG_BYTES: usize = 5 * 1024 * 1024;

/// A mentor's log sheet as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogSheet {
    pub format: String,
    pub schema_version: u64,
    pub programme_id: Id,
    pub programme_title: String,
    pub mentor_id: Id,
    pub mentor_name: String,
    pub issued_at: String,
    /// The interface language the owner used, for the mentor's first view.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub phases: Vec<LogPhase>,
    #[serde(default)]
    pub contents: Vec<LogContent>,
    pub mentees: Vec<Mentee>,
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Sessions the mentor removed from the sheet: taken out of the
    /// programme too when the sheet comes back.
    #[serde(default)]
    pub removed_sessions: Vec<Id>,
    /// When the mentor sent the sheet back; `None` while they log.
    #[serde(default)]
    pub returned_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogPhase {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub mode: Option<Mode>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogContent {
    pub id: Id,
    pub title: String,
}

/// What a mentor sees of a mentee: their name and their plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mentee {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub plan: Plan,
}

/// Why a file is not a log sheet this app can use: as for a scoring sheet.
pub use super::sheet::SheetError as LogError;

/// Why the owner's programme does not take a returned log sheet. Each
/// refusal takes nothing: the programme stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogRefusal {
    /// The sheet belongs to another programme (its title).
    OtherProgramme(String),
    /// Nobody of this programme has the sheet's mentor id (their name).
    UnknownMentor(String),
    /// Given to the mentor, not sent back yet (their name).
    NotReturned(String),
    /// A session names someone who is not this mentor's mentee: the sheet
    /// was changed by hand or is not the one given.
    NotTheirMentee { mentor: String },
    /// A session already in the programme was logged by someone else.
    NotTheirSession { mentor: String },
    /// A session cannot be held as it is (too long, someone twice…): what
    /// the programme would then hold wrong, and where.
    Damaged(Problem),
}

/// A returned sheet, checked against the programme and ready to take.
#[derive(Clone, Debug, PartialEq)]
pub struct LogReceived {
    pub mentor: Id,
    pub mentor_name: String,
    /// The sessions to take, as the programme will hold them.
    pub sessions: Vec<Session>,
    /// Sessions the mentor deleted from the sheet, to take out.
    pub removed: Vec<Id>,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl SheetFile for LogSheet {
    const FORMAT: &'static str = LOG_FORMAT;
    const VERSION: u64 = LOG_VERSION;
    const MAX_BYTES: usize = MAX_LOG_BYTES;
    const WORDS: &'static str = "log_sheet";
    fn programme(&self) -> Id {
        self.programme_id
    }
    fn programme_title(&self) -> &str {
        &self.programme_title
    }
    fn holder(&self) -> Id {
        self.mentor_id
    }
    fn holder_name(&self) -> &str {
        &self.mentor_name
    }
}

impl LogSheet {
    /// The sheet for `mentor` of `draft`: their mentees still in the
    /// programme, the phases, the contents of those mentees' plans, and the
    /// sessions this mentor logged before.
    pub fn issue(draft: &Draft, mentor: &Person, lang: Lang, now: &str) -> LogSheet {
        let mentee_ids = draft.mentees(mentor.id);
        let mentees: Vec<Mentee> = mentee_ids
            .iter()
            .filter_map(|id| Participant::find(draft, *id))
            .map(|p| Mentee {
                id: p.id,
                name: p.name.clone(),
                plan: p.plan.clone(),
            })
            .collect();
        let planned: HashSet<Id> = mentees
            .iter()
            .filter_map(|m| Participant::find(draft, m.id))
            .flat_map(|p| draft.planned_contents(p))
            .collect();
        LogSheet {
            format: LOG_FORMAT.to_string(),
            schema_version: LOG_VERSION,
            programme_id: draft.id,
            programme_title: draft.overview.title.clone(),
            mentor_id: mentor.id,
            mentor_name: mentor.name.clone(),
            issued_at: now.to_string(),
            language: lang.code().to_string(),
            start: draft.overview.start,
            end: draft.overview.end,
            phases: draft
                .phases
                .iter()
                .map(|p| LogPhase {
                    id: p.id,
                    title: p.title.clone(),
                    start: p.start,
                    end: p.end,
                    mode: p.mode,
                })
                .collect(),
            contents: draft
                .contents
                .iter()
                .filter(|c| planned.contains(&c.id))
                .map(|c| LogContent {
                    id: c.id,
                    title: c.title.clone(),
                })
                .collect(),
            mentees,
            sessions: draft
                .running
                .sessions
                .iter()
                .filter(|s| s.logged_by == Some(mentor.id))
                .cloned()
                .collect(),
            removed_sessions: Vec::new(),
            returned_at: None,
        }
    }

    /// Reads a log sheet from a file's bytes: a key twice in one object is
    /// refused, as in a programme file.
    pub fn read(bytes: &[u8]) -> Result<LogSheet, LogError> {
        super::sheet::read_sheet(bytes)
    }

    /// Whether `bytes` claim to be a log sheet (whatever else is wrong).
    pub fn claims(bytes: &[u8]) -> bool {
        super::sheet::claims::<LogSheet>(bytes)
    }

    /// The file's name: the programme, the mentor, and whether it is the
    /// sheet as given or the log sent back.
    pub fn file_name(&self) -> String {
        let kind = if self.returned_at.is_some() {
            "log"
        } else {
            "log-sheet"
        };
        super::sheet::file_name(&self.programme_title, &self.mentor_name, kind)
    }

    /// The text of the file.
    pub fn to_text(&self) -> String {
        super::sheet::sheet_text(self)
    }

    /// The mentee `id`, if this sheet has them.
    pub fn mentee(&self, id: Id) -> Option<&Mentee> {
        self.mentees.iter().find(|m| m.id == id)
    }

    /// Removes a session from the sheet, and remembers it was removed so
    /// that the owner's programme lets it go too.
    pub fn remove_session(&mut self, id: Id) {
        self.sessions.retain(|s| s.id != id);
        if !self.removed_sessions.contains(&id) {
            self.removed_sessions.push(id);
        }
    }

    /// A new session on `date` with `mentee` (the phase and mode that date
    /// falls in), logged by this sheet's mentor. Gives its id.
    pub fn add_session(&mut self, date: Option<Date>, mentee: Option<Id>) -> Id {
        let phase = date.and_then(|d| {
            self.phases
                .iter()
                .find(|p| p.start.is_some_and(|s| s <= d) && p.end.is_some_and(|e| d <= e))
        });
        let session = Session {
            date,
            phase_id: phase.map(|p| p.id),
            mode: phase.and_then(|p| p.mode).filter(|m| *m != Mode::Hybrid),
            participant_ids: mentee.into_iter().collect(),
            mentor_ids: vec![self.mentor_id],
            logged_by: Some(self.mentor_id),
            ..Session::default()
        };
        let id = session.id;
        self.sessions.push(session);
        id
    }
}

/// Checks a returned log sheet against the owner's programme: refuses a
/// sheet for another programme, from nobody here, not sent back, or
/// changed by hand; otherwise gives its sessions to take, by id.
pub fn receive_log(draft: &Draft, sheet: &LogSheet) -> Result<LogReceived, LogRefusal> {
    if sheet.programme_id != draft.id {
        return Err(LogRefusal::OtherProgramme(sheet.programme_title.clone()));
    }
    let Some(mentor) = Person::find(draft, sheet.mentor_id) else {
        return Err(LogRefusal::UnknownMentor(sheet.mentor_name.clone()));
    };
    let name = mentor.name.clone();
    if sheet.returned_at.is_none() {
        return Err(LogRefusal::NotReturned(name));
    }
    // Mentees of this mentor, withdrawn ones too: a session held before a
    // withdrawal is still theirs.
    let mentees: HashSet<Id> = draft
        .running
        .assignments
        .iter()
        .filter(|a| a.person_id == mentor.id)
        .map(|a| a.participant_id)
        .collect();
    let mut taken = draft.clone();
    let (mut added, mut updated, mut unchanged) = (0, 0, 0);
    let mut sessions = Vec::new();
    for s in &sheet.sessions {
        if s.participant_ids.iter().any(|p| !mentees.contains(p)) {
            return Err(LogRefusal::NotTheirMentee { mentor: name });
        }
        let mut s = s.clone();
        s.logged_by = Some(mentor.id);
        if !s.mentor_ids.contains(&mentor.id) {
            s.mentor_ids.insert(0, mentor.id);
        }
        match Session::find_mut(&mut taken, s.id) {
            Some(kept) if kept.logged_by != Some(mentor.id) => {
                return Err(LogRefusal::NotTheirSession { mentor: name });
            }
            Some(kept) if *kept == s => unchanged += 1,
            Some(kept) => {
                *kept = s.clone();
                updated += 1;
            }
            None => {
                taken.running.sessions.push(s.clone());
                added += 1;
            }
        }
        sessions.push(s);
    }
    // A session the mentor removed goes; one they did not log stays
    // whatever the sheet says.
    let removed: Vec<Id> = sheet
        .removed_sessions
        .iter()
        .copied()
        .filter(|id| !sheet.sessions.iter().any(|s| s.id == *id))
        .filter(|id| Session::find(&taken, *id).is_some_and(|s| s.logged_by == Some(mentor.id)))
        .collect();
    taken.running.sessions.retain(|s| !removed.contains(&s.id));
    // Whatever the programme would then hold must hold together: a session
    // too long, someone logged twice, a phase or content that is not here.
    if let Some(problem) = check_integrity(&taken).into_iter().next() {
        return Err(LogRefusal::Damaged(problem));
    }
    Ok(LogReceived {
        mentor: mentor.id,
        mentor_name: name,
        sessions,
        removed,
        added,
        updated,
        unchanged,
    })
}

impl LogReceived {
    /// Takes the sessions into the programme by id: a session already here
    /// is replaced by the mentor's latest word, a new one is added, one the
    /// mentor deleted goes. Records that the mentor's log came back at `now`.
    pub fn apply(self, draft: &mut Draft, now: &str) {
        for id in &self.removed {
            draft.delete_session(*id);
        }
        for s in self.sessions {
            match Session::find_mut(draft, s.id) {
                Some(kept) => *kept = s,
                None => draft.running.sessions.push(s),
            }
        }
        if let Some(p) = Person::find_mut(draft, self.mentor) {
            p.log_taken = Some(now.to_string());
        }
    }
}

/// Why a file is not a log sheet, in the reader's language.
pub fn log_error_words(e: &LogError, lang: Lang) -> String {
    super::sheet::sheet_error_words::<LogSheet>(e, lang)
}

/// A refusal in the reader's language.
pub fn log_refusal_words(r: &LogRefusal, lang: Lang) -> String {
    let l = lang.code();
    match r {
        LogRefusal::OtherProgramme(title) => {
            t!("log_sheet.other_programme", locale = l, title = title)
        }
        LogRefusal::UnknownMentor(name) => t!("log_sheet.unknown_mentor", locale = l, name = name),
        LogRefusal::NotReturned(name) => t!("log_sheet.not_returned", locale = l, name = name),
        LogRefusal::NotTheirMentee { mentor } => {
            t!("log_sheet.not_their_mentee", locale = l, mentor = mentor)
        }
        LogRefusal::NotTheirSession { mentor } => {
            t!("log_sheet.not_their_session", locale = l, mentor = mentor)
        }
        LogRefusal::Damaged(problem) => {
            let reason = super::words::issue(&problem.issue, lang);
            t!(
                "log_sheet.damaged",
                locale = l,
                place = problem.path,
                reason = reason
            )
        }
    }
    .into_owned()
}

#[cfg(test)]
mod tests;
