//! Every fixed word and sentence of a call, in English and French.
//!
//! The phrases live in one table so they can move to shared translation files
//! later: each has a key, an English text and a French text. Placeholders are
//! written `{name}` and filled by [`fill`]; both languages of a phrase use the
//! same placeholders.
//!
//! French follows its own typography: a no-break space before `:` and `%`,
//! a narrow no-break space before `?`, guillemets « » around titles, and
//! epicene wording (« les personnes participantes ») where a noun would
//! otherwise take a gender.

use crate::model::{
    BudgetCategory, CallLanguage, ContentFormat, Date, Decimal2, Delivery, Goal, Mode, PhaseKind,
};
use chrono::Datelike;

macro_rules! phrases {
    ($($key:ident: $en:expr, $fr:expr;)*) => {
        /// The fixed texts of one language.
        pub struct Phrases {
            $(pub $key: &'static str,)*
        }

        /// English.
        pub const EN: Phrases = Phrases { $($key: $en,)* };

        /// French.
        pub const FR: Phrases = Phrases { $($key: $fr,)* };

        /// Every phrase as (key, English, French), for checks over the whole table.
        #[cfg(test)]
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($key), $en, $fr),)*];
    };
}

phrases! {
    lang_code: "en", "fr";
    call_title: "Call for participation: {title}", "Appel à candidatures\u{a0}: {title}";
    untitled: "Untitled programme", "Programme sans titre";

    section_introduction: "About the programme", "Le programme";
    section_who_can_apply: "Who can apply", "Qui peut candidater\u{202f}?";
    section_what_we_offer: "What the programme offers", "Ce que propose le programme";
    section_structure_and_dates: "Programme structure and dates", "Déroulement et calendrier";
    section_costs: "What is covered and what it costs", "Prise en charge et coûts";
    section_commitments: "What we ask of participants", "Engagements attendus";
    section_selection: "How participants are selected", "Sélection des candidatures";
    section_how_to_apply: "How to apply", "Comment candidater";
    section_deadline: "Deadline and results", "Date limite et résultats";
    section_accessibility: "Accessibility and care", "Accessibilité et accompagnement";
    section_data_protection: "Data protection", "Protection des données";
    section_contact: "Contact", "Nous contacter";

    and: " and ", " et ";
    label_value: "{label}: {value}", "{label}\u{a0}: {value}";
    decimal_point: ".", ",";
    to_be_announced: "to be announced", "à préciser";

    organiser_in_country: "{name} ({country})", "{name} ({country})";
    intro_organised_titled: "“{title}” is organised by {organisers}.", "Le programme «\u{a0}{title}\u{a0}» est organisé par {organisers}.";
    intro_organised: "The programme is organised by {organisers}.", "Le programme est organisé par {organisers}.";
    intro_partnership: "{leads}, in partnership with {partners}", "{leads}, en partenariat avec {partners}";
    programme: "The programme", "Le programme";
    programme_again: "It", "Il";
    intro_runs: "{programme} runs from {start} to {end}", "{programme} se déroule du {start} au {end}";
    intro_starts: "{programme} starts on {start}", "{programme} commence le {start}";
    intro_ends: "{programme} ends on {end}", "{programme} se termine le {end}";
    intro_dates_and_places: "{dates} and offers {places}.", "{dates} et propose {places}.";
    intro_dates: "{dates}.", "{dates}.";
    intro_places: "{programme} offers {places}.", "{programme} propose {places}.";
    places_one: "1 place", "1 place";
    places_many: "{n} places", "{n} places";
    intro_goals: "The programme helps participants to:", "Le programme aide les personnes participantes à\u{a0}:";
    goal_exploratory_trip: "make an exploratory trip abroad", "effectuer un voyage exploratoire à l’étranger";
    goal_co_creation: "create new work with artists and partners abroad", "créer avec des artistes et des partenaires à l’étranger";
    goal_fair_or_showcase: "present their work at a fair or showcase", "présenter leur travail dans un salon professionnel ou un showcase";
    goal_international_distribution: "distribute their work internationally", "diffuser leur travail à l’international";
    goal_networking: "build an international network", "développer leur réseau international";

    profiles_artists: "This call is open to artists.", "Cet appel s’adresse aux artistes.";
    profiles_professionals: "This call is open to cultural professionals.", "Cet appel s’adresse aux professionnel·les de la culture.";
    profiles_both: "This call is open to artists and cultural professionals.", "Cet appel s’adresse aux artistes et aux professionnel·les de la culture.";
    fact_disciplines: "Disciplines", "Disciplines";
    fact_career_stage: "Career stage", "Stade de carrière";
    fact_eligible_countries: "Eligible countries", "Pays éligibles";
    fact_working_languages: "Working languages", "Langues de travail";
    fact_places: "Places available", "Nombre de places";
    eligibility_lead: "Eligibility conditions (all must be met):", "Conditions d’éligibilité (toutes doivent être remplies)\u{a0}:";

    contents_mandatory: "Mandatory parts:", "Contenus obligatoires\u{a0}:";
    contents_mandatory_hours: "Mandatory parts ({hours} in all):", "Contenus obligatoires ({hours} au total)\u{a0}:";
    contents_optional: "Optional parts:", "Contenus facultatifs\u{a0}:";
    contents_optional_hours: "Optional parts ({hours} in all):", "Contenus facultatifs ({hours} au total)\u{a0}:";
    format_workshop: "workshop", "atelier";
    format_one_to_one: "one-to-one session", "séance individuelle";
    format_group_session: "group session", "séance collective";
    format_webinar: "webinar", "webinaire";
    format_study_visit: "study visit", "visite d’étude";
    format_resource: "resources", "ressources";
    delivery_staff: "with the programme team", "avec l’équipe du programme";
    delivery_external_expert: "with an external expert", "avec une expertise extérieure";
    delivery_peer: "peer learning", "entre pairs";
    delivery_self_study: "self-study", "en autonomie";
    scope_tailor_made: "tailor-made", "sur mesure";
    hours_one: "{n} hour", "{n} heure";
    hours_many: "{n} hours", "{n} heures";
    experts_lead: "Expertise the programme brings in:", "Expertises mobilisées par le programme\u{a0}:";
    end_users_lead: "You will meet:", "Vous rencontrerez\u{a0}:";

    mode_remote: "remote", "à distance";
    mode_face_to_face: "face-to-face", "en présentiel";
    mode_hybrid: "hybrid (remote and face-to-face)", "hybride (à distance et en présentiel)";
    phase_call_for_participation: "Call for participation", "Appel à candidatures";
    phase_selection: "Selection", "Sélection";
    phase_initial_diagnostic: "Initial diagnostic", "Diagnostic initial";
    phase_collective_mentoring: "Collective mentoring", "Mentorat collectif";
    phase_individual_mentoring: "Individual mentoring", "Mentorat individuel";
    phase_remote_work: "Remote work", "Travail à distance";
    phase_face_to_face_work: "Face-to-face work", "Travail en présentiel";
    phase_mobility: "Mobility or study visit", "Mobilité ou visite d’étude";
    phase_fair_or_showcase: "Fair or showcase", "Salon professionnel ou showcase";
    phase_evaluation: "Evaluation", "Évaluation";
    phase_follow_up: "Follow-up", "Suivi";
    phase_custom: "Further stage", "Étape complémentaire";
    total_hours: "Total time per participant: {hours}.", "Temps total par personne\u{a0}: {hours}.";

    costs_covered_lead: "The programme covers:", "Le programme prend en charge\u{a0}:";
    costs_paid_lead: "Costs you pay yourself:", "Restent à votre charge\u{a0}:";
    amount_per_participant: "{amount} per participant", "{amount} par personne";
    amount_for_group: "{amount} for the whole group", "{amount} pour l’ensemble du groupe";
    fee_none: "There is no application fee.", "Il n’y a pas de frais de candidature.";
    fee_amount: "The application fee is {amount}.", "Les frais de candidature s’élèvent à {amount}.";
    category_staff: "Staff", "Personnel";
    category_expert_fees: "Expert fees", "Honoraires des experts";
    category_travel: "Travel", "Transport";
    category_accommodation: "Accommodation", "Hébergement";
    category_subsistence: "Meals and daily expenses", "Repas et frais quotidiens";
    category_venue: "Venue", "Lieux";
    category_communication: "Communication", "Communication";
    category_evaluation: "Evaluation", "Évaluation";
    category_materials: "Materials", "Matériel";
    category_overheads: "Overheads", "Frais de structure";
    category_other: "Other costs", "Autres frais";

    criteria_lead: "Applications are assessed on these criteria:", "Les candidatures sont évaluées selon les critères suivants\u{a0}:";
    criterion_weight: "{name} ({weight}%)", "{name} ({weight}\u{a0}%)";
    criteria_to_be_announced: "Selection criteria: to be announced.", "Critères de sélection\u{a0}: à préciser.";
    committee_lead: "The selection committee is made up of:", "Le comité de sélection est composé de\u{a0}:";
    conflict_of_interest: "Conflicts of interest: {text}", "Conflits d’intérêts\u{a0}: {text}";
    steps_lead: "The selection goes through these steps:", "La sélection se déroule en plusieurs étapes\u{a0}:";
    feedback_offered: "Applicants who are not selected receive feedback.", "Les personnes non retenues reçoivent un retour sur leur candidature.";
    feedback_offered_how: "Feedback to applicants who are not selected: {how}", "Retour aux personnes non retenues\u{a0}: {how}";
    feedback_not_offered: "Applicants who are not selected do not receive individual feedback.", "Les personnes non retenues ne reçoivent pas de retour individuel.";

    materials_lead: "Your application should include:", "Votre dossier de candidature doit comprendre\u{a0}:";

    fact_deadline: "Application deadline", "Date limite de candidature";
    fact_results: "Results announced", "Annonce des résultats";

    contact_to_be_announced: "Contact details: to be announced.", "Coordonnées\u{a0}: à préciser.";

    date: "{day} {month} {year}", "{day} {month} {year}";
    first_day: "1", "1er";
    range_same_month: "{day1}–{day2} {month} {year}", "du {day1} au {day2} {month} {year}";
    range_same_year: "{day1} {month1} – {day2} {month2} {year}", "du {day1} {month1} au {day2} {month2} {year}";
    range: "{date1} – {date2}", "du {date1} au {date2}";
    range_from: "from {date}", "à partir du {date}";
    range_until: "until {date}", "jusqu’au {date}";
    january: "January", "janvier";
    february: "February", "février";
    march: "March", "mars";
    april: "April", "avril";
    may: "May", "mai";
    june: "June", "juin";
    july: "July", "juillet";
    august: "August", "août";
    september: "September", "septembre";
    october: "October", "octobre";
    november: "November", "novembre";
    december: "December", "décembre";
}

/// The phrases of `lang`.
pub fn phrases(lang: CallLanguage) -> &'static Phrases {
    match lang {
        CallLanguage::En => &EN,
        CallLanguage::Fr => &FR,
    }
}

/// `template` with each `{name}` replaced by its value in `args`.
///
/// One pass from left to right: a value is copied as it is and never read for
/// placeholders, so text a person typed cannot pull in another value. A
/// placeholder with no value stays as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let extra: usize = args.iter().map(|(_, v)| v.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `items` as one phrase: `a, b and c` / `a, b et c`.
pub fn join_and(items: &[String], lang: CallLanguage) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{}{last}", init.join(", "), phrases(lang).and),
    }
}

/// `label: value`, with the colon the language wants.
pub fn label_value(label: &str, value: &str, lang: CallLanguage) -> String {
    fill(
        phrases(lang).label_value,
        &[("label", label), ("value", value)],
    )
}

fn month(n: u32, p: &Phrases) -> &'static str {
    [
        p.january,
        p.february,
        p.march,
        p.april,
        p.may,
        p.june,
        p.july,
        p.august,
        p.september,
        p.october,
        p.november,
        p.december,
    ]
    .get(n.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("")
}

fn day(d: Date, p: &Phrases) -> String {
    match d.0.day() {
        1 => p.first_day.to_string(),
        n => n.to_string(),
    }
}

/// A date as a reader writes it: `1 March 2027`, `1er mars 2027`.
pub fn date(d: Date, lang: CallLanguage) -> String {
    let p = phrases(lang);
    fill(
        p.date,
        &[
            ("day", &day(d, p)),
            ("month", month(d.0.month(), p)),
            ("year", &d.0.year().to_string()),
        ],
    )
}

/// A span of dates, as short as it can be and still clear:
/// `15–21 March 2027`, `du 4 janvier au 14 février 2027`.
pub fn date_range(start: Option<Date>, end: Option<Date>, lang: CallLanguage) -> Option<String> {
    let p = phrases(lang);
    Some(match (start, end) {
        (Some(s), Some(e)) if s == e => date(s, lang),
        (Some(s), Some(e)) if s.0.year() == e.0.year() && s < e => {
            let year = s.0.year().to_string();
            if s.0.month() == e.0.month() {
                fill(
                    p.range_same_month,
                    &[
                        ("day1", &day(s, p)),
                        ("day2", &day(e, p)),
                        ("month", month(s.0.month(), p)),
                        ("year", &year),
                    ],
                )
            } else {
                fill(
                    p.range_same_year,
                    &[
                        ("day1", &day(s, p)),
                        ("month1", month(s.0.month(), p)),
                        ("day2", &day(e, p)),
                        ("month2", month(e.0.month(), p)),
                        ("year", &year),
                    ],
                )
            }
        }
        (Some(s), Some(e)) => fill(
            p.range,
            &[("date1", &date(s, lang)), ("date2", &date(e, lang))],
        ),
        (Some(s), None) => fill(p.range_from, &[("date", &date(s, lang))]),
        (None, Some(e)) => fill(p.range_until, &[("date", &date(e, lang))]),
        (None, None) => return None,
    })
}

/// A quantity with the language's decimal mark: `2.5` / `2,5`.
pub fn decimal(n: Decimal2, lang: CallLanguage) -> String {
    n.to_string().replace('.', phrases(lang).decimal_point)
}

/// `1 hour`, `6 hours`; in French the singular holds below two (`1,5 heure`).
pub fn hours(n: Decimal2, lang: CallLanguage) -> String {
    let p = phrases(lang);
    let singular = match lang {
        CallLanguage::En => n == Decimal2::whole(1),
        CallLanguage::Fr => n < Decimal2::whole(2),
    };
    let template = if singular { p.hours_one } else { p.hours_many };
    fill(template, &[("n", &decimal(n, lang))])
}

/// `1 place`, `12 places`.
pub fn places(n: u32, lang: CallLanguage) -> String {
    let p = phrases(lang);
    if n == 1 {
        p.places_one.to_string()
    } else {
        fill(p.places_many, &[("n", &n.to_string())])
    }
}

/// What a goal lets a participant do, completing "helps participants to…".
/// `None` for [`Goal::Other`], which the programme describes in its own words.
pub fn goal(g: Goal, lang: CallLanguage) -> Option<&'static str> {
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
pub fn mode(m: Mode, lang: CallLanguage) -> &'static str {
    let p = phrases(lang);
    match m {
        Mode::Remote => p.mode_remote,
        Mode::FaceToFace => p.mode_face_to_face,
        Mode::Hybrid => p.mode_hybrid,
    }
}

/// The name of a phase whose title is still blank.
pub fn phase_kind(k: PhaseKind, lang: CallLanguage) -> &'static str {
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
pub fn content_format(f: ContentFormat, lang: CallLanguage) -> &'static str {
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
pub fn delivery(d: Delivery, lang: CallLanguage) -> &'static str {
    let p = phrases(lang);
    match d {
        Delivery::Staff => p.delivery_staff,
        Delivery::ExternalExpert => p.delivery_external_expert,
        Delivery::Peer => p.delivery_peer,
        Delivery::SelfStudy => p.delivery_self_study,
    }
}

/// The name of a budget line whose label is still blank.
pub fn budget_category(c: BudgetCategory, lang: CallLanguage) -> &'static str {
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
        for (key, en, fr) in ALL {
            assert_eq!(placeholders(en), placeholders(fr), "{key}");
            assert!(!en.is_empty() && !fr.is_empty(), "{key}");
        }
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
    fn dates_read_as_each_language_writes_them() {
        let d = |y, m, day| Date::ymd(y, m, day);
        use CallLanguage::*;
        assert_eq!(date(d(2027, 3, 15).unwrap(), En), "15 March 2027");
        assert_eq!(date(d(2027, 3, 15).unwrap(), Fr), "15 mars 2027");
        assert_eq!(date(d(2027, 8, 1).unwrap(), Fr), "1er août 2027");
        assert_eq!(date(d(2027, 8, 1).unwrap(), En), "1 August 2027");
        let r = |a, b, l| date_range(a, b, l);
        assert_eq!(
            r(d(2027, 3, 15), d(2027, 3, 21), En).as_deref(),
            Some("15–21 March 2027")
        );
        assert_eq!(
            r(d(2027, 3, 1), d(2027, 3, 21), Fr).as_deref(),
            Some("du 1er au 21 mars 2027")
        );
        assert_eq!(
            r(d(2027, 1, 4), d(2027, 2, 14), En).as_deref(),
            Some("4 January – 14 February 2027")
        );
        assert_eq!(
            r(d(2027, 1, 4), d(2027, 2, 14), Fr).as_deref(),
            Some("du 4 janvier au 14 février 2027")
        );
        assert_eq!(
            r(d(2027, 12, 4), d(2028, 2, 14), Fr).as_deref(),
            Some("du 4 décembre 2027 au 14 février 2028")
        );
        assert_eq!(
            r(d(2027, 5, 4), d(2027, 5, 4), En).as_deref(),
            Some("4 May 2027")
        );
        assert_eq!(
            r(d(2027, 5, 4), None, Fr).as_deref(),
            Some("à partir du 4 mai 2027")
        );
        assert_eq!(
            r(None, d(2027, 5, 4), En).as_deref(),
            Some("until 4 May 2027")
        );
        assert_eq!(r(None, None, En), None);
        // An end before the start is shown as typed, not hidden or reordered.
        assert_eq!(
            r(d(2027, 5, 4), d(2027, 5, 1), En).as_deref(),
            Some("4 May 2027 – 1 May 2027")
        );
    }

    #[test]
    fn hours_agree_in_number() {
        use CallLanguage::*;
        assert_eq!(hours(Decimal2::whole(1), En), "1 hour");
        assert_eq!(hours(Decimal2(150), En), "1.5 hours");
        assert_eq!(hours(Decimal2(150), Fr), "1,5 heure");
        assert_eq!(hours(Decimal2::whole(2), Fr), "2 heures");
        assert_eq!(hours(Decimal2(0), En), "0 hours");
    }

    #[test]
    fn lists_join_with_the_language_conjunction() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&items(&[]), CallLanguage::En), "");
        assert_eq!(join_and(&items(&["a"]), CallLanguage::En), "a");
        assert_eq!(
            join_and(&items(&["a", "b", "c"]), CallLanguage::En),
            "a, b and c"
        );
        assert_eq!(join_and(&items(&["a", "b"]), CallLanguage::Fr), "a et b");
    }
}
