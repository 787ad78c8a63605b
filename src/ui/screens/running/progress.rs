//! The Progress screen: hours done against hours planned for the programme
//! and each participant, by phase and by mode, attendance at collective
//! sessions, contents covered, and the pairs that have gone quiet.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Draft, Hours, Item, Participant, Person, Phase, ProgrammeProgress};
use crate::text::display_name;
use crate::ui::context::use_editor;
use crate::ui::text::{date_text, hours_text};
use crate::ui::widgets::{Screen, Table, Totals, figure, headings};

/// "6 h of 12 h".
fn done_of(h: Hours) -> String {
    t!(
        "running.done_of",
        done = hours_text(h.done),
        planned = hours_text(h.planned)
    )
    .into_owned()
}

/// The figures in words for one participant's row.
#[derive(Clone, PartialEq)]
struct Row {
    name: String,
    withdrawn: bool,
    hours: String,
    remote: String,
    face_to_face: String,
    other: String,
    attendance: String,
    last: String,
    contents: String,
    phases: Vec<(String, String)>,
}

fn rows(d: &Draft, p: &ProgrammeProgress) -> Vec<Row> {
    p.participants
        .iter()
        .map(|f| {
            let who = Participant::find(d, f.id);
            Row {
                name: who
                    .map(|w| display_name(&w.name).into_owned())
                    .unwrap_or_default(),
                withdrawn: who.is_some_and(Participant::is_withdrawn),
                hours: done_of(f.hours),
                remote: done_of(f.by_mode.remote),
                face_to_face: done_of(f.by_mode.face_to_face),
                other: done_of(f.by_mode.other),
                attendance: t!(
                    "running.attendance",
                    attended = f.collective_attended,
                    held = f.collective_held
                )
                .into_owned(),
                last: f.last_session.map(date_text).unwrap_or_else(|| "—".into()),
                contents: t!(
                    "running.covered_of",
                    covered = f.contents_covered.len(),
                    planned = f.contents_planned.len()
                )
                .into_owned(),
                phases: f
                    .by_phase
                    .iter()
                    .map(|ph| {
                        let title = match ph.phase_id.and_then(|id| Phase::find(d, id)) {
                            Some(phase) => display_name(&phase.title).into_owned(),
                            None => t!("running.no_phase").into_owned(),
                        };
                        (title, done_of(ph.hours))
                    })
                    .collect(),
            }
        })
        .collect()
}

#[component]
pub fn ProgressScreen() -> impl IntoView {
    let (_, draft) = use_editor();
    let today = crate::ui::browser::today();
    let progress = Memo::new(move |_| draft.with(|d| d.progress(today)));
    let table = Memo::new(move |_| progress.with(|p| draft.with_untracked(|d| rows(d, p))));
    let stalls = Memo::new(move |_| {
        progress.with(|p| {
            draft.with_untracked(|d| {
                p.stalls
                    .iter()
                    .map(|s| {
                        let mentor = Person::find(d, s.person_id)
                            .map(|x| display_name(&x.name).into_owned())
                            .unwrap_or_default();
                        let mentee = Participant::find(d, s.participant_id)
                            .map(|x| display_name(&x.name).into_owned())
                            .unwrap_or_default();
                        match s.last {
                            Some(last) => t!(
                                "running.stalled_since",
                                mentor = mentor,
                                mentee = mentee,
                                days = s.days,
                                date = date_text(last)
                            ),
                            None => t!(
                                "running.stalled_never",
                                mentor = mentor,
                                mentee = mentee,
                                days = s.days
                            ),
                        }
                        .into_owned()
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Screen title=t!("running.progress_screen") guide="progress" class="screen progress-screen" questions=[
                t!("running.question_progress"),
            ]>
            <Totals label=t!("running.programme_totals") figures=vec![
                figure(t!("running.participant_hours"), move || done_of(progress.get().hours)),
                figure(t!("running.sessions_held"), move || { let p = progress.get(); t!("running.held_planned", held = p.sessions_held, planned = p.sessions_planned).into_owned() }),
                figure(t!("running.contents_covered"), move || { let p = progress.get(); t!("running.covered_of", covered = p.contents_covered, planned = p.contents_planned).into_owned() }),
            ] />
            <Show when=move || !stalls.with(Vec::is_empty)>
                <div class="banner warning" role="status">
                    <p>{move || t!("running.stalled_title", n = stalls.with(Vec::len))}</p>
                    <ul>{move || stalls.get().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <Show when=move || !table.with(Vec::is_empty)
                fallback=|| view! { <p class="hint">{t!("running.no_participants_yet")}</p> }>
                <Table class="progress" caption=t!("running.by_participant") head=|| headings([
                    t!("running.participant"),
                    t!("running.hours_done"),
                    t!("labels.mode.remote"),
                    t!("labels.mode.face_to_face"),
                    t!("running.other_mode"),
                    t!("running.collective_attendance"),
                    t!("running.last_session"),
                    t!("running.contents_covered"),
                ])>
                    {move || table.get().into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">
                                {r.name}
                                {r.withdrawn.then(|| view! { <span class="hint">{format!(" ({})", t!("running.withdrew"))}</span> })}
                            </th>
                            <td class="num">{r.hours}</td>
                            <td class="num">{r.remote}</td>
                            <td class="num">{r.face_to_face}</td>
                            <td class="num">{r.other}</td>
                            <td class="num">{r.attendance}</td>
                            <td class="num">{r.last}</td>
                            <td class="num">{r.contents}</td>
                        </tr>
                    }).collect_view()}
                </Table>
                <h3>{t!("running.by_phase")}</h3>
                {move || table.get().into_iter().map(|r| view! {
                    <details class="by-phase">
                        <summary>{r.name.clone()}</summary>
                        <ul>{r.phases.into_iter().map(|(phase, hours)| view! { <li>{phase}": "{hours}</li> }).collect_view()}</ul>
                    </details>
                }).collect_view()}
            </Show>
            <super::documents::Documents />
        </Screen>
    }
}
