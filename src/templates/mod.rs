//! Built-in starting programmes: the reference learning trajectory and two
//! smaller variants. Data in code, dated from a start the caller chooses, and
//! held to the same checks as an imported file.

use crate::model::*;

/// A way to start a new programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Template {
    Blank,
    Reference,
    StudyVisit,
    Showcase,
}

impl Template {
    pub const ALL: [Template; 4] = [
        Template::Blank,
        Template::Reference,
        Template::StudyVisit,
        Template::Showcase,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Template::Blank => "Blank programme",
            Template::Reference => "Reference learning trajectory",
            Template::StudyVisit => "Short study visit",
            Template::Showcase => "Showcase preparation",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Template::Blank => "Start from nothing and build every part yourself.",
            Template::Reference => {
                "Ten phases from the call to the follow-up, with typical contents, experts, criteria, budget and evaluation."
            }
            Template::StudyVisit => {
                "Six places, a few weeks of preparation, a study visit abroad and a follow-up."
            }
            Template::Showcase => {
                "Eight places, coaching towards a fair or showcase, meetings with programmers and a follow-up."
            }
        }
    }

    /// The programme, stamped `now`, its phases dated from `start`.
    pub fn build(self, now: &str, start: Date) -> Draft {
        match self {
            Template::Blank => Draft::blank(now),
            Template::Reference => reference(now, start),
            Template::StudyVisit => study_visit(now, start),
            Template::Showcase => showcase(now, start),
        }
    }
}

fn week(start: Date, weeks: i64) -> Date {
    Date(start.0 + chrono::Duration::weeks(weeks))
}

fn day_before(d: Date) -> Date {
    Date(d.0.pred_opt().unwrap_or(d.0))
}

fn hours(h: u64) -> Option<Decimal2> {
    Some(Decimal2::whole(h))
}

/// Builds a draft piece by piece, keeping ids to link parts together.
struct Builder {
    d: Draft,
    start: Date,
}

impl Builder {
    fn new(now: &str, start: Date, title: &str, tagline: &str, places: u32) -> Self {
        let mut d = Draft::blank(now);
        d.overview.title = title.into();
        d.overview.tagline = tagline.into();
        d.overview.places = Some(places);
        d.overview.start = Some(start);
        d.overview.target_group.profiles = Some(Profiles::Both);
        d.overview.target_group.career_stage = "Emerging to mid-career".into();
        Builder { d, start }
    }

    #[allow(clippy::too_many_arguments)]
    fn phase(
        &mut self,
        kind: PhaseKind,
        title: &str,
        mode: Mode,
        from_week: i64,
        to_week: i64,
        h: u64,
        objectives: &str,
        activities: &str,
        outputs: &str,
    ) -> Id {
        let p = Phase {
            kind,
            title: title.into(),
            mode: Some(mode),
            start: Some(week(self.start, from_week)),
            end: Some(day_before(week(self.start, to_week))),
            hours: hours(h),
            objectives: objectives.into(),
            activities: activities.into(),
            outputs: outputs.into(),
            responsible: "Programme manager".into(),
            ..Phase::default()
        };
        let id = p.id;
        self.d.phases.push(p);
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn content(
        &mut self,
        title: &str,
        description: &str,
        requirement: Requirement,
        scope: Scope,
        delivery: Delivery,
        format: ContentFormat,
        h: u64,
        phases: &[Id],
        experts: &[Id],
    ) {
        self.d.contents.push(MentorshipContent {
            title: title.into(),
            description: description.into(),
            requirement,
            scope,
            delivery,
            format: Some(format),
            hours: hours(h),
            phase_ids: phases.to_vec(),
            expert_ids: experts.to_vec(),
            ..MentorshipContent::default()
        });
    }

    fn person(&mut self, role: PersonRole, name: &str, expertise: &str, fee: i64, days: u64) -> Id {
        let p = Person {
            role,
            name: name.into(),
            expertise: expertise.into(),
            fee_per_day: Money(fee),
            days: if days > 0 {
                Some(Decimal2::whole(days))
            } else {
                None
            },
            ..Person::default()
        };
        let id = p.id;
        self.d.people.push(p);
        id
    }

    fn link_expert(&mut self, phase: Id, expert: Id) {
        if let Some(p) = self.d.phase_mut(phase) {
            p.expert_ids.push(expert);
        }
        if let Some(e) = self.d.person_mut(expert) {
            e.phase_ids.push(phase);
        }
    }

    fn criterion(&mut self, name: &str, description: &str, weight: u32) {
        self.d.selection.criteria.push(SelectionCriterion {
            name: name.into(),
            description: description.into(),
            weight,
            ..SelectionCriterion::default()
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn line(
        &mut self,
        category: BudgetCategory,
        label: &str,
        unit: &str,
        unit_cost: i64,
        quantity: u64,
        funding: Funding,
        phase: Option<Id>,
    ) {
        self.d.budget.push(BudgetLine {
            category,
            label: label.into(),
            unit: unit.into(),
            unit_cost: Money(unit_cost),
            quantity: Decimal2::whole(quantity),
            funding,
            phase_id: phase,
            ..BudgetLine::default()
        });
    }

    fn milestone(&mut self, kind: MilestoneKind, label: &str, at_week: i64) {
        self.d.milestones.push(Milestone {
            kind,
            label: label.into(),
            date: Some(week(self.start, at_week)),
            ..Milestone::default()
        });
    }

    fn indicator(
        &mut self,
        measure: &str,
        method: EvaluationMethod,
        when: EvaluationTime,
        target: &str,
    ) {
        self.d.evaluation.push(EvaluationIndicator {
            measure: measure.into(),
            method: Some(method),
            when: Some(when),
            target: target.into(),
            owner: "Programme manager".into(),
            ..EvaluationIndicator::default()
        });
    }

    fn communicate(
        &mut self,
        channel: &str,
        audience: &str,
        message: &str,
        phase: Option<Id>,
        indicator: &str,
    ) {
        self.d.communication.push(CommunicationAction {
            channel: channel.into(),
            audience: audience.into(),
            message: message.into(),
            phase_id: phase,
            owner: "Communication officer".into(),
            indicator: indicator.into(),
            ..CommunicationAction::default()
        });
    }

    fn common_selection(&mut self, deadline_week: i64, results_week: i64) {
        let s = &mut self.d.selection;
        s.eligibility = vec![
            "Lives and works in one of the eligible countries".into(),
            "Has presented at least two professional works or projects".into(),
            "Can take part in every mandatory session".into(),
        ];
        s.committee = vec![
            "Programme manager (chair, no vote)".into(),
            "One representative of each partner".into(),
            "One independent artist or professional from the field".into(),
        ];
        s.conflict_of_interest = "Members declare any personal or professional link with an applicant before scoring and do not score that applicant.".into();
        s.steps = vec![
            "Eligibility check by staff".into(),
            "Each application scored by two committee members".into(),
            "Committee meeting to agree the ranking".into(),
            "Results and feedback sent to every applicant".into(),
        ];
        s.materials = vec![
            "Short CV or biography".into(),
            "Portfolio or links to recent work".into(),
            "Motivation letter (one page): what you want to achieve abroad".into(),
        ];
        s.deadline = Some(week(self.start, deadline_week));
        s.results_date = Some(week(self.start, results_week));
        s.feedback = Feedback {
            offered: Some(true),
            how: "A short written note on each criterion, sent with the results.".into(),
            ..Feedback::default()
        };
        let c = &mut self.d.call;
        c.accessibility = "Venues are step-free. Tell us about any access need (interpretation, captioning, care responsibilities, travel assistance): the costs are covered.".into();
        c.data_protection = "Applications are used only for this selection, seen only by staff and the committee, and deleted twelve months after the results.".into();
        c.commitments = "Take part in every mandatory session, share your progress with the group, and answer the evaluation surveys, including the one six months after the end.".into();
    }

    fn finish(mut self, end_week: i64) -> Draft {
        self.d.overview.end = Some(week(self.start, end_week));
        self.d
    }
}

fn reference(now: &str, start: Date) -> Draft {
    use BudgetCategory as B;
    use ContentFormat as F;
    use Delivery as Dl;
    use Mode::*;
    use PhaseKind as K;
    use Requirement::*;
    use Scope::*;

    let mut b = Builder::new(
        now,
        start,
        "International learning trajectory",
        "A year of mentoring to take your work abroad",
        12,
    );
    b.d.overview.goals = vec![
        Goal::ExploratoryTrip,
        Goal::CoCreation,
        Goal::FairOrShowcase,
        Goal::InternationalDistribution,
        Goal::Networking,
    ];
    b.d.overview.target_group.disciplines = vec![
        "Performing arts".into(),
        "Visual arts".into(),
        "Music".into(),
    ];
    b.d.overview.target_group.working_languages = vec!["English".into()];
    b.d.overview.objectives = "By the end, each participant has an international plan of their own, has met programmers and partners abroad, and has a first concrete opportunity under way (a residency, a co-production, a showcase or a tour).".into();

    let call = b.phase(
        K::CallForParticipation,
        "Call for participation",
        Remote,
        0,
        6,
        0,
        "Reach a wide and diverse pool of applicants.",
        "Publish the call; two online information sessions.",
        "Applications",
    );
    b.phase(
        K::Selection,
        "Selection",
        Hybrid,
        6,
        9,
        1,
        "Choose participants fairly and transparently.",
        "Scoring, committee meeting, short interviews.",
        "Ranking; feedback to every applicant",
    );
    let diagnostic = b.phase(
        K::InitialDiagnostic,
        "Initial diagnostic",
        FaceToFace,
        10,
        11,
        6,
        "Understand where each participant stands and what they need.",
        "Self-assessment, one-to-one interview, group introduction.",
        "A personal internationalisation plan",
    );
    let collective = b.phase(
        K::CollectiveMentoring,
        "Collective mentoring",
        Hybrid,
        11,
        21,
        24,
        "Share the knowledge every participant needs.",
        "Monthly workshops and group sessions.",
        "Shared toolkit",
    );
    let individual = b.phase(
        K::IndividualMentoring,
        "Individual mentoring",
        Remote,
        11,
        31,
        10,
        "Work on each participant's own plan.",
        "One-to-one sessions with a mentor.",
        "Updated plans",
    );
    let remote = b.phase(
        K::RemoteWork,
        "Remote work",
        Remote,
        21,
        31,
        20,
        "Prepare contacts and materials between sessions.",
        "Peer circles, online talks, assignments.",
        "Pitch pack and contact list",
    );
    let f2f = b.phase(
        K::FaceToFaceWork,
        "Face-to-face work",
        FaceToFace,
        31,
        32,
        16,
        "Rehearse pitches and meetings with feedback.",
        "Two-day intensive with experts.",
        "Pitch ready for the visit",
    );
    let mobility = b.phase(
        K::Mobility,
        "Study visit abroad",
        FaceToFace,
        34,
        35,
        40,
        "Meet programmers, venues and partners in their own context.",
        "Visits, showcases, one-to-one meetings.",
        "Meetings report and follow-up list",
    );
    let evaluation = b.phase(
        K::Evaluation,
        "Evaluation",
        Hybrid,
        38,
        40,
        3,
        "Learn what worked, for participants and for the next edition.",
        "Exit survey, group debrief, self-assessment.",
        "Evaluation report",
    );
    b.phase(
        K::FollowUp,
        "Follow-up",
        Remote,
        40,
        66,
        4,
        "Support the opportunities started during the programme.",
        "Check-ins at three and six months.",
        "Follow-up survey",
    );

    let market = b.person(
        PersonRole::Expert,
        "Touring and distribution expert",
        "International touring, co-production, markets",
        45_000,
        3,
    );
    let legal = b.person(
        PersonRole::Expert,
        "Legal and tax adviser",
        "Contracts, tax and social security for work abroad",
        40_000,
        1,
    );
    let mentors = b.person(
        PersonRole::Expert,
        "Mentor pool",
        "Experienced artists and managers working internationally",
        35_000,
        12,
    );
    let host = b.person(
        PersonRole::Expert,
        "Study visit host",
        "Organises the visit programme in the host country",
        30_000,
        5,
    );
    let programmers = b.person(
        PersonRole::EndUser,
        "Festival programmers",
        "Programmers met during the study visit",
        0,
        0,
    );
    let venues = b.person(
        PersonRole::EndUser,
        "Venues and presenters",
        "Venues open to international work",
        0,
        0,
    );
    b.link_expert(collective, market);
    b.link_expert(remote, legal);
    b.link_expert(individual, mentors);
    b.link_expert(mobility, host);
    b.link_expert(mobility, programmers);
    b.link_expert(mobility, venues);

    b.content(
        "International market landscape",
        "Who presents what, where, and how to approach them.",
        Mandatory,
        Transversal,
        Dl::ExternalExpert,
        F::Workshop,
        6,
        &[collective],
        &[market],
    );
    b.content(
        "Pitching and presenting your work",
        "A clear, short presentation of your work for programmers.",
        Mandatory,
        Transversal,
        Dl::Staff,
        F::Workshop,
        6,
        &[collective, f2f],
        &[],
    );
    b.content(
        "Contracts, fees and tax abroad",
        "What to check before you sign.",
        Mandatory,
        Transversal,
        Dl::ExternalExpert,
        F::Webinar,
        3,
        &[remote],
        &[legal],
    );
    b.content(
        "Personal internationalisation plan",
        "Goals, targets and steps for each participant.",
        Mandatory,
        TailorMade,
        Dl::Staff,
        F::OneToOne,
        4,
        &[diagnostic, individual],
        &[],
    );
    b.content(
        "Mentor sessions",
        "One-to-one sessions with a mentor matched to your plan.",
        Optional,
        TailorMade,
        Dl::ExternalExpert,
        F::OneToOne,
        6,
        &[individual],
        &[mentors],
    );
    b.content(
        "Peer learning circle",
        "Participants share progress and contacts.",
        Optional,
        Transversal,
        Dl::Peer,
        F::GroupSession,
        6,
        &[remote],
        &[],
    );
    b.content(
        "Study visit programme",
        "Visits, showcases and meetings abroad.",
        Mandatory,
        Transversal,
        Dl::ExternalExpert,
        F::StudyVisit,
        40,
        &[mobility],
        &[host],
    );
    b.content(
        "Resource pack",
        "Guides, templates and contact lists.",
        Optional,
        Transversal,
        Dl::SelfStudy,
        F::Resource,
        5,
        &[remote],
        &[],
    );

    b.criterion(
        "Artistic or professional quality",
        "Strength and originality of the work so far.",
        30,
    );
    b.criterion(
        "International potential",
        "How ready the work is to travel, and to which audiences.",
        30,
    );
    b.criterion(
        "Motivation and readiness",
        "Clear goals and time to take part.",
        25,
    );
    b.criterion(
        "Contribution to the group",
        "What the applicant brings to the others; diversity of the group.",
        15,
    );
    b.common_selection(6, 9);

    b.line(
        B::Staff,
        "Programme coordination",
        "month",
        250_000,
        12,
        Funding::Grant,
        None,
    );
    b.line(
        B::ExpertFees,
        "Touring and distribution expert",
        "day",
        45_000,
        3,
        Funding::Grant,
        Some(collective),
    );
    b.line(
        B::ExpertFees,
        "Legal and tax adviser",
        "day",
        40_000,
        1,
        Funding::Grant,
        Some(remote),
    );
    b.line(
        B::ExpertFees,
        "Mentor pool",
        "day",
        35_000,
        12,
        Funding::Grant,
        Some(individual),
    );
    b.line(
        B::ExpertFees,
        "Study visit host",
        "day",
        30_000,
        5,
        Funding::Partner,
        Some(mobility),
    );
    b.line(
        B::Travel,
        "Return travel to the study visit",
        "participant",
        28_000,
        12,
        Funding::Grant,
        Some(mobility),
    );
    b.line(
        B::Accommodation,
        "Hotel during the study visit",
        "night",
        9_500,
        48,
        Funding::Grant,
        Some(mobility),
    );
    b.line(
        B::Subsistence,
        "Per diems during the study visit",
        "day",
        5_500,
        60,
        Funding::Grant,
        Some(mobility),
    );
    b.line(
        B::Venue,
        "Rooms for workshops and the intensive",
        "day",
        60_000,
        4,
        Funding::InKind,
        None,
    );
    b.line(
        B::Communication,
        "Call promotion and final publication",
        "lump sum",
        150_000,
        1,
        Funding::OwnFunds,
        Some(call),
    );
    b.line(
        B::Evaluation,
        "Surveys and evaluation report",
        "lump sum",
        200_000,
        1,
        Funding::Grant,
        Some(evaluation),
    );
    b.line(
        B::Materials,
        "Resource pack and printing",
        "lump sum",
        50_000,
        1,
        Funding::OwnFunds,
        None,
    );
    b.line(
        B::Overheads,
        "Overheads",
        "lump sum",
        300_000,
        1,
        Funding::OwnFunds,
        None,
    );

    b.milestone(MilestoneKind::CallOpens, "Call opens", 0);
    b.milestone(MilestoneKind::Deadline, "Application deadline", 6);
    b.milestone(MilestoneKind::Results, "Results announced", 9);
    b.milestone(MilestoneKind::KickOff, "Kick-off", 10);
    b.milestone(MilestoneKind::FinalEvent, "Final sharing event", 39);

    b.communicate(
        "Newsletter and social media",
        "Artists and professionals in the eligible countries",
        "The call is open: who can apply and how.",
        Some(call),
        "Number of applications",
    );
    b.communicate(
        "Partners' networks",
        "Members of partner organisations",
        "The call, relayed by each partner.",
        Some(call),
        "Share of applications via partners",
    );
    b.communicate(
        "Public report and final event",
        "Funders, sector and the public",
        "What participants achieved abroad.",
        Some(evaluation),
        "Attendance and downloads",
    );

    b.indicator(
        "Confidence to work internationally (self-assessed, 1–5)",
        EvaluationMethod::SelfAssessment,
        EvaluationTime::Before,
        "Baseline for every participant",
    );
    b.indicator(
        "Progress on the personal plan",
        EvaluationMethod::Interview,
        EvaluationTime::Midpoint,
        "Every participant checked in",
    );
    b.indicator(
        "Satisfaction and usefulness of each content",
        EvaluationMethod::Survey,
        EvaluationTime::After,
        "80% rate it useful or very useful",
    );
    b.indicator(
        "Confidence to work internationally (self-assessed, 1–5)",
        EvaluationMethod::SelfAssessment,
        EvaluationTime::After,
        "+1 point on average",
    );
    b.indicator(
        "Opportunities abroad started or confirmed",
        EvaluationMethod::Survey,
        EvaluationTime::FollowUp,
        "Half of participants, six months after",
    );
    b.finish(66)
}

fn study_visit(now: &str, start: Date) -> Draft {
    use Mode::*;
    use PhaseKind as K;
    let mut b = Builder::new(
        now,
        start,
        "Study visit abroad",
        "Discover a scene abroad with peers",
        6,
    );
    b.d.overview.goals = vec![Goal::ExploratoryTrip, Goal::Networking];
    b.d.overview.objectives = "Participants discover a foreign scene, meet its programmers and bring back contacts to follow up.".into();
    let call = b.phase(
        K::CallForParticipation,
        "Call for participation",
        Remote,
        0,
        4,
        0,
        "",
        "Publish the call.",
        "Applications",
    );
    b.phase(
        K::Selection,
        "Selection",
        Remote,
        4,
        6,
        1,
        "",
        "Scoring and committee.",
        "Six participants",
    );
    let prep = b.phase(
        K::CollectiveMentoring,
        "Preparation sessions",
        Remote,
        7,
        10,
        6,
        "Arrive prepared.",
        "Three online sessions on the host scene.",
        "Meeting list",
    );
    let visit = b.phase(
        K::Mobility,
        "Study visit",
        FaceToFace,
        11,
        12,
        32,
        "Meet the scene.",
        "Visits and meetings.",
        "Visit report",
    );
    b.phase(
        K::Evaluation,
        "Evaluation",
        Remote,
        13,
        14,
        1,
        "",
        "Exit survey.",
        "Report",
    );
    b.phase(
        K::FollowUp,
        "Follow-up",
        Remote,
        14,
        38,
        2,
        "",
        "Check-in after six months.",
        "Follow-up survey",
    );
    let host = b.person(
        PersonRole::Expert,
        "Study visit host",
        "Knows the host scene",
        30_000,
        4,
    );
    b.link_expert(visit, host);
    b.content(
        "Host scene briefing",
        "Who is who in the host country.",
        Requirement::Mandatory,
        Scope::Transversal,
        Delivery::ExternalExpert,
        ContentFormat::Webinar,
        2,
        &[prep],
        &[host],
    );
    b.content(
        "Meeting preparation",
        "Your goals and targets for the visit.",
        Requirement::Mandatory,
        Scope::TailorMade,
        Delivery::Staff,
        ContentFormat::OneToOne,
        1,
        &[prep],
        &[],
    );
    b.content(
        "Study visit programme",
        "Visits, performances and meetings.",
        Requirement::Mandatory,
        Scope::Transversal,
        Delivery::ExternalExpert,
        ContentFormat::StudyVisit,
        32,
        &[visit],
        &[host],
    );
    b.criterion("Relevance of the visit to your work", "", 40);
    b.criterion("Motivation", "", 30);
    b.criterion("Capacity to follow up", "", 30);
    b.common_selection(4, 6);
    b.line(
        BudgetCategory::ExpertFees,
        "Study visit host",
        "day",
        30_000,
        4,
        Funding::Grant,
        Some(visit),
    );
    b.line(
        BudgetCategory::Travel,
        "Return travel",
        "participant",
        25_000,
        6,
        Funding::Grant,
        Some(visit),
    );
    b.line(
        BudgetCategory::Accommodation,
        "Hotel",
        "night",
        9_000,
        24,
        Funding::Grant,
        Some(visit),
    );
    b.line(
        BudgetCategory::Subsistence,
        "Per diems",
        "day",
        5_500,
        30,
        Funding::Grant,
        Some(visit),
    );
    b.line(
        BudgetCategory::Communication,
        "Call promotion",
        "lump sum",
        40_000,
        1,
        Funding::OwnFunds,
        Some(call),
    );
    b.milestone(MilestoneKind::CallOpens, "Call opens", 0);
    b.milestone(MilestoneKind::Deadline, "Application deadline", 4);
    b.milestone(MilestoneKind::Results, "Results announced", 6);
    b.indicator(
        "Useful contacts made",
        EvaluationMethod::Survey,
        EvaluationTime::After,
        "Five per participant",
    );
    b.indicator(
        "Follow-up projects started",
        EvaluationMethod::Survey,
        EvaluationTime::FollowUp,
        "Two in the group",
    );
    b.communicate(
        "Newsletter",
        "Artists and professionals",
        "The call is open.",
        Some(call),
        "Applications",
    );
    b.finish(38)
}

fn showcase(now: &str, start: Date) -> Draft {
    use Mode::*;
    use PhaseKind as K;
    let mut b = Builder::new(
        now,
        start,
        "Showcase preparation",
        "Get ready to present your work at a fair or showcase",
        8,
    );
    b.d.overview.goals = vec![Goal::FairOrShowcase, Goal::InternationalDistribution];
    b.d.overview.objectives = "Participants present their work at an international fair or showcase and leave with qualified contacts.".into();
    let call = b.phase(
        K::CallForParticipation,
        "Call for participation",
        Remote,
        0,
        5,
        0,
        "",
        "Publish the call.",
        "Applications",
    );
    b.phase(
        K::Selection,
        "Selection",
        Hybrid,
        5,
        7,
        1,
        "",
        "Scoring and interviews.",
        "Eight participants",
    );
    let diag = b.phase(
        K::InitialDiagnostic,
        "Initial diagnostic",
        Remote,
        8,
        9,
        2,
        "",
        "One-to-one interview.",
        "Showcase goals",
    );
    let coaching = b.phase(
        K::IndividualMentoring,
        "Pitch and materials coaching",
        Remote,
        9,
        16,
        8,
        "",
        "Coaching on pitch, materials and targets.",
        "Pitch and press kit",
    );
    let rehearsal = b.phase(
        K::FaceToFaceWork,
        "Pitch rehearsal",
        FaceToFace,
        17,
        18,
        8,
        "",
        "Rehearsal day with programmers' feedback.",
        "Final pitch",
    );
    let fair = b.phase(
        K::FairOrShowcase,
        "Fair or showcase",
        FaceToFace,
        20,
        21,
        24,
        "",
        "Present, meet, follow up.",
        "Contact list",
    );
    b.phase(
        K::FollowUp,
        "Follow-up",
        Remote,
        22,
        46,
        2,
        "",
        "Check-ins after three and six months.",
        "Follow-up survey",
    );
    let coach = b.person(
        PersonRole::Expert,
        "Pitch coach",
        "Presenting work to programmers",
        40_000,
        4,
    );
    let buyers = b.person(
        PersonRole::EndUser,
        "Programmers and buyers",
        "Met at the fair",
        0,
        0,
    );
    b.link_expert(coaching, coach);
    b.link_expert(rehearsal, coach);
    b.link_expert(fair, buyers);
    b.content(
        "Pitch coaching",
        "Your pitch, tested and refined.",
        Requirement::Mandatory,
        Scope::TailorMade,
        Delivery::ExternalExpert,
        ContentFormat::OneToOne,
        4,
        &[coaching],
        &[coach],
    );
    b.content(
        "Press kit and materials",
        "What programmers need from you.",
        Requirement::Mandatory,
        Scope::Transversal,
        Delivery::Staff,
        ContentFormat::Workshop,
        4,
        &[coaching],
        &[],
    );
    b.content(
        "Target list",
        "Who to meet at the fair and why.",
        Requirement::Optional,
        Scope::TailorMade,
        Delivery::Staff,
        ContentFormat::OneToOne,
        2,
        &[diag, coaching],
        &[],
    );
    b.content(
        "Rehearsal with feedback",
        "Pitch in front of programmers.",
        Requirement::Mandatory,
        Scope::Transversal,
        Delivery::ExternalExpert,
        ContentFormat::GroupSession,
        8,
        &[rehearsal],
        &[coach],
    );
    b.criterion("Readiness of the work for the market", "", 40);
    b.criterion("Fit with the fair's audience", "", 35);
    b.criterion("Motivation", "", 25);
    b.common_selection(5, 7);
    b.line(
        BudgetCategory::ExpertFees,
        "Pitch coach",
        "day",
        40_000,
        4,
        Funding::Grant,
        Some(coaching),
    );
    b.line(
        BudgetCategory::Venue,
        "Stand at the fair",
        "stand",
        350_000,
        1,
        Funding::Sponsor,
        Some(fair),
    );
    b.line(
        BudgetCategory::Travel,
        "Travel to the fair",
        "participant",
        30_000,
        8,
        Funding::Grant,
        Some(fair),
    );
    b.line(
        BudgetCategory::Accommodation,
        "Hotel at the fair",
        "night",
        12_000,
        24,
        Funding::Grant,
        Some(fair),
    );
    b.line(
        BudgetCategory::Communication,
        "Call promotion",
        "lump sum",
        50_000,
        1,
        Funding::OwnFunds,
        Some(call),
    );
    b.milestone(MilestoneKind::CallOpens, "Call opens", 0);
    b.milestone(MilestoneKind::Deadline, "Application deadline", 5);
    b.milestone(MilestoneKind::Results, "Results announced", 7);
    b.milestone(MilestoneKind::FinalEvent, "The fair", 20);
    b.indicator(
        "Qualified contacts at the fair",
        EvaluationMethod::Survey,
        EvaluationTime::After,
        "Ten per participant",
    );
    b.indicator(
        "Bookings or deals",
        EvaluationMethod::Survey,
        EvaluationTime::FollowUp,
        "Three in the group",
    );
    b.communicate(
        "Sector newsletters",
        "Artists ready for the market",
        "The call is open.",
        Some(call),
        "Applications",
    );
    b.finish(46)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format;

    fn start() -> Date {
        Date::ymd(2027, 1, 4).unwrap()
    }

    #[test]
    fn every_template_passes_the_import_checks() {
        for t in Template::ALL {
            let d = t.build("2026-11-28T10:00:00Z", start());
            let file = format::to_file(std::slice::from_ref(&d), "2026-11-28T10:00:00Z");
            let back = format::parse_file(file.as_bytes()).unwrap_or_else(|e| panic!("{t:?}: {e}"));
            assert_eq!(back.drafts[0], d, "{t:?}");
        }
    }

    #[test]
    fn the_reference_trajectory_has_the_ten_phases_in_order() {
        use PhaseKind::*;
        let d = Template::Reference.build("t", start());
        let kinds: Vec<PhaseKind> = d.phases.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                CallForParticipation,
                Selection,
                InitialDiagnostic,
                CollectiveMentoring,
                IndividualMentoring,
                RemoteWork,
                FaceToFaceWork,
                Mobility,
                Evaluation,
                FollowUp
            ]
        );
        assert_eq!(
            d.selection.criteria.iter().map(|c| c.weight).sum::<u32>(),
            100
        );
        assert!(d.contents.len() >= 6);
        assert!(d.people.iter().any(|p| p.role == PersonRole::Expert));
        assert!(
            d.budget
                .iter()
                .any(|l| l.category == BudgetCategory::ExpertFees)
        );
        assert!(d.evaluation.len() >= 4);
        // Every phase lies within the programme's dates.
        for p in &d.phases {
            assert!(d.phase_date_problems(p).is_empty(), "{}", p.title);
        }
    }

    #[test]
    fn smaller_variants_are_smaller_and_blank_is_blank() {
        let reference = Template::Reference.build("t", start());
        for t in [Template::StudyVisit, Template::Showcase] {
            let d = t.build("t", start());
            assert!(d.phases.len() < reference.phases.len(), "{t:?}");
            assert_eq!(
                d.selection.criteria.iter().map(|c| c.weight).sum::<u32>(),
                100
            );
            for p in &d.phases {
                assert!(d.phase_date_problems(p).is_empty(), "{t:?} {}", p.title);
            }
        }
        let blank = Template::Blank.build("t", start());
        assert!(blank.phases.is_empty() && blank.overview.title.is_empty());
    }
}
