//! English words for the draft's fixed choices, shared by the screens and
//! the exports (CSV headers and cells).

use super::{
    BudgetCategory, ContentFormat, Delivery, EvaluationMethod, EvaluationTime, Funding, Goal,
    MilestoneKind, Mode, OrganiserRole, PersonRole, PhaseKind, Profiles, Requirement, Scope,
};

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

pub fn budget_category(c: BudgetCategory) -> &'static str {
    match c {
        BudgetCategory::Staff => "Staff",
        BudgetCategory::ExpertFees => "Expert fees",
        BudgetCategory::Travel => "Travel",
        BudgetCategory::Accommodation => "Accommodation",
        BudgetCategory::Subsistence => "Subsistence",
        BudgetCategory::Venue => "Venue",
        BudgetCategory::Communication => "Communication",
        BudgetCategory::Evaluation => "Evaluation",
        BudgetCategory::Materials => "Materials",
        BudgetCategory::Overheads => "Overheads",
        BudgetCategory::Other => "Other",
    }
}

pub fn funding(f: Funding) -> &'static str {
    match f {
        Funding::Grant => "Grant",
        Funding::OwnFunds => "Own funds",
        Funding::Partner => "Partner",
        Funding::Sponsor => "Sponsor",
        Funding::ParticipantFee => "Participant fee",
        Funding::InKind => "In kind",
    }
}

pub fn milestone_kind(k: MilestoneKind) -> &'static str {
    match k {
        MilestoneKind::CallOpens => "Call opens",
        MilestoneKind::Deadline => "Application deadline",
        MilestoneKind::Results => "Results announced",
        MilestoneKind::KickOff => "Kick-off",
        MilestoneKind::FinalEvent => "Final event",
        MilestoneKind::Custom => "Other milestone",
    }
}

pub fn evaluation_method(m: EvaluationMethod) -> &'static str {
    match m {
        EvaluationMethod::Survey => "Survey",
        EvaluationMethod::Interview => "Interview",
        EvaluationMethod::SelfAssessment => "Self-assessment",
        EvaluationMethod::Observation => "Observation",
    }
}

pub fn evaluation_time(t: EvaluationTime) -> &'static str {
    match t {
        EvaluationTime::Before => "Before",
        EvaluationTime::Midpoint => "Midpoint",
        EvaluationTime::After => "After",
        EvaluationTime::FollowUp => "Follow-up",
    }
}
