//! A mentor's log view (`#/log/<mentor id>`): their mentees' plans to read,
//! and the sessions they hold with them, logged here, kept in this browser
//! as typed, then sent back as a file.

use leptos::prelude::*;
use rust_i18n::t;

use super::browser;
use super::labels;
use super::parts::part;
use super::state::use_state;
use super::text::{date_text, hours_text};
use super::widgets::lens::by_key;
use super::widgets::{
    DecimalField, IdChecklist, SelectField, SheetPage, TextField, kept_sheet, sheet_names,
};
use crate::format::log_sheet::LogSheet;
use crate::model::{Decimal2, Id, MAX_SESSION_HOURS, Session};
use crate::text::display_name;

part! { log_sheet:
    /// A mentor's log view, or the page that says it is not kept here.
    pub fn log_sheet(mentor: Id) -> AnyView {
        kept_sheet::<LogSheet>(mentor, ["log.missing_title", "log.missing"], |sheet| view! { <Log sheet /> }.into_any())
    }
}

#[component]
fn Log(sheet: RwSignal<LogSheet>) -> impl IntoView {
    let state = use_state();
    provide_context(sheet);
    let names = sheet_names(sheet);
    let totals = move || {
        sheet.with(|s| {
            let hours: Decimal2 = s.sessions.iter().map(Session::hours).sum();
            match s.sessions.len() {
                1 => t!("log.totals_one", hours = hours_text(hours)),
                n => t!("log.totals", count = n, hours = hours_text(hours)),
            }
            .into_owned()
        })
    };
    let order =
        Memo::new(move |_| sheet.with(|s| s.sessions.iter().map(|x| x.id).collect::<Vec<_>>()));
    let mentees = Signal::derive(move || {
        sheet.with(|s| {
            s.mentees
                .iter()
                .map(|m| (m.id.to_string(), display_name(&m.name).into_owned()))
                .collect::<Vec<_>>()
        })
    });
    let with = RwSignal::new(String::new());
    let add = move |mentee: Option<Id>| {
        let today = browser::today();
        let id = sheet.try_update(|s| s.add_session(Some(today), mentee));
        if let Some(id) = id {
            browser::focus_soon(&format!("log-{id}-date"));
        }
    };
    let add_one = move |_| match with.get_untracked().parse::<Id>() {
        Ok(m) => add(Some(m)),
        Err(_) => state
            .notice
            .set(t!("running.choose_participant").into_owned()),
    };
    let add_group = move |_| {
        let all: Vec<Id> = sheet.with_untracked(|s| s.mentees.iter().map(|m| m.id).collect());
        let today = browser::today();
        let id = sheet.try_update(|s| {
            let id = s.add_session(Some(today), None);
            if let Some(x) = s.sessions.iter_mut().find(|x| x.id == id) {
                x.kind = crate::model::SessionKind::Collective;
                x.participant_ids = all;
            }
            id
        });
        if let Some(id) = id {
            browser::focus_soon(&format!("log-{id}-date"));
        }
    };
    let sent = RwSignal::new(None::<String>);
    let send = move |_| {
        let mut returned = sheet.get_untracked();
        returned.returned_at = Some(browser::now());
        let name = returned.file_name();
        sent.set(Some(
            match browser::download(&name, &returned.to_text(), "application/json") {
                Ok(()) => t!("log.sent", name = name, count = returned.sessions.len()).into_owned(),
                Err(e) => e,
            },
        ));
    };
    view! {
        <SheetPage heading_id="log-title" title=Signal::derive(move || t!("log.title", title = names().0).into_owned())
            lede=Signal::derive(move || t!("log.for_mentor", name = names().1).into_owned()) intro=t!("log.intro")>
            <h2>{t!("log.mentees")}</h2>
            <Show when=move || sheet.with(|s| !s.mentees.is_empty())
                fallback=|| view! { <p class="hint">{t!("log.no_mentees")}</p> }>
                <ul class="rows">
                    {move || sheet.with(|s| s.mentees.clone()).into_iter().map(|m| view! { <MenteePlan mentee=m /> }).collect_view()}
                </ul>
            </Show>
            <h2>{t!("running.sessions")}</h2>
            <p class="meta" role="status">{totals}</p>
            <ul class="rows" aria-label=t!("running.sessions")>
                <For each=move || order.get() key=|id| *id let:id>
                    <LogSession id=id />
                </For>
            </ul>
            <div class="add-row">
                <SelectField label=t!("log.session_with") id="log-with" value=with set=Callback::new(move |v| with.set(v))
                    placeholder=t!("running.choose") options=mentees.get_untracked() />
                <button type="button" on:click=add_one>{t!("log.add_one")}</button>
                <button type="button" class="secondary" on:click=add_group>{t!("log.add_group")}</button>
            </div>
            <div class="add-row">
                <button type="button" on:click=send>{t!("log.send")}</button>
            </div>
            <p role="status">{move || sent.get()}</p>
        </SheetPage>
    }
}

/// A mentee's plan, to read: where they start, their goals, their actions.
#[component]
fn MenteePlan(mentee: crate::format::log_sheet::Mentee) -> impl IntoView {
    let plan = mentee.plan;
    view! {
        <li class="row-card">
            <h3>{display_name(&mentee.name).into_owned()}</h3>
            {(!plan.starting_point.trim().is_empty()).then(|| view! {
                <p><strong>{t!("running.starting_point")}": "</strong>{plan.starting_point.clone()}</p>
            })}
            <ul>
                {plan.goals.iter().map(|g| view! {
                    <li>{t!("log.goal", goal = g.text.clone(), progress = g.progress)}</li>
                }).collect_view()}
                {plan.actions.iter().map(|a| {
                    let due = a.due.map(date_text).unwrap_or_default();
                    let done = if a.done { t!("running.done").into_owned() } else { String::new() };
                    view! { <li>{t!("log.action", action = a.text.clone(), due = due, done = done)}</li> }
                }).collect_view()}
            </ul>
        </li>
    }
}

/// One value of session `id` of the sheet, and a way to set it.
fn bound<V: Clone + Default + Send + Sync + 'static>(
    sheet: RwSignal<LogSheet>,
    id: Id,
    get: fn(&Session) -> V,
    put: fn(&mut Session, V),
) -> (Signal<V>, Callback<V>) {
    (
        Signal::derive(move || {
            sheet.with(|s| {
                s.sessions
                    .iter()
                    .find(|x| x.id == id)
                    .map(get)
                    .unwrap_or_default()
            })
        }),
        Callback::new(move |v| {
            sheet.update(|s| {
                if let Some(x) = s.sessions.iter_mut().find(|x| x.id == id) {
                    put(x, v)
                }
            })
        }),
    )
}

#[component]
fn LogSession(id: Id) -> impl IntoView {
    let sheet = expect_context::<RwSignal<LogSheet>>();
    let field_id = move |name: &str| format!("log-{id}-{name}");
    let (date, set_date) = bound(
        sheet,
        id,
        |s| s.date.map(|d| d.to_string()).unwrap_or_default(),
        |s, v: String| s.date = v.parse().ok(),
    );
    let (phase, set_phase) = bound(
        sheet,
        id,
        |s| s.phase_id.map(|p| p.to_string()).unwrap_or_default(),
        |s, v: String| s.phase_id = v.parse().ok(),
    );
    let (kind, set_kind) = by_key(bound(sheet, id, |s| s.kind, |s, v| s.kind = v));
    let (mode, set_mode) = by_key(bound(sheet, id, |s| s.mode, |s, v| s.mode = v));
    let (hours, set_hours) = bound(sheet, id, |s| s.hours, |s, v| s.hours = v);
    let (who, set_who) = bound(
        sheet,
        id,
        |s| s.participant_ids.clone(),
        |s, v| s.participant_ids = v,
    );
    let (covered, set_covered) = bound(
        sheet,
        id,
        |s| s.content_ids.clone(),
        |s, v| s.content_ids = v,
    );
    let (notes, set_notes) = bound(sheet, id, |s| s.notes.clone(), |s, v| s.notes = v);
    let (next, set_next) = bound(sheet, id, |s| s.next_steps.clone(), |s, v| s.next_steps = v);
    let heading = move || {
        sheet.with(|s| {
            s.sessions
                .iter()
                .find(|x| x.id == id)
                .and_then(|x| x.date)
                .map(date_text)
                .unwrap_or_else(|| t!("running.undated").into_owned())
        })
    };
    let outside = Signal::derive(move || {
        sheet.with(|s| {
            let date = s
                .sessions
                .iter()
                .find(|x| x.id == id)
                .and_then(|x| x.date)?;
            (s.start.is_some_and(|a| date < a) || s.end.is_some_and(|b| date > b))
                .then(|| t!("running.date_outside").into_owned())
        })
    });
    let check_hours = Callback::new(move |h: Option<Decimal2>| {
        h.filter(|h| *h > Decimal2::whole(MAX_SESSION_HOURS))
            .map(|_| t!("running.hours_too_many", max = MAX_SESSION_HOURS).into_owned())
    });
    let (phases, mentees, contents) = sheet.with_untracked(|s| {
        (
            s.phases
                .iter()
                .map(|p| (p.id.to_string(), display_name(&p.title).into_owned()))
                .collect::<Vec<_>>(),
            s.mentees
                .iter()
                .map(|m| (m.id, display_name(&m.name).into_owned()))
                .collect::<Vec<_>>(),
            s.contents
                .iter()
                .map(|c| (c.id, display_name(&c.title).into_owned()))
                .collect::<Vec<_>>(),
        )
    });
    let remove = move |_| {
        sheet.update(|s| s.remove_session(id));
        browser::focus_soon("log-with");
    };
    view! {
        <li class="row-card">
            <h3>{heading}</h3>
            <div class="form-grid">
                <TextField label=t!("running.date") id=field_id("date") value=date set=set_date kind="date" error=outside />
                <SelectField label=t!("running.phase") id=field_id("phase") value=phase set=set_phase
                    placeholder=t!("running.no_phase") options=phases />
                <SelectField label=t!("running.kind") id=field_id("kind") value=kind set=set_kind
                    options=labels::options(labels::SESSION_KINDS, labels::session_kind) />
                <SelectField label=t!("running.mode") id=field_id("mode") value=mode set=set_mode
                    placeholder=t!("running.mode_not_said") options=labels::options(labels::SESSION_MODES, labels::mode) />
                <DecimalField label=t!("running.hours") id=field_id("hours") value=hours set=set_hours check=check_hours />
            </div>
            <IdChecklist legend=t!("running.attended") empty=t!("log.no_mentees") options=Signal::stored(mentees)
                selected=who set=set_who />
            <IdChecklist legend=t!("running.contents") empty=t!("running.no_contents") options=Signal::stored(contents)
                selected=covered set=set_covered />
            <TextField label=t!("running.notes") id=field_id("notes") value=notes set=set_notes rows=3 />
            <TextField label=t!("running.next_steps") id=field_id("next-steps") value=next set=set_next rows=2 />
            <button type="button" class="link danger" on:click=remove>{t!("log.remove")}</button>
        </li>
    }
}
