//! From a draft to a [`CallDocument`]: what each section says, in the call's
//! language, from the draft's data only.

use std::collections::HashSet;

use super::strings::{self, Phrases, phrases};
use super::{Block, CallDocument, CallOptions, CallSection, Fact, Item, Section};
use crate::model::{
    BudgetCategory, BudgetLine, Currency, Decimal2, Draft, Funding, Lang, MentorshipContent, Money,
    Organiser, OrganiserRole, Person, PersonRole, Profiles, Requirement, Scope, WhoApplies,
};
use crate::text::{self, fill};

/// Budget categories that pay for something a participant receives, and so
/// belong in "what is covered". Staff, expert fees, venues and overheads pay
/// for running the programme, not for the participant's own costs.
const COVERED_CATEGORIES: [BudgetCategory; 4] = [
    BudgetCategory::Travel,
    BudgetCategory::Accommodation,
    BudgetCategory::Subsistence,
    BudgetCategory::Materials,
];

/// The call for `draft`, as `options` ask.
pub fn generate(draft: &Draft, options: &CallOptions) -> CallDocument {
    let lang = options.language;
    let cx = Context {
        draft,
        options,
        lang,
        p: phrases(lang),
    };
    let title = one_line(&draft.overview.title);
    let title = if title.is_empty() {
        cx.p.untitled.to_string()
    } else {
        title
    };
    let sections = Section::ALL
        .into_iter()
        .filter(|s| options.includes(*s))
        .filter_map(|section| {
            let blocks = cx.section(section);
            (!blocks.is_empty()).then(|| CallSection {
                section,
                heading: section.label(lang).to_string(),
                blocks,
            })
        })
        .collect();
    CallDocument {
        language: lang,
        title: fill(cx.p.call_title, &[("title", &title)]),
        subtitle: Some(one_line(&draft.overview.tagline)).filter(|s| !s.is_empty()),
        sections,
        closing: options
            .closing
            .as_deref()
            .map(paragraphs)
            .unwrap_or_default(),
    }
}

struct Context<'a> {
    draft: &'a Draft,
    options: &'a CallOptions,
    lang: Lang,
    p: &'static Phrases,
}

impl Context<'_> {
    fn section(&self, section: Section) -> Vec<Block> {
        match section {
            Section::Introduction => self.introduction(),
            Section::WhoCanApply => self.who_can_apply(),
            Section::WhatWeOffer => self.what_we_offer(),
            Section::StructureAndDates => self.structure_and_dates(),
            Section::Costs => self.costs(),
            Section::Commitments => paragraphs(&self.draft.call.commitments),
            Section::Selection => self.selection(),
            Section::HowToApply => self.how_to_apply(),
            Section::Deadline => self.deadline(),
            Section::Accessibility => paragraphs(&self.draft.call.accessibility),
            Section::DataProtection => paragraphs(&self.draft.call.data_protection),
            Section::Contact => self.contact(),
        }
    }

    fn introduction(&self) -> Vec<Block> {
        if let Some(text) = self.options.introduction.as_deref()
            && !text.trim().is_empty()
        {
            return paragraphs(text);
        }
        let (p, lang) = (self.p, self.lang);
        let o = &self.draft.overview;
        let mut blocks = Vec::new();

        let names = |role| -> Vec<String> {
            o.organisers
                .iter()
                .filter(|org| org.role == role)
                .filter_map(|org| self.organiser_name(org))
                .collect()
        };
        let (leads, partners) = (names(OrganiserRole::Lead), names(OrganiserRole::Partner));
        let organisers = match (leads.is_empty(), partners.is_empty()) {
            (true, true) => None,
            (false, false) => Some(fill(
                p.intro_partnership,
                &[
                    ("leads", &strings::join_and(&leads, lang)),
                    ("partners", &strings::join_and(&partners, lang)),
                ],
            )),
            (false, true) => Some(strings::join_and(&leads, lang)),
            (true, false) => Some(strings::join_and(&partners, lang)),
        };
        // Once the organisers' sentence has named the programme, the next one
        // refers back to it.
        let programme = if organisers.is_some() {
            p.programme_again
        } else {
            p.programme
        };
        if let Some(organisers) = organisers {
            let title = one_line(&o.title);
            blocks.push(Block::Paragraph(if title.is_empty() {
                fill(p.intro_organised, &[("organisers", &organisers)])
            } else {
                fill(
                    p.intro_organised_titled,
                    &[("title", &title), ("organisers", &organisers)],
                )
            }));
        }

        let dates = match (o.start, o.end) {
            (Some(s), Some(e)) => Some(fill(
                p.intro_runs,
                &[
                    ("programme", programme),
                    ("start", &text::date(s, lang)),
                    ("end", &text::date(e, lang)),
                ],
            )),
            (Some(s), None) => Some(fill(
                p.intro_starts,
                &[("programme", programme), ("start", &text::date(s, lang))],
            )),
            (None, Some(e)) => Some(fill(
                p.intro_ends,
                &[("programme", programme), ("end", &text::date(e, lang))],
            )),
            (None, None) => None,
        };
        let places = o.places.map(|n| strings::places(n, lang));
        let when_and_how_many = match (dates, places) {
            (Some(d), Some(n)) => Some(fill(
                p.intro_dates_and_places,
                &[("dates", &d), ("places", &n)],
            )),
            (Some(d), None) => Some(fill(p.intro_dates, &[("dates", &d)])),
            (None, Some(n)) => Some(fill(
                p.intro_places,
                &[("programme", programme), ("places", &n)],
            )),
            (None, None) => None,
        };
        blocks.extend(when_and_how_many.map(Block::Paragraph));

        let mut seen = HashSet::new();
        let goals: Vec<Item> = o
            .goals
            .iter()
            .filter(|g| seen.insert(**g))
            .filter_map(|g| match strings::goal(*g, lang) {
                Some(text) => Some(text.to_string()),
                None => Some(one_line(&o.other_goal)).filter(|t| !t.is_empty()),
            })
            .map(plain_item)
            .collect();
        if !goals.is_empty() {
            blocks.push(Block::Paragraph(p.intro_goals.to_string()));
            blocks.push(Block::Bullets(goals));
        }
        blocks.extend(paragraphs(&o.objectives));
        blocks
    }

    fn who_can_apply(&self) -> Vec<Block> {
        let (p, lang) = (self.p, self.lang);
        let o = &self.draft.overview;
        let t = &o.target_group;
        let mut blocks = Vec::new();
        let countries: Vec<String> = t
            .eligible_countries
            .iter()
            .map(|c| one_line(c))
            .filter(|c| !c.is_empty())
            .collect();
        let kinds: Vec<String> = t
            .organisation_kinds
            .iter()
            .map(|k| strings::organisation_kind(*k, lang).to_string())
            .collect();
        let kinds = strings::join_and(&kinds, lang);
        let who = t.who();
        if t.individuals_apply() {
            blocks.push(Block::Paragraph(
                match t.profiles {
                    Some(Profiles::Artists) => p.profiles_artists,
                    Some(Profiles::CulturalProfessionals) => p.profiles_professionals,
                    Some(Profiles::Both) => p.profiles_both,
                    None => p.who_individuals,
                }
                .to_string(),
            ));
        }
        let organisations_only = who == Some(WhoApplies::Organisations);
        if t.organisations_apply() {
            let sentence = match (organisations_only, kinds.is_empty()) {
                (true, true) => p.who_organisations.to_string(),
                (true, false) => fill(p.who_organisations_kinds, &[("kinds", &kinds)]),
                (false, true) => p.who_organisations_too.to_string(),
                (false, false) => fill(p.who_organisations_too_kinds, &[("kinds", &kinds)]),
            };
            blocks.push(Block::Paragraph(sentence));
            // Where an organisation is based decides whether it may apply.
            if organisations_only && !countries.is_empty() {
                blocks.push(Block::Paragraph(fill(
                    p.who_organisations_based,
                    &[("countries", &strings::join_and(&countries, lang))],
                )));
            }
        }
        if let Some(ages) = self.age_limits() {
            blocks.push(Block::Paragraph(ages));
        }
        let mut facts = Vec::new();
        let mut fact = |label: &str, value: String| {
            if !value.is_empty() {
                facts.push(Fact {
                    label: label.to_string(),
                    value,
                });
            }
        };
        fact(p.fact_disciplines, list_line(&t.disciplines));
        fact(p.fact_career_stage, one_line(&t.career_stage));
        if !organisations_only {
            fact(p.fact_eligible_countries, countries.join(", "));
        }
        fact(p.fact_working_languages, list_line(&t.working_languages));
        fact(
            p.fact_places,
            o.places.map(|n| n.to_string()).unwrap_or_default(),
        );
        if !facts.is_empty() {
            blocks.push(Block::Facts(facts));
        }
        let conditions = items(&self.draft.selection.eligibility);
        if !conditions.is_empty() {
            blocks.push(Block::Paragraph(p.eligibility_lead.to_string()));
            blocks.push(Block::Bullets(conditions));
        }
        blocks
    }

    /// The age limits in one sentence, with the day on which age is counted:
    /// the one chosen, else the application deadline.
    fn age_limits(&self) -> Option<String> {
        let (p, lang) = (self.p, self.lang);
        let t = &self.draft.overview.target_group;
        let on = match (t.age_on, self.draft.selection.deadline) {
            (Some(day), _) => fill(p.age_on, &[("date", &text::date(day, lang))]),
            (None, Some(deadline)) => {
                fill(p.age_on_deadline, &[("date", &text::date(deadline, lang))])
            }
            (None, None) => String::new(),
        };
        let (min, max) = (
            t.min_age.map(|a| a.to_string()),
            t.max_age.map(|a| a.to_string()),
        );
        Some(match (min, max) {
            (Some(min), Some(max)) if min == max => {
                fill(p.age_exactly, &[("age", &min), ("on", &on)])
            }
            (Some(min), Some(max)) => {
                fill(p.age_between, &[("min", &min), ("max", &max), ("on", &on)])
            }
            (Some(min), None) => fill(p.age_at_least, &[("min", &min), ("on", &on)]),
            (None, Some(max)) => fill(p.age_at_most, &[("max", &max), ("on", &on)]),
            (None, None) => return None,
        })
    }

    fn what_we_offer(&self) -> Vec<Block> {
        let p = self.p;
        let mut blocks = Vec::new();
        for (requirement, lead, lead_with_hours) in [
            (
                Requirement::Mandatory,
                p.contents_mandatory,
                p.contents_mandatory_hours,
            ),
            (
                Requirement::Optional,
                p.contents_optional,
                p.contents_optional_hours,
            ),
        ] {
            let contents = self
                .draft
                .contents
                .iter()
                .filter(|c| c.requirement == requirement);
            let total: Decimal2 = contents.clone().filter_map(|c| c.hours).sum();
            let list: Vec<Item> = contents.filter_map(|c| self.content_item(c)).collect();
            if list.is_empty() {
                continue;
            }
            blocks.push(Block::Paragraph(if total > Decimal2(0) {
                fill(
                    lead_with_hours,
                    &[("hours", &strings::hours(total, self.lang))],
                )
            } else {
                lead.to_string()
            }));
            blocks.push(Block::Bullets(list));
        }
        for (role, lead) in [
            (PersonRole::Expert, p.experts_lead),
            (PersonRole::EndUser, p.end_users_lead),
        ] {
            let mut seen = HashSet::new();
            let people: Vec<Item> = self
                .draft
                .people
                .iter()
                .filter(|person| person.role == role)
                .filter_map(person_line)
                .filter(|line| seen.insert(line.clone()))
                .map(plain_item)
                .collect();
            if !people.is_empty() {
                blocks.push(Block::Paragraph(lead.to_string()));
                blocks.push(Block::Bullets(people));
            }
        }
        blocks
    }

    fn content_item(&self, c: &MentorshipContent) -> Option<Item> {
        let lang = self.lang;
        let (title, description) = named(&c.title, &c.description)?;
        let mut details: Vec<String> = Vec::new();
        details.extend(
            c.format
                .map(|f| strings::content_format(f, lang).to_string()),
        );
        details.extend(
            c.hours
                .filter(|h| *h > Decimal2(0))
                .map(|h| strings::hours(h, lang)),
        );
        details.push(strings::delivery(c.delivery, lang).to_string());
        if c.scope == Scope::TailorMade {
            details.push(self.p.scope_tailor_made.to_string());
        }
        let details = capitalise(&details.join(", ")) + ".";
        let text = if description.is_empty() {
            details
        } else {
            format!("{}{details}", sentence_end(&description))
        };
        Some(Item {
            lead: Some(title),
            text,
        })
    }

    fn structure_and_dates(&self) -> Vec<Block> {
        let lang = self.lang;
        let phases: Vec<Item> = self
            .draft
            .phases
            .iter()
            .map(|phase| {
                let title = one_line(&phase.title);
                let mut details: Vec<String> = Vec::new();
                details.extend(phase.mode.map(|m| strings::mode(m, lang).to_string()));
                details.extend(text::date_range(phase.start, phase.end, lang));
                details.push(one_line(&phase.location));
                details.extend(
                    phase
                        .hours
                        .filter(|h| *h > Decimal2(0))
                        .map(|h| strings::hours(h, lang)),
                );
                details.retain(|d| !d.is_empty());
                Item {
                    lead: Some(if title.is_empty() {
                        strings::phase_kind(phase.kind, lang).to_string()
                    } else {
                        title
                    }),
                    text: details.join(", "),
                }
            })
            .collect();
        if phases.is_empty() {
            return Vec::new();
        }
        let mut blocks = vec![Block::Numbered(phases)];
        let total = self.draft.phase_totals().hours;
        if total > Decimal2(0) {
            blocks.push(Block::Paragraph(fill(
                self.p.total_hours,
                &[("hours", &strings::hours(total, lang))],
            )));
        }
        blocks
    }

    fn costs(&self) -> Vec<Block> {
        let p = self.p;
        let mut covered = Vec::new();
        let mut paid = Vec::new();
        for line in &self.draft.budget {
            if line.funding == Funding::ParticipantFee {
                paid.push(self.cost_item(line));
            } else if COVERED_CATEGORIES.contains(&line.category) {
                covered.push(self.cost_item(line));
            }
        }
        let mut blocks = Vec::new();
        for (lead, list) in [(p.costs_covered_lead, covered), (p.costs_paid_lead, paid)] {
            if !list.is_empty() {
                blocks.push(Block::Paragraph(lead.to_string()));
                blocks.push(Block::Bullets(list));
            }
        }
        let fee = self.draft.selection.application_fee;
        blocks.push(Block::Paragraph(if fee == Money(0) {
            p.fee_none.to_string()
        } else {
            fill(p.fee_amount, &[("amount", &self.money(fee))])
        }));
        blocks
    }

    /// A budget line as a participant reads it: the amount each of them gets
    /// (or pays) when the number of places is known, else the group's total.
    fn cost_item(&self, line: &BudgetLine) -> Item {
        let label = one_line(&line.label);
        let label = if label.is_empty() {
            strings::budget_category(line.category, self.lang).to_string()
        } else {
            label
        };
        let text = match (line.total(), self.draft.overview.places.filter(|n| *n > 0)) {
            (Ok(Money(0)), _) => return plain_item(label),
            // No figure rather than a wrong one.
            (Err(_), _) => self.p.amount_too_large.to_string(),
            (Ok(total), Some(n)) => fill(
                self.p.amount_per_participant,
                &[("amount", &self.money(share(total, n)))],
            ),
            (Ok(total), None) => fill(self.p.amount_for_group, &[("amount", &self.money(total))]),
        };
        Item {
            lead: Some(label),
            text,
        }
    }

    fn selection(&self) -> Vec<Block> {
        let p = self.p;
        let s = &self.draft.selection;
        let mut blocks = Vec::new();
        let weighted = s.criteria.iter().any(|c| c.weight > 0);
        let criteria: Vec<Item> = s
            .criteria
            .iter()
            .filter_map(|c| {
                let (name, description) = named(&c.name, &c.description)?;
                let lead = if weighted {
                    fill(
                        p.criterion_weight,
                        &[("name", &name), ("weight", &c.weight.to_string())],
                    )
                } else {
                    name
                };
                Some(Item {
                    lead: Some(lead),
                    text: description,
                })
            })
            .collect();
        if criteria.is_empty() {
            blocks.push(Block::Paragraph(p.criteria_to_be_announced.to_string()));
        } else {
            blocks.push(Block::Paragraph(p.criteria_lead.to_string()));
            blocks.push(Block::Bullets(criteria));
        }
        let committee = items(&s.committee);
        if !committee.is_empty() {
            blocks.push(Block::Paragraph(p.committee_lead.to_string()));
            blocks.push(Block::Bullets(committee));
        }
        let conflict = one_line(&s.conflict_of_interest);
        if !conflict.is_empty() {
            blocks.push(Block::Paragraph(fill(
                p.conflict_of_interest,
                &[("text", &conflict)],
            )));
        }
        let steps = items(&s.steps);
        if !steps.is_empty() {
            blocks.push(Block::Paragraph(p.steps_lead.to_string()));
            blocks.push(Block::Numbered(steps));
        }
        // Whatever was written about feedback is said: it is never dropped.
        let how = one_line(&s.feedback.how);
        if s.feedback.given() {
            blocks.push(Block::Paragraph(if how.is_empty() {
                p.feedback_offered.to_string()
            } else {
                fill(p.feedback_offered_how, &[("how", &how)])
            }));
        } else if s.feedback.offered == Some(false) {
            blocks.push(Block::Paragraph(p.feedback_not_offered.to_string()));
            blocks.extend(paragraphs(&s.feedback.how));
        }
        blocks
    }

    fn how_to_apply(&self) -> Vec<Block> {
        let materials = items(&self.draft.selection.materials);
        if materials.is_empty() {
            return Vec::new();
        }
        vec![
            Block::Paragraph(self.p.materials_lead.to_string()),
            Block::Bullets(materials),
        ]
    }

    fn deadline(&self) -> Vec<Block> {
        let s = &self.draft.selection;
        let when = |d: Option<_>| {
            d.map(|d| text::date(d, self.lang))
                .unwrap_or_else(|| self.p.to_be_announced.to_string())
        };
        vec![Block::Facts(vec![
            Fact {
                label: self.p.fact_deadline.to_string(),
                value: when(s.deadline),
            },
            Fact {
                label: self.p.fact_results.to_string(),
                value: when(s.results_date),
            },
        ])]
    }

    fn contact(&self) -> Vec<Block> {
        let own = paragraphs(&self.draft.call.contact);
        if !own.is_empty() {
            return own;
        }
        let organisers: Vec<Item> = self
            .draft
            .overview
            .organisers
            .iter()
            .filter_map(|org| {
                let ways: Vec<String> = [&org.contact, &org.website]
                    .into_iter()
                    .map(|t| one_line(t))
                    .filter(|t| !t.is_empty())
                    .collect();
                if ways.is_empty() {
                    return None;
                }
                Some(Item {
                    lead: self.organiser_name(org),
                    text: ways.join(", "),
                })
            })
            .collect();
        if organisers.is_empty() {
            vec![Block::Paragraph(self.p.contact_to_be_announced.to_string())]
        } else {
            vec![Block::Bullets(organisers)]
        }
    }

    fn organiser_name(&self, org: &Organiser) -> Option<String> {
        let name = one_line(&org.name);
        let country = one_line(&org.country);
        match (name.is_empty(), country.is_empty()) {
            (true, _) => None,
            (false, true) => Some(name),
            (false, false) => Some(fill(
                self.p.organiser_in_country,
                &[("name", &name), ("country", &country)],
            )),
        }
    }

    fn money(&self, amount: Money) -> String {
        text::money(amount, self.currency(), self.lang)
    }

    fn currency(&self) -> &Currency {
        &self.draft.overview.currency
    }
}

/// What a person brings, for the call: an expert's field (never their fee),
/// an end-user's name; then their organisation and country.
fn person_line(person: &Person) -> Option<String> {
    let main = match person.role {
        PersonRole::Expert => one_line(&person.expertise),
        PersonRole::EndUser => {
            let name = one_line(&person.name);
            if name.is_empty() {
                one_line(&person.expertise)
            } else {
                name
            }
        }
    };
    if main.is_empty() {
        return None;
    }
    let whereabouts: Vec<String> = [&person.organisation, &person.country]
        .into_iter()
        .map(|t| one_line(t))
        .filter(|t| !t.is_empty())
        .collect();
    Some(if whereabouts.is_empty() {
        main
    } else {
        format!("{main} ({})", whereabouts.join(", "))
    })
}

/// `total ÷ places`, rounded half away from zero to the minor unit.
fn share(total: Money, places: u32) -> Money {
    let (t, n) = (i128::from(total.0), i128::from(places));
    let magnitude = (2 * t.abs() + n) / (2 * n);
    let rounded = if t < 0 { -magnitude } else { magnitude };
    Money(rounded.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// Text typed in one field as a single line: runs of white space (line breaks
/// included) become one space, control characters go.
pub(super) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

/// Text typed in a multi-line field as paragraphs: blank lines separate them,
/// single line breaks stay as breaks inside a paragraph.
pub(super) fn paragraphs(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = one_line(line);
        if line.is_empty() {
            if !current.is_empty() {
                blocks.push(Block::Paragraph(std::mem::take(&mut current)));
            }
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(&line);
        }
    }
    if !current.is_empty() {
        blocks.push(Block::Paragraph(current));
    }
    blocks
}

fn plain_item(text: String) -> Item {
    Item { lead: None, text }
}

/// One item per non-blank entry.
fn items(entries: &[String]) -> Vec<Item> {
    entries
        .iter()
        .map(|e| one_line(e))
        .filter(|e| !e.is_empty())
        .map(plain_item)
        .collect()
}

/// Non-blank entries on one line, separated by commas.
fn list_line(entries: &[String]) -> String {
    entries
        .iter()
        .map(|e| one_line(e))
        .filter(|e| !e.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` ready for another sentence to follow it.
fn sentence_end(text: &str) -> String {
    if text.ends_with(['.', '!', '?', '…']) {
        format!("{text} ")
    } else {
        format!("{text}. ")
    }
}

/// A name and a description on one line each; a description with no name
/// stands as the name, and with neither there is nothing to show.
fn named(name: &str, description: &str) -> Option<(String, String)> {
    let (name, description) = (one_line(name), one_line(description));
    match (name.is_empty(), description.is_empty()) {
        (false, _) => Some((name, description)),
        (true, false) => Some((description, String::new())),
        (true, true) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_half_away_from_zero() {
        assert_eq!(share(Money(50_000), 12), Money(4_167));
        assert_eq!(share(Money(336_000), 12), Money(28_000));
        assert_eq!(share(Money(5), 2), Money(3));
        assert_eq!(share(Money(-5), 2), Money(-3));
        assert_eq!(share(Money(i64::MAX), 1), Money(i64::MAX));
    }

    #[test]
    fn typed_text_is_normalised_not_rewritten() {
        assert_eq!(one_line("  a\n\tb  \u{7}c  "), "a b c");
        assert_eq!(
            paragraphs("  one\r\ntwo \n\n\n three  \n"),
            vec![
                Block::Paragraph("one\ntwo".into()),
                Block::Paragraph("three".into())
            ]
        );
        assert!(paragraphs(" \n \n").is_empty());
    }
}
