//! The Summary screen: the whole programme as one document to read, share and
//! print: overview, phases, contents, people, selection, budget, timeline,
//! communication and evaluation. Every text is a text node.

use std::borrow::Cow;

use leptos::prelude::*;
use rust_i18n::t;

use crate::call::strings::decimal;
use crate::i18n::call_language;
use crate::model::labels;
use crate::model::{Date, Draft, Money, TargetGroup, WhoApplies};
use crate::ui::context::EditorCtx;
use crate::ui::labels::programme_title;
use crate::ui::text::{date_text, hours_text, percent};
use crate::ui::widgets::Guide;

#[component]
pub fn SummaryScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <section class="screen summary" aria-labelledby="screen-title">
            <div class="summary-actions">
                <h2 id="screen-title">{t!("summary.screen")}</h2>
                <p class="hint">{t!("summary.intro")}</p>
                <button type="button" on:click=print>{t!("summary.print")}</button>
            </div>
            <Guide id="summary" questions=[t!("summary.question_outsider"), t!("summary.question_reader")] />
            {move || ctx.draft.with(document)}
        </section>
    }
}

/// A date, or a dash for none.
fn when(d: Option<Date>) -> String {
    or_none(d.map(date_text))
}

fn span(a: Option<Date>, b: Option<Date>) -> String {
    match (a, b) {
        (None, None) => "—".into(),
        (a, b) if a == b => when(a),
        (a, b) => t!("summary.span", start = when(a), end = when(b)).into_owned(),
    }
}

fn money(d: &Draft, m: Money) -> String {
    m.display(&d.overview.currency, call_language())
}

/// A total, or "too large to count" where it does not fit.
fn amount(d: &Draft, m: crate::model::Total) -> String {
    crate::ui::text::amount_text(m, &d.overview.currency)
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".into()
    } else {
        s.to_string()
    }
}

fn joined(items: &[String]) -> String {
    let items: Vec<&str> = items
        .iter()
        .map(String::as_str)
        .filter(|s| !s.trim().is_empty())
        .collect();
    if items.is_empty() {
        "—".into()
    } else {
        items.join(", ")
    }
}

/// A row of a two-column fact list.
fn fact(label: Cow<'static, str>, value: String) -> impl IntoView {
    view! { <div><dt>{label}</dt><dd>{value}</dd></div> }
}

/// Who may apply, in one line: which individuals, which organisations.
fn who_applies(target: &TargetGroup) -> String {
    let mut parts = Vec::new();
    if target.individuals_apply() {
        parts.push(
            target
                .profiles
                .map_or_else(
                    || labels::who_applies(WhoApplies::Individuals),
                    labels::profiles,
                )
                .into_owned(),
        );
    }
    if target.organisations_apply() {
        let kinds: Vec<String> = target
            .organisation_kinds
            .iter()
            .map(|k| labels::organisation_kind(*k).into_owned())
            .collect();
        let who = labels::who_applies(WhoApplies::Organisations);
        parts.push(if kinds.is_empty() {
            who.into_owned()
        } else {
            format!("{who} ({})", kinds.join(", "))
        });
    }
    or_none((!parts.is_empty()).then(|| parts.join(" · ")))
}

/// The age limits, if any.
fn ages(target: &TargetGroup) -> String {
    match (target.min_age, target.max_age) {
        (Some(min), Some(max)) => t!("summary.age_between", min = min, max = max).into_owned(),
        (Some(min), None) => t!("summary.age_at_least", min = min).into_owned(),
        (None, Some(max)) => t!("summary.age_at_most", max = max).into_owned(),
        (None, None) => t!("summary.no_age_limit").into_owned(),
    }
}

/// A value, or a dash for none.
fn or_none(v: Option<impl Into<String>>) -> String {
    v.map(Into::into).unwrap_or_else(|| "—".into())
}

/// A table of one part of the programme: labelled and focusable, so it can
/// scroll sideways on a narrow screen, with a header cell per column.
fn data_table(
    label: Cow<'static, str>,
    columns: Vec<Cow<'static, str>>,
    rows: AnyView,
    foot: Option<AnyView>,
) -> AnyView {
    let head = columns
        .into_iter()
        .map(|c| view! { <th scope="col">{c}</th> })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
                {foot.map(|f| view! { <tfoot>{f}</tfoot> })}
            </table>
        </div>
    }
    .into_any()
}

fn nothing() -> AnyView {
    view! { <p class="empty">{t!("summary.none")}</p> }.into_any()
}

fn document(d: &Draft) -> AnyView {
    let o = &d.overview;
    let organisers: Vec<String> = o
        .organisers
        .iter()
        .map(|g| {
            if g.country.trim().is_empty() {
                g.name.clone()
            } else {
                format!("{} ({})", g.name, g.country)
            }
        })
        .collect();
    let target = &o.target_group;
    let goals: Vec<String> = o
        .goals
        .iter()
        .map(|g| labels::goal(*g).into_owned())
        .chain((!o.other_goal.trim().is_empty()).then(|| o.other_goal.clone()))
        .collect();
    view! {
        <article class="summary-doc">
            <header class="summary-head">
                <p class="summary-title">{programme_title(&o.title)}</p>
                {(!o.tagline.trim().is_empty()).then(|| view! { <p class="summary-tagline">{o.tagline.clone()}</p> })}
            </header>

            <section>
                <h3 id="sum-overview">{t!("summary.overview")}</h3>
                <dl class="facts">
                    {fact(t!("summary.organisers"), joined(&organisers))}
                    {fact(t!("summary.dates"), span(o.start, o.end))}
                    {fact(t!("summary.places"), or_none(o.places.map(|p| p.to_string())))}
                    {fact(t!("summary.currency"), o.currency.code().to_string())}
                    {fact(t!("summary.profiles"), who_applies(target))}
                    {fact(t!("summary.ages"), ages(target))}
                    {fact(t!("summary.disciplines"), joined(&target.disciplines))}
                    {fact(t!("summary.career_stage"), or_dash(&target.career_stage))}
                    {fact(t!("summary.countries"), joined(&target.eligible_countries))}
                    {fact(t!("summary.languages"), joined(&target.working_languages))}
                    {fact(t!("summary.goals"), joined(&goals))}
                </dl>
                {(!o.objectives.trim().is_empty()).then(|| view! {
                    <h4>{t!("summary.objectives")}</h4>
                    <p class="prose">{o.objectives.clone()}</p>
                })}
            </section>

            <section>
                <h3 id="sum-phases">{t!("summary.phases")}</h3>
                {phases(d)}
            </section>

            <section>
                <h3 id="sum-contents">{t!("summary.contents")}</h3>
                {contents(d)}
            </section>

            <section>
                <h3 id="sum-people">{t!("summary.people")}</h3>
                {people(d)}
            </section>

            <section>
                <h3 id="sum-selection">{t!("summary.selection")}</h3>
                {selection(d)}
            </section>

            <section>
                <h3 id="sum-budget">{t!("summary.budget")}</h3>
                {budget(d)}
            </section>

            <section>
                <h3 id="sum-timeline">{t!("summary.timeline")}</h3>
                {timeline(d)}
            </section>

            <section>
                <h3 id="sum-communication">{t!("summary.communication")}</h3>
                {communication(d)}
            </section>

            <section>
                <h3 id="sum-evaluation">{t!("summary.evaluation")}</h3>
                {evaluation(d)}
            </section>
            {(!d.notes.trim().is_empty()).then(|| view! {
                <section>
                    <h3 id="sum-notes">{t!("summary.notes")}</h3>
                    <p class="prose">{d.notes.clone()}</p>
                </section>
            })}
        </article>
    }
    .into_any()
}

fn phases(d: &Draft) -> AnyView {
    if d.phases.is_empty() {
        return nothing();
    }
    let rows = d
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let people = joined(
                &p.expert_ids
                    .iter()
                    .filter_map(|id| d.person(*id))
                    .map(|x| x.name.clone())
                    .collect::<Vec<_>>(),
            );
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <th scope="row">{or_dash(&p.title)}</th>
                    <td>{labels::phase_kind(p.kind)}</td>
                    <td>{or_none(p.mode.map(labels::mode))}</td>
                    <td>{span(p.start, p.end)}</td>
                    <td class="num">{or_none(p.hours.map(hours_text))}</td>
                    <td>{or_dash(&p.location)}</td>
                    <td>{people}</td>
                </tr>
            }
        })
        .collect_view();
    data_table(
        t!("summary.phases"),
        vec![
            t!("summary.number"),
            t!("summary.phase"),
            t!("summary.kind"),
            t!("summary.mode"),
            t!("summary.dates"),
            t!("summary.hours"),
            t!("summary.location"),
            t!("summary.people"),
        ],
        rows.into_any(),
        None,
    )
}

fn contents(d: &Draft) -> AnyView {
    if d.contents.is_empty() {
        return nothing();
    }
    let numbered = d.numbered_phases();
    let rows = d
        .contents
        .iter()
        .map(|c| {
            let in_phases = joined(
                &numbered
                    .iter()
                    .filter(|(id, _)| c.phase_ids.contains(id))
                    .map(|(_, name)| name.clone())
                    .collect::<Vec<_>>(),
            );
            view! {
                <tr>
                    <th scope="row">{or_dash(&c.title)}</th>
                    <td>{labels::requirement(c.requirement)}</td>
                    <td>{labels::scope(c.scope)}</td>
                    <td>{labels::delivery(c.delivery)}</td>
                    <td>{or_none(c.format.map(labels::content_format))}</td>
                    <td class="num">{or_none(c.hours.map(hours_text))}</td>
                    <td>{in_phases}</td>
                </tr>
            }
        })
        .collect_view();
    data_table(
        t!("summary.contents"),
        vec![
            t!("summary.content"),
            t!("summary.requirement"),
            t!("summary.scope"),
            t!("summary.delivery"),
            t!("summary.format"),
            t!("summary.hours"),
            t!("summary.phases"),
        ],
        rows.into_any(),
        None,
    )
}

fn people(d: &Draft) -> AnyView {
    if d.people.is_empty() {
        return nothing();
    }
    let rows = d
        .people
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{or_dash(&p.name)}</th>
                    <td>{labels::person_role(p.role)}</td>
                    <td>{or_dash(&p.expertise)}</td>
                    <td>{or_dash(&p.organisation)}</td>
                    <td>{or_dash(&p.country)}</td>
                    <td class="num">{money(d, p.fee_per_day)}</td>
                    <td class="num">{or_none(p.days.map(|n| decimal(n, call_language())))}</td>
                </tr>
            }
        })
        .collect_view();
    data_table(
        t!("summary.people"),
        vec![
            t!("summary.name"),
            t!("summary.role"),
            t!("summary.expertise"),
            t!("summary.organisation"),
            t!("summary.country"),
            t!("summary.fee_per_day"),
            t!("summary.days"),
        ],
        rows.into_any(),
        None,
    )
}

fn selection(d: &Draft) -> AnyView {
    let s = &d.selection;
    let criteria = s
        .criteria
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{or_dash(&c.name)}</th>
                    <td>{or_dash(&c.description)}</td>
                    <td class="num">{percent(c.weight * 10)}</td>
                </tr>
            }
        })
        .collect_view();
    let ranking = d.ranking();
    let ranked = ranking
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td class="num">{r.rank}</td>
                    <th scope="row">{or_dash(&r.name)}</th>
                    <td class="num">{percent(r.per_mille)}</td>
                    <td>{if r.selected { t!("summary.yes") } else { t!("summary.no") }}</td>
                </tr>
            }
        })
        .collect_view();
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
        {if s.criteria.is_empty() {
            nothing()
        } else {
            view! {
                <table>
                    <thead><tr>
                        <th scope="col">{t!("summary.criterion")}</th>
                        <th scope="col">{t!("summary.description")}</th>
                        <th scope="col">{t!("summary.weight")}</th>
                    </tr></thead>
                    <tbody>{criteria}</tbody>
                </table>
            }
            .into_any()
        }}
        <h4>{t!("summary.ranking")}</h4>
        {if ranking.is_empty() {
            nothing()
        } else {
            view! {
                <table>
                    <thead><tr>
                        <th scope="col">{t!("summary.rank")}</th>
                        <th scope="col">{t!("summary.applicant")}</th>
                        <th scope="col">{t!("summary.score")}</th>
                        <th scope="col">{t!("summary.selected")}</th>
                    </tr></thead>
                    <tbody>{ranked}</tbody>
                </table>
            }
            .into_any()
        }}
    }
    .into_any()
}

fn budget(d: &Draft) -> AnyView {
    if d.budget.is_empty() {
        return nothing();
    }
    let totals = d.budget_totals();
    let lang = call_language();
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
fn timeline(d: &Draft) -> AnyView {
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
    if events.is_empty() {
        return nothing();
    }
    // Stable: items on the same day keep the programme's order.
    events.sort_by_key(|(date, ..)| (date.is_none(), *date));
    let rows = events
        .into_iter()
        .map(|(_, what, kind, dates)| {
            view! { <tr><td>{dates}</td><th scope="row">{what}</th><td>{kind}</td></tr> }
        })
        .collect_view();
    view! {
        <table>
            <thead><tr>
                <th scope="col">{t!("summary.dates")}</th>
                <th scope="col">{t!("summary.event")}</th>
                <th scope="col">{t!("summary.kind")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

fn communication(d: &Draft) -> AnyView {
    if d.communication.is_empty() {
        return nothing();
    }
    let rows = d
        .communication
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{or_dash(&a.channel)}</th>
                    <td>{or_dash(&a.audience)}</td>
                    <td>{or_dash(&a.message)}</td>
                    <td>{when(a.date)}</td>
                    <td>{or_dash(&a.owner)}</td>
                    <td>{or_dash(&a.indicator)}</td>
                </tr>
            }
        })
        .collect_view();
    data_table(
        t!("summary.communication"),
        vec![
            t!("summary.channel"),
            t!("summary.audience"),
            t!("summary.message"),
            t!("summary.date"),
            t!("summary.owner"),
            t!("summary.indicator"),
        ],
        rows.into_any(),
        None,
    )
}

fn evaluation(d: &Draft) -> AnyView {
    if d.evaluation.is_empty() {
        return nothing();
    }
    let rows = d
        .evaluation
        .iter()
        .map(|e| {
            view! {
                <tr>
                    <th scope="row">{or_dash(&e.measure)}</th>
                    <td>{or_none(e.method.map(labels::evaluation_method))}</td>
                    <td>{or_none(e.when.map(labels::evaluation_time))}</td>
                    <td>{or_dash(&e.target)}</td>
                    <td>{or_dash(&e.owner)}</td>
                </tr>
            }
        })
        .collect_view();
    data_table(
        t!("summary.evaluation"),
        vec![
            t!("summary.measure"),
            t!("summary.method"),
            t!("summary.when"),
            t!("summary.target"),
            t!("summary.owner"),
        ],
        rows.into_any(),
        None,
    )
}
