//! The timeline chart of the phases and milestones, on the Planning screen
//! and in the printed Summary.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Date, Mode};
use crate::text::display_title;
use crate::ui::context::use_editor;
use crate::ui::labels;
use crate::ui::text::date_text;

/// Month starts from the month of `from` to the month after `to`.
fn months(from: Date, to: Date) -> Vec<Date> {
    use chrono::Datelike;
    let mut out = Vec::new();
    let (mut y, mut m) = (from.0.year(), from.0.month());
    while let Some(d) = Date::ymd(y, m, 1) {
        out.push(d);
        if d > to || out.len() > 240 {
            break;
        }
        if m == 12 {
            y += 1;
            m = 1;
        } else {
            m += 1;
        }
    }
    out
}

/// A month's short name for the timeline's axis (`month0` counts from 0).
fn month_short(month0: u32) -> std::borrow::Cow<'static, str> {
    match month0 {
        0 => t!("planning.month_1"),
        1 => t!("planning.month_2"),
        2 => t!("planning.month_3"),
        3 => t!("planning.month_4"),
        4 => t!("planning.month_5"),
        5 => t!("planning.month_6"),
        6 => t!("planning.month_7"),
        7 => t!("planning.month_8"),
        8 => t!("planning.month_9"),
        9 => t!("planning.month_10"),
        10 => t!("planning.month_11"),
        _ => t!("planning.month_12"),
    }
}

/// The phases as bars on a calendar, the milestones as marks, with a legend
/// of the modes and a table twin for screen readers.
#[component]
pub fn Timeline() -> impl IntoView {
    let (_, draft) = use_editor();
    let today = crate::ui::browser::today();
    let data = Memo::new(move |_| {
        draft.with(|d| {
            let bars: Vec<(String, Date, Date, Option<Mode>)> = d
                .phases
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let (s, e) = match (p.start, p.end) {
                        (Some(s), Some(e)) => (s.min(e), s.max(e)),
                        (Some(s), None) => (s, s),
                        (None, Some(e)) => (e, e),
                        _ => return None,
                    };
                    Some((
                        format!("{}. {}", i + 1, display_title(&p.title)),
                        s,
                        e,
                        p.mode,
                    ))
                })
                .collect();
            let marks: Vec<(String, Date)> = d
                .milestones
                .iter()
                .filter_map(|m| m.date.map(|x| (display_title(&m.label).to_string(), x)))
                .collect();
            let all = bars
                .iter()
                .flat_map(|b| [b.1, b.2])
                .chain(marks.iter().map(|m| m.1))
                .chain(d.overview.start)
                .chain(d.overview.end);
            let (lo, hi) = all.fold((None::<Date>, None::<Date>), |(lo, hi), x| {
                (
                    Some(lo.map_or(x, |l| l.min(x))),
                    Some(hi.map_or(x, |h| h.max(x))),
                )
            });
            (bars, marks, lo.zip(hi))
        })
    });
    let label_w = 210.0;
    let width = 900.0;
    let row = 26.0;
    view! {
        {move || {
            let (bars, marks, range) = data.get();
            let Some((lo, hi)) = range else {
                return view! { <p class="hint">{t!("planning.no_dates")}</p> }.into_any();
            };
            let ticks = months(lo, hi);
            let first = ticks[0];
            let last = *ticks.last().unwrap_or(&hi);
            let span = first.days_until(last).max(1) as f64;
            let x = move |d: Date| label_w + (first.days_until(d) as f64 / span) * (width - label_w - 10.0);
            // Months on one line, years under them; then a row per phase and per milestone.
            let top = 40.0;
            let height = top + (bars.len() + marks.len()) as f64 * row + 24.0;
            let marks_top = top + bars.len() as f64 * row;
            let table_bars = bars.clone();
            let table_marks = marks.clone();
            view! {
                <figure class="chart timeline">
                    <figcaption id="timeline-caption">{t!("planning.timeline_caption")}</figcaption>
                    <div class="legend" aria-hidden="true">
                        <span class="key remote">{t!("planning.remote")}</span>
                        <span class="key face_to_face">{t!("planning.face_to_face")}</span>
                        <span class="key hybrid">{t!("planning.hybrid")}</span>
                        <span class="key none">{t!("planning.mode_not_set")}</span>
                    </div>
                    // Scrolls sideways on a narrow screen: focusable, so the keyboard can too.
                    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="timeline-caption">
                        <svg role="img" aria-labelledby="timeline-caption" viewBox=format!("0 0 {width} {height}")
                            width=width height=height class="gantt">
                            <defs>
                                <pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                                    <rect width="3" height="6" class="hatch-stroke" />
                                </pattern>
                            </defs>
                            {ticks.iter().map(|t| {
                                use chrono::Datelike;
                                let tx = x(*t);
                                let year = (t.0.month() == 1 || *t == first).then(|| t.0.year().to_string());
                                view! {
                                    <g>
                                        <line x1=tx x2=tx y1=if year.is_some() { 18.0 } else { 20.0 } y2=height - 18.0 class="grid-line" />
                                        {(*t != last).then(|| view! {
                                            <text x=tx + 3.0 y="14" class="axis">{month_short(t.0.month0())}</text>
                                        })}
                                        {year.map(|y| view! { <text x=tx + 3.0 y="30" class="axis year">{y}</text> })}
                                    </g>
                                }
                            }).collect_view()}
                            {bars.into_iter().enumerate().map(|(i, (name, s, e, mode))| {
                                let y = top + i as f64 * row;
                                let class = match mode {
                                    Some(Mode::Remote) => "bar remote",
                                    Some(Mode::FaceToFace) => "bar face_to_face",
                                    Some(Mode::Hybrid) => "bar hybrid",
                                    None => "bar none",
                                };
                                let x1 = x(s);
                                let w = (x(e) - x1).max(4.0);
                                view! {
                                    <g>
                                        <text x="0" y=y + 15.0 class="chart-label">{name}</text>
                                        <rect x=x1 y=y + 3.0 width=w height=row - 8.0 rx="3" class=class />
                                    </g>
                                }
                            }).collect_view()}
                            {marks.into_iter().enumerate().map(|(i, (name, d))| {
                                let mx = x(d);
                                let y = marks_top + i as f64 * row;
                                view! {
                                    <g>
                                        <text x="0" y=y + 15.0 class="chart-label">{format!("◆ {name}")}</text>
                                        <path d=format!("M {mx} {} l 7 7 l -7 7 l -7 -7 z", y + 3.0) class="milestone" />
                                    </g>
                                }
                            }).collect_view()}
                            {(today >= first && today <= last).then(|| {
                                let tx = x(today);
                                view! {
                                    <g>
                                        <line x1=tx x2=tx y1="18" y2=height - 14.0 class="today" />
                                        <text x=tx + 3.0 y=height - 2.0 class="axis">{t!("planning.today")}</text>
                                    </g>
                                }
                            })}
                        </svg>
                    </div>
                    <details class="table-view">
                        <summary>{t!("planning.as_table")}</summary>
                        <table class="breakdown">
                            <caption class="visually-hidden">{t!("planning.table_caption")}</caption>
                            <thead><tr><th scope="col">{t!("planning.what")}</th><th scope="col">{t!("planning.from")}</th><th scope="col">{t!("planning.to")}</th><th scope="col">{t!("planning.mode")}</th></tr></thead>
                            <tbody>
                                {table_bars.into_iter().map(|(n, s, e, m)| view! {
                                    <tr><th scope="row">{n}</th><td>{date_text(s)}</td><td>{date_text(e)}</td>
                                        <td>{m.map(labels::mode).unwrap_or_else(|| t!("planning.not_set"))}</td></tr>
                                }).collect_view()}
                                {table_marks.into_iter().map(|(n, d)| view! {
                                    <tr><th scope="row">{n}</th><td>{date_text(d)}</td><td></td><td>{t!("planning.milestone")}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </details>
                </figure>
            }
            .into_any()
        }}
    }
}
