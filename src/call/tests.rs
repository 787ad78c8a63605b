//! The call generator on real templates, blank drafts, large drafts and
//! hostile text, in both languages and all three formats.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::strings;
use super::*;
use crate::model::*;
use crate::templates::Template;

const NOW: &str = "2026-11-28T10:00:00Z";

/// Every Markdown extension a reader might turn on, except smart punctuation,
/// which only changes quotes and dashes and would hide the text as typed.
pub(super) fn markdown_options() -> Options {
    let mut options = Options::all();
    options.remove(Options::ENABLE_SMART_PUNCTUATION);
    options
}

/// Asserts that `text` says each of `phrases`, naming the one it does not.
#[track_caller]
fn says_all(text: &str, phrases: &[&str]) {
    for phrase in phrases {
        assert!(text.contains(phrase), "{phrase:?} not in:\n{text}");
    }
}

fn reference() -> Draft {
    let start = Date::ymd(2027, 1, 4).expect("a real date");
    Template::Reference.build(NOW, start)
}

fn options(language: Lang) -> CallOptions {
    CallOptions {
        language,
        ..CallOptions::default()
    }
}

fn lang_name(lang: Lang) -> &'static str {
    strings::phrases(lang).lang_code
}

fn all_formats(doc: &CallDocument) -> [(&'static str, String); 3] {
    [
        ("md", to_markdown(doc)),
        ("html", to_html(doc)),
        ("txt", to_text(doc)),
    ]
}

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/call")
        .join(name)
}

/// Compares with the stored file, or rewrites it when `UPDATE_GOLDEN=1`.
/// Returns a description of the first difference, if any.
fn check_golden(name: &str, actual: &str) -> Option<String> {
    let path = golden_path(name);
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        return None;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            return Some(format!(
                "{name}: cannot read {path:?} ({e}); run with UPDATE_GOLDEN=1"
            ));
        }
    };
    if expected == actual {
        return None;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Some(format!(
        "{name} differs at line {}:\n  expected: {:?}\n  actual:   {:?}",
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        actual.lines().nth(line).unwrap_or("<end>")
    ))
}

#[test]
fn reference_call_matches_golden_files() {
    let draft = reference();
    let mut problems = Vec::new();
    for lang in [Lang::En, Lang::Fr] {
        let doc = generate(&draft, &options(lang));
        assert_eq!(
            doc.sections.iter().map(|s| s.section).collect::<Vec<_>>(),
            Section::ALL,
            "the reference template has data for every section"
        );
        for (ext, out) in all_formats(&doc) {
            problems.extend(check_golden(
                &format!("reference.{}.{ext}", lang_name(lang)),
                &out,
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn reference_call_states_amounts_dates_and_never_fees_of_experts() {
    let draft = reference();
    let en = to_text(&generate(&draft, &options(Lang::En)));
    let fr = to_text(&generate(&draft, &options(Lang::Fr)));
    // 28 000 × 12 ÷ 12 places; 9 500 × 48 ÷ 12; 50 000 ÷ 12 rounded.
    says_all(
        &en,
        &[
            "Return travel to the study visit — €280.00 per participant",
            "Hotel during the study visit — €380.00 per participant",
            "Resource pack and printing — €41.67 per participant",
            "Application deadline: 15 February 2027",
            "Results announced: 8 March 2027",
            "There is no application fee.",
        ],
    );
    says_all(
        &fr,
        &[
            "Return travel to the study visit — 280,00\u{a0}€ par personne",
            "Date limite de candidature\u{a0}: 15 février 2027",
        ],
    );
    // Expert fees (450.00, 400.00, 350.00, 300.00 a day) and staff costs stay out.
    for fee in [
        "€450",
        "€400",
        "€350",
        "€300",
        "€2,500",
        "Programme coordination",
        "Overheads",
    ] {
        assert!(!en.contains(fee), "{fee}");
    }
}

#[test]
fn excluded_sections_are_left_out() {
    let draft = reference();
    let mut opts = options(Lang::En);
    opts.excluded = vec![Section::Costs, Section::Contact];
    let doc = generate(&draft, &opts);
    assert!(
        doc.sections
            .iter()
            .all(|s| !opts.excluded.contains(&s.section))
    );
    assert_eq!(doc.sections.len(), Section::ALL.len() - 2);
    let md = to_markdown(&doc);
    assert!(!md.contains("What is covered and what it costs"));
    assert!(!md.contains("application fee"));
    assert!(!md.contains("## Contact"));
    assert!(md.contains("## Deadline and results"));

    // The same through the draft's saved settings, unknown slugs ignored.
    let mut saved = draft.clone();
    saved.call.excluded_sections = vec!["costs".into(), "contact".into(), "no_such_section".into()];
    let from_draft = CallOptions::from_draft(&saved);
    assert_eq!(from_draft.excluded, vec![Section::Costs, Section::Contact]);
    assert_eq!(generate(&saved, &from_draft), doc);
}

#[test]
fn options_come_from_the_call_settings() {
    let mut draft = reference();
    draft.call.language = Lang::Fr;
    draft.call.introduction = "  \n ".into();
    draft.call.closing = "See you soon.".into();
    let opts = CallOptions::from_draft(&draft);
    assert_eq!(opts.language, Lang::Fr);
    assert_eq!(opts.introduction, None);
    assert_eq!(opts.closing.as_deref(), Some("See you soon."));
    assert!(opts.excluded.is_empty());
}

#[test]
fn custom_introduction_and_closing_appear_in_every_format() {
    let draft = reference();
    let mut opts = options(Lang::En);
    opts.introduction = Some("Our own first words.\n\nA second paragraph.".into());
    opts.closing = Some("We look forward to reading you.".into());
    let doc = generate(&draft, &opts);
    assert_eq!(
        doc.sections[0].blocks,
        vec![
            Block::Paragraph("Our own first words.".into()),
            Block::Paragraph("A second paragraph.".into())
        ]
    );
    for (ext, out) in all_formats(&doc) {
        assert!(out.contains("Our own first words."), "{ext}");
        assert!(out.contains("A second paragraph."), "{ext}");
        assert!(!out.contains("The programme runs from"), "{ext}");
        let closing = out.find("We look forward to reading you.");
        let contact = out.find("Contact details");
        assert!(closing > contact, "{ext}: closing comes last");
    }
}

#[test]
fn organisers_introduce_the_programme_and_answer_questions() {
    let mut draft = reference();
    let organiser = |role, name: &str, country: &str, contact: &str| Organiser {
        role,
        name: name.into(),
        country: country.into(),
        contact: contact.into(),
        ..Organiser::default()
    };
    draft.overview.organisers = vec![
        organiser(
            OrganiserRole::Lead,
            "Maison des Arts",
            "Belgium",
            "calls@maison.example",
        ),
        organiser(OrganiserRole::Partner, "Nordic Hub", "Norway", ""),
        organiser(OrganiserRole::Partner, "Casa Viva", "", "+34 600 000 000"),
    ];
    let en = to_text(&generate(&draft, &options(Lang::En)));
    assert!(en.contains(
        "“International learning trajectory” is organised by Maison des Arts (Belgium), \
         in partnership with Nordic Hub (Norway) and Casa Viva.\n\n\
         It runs from 4 January 2027 to 10 April 2028 and offers 12 places."
    ));
    assert!(en.contains(
        "- Maison des Arts (Belgium) — calls@maison.example\n- Casa Viva — +34 600 000 000\n"
    ));
    let fr = to_text(&generate(&draft, &options(Lang::Fr)));
    assert!(fr.contains(
        "Le programme «\u{a0}International learning trajectory\u{a0}» est organisé par \
         Maison des Arts (Belgium), en partenariat avec Nordic Hub (Norway) et Casa Viva.\n\n\
         Il se déroule du 4 janvier 2027 au 10 avril 2028 et propose 12 places."
    ));
    // The call's own contact text wins over the organisers' details.
    draft.call.contact = "Write to Ana: ana@maison.example".into();
    let en = to_text(&generate(&draft, &options(Lang::En)));
    assert!(en.ends_with("Contact\n-------\n\nWrite to Ana: ana@maison.example\n"));
}

#[test]
fn slugs_are_stable_and_labels_exist_in_both_languages() {
    let slugs: Vec<&str> = Section::ALL.iter().map(|s| s.slug()).collect();
    assert_eq!(
        slugs,
        [
            "introduction",
            "who_can_apply",
            "what_we_offer",
            "structure_and_dates",
            "costs",
            "commitments",
            "selection",
            "how_to_apply",
            "deadline",
            "accessibility",
            "data_protection",
            "contact"
        ]
    );
    for s in Section::ALL {
        assert_eq!(Section::from_slug(s.slug()), Some(s));
        assert_ne!(s.label(Lang::En), s.label(Lang::Fr), "{s:?}");
    }
    assert_eq!(Section::from_slug("Costs"), None);
}

/// Literal pieces of a phrase, between its placeholders, long enough to be
/// told apart from a word shared by both languages.
fn fragments(phrase: &str) -> Vec<&str> {
    phrase
        .split(['{', '}'])
        .step_by(2)
        .map(str::trim)
        .filter(|f| f.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect()
}

fn visible_text(doc: &CallDocument) -> String {
    format!(
        "{}\n{}\n{}",
        to_markdown(doc),
        to_text(doc),
        html_escape::decode_html_entities(&to_html(doc))
    )
}

#[test]
fn the_call_language_changes_every_fixed_sentence() {
    // Every text typed as a neutral token, so only fixed words can be English or French.
    let draft = everything_filled(|_| "Zq".to_string());
    for custom in [false, true] {
        let mut en_opts = options(Lang::En);
        let mut fr_opts = options(Lang::Fr);
        if custom {
            en_opts.excluded = vec![Section::Contact];
            fr_opts.excluded = vec![Section::Contact];
        }
        let en_doc = generate(&draft, &en_opts);
        let fr_doc = generate(&draft, &fr_opts);
        let en = visible_text(&en_doc);
        let fr = visible_text(&fr_doc);
        for (key, en_phrase, fr_phrase) in strings::ALL.iter() {
            if en_phrase == fr_phrase {
                continue;
            }
            for f in fragments(en_phrase) {
                assert!(!fr.contains(f), "French call shows English {key}: {f:?}");
            }
            for f in fragments(fr_phrase) {
                assert!(!en.contains(f), "English call shows French {key}: {f:?}");
            }
        }
        let fr_md = to_markdown(&fr_doc);
        for s in Section::ALL {
            assert!(
                !fr_md.contains(&format!("## {}\n", s.label(Lang::En))),
                "{s:?}"
            );
        }
        assert!(fr_md.starts_with("# Appel à candidatures"));
        assert!(to_html(&fr_doc).contains("<html lang=\"fr\">"));
        assert!(to_html(&en_doc).contains("<html lang=\"en\">"));
    }
}

#[test]
fn a_blank_draft_says_what_is_to_be_announced_and_nothing_else() {
    let draft = Draft::blank(NOW);
    let en = generate(&draft, &options(Lang::En));
    assert_eq!(en.title, "Call for participation: Untitled programme");
    assert_eq!(en.subtitle, None);
    assert_eq!(
        en.sections.iter().map(|s| s.section).collect::<Vec<_>>(),
        [
            Section::Costs,
            Section::Selection,
            Section::Deadline,
            Section::Contact
        ]
    );
    assert!(en.sections.iter().all(|s| !s.blocks.is_empty()));
    assert_eq!(
        to_text(&en),
        "Call for participation: Untitled programme\n\
         ==========================================\n\n\
         What is covered and what it costs\n\
         ---------------------------------\n\n\
         There is no application fee.\n\n\
         How participants are selected\n\
         -----------------------------\n\n\
         Selection criteria: to be announced.\n\n\
         Deadline and results\n\
         --------------------\n\n\
         Application deadline: to be announced\n\
         Results announced: to be announced\n\n\
         Contact\n\
         -------\n\n\
         Contact details: to be announced.\n"
    );
    let fr = to_text(&generate(&draft, &options(Lang::Fr)));
    assert!(fr.starts_with("Appel à candidatures\u{a0}: Programme sans titre\n"));
    says_all(
        &fr,
        &[
            "Critères de sélection\u{a0}: à préciser.",
            "Date limite de candidature\u{a0}: à préciser",
            "Annonce des résultats\u{a0}: à préciser",
            "Coordonnées\u{a0}: à préciser.",
            "Il n’y a pas de frais de candidature.",
        ],
    );
    for (_, out) in all_formats(&generate(&draft, &options(Lang::Fr))) {
        assert!(!out.is_empty());
    }
}

#[test]
fn a_missing_essential_is_announced_and_a_missing_detail_left_out() {
    let mut draft = reference();
    draft.selection.results_date = None;
    draft.selection.criteria.clear();
    draft.selection.materials.clear();
    draft.call.accessibility = " ".into();
    let doc = generate(&draft, &options(Lang::En));
    let text = to_text(&doc);
    says_all(
        &text,
        &[
            "Application deadline: 15 February 2027",
            "Results announced: to be announced",
            "Selection criteria: to be announced.",
        ],
    );
    assert!(!text.contains("How to apply"));
    assert!(!text.contains("Accessibility and care"));
}

#[test]
fn the_application_fee_is_stated_with_its_amount() {
    let mut draft = reference();
    draft.selection.application_fee = Money(2_500);
    let en = to_text(&generate(&draft, &options(Lang::En)));
    assert!(en.contains("The application fee is €25.00."));
    assert!(!en.contains("no application fee"));
    let fr = to_text(&generate(&draft, &options(Lang::Fr)));
    assert!(fr.contains("Les frais de candidature s’élèvent à 25,00\u{a0}€."));

    draft.selection.application_fee = Money(0);
    let en = to_text(&generate(&draft, &options(Lang::En)));
    assert!(en.contains("There is no application fee."));
}

#[test]
fn participant_costs_are_listed_as_what_they_pay() {
    let mut draft = reference();
    draft.budget.push(BudgetLine {
        category: BudgetCategory::Accommodation,
        label: "Shared flat contribution".into(),
        unit_cost: Money(10_000),
        quantity: Decimal2::whole(12),
        funding: Funding::ParticipantFee,
        ..BudgetLine::default()
    });
    draft.overview.places = None;
    let en = to_text(&generate(&draft, &options(Lang::En)));
    let paid = en
        .find("Costs you pay yourself:")
        .expect("a list of what participants pay");
    assert!(en[paid..].contains("Shared flat contribution — €1,200.00 for the whole group"));
    assert!(en.contains("Return travel to the study visit — €3,360.00 for the whole group"));
    let covered = en
        .find("The programme covers:")
        .expect("a list of what is covered");
    assert!(!en[covered..paid].contains("Shared flat contribution"));
}

// ---------------------------------------------------------------------------
// Hostile text

const HOSTILE: [&str; 9] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "# x",
    "[a](javascript:alert(1))",
    "![i](http://evil.example/x.png)",
    "<b>bold</b>",
    "*em*",
    "| a | b |",
    "1. list",
];

/// A draft with every text the call can show set by `text(n)`, `n` telling
/// the fields apart, and every kind of item present.
fn everything_filled(text: impl Fn(usize) -> String) -> Draft {
    let mut n = 0;
    let mut t = || {
        n += 1;
        text(n)
    };
    let date = |m, d| Date::ymd(2027, m, d);
    let mut draft = Draft::blank(NOW);
    let o = &mut draft.overview;
    o.title = t();
    o.tagline = t();
    for role in [
        OrganiserRole::Lead,
        OrganiserRole::Partner,
        OrganiserRole::Partner,
    ] {
        o.organisers.push(Organiser {
            role,
            name: t(),
            country: t(),
            website: t(),
            contact: t(),
            ..Organiser::default()
        });
    }
    o.target_group.profiles = Some(Profiles::Both);
    o.target_group.disciplines = vec![t(), t()];
    o.target_group.career_stage = t();
    o.target_group.eligible_countries = vec![t(), t()];
    o.target_group.working_languages = vec![t()];
    o.goals = Goal::ALL.to_vec();
    o.other_goal = t();
    o.places = Some(10);
    o.start = date(1, 4);
    o.end = date(12, 17);
    o.objectives = format!("{}\n{}\n\n{}", t(), t(), t());
    for (i, kind) in PhaseKind::ALL.into_iter().enumerate() {
        draft.phases.push(Phase {
            kind,
            title: if i == 0 { String::new() } else { t() },
            mode: Some([Mode::Remote, Mode::FaceToFace, Mode::Hybrid][i % 3]),
            start: date(2, 1),
            end: date(2 + (i as u32 % 3), 15),
            hours: Some(Decimal2(150 + i as u64 * 100)),
            location: t(),
            objectives: t(),
            activities: t(),
            outputs: t(),
            responsible: t(),
            ..Phase::default()
        });
    }
    let formats = [
        ContentFormat::Workshop,
        ContentFormat::OneToOne,
        ContentFormat::GroupSession,
        ContentFormat::Webinar,
        ContentFormat::StudyVisit,
        ContentFormat::Resource,
    ];
    let deliveries = [
        Delivery::Staff,
        Delivery::ExternalExpert,
        Delivery::Peer,
        Delivery::SelfStudy,
    ];
    for (i, format) in formats.into_iter().enumerate() {
        draft.contents.push(MentorshipContent {
            title: t(),
            description: t(),
            requirement: if i % 2 == 0 {
                Requirement::Mandatory
            } else {
                Requirement::Optional
            },
            scope: if i % 3 == 0 {
                Scope::TailorMade
            } else {
                Scope::Transversal
            },
            delivery: deliveries[i % 4],
            format: Some(format),
            hours: Some(Decimal2::whole(1 + i as u64)),
            ..MentorshipContent::default()
        });
    }
    for role in [PersonRole::Expert, PersonRole::EndUser] {
        draft.people.push(Person {
            role,
            name: t(),
            expertise: t(),
            organisation: t(),
            country: t(),
            contact: t(),
            fee_per_day: Money(99_999),
            days: Some(Decimal2::whole(2)),
            ..Person::default()
        });
    }
    let s = &mut draft.selection;
    s.eligibility = vec![t(), t()];
    for weight in [60, 40] {
        s.criteria.push(SelectionCriterion {
            name: t(),
            description: t(),
            weight,
            ..SelectionCriterion::default()
        });
    }
    s.committee = vec![t(), t()];
    s.conflict_of_interest = t();
    s.steps = vec![t(), t()];
    s.materials = vec![t(), t()];
    s.deadline = date(1, 1);
    s.results_date = date(1, 20);
    s.feedback.offered = Some(true);
    s.feedback.how = t();
    s.application_fee = Money(1_000);
    for (category, funding) in [
        (BudgetCategory::Travel, Funding::Grant),
        (BudgetCategory::Accommodation, Funding::InKind),
        (BudgetCategory::Subsistence, Funding::Grant),
        (BudgetCategory::Materials, Funding::OwnFunds),
        (BudgetCategory::Other, Funding::ParticipantFee),
    ] {
        draft.budget.push(BudgetLine {
            category,
            label: t(),
            unit: t(),
            unit_cost: Money(12_345),
            quantity: Decimal2::whole(10),
            funding,
            ..BudgetLine::default()
        });
    }
    let c = &mut draft.call;
    c.commitments = t();
    c.accessibility = t();
    c.data_protection = t();
    c.contact = t();
    c.introduction = t();
    c.closing = t();
    draft
}

/// The calls a hostile draft can give: built or custom introduction, own
/// contact text or the organisers', in both languages.
fn hostile_calls(payload: &str) -> Vec<CallDocument> {
    let mut docs = Vec::new();
    let mut draft = everything_filled(|_| payload.to_string());
    for lang in [Lang::En, Lang::Fr] {
        let mut opts = CallOptions::from_draft(&draft);
        opts.language = lang;
        docs.push(generate(&draft, &opts));
        opts.introduction = None;
        draft.call.contact.clear();
        docs.push(generate(&draft, &opts));
        draft.call.contact = payload.to_string();
    }
    docs
}

/// Every tag of `html`, as (name, attributes) — enough for a page whose
/// only tags come from the renderer.
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').expect("every tag is closed");
        let tag = &after[..close];
        let (name, attributes) = tag.split_once(' ').unwrap_or((tag, ""));
        out.push((
            name.trim_start_matches('/').to_ascii_lowercase(),
            attributes.to_string(),
        ));
        rest = &after[close + 1..];
    }
    out
}

#[test]
fn hostile_text_stays_inert_in_html() {
    const TAGS: [&str; 19] = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
        "p", "br", "section", "ul", "ol", "li", "strong", "div",
    ];
    // Every attribute the renderer writes; text typed in a draft adds none.
    let mut attributes: Vec<String> = [
        "",
        "html",
        "lang=\"en\"",
        "lang=\"fr\"",
        "charset=\"utf-8\"",
        "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\"",
        "name=\"viewport\" content=\"width=device-width, initial-scale=1\"",
        "class=\"subtitle\"",
        "class=\"facts\"",
        "class=\"closing\"",
    ]
    .map(String::from)
    .to_vec();
    attributes.extend(Section::ALL.map(|s| format!("id=\"{}\"", s.slug())));
    for payload in HOSTILE {
        for doc in hostile_calls(payload) {
            let html = to_html(&doc);
            let lower = html.to_ascii_lowercase();
            for bad in [
                "<script",
                "<img",
                "<b>",
                "onerror=",
                "url(",
                "http:",
                "https:",
                "javascript:alert",
            ] {
                let shown_as_text = lower.matches(bad).count();
                let in_tags: usize = tags(&lower)
                    .iter()
                    .map(|(_, a)| a.matches(bad).count())
                    .sum();
                assert_eq!(in_tags, 0, "{payload}: {bad} in a tag");
                if bad.starts_with('<') {
                    assert_eq!(shown_as_text, 0, "{payload}: {bad}");
                }
            }
            for (name, attrs) in tags(&html) {
                assert!(TAGS.contains(&name.as_str()), "{payload}: tag {name}");
                assert!(attributes.contains(&attrs), "{payload}: <{name} {attrs}>");
            }
            // The text is there, shown as typed.
            let shown = html_escape::decode_html_entities(&html);
            assert!(shown.contains(payload), "{payload}");
        }
    }
}

#[test]
fn hostile_text_stays_inert_in_markdown() {
    for payload in HOSTILE {
        for doc in hostile_calls(payload) {
            let md = to_markdown(&doc);
            let mut headings = 0;
            let mut text = String::new();
            for event in Parser::new_ext(&md, markdown_options()) {
                match event {
                    Event::Start(Tag::Heading { .. }) => headings += 1,
                    Event::Text(t) => text.push_str(&t),
                    Event::Start(
                        Tag::Paragraph | Tag::List(_) | Tag::Item | Tag::Strong | Tag::Emphasis,
                    )
                    | Event::End(
                        TagEnd::Paragraph
                        | TagEnd::List(_)
                        | TagEnd::Item
                        | TagEnd::Strong
                        | TagEnd::Emphasis
                        | TagEnd::Heading(_),
                    )
                    | Event::SoftBreak
                    | Event::HardBreak => {}
                    other => panic!("{payload:?} made {other:?} in\n{md}"),
                }
            }
            assert_eq!(headings, 1 + doc.sections.len(), "{payload:?}\n{md}");
            assert!(text.contains(payload), "{payload:?} is shown as typed");
            // Bold and italics come from the renderer only: as many as it wrote.
            let strong = Parser::new_ext(&md, markdown_options())
                .filter(|e| matches!(e, Event::Start(Tag::Strong)))
                .count();
            let leads: usize = doc
                .sections
                .iter()
                .chain(std::iter::once(&CallSection {
                    section: Section::Contact,
                    heading: String::new(),
                    blocks: doc.closing.clone(),
                }))
                .flat_map(|s| &s.blocks)
                .map(|b| match b {
                    Block::Bullets(items) | Block::Numbered(items) => {
                        items.iter().filter(|i| i.lead.is_some()).count()
                    }
                    Block::Facts(facts) => facts.len(),
                    Block::Paragraph(_) => 0,
                })
                .sum();
            assert_eq!(strong, leads, "{payload:?}\n{md}");
        }
    }
}

#[test]
fn hostile_text_is_kept_verbatim_in_plain_text() {
    for payload in HOSTILE {
        for doc in hostile_calls(payload) {
            assert!(to_text(&doc).contains(payload));
        }
    }
}

// ---------------------------------------------------------------------------
// Size

/// A programme far larger than any real one.
fn large_draft() -> Draft {
    let mut draft = reference();
    let phase = draft.phases[3].clone();
    let content = draft.contents[0].clone();
    let line = draft.budget[5].clone();
    let person = draft.people[0].clone();
    let criterion = draft.selection.criteria[0].clone();
    draft.phases.extend((0..200).map(|i| Phase {
        id: Id::new(),
        title: format!("Phase {i}"),
        ..phase.clone()
    }));
    draft.contents.extend((0..500).map(|i| MentorshipContent {
        id: Id::new(),
        title: format!("Content {i}"),
        requirement: if i % 3 == 0 {
            Requirement::Optional
        } else {
            Requirement::Mandatory
        },
        ..content.clone()
    }));
    draft.budget.extend((0..300).map(|i| BudgetLine {
        label: format!("Line {i}"),
        ..line.clone()
    }));
    for i in 0..100 {
        draft.people.push(Person {
            id: Id::new(),
            expertise: format!("Field {i}"),
            ..person.clone()
        });
        draft.selection.criteria.push(SelectionCriterion {
            name: format!("Criterion {i}"),
            ..criterion.clone()
        });
        draft.selection.eligibility.push(format!("Condition {i}"));
    }
    draft
}

/// Generation and all three renderings, best of a few runs.
fn time_all_formats(draft: &Draft) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut size = 0;
    for _ in 0..5 {
        let started = Instant::now();
        for lang in [Lang::En, Lang::Fr] {
            let doc = generate(draft, &options(lang));
            size = all_formats(&doc).iter().map(|(_, out)| out.len()).sum();
        }
        best = best.min(started.elapsed() / 2);
    }
    (best, size)
}

#[test]
fn large_drafts_are_rendered_quickly() {
    let (reference_time, _) = time_all_formats(&reference());
    let draft = large_draft();
    let (large_time, size) = time_all_formats(&draft);
    println!(
        "call generation, all three formats: reference {reference_time:?}; \
         {} phases, {} contents, {} budget lines: {large_time:?} ({size} bytes)",
        draft.phases.len(),
        draft.contents.len(),
        draft.budget.len()
    );
    let doc = generate(&draft, &options(Lang::En));
    let md = to_markdown(&doc);
    assert!(md.contains("Phase 199") && md.contains("Content 499") && md.contains("Line 299"));
    // Generous, for unoptimised builds on a busy machine; real runs take a few ms.
    assert!(large_time < Duration::from_millis(500), "{large_time:?}");
}

#[test]
fn organisations_as_applicants_are_named_with_where_they_are_based() {
    let mut d = reference();
    let tg = &mut d.overview.target_group;
    tg.who = Some(WhoApplies::Organisations);
    tg.organisation_kinds = vec![OrganisationKind::Ngo, OrganisationKind::Venue];
    tg.eligible_countries = vec!["Albania".into(), "Kosovo".into(), "Serbia".into()];
    let en = visible_text(&generate(&d, &options(Lang::En)));
    assert!(
        en.contains(
            "This call is open to organisations: NGOs and associations and venues and arts centres."
        ),
        "{en}"
    );
    assert!(
        en.contains("Organisations based in Albania, Kosovo and Serbia may apply."),
        "{en}"
    );
    assert!(!en.contains("This call is open to artists"), "{en}");
    assert!(!en.contains("Eligible countries"), "{en}");
    let fr = visible_text(&generate(&d, &options(Lang::Fr)));
    assert!(
        fr.contains("Cet appel s’adresse aux organisations\u{a0}: ONG et associations"),
        "{fr}"
    );
    assert!(
        fr.contains("Albanie") || fr.contains("Albania, Kosovo et Serbia"),
        "{fr}"
    );

    // Both: the individuals' sentence, then the organisations'.
    d.overview.target_group.who = Some(WhoApplies::Both);
    d.overview.target_group.profiles = Some(Profiles::Artists);
    let en = visible_text(&generate(&d, &options(Lang::En)));
    let artists = en.find("This call is open to artists.").expect(&en);
    let orgs = en.find("Organisations may apply as well: NGOs").expect(&en);
    assert!(artists < orgs);
    assert!(en.contains("Eligible countries"), "{en}");
}

#[test]
fn age_limits_are_stated_with_the_day_age_is_counted_on() {
    let mut d = reference();
    let deadline = d.selection.deadline.expect("the template has a deadline");
    d.overview.target_group.min_age = Some(18);
    d.overview.target_group.max_age = Some(30);
    let en = visible_text(&generate(&d, &options(Lang::En)));
    let on = crate::text::date(deadline, Lang::En);
    assert!(
        en.contains(&format!(
            "Applicants must be between 18 and 30 years old on {on}, the application deadline."
        )),
        "{en}"
    );
    let fr = visible_text(&generate(&d, &options(Lang::Fr)));
    let on_fr = crate::text::date(deadline, Lang::Fr);
    assert!(
        fr.contains(&format!("Les candidat·es doivent avoir entre 18 et 30\u{a0}ans au {on_fr}, date limite de candidature.")),
        "{fr}"
    );
    d.overview.target_group.min_age = None;
    d.overview.target_group.age_on = Date::ymd(2027, 1, 1);
    let en = visible_text(&generate(&d, &options(Lang::En)));
    assert!(
        en.contains("Applicants must be at most 30 years old on 1 January 2027."),
        "{en}"
    );
    d.overview.target_group.max_age = None;
    let en = visible_text(&generate(&d, &options(Lang::En)));
    assert!(!en.contains("years old"), "{en}");
}

#[test]
fn feedback_written_without_a_choice_is_in_the_call() {
    let mut d = reference();
    d.selection.feedback = Feedback {
        offered: None,
        how: "A short written note from the committee.".into(),
        ..Feedback::default()
    };
    let en = visible_text(&generate(&d, &options(Lang::En)));
    assert!(
        en.contains("A short written note from the committee."),
        "{en}"
    );
    // A "no" keeps what was written as well.
    d.selection.feedback.offered = Some(false);
    let en = visible_text(&generate(&d, &options(Lang::En)));
    assert!(en.contains("do not receive individual feedback"), "{en}");
    assert!(
        en.contains("A short written note from the committee."),
        "{en}"
    );
}

#[test]
fn a_lead_alone_has_no_dash_after_it_in_any_output() {
    let alone = super::Item {
        lead: Some("Artistic quality".into()),
        text: String::new(),
    };
    let both = super::Item {
        lead: Some("Artistic quality".into()),
        text: "Originality".into(),
    };
    assert_eq!(alone.separator(), "");
    assert_eq!(both.separator(), " — ");
    let mut draft = reference();
    draft.selection.criteria.truncate(1);
    draft.selection.criteria[0].name = "Artistic quality".into();
    draft.selection.criteria[0].description = String::new();
    let doc = generate(&draft, &options(Lang::En));
    for out in [to_markdown(&doc), to_text(&doc), to_html(&doc)] {
        let line = out
            .lines()
            .find(|l| l.contains("Artistic quality"))
            .unwrap_or_default();
        assert!(!line.trim_end().ends_with('—'), "{line}");
        assert!(
            !line.contains("— </li>") && !line.contains("—</li>"),
            "{line}"
        );
    }
}

#[test]
fn a_cost_too_large_to_count_is_not_stated_as_a_wrong_figure() {
    let mut draft = reference();
    draft.overview.places = Some(10);
    let line = draft
        .budget
        .iter_mut()
        .find(|l| l.category == BudgetCategory::Travel && l.funding != Funding::ParticipantFee)
        .expect("the reference has travel costs");
    line.label = "Flights".into();
    line.unit_cost = Money(9_999_999_999_999);
    line.quantity = Decimal2::whole(1_000_000_000);
    let text = to_text(&generate(&draft, &options(Lang::En)));
    let flights = text
        .lines()
        .find(|l| l.contains("Flights"))
        .unwrap_or_default();
    assert!(
        flights.contains("an amount too large to state"),
        "{flights}"
    );
    assert!(!text.contains("92,233,720"), "{text}");
}
