//! Letters to applicants: every applicant hears back, in the call's
//! language, with the decision, what comes next and, for those not selected,
//! the feedback the call promised.
//!
//! Letters are plain text: names, conditions and feedback are copied as
//! typed and never read as markup or as placeholders (see [`fill`]).

use rust_i18n::t;

use super::generate::one_line;
use super::strings;
use crate::model::{Draft, Id, Lang, Outcome, to_csv};
use crate::text::{date, date_range, fill};

/// What the selection decided for one applicant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Selected,
    /// Offered a place from the waiting list after someone withdrew, to
    /// join on this date (when one was set).
    PlaceOffered(Option<crate::model::Date>),
    /// On the waiting list, at this place (1-based, in ranking order).
    Waiting(usize),
    NotSelected,
    /// Set aside: the call's conditions the applicant does not meet.
    NotEligible(Vec<String>),
}

impl Decision {
    /// The decision in a word or two, as a mail-merge column shows it.
    pub fn label(&self, l: Lang) -> String {
        let l = l.code();
        match self {
            Decision::Selected => t!("letters.decision_selected", locale = l),
            Decision::PlaceOffered(_) => t!("letters.decision_place_offered", locale = l),
            Decision::Waiting(_) => t!("letters.decision_waiting", locale = l),
            Decision::NotSelected => t!("letters.decision_not_selected", locale = l),
            Decision::NotEligible(_) => t!("letters.decision_not_eligible", locale = l),
        }
        .into_owned()
    }

    /// Whether the letter carries feedback, when the call promises it.
    pub fn gets_feedback(&self) -> bool {
        matches!(self, Decision::NotSelected | Decision::NotEligible(_))
    }
}

/// One letter, ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub applicant_id: Id,
    pub name: String,
    pub email: String,
    pub decision: Decision,
    pub subject: String,
    pub body: String,
}

/// What the selection decided for each applicant, in the order entered
/// ([`Draft::outcome`]), with a waiting applicant's place on the list.
pub fn decisions(d: &Draft) -> Vec<(Id, Decision)> {
    let waiting_order: Vec<Id> = d
        .ranking()
        .into_iter()
        .filter(|r| r.waiting && !r.selected)
        .map(|r| r.id)
        .collect();
    let mut unranked_waiting = waiting_order.len();
    d.selection
        .applicants
        .iter()
        .map(|a| {
            let decision = match d.outcome(a) {
                Outcome::Ineligible(unmet) => Decision::NotEligible(unmet),
                Outcome::Selected => match d
                    .running
                    .participants
                    .iter()
                    .find(|p| p.applicant_id == Some(a.id) && p.joined.is_some())
                {
                    Some(p) => Decision::PlaceOffered(p.joined),
                    None => Decision::Selected,
                },
                Outcome::Waiting => {
                    let place = match waiting_order.iter().position(|id| *id == a.id) {
                        Some(i) => i + 1,
                        None => {
                            unranked_waiting += 1;
                            unranked_waiting
                        }
                    };
                    Decision::Waiting(place)
                }
                Outcome::NotSelected => Decision::NotSelected,
            };
            (a.id, decision)
        })
        .collect()
}

/// One letter per applicant, in the order entered, in language `lang`.
pub fn letters(d: &Draft, lang: Lang) -> Vec<Letter> {
    let l = lang.code();
    let title = one_line(&d.overview.title);
    let programme = if title.is_empty() {
        strings::phrases(lang).untitled.to_string()
    } else {
        title
    };
    let signature = signature(d, &programme, l);
    let steps = next_steps(d, lang);
    let until = d.kick_off().map(|k| date(k, lang));
    decisions(d)
        .into_iter()
        .filter_map(|(id, decision)| {
            let a = d.selection.applicants.iter().find(|a| a.id == id)?;
            let name = one_line(&a.name);
            let mut body = Vec::new();
            body.push(if name.is_empty() {
                t!("letters.greeting_no_name", locale = l).into_owned()
            } else {
                fill(&t!("letters.greeting", locale = l), &[("name", &name)])
            });
            body.push(fill(
                &t!("letters.thanks", locale = l),
                &[("programme", &programme)],
            ));
            let subject_key = match &decision {
                Decision::Selected | Decision::PlaceOffered(_) => {
                    // Both offer a place: the same next steps and request to
                    // confirm follow the news.
                    let (news, subject, joined) = match &decision {
                        Decision::PlaceOffered(joined) => (
                            t!("letters.place_offered", locale = l),
                            t!("letters.subject_place_offered", locale = l),
                            *joined,
                        ),
                        _ => (
                            t!("letters.selected", locale = l),
                            t!("letters.subject_selected", locale = l),
                            None,
                        ),
                    };
                    body.push(fill(&news, &[("programme", &programme)]));
                    if let Some(j) = joined {
                        body.push(fill(
                            &t!("letters.place_from", locale = l),
                            &[("date", &date(j, lang))],
                        ));
                    }
                    body.extend(steps.clone());
                    body.push(t!("letters.selected_confirm", locale = l).into_owned());
                    subject
                }
                Decision::Waiting(place) => {
                    body.push(fill(
                        &t!("letters.waiting", locale = l),
                        &[("place", &place.to_string())],
                    ));
                    body.push(match &until {
                        Some(u) => fill(&t!("letters.waiting_until", locale = l), &[("date", u)]),
                        None => t!("letters.waiting_no_date", locale = l).into_owned(),
                    });
                    t!("letters.subject_waiting", locale = l)
                }
                Decision::NotSelected => {
                    body.push(t!("letters.not_selected", locale = l).into_owned());
                    t!("letters.subject_not_selected", locale = l)
                }
                Decision::NotEligible(unmet) => {
                    let mut p = t!("letters.not_eligible", locale = l).into_owned();
                    for c in unmet {
                        p.push_str("\n- ");
                        p.push_str(&one_line(c));
                    }
                    body.push(p);
                    t!("letters.subject_not_selected", locale = l)
                }
            };
            let feedback = a.feedback.trim();
            if decision.gets_feedback() && d.selection.feedback.given() && !feedback.is_empty() {
                body.push(format!(
                    "{}\n{}",
                    t!("letters.feedback", locale = l),
                    feedback.replace("\r\n", "\n")
                ));
            }
            if decision.gets_feedback() {
                body.push(t!("letters.encourage", locale = l).into_owned());
            }
            body.push(signature.clone());
            Some(Letter {
                applicant_id: id,
                name,
                email: one_line(&a.email),
                subject: fill(&subject_key, &[("programme", &programme)]),
                decision,
                body: body.join("\n\n") + "\n",
            })
        })
        .collect()
}

/// The phases a selected applicant goes through, with their dates: the
/// start, then the first phase with participants and those after it.
fn next_steps(d: &Draft, lang: Lang) -> Vec<String> {
    let l = lang.code();
    let mut out = Vec::new();
    if let Some(k) = d.kick_off() {
        out.push(fill(
            &t!("letters.starts", locale = l),
            &[("date", &date(k, lang))],
        ));
    }
    let Some(first) = d.first_participant_phase() else {
        return out;
    };
    let from = d.phases.iter().position(|p| p.id == first.id).unwrap_or(0);
    let lines: Vec<String> = d.phases[from..]
        .iter()
        .map(|p| {
            let title = one_line(&p.title);
            let title = if title.is_empty() {
                strings::phase_kind(p.kind, lang).to_string()
            } else {
                title
            };
            match date_range(p.start, p.end, lang) {
                Some(when) => fill(
                    &t!("letters.phase_dated", locale = l),
                    &[("phase", &title), ("dates", &when)],
                ),
                None => fill(
                    &t!("letters.phase_undated", locale = l),
                    &[("phase", &title)],
                ),
            }
        })
        .collect();
    out.push(format!(
        "{}\n{}",
        t!("letters.next_steps", locale = l),
        lines.join("\n")
    ));
    out
}

/// "Kind regards," and the organisers' names, or the programme's team.
fn signature(d: &Draft, programme: &str, l: &str) -> String {
    let names: Vec<String> = d
        .overview
        .organisers
        .iter()
        .map(|o| one_line(&o.name))
        .filter(|n| !n.is_empty())
        .collect();
    let who = if names.is_empty() {
        fill(&t!("letters.team", locale = l), &[("programme", programme)])
    } else {
        names.join("\n")
    };
    format!("{}\n{}", t!("letters.regards", locale = l), who)
}

/// The letters as CSV for a mail merge: name, email, decision, subject, body.
pub fn letters_csv(letters: &[Letter], lang: Lang) -> String {
    let l = lang.code();
    let mut rows = vec![vec![
        t!("letters.csv_name", locale = l).into_owned(),
        t!("letters.csv_email", locale = l).into_owned(),
        t!("letters.csv_decision", locale = l).into_owned(),
        t!("letters.csv_subject", locale = l).into_owned(),
        t!("letters.csv_body", locale = l).into_owned(),
    ]];
    rows.extend(letters.iter().map(|x| {
        vec![
            x.name.clone(),
            x.email.clone(),
            x.decision.label(lang),
            x.subject.clone(),
            x.body.clone(),
        ]
    }));
    to_csv(rows)
}

/// The committee's comments on one applicant, grouped per criterion in the
/// criteria's order and without the members' names: a start for the
/// feedback the owner then edits.
pub fn feedback_from_comments(d: &Draft, applicant_id: Id) -> String {
    let mut out = Vec::new();
    for c in &d.selection.criteria {
        let comments: Vec<String> = d
            .selection
            .members
            .iter()
            .filter_map(|m| m.score(applicant_id, c.id))
            .map(|s| s.comment.trim())
            .filter(|s| !s.is_empty())
            .map(|s| format!("- {}", s.replace("\r\n", "\n").replace('\n', "\n  ")))
            .collect();
        if comments.is_empty() {
            continue;
        }
        let name = one_line(&c.name);
        out.push(if name.is_empty() {
            comments.join("\n")
        } else {
            format!("{name}\n{}", comments.join("\n"))
        });
    }
    out.join("\n\n")
}

#[cfg(test)]
mod tests;
