//! Words the screens show for the draft's fixed choices.

pub use crate::text::labels::*;

use crate::model::{
    BudgetCategory, ContentFormat, Delivery, EvaluationMethod, EvaluationTime, Funding,
    MilestoneKind, Mode, OrganiserRole, PersonRole, Profiles, Requirement, Scope, SessionKind,
};

/// Currencies offered first; any other ISO 4217 code in a file is kept.
pub const CURRENCIES: [&str; 24] = [
    "EUR", "GBP", "CHF", "USD", "CAD", "AUD", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF",
    "RON", "BGN", "RSD", "TRY", "UAH", "MAD", "TND", "ZAR", "BRL", "MXN", "JPY",
];

/// Every value of one of the draft's enums that a `<select>` offers, in the
/// order offered.
macro_rules! choices {
    ($name:ident: $t:ident = $($v:ident),+) => {
        pub const $name: &[$t] = &[$($t::$v),+];
    };
}

choices!(REQUIREMENTS: Requirement = Mandatory, Optional);
choices!(SCOPES: Scope = Transversal, TailorMade);
choices!(DELIVERIES: Delivery = Staff, ExternalExpert, Peer, SelfStudy);
choices!(FORMATS: ContentFormat = Workshop, OneToOne, GroupSession, Webinar, StudyVisit, Resource);
choices!(MODES: Mode = Remote, FaceToFace, Hybrid);
choices!(ROLES: PersonRole = Expert, EndUser);
choices!(SESSION_KINDS: SessionKind = Individual, Collective);
// A session was held one way or the other; only a phase is hybrid.
choices!(SESSION_MODES: Mode = Remote, FaceToFace);
choices!(ORGANISER_ROLES: OrganiserRole = Lead, Partner);
choices!(PROFILES: Profiles = Artists, CulturalProfessionals, Both);
choices!(FUNDINGS: Funding = Grant, OwnFunds, Partner, Sponsor, ParticipantFee, InKind);
choices!(METHODS: EvaluationMethod = Survey, Interview, SelfAssessment, Observation);
choices!(TIMES: EvaluationTime = Before, Midpoint, After, FollowUp);
// The first five are the usual milestones.
choices!(MILESTONES: MilestoneKind = CallOpens, Deadline, Results, KickOff, FinalEvent, Custom);
choices!(CATEGORIES: BudgetCategory =
    Staff, ExpertFees, Travel, Accommodation, Subsistence, Venue,
    Communication, Evaluation, Materials, Overheads, Other);

/// An enum as a stable string for a `<select>` value, via its serde name.
pub fn key<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The value back from a `<select>`.
pub fn from_key<T: serde::de::DeserializeOwned>(k: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(k.to_string())).ok()
}

/// `(value, label)` pairs for a [`SelectField`](super::fields::SelectField).
pub fn options<T: serde::Serialize + Copy>(
    all: &[T],
    label: fn(T) -> std::borrow::Cow<'static, str>,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (key(*v), label(*v).to_string()))
        .collect()
}
