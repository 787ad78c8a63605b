//! Words the screens show for the draft's fixed choices.

use crate::model::{Goal, OrganiserRole, Profiles};

pub fn goal(g: Goal) -> &'static str {
    match g {
        Goal::ExploratoryTrip => "Exploratory trip",
        Goal::CoCreation => "Co-creation",
        Goal::FairOrShowcase => "Fair or showcase",
        Goal::InternationalDistribution => "International distribution",
        Goal::Networking => "Networking",
        Goal::Other => "Other",
    }
}

pub fn profiles(p: Profiles) -> &'static str {
    match p {
        Profiles::Artists => "Artists",
        Profiles::CulturalProfessionals => "Cultural professionals",
        Profiles::Both => "Artists and cultural professionals",
    }
}

pub fn organiser_role(r: OrganiserRole) -> &'static str {
    match r {
        OrganiserRole::Lead => "Lead organiser",
        OrganiserRole::Partner => "Partner",
    }
}

/// Currencies offered first; any other ISO 4217 code in a file is kept.
pub const CURRENCIES: [&str; 24] = [
    "EUR", "GBP", "CHF", "USD", "CAD", "AUD", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF",
    "RON", "BGN", "RSD", "TRY", "UAH", "MAD", "TND", "ZAR", "BRL", "MXN", "JPY",
];

use crate::model::{ContentFormat, Delivery, Mode, PersonRole, PhaseKind, Requirement, Scope};

pub fn phase_kind(k: PhaseKind) -> &'static str {
    match k {
        PhaseKind::CallForParticipation => "Call for participation",
        PhaseKind::Selection => "Selection",
        PhaseKind::InitialDiagnostic => "Initial diagnostic",
        PhaseKind::CollectiveMentoring => "Collective mentoring",
        PhaseKind::IndividualMentoring => "Individual mentoring",
        PhaseKind::RemoteWork => "Remote work",
        PhaseKind::FaceToFaceWork => "Face-to-face work",
        PhaseKind::Mobility => "Mobility / study visit",
        PhaseKind::FairOrShowcase => "Fair or showcase",
        PhaseKind::Evaluation => "Evaluation",
        PhaseKind::FollowUp => "Follow-up",
        PhaseKind::Custom => "Custom phase",
    }
}

pub fn mode(m: Mode) -> &'static str {
    match m {
        Mode::Remote => "Remote",
        Mode::FaceToFace => "Face-to-face",
        Mode::Hybrid => "Hybrid",
    }
}

pub fn requirement(r: Requirement) -> &'static str {
    match r {
        Requirement::Mandatory => "Mandatory",
        Requirement::Optional => "Optional",
    }
}

pub fn scope(s: Scope) -> &'static str {
    match s {
        Scope::Transversal => "Transversal",
        Scope::TailorMade => "Tailor-made",
    }
}

pub fn delivery(d: Delivery) -> &'static str {
    match d {
        Delivery::Staff => "Staff",
        Delivery::ExternalExpert => "External expert",
        Delivery::Peer => "Peer",
        Delivery::SelfStudy => "Self-study",
    }
}

pub fn content_format(f: ContentFormat) -> &'static str {
    match f {
        ContentFormat::Workshop => "Workshop",
        ContentFormat::OneToOne => "One-to-one",
        ContentFormat::GroupSession => "Group session",
        ContentFormat::Webinar => "Webinar",
        ContentFormat::StudyVisit => "Study visit",
        ContentFormat::Resource => "Resource",
    }
}

pub fn person_role(r: PersonRole) -> &'static str {
    match r {
        PersonRole::Expert => "External expert",
        PersonRole::EndUser => "End-user",
    }
}

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
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (key(*v), label(*v).to_string()))
        .collect()
}
