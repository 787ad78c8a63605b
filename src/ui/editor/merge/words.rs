//! The comparison in words: where a difference is, what it is, and the two
//! values as a reader sees them, in the interface language.

use std::borrow::Cow;
use std::collections::HashMap;

use leptos::prelude::*;
use rust_i18n::t;
use serde_json::Value;

use crate::merge::{Change, Difference, Kind, Path, Piece, Side, Step, word_diff};
use crate::model::{Date, Id};
use crate::text::display_title;
use crate::ui::route::Screen;
use crate::ui::text::date_text;

/// The word-by-word comparison of a text long enough to need one.
pub(super) fn long_texts(d: &Difference) -> Option<Vec<(Piece, String)>> {
    match &d.change {
        Change::Field {
            mine: Some(Value::String(m)),
            theirs: Some(Value::String(t)),
            ..
        } if m.split_whitespace().count() > 8 || t.split_whitespace().count() > 8 => {
            Some(word_diff(m, t))
        }
        _ => None,
    }
}

/// One side of a word comparison: the words kept, and those only this side
/// has, marked as removed (mine) or added (theirs).
pub(super) fn side(pieces: &[(Piece, String)], only: Piece) -> AnyView {
    pieces
        .iter()
        .filter(|(p, _)| *p == Piece::Same || *p == only)
        .map(|(p, text)| match p {
            Piece::Same => view! { <span>{text.clone()}</span> }.into_any(),
            Piece::Removed => view! { <del>{text.clone()}</del> }.into_any(),
            Piece::Added => view! { <ins>{text.clone()}</ins> }.into_any(),
        })
        .collect_view()
        .into_any()
}

/// A stable name for a place, for the radio group of its choice.
pub(super) fn path_key(path: &Path) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|s| match s {
            Step::Field(f) => f.clone(),
            Step::Item(id) => id.to_string(),
        })
        .collect();
    format!("merge-{}", parts.join("-"))
}

/// The fields that name an item, in the order they are looked for.
const NAME_FIELDS: [&str; 5] = ["title", "name", "label", "indicator", "channel"];

/// The name of every item of a draft's lists, by id.
pub(super) fn collect_names(v: &Value, out: &mut HashMap<Id, String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|x| collect_names(x, out)),
        Value::Object(fields) => {
            if let Some(id) = fields
                .get("id")
                .and_then(Value::as_str)
                .and_then(|s| s.parse().ok())
            {
                let name = NAME_FIELDS.iter().find_map(|k| {
                    fields
                        .get(*k)
                        .and_then(Value::as_str)
                        .filter(|s| !s.trim().is_empty())
                });
                out.entry(id)
                    .or_insert_with(|| display_title(name.unwrap_or_default()).into_owned());
            }
            fields.values().for_each(|x| collect_names(x, out));
        }
        _ => {}
    }
}

/// Where a difference is, in words: "Phases › Diagnostic › Start".
pub(super) fn place(path: &Path, names: &HashMap<Id, String>) -> String {
    path.iter()
        .enumerate()
        .map(|(i, step)| match step {
            Step::Field(f) if i == 0 => part_label(f).into_owned(),
            Step::Field(f) => field_label(f),
            Step::Item(id) => names.get(id).cloned().unwrap_or_else(|| id.to_string()),
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

pub(super) fn part_label(part: &str) -> Cow<'static, str> {
    let screen = match part {
        "overview" => Screen::Overview,
        "phases" => Screen::Phases,
        "contents" => Screen::Contents,
        "people" => Screen::People,
        "selection" => Screen::Selection,
        "budget" => Screen::Budget,
        "milestones" => Screen::Planning,
        "communication" => Screen::Communication,
        "evaluation" => Screen::Evaluation,
        "call" => Screen::Call,
        "notes" => return t!("summary.notes"),
        "running" => return t!("running.part"),
        other => return Cow::Owned(other.to_string()),
    };
    screen.label()
}

/// A field in words, in the interface language, as the Summary names it.
pub(super) fn field_label(name: &str) -> String {
    field_words(name)
        .map(Cow::into_owned)
        .unwrap_or_else(|| name.replace('_', " "))
}

/// The words for a field of the format, if it has any.
fn field_words(name: &str) -> Option<Cow<'static, str>> {
    Some(match name {
        "title" => t!("merge.field_title"),
        "tagline" => t!("merge.field_tagline"),
        "start" => t!("merge.field_start"),
        "end" => t!("merge.field_end"),
        "description" => t!("summary.description"),
        "kind" => t!("summary.kind"),
        "mode" => t!("summary.mode"),
        "hours" => t!("summary.hours"),
        "location" => t!("summary.location"),
        "name" => t!("summary.name"),
        "role" => t!("summary.role"),
        "expertise" => t!("summary.expertise"),
        "organisation" => t!("summary.organisation"),
        "country" => t!("summary.country"),
        "fee_per_day" => t!("summary.fee_per_day"),
        "days" => t!("summary.days"),
        "weight" => t!("summary.weight"),
        "label" => t!("summary.line"),
        "category" => t!("summary.category"),
        "unit_cost" => t!("summary.unit_cost"),
        "quantity" => t!("summary.quantity"),
        "funding" => t!("summary.funding"),
        "phase_id" | "phase_ids" => t!("summary.phases"),
        "expert_ids" => t!("summary.people"),
        "requirement" => t!("summary.requirement"),
        "scope" => t!("summary.scope"),
        "delivery" => t!("summary.delivery"),
        "format" => t!("summary.format"),
        "date" => t!("summary.date"),
        "channel" => t!("summary.channel"),
        "audience" => t!("summary.audience"),
        "message" => t!("summary.message"),
        "owner" => t!("summary.owner"),
        "indicator" => t!("summary.indicator"),
        "method" => t!("summary.method"),
        "target" => t!("summary.target"),
        "deadline" => t!("summary.deadline"),
        "results_date" => t!("summary.results_date"),
        "places" => t!("summary.places"),
        "currency" => t!("summary.currency"),
        "objectives" => t!("summary.objectives"),
        "eligibility" => t!("summary.eligibility"),
        "committee" => t!("summary.committee"),
        "steps" => t!("summary.steps"),
        "disciplines" => t!("summary.disciplines"),
        "goals" => t!("summary.goals"),
        "criteria" => t!("summary.criteria"),
        "organisers" => t!("summary.organisers"),
        "target_group" => t!("summary.profiles"),
        "members" => t!("committee.title"),
        "conflicts" => t!("committee.field_conflicts"),
        "returned" => t!("committee.field_returned"),
        "comment" => t!("committee.field_comment"),
        "waiting_places" => t!("committee.waiting_places"),
        "disagreement" => t!("committee.threshold"),
        "tie_breaks" => t!("committee.field_tie_breaks"),
        "waiting" => t!("results.waiting"),
        "selected" => t!("results.selected"),
        "who" => t!("overview.who"),
        "profiles" => t!("overview.profiles"),
        "organisation_kinds" => t!("overview.organisation_kinds"),
        "career_stage" => t!("overview.career_stage"),
        "eligible_countries" => t!("overview.eligible_countries"),
        "working_languages" => t!("overview.working_languages"),
        "min_age" => t!("overview.min_age"),
        "max_age" => t!("overview.max_age"),
        "age_on" => t!("overview.age_on"),
        "other_goal" => t!("overview.other_goal"),
        "website" => t!("overview.website"),
        "contact" => t!("overview.contact"),
        "email" => t!("intake.email"),
        "activities" => t!("phases.activities"),
        "outputs" => t!("phases.outputs"),
        "responsible" => t!("phases.responsible"),
        "unit" => t!("budget.unit"),
        "measure" => t!("actions.measure"),
        "when" => t!("actions.when"),
        "application_fee" => t!("selection.fee"),
        "conflict_of_interest" => t!("selection.conflict"),
        "materials" => t!("selection.materials"),
        "feedback" | "offered" => t!("selection.feedback"),
        "how" => t!("selection.feedback_how"),
        "score_max" => t!("selection.score_max"),
        "applicants" => t!("sheet.applicants"),
        "scores" | "value" => t!("selection.scores_caption"),
        "condition" => t!("intake.conditions"),
        "met" => t!("intake.met"),
        "language" => t!("call_ui.language"),
        "excluded_sections" => t!("call_ui.sections"),
        "introduction" => t!("call_ui.introduction"),
        "closing" => t!("call_ui.closing"),
        "commitments" => t!("call_ui.commitments"),
        "accessibility" => t!("call_ui.accessibility"),
        "data_protection" => t!("call_ui.data_protection"),
        "columns" => t!("intake.column"),
        "participants" => t!("running.participants"),
        "assignments" => t!("running.assignments"),
        "sessions" => t!("running.sessions"),
        "stall_days" => t!("running.stall_days"),
        "joined" => t!("running.joined"),
        "withdrawal" => t!("running.withdrawal"),
        "reason" => t!("running.reason"),
        "plan" => t!("running.plan"),
        "starting_point" => t!("running.starting_point"),
        "content_ids" => t!("running.contents"),
        "actions" => t!("running.actions"),
        "text" => t!("running.text"),
        "progress" => t!("running.progress"),
        "due" => t!("running.due"),
        "done" => t!("running.done"),
        "statement" => t!("running.statement"),
        "person_id" => t!("running.mentor"),
        "participant_id" => t!("running.participant"),
        "participant_ids" => t!("running.attended"),
        "mentor_ids" => t!("running.mentors"),
        "notes" => t!("running.notes"),
        "next_steps" => t!("running.next_steps"),
        "logged_by" => t!("running.logged_by"),
        "capacity" => t!("running.capacity"),
        "log_given" => t!("running.log_given_field"),
        "log_taken" => t!("running.log_taken_field"),
        _ => return None,
    })
}

pub(super) fn kind_words(d: &Difference) -> Cow<'static, str> {
    match d.kind() {
        Kind::AddedHere => t!("merge.added_here"),
        Kind::AddedThere => t!("merge.added_there"),
        Kind::RemovedHere => t!("merge.removed_here"),
        Kind::RemovedThere => t!("merge.removed_there"),
        Kind::OnlyHere => t!("merge.only_here"),
        Kind::OnlyThere => t!("merge.only_there"),
        Kind::Moved => t!("merge.moved"),
        Kind::Changed if d.settled().is_none() && d.who == crate::merge::Who::Both => {
            t!("merge.changed_both")
        }
        Kind::Changed => match d.settled() {
            Some(Side::Mine) => t!("merge.changed_here"),
            Some(Side::Theirs) => t!("merge.changed_there"),
            None => t!("merge.changed"),
        },
    }
}

/// The two sides of a difference, as a reader sees them.
pub(super) fn values(d: &Difference) -> (String, String) {
    match &d.change {
        Change::Item { mine, theirs, .. } | Change::Field { mine, theirs, .. } => {
            (shown(mine.as_ref()), shown(theirs.as_ref()))
        }
        Change::Order { mine, theirs, .. } => (
            t!("merge.order", count = mine.len()).into_owned(),
            t!("merge.other_order", count = theirs.len()).into_owned(),
        ),
    }
}

/// A value of the format in words: a date as a date, an item by its name,
/// a list of lines joined; nothing is a dash.
pub(super) fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.trim().is_empty() => "—".into(),
        Some(Value::String(s)) => s
            .parse::<Date>()
            .map(date_text)
            .unwrap_or_else(|_| s.clone()),
        Some(Value::Bool(b)) => if *b {
            t!("summary.yes")
        } else {
            t!("summary.no")
        }
        .into_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) if items.is_empty() => "—".into(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|x| shown(Some(x)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Object(fields)) => NAME_FIELDS
            .iter()
            .find_map(|k| fields.get(*k).and_then(Value::as_str))
            .map(|s| display_title(s).into_owned())
            .unwrap_or_else(|| t!("merge.an_item").into_owned()),
    }
}

#[cfg(test)]
mod tests;
