//! The Communication screen: actions that make the programme and its call
//! known, each with its channel, audience, message, timing and owner.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{CommunicationAction, Draft, Field, Form, Id, Phase};
use crate::text::display_title;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::text::date_text;
use crate::ui::widgets::lens::{Item, ids, read, shown, text};
use crate::ui::widgets::{ItemCard, ItemList, Screen, SelectField, TextField, add_and_open};

#[component]
pub fn CommunicationScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let add = move |_| {
        add_and_open(
            ctx,
            Draft::add_communication_action,
            Form::Action,
            "channel",
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
    let (ctx, draft) = use_editor();
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
        <ItemCard id title summary delete=|d, id| { d.delete_communication_action(id); }
            deleted=|n| t!("actions.action_deleted", name = n).into_owned()>
            <div class="form-grid">
                <TextField label=t!("actions.channel") id=Field::item(Form::Action, id, "channel").element_id() value=channel set=set_channel
                    hint=t!("actions.channel_hint") />
                <TextField label=t!("actions.audience") id=Field::item(Form::Action, id, "audience").element_id() value=audience set=set_audience />
                <TextField label=t!("actions.date") id=Field::item(Form::Action, id, "date").element_id() value=date set=set_date kind="date" />
                <SelectField label=t!("actions.during_phase") id=Field::item(Form::Action, id, "phase").element_id() value=phase set=set_phase
                    placeholder=t!("actions.no_phase") options=phase_options.clone() />
                <TextField label=t!("actions.owner") id=Field::item(Form::Action, id, "owner").element_id() value=owner set=set_owner />
                <TextField label=t!("actions.indicator") id=Field::item(Form::Action, id, "indicator").element_id() value=indicator set=set_indicator
                    hint=t!("actions.indicator_hint") />
            </div>
            <TextField label=t!("actions.message") id=Field::item(Form::Action, id, "message").element_id() value=message set=set_message rows=2 />
        </ItemCard>
    }
}
