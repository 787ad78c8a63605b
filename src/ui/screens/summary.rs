//! The Summary screen: the whole programme as one document to read, share and
//! print: overview, phases, contents, people, selection, budget, timeline,
//! communication and evaluation. Every text is a text node.

use std::borrow::Cow;

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Date, Draft, Item, Money, Person, TargetGroup, WhoApplies};
use crate::review::readiness;
use crate::text::decimal;
use crate::text::display_title as programme_title;
use crate::text::labels;
use crate::text::lang;
use crate::ui::browser::today;
use crate::ui::context::EditorCtx;
use crate::ui::text::{date_text, hours_text, percent};
use crate::ui::widgets::Guide;

mod sections;

use sections::{budget, communication, contents, evaluation, people, phases, selection, timeline};

#[component]
pub fn SummaryScreen(
    /// For a programme only read (opened from a link): no guiding questions,
    /// which are for whoever designs it and remember their folding.
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
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
            {(!read_only).then(|| view! {
                <Guide id="summary" questions=[t!("summary.question_outsider"), t!("summary.question_reader")] />
            })}
            {move || ctx.draft().with(document)}
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
    crate::text::money(m, &d.overview.currency, lang())
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

/// A cell of a summary table: the row's header, a text, or a number.
enum Cell {
    Head(String),
    Text(String),
    Num(String),
}

/// A [`data_table`] of a list of the draft, a row per item, built a column
/// at a time: each column's header beside its cell. "None" for no items.
struct Table<'a, T> {
    items: &'a [T],
    label: Cow<'static, str>,
    columns: Vec<Column<'a, T>>,
}

/// A column's header, and its cell for an item (given the item's index).
type Column<'a, T> = (Cow<'static, str>, Box<dyn Fn(usize, &T) -> Cell + 'a>);

impl<'a, T> Table<'a, T> {
    fn of(items: &'a [T], label: Cow<'static, str>) -> Self {
        Table {
            items,
            label,
            columns: Vec::new(),
        }
    }

    fn column(mut self, name: Cow<'static, str>, cell: impl Fn(usize, &T) -> Cell + 'a) -> Self {
        self.columns.push((name, Box::new(cell)));
        self
    }

    fn view(self) -> AnyView {
        if self.items.is_empty() {
            return nothing();
        }
        let columns = &self.columns;
        let rows = self.items.iter().enumerate().map(|(i, x)| {
            let cells = columns.iter().map(|(_, cell)| match cell(i, x) {
                Cell::Head(v) => view! { <th scope="row">{v}</th> }.into_any(),
                Cell::Text(v) => view! { <td>{v}</td> }.into_any(),
                Cell::Num(v) => view! { <td class="num">{v}</td> }.into_any(),
            });
            view! { <tr>{cells.collect_view()}</tr> }
        });
        let rows = rows.collect_view().into_any();
        let names = self.columns.into_iter().map(|(name, _)| name).collect();
        data_table(self.label, names, rows, None)
    }
}

fn nothing() -> AnyView {
    view! { <p class="empty">{t!("summary.none")}</p> }.into_any()
}

/// A part of the document: its heading's id, its title, and what it says.
type Part = (&'static str, Cow<'static, str>, fn(&Draft) -> AnyView);

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
    // Each part as a section, its heading where the review's links land.
    let parts: [Part; 8] = [
        ("sum-phases", t!("summary.phases"), phases),
        ("sum-contents", t!("summary.contents"), contents),
        ("sum-people", t!("summary.people"), people),
        ("sum-selection", t!("summary.selection"), selection),
        ("sum-budget", t!("summary.budget"), budget),
        ("sum-timeline", t!("summary.timeline"), timeline),
        (
            "sum-communication",
            t!("summary.communication"),
            communication,
        ),
        ("sum-evaluation", t!("summary.evaluation"), evaluation),
    ];
    view! {
        <article class="summary-doc">
            <header class="summary-head summary-cover">
                <p class="summary-title">{programme_title(&o.title)}</p>
                {(!o.tagline.trim().is_empty()).then(|| view! { <p class="summary-tagline">{o.tagline.clone()}</p> })}
                <dl class="facts">
                    {fact(t!("summary.organisers"), joined(&organisers))}
                    {fact(t!("summary.dates"), span(o.start, o.end))}
                    {fact(t!("summary.places"), or_none(o.places.map(|p| p.to_string())))}
                    {fact(t!("summary.readiness"), t!("summary.readiness_percent", percent = readiness(d)).into_owned())}
                </dl>
                <p class="summary-as-of">{t!("summary.as_of", date = date_text(today()))}</p>
            </header>

            <section>
                <h3 id="sum-overview">{t!("summary.overview")}</h3>
                <dl class="facts">
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

            {parts.into_iter().map(|(id, title, body)| view! {
                <section class="wide">
                    <h3 id=id>{title}</h3>
                    {body(d)}
                </section>
            }).collect_view()}
            {(!d.notes.trim().is_empty()).then(|| view! {
                <section class="wide">
                    <h3 id="sum-notes">{t!("summary.notes")}</h3>
                    <p class="prose">{d.notes.clone()}</p>
                </section>
            })}
        </article>
    }
    .into_any()
}
