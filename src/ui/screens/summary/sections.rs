//! The summary's sections, one function per part of the programme.

use super::*;
use crate::model::{MentorshipContent, Phase};
use crate::ui::widgets::Timeline;
use Cell::{Head, Num, Text};

pub(super) fn phases(d: &Draft) -> AnyView {
    let people = |p: &Phase| {
        let names: Vec<String> = p
            .expert_ids
            .iter()
            .filter_map(|id| Person::find(d, *id))
            .map(|x| x.name.clone())
            .collect();
        joined(&names)
    };
    Table::of(&d.phases, t!("summary.phases"))
        .column(t!("summary.number"), |i, _| Text((i + 1).to_string()))
        .column(t!("summary.phase"), |_, p| Head(or_dash(&p.title)))
        .column(t!("summary.kind"), |_, p| {
            Text(labels::phase_kind(p.kind).into())
        })
        .column(t!("summary.mode"), |_, p| {
            Text(or_none(p.mode.map(labels::mode)))
        })
        .column(t!("summary.dates"), |_, p| Text(span(p.start, p.end)))
        .column(t!("summary.hours"), |_, p| {
            Num(or_none(p.hours.map(hours_text)))
        })
        .column(t!("summary.location"), |_, p| Text(or_dash(&p.location)))
        .column(t!("summary.people"), move |_, p| Text(people(p)))
        .view()
}

pub(super) fn contents(d: &Draft) -> AnyView {
    let numbered = crate::text::numbered_phases(d);
    let in_phases = move |c: &MentorshipContent| {
        let names: Vec<String> = numbered
            .iter()
            .filter(|(id, _)| c.phase_ids.contains(id))
            .map(|(_, name)| name.clone())
            .collect();
        joined(&names)
    };
    Table::of(&d.contents, t!("summary.contents"))
        .column(t!("summary.content"), |_, c| Head(or_dash(&c.title)))
        .column(t!("summary.requirement"), |_, c| {
            Text(labels::requirement(c.requirement).into())
        })
        .column(t!("summary.scope"), |_, c| {
            Text(labels::scope(c.scope).into())
        })
        .column(t!("summary.delivery"), |_, c| {
            Text(labels::delivery(c.delivery).into())
        })
        .column(t!("summary.format"), |_, c| {
            Text(or_none(c.format.map(labels::content_format)))
        })
        .column(t!("summary.hours"), |_, c| {
            Num(or_none(c.hours.map(hours_text)))
        })
        .column(t!("summary.phases"), move |_, c| Text(in_phases(c)))
        .view()
}

pub(super) fn people(d: &Draft) -> AnyView {
    let days = |n| decimal(n, lang());
    Table::of(&d.people, t!("summary.people"))
        .column(t!("summary.name"), |_, p| Head(or_dash(&p.name)))
        .column(t!("summary.role"), |_, p| {
            Text(labels::person_role(p.role).into())
        })
        .column(t!("summary.expertise"), |_, p| Text(or_dash(&p.expertise)))
        .column(t!("summary.organisation"), |_, p| {
            Text(or_dash(&p.organisation))
        })
        .column(t!("summary.country"), |_, p| Text(or_dash(&p.country)))
        .column(t!("summary.fee_per_day"), |_, p| {
            Num(money(d, p.fee_per_day))
        })
        .column(t!("summary.days"), move |_, p| {
            Num(or_none(p.days.map(days)))
        })
        .view()
}

pub(super) fn selection(d: &Draft) -> AnyView {
    let s = &d.selection;
    let criteria = plain_table(
        &s.criteria,
        [
            t!("summary.criterion"),
            t!("summary.description"),
            t!("summary.weight"),
        ],
        |c| {
            view! {
                <tr>
                    <th scope="row">{or_dash(&c.name)}</th>
                    <td>{or_dash(&c.description)}</td>
                    <td class="num">{percent(c.weight * 10)}</td>
                </tr>
            }
        },
    );
    let columns = [
        t!("summary.rank"),
        t!("summary.applicant"),
        t!("summary.score"),
        t!("results.decision"),
    ];
    let ranked = plain_table(&d.ranking(), columns, |r| {
        let decision = crate::model::Applicant::find(d, r.id)
            .map(|a| crate::text::decision(d, a).into_owned())
            .unwrap_or_default();
        let why = match (&r.tie_reason, r.disagreement) {
            (Some(reason), _) => t!("results.tie_decided", reason = reason).into_owned(),
            (None, true) => t!("results.disagree").into_owned(),
            (None, false) => String::new(),
        };
        view! {
            <tr>
                <td class="num">{r.rank}</td>
                <th scope="row">{or_dash(&r.name)}</th>
                <td class="num">{percent(r.per_mille)}</td>
                <td>{decision}{(!why.is_empty()).then(|| view! { <span class="hint">" · "{why}</span> })}</td>
            </tr>
        }
    });
    view! {
        <dl class="facts">
            {fact(t!("summary.deadline"), when(s.deadline))}
            {fact(t!("summary.results_date"), when(s.results_date))}
            {fact(t!("summary.eligibility"), joined(&s.eligibility))}
            {fact(t!("summary.committee"), joined(&s.committee))}
            {fact(t!("summary.steps"), joined(&s.steps))}
            {fact(t!("summary.application_fee"), money(d, s.application_fee))}
        </dl>
        <h4>{t!("summary.criteria")}</h4>
        {criteria}
        <h4>{t!("summary.ranking")}</h4>
        {ranked}
    }
    .into_any()
}

pub(super) fn budget(d: &Draft) -> AnyView {
    if d.budget.is_empty() {
        return nothing();
    }
    let totals = d.budget_totals();
    let lang = lang();
    let lines = d
        .budget
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{or_dash(&l.label)}</th>
                    <td>{labels::budget_category(l.category)}</td>
                    <td class="num">{money(d, l.unit_cost)}</td>
                    <td class="num">{decimal(l.quantity, lang)}{(!l.unit.trim().is_empty()).then(|| format!(" {}", l.unit))}</td>
                    <td class="num">{amount(d, l.total())}</td>
                    <td>{labels::funding(l.funding)}</td>
                </tr>
            }
        })
        .collect_view();
    let by_category = totals
        .by_category
        .iter()
        .map(|(c, m)| view! { <tr><th scope="row">{labels::budget_category(*c)}</th><td class="num">{amount(d, *m)}</td></tr> })
        .collect_view();
    let by_funding = totals
        .by_funding
        .iter()
        .map(|(f, m)| view! { <tr><th scope="row">{labels::funding(*f)}</th><td class="num">{amount(d, *m)}</td></tr> })
        .collect_view();
    let table = data_table(
        t!("summary.budget"),
        vec![
            t!("summary.line"),
            t!("summary.category"),
            t!("summary.unit_cost"),
            t!("summary.quantity"),
            t!("summary.amount"),
            t!("summary.funding"),
        ],
        lines.into_any(),
        Some(
            view! {
                <tr>
                    <th scope="row" colspan="4">{t!("summary.total")}</th>
                    <td class="num">{amount(d, totals.total)}</td>
                    <td></td>
                </tr>
            }
            .into_any(),
        ),
    );
    view! {
        {table}
        <div class="summary-pair">
            <table>
                <caption>{t!("summary.by_category")}</caption>
                <tbody>{by_category}</tbody>
            </table>
            <table>
                <caption>{t!("summary.by_funding")}</caption>
                <tbody>{by_funding}</tbody>
            </table>
        </div>
        <dl class="facts">
            {fact(t!("summary.total"), amount(d, totals.total))}
            {fact(t!("summary.per_participant"), or_none(totals.per_participant.map(|m| amount(d, m))))}
        </dl>
    }
    .into_any()
}

/// Phases and milestones in date order; undated ones last.
pub(super) fn timeline(d: &Draft) -> AnyView {
    let mut events: Vec<(Option<Date>, String, String, String)> = d
        .phases
        .iter()
        .map(|p| {
            (
                p.start,
                or_dash(&p.title),
                labels::phase_kind(p.kind).into_owned(),
                span(p.start, p.end),
            )
        })
        .chain(d.milestones.iter().map(|m| {
            (
                m.date,
                or_dash(&m.label),
                labels::milestone_kind(m.kind).into_owned(),
                when(m.date),
            )
        }))
        .collect();
    // Stable: items on the same day keep the programme's order.
    events.sort_by_key(|(date, ..)| (date.is_none(), *date));
    let columns = [t!("summary.dates"), t!("summary.event"), t!("summary.kind")];
    let table = plain_table(&events, columns, |(_, what, kind, dates)| {
        view! { <tr><td>{dates.clone()}</td><th scope="row">{what.clone()}</th><td>{kind.clone()}</td></tr> }
    });
    // The chart first, as on the Planning screen; the table says it again in words.
    view! { <Timeline />{table} }.into_any()
}

/// A table within a section, a header cell per column and a row per item;
/// or "none".
fn plain_table<T, V: IntoView, const N: usize>(
    items: &[T],
    columns: [Cow<'static, str>; N],
    row: impl Fn(&T) -> V,
) -> AnyView {
    if items.is_empty() {
        return nothing();
    }
    view! {
        <table>
            <thead><tr>
                {columns.map(|c| view! { <th scope="col">{c}</th> }).into_iter().collect_view()}
            </tr></thead>
            <tbody>{items.iter().map(row).collect_view()}</tbody>
        </table>
    }
    .into_any()
}

pub(super) fn communication(d: &Draft) -> AnyView {
    Table::of(&d.communication, t!("summary.communication"))
        .column(t!("summary.channel"), |_, a| Head(or_dash(&a.channel)))
        .column(t!("summary.audience"), |_, a| Text(or_dash(&a.audience)))
        .column(t!("summary.message"), |_, a| Text(or_dash(&a.message)))
        .column(t!("summary.date"), |_, a| Text(when(a.date)))
        .column(t!("summary.owner"), |_, a| Text(or_dash(&a.owner)))
        .column(t!("summary.indicator"), |_, a| Text(or_dash(&a.indicator)))
        .view()
}

pub(super) fn evaluation(d: &Draft) -> AnyView {
    Table::of(&d.evaluation, t!("summary.evaluation"))
        .column(t!("summary.measure"), |_, e| Head(or_dash(&e.measure)))
        .column(t!("summary.method"), |_, e| {
            Text(or_none(e.method.map(labels::evaluation_method)))
        })
        .column(t!("summary.when"), |_, e| {
            Text(or_none(e.when.map(labels::evaluation_time)))
        })
        .column(t!("summary.target"), |_, e| Text(or_dash(&e.target)))
        .column(t!("summary.owner"), |_, e| Text(or_dash(&e.owner)))
        .view()
}
