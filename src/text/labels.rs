//! Words for the draft's fixed choices in the interface language (texts in
//! `locales/labels.json`), shared by the screens and the exports (CSV headers and cells).

use std::borrow::Cow;

use rust_i18n::t;

use crate::model::{
    BudgetCategory, ContentFormat, Delivery, EvaluationMethod, EvaluationTime, Funding, Goal, Lang,
    MilestoneKind, Mode, OrganisationKind, OrganiserRole, PersonRole, PhaseKind, Profiles,
    Requirement, Scope, SessionKind, WhoApplies,
};

pub fn goal(g: Goal) -> Cow<'static, str> {
    match g {
        Goal::ExploratoryTrip => t!("labels.goal.exploratory_trip"),
        Goal::CoCreation => t!("labels.goal.co_creation"),
        Goal::FairOrShowcase => t!("labels.goal.fair_or_showcase"),
        Goal::InternationalDistribution => t!("labels.goal.international_distribution"),
        Goal::Networking => t!("labels.goal.networking"),
        Goal::Other => t!("labels.goal.other"),
    }
}

pub fn profiles(p: Profiles) -> Cow<'static, str> {
    match p {
        Profiles::Artists => t!("labels.profiles.artists"),
        Profiles::CulturalProfessionals => t!("labels.profiles.cultural_professionals"),
        Profiles::Both => t!("labels.profiles.both"),
    }
}

pub fn who_applies(w: WhoApplies) -> Cow<'static, str> {
    match w {
        WhoApplies::Individuals => t!("labels.who.individuals"),
        WhoApplies::Organisations => t!("labels.who.organisations"),
        WhoApplies::Both => t!("labels.who.both"),
    }
}

pub fn organisation_kind(k: OrganisationKind) -> Cow<'static, str> {
    match k {
        OrganisationKind::Ngo => t!("labels.organisation_kind.ngo"),
        OrganisationKind::Venue => t!("labels.organisation_kind.venue"),
        OrganisationKind::Festival => t!("labels.organisation_kind.festival"),
        OrganisationKind::Collective => t!("labels.organisation_kind.collective"),
        OrganisationKind::Company => t!("labels.organisation_kind.company"),
        OrganisationKind::PublicBody => t!("labels.organisation_kind.public_body"),
        OrganisationKind::Network => t!("labels.organisation_kind.network"),
    }
}

pub fn organiser_role(r: OrganiserRole) -> Cow<'static, str> {
    match r {
        OrganiserRole::Lead => t!("labels.organiser_role.lead"),
        OrganiserRole::Partner => t!("labels.organiser_role.partner"),
    }
}

pub fn phase_kind(k: PhaseKind) -> Cow<'static, str> {
    match k {
        PhaseKind::CallForParticipation => t!("labels.phase_kind.call_for_participation"),
        PhaseKind::Selection => t!("labels.phase_kind.selection"),
        PhaseKind::InitialDiagnostic => t!("labels.phase_kind.initial_diagnostic"),
        PhaseKind::CollectiveMentoring => t!("labels.phase_kind.collective_mentoring"),
        PhaseKind::IndividualMentoring => t!("labels.phase_kind.individual_mentoring"),
        PhaseKind::RemoteWork => t!("labels.phase_kind.remote_work"),
        PhaseKind::FaceToFaceWork => t!("labels.phase_kind.face_to_face_work"),
        PhaseKind::Mobility => t!("labels.phase_kind.mobility"),
        PhaseKind::FairOrShowcase => t!("labels.phase_kind.fair_or_showcase"),
        PhaseKind::Evaluation => t!("labels.phase_kind.evaluation"),
        PhaseKind::FollowUp => t!("labels.phase_kind.follow_up"),
        PhaseKind::Custom => t!("labels.phase_kind.custom"),
    }
}

pub fn mode(m: Mode) -> Cow<'static, str> {
    match m {
        Mode::Remote => t!("labels.mode.remote"),
        Mode::FaceToFace => t!("labels.mode.face_to_face"),
        Mode::Hybrid => t!("labels.mode.hybrid"),
    }
}

pub fn requirement(r: Requirement) -> Cow<'static, str> {
    match r {
        Requirement::Mandatory => t!("labels.requirement.mandatory"),
        Requirement::Optional => t!("labels.requirement.optional"),
    }
}

pub fn scope(s: Scope) -> Cow<'static, str> {
    match s {
        Scope::Transversal => t!("labels.scope.transversal"),
        Scope::TailorMade => t!("labels.scope.tailor_made"),
    }
}

pub fn delivery(d: Delivery) -> Cow<'static, str> {
    match d {
        Delivery::Staff => t!("labels.delivery.staff"),
        Delivery::ExternalExpert => t!("labels.delivery.external_expert"),
        Delivery::Peer => t!("labels.delivery.peer"),
        Delivery::SelfStudy => t!("labels.delivery.self_study"),
    }
}

pub fn content_format(f: ContentFormat) -> Cow<'static, str> {
    match f {
        ContentFormat::Workshop => t!("labels.content_format.workshop"),
        ContentFormat::OneToOne => t!("labels.content_format.one_to_one"),
        ContentFormat::GroupSession => t!("labels.content_format.group_session"),
        ContentFormat::Webinar => t!("labels.content_format.webinar"),
        ContentFormat::StudyVisit => t!("labels.content_format.study_visit"),
        ContentFormat::Resource => t!("labels.content_format.resource"),
    }
}

pub fn session_kind(k: SessionKind) -> Cow<'static, str> {
    session_kind_in(k, crate::text::lang())
}

/// A session's kind in `lang`, for a file written in a language of its own.
pub fn session_kind_in(k: SessionKind, lang: crate::model::Lang) -> Cow<'static, str> {
    let l = lang.code();
    match k {
        SessionKind::Individual => t!("labels.session_kind.individual", locale = l),
        SessionKind::Collective => t!("labels.session_kind.collective", locale = l),
    }
}

pub fn person_role(r: PersonRole) -> Cow<'static, str> {
    match r {
        PersonRole::Expert => t!("labels.person_role.expert"),
        PersonRole::EndUser => t!("labels.person_role.end_user"),
    }
}

pub fn budget_category(c: BudgetCategory) -> Cow<'static, str> {
    match c {
        BudgetCategory::Staff => t!("labels.budget_category.staff"),
        BudgetCategory::ExpertFees => t!("labels.budget_category.expert_fees"),
        BudgetCategory::Travel => t!("labels.budget_category.travel"),
        BudgetCategory::Accommodation => t!("labels.budget_category.accommodation"),
        BudgetCategory::Subsistence => t!("labels.budget_category.subsistence"),
        BudgetCategory::Venue => t!("labels.budget_category.venue"),
        BudgetCategory::Communication => t!("labels.budget_category.communication"),
        BudgetCategory::Evaluation => t!("labels.budget_category.evaluation"),
        BudgetCategory::Materials => t!("labels.budget_category.materials"),
        BudgetCategory::Overheads => t!("labels.budget_category.overheads"),
        BudgetCategory::Other => t!("labels.budget_category.other"),
    }
}

pub fn funding(f: Funding) -> Cow<'static, str> {
    match f {
        Funding::Grant => t!("labels.funding.grant"),
        Funding::OwnFunds => t!("labels.funding.own_funds"),
        Funding::Partner => t!("labels.funding.partner"),
        Funding::Sponsor => t!("labels.funding.sponsor"),
        Funding::ParticipantFee => t!("labels.funding.participant_fee"),
        Funding::InKind => t!("labels.funding.in_kind"),
    }
}

pub fn milestone_kind(k: MilestoneKind) -> Cow<'static, str> {
    t!(milestone_kind_key(k))
}

/// A milestone kind in `lang` whatever the interface's: a calendar is written
/// in the language chosen for it.
pub fn milestone_kind_in(k: MilestoneKind, lang: Lang) -> Cow<'static, str> {
    t!(milestone_kind_key(k), locale = lang.code())
}

fn milestone_kind_key(k: MilestoneKind) -> &'static str {
    match k {
        MilestoneKind::CallOpens => "labels.milestone_kind.call_opens",
        MilestoneKind::Deadline => "labels.milestone_kind.deadline",
        MilestoneKind::Results => "labels.milestone_kind.results",
        MilestoneKind::KickOff => "labels.milestone_kind.kick_off",
        MilestoneKind::FinalEvent => "labels.milestone_kind.final_event",
        MilestoneKind::Custom => "labels.milestone_kind.custom",
    }
}

pub fn evaluation_method(m: EvaluationMethod) -> Cow<'static, str> {
    match m {
        EvaluationMethod::Survey => t!("labels.evaluation_method.survey"),
        EvaluationMethod::Interview => t!("labels.evaluation_method.interview"),
        EvaluationMethod::SelfAssessment => t!("labels.evaluation_method.self_assessment"),
        EvaluationMethod::Observation => t!("labels.evaluation_method.observation"),
    }
}

pub fn evaluation_time(t: EvaluationTime) -> Cow<'static, str> {
    match t {
        EvaluationTime::Before => t!("labels.evaluation_time.before"),
        EvaluationTime::Midpoint => t!("labels.evaluation_time.midpoint"),
        EvaluationTime::After => t!("labels.evaluation_time.after"),
        EvaluationTime::FollowUp => t!("labels.evaluation_time.follow_up"),
    }
}
