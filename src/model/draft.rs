//! The programme draft: one learning trajectory, all its parts, as plain data.
//!
//! Every struct keeps fields it does not know in `extra`, so a file written by a
//! newer or older app survives a load → save round trip.

use serde::{Deserialize, Serialize};

use super::values::{Currency, Date, Decimal2, Id, Money};

use super::record::open_record;

open_record! {
    /// One programme being designed.
    pub struct Draft {
        pub id: Id,
        /// Bumped by every save, so two tabs can tell whose copy is newer.
        pub revision: u64,
        /// RFC 3339 timestamps, written by the app.
        pub created_at: String,
        pub updated_at: String,
        pub overview: Overview,
        pub phases: Vec<Phase>,
        pub contents: Vec<MentorshipContent>,
        pub people: Vec<Person>,
        pub selection: Selection,
        pub budget: Vec<BudgetLine>,
        pub milestones: Vec<Milestone>,
        pub communication: Vec<CommunicationAction>,
        pub evaluation: Vec<EvaluationIndicator>,
        pub call: CallSettings,
        pub notes: String,
        /// The programme as it runs: participants, mentors, sessions.
        pub running: super::running::Running,
    }
}

open_record! {
    pub struct Overview {
        pub title: String,
        pub tagline: String,
        pub organisers: Vec<Organiser>,
        pub target_group: TargetGroup,
        pub goals: Vec<Goal>,
        /// What "other" means when [`Goal::Other`] is chosen.
        pub other_goal: String,
        pub places: Option<u32>,
        pub start: Option<Date>,
        pub end: Option<Date>,
        pub currency: Currency,
        pub objectives: String,
    }
}

open_record! {
    pub struct Organiser {
        pub id: Id,
        pub role: OrganiserRole,
        pub name: String,
        pub country: String,
        pub website: String,
        pub contact: String,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganiserRole {
    #[default]
    Lead,
    Partner,
}

open_record! {
    pub struct TargetGroup {
        /// Who applies: individuals, organisations or both. Files from before
        /// organisations could apply have only `profiles`: see [`TargetGroup::who`].
        pub who: Option<WhoApplies>,
        /// Which individuals, when individuals apply.
        pub profiles: Option<Profiles>,
        /// Which organisations, when organisations apply.
        pub organisation_kinds: Vec<OrganisationKind>,
        pub disciplines: Vec<String>,
        pub career_stage: String,
        pub eligible_countries: Vec<String>,
        pub working_languages: Vec<String>,
        /// Age limits in whole years, each optional.
        pub min_age: Option<u32>,
        pub max_age: Option<u32>,
        /// The day on which age is counted; the application deadline when unset.
        pub age_on: Option<Date>,
    }
}

impl TargetGroup {
    /// Who applies. A draft that chose only individuals' profiles (as every
    /// draft did before organisations could apply) is for individuals.
    pub fn who(&self) -> Option<WhoApplies> {
        self.who
            .or_else(|| self.profiles.map(|_| WhoApplies::Individuals))
    }

    /// Whether individuals may apply.
    pub fn individuals_apply(&self) -> bool {
        matches!(self.who(), Some(WhoApplies::Individuals | WhoApplies::Both))
    }

    /// Whether organisations may apply.
    pub fn organisations_apply(&self) -> bool {
        matches!(
            self.who(),
            Some(WhoApplies::Organisations | WhoApplies::Both)
        )
    }

    /// Whether the age limits contradict each other (minimum above maximum).
    pub fn ages_inverted(&self) -> bool {
        matches!((self.min_age, self.max_age), (Some(a), Some(b)) if a > b)
    }
}

/// Who may apply to the programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhoApplies {
    Individuals,
    Organisations,
    Both,
}

impl WhoApplies {
    pub const ALL: [WhoApplies; 3] = [
        WhoApplies::Individuals,
        WhoApplies::Organisations,
        WhoApplies::Both,
    ];
}

/// A kind of organisation that may apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// Non-governmental, non-profit organisations and associations.
    Ngo,
    /// Venues, arts centres, theatres, galleries.
    Venue,
    Festival,
    Collective,
    /// Companies, production houses, agencies.
    Company,
    /// Public bodies and institutions.
    PublicBody,
    Network,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::Ngo,
        OrganisationKind::Venue,
        OrganisationKind::Festival,
        OrganisationKind::Collective,
        OrganisationKind::Company,
        OrganisationKind::PublicBody,
        OrganisationKind::Network,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profiles {
    Artists,
    CulturalProfessionals,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    ExploratoryTrip,
    CoCreation,
    FairOrShowcase,
    InternationalDistribution,
    Networking,
    Other,
}

impl Goal {
    pub const ALL: [Goal; 6] = [
        Goal::ExploratoryTrip,
        Goal::CoCreation,
        Goal::FairOrShowcase,
        Goal::InternationalDistribution,
        Goal::Networking,
        Goal::Other,
    ];
}

open_record! {
    /// A stage a participant goes through.
    pub struct Phase {
        pub id: Id,
        pub kind: PhaseKind,
        pub title: String,
        pub mode: Option<Mode>,
        pub start: Option<Date>,
        pub end: Option<Date>,
        /// Hours per participant.
        pub hours: Option<Decimal2>,
        pub location: String,
        pub objectives: String,
        pub activities: String,
        pub outputs: String,
        pub responsible: String,
        pub expert_ids: Vec<Id>,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    CallForParticipation,
    Selection,
    InitialDiagnostic,
    CollectiveMentoring,
    IndividualMentoring,
    RemoteWork,
    FaceToFaceWork,
    Mobility,
    FairOrShowcase,
    Evaluation,
    FollowUp,
    #[default]
    Custom,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Remote,
    FaceToFace,
    Hybrid,
}

open_record! {
    /// Something delivered to participants.
    pub struct MentorshipContent {
        pub id: Id,
        pub title: String,
        pub description: String,
        pub requirement: Requirement,
        pub scope: Scope,
        pub delivery: Delivery,
        pub format: Option<ContentFormat>,
        pub hours: Option<Decimal2>,
        pub phase_ids: Vec<Id>,
        pub expert_ids: Vec<Id>,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    #[default]
    Mandatory,
    Optional,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// For every participant.
    #[default]
    Transversal,
    /// Designed per participant.
    TailorMade,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    #[default]
    Staff,
    ExternalExpert,
    Peer,
    SelfStudy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentFormat {
    Workshop,
    OneToOne,
    GroupSession,
    Webinar,
    StudyVisit,
    Resource,
}

open_record! {
    /// An external expert or an end-user the programme brings in.
    pub struct Person {
        pub id: Id,
        pub role: PersonRole,
        pub name: String,
        pub expertise: String,
        pub organisation: String,
        pub country: String,
        pub contact: String,
        pub fee_per_day: Money,
        pub days: Option<Decimal2>,
        pub phase_ids: Vec<Id>,
        /// The most participants this person mentors at once; `None` for no limit.
        pub capacity: Option<u32>,
        /// When the owner last gave this person a log sheet (RFC 3339).
        pub log_given: Option<String>,
        /// When the owner last took in a log this person sent back.
        pub log_taken: Option<String>,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    #[default]
    Expert,
    EndUser,
}

open_record! {
    pub struct Selection {
        /// Conditions that must all hold.
        pub eligibility: Vec<String>,
        pub criteria: Vec<SelectionCriterion>,
        pub committee: Vec<String>,
        pub conflict_of_interest: String,
        pub steps: Vec<String>,
        pub materials: Vec<String>,
        pub deadline: Option<Date>,
        pub results_date: Option<Date>,
        pub feedback: Feedback,
        /// Charged to applicants; zero is the fair answer.
        pub application_fee: Money,
        /// Highest score per criterion in the scoring grid; 0 means the usual 5.
        pub score_max: u32,
        pub applicants: Vec<Applicant>,
        /// The people who score, each on their own scoring sheet.
        pub members: Vec<CommitteeMember>,
        /// Places on the waiting list, after the places of the programme.
        pub waiting_places: Option<u32>,
        /// Members' weighted scores for one applicant further apart than this,
        /// in percentage points, are flagged; 0 means the usual 20.
        pub disagreement: u32,
        /// How the owner ordered applicants whose scores tie.
        pub tie_breaks: Vec<TieBreak>,
        /// Which applicant field each column of the last form export filled,
        /// by column header, so the next export of the same form maps itself.
        pub columns: Vec<ColumnChoice>,
    }
}

open_record! {
    /// One member of the selection committee, who scores on a sheet of
    /// their own.
    pub struct CommitteeMember {
        pub id: Id,
        pub name: String,
        /// Applicants this member declared a conflict of interest with: left
        /// off their sheet, and never counted in their scores.
        pub conflicts: Vec<Id>,
        /// When the member's scores came back (RFC 3339); `None` until then.
        pub returned: Option<String>,
        pub scores: Vec<MemberScore>,
    }
}

open_record! {
    /// A score one member gave one applicant on one criterion.
    pub struct MemberScore {
        pub applicant_id: Id,
        pub criterion_id: Id,
        pub value: u32,
        pub comment: String,
    }
    required applicant_id, criterion_id
}

open_record! {
    /// Applicants whose scores tie, in the order the owner decided, and why.
    pub struct TieBreak {
        pub order: Vec<Id>,
        pub reason: String,
    }
}

open_record! {
    /// A column of a form export and the applicant field it fills.
    pub struct ColumnChoice {
        pub header: String,
        pub field: ApplicantField,
    }
}

/// What a column of a form export holds, for an applicant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicantField {
    Name,
    Email,
    Country,
    Discipline,
    Organisation,
    Links,
    /// Kept as a note, under the column's header.
    Note,
    #[default]
    Skip,
}

open_record! {
    pub struct SelectionCriterion {
        pub id: Id,
        pub name: String,
        pub description: String,
        /// Share of the total score, in percent points (0–100).
        pub weight: u32,
    }
}

open_record! {
    pub struct Feedback {
        /// Whether applicants who are not selected get feedback; `None`
        /// until chosen (see [`Feedback::given`]).
        pub offered: Option<bool>,
        pub how: String,
    }
}

impl Feedback {
    /// Whether the call promises feedback: "yes" was chosen, or nothing was
    /// chosen and how it is given was written (writing how is saying yes).
    pub fn given(&self) -> bool {
        match self.offered {
            Some(offered) => offered,
            None => !self.how.trim().is_empty(),
        }
    }

    /// Writes how feedback is given. Writing it before choosing yes or no
    /// chooses yes, so the text and the choice never disagree silently; an
    /// explicit "no" stays until the user changes it.
    pub fn set_how(&mut self, how: String) {
        if self.offered.is_none() && !how.trim().is_empty() {
            self.offered = Some(true);
        }
        self.how = how;
    }
}

open_record! {
    pub struct Applicant {
        pub id: Id,
        /// A name or a code; nothing more personal is asked for.
        pub name: String,
        pub scores: Vec<Score>,
        pub selected: bool,
        /// On the waiting list, if not selected.
        pub waiting: bool,
        pub email: String,
        pub country: String,
        pub discipline: String,
        pub organisation: String,
        /// Links to work, one per entry.
        pub links: Vec<String>,
        /// Answers to the form's other questions, each under its question.
        pub notes: String,
        /// The eligibility conditions as checked for this applicant, by the
        /// condition's words: a condition reworded is a new one, unchecked.
        pub eligibility: Vec<EligibilityCheck>,
        /// Feedback for the letter, as the owner wrote or chose it.
        pub feedback: String,
    }
}

open_record! {
    pub struct EligibilityCheck {
        pub condition: String,
        /// `Some(true)` met, `Some(false)` not met, `None` not known yet.
        pub met: Option<bool>,
    }
}

open_record! {
    pub struct Score {
        pub criterion_id: Id,
        pub value: u32,
    }
    required criterion_id
}

open_record! {
    pub struct BudgetLine {
        pub id: Id,
        pub category: BudgetCategory,
        pub label: String,
        pub unit: String,
        pub unit_cost: Money,
        pub quantity: Decimal2,
        pub funding: Funding,
        pub phase_id: Option<Id>,
    }
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum BudgetCategory {
    Staff,
    ExpertFees,
    Travel,
    Accommodation,
    Subsistence,
    Venue,
    Communication,
    Evaluation,
    Materials,
    Overheads,
    #[default]
    Other,
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    #[default]
    Grant,
    OwnFunds,
    Partner,
    Sponsor,
    ParticipantFee,
    InKind,
}

open_record! {
    pub struct Milestone {
        pub id: Id,
        pub kind: MilestoneKind,
        pub label: String,
        pub date: Option<Date>,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    CallOpens,
    Deadline,
    Results,
    KickOff,
    FinalEvent,
    #[default]
    Custom,
}

open_record! {
    pub struct CommunicationAction {
        pub id: Id,
        pub channel: String,
        pub audience: String,
        pub message: String,
        pub date: Option<Date>,
        pub phase_id: Option<Id>,
        pub owner: String,
        pub indicator: String,
    }
}

open_record! {
    pub struct EvaluationIndicator {
        pub id: Id,
        pub measure: String,
        pub method: Option<EvaluationMethod>,
        pub when: Option<EvaluationTime>,
        pub target: String,
        pub owner: String,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationMethod {
    Survey,
    Interview,
    SelfAssessment,
    Observation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationTime {
    Before,
    Midpoint,
    After,
    FollowUp,
}

open_record! {
    /// What the call for participation says beyond what the draft already holds.
    pub struct CallSettings {
        pub language: Lang,
        /// Sections the user left out; every other section is included.
        pub excluded_sections: Vec<String>,
        pub introduction: String,
        pub closing: String,
        pub commitments: String,
        pub accessibility: String,
        pub data_protection: String,
        pub contact: String,
    }
}

impl CallSettings {
    /// Includes the section named `slug` in the call, or leaves it out.
    pub fn include_section(&mut self, slug: &str, included: bool) {
        self.excluded_sections.retain(|x| x != slug);
        if !included {
            self.excluded_sections.push(slug.to_string());
        }
    }
}

/// A language the app speaks: of the interface and of a call (one type for
/// both, so a programme's call can start in the interface's language).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// BCP 47 code, as in `<html lang>` and the locale files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages this app speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::En)
    }
}
