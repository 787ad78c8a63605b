//! A committee member's scoring sheet: the file the owner gives one member,
//! which the member fills in the app and sends back.
//!
//! It holds what scoring needs and nothing else of the programme: the
//! criteria with their guidance, the scale, and the applicants this member
//! may see (not those they declared a conflict with, not those set aside as
//! ineligible), without e-mail addresses. No budget, no other member's
//! scores.
//!
//! ```json
//! {"format": "trajectory-studio/scoring-sheet", "schema_version": 1,
//!  "programme_id": "…", "member_id": "…", "criteria": [ … ],
//!  "applicants": [ … ], "scores": [ … ], "returned_at": null}
//! ```

use std::collections::HashSet;

use rust_i18n::t;
use serde::{Deserialize, Serialize};

use crate::model::{CommitteeMember, Draft, Id, Item, Lang, MemberScore};

/// The `format` of every scoring sheet.
pub const SHEET_FORMAT: &str = "trajectory-studio/scoring-sheet";
/// The sheet schema this app writes and the newest it reads.
pub const SHEET_VERSION: u64 = 1;
/// A sheet is small; anything larger is not one.
pub const MAX_SHEET_BYTES: usize = 5 * 1024 * 1024;

/// What the scoring sheet and the log sheet have alike as files given to
/// one person of a programme and sent back: a format and schema of their
/// own, a section of the locale files for their words, and whose and which
/// programme's they are.
pub trait SheetFile: Serialize + serde::de::DeserializeOwned {
    /// The `format` every file of this kind names.
    const FORMAT: &'static str;
    /// The schema this app writes and the newest it reads.
    const VERSION: u64;
    /// Anything larger is not a file of this kind.
    const MAX_BYTES: usize;
    /// The locale section of its words: `<WORDS>.too_large`, ….
    const WORDS: &'static str;
    /// The programme it comes from.
    fn programme(&self) -> Id;
    /// That programme's title, as it was when the sheet was given.
    fn programme_title(&self) -> &str;
    /// The person it was given to.
    fn holder(&self) -> Id;
    /// That person's name, as it was when the sheet was given.
    fn holder_name(&self) -> &str;
}

/// A scoring sheet as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringSheet {
    pub format: String,
    pub schema_version: u64,
    pub programme_id: Id,
    pub programme_title: String,
    pub member_id: Id,
    pub member_name: String,
    pub issued_at: String,
    /// The interface language the owner used, for the member's first view.
    #[serde(default)]
    pub language: String,
    pub score_max: u32,
    /// The programme's rule on conflicts of interest, for the member to read.
    #[serde(default)]
    pub conflict_rule: String,
    pub criteria: Vec<SheetCriterion>,
    pub applicants: Vec<SheetApplicant>,
    #[serde(default)]
    pub scores: Vec<SheetScore>,
    /// When the member sent the sheet back; `None` while they score.
    #[serde(default)]
    pub returned_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetCriterion {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub weight: u32,
}

/// What a member sees of an applicant: what scoring needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetApplicant {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub discipline: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub links: Vec<String>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetScore {
    pub applicant_id: Id,
    pub criterion_id: Id,
    /// `None` while the member has only written a comment.
    #[serde(default)]
    pub value: Option<u32>,
    #[serde(default)]
    pub comment: String,
}

/// Why a file is not a scoring sheet this app can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    TooLarge,
    /// Not JSON, or not shaped as a sheet; serde's reason.
    Unreadable(String),
    NotASheet,
    /// Written by a newer version of the app.
    Newer(u64),
}

/// Why the owner's programme does not take a returned sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The sheet belongs to another programme (its title).
    OtherProgramme(String),
    /// No member of this committee has the sheet's member id (their name).
    UnknownMember(String),
    /// The sheet scores an applicant the member declared a conflict with.
    Recused { member: String, applicant: String },
    /// A score above the scale.
    OverScale { value: u32, max: u32 },
    /// The member has not sent it back: it carries no scores.
    NotReturned(String),
}

/// A part of a returned sheet left out, with the rest taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetAside {
    /// Scores for applicants no longer in the programme (their names).
    GoneApplicants(Vec<String>),
    /// Scores on criteria no longer in the programme (how many).
    GoneCriteria(usize),
}

/// A returned sheet, checked against the programme and ready to take.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub member: Id,
    pub member_name: String,
    pub returned_at: String,
    pub scores: Vec<MemberScore>,
    pub set_aside: Vec<SetAside>,
}

impl SheetFile for ScoringSheet {
    const FORMAT: &'static str = SHEET_FORMAT;
    const VERSION: u64 = SHEET_VERSION;
    const MAX_BYTES: usize = MAX_SHEET_BYTES;
    const WORDS: &'static str = "sheet";
    fn programme(&self) -> Id {
        self.programme_id
    }
    fn programme_title(&self) -> &str {
        &self.programme_title
    }
    fn holder(&self) -> Id {
        self.member_id
    }
    fn holder_name(&self) -> &str {
        &self.member_name
    }
}

impl ScoringSheet {
    /// The sheet for `member` of `draft`, with no scores yet.
    pub fn issue(draft: &Draft, member: &CommitteeMember, lang: Lang, now: &str) -> ScoringSheet {
        let criteria = draft
            .selection
            .criteria
            .iter()
            .map(|c| SheetCriterion {
                id: c.id,
                name: c.name.clone(),
                description: c.description.clone(),
                weight: c.weight,
            })
            .collect();
        let applicants = draft
            .selection
            .applicants
            .iter()
            .filter(|a| member.may_score(a.id) && !draft.set_aside(a))
            .map(|a| SheetApplicant {
                id: a.id,
                name: a.name.clone(),
                country: a.country.clone(),
                discipline: a.discipline.clone(),
                organisation: a.organisation.clone(),
                links: a.links.clone(),
                notes: a.notes.clone(),
            })
            .collect();
        ScoringSheet {
            format: SHEET_FORMAT.to_string(),
            schema_version: SHEET_VERSION,
            programme_id: draft.id,
            programme_title: draft.overview.title.clone(),
            member_id: member.id,
            member_name: member.name.clone(),
            issued_at: now.to_string(),
            language: lang.code().to_string(),
            score_max: draft.score_max(),
            conflict_rule: draft.selection.conflict_of_interest.clone(),
            criteria,
            applicants,
            scores: Vec::new(),
            returned_at: None,
        }
    }

    /// Reads a sheet from a file's bytes.
    pub fn read(bytes: &[u8]) -> Result<ScoringSheet, SheetError> {
        read_sheet(bytes)
    }

    /// Whether `bytes` claim to be a scoring sheet (whatever else is wrong).
    pub fn claims(bytes: &[u8]) -> bool {
        claims::<ScoringSheet>(bytes)
    }

    /// The file's name: the programme, the member, and whether it is the
    /// sheet as given or the scores sent back.
    pub fn file_name(&self) -> String {
        let kind = if self.returned_at.is_some() {
            "scores"
        } else {
            "sheet"
        };
        file_name(&self.programme_title, &self.member_name, kind)
    }

    /// The text of the file.
    pub fn to_text(&self) -> String {
        sheet_text(self)
    }

    /// The member's score for `applicant` on `criterion`.
    pub fn score(&self, applicant: Id, criterion: Id) -> Option<&SheetScore> {
        self.scores
            .iter()
            .find(|s| s.applicant_id == applicant && s.criterion_id == criterion)
    }

    /// Sets or clears one score, clamped to the scale; its comment stays.
    pub fn set_score(&mut self, applicant: Id, criterion: Id, value: Option<u32>) {
        let max = self.score_max;
        self.entry(applicant, criterion).value = value.map(|v| v.min(max));
        self.tidy();
    }

    /// Writes the comment on one criterion of one applicant.
    pub fn set_comment(&mut self, applicant: Id, criterion: Id, comment: String) {
        self.entry(applicant, criterion).comment = comment;
        self.tidy();
    }

    fn entry(&mut self, applicant: Id, criterion: Id) -> &mut SheetScore {
        let at = match self
            .scores
            .iter()
            .position(|s| s.applicant_id == applicant && s.criterion_id == criterion)
        {
            Some(i) => i,
            None => {
                self.scores.push(SheetScore {
                    applicant_id: applicant,
                    criterion_id: criterion,
                    value: None,
                    comment: String::new(),
                });
                self.scores.len() - 1
            }
        };
        &mut self.scores[at]
    }

    /// Drops entries with neither a score nor a comment.
    fn tidy(&mut self) {
        self.scores
            .retain(|s| s.value.is_some() || !s.comment.trim().is_empty());
    }

    /// Applicants with every weighted criterion scored.
    pub fn done(&self) -> usize {
        self.applicants
            .iter()
            .filter(|a| self.complete(a.id))
            .count()
    }

    /// Whether every weighted criterion of `applicant` has a score.
    pub fn complete(&self, applicant: Id) -> bool {
        self.criteria.iter().filter(|c| c.weight > 0).all(|c| {
            self.score(applicant, c.id)
                .is_some_and(|s| s.value.is_some())
        })
    }
}

/// Reads a sheet of kind `S` from a file's bytes, as strictly as a
/// programme file (a key twice in one object is refused): too large, not
/// JSON, another format or a newer version are each said apart.
pub fn read_sheet<S: SheetFile>(bytes: &[u8]) -> Result<S, SheetError> {
    if bytes.len() > S::MAX_BYTES {
        return Err(SheetError::TooLarge);
    }
    let super::strict::Strict(value) =
        serde_json::from_slice(bytes).map_err(|e| SheetError::Unreadable(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(S::FORMAT) {
        return Err(SheetError::NotASheet);
    }
    match value.get("schema_version").and_then(|v| v.as_u64()) {
        Some(v) if v > S::VERSION => return Err(SheetError::Newer(v)),
        _ => {}
    }
    serde_json::from_value(value).map_err(|e| SheetError::Unreadable(e.to_string()))
}

/// Whether `bytes` claim to be a sheet of kind `S`: a sheet names its
/// format first, so a glance at the start is enough.
pub(super) fn claims<S: SheetFile>(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    String::from_utf8_lossy(head).contains(S::FORMAT)
}

/// The text of a sheet's file.
pub fn sheet_text<S: SheetFile>(sheet: &S) -> String {
    serde_json::to_string_pretty(sheet).unwrap_or_default()
}

/// A sheet file's name: `<programme>.<person>.<kind>.json`.
pub(super) fn file_name(programme: &str, person: &str, kind: &str) -> String {
    let programme = crate::model::slug(programme);
    let person = crate::model::slug(person);
    format!("{programme}.{person}.{kind}.json")
}

/// Checks a returned sheet against the owner's programme: refuses what would
/// be wrong to take, sets aside what no longer applies.
pub fn receive(draft: &Draft, sheet: &ScoringSheet) -> Result<Received, Refusal> {
    if sheet.programme_id != draft.id {
        return Err(Refusal::OtherProgramme(sheet.programme_title.clone()));
    }
    let Some(member) = CommitteeMember::find(draft, sheet.member_id) else {
        return Err(Refusal::UnknownMember(sheet.member_name.clone()));
    };
    let Some(returned_at) = sheet.returned_at.clone() else {
        return Err(Refusal::NotReturned(member.name.clone()));
    };
    let max = draft.score_max();
    let criteria: HashSet<Id> = draft.selection.criteria.iter().map(|c| c.id).collect();
    let mut gone_applicants: Vec<String> = Vec::new();
    let mut gone_criteria = 0;
    let mut scores = Vec::new();
    for s in &sheet.scores {
        if !member.may_score(s.applicant_id) {
            let name = crate::model::Applicant::find(draft, s.applicant_id)
                .map(|a| a.name.clone())
                .unwrap_or_default();
            return Err(Refusal::Recused {
                member: member.name.clone(),
                applicant: name,
            });
        }
        let Some(value) = s.value else {
            continue;
        };
        if value > max {
            return Err(Refusal::OverScale { value, max });
        }
        if crate::model::Applicant::find(draft, s.applicant_id).is_none() {
            let name = sheet
                .applicants
                .iter()
                .find(|a| a.id == s.applicant_id)
                .map(|a| a.name.clone())
                .unwrap_or_else(|| s.applicant_id.to_string());
            if !gone_applicants.contains(&name) {
                gone_applicants.push(name);
            }
            continue;
        }
        if !criteria.contains(&s.criterion_id) {
            gone_criteria += 1;
            continue;
        }
        scores.push(MemberScore {
            applicant_id: s.applicant_id,
            criterion_id: s.criterion_id,
            value,
            comment: s.comment.clone(),
            ..Default::default()
        });
    }
    let mut set_aside = Vec::new();
    if !gone_applicants.is_empty() {
        set_aside.push(SetAside::GoneApplicants(gone_applicants));
    }
    if gone_criteria > 0 {
        set_aside.push(SetAside::GoneCriteria(gone_criteria));
    }
    Ok(Received {
        member: member.id,
        member_name: member.name.clone(),
        returned_at,
        scores,
        set_aside,
    })
}

impl Received {
    /// Takes the scores into the programme, replacing the member's earlier
    /// ones: the latest sheet a member sends back is their word.
    pub fn apply(self, draft: &mut Draft) {
        if let Some(m) = CommitteeMember::find_mut(draft, self.member) {
            m.scores = self.scores;
            m.returned = Some(self.returned_at);
        }
    }
}

/// Why a file is not a sheet of kind `S`, in the reader's language and in
/// that kind's words.
pub fn sheet_error_words<S: SheetFile>(e: &SheetError, lang: Lang) -> String {
    let l = lang.code();
    let key = |name: &str| format!("{}.{name}", S::WORDS);
    match e {
        SheetError::TooLarge => t!(key("too_large"), locale = l),
        SheetError::Unreadable(why) => t!(key("unreadable"), locale = l, reason = why),
        SheetError::NotASheet => t!(key("not_a_sheet"), locale = l),
        SheetError::Newer(v) => t!(key("newer"), locale = l, version = v),
    }
    .into_owned()
}

/// Why a file is not a scoring sheet, in the reader's language.
pub fn error_words(e: &SheetError, lang: Lang) -> String {
    sheet_error_words::<ScoringSheet>(e, lang)
}

/// A refusal in the reader's language.
pub fn refusal_words(r: &Refusal, lang: Lang) -> String {
    let l = lang.code();
    match r {
        Refusal::OtherProgramme(title) => {
            t!("sheet.other_programme", locale = l, title = title)
        }
        Refusal::UnknownMember(name) => t!("sheet.unknown_member", locale = l, name = name),
        Refusal::Recused { member, applicant } => t!(
            "sheet.recused",
            locale = l,
            member = member,
            applicant = applicant
        ),
        Refusal::OverScale { value, max } => {
            t!("sheet.over_scale", locale = l, value = value, max = max)
        }
        Refusal::NotReturned(name) => t!("sheet.not_returned", locale = l, name = name),
    }
    .into_owned()
}

/// What was set aside, in the reader's language.
pub fn set_aside_words(s: &SetAside, lang: Lang) -> String {
    let l = lang.code();
    match s {
        SetAside::GoneApplicants(names) => t!(
            "sheet.gone_applicants",
            locale = l,
            names = names.join(", ")
        ),
        SetAside::GoneCriteria(n) => t!("sheet.gone_criteria", locale = l, count = n),
    }
    .into_owned()
}

#[cfg(test)]
mod tests;
