//! The Communication and Evaluation screens: two lists of actions.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{
    CommunicationAction, EvaluationIndicator, EvaluationMethod, EvaluationTime, Id, Phase,
};
use crate::text::display_title;
use crate::ui::context::EditorCtx;
use crate::ui::labels;
use crate::ui::text::date_text;
use crate::ui::widgets::lens::{Item, choice, ids, push_new, read, shown, text};
use crate::ui::widgets::{
    ItemCard, ItemList, Screen, SelectField, TextField, add_missing, insert_and_open,
};

#[component]
pub fn CommunicationScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let add = move |_| {
        insert_and_open(
            ctx,
            |d| Some(push_new(&mut d.communication)),
            |id| format!("action-{id}-channel"),
        )
    };
    view! {
        <Screen title=t!("actions.communication_title") guide="communication" questions=[t!("actions.communication_q1"), t!("actions.communication_q2"), t!("actions.communication_q3")]>
            <ItemList label=t!("actions.communication_actions") each={ids::<CommunicationAction>(ctx)}
                card={|id| view! { <ActionCard id=id /> }}>
                <button type="button" on:click=add>{t!("actions.add_action")}</button>
            </ItemList>
        </Screen>
    }
}

#[component]
fn ActionCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft();
    type A = CommunicationAction;
    let title = read::<A, _>(ctx, id, |a| display_title(&a.channel).to_string());
    let summary = Signal::derive(move || {
        draft.with(|d| {
            A::find(d, id)
                .map(|a| {
                    let when = match (a.date, a.phase_id.and_then(|p| Phase::find(d, p))) {
                        (Some(x), _) => date_text(x),
                        (None, Some(p)) => {
                            t!("actions.during", phase = display_title(&p.title)).into_owned()
                        }
                        _ => t!("actions.no_timing").into_owned(),
                    };
                    [a.audience.trim(), when.as_str(), a.owner.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default()
        })
    });
    let (channel, set_channel) = text::<A>(ctx, id, |a| &a.channel, |a| &mut a.channel);
    let (audience, set_audience) = text::<A>(ctx, id, |a| &a.audience, |a| &mut a.audience);
    let (message, set_message) = text::<A>(ctx, id, |a| &a.message, |a| &mut a.message);
    let (owner, set_owner) = text::<A>(ctx, id, |a| &a.owner, |a| &mut a.owner);
    let (indicator, set_indicator) = text::<A>(ctx, id, |a| &a.indicator, |a| &mut a.indicator);
    let (date, set_date) = shown::<A, _>(ctx, id, |a| a.date, |a, v| a.date = v);
    let (phase, set_phase) = shown::<A, _>(ctx, id, |a| a.phase_id, |a, v| a.phase_id = v);
    let phase_options = draft.with_untracked(super::phase_options);
    view! {
        <ItemCard id title summary delete=|d, id| d.communication.retain(|a| a.id != id)
            deleted=|n| t!("actions.action_deleted", name = n).into_owned()>
            <div class="form-grid">
                <TextField label=t!("actions.channel") id=format!("action-{id}-channel") value=channel set=set_channel
                    hint=t!("actions.channel_hint") />
                <TextField label=t!("actions.audience") id=format!("action-{id}-audience") value=audience set=set_audience />
                <TextField label=t!("actions.date") id=format!("action-{id}-date") value=date set=set_date kind="date" />
                <SelectField label=t!("actions.during_phase") id=format!("action-{id}-phase") value=phase set=set_phase
                    placeholder=t!("actions.no_phase") options=phase_options.clone() />
                <TextField label=t!("actions.owner") id=format!("action-{id}-owner") value=owner set=set_owner />
                <TextField label=t!("actions.indicator") id=format!("action-{id}-indicator") value=indicator set=set_indicator
                    hint=t!("actions.indicator_hint") />
            </div>
            <TextField label=t!("actions.message") id=format!("action-{id}-message") value=message set=set_message rows=2 />
        </ItemCard>
    }
}

/// The usual evaluation set: pre/post self-assessment, midpoint check-in,
/// exit survey and a follow-up six months after.
fn usual_indicators() -> Vec<EvaluationIndicator> {
    [
        (
            t!("actions.usual_confidence"),
            EvaluationMethod::SelfAssessment,
            EvaluationTime::Before,
            t!("actions.usual_baseline"),
        ),
        (
            t!("actions.usual_progress"),
            EvaluationMethod::Interview,
            EvaluationTime::Midpoint,
            t!("actions.usual_checked_in"),
        ),
        (
            t!("actions.usual_usefulness"),
            EvaluationMethod::Survey,
            EvaluationTime::After,
            t!("actions.usual_useful_target"),
        ),
        (
            t!("actions.usual_confidence"),
            EvaluationMethod::SelfAssessment,
            EvaluationTime::After,
            t!("actions.usual_improvement"),
        ),
        (
            t!("actions.usual_opportunities"),
            EvaluationMethod::Survey,
            EvaluationTime::FollowUp,
            t!("actions.usual_half"),
        ),
    ]
    .into_iter()
    .map(|(measure, method, when, target)| EvaluationIndicator {
        measure: measure.into(),
        method: Some(method),
        when: Some(when),
        target: target.into(),
        ..EvaluationIndicator::default()
    })
    .collect()
}

#[component]
pub fn EvaluationScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let add = move |_| {
        insert_and_open(
            ctx,
            |d| Some(push_new(&mut d.evaluation)),
            |id| format!("indicator-{id}-measure"),
        )
    };
    let add_usual = move |_| {
        add_missing(
            ctx,
            |_| usual_indicators(),
            |d| &mut d.evaluation,
            |a, b| a.measure == b.measure && a.when == b.when,
            |n| match n {
                0 => t!("actions.added_none"),
                1 => t!("actions.added_one"),
                n => t!("actions.added_many", n = n),
            },
        )
    };
    view! {
        <Screen title=t!("actions.evaluation_title") guide="evaluation" questions=[t!("actions.evaluation_q1"), t!("actions.evaluation_q2")]>
            <ItemList label=t!("actions.evaluation_indicators") each={ids::<EvaluationIndicator>(ctx)}
                card={|id| view! { <IndicatorCard id=id /> }}>
                <button type="button" id="evaluation-add" on:click=add>{t!("actions.add_indicator")}</button>
                <button type="button" class="secondary" on:click=add_usual>{t!("actions.add_usual")}</button>
            </ItemList>
        </Screen>
    }
}

#[component]
fn IndicatorCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    type E = EvaluationIndicator;
    let title = read::<E, _>(ctx, id, |e| display_title(&e.measure).to_string());
    let summary = read::<E, _>(ctx, id, |e| {
        let mut bits = Vec::new();
        if let Some(m) = e.method {
            bits.push(labels::evaluation_method(m).to_string());
        }
        if let Some(w) = e.when {
            bits.push(labels::evaluation_time(w).to_string());
        }
        for s in [&e.target, &e.owner] {
            if !s.trim().is_empty() {
                bits.push(s.trim().to_string());
            }
        }
        bits.join(" · ")
    });
    let (measure, set_measure) = text::<E>(ctx, id, |e| &e.measure, |e| &mut e.measure);
    let (target, set_target) = text::<E>(ctx, id, |e| &e.target, |e| &mut e.target);
    let (owner, set_owner) = text::<E>(ctx, id, |e| &e.owner, |e| &mut e.owner);
    let (method, set_method) = choice::<E, _>(ctx, id, |e| e.method, |e, v| e.method = v);
    let (when, set_when) = choice::<E, _>(ctx, id, |e| e.when, |e, v| e.when = v);
    view! {
        <ItemCard id title summary delete=|d, id| d.evaluation.retain(|e| e.id != id)
            deleted=|n| t!("actions.indicator_deleted", name = n).into_owned()>
            <div class="form-grid">
                <TextField label=t!("actions.measure") id=format!("indicator-{id}-measure") value=measure set=set_measure />
                <SelectField label=t!("actions.method") id=format!("indicator-{id}-method") value=method set=set_method
                    placeholder=t!("actions.not_decided") options=labels::options(labels::METHODS, labels::evaluation_method) />
                <SelectField label=t!("actions.when") id=format!("indicator-{id}-when") value=when set=set_when
                    placeholder=t!("actions.not_decided") options=labels::options(labels::TIMES, labels::evaluation_time) />
                <TextField label=t!("actions.target") id=format!("indicator-{id}-target") value=target set=set_target />
                <TextField label=t!("actions.owner") id=format!("indicator-{id}-owner") value=owner set=set_owner />
            </div>
        </ItemCard>
    }
}
