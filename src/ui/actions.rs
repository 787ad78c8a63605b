//! The Communication and Evaluation screens: two lists of actions.

use leptos::prelude::*;

use super::editor::EditorCtx;
use super::fields::{Guide, ItemCard, SelectField, TextArea, TextField};
use super::labels;
use super::lens::{field, text};
use crate::model::{
    CommunicationAction, EvaluationIndicator, EvaluationMethod, EvaluationTime, Id, display_title,
};

const COMMUNICATION_QUESTIONS: &[&str] = &[
    "Who must hear about the call so that the applicants are many and diverse, and through which channels?",
    "How do we share what participants achieved, and with whom (funders, the sector, the public)?",
    "How will we know a message worked?",
];

const EVALUATION_QUESTIONS: &[&str] = &[
    "What should change for participants, and how do we measure it before, during and after?",
    "Who collects the answers, and when do we check again, months after the end?",
];

const METHODS: [EvaluationMethod; 4] = [
    EvaluationMethod::Survey,
    EvaluationMethod::Interview,
    EvaluationMethod::SelfAssessment,
    EvaluationMethod::Observation,
];
const TIMES: [EvaluationTime; 4] = [
    EvaluationTime::Before,
    EvaluationTime::Midpoint,
    EvaluationTime::After,
    EvaluationTime::FollowUp,
];

#[component]
pub fn CommunicationScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    let ids = move || draft.with(|d| d.communication.iter().map(|a| a.id).collect::<Vec<_>>());
    let add = move |_| {
        ctx.begin_step();
        let a = CommunicationAction::default();
        let id = a.id;
        draft.update(|d| d.communication.push(a));
        ctx.open_item.set(Some(id));
        ctx.focus_later(format!("action-{id}-channel"));
    };
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">"Communication and dissemination"</h2>
            <Guide id="communication" questions=COMMUNICATION_QUESTIONS />
            <ul class="item-list" aria-label="Communication actions">
                <For each=ids key=|id| *id let:id>
                    <ActionCard id=id />
                </For>
            </ul>
            <div class="add-row">
                <button type="button" on:click=add>"Add an action"</button>
            </div>
        </section>
    }
}

#[component]
fn ActionCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    type A = CommunicationAction;
    let title = Signal::derive(move || {
        draft.with(|d| {
            d.communication
                .iter()
                .find(|a| a.id == id)
                .map(|a| display_title(&a.channel).to_string())
                .unwrap_or_default()
        })
    });
    let summary = Signal::derive(move || {
        draft.with(|d| {
            d.communication
                .iter()
                .find(|a| a.id == id)
                .map(|a| {
                    let when = match (a.date, a.phase_id.and_then(|p| d.phase(p))) {
                        (Some(x), _) => x.to_string(),
                        (None, Some(p)) => format!("during “{}”", display_title(&p.title)),
                        _ => "no timing yet".into(),
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
    let on_delete = Callback::new(move |_| {
        let n = title.get_untracked();
        ctx.begin_step();
        draft.update(|d| d.communication.retain(|a| a.id != id));
        ctx.deleted(format!("Action “{n}” deleted."));
    });
    let (channel, set_channel) = text::<A>(draft, id, |a| &a.channel, |a| &mut a.channel);
    let (audience, set_audience) = text::<A>(draft, id, |a| &a.audience, |a| &mut a.audience);
    let (message, set_message) = text::<A>(draft, id, |a| &a.message, |a| &mut a.message);
    let (owner, set_owner) = text::<A>(draft, id, |a| &a.owner, |a| &mut a.owner);
    let (indicator, set_indicator) = text::<A>(draft, id, |a| &a.indicator, |a| &mut a.indicator);
    let (date, set_date) = field::<A, String>(
        draft,
        id,
        |a| a.date.map(|d| d.to_string()).unwrap_or_default(),
        |a, v| a.date = v.parse().ok(),
    );
    let (phase, set_phase) = field::<A, String>(
        draft,
        id,
        |a| a.phase_id.map(|p| p.to_string()).unwrap_or_default(),
        |a, v| a.phase_id = v.parse().ok(),
    );
    let phase_options: Vec<(String, String)> = draft.with_untracked(|d| {
        d.numbered_phases()
            .into_iter()
            .map(|(id, l)| (id.to_string(), l))
            .collect()
    });
    view! {
        <ItemCard id title summary on_delete>
            <div class="form-grid">
                <TextField label="Channel" id=format!("action-{id}-channel") value=channel set=set_channel
                    hint="Newsletter, social media, partners' networks, press, an event…" />
                <TextField label="Audience" id=format!("action-{id}-audience") value=audience set=set_audience />
                <TextField label="Date" id=format!("action-{id}-date") value=date set=set_date kind="date" />
                <SelectField label="Or during the phase" id=format!("action-{id}-phase") value=phase set=set_phase
                    placeholder="No phase" options=phase_options.clone() />
                <TextField label="Owner" id=format!("action-{id}-owner") value=owner set=set_owner />
                <TextField label="Indicator" id=format!("action-{id}-indicator") value=indicator set=set_indicator
                    hint="How we know it worked." />
            </div>
            <TextArea label="Message" id=format!("action-{id}-message") value=message set=set_message rows=2 />
        </ItemCard>
    }
}

/// The usual evaluation set: pre/post self-assessment, midpoint check-in,
/// exit survey and a follow-up six months after.
fn usual_indicators() -> Vec<EvaluationIndicator> {
    [
        (
            "Confidence and skills to work internationally (self-assessed)",
            EvaluationMethod::SelfAssessment,
            EvaluationTime::Before,
            "Baseline for every participant",
        ),
        (
            "Progress on each participant's plan (check-in)",
            EvaluationMethod::Interview,
            EvaluationTime::Midpoint,
            "Every participant checked in",
        ),
        (
            "Usefulness of each content and of the programme (exit survey)",
            EvaluationMethod::Survey,
            EvaluationTime::After,
            "80% useful or very useful",
        ),
        (
            "Confidence and skills to work internationally (self-assessed)",
            EvaluationMethod::SelfAssessment,
            EvaluationTime::After,
            "Improvement for most participants",
        ),
        (
            "Opportunities abroad started or confirmed, six months after",
            EvaluationMethod::Survey,
            EvaluationTime::FollowUp,
            "Half of the participants",
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
    let draft = ctx.draft;
    let ids = move || draft.with(|d| d.evaluation.iter().map(|e| e.id).collect::<Vec<_>>());
    let add = move |_| {
        ctx.begin_step();
        let e = EvaluationIndicator::default();
        let id = e.id;
        draft.update(|d| d.evaluation.push(e));
        ctx.open_item.set(Some(id));
        ctx.focus_later(format!("indicator-{id}-measure"));
    };
    let add_usual = move |_| {
        ctx.begin_step();
        let mut added = 0;
        draft.update(|d| {
            for i in usual_indicators() {
                let exists = d
                    .evaluation
                    .iter()
                    .any(|e| e.measure == i.measure && e.when == i.when);
                if !exists {
                    d.evaluation.push(i);
                    added += 1;
                }
            }
        });
        ctx.announce(format!("Added {added} indicators."));
    };
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">"Evaluation"</h2>
            <Guide id="evaluation" questions=EVALUATION_QUESTIONS />
            <ul class="item-list" aria-label="Evaluation indicators">
                <For each=ids key=|id| *id let:id>
                    <IndicatorCard id=id />
                </For>
            </ul>
            <div class="add-row">
                <button type="button" id="evaluation-add" on:click=add>"Add an indicator"</button>
                <button type="button" class="secondary" on:click=add_usual>"Add the usual set"</button>
            </div>
        </section>
    }
}

#[component]
fn IndicatorCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    type E = EvaluationIndicator;
    let title = Signal::derive(move || {
        draft.with(|d| {
            d.evaluation
                .iter()
                .find(|e| e.id == id)
                .map(|e| display_title(&e.measure).to_string())
                .unwrap_or_default()
        })
    });
    let summary = Signal::derive(move || {
        draft.with(|d| {
            d.evaluation
                .iter()
                .find(|e| e.id == id)
                .map(|e| {
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
                })
                .unwrap_or_default()
        })
    });
    let on_delete = Callback::new(move |_| {
        let n = title.get_untracked();
        ctx.begin_step();
        draft.update(|d| d.evaluation.retain(|e| e.id != id));
        ctx.deleted(format!("Indicator “{n}” deleted."));
    });
    let (measure, set_measure) = text::<E>(draft, id, |e| &e.measure, |e| &mut e.measure);
    let (target, set_target) = text::<E>(draft, id, |e| &e.target, |e| &mut e.target);
    let (owner, set_owner) = text::<E>(draft, id, |e| &e.owner, |e| &mut e.owner);
    let (method, set_method) = field::<E, String>(
        draft,
        id,
        |e| e.method.map(labels::key).unwrap_or_default(),
        |e, v| e.method = labels::from_key(&v),
    );
    let (when, set_when) = field::<E, String>(
        draft,
        id,
        |e| e.when.map(labels::key).unwrap_or_default(),
        |e, v| e.when = labels::from_key(&v),
    );
    view! {
        <ItemCard id title summary on_delete>
            <div class="form-grid">
                <TextField label="What is measured" id=format!("indicator-{id}-measure") value=measure set=set_measure />
                <SelectField label="Method" id=format!("indicator-{id}-method") value=method set=set_method
                    placeholder="Not decided yet" options=labels::options(&METHODS, labels::evaluation_method) />
                <SelectField label="When" id=format!("indicator-{id}-when") value=when set=set_when
                    placeholder="Not decided yet" options=labels::options(&TIMES, labels::evaluation_time) />
                <TextField label="Target" id=format!("indicator-{id}-target") value=target set=set_target />
                <TextField label="Owner" id=format!("indicator-{id}-owner") value=owner set=set_owner />
            </div>
        </ItemCard>
    }
}
