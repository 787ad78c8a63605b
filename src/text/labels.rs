//! Words for the draft's fixed choices in the interface language (texts in
//! `locales/labels.json`), shared by the screens and the exports (CSV headers and cells).

use std::borrow::Cow;

use rust_i18n::t;
use serde::Serialize;

use crate::model::{
    BudgetCategory, ContentFormat, Delivery, EvaluationMethod, EvaluationTime, Funding, Goal, Lang,
    MilestoneKind, Mode, OrganisationKind, OrganiserRole, PersonRole, PhaseKind, Profiles,
    Requirement, Scope, SessionKind, WhoApplies,
};

/// The key of the words for `choice` of list `list`:
/// `labels.<list>.<the choice's name in a programme file>`, so that a
/// choice is named once, by its type.
fn label_key<T: Serialize>(list: &str, choice: T) -> String {
    let name = serde_json::to_value(choice)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    format!("labels.{list}.{name}")
}

/// The words for `choice` of list `list` in the interface language.
fn label<T: Serialize>(list: &str, choice: T) -> Cow<'static, str> {
    label_in(list, choice, crate::text::lang())
}

/// The words for `choice` of list `list` in `lang`.
fn label_in<T: Serialize>(list: &str, choice: T, lang: Lang) -> Cow<'static, str> {
    Cow::Owned(t!(label_key(list, choice), locale = lang.code()).into_owned())
}

/// The words for a programme goal.
pub fn goal(g: Goal) -> Cow<'static, str> {
    label("goal", g)
}

/// The words for which individuals apply.
pub fn profiles(p: Profiles) -> Cow<'static, str> {
    label("profiles", p)
}

/// The words for who applies.
pub fn who_applies(w: WhoApplies) -> Cow<'static, str> {
    label("who", w)
}

/// The words for a kind of organisation that applies.
pub fn organisation_kind(k: OrganisationKind) -> Cow<'static, str> {
    label("organisation_kind", k)
}

/// The words for an organiser's role.
pub fn organiser_role(r: OrganiserRole) -> Cow<'static, str> {
    label("organiser_role", r)
}

/// The words for a kind of phase.
pub fn phase_kind(k: PhaseKind) -> Cow<'static, str> {
    label("phase_kind", k)
}

/// The words for how a phase or session is held.
pub fn mode(m: Mode) -> Cow<'static, str> {
    label("mode", m)
}

/// The words for whether a content is mandatory.
pub fn requirement(r: Requirement) -> Cow<'static, str> {
    label("requirement", r)
}

/// The words for a content's scope.
pub fn scope(s: Scope) -> Cow<'static, str> {
    label("scope", s)
}

/// The words for who delivers a content.
pub fn delivery(d: Delivery) -> Cow<'static, str> {
    label("delivery", d)
}

/// The words for a content's format.
pub fn content_format(f: ContentFormat) -> Cow<'static, str> {
    label("content_format", f)
}

/// The words for a session's kind.
pub fn session_kind(k: SessionKind) -> Cow<'static, str> {
    label("session_kind", k)
}

/// The words for a person's role.
pub fn person_role(r: PersonRole) -> Cow<'static, str> {
    label("person_role", r)
}

/// The words for a budget category.
pub fn budget_category(c: BudgetCategory) -> Cow<'static, str> {
    label("budget_category", c)
}

/// The words for how a budget line is funded.
pub fn funding(f: Funding) -> Cow<'static, str> {
    label("funding", f)
}

/// The words for a kind of milestone.
pub fn milestone_kind(k: MilestoneKind) -> Cow<'static, str> {
    label("milestone_kind", k)
}

/// The words for how an indicator is measured.
pub fn evaluation_method(m: EvaluationMethod) -> Cow<'static, str> {
    label("evaluation_method", m)
}

/// The words for when an indicator is measured.
pub fn evaluation_time(t: EvaluationTime) -> Cow<'static, str> {
    label("evaluation_time", t)
}

// For a file written in a language of its own, whatever the interface's:
// the call's calendar.

/// A session's kind in `lang`.
pub fn session_kind_in(k: SessionKind, lang: Lang) -> Cow<'static, str> {
    label_in("session_kind", k, lang)
}

/// A milestone kind in `lang`.
pub fn milestone_kind_in(k: MilestoneKind, lang: Lang) -> Cow<'static, str> {
    label_in("milestone_kind", k, lang)
}

#[cfg(test)]
mod tests;
