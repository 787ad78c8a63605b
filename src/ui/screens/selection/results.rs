//! The committee's results: each member's weighted score per applicant,
//! the mean over those who could score, the spread, and ties the owner
//! decides with a reason.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Draft, Id, Item, Ranked};
use crate::text::display_title;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::text::percent;
use crate::ui::widgets::lens::pushed;
use crate::ui::widgets::{Table, TextField};

use crate::text::member_name;

/// One row of the results table, as drawn.
#[derive(Clone, PartialEq)]
struct Row {
    ranked: Ranked,
    marks: Vec<String>,
    decision: String,
}

fn rows(d: &Draft) -> Vec<Row> {
    let mut all = d.member_marks();
    d.ranking()
        .into_iter()
        .map(|r| {
            let marks = all
                .remove(&r.id)
                .unwrap_or_default()
                .into_iter()
                .map(|m| crate::text::mark(m).into_owned())
                .collect();
            let decision = crate::model::Applicant::find(d, r.id)
                .map(|a| crate::text::decision(d, a).into_owned())
                .unwrap_or_default();
            Row {
                ranked: r,
                marks,
                decision,
            }
        })
        .collect()
}

/// The merged scores, once a member has sent theirs back.
#[component]
pub fn Results() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let table = pushed(ctx, rows);
    let members = pushed(ctx, |d| {
        d.selection
            .members
            .iter()
            .map(|m| member_name(&m.name))
            .collect::<Vec<_>>()
    });
    let returned = move || draft.with(|d| d.returned_members().next().is_some());
    let export = super::super::csv_export("results", crate::text::results_csv, |name| {
        t!("committee.results_exported", name = name).into_owned()
    });
    view! {
        <Show when=returned
            fallback=|| view! { <p class="hint">{t!("committee.no_results")}</p> }>
            <h4 id="results-title">{t!("committee.results")}</h4>
            <p class="hint">{t!("committee.results_hint")}</p>
            <Table class="results" caption=t!("committee.results_caption") quiet_caption=true head=move || view! {
                <th scope="col">{t!("results.rank")}</th>
                <th scope="col">{t!("selection.applicant")}</th>
                {move || members.get().into_iter().map(|m| view! { <th scope="col">{m}</th> }).collect_view()}
                <th scope="col">{t!("committee.mean")}</th>
                <th scope="col">{t!("committee.spread")}</th>
                <th scope="col">{t!("results.decision")}</th>
            }>
                {move || table.get().into_iter().map(|row| {
                    let r = row.ranked;
                    view! {
                        <tr class:disagree=r.disagreement>
                            <td class="num">{r.rank}</td>
                            <th scope="row">{display_title(&r.name).into_owned()}</th>
                            {row.marks.into_iter().map(|m| view! { <td class="num">{m}</td> }).collect_view()}
                            <td class="num">{percent(r.per_mille)}</td>
                            <td class="num">
                                {r.spread.map(percent).unwrap_or_default()}
                                {r.disagreement.then(|| view! { <strong class="warn">" "{t!("results.disagree")}</strong> })}
                            </td>
                            <td>{row.decision}</td>
                        </tr>
                    }
                }).collect_view()}
            </Table>
            <div class="add-row">
                <button type="button" class="secondary" on:click=export>{t!("committee.export_results")}</button>
            </div>
        </Show>
    }
}

/// Applicants who share a rank across the places or the waiting list's
/// end, each group with a way to order it.
#[component]
pub fn Ties(
    /// The ranking the scoring grid already keeps.
    ranking: ReadSignal<Vec<Ranked>>,
) -> impl IntoView {
    let (_, draft) = use_editor();
    let cuts = Memo::new(move |_| {
        draft.with(|d| {
            let places = d.overview.places.unwrap_or(0) as usize;
            [
                places,
                places + d.selection.waiting_places.unwrap_or(0) as usize,
            ]
        })
    });
    let groups = Memo::new(move |_| {
        let cuts = cuts.get();
        let mut out: Vec<(usize, Vec<(Id, String)>)> = Vec::new();
        ranking.with(|ranking| {
            for r in ranking {
                let entry = (r.id, display_title(&r.name).into_owned());
                match out.last_mut() {
                    Some((rank, group)) if *rank == r.rank => group.push(entry),
                    _ => out.push((r.rank, vec![entry])),
                }
            }
        });
        // Only a tie across a cut needs deciding: one inside the places, or
        // below the waiting list, changes nobody's outcome.
        out.retain(|(rank, g)| {
            let (first, last) = (rank - 1, rank - 1 + g.len());
            g.len() > 1 && cuts.iter().any(|&c| c > first && c < last)
        });
        out
    });
    view! {
        <For each=move || groups.get() key=|g| g.clone() let:group>
            <TieDecider rank=group.0 group=group.1 />
        </For>
    }
}

/// One tie: the applicants in an order the owner sets, and why.
#[component]
fn TieDecider(rank: usize, group: Vec<(Id, String)>) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let order = RwSignal::new(group);
    let reason = RwSignal::new(String::new());
    let up = move |i: usize| order.update(|o| o.swap(i - 1, i));
    let record = move |_| {
        let ids: Vec<Id> = order.with_untracked(|o| o.iter().map(|x| x.0).collect());
        let why = reason.get_untracked();
        ctx.change(|d| d.break_tie(ids, why.trim().to_string()));
        ctx.announce(t!("committee.tie_recorded").into_owned());
    };
    let legend = t!("committee.tie_at", rank = rank).into_owned();
    view! {
        <fieldset class="group tie">
            <legend>{legend}</legend>
            <p class="hint">{t!("committee.tie_hint")}</p>
            <ol>
                {move || order.get().into_iter().enumerate().map(|(i, (_, name))| view! {
                    <li>
                        {name.clone()}
                        {(i > 0).then(|| view! {
                            <button type="button" class="link" on:click=move |_| up(i)>
                                {t!("committee.move_up", name = name.clone())}
                            </button>
                        })}
                    </li>
                }).collect_view()}
            </ol>
            <TextField label=t!("committee.tie_reason") id=format!("tie-{rank}-reason")
                value=Signal::derive(move || reason.get()) set=Callback::new(move |v| reason.set(v)) />
            <button type="button" class="secondary" on:click=record disabled={move || reason.with(|r| r.trim().is_empty())}>
                {t!("committee.tie_record")}
            </button>
        </fieldset>
    }
}
