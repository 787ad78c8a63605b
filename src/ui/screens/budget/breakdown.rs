//! The budget's breakdowns: totals as tables, and the split per category as
//! a chart.

use leptos::prelude::*;
use rust_i18n::t;

use super::LineContext;
use crate::model::{BudgetCategory, BudgetTotals, Money};
use crate::text::lang;
use crate::ui::labels;

/// One breakdown of the totals (by category, funding or phase) as a table.
#[component]
pub(super) fn BreakdownTable(
    #[prop(into)] caption: String,
    #[prop(into)] rows: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    // Redrawn only when a figure changes, not at every key press in a line.
    let rows = Memo::new(move |_| rows.get());
    view! {
        <table class="breakdown">
            <caption>{caption}</caption>
            <tbody>
                <Show when=move || !rows.with(Vec::is_empty)
                    fallback=|| view! { <tr><td colspan="2">{t!("budget.no_lines")}</td></tr> }>
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
pub(super) fn SplitChart(totals: Memo<BudgetTotals>) -> impl IntoView {
    // The currency as pushed for the line cards: reading the draft here would
    // redraw the chart at every key press.
    let currency = expect_context::<LineContext>().currency;
    let bars = Memo::new(move |_| {
        totals.with(|t| {
            let currency = currency.get();
            // Shares of a total too large to count would be wrong: no chart
            // then; the tables say which sums are too large.
            let (Ok(total), Some(by_category)) = (
                t.total,
                t.by_category
                    .iter()
                    .map(|(c, m)| m.map(|m| (*c, m)).ok())
                    .collect::<Option<Vec<(BudgetCategory, Money)>>>(),
            ) else {
                return Vec::new();
            };
            let max = by_category
                .iter()
                .map(|(_, m)| m.0)
                .max()
                .unwrap_or(0)
                .max(1);
            let total = total.0.max(1);
            by_category
                .iter()
                .filter(|(_, m)| m.0 > 0)
                .map(|(c, m)| {
                    let pct = (m.0 as f64 * 100.0 / total as f64).round();
                    (
                        labels::budget_category(*c),
                        m.0 as f64 / max as f64,
                        t!(
                            "budget.chart_value",
                            amount = crate::text::money(*m, &currency, lang()),
                            share = pct
                        )
                        .into_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let row_h = 28.0;
    view! {
        <Show when=move || !bars.with(Vec::is_empty)>
            <figure class="chart">
                <figcaption id="split-caption">{t!("budget.split_caption")}</figcaption>
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
