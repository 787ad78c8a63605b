//! The Evaluation screen: what is measured, how, when, and by whom.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Draft, EvaluationIndicator, EvaluationMethod, EvaluationTime, Field, Form, Id};
use crate::text::display_title;
use crate::ui::context::EditorCtx;
use crate::ui::labels;
use crate::ui::widgets::lens::{choice, ids, read, text};
use crate::ui::widgets::{
    ItemCard, ItemList, Screen, SelectField, TextField, add_and_open, add_missing,
};

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
    let add = move |_| add_and_open(ctx, Draft::add_indicator, Form::Indicator, "measure");
    let add_usual = move |_| {
        add_missing(
            ctx,
            |d| d.add_usual_indicators(usual_indicators()),
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
                <button type="button" id=Field::of(Form::Evaluation, "add").element_id() on:click=add>{t!("actions.add_indicator")}</button>
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
        <ItemCard id title summary delete=|d, id| { d.delete_indicator(id); }
            deleted=|n| t!("actions.indicator_deleted", name = n).into_owned()>
            <div class="form-grid">
                <TextField label=t!("actions.measure") id=Field::item(Form::Indicator, id, "measure").element_id() value=measure set=set_measure />
                <SelectField label=t!("actions.method") id=Field::item(Form::Indicator, id, "method").element_id() value=method set=set_method
                    placeholder=t!("actions.not_decided") options=labels::options(labels::METHODS, labels::evaluation_method) />
                <SelectField label=t!("actions.when") id=Field::item(Form::Indicator, id, "when").element_id() value=when set=set_when
                    placeholder=t!("actions.not_decided") options=labels::options(labels::TIMES, labels::evaluation_time) />
                <TextField label=t!("actions.target") id=Field::item(Form::Indicator, id, "target").element_id() value=target set=set_target />
                <TextField label=t!("actions.owner") id=Field::item(Form::Indicator, id, "owner").element_id() value=owner set=set_owner />
            </div>
        </ItemCard>
    }
}
