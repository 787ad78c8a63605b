//! Every fixed word and sentence of a call, in English and French.
//!
//! The texts live in the app's translation files, `locales/call.json`, under
//! keys `call.<phrase>`, each with its English and French text. Every language
//! is read from the files once, into a [`Phrases`] table that the generator
//! then uses without further lookups. Placeholders are written `{name}` and
//! filled by [`fill`]; both languages of a phrase use the same placeholders.
//!
//! French follows its own typography: a no-break space before `:` and `%`,
//! a narrow no-break space before `?`, guillemets « » around titles, and
//! epicene wording (« les personnes participantes ») where a noun would
//! otherwise take a gender.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::model::{
    BudgetCategory, ContentFormat, Decimal2, Delivery, Goal, Lang, Mode, OrganisationKind,
    PhaseKind,
};
use crate::text::{decimal, fill, singular};

/// Declares the phrases, one `field: t!(<literal key>);` each, and reads them from
/// the translation files (the literal keys are what the i18n tests look for).
macro_rules! phrases {
    ($($key:ident: t!($lit:literal);)*) => {
        /// The fixed texts of one language.
        pub struct Phrases {
            $(pub $key: &'static str,)*
        }

        /// Every phrase of the language `locale`, read from the files.
        fn load(locale: &str) -> Phrases {
            Phrases { $($key: leak(rust_i18n::t!($lit, locale = locale)),)* }
        }

        /// Every phrase as (key, English, French), for checks over the whole table.
        #[cfg(test)]
        pub static ALL: std::sync::LazyLock<Vec<(&str, &str, &str)>> =
            std::sync::LazyLock::new(|| {
                let (en, fr) = (phrases(Lang::En), phrases(Lang::Fr));
                vec![$((stringify!($key), en.$key, fr.$key),)*]
            });

        /// The translation keys of the table.
        #[cfg(test)]
        const KEYS: &[&str] = &[$($lit,)*];
    };
}

/// A text that lives as long as the program (phrases are read once per language).
fn leak(text: Cow<'static, str>) -> &'static str {
    match text {
        Cow::Borrowed(text) => text,
        Cow::Owned(text) => text.leak(),
    }
}

phrases! {
    lang_code: t!("call.lang_code");
    call_title: t!("call.call_title");
    untitled: t!("call.untitled");

    section_introduction: t!("call.section_introduction");
    section_who_can_apply: t!("call.section_who_can_apply");
    section_what_we_offer: t!("call.section_what_we_offer");
    section_structure_and_dates: t!("call.section_structure_and_dates");
    section_costs: t!("call.section_costs");
    section_commitments: t!("call.section_commitments");
    section_selection: t!("call.section_selection");
    section_how_to_apply: t!("call.section_how_to_apply");
    section_deadline: t!("call.section_deadline");
    section_accessibility: t!("call.section_accessibility");
    section_data_protection: t!("call.section_data_protection");
    section_contact: t!("call.section_contact");

    and: t!("call.and");
    label_value: t!("call.label_value");
    to_be_announced: t!("call.to_be_announced");

    organiser_in_country: t!("call.organiser_in_country");
    intro_organised_titled: t!("call.intro_organised_titled");
    intro_organised: t!("call.intro_organised");
    intro_partnership: t!("call.intro_partnership");
    programme: t!("call.programme");
    programme_again: t!("call.programme_again");
    intro_runs: t!("call.intro_runs");
    intro_starts: t!("call.intro_starts");
    intro_ends: t!("call.intro_ends");
    intro_dates_and_places: t!("call.intro_dates_and_places");
    intro_dates: t!("call.intro_dates");
    intro_places: t!("call.intro_places");
    places_one: t!("call.places_one");
    places_many: t!("call.places_many");
    intro_goals: t!("call.intro_goals");
    goal_exploratory_trip: t!("call.goal_exploratory_trip");
    goal_co_creation: t!("call.goal_co_creation");
    goal_fair_or_showcase: t!("call.goal_fair_or_showcase");
    goal_international_distribution: t!("call.goal_international_distribution");
    goal_networking: t!("call.goal_networking");

    profiles_artists: t!("call.profiles_artists");
    profiles_professionals: t!("call.profiles_professionals");
    profiles_both: t!("call.profiles_both");
    who_individuals: t!("call.who_individuals");
    who_organisations: t!("call.who_organisations");
    who_organisations_kinds: t!("call.who_organisations_kinds");
    who_organisations_too: t!("call.who_organisations_too");
    who_organisations_too_kinds: t!("call.who_organisations_too_kinds");
    who_organisations_based: t!("call.who_organisations_based");
    kind_ngo: t!("call.kind_ngo");
    kind_venue: t!("call.kind_venue");
    kind_festival: t!("call.kind_festival");
    kind_collective: t!("call.kind_collective");
    kind_company: t!("call.kind_company");
    kind_public_body: t!("call.kind_public_body");
    kind_network: t!("call.kind_network");
    age_between: t!("call.age_between");
    age_exactly: t!("call.age_exactly");
    age_at_least: t!("call.age_at_least");
    age_at_most: t!("call.age_at_most");
    age_on: t!("call.age_on");
    age_on_deadline: t!("call.age_on_deadline");
    fact_disciplines: t!("call.fact_disciplines");
    fact_career_stage: t!("call.fact_career_stage");
    fact_eligible_countries: t!("call.fact_eligible_countries");
    fact_working_languages: t!("call.fact_working_languages");
    fact_places: t!("call.fact_places");
    eligibility_lead: t!("call.eligibility_lead");

    contents_mandatory: t!("call.contents_mandatory");
    contents_mandatory_hours: t!("call.contents_mandatory_hours");
    contents_optional: t!("call.contents_optional");
    contents_optional_hours: t!("call.contents_optional_hours");
    format_workshop: t!("call.format_workshop");
    format_one_to_one: t!("call.format_one_to_one");
    format_group_session: t!("call.format_group_session");
    format_webinar: t!("call.format_webinar");
    format_study_visit: t!("call.format_study_visit");
    format_resource: t!("call.format_resource");
    delivery_staff: t!("call.delivery_staff");
    delivery_external_expert: t!("call.delivery_external_expert");
    delivery_peer: t!("call.delivery_peer");
    delivery_self_study: t!("call.delivery_self_study");
    scope_tailor_made: t!("call.scope_tailor_made");
    hours_one: t!("call.hours_one");
    hours_many: t!("call.hours_many");
    experts_lead: t!("call.experts_lead");
    end_users_lead: t!("call.end_users_lead");

    mode_remote: t!("call.mode_remote");
    mode_face_to_face: t!("call.mode_face_to_face");
    mode_hybrid: t!("call.mode_hybrid");
    phase_call_for_participation: t!("call.phase_call_for_participation");
    phase_selection: t!("call.phase_selection");
    phase_initial_diagnostic: t!("call.phase_initial_diagnostic");
    phase_collective_mentoring: t!("call.phase_collective_mentoring");
    phase_individual_mentoring: t!("call.phase_individual_mentoring");
    phase_remote_work: t!("call.phase_remote_work");
    phase_face_to_face_work: t!("call.phase_face_to_face_work");
    phase_mobility: t!("call.phase_mobility");
    phase_fair_or_showcase: t!("call.phase_fair_or_showcase");
    phase_evaluation: t!("call.phase_evaluation");
    phase_follow_up: t!("call.phase_follow_up");
    phase_custom: t!("call.phase_custom");
    total_hours: t!("call.total_hours");

    costs_covered_lead: t!("call.costs_covered_lead");
    costs_paid_lead: t!("call.costs_paid_lead");
    amount_per_participant: t!("call.amount_per_participant");
    amount_for_group: t!("call.amount_for_group");
    amount_too_large: t!("call.amount_too_large");
    fee_none: t!("call.fee_none");
    fee_amount: t!("call.fee_amount");
    category_staff: t!("call.category_staff");
    category_expert_fees: t!("call.category_expert_fees");
    category_travel: t!("call.category_travel");
    category_accommodation: t!("call.category_accommodation");
    category_subsistence: t!("call.category_subsistence");
    category_venue: t!("call.category_venue");
    category_communication: t!("call.category_communication");
    category_evaluation: t!("call.category_evaluation");
    category_materials: t!("call.category_materials");
    category_overheads: t!("call.category_overheads");
    category_other: t!("call.category_other");

    criteria_lead: t!("call.criteria_lead");
    criterion_weight: t!("call.criterion_weight");
    criteria_to_be_announced: t!("call.criteria_to_be_announced");
    committee_lead: t!("call.committee_lead");
    conflict_of_interest: t!("call.conflict_of_interest");
    steps_lead: t!("call.steps_lead");
    feedback_offered: t!("call.feedback_offered");
    feedback_offered_how: t!("call.feedback_offered_how");
    feedback_not_offered: t!("call.feedback_not_offered");

    materials_lead: t!("call.materials_lead");

    fact_deadline: t!("call.fact_deadline");
    fact_results: t!("call.fact_results");

    contact_to_be_announced: t!("call.contact_to_be_announced");

}

/// The phrases of `lang`, read from the translation files the first time.
pub fn phrases(lang: Lang) -> &'static Phrases {
    static EN: OnceLock<Phrases> = OnceLock::new();
    static FR: OnceLock<Phrases> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| load("en")),
        Lang::Fr => FR.get_or_init(|| load("fr")),
    }
}

/// `items` as one phrase: `a, b and c` / `a, b et c`.
/// A kind of organisation, as the call names it in a list.
pub fn organisation_kind(k: OrganisationKind, lang: Lang) -> &'static str {
    let p = phrases(lang);
    match k {
        OrganisationKind::Ngo => p.kind_ngo,
        OrganisationKind::Venue => p.kind_venue,
        OrganisationKind::Festival => p.kind_festival,
        OrganisationKind::Collective => p.kind_collective,
        OrganisationKind::Company => p.kind_company,
        OrganisationKind::PublicBody => p.kind_public_body,
        OrganisationKind::Network => p.kind_network,
    }
}

pub fn join_and(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{}{last}", init.join(", "), phrases(lang).and),
    }
}

/// `label: value`, with the colon the language wants.
pub fn label_value(label: &str, value: &str, lang: Lang) -> String {
    fill(
        phrases(lang).label_value,
        &[("label", label), ("value", value)],
    )
}

/// `1 hour`, `6 hours`; in French the singular holds below two (`1,5 heure`).
pub fn hours(n: Decimal2, lang: Lang) -> String {
    let p = phrases(lang);
    let template = if singular(n, lang) {
        p.hours_one
    } else {
        p.hours_many
    };
    fill(template, &[("n", &decimal(n, lang))])
}

/// `1 place`, `12 places`.
pub fn places(n: u32, lang: Lang) -> String {
    let p = phrases(lang);
    if n == 1 {
        p.places_one.to_string()
    } else {
        fill(p.places_many, &[("n", &n.to_string())])
    }
}

/// What a goal lets a participant do, completing "helps participants to…".
/// `None` for [`Goal::Other`], which the programme describes in its own words.
pub fn goal(g: Goal, lang: Lang) -> Option<&'static str> {
    let p = phrases(lang);
    match g {
        Goal::ExploratoryTrip => Some(p.goal_exploratory_trip),
        Goal::CoCreation => Some(p.goal_co_creation),
        Goal::FairOrShowcase => Some(p.goal_fair_or_showcase),
        Goal::InternationalDistribution => Some(p.goal_international_distribution),
        Goal::Networking => Some(p.goal_networking),
        Goal::Other => None,
    }
}

/// How a phase is held, in lower case to follow a dash.
pub fn mode(m: Mode, lang: Lang) -> &'static str {
    let p = phrases(lang);
    match m {
        Mode::Remote => p.mode_remote,
        Mode::FaceToFace => p.mode_face_to_face,
        Mode::Hybrid => p.mode_hybrid,
    }
}

/// The name of a phase whose title is still blank.
pub fn phase_kind(k: PhaseKind, lang: Lang) -> &'static str {
    let p = phrases(lang);
    match k {
        PhaseKind::CallForParticipation => p.phase_call_for_participation,
        PhaseKind::Selection => p.phase_selection,
        PhaseKind::InitialDiagnostic => p.phase_initial_diagnostic,
        PhaseKind::CollectiveMentoring => p.phase_collective_mentoring,
        PhaseKind::IndividualMentoring => p.phase_individual_mentoring,
        PhaseKind::RemoteWork => p.phase_remote_work,
        PhaseKind::FaceToFaceWork => p.phase_face_to_face_work,
        PhaseKind::Mobility => p.phase_mobility,
        PhaseKind::FairOrShowcase => p.phase_fair_or_showcase,
        PhaseKind::Evaluation => p.phase_evaluation,
        PhaseKind::FollowUp => p.phase_follow_up,
        PhaseKind::Custom => p.phase_custom,
    }
}

/// The kind of session, in lower case.
pub fn content_format(f: ContentFormat, lang: Lang) -> &'static str {
    let p = phrases(lang);
    match f {
        ContentFormat::Workshop => p.format_workshop,
        ContentFormat::OneToOne => p.format_one_to_one,
        ContentFormat::GroupSession => p.format_group_session,
        ContentFormat::Webinar => p.format_webinar,
        ContentFormat::StudyVisit => p.format_study_visit,
        ContentFormat::Resource => p.format_resource,
    }
}

/// Who leads a content, as a phrase that can follow a comma.
pub fn delivery(d: Delivery, lang: Lang) -> &'static str {
    let p = phrases(lang);
    match d {
        Delivery::Staff => p.delivery_staff,
        Delivery::ExternalExpert => p.delivery_external_expert,
        Delivery::Peer => p.delivery_peer,
        Delivery::SelfStudy => p.delivery_self_study,
    }
}

/// The name of a budget line whose label is still blank.
pub fn budget_category(c: BudgetCategory, lang: Lang) -> &'static str {
    let p = phrases(lang);
    match c {
        BudgetCategory::Staff => p.category_staff,
        BudgetCategory::ExpertFees => p.category_expert_fees,
        BudgetCategory::Travel => p.category_travel,
        BudgetCategory::Accommodation => p.category_accommodation,
        BudgetCategory::Subsistence => p.category_subsistence,
        BudgetCategory::Venue => p.category_venue,
        BudgetCategory::Communication => p.category_communication,
        BudgetCategory::Evaluation => p.category_evaluation,
        BudgetCategory::Materials => p.category_materials,
        BudgetCategory::Overheads => p.category_overheads,
        BudgetCategory::Other => p.category_other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for (key, en, fr) in ALL.iter() {
            assert_eq!(placeholders(en), placeholders(fr), "{key}");
            assert!(!en.is_empty() && !fr.is_empty(), "{key}");
        }
    }

    #[test]
    fn every_phrase_is_read_from_the_translation_files() {
        // A key missing from the files would read as the key itself.
        for ((key, en, fr), file_key) in ALL.iter().zip(KEYS) {
            assert_eq!(*file_key, format!("call.{key}"));
            assert_ne!(en, file_key);
            assert_ne!(fr, file_key);
        }
        // And every text of `locales/call.json` has its place in the table.
        let file: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(include_str!("../../locales/call.json")).unwrap();
        let mut in_file: Vec<&str> = file
            .keys()
            .filter(|k| *k != "_version")
            .map(String::as_str)
            .collect();
        let mut in_table = KEYS.to_vec();
        in_file.sort_unstable();
        in_table.sort_unstable();
        assert_eq!(in_file, in_table);
    }

    #[test]
    fn fill_never_reads_placeholders_inside_values() {
        assert_eq!(
            fill("{a} and {b}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x"
        );
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
        assert_eq!(fill("no placeholder", &[("a", "x")]), "no placeholder");
    }

    #[test]
    fn hours_agree_in_number() {
        use Lang::*;
        assert_eq!(hours(Decimal2::whole(1), En), "1 hour");
        assert_eq!(hours(Decimal2(150), En), "1.5 hours");
        assert_eq!(hours(Decimal2(150), Fr), "1,5 heure");
        assert_eq!(hours(Decimal2::whole(2), Fr), "2 heures");
        assert_eq!(hours(Decimal2(0), En), "0 hours");
    }

    #[test]
    fn lists_join_with_the_language_conjunction() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&items(&[]), Lang::En), "");
        assert_eq!(join_and(&items(&["a"]), Lang::En), "a");
        assert_eq!(join_and(&items(&["a", "b", "c"]), Lang::En), "a, b and c");
        assert_eq!(join_and(&items(&["a", "b"]), Lang::Fr), "a et b");
    }
}
