//! The Planning screen: a timeline of the phases and milestones, its table
//! twin for screen readers, and the warnings about dates.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Draft, Field, Form, Milestone, MilestoneKind};
use crate::text::display_title;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::labels;
use crate::ui::text::date_text;
use crate::ui::widgets::lens::{Cards, choice, shown, text};
use crate::ui::widgets::{
    ItemCard, ItemList, Screen, SelectField, TextField, Timeline, add_and_open, add_missing,
};

#[component]
pub fn PlanningScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let warnings = Memo::new(move |_| draft.with(|d| d.timeline_warnings()));
    let order = Cards::<Milestone>::provide(ctx).order();
    let add = move |_| add_and_open(ctx, Draft::add_milestone, Form::Milestone, "label");
    // The usual milestones, dated where the selection already says when.
    let usual = |d: &Draft| {
        labels::MILESTONES[..5]
            .iter()
            .map(|&kind| Milestone {
                kind,
                label: labels::milestone_kind(kind).into(),
                date: match kind {
                    MilestoneKind::Deadline => d.selection.deadline,
                    MilestoneKind::Results => d.selection.results_date,
                    _ => None,
                },
                ..Milestone::default()
            })
            .collect()
    };
    let add_usual = move |_| {
        add_missing(
            ctx,
            |d| {
                let usual = usual(d);
                d.add_usual_milestones(usual)
            },
            |n| match n {
                0 => t!("planning.added_none"),
                1 => t!("planning.added_one"),
                n => t!("planning.added_many", n = n),
            },
        )
    };
    view! {
        <Screen title=t!("planning.title") guide="planning" questions=[t!("planning.q1"), t!("planning.q2"), t!("planning.q3")]>
            <div class="warnings" aria-live="polite">
                <Show when=move || !warnings.with(Vec::is_empty)
                    fallback=|| view! { <p class="ok-note">{t!("planning.no_conflicts")}</p> }>
                    <h3>{move || t!("planning.warnings", n = warnings.with(Vec::len))}</h3>
                    <ul class="findings">
                        {move || warnings.get().into_iter().map(|w| {
                            let target = w.target.clone();
                            view! {
                                <li class="finding warning">
                                    <span>{crate::text::plan_problem(&w.problem)}</span>
                                    " "
                                    <button type="button" class="link" on:click=move |_| ctx.go_to(target.clone())>{t!("planning.fix")}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Show>
            </div>
            <Timeline />
            <super::calendar::CalendarExport />
            <h3>{t!("planning.milestones")}</h3>
            <ItemList label=t!("planning.milestones") each=move || order.get()
                card={|id| view! { <MilestoneCard id=id /> }}>
                <button type="button" on:click=add>{t!("planning.add_milestone")}</button>
                <button type="button" class="secondary" on:click=add_usual>{t!("planning.add_usual")}</button>
            </ItemList>
        </Screen>
    }
}

#[component]
fn MilestoneCard(id: crate::model::Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    // The card never reads the draft itself: see `Cards`.
    let cards = expect_context::<Cards<Milestone>>();
    let title = Memo::new(move |_| {
        cards.with(id, |m| {
            m.map(|m| display_title(&m.label).to_string())
                .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| {
        cards.with(id, |m| {
            m.map(|m| {
                let when = m
                    .date
                    .map(date_text)
                    .unwrap_or_else(|| t!("planning.no_date_yet").into_owned());
                format!("{} · {when}", labels::milestone_kind(m.kind))
            })
            .unwrap_or_default()
        })
    });
    let (kind, set_kind) = choice::<Milestone, _>(ctx, id, |m| m.kind, |m, v| m.kind = v);
    let (label, set_label) = text::<Milestone>(ctx, id, |m| &m.label, |m| &mut m.label);
    let (date, set_date) = shown::<Milestone, _>(ctx, id, |m| m.date, |m, v| m.date = v);
    view! {
        <ItemCard id title=title summary delete=|d, id| { d.delete_milestone(id); }
            deleted=|n| t!("planning.milestone_deleted", name = n).into_owned()>
            <div class="form-grid">
                <SelectField label=t!("planning.kind") id=Field::item(Form::Milestone, id, "kind").element_id() value=kind set=set_kind
                    options=labels::options(labels::MILESTONES, labels::milestone_kind) />
                <TextField label=t!("planning.label") id=Field::item(Form::Milestone, id, "label").element_id() value=label set=set_label />
                <TextField label=t!("planning.date") id=Field::item(Form::Milestone, id, "date").element_id() value=date set=set_date kind="date" />
            </div>
        </ItemCard>
    }
}
