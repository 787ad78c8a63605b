//! The Budget screen: lines, totals per category, funding source, phase and
//! participant, a chart of the split, and CSV export.

use leptos::prelude::*;

use super::browser;
use super::editor::EditorCtx;
use super::fields::{DecimalField, Guide, ItemCard, MoneyField, SelectField, TextField};
use super::labels;
use super::lens::{field, text};
use crate::model::{
    BudgetCategory, BudgetLine, CallLanguage, Currency, Decimal2, Draft, Funding, Id, Money,
    display_title,
};

const QUESTIONS: &[&str] = &[
    "What does the programme cover for each participant (travel, accommodation, per diems), and is it enough?",
    "Who funds each line: the grant, our own funds, partners, sponsors, in kind?",
    "Are the fees of every external expert in the budget?",
];

pub const CATEGORIES: [BudgetCategory; 11] = [
    BudgetCategory::Staff,
    BudgetCategory::ExpertFees,
    BudgetCategory::Travel,
    BudgetCategory::Accommodation,
    BudgetCategory::Subsistence,
    BudgetCategory::Venue,
    BudgetCategory::Communication,
    BudgetCategory::Evaluation,
    BudgetCategory::Materials,
    BudgetCategory::Overheads,
    BudgetCategory::Other,
];

const FUNDINGS: [Funding; 6] = [
    Funding::Grant,
    Funding::OwnFunds,
    Funding::Partner,
    Funding::Sponsor,
    Funding::ParticipantFee,
    Funding::InKind,
];

fn money(d: &Draft, m: Money) -> String {
    m.display(&d.overview.currency, CallLanguage::En)
}

#[component]
pub fn BudgetScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let state = super::state::use_state();
    let draft = ctx.draft;
    let totals = Memo::new(move |_| draft.with(|d| d.budget_totals()));
    let ids = move || draft.with(|d| d.budget.iter().map(|l| l.id).collect::<Vec<_>>());
    let shown = move |m: Money| draft.with(|d| money(d, m));
    let add = move |_| {
        ctx.begin_step();
        let line = BudgetLine::default();
        let id = line.id;
        draft.update(|d| d.budget.push(line));
        ctx.open_item.set(Some(id));
        ctx.focus_later(format!("line-{id}-label"));
    };
    let suggest = move |_| {
        let lines = draft.with_untracked(|d| d.suggested_expert_lines());
        let n = lines.len();
        if n > 0 {
            ctx.begin_step();
            draft.update(|d| d.budget.extend(lines));
        }
        ctx.announce(match n {
            0 => "Every expert with a fee and days already has a line.".to_string(),
            1 => "Added 1 line from the experts' fees.".to_string(),
            n => format!("Added {n} lines from the experts' fees."),
        });
    };
    let export = move |_| {
        let (name, csv) = draft.with_untracked(|d| {
            (
                format!("{}-budget.csv", crate::model::slug(d.display_title())),
                d.budget_csv(),
            )
        });
        match browser::download(&name, &csv, "text/csv") {
            Ok(()) => state.notice.set(format!("Exported as {name}.")),
            Err(e) => state.notice.set(e),
        }
    };
    let per_participant = move || {
        totals
            .get()
            .per_participant
            .map(shown)
            .unwrap_or_else(|| "set the number of places".into())
    };

    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">"Budget"</h2>
            <Guide id="budget" questions=QUESTIONS />
            <dl class="totals" aria-label="Budget totals">
                <div><dt>"Total"</dt><dd>{move || shown(totals.get().total)}</dd></div>
                <div><dt>"Per participant"</dt><dd>{per_participant}</dd></div>
                <div><dt>"Lines"</dt><dd>{move || draft.with(|d| d.budget.len())}</dd></div>
            </dl>
            <ul class="item-list" aria-label="Budget lines">
                <For each=ids key=|id| *id let:id>
                    <LineCard id=id />
                </For>
            </ul>
            <div class="add-row">
                <button type="button" id="budget-add" on:click=add>"Add a line"</button>
                <button type="button" class="secondary" on:click=suggest>"Suggest lines from the experts' fees"</button>
                <button type="button" class="secondary" on:click=export>"Export the lines (CSV)"</button>
            </div>
            <div class="split">
                <BreakdownTable caption="By category" rows=Signal::derive(move || draft.with(|d| {
                    totals.get().by_category.iter().map(|(c, m)| (labels::budget_category(*c).to_string(), money(d, *m))).collect()
                })) />
                <BreakdownTable caption="By funding source" rows=Signal::derive(move || draft.with(|d| {
                    totals.get().by_funding.iter().map(|(f, m)| (labels::funding(*f).to_string(), money(d, *m))).collect()
                })) />
                <BreakdownTable caption="By phase" rows=Signal::derive(move || draft.with(|d| {
                    totals.get().by_phase.iter().map(|(p, m)| {
                        let name = p.and_then(|id| d.phase(id)).map(|p| display_title(&p.title).to_string())
                            .unwrap_or_else(|| "Whole programme".into());
                        (name, money(d, *m))
                    }).collect()
                })) />
            </div>
            <SplitChart />
        </section>
    }
}

#[component]
fn BreakdownTable(
    caption: &'static str,
    #[prop(into)] rows: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <table class="breakdown">
            <caption>{caption}</caption>
            <tbody>
                <Show when=move || !rows.with(Vec::is_empty)
                    fallback=|| view! { <tr><td colspan="2">"No lines yet."</td></tr> }>
                    {move || rows.get().into_iter().map(|(k, v)| view! {
                        <tr><th scope="row">{k}</th><td class="num">{v}</td></tr>
                    }).collect_view()}
                </Show>
            </tbody>
        </table>
    }
}

/// Horizontal bars of the split per category, drawn in SVG; the table above
/// holds the same figures for screen readers.
#[component]
fn SplitChart() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    let bars = Memo::new(move |_| {
        draft.with(|d| {
            let t = d.budget_totals();
            let max = t
                .by_category
                .iter()
                .map(|(_, m)| m.0)
                .max()
                .unwrap_or(0)
                .max(1);
            let total = t.total.0.max(1);
            t.by_category
                .iter()
                .filter(|(_, m)| m.0 > 0)
                .map(|(c, m)| {
                    let pct = (m.0 as f64 * 100.0 / total as f64).round();
                    (
                        labels::budget_category(*c),
                        m.0 as f64 / max as f64,
                        format!("{} ({pct}%)", money(d, *m)),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let row_h = 28.0;
    view! {
        <Show when=move || !bars.with(Vec::is_empty)>
            <figure class="chart">
                <figcaption id="split-caption">"Split of the budget by category"</figcaption>
                <svg role="img" aria-labelledby="split-caption" width="100%"
                    viewBox=move || format!("0 0 640 {}", bars.with(Vec::len) as f64 * row_h + 8.0)>
                    {move || bars.get().into_iter().enumerate().map(|(i, (label, share, amount))| {
                        let y = i as f64 * row_h + 4.0;
                        view! {
                            <g>
                                <text x="0" y=y + 17.0 class="chart-label">{label}</text>
                                <rect x="150" y=y + 3.0 height=row_h - 8.0 width=(share * 300.0).max(2.0) rx="3" class="chart-bar" />
                                <text x=158.0 + share * 300.0 y=y + 17.0 class="chart-value">{amount}</text>
                            </g>
                        }
                    }).collect_view()}
                </svg>
            </figure>
        </Show>
    }
}

#[component]
fn LineCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    let title = Signal::derive(move || {
        draft.with(|d| {
            d.budget
                .iter()
                .find(|l| l.id == id)
                .map(|l| {
                    if l.label.trim().is_empty() {
                        format!("{} (no label)", labels::budget_category(l.category))
                    } else {
                        l.label.trim().to_string()
                    }
                })
                .unwrap_or_default()
        })
    });
    let summary = Signal::derive(move || {
        draft.with(|d| {
            d.budget
                .iter()
                .find(|l| l.id == id)
                .map(|l| {
                    let unit = if l.unit.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" {}", l.unit.trim())
                    };
                    let mut bits = vec![
                        labels::budget_category(l.category).to_string(),
                        format!(
                            "{}{unit} × {} = {}",
                            l.quantity,
                            money(d, l.unit_cost),
                            money(d, l.total())
                        ),
                        labels::funding(l.funding).to_string(),
                    ];
                    if let Some(p) = l.phase_id.and_then(|p| d.phase(p)) {
                        bits.push(display_title(&p.title).to_string());
                    }
                    bits.join(" · ")
                })
                .unwrap_or_default()
        })
    });
    let on_delete = Callback::new(move |_| {
        let name = title.get_untracked();
        ctx.begin_step();
        draft.update(|d| d.budget.retain(|l| l.id != id));
        ctx.deleted(format!("Line “{name}” deleted."));
    });
    let on_duplicate = Callback::new(move |_| {
        ctx.begin_step();
        let mut new_id = None;
        draft.update(|d| {
            if let Some(i) = d.budget.iter().position(|l| l.id == id) {
                let mut copy = d.budget[i].clone();
                copy.id = Id::new();
                new_id = Some(copy.id);
                d.budget.insert(i + 1, copy);
            }
        });
        if let Some(n) = new_id {
            ctx.open_item.set(Some(n));
            ctx.focus_later(format!("line-{n}-label"));
        }
    });
    view! {
        <ItemCard id title summary on_delete on_duplicate=on_duplicate>
            <LineForm id=id />
        </ItemCard>
    }
}

#[component]
fn LineForm(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    type L = BudgetLine;
    let (category, set_category) = field::<L, String>(
        draft,
        id,
        |l| labels::key(l.category),
        |l, v| l.category = labels::from_key(&v).unwrap_or_default(),
    );
    let (label, set_label) = text::<L>(draft, id, |l| &l.label, |l| &mut l.label);
    let (unit, set_unit) = text::<L>(draft, id, |l| &l.unit, |l| &mut l.unit);
    let (cost, set_cost) = field::<L, Money>(draft, id, |l| l.unit_cost, |l, v| l.unit_cost = v);
    let (quantity, set_quantity) = field::<L, Option<Decimal2>>(
        draft,
        id,
        |l| Some(l.quantity),
        |l, v| l.quantity = v.unwrap_or_default(),
    );
    let (funding, set_funding) = field::<L, String>(
        draft,
        id,
        |l| labels::key(l.funding),
        |l, v| l.funding = labels::from_key(&v).unwrap_or_default(),
    );
    let (phase, set_phase) = field::<L, String>(
        draft,
        id,
        |l| l.phase_id.map(|p| p.to_string()).unwrap_or_default(),
        |l, v| l.phase_id = v.parse().ok(),
    );
    let currency: Signal<Currency> =
        Signal::derive(move || draft.with(|d| d.overview.currency.clone()));
    let phase_options = move || {
        draft.with_untracked(|d| {
            d.numbered_phases()
                .into_iter()
                .map(|(id, l)| (id.to_string(), l))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="form-grid">
            <SelectField label="Category" id=format!("line-{id}-category") value=category set=set_category
                options=labels::options(&CATEGORIES, labels::budget_category) />
            <TextField label="Label" id=format!("line-{id}-label") value=label set=set_label />
            <TextField label="Unit" id=format!("line-{id}-unit") value=unit set=set_unit
                hint="What one unit is: day, night, ticket, lump sum…" />
            <MoneyField label="Unit cost" id=format!("line-{id}-cost") value=cost set=set_cost currency=currency />
            <DecimalField label="Quantity" id=format!("line-{id}-quantity") value=quantity set=set_quantity />
            <SelectField label="Funding source" id=format!("line-{id}-funding") value=funding set=set_funding
                options=labels::options(&FUNDINGS, labels::funding) />
            <SelectField label="Phase" id=format!("line-{id}-phase") value=phase set=set_phase
                placeholder="Whole programme" options=phase_options() />
        </div>
    }
}
