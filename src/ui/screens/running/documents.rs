//! What running the programme gives out, to print: a participant's progress
//! page, their certificate of participation in English or French, and the
//! attendance sheet of a face-to-face phase with a box to sign per day.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Date, Draft, Id, Item, Lang, Mode, Participant, Person, Phase};
use crate::text::{date, date_range, decimal, display_name, display_title};
use crate::ui::context::use_editor;
use crate::ui::widgets::SelectField;

/// The most days an attendance sheet has a column for.
const MAX_DAYS: usize = 10;

/// "6 h" in `lang`.
fn hours_in(h: crate::model::Decimal2, lang: Lang) -> String {
    t!("phases.hours", locale = lang.code(), n = decimal(h, lang)).into_owned()
}

#[component]
pub fn Documents() -> impl IntoView {
    let (_, draft) = use_editor();
    let kind = RwSignal::new("progress".to_string());
    let who = RwSignal::new(String::new());
    let phase = RwSignal::new(String::new());
    let lang = RwSignal::new(crate::text::lang().code().to_string());
    let participants = draft.with_untracked(|d| {
        d.running
            .participants
            .iter()
            .map(|p| (p.id.to_string(), display_name(&p.name).into_owned()))
            .collect::<Vec<_>>()
    });
    let phases = draft.with_untracked(|d| {
        d.phases
            .iter()
            .filter(|p| p.mode != Some(Mode::Remote))
            .map(|p| (p.id.to_string(), display_name(&p.title).into_owned()))
            .collect::<Vec<_>>()
    });
    let kinds = vec![
        (
            "progress".to_string(),
            t!("running.doc_progress").into_owned(),
        ),
        (
            "certificate".to_string(),
            t!("running.doc_certificate").into_owned(),
        ),
        (
            "attendance".to_string(),
            t!("running.doc_attendance").into_owned(),
        ),
    ];
    let languages = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect::<Vec<_>>();
    let for_participant = move || kind.get() != "attendance";
    let today = crate::ui::browser::today();
    let document = move || {
        let lang = Lang::from_code(&lang.get()).unwrap_or_default();
        draft.with(|d| match kind.get().as_str() {
            "attendance" => phase
                .get()
                .parse::<Id>()
                .ok()
                .and_then(|id| Phase::find(d, id))
                .map(|ph| attendance(d, ph).into_any()),
            k => who
                .get()
                .parse::<Id>()
                .ok()
                .and_then(|id| Participant::find(d, id))
                .map(|p| {
                    if k == "certificate" {
                        certificate(d, p, lang, today).into_any()
                    } else {
                        progress_page(d, p, today).into_any()
                    }
                }),
        })
    };
    view! {
        <section class="documents" aria-labelledby="documents-title">
            <h3 id="documents-title">{t!("running.documents")}</h3>
            <div class="form-grid">
                <SelectField label=t!("running.document") id="doc-kind" value=kind set=Callback::new(move |v| kind.set(v)) options=kinds />
                <Show when=for_participant fallback=move || view! {
                    <SelectField label=t!("running.phase") id="doc-phase" value=phase set=Callback::new(move |v| phase.set(v))
                        placeholder=t!("running.choose") options=phases.clone() />
                }>
                    <SelectField label=t!("running.participant") id="doc-who" value=who set=Callback::new(move |v| who.set(v))
                        placeholder=t!("running.choose") options=participants.clone() />
                </Show>
                <Show when=move || kind.get() == "certificate">
                    <SelectField label=t!("running.doc_language") id="doc-lang" value=lang set=Callback::new(move |v| lang.set(v))
                        options=languages.clone() />
                </Show>
            </div>
            {move || match document() {
                Some(doc) => view! {
                    <p class="add-row">
                        <button type="button" on:click=move |_| { let _ = window().print(); }>{t!("running.print")}</button>
                    </p>
                    {doc}
                }.into_any(),
                None => view! { <p class="hint">{t!("running.doc_choose")}</p> }.into_any(),
            }}
        </section>
    }
}

/// The names of a participant's mentors, in the programme's order of people.
fn mentors_of(d: &Draft, participant: Id) -> Vec<String> {
    let ids: Vec<Id> = d
        .running
        .assignments
        .iter()
        .filter(|a| a.participant_id == participant)
        .map(|a| a.person_id)
        .collect();
    d.people
        .iter()
        .filter(|p| ids.contains(&p.id))
        .map(|p| display_name(&p.name).into_owned())
        .collect()
}

/// The titles of the contents `ids`, in the programme's order.
fn content_titles(d: &Draft, ids: &[Id]) -> Vec<String> {
    d.contents
        .iter()
        .filter(|c| ids.contains(&c.id))
        .map(|c| display_name(&c.title).into_owned())
        .collect()
}

fn progress_page(d: &Draft, p: &Participant, today: Date) -> impl IntoView + use<> {
    let lang = crate::text::lang();
    let all = d.progress(today);
    let figures = all
        .participants
        .iter()
        .find(|f| f.id == p.id)
        .cloned()
        .unwrap_or_default();
    let done_of = |h: crate::model::Hours| {
        t!(
            "running.done_of",
            done = hours_in(h.done, lang),
            planned = hours_in(h.planned, lang)
        )
        .into_owned()
    };
    let phases: Vec<(String, String)> = figures
        .by_phase
        .iter()
        .map(|ph| {
            let title = ph
                .phase_id
                .and_then(|id| Phase::find(d, id))
                .map(|x| display_name(&x.title).into_owned())
                .unwrap_or_else(|| t!("running.no_phase").into_owned());
            (title, done_of(ph.hours))
        })
        .collect();
    let sessions: Vec<(String, String, String)> = d
        .running
        .sessions
        .iter()
        .filter(|s| s.participant_ids.contains(&p.id) && s.held_by(today))
        .map(|s| {
            let when = s
                .date
                .map(|x| date(x, lang))
                .unwrap_or_else(|| t!("running.undated").into_owned());
            let notes = [s.notes.trim(), s.next_steps.trim()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            (when, hours_in(s.hours(), lang), notes)
        })
        .collect();
    let goals: Vec<String> = p
        .plan
        .goals
        .iter()
        .map(|g| t!("log.goal", goal = g.text.clone(), progress = g.progress).into_owned())
        .collect();
    let covered = content_titles(d, &figures.contents_covered).join(", ");
    let planned = content_titles(d, &figures.contents_planned).join(", ");
    view! {
        <article class="running-doc">
            <h3>{t!("running.progress_of", name = display_name(&p.name).into_owned())}</h3>
            <p class="meta">{display_title(&d.overview.title).into_owned()}</p>
            {(!p.plan.starting_point.trim().is_empty()).then(|| view! {
                <p><strong>{t!("running.starting_point")}": "</strong>{p.plan.starting_point.clone()}</p>
            })}
            <ul>{goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
            <dl class="facts">
                <div><dt>{t!("running.hours_done")}</dt><dd>{done_of(figures.hours)}</dd></div>
                <div><dt>{t!("labels.mode.remote")}</dt><dd>{done_of(figures.by_mode.remote)}</dd></div>
                <div><dt>{t!("labels.mode.face_to_face")}</dt><dd>{done_of(figures.by_mode.face_to_face)}</dd></div>
                <div><dt>{t!("running.collective_attendance")}</dt>
                    <dd>{t!("running.attendance", attended = figures.collective_attended, held = figures.collective_held)}</dd></div>
                <div><dt>{t!("running.mentors_title")}</dt><dd>{mentors_of(d, p.id).join(", ")}</dd></div>
            </dl>
            <p><strong>{t!("running.contents_covered")}": "</strong>{covered}</p>
            <p class="hint"><strong>{t!("running.contents_planned")}": "</strong>{planned}</p>
            <table class="grid">
                <caption>{t!("running.by_phase")}</caption>
                <tbody>
                    {phases.into_iter().map(|(title, hours)| view! {
                        <tr><th scope="row">{title}</th><td class="num">{hours}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <table class="grid">
                <caption>{t!("running.sessions")}</caption>
                <tbody>
                    {sessions.into_iter().map(|(when, hours, notes)| view! {
                        <tr><th scope="row">{when}</th><td class="num">{hours}</td><td>{notes}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </article>
    }
}

fn certificate(d: &Draft, p: &Participant, lang: Lang, today: Date) -> impl IntoView + use<> {
    let l = lang.code();
    let figures = d
        .progress(today)
        .participants
        .into_iter()
        .find(|f| f.id == p.id)
        .unwrap_or_default();
    let start = p.joined.or(d.overview.start);
    let end = p
        .withdrawal
        .as_ref()
        .and_then(|w| w.date)
        .or(d.overview.end);
    let name = display_name(&p.name).into_owned();
    let programme = display_title(&d.overview.title).into_owned();
    let when = date_range(start, end, lang).unwrap_or_default();
    let by = d
        .overview
        .organisers
        .iter()
        .map(|o| o.name.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let modes = t!(
        "running.cert_modes",
        locale = l,
        remote = hours_in(figures.by_mode.remote.done, lang),
        face = hours_in(figures.by_mode.face_to_face.done, lang),
        other = hours_in(figures.by_mode.other.done, lang)
    )
    .into_owned();
    let covered = content_titles(d, &figures.contents_covered);
    let mentors = mentors_of(d, p.id);
    let statement = p.statement.trim().to_string();
    view! {
        <article class="running-doc certificate" lang=l>
            <h3>{t!("running.cert_title", locale = l)}</h3>
            <p class="cert-lede">{t!("running.cert_body", locale = l, name = name, programme = programme)}</p>
            {(!when.is_empty()).then(|| view! { <p>{t!("running.cert_dates", locale = l, dates = when)}</p> })}
            {(!by.is_empty()).then(|| view! { <p>{t!("running.cert_by", locale = l, organisers = by)}</p> })}
            <p>{t!("running.cert_hours", locale = l, hours = hours_in(figures.hours.done, lang))}" "{modes}</p>
            {(!covered.is_empty()).then(|| view! {
                <div>
                    <p>{t!("running.cert_contents", locale = l)}</p>
                    <ul>{covered.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                </div>
            })}
            {(!mentors.is_empty()).then(|| view! { <p>{t!("running.cert_mentors", locale = l, mentors = mentors.join(", "))}</p> })}
            {(!statement.is_empty()).then(|| view! {
                <blockquote>
                    <p>{statement}</p>
                    <footer>{t!("running.cert_statement", locale = l)}</footer>
                </blockquote>
            })}
            <p class="cert-issued">{t!("running.cert_issued", locale = l, date = date(today, lang))}</p>
            <p class="signature">{t!("running.cert_signature", locale = l)}</p>
        </article>
    }
}

/// The days an attendance sheet has a box for: the days sessions of the
/// phase were held, else every day of the phase, at most [`MAX_DAYS`].
fn sheet_days(d: &Draft, phase: &Phase) -> Vec<Date> {
    let mut days: Vec<Date> = d
        .running
        .sessions
        .iter()
        .filter(|s| s.phase_id == Some(phase.id))
        .filter_map(|s| s.date)
        .collect();
    days.sort();
    days.dedup();
    if days.is_empty()
        && let (Some(start), Some(end)) = (phase.start, phase.end)
    {
        days = start
            .0
            .iter_days()
            .take_while(|x| *x <= end.0)
            .take(MAX_DAYS)
            .map(Date)
            .collect();
    }
    days.truncate(MAX_DAYS);
    days
}

fn attendance(d: &Draft, phase: &Phase) -> impl IntoView + use<> {
    let lang = crate::text::lang();
    let days = sheet_days(d, phase);
    let people: Vec<(String, String)> = d
        .running
        .participants
        .iter()
        .filter(|p| p.in_phase(phase))
        .map(|p| {
            (
                display_name(&p.name).into_owned(),
                p.organisation.trim().to_string(),
            )
        })
        .collect();
    let mentors: Vec<String> = d
        .people
        .iter()
        .filter(|x| phase.expert_ids.contains(&x.id))
        .map(|x: &Person| display_name(&x.name).into_owned())
        .collect();
    let place = phase.location.trim().to_string();
    let when = date_range(phase.start, phase.end, lang).unwrap_or_default();
    let heads: Vec<String> = days.iter().map(|x| date(*x, lang)).collect();
    view! {
        <article class="running-doc attendance">
            <h3>{t!("running.attendance_of", phase = display_name(&phase.title).into_owned())}</h3>
            <p class="meta">{display_title(&d.overview.title).into_owned()}</p>
            <dl class="facts">
                <div><dt>{t!("phases.location")}</dt><dd>{place}</dd></div>
                <div><dt>{t!("running.dates")}</dt><dd>{when}</dd></div>
                <div><dt>{t!("running.mentors_title")}</dt><dd>{mentors.join(", ")}</dd></div>
            </dl>
            <table class="grid signatures">
                <thead>
                    <tr>
                        <th scope="col">{t!("running.name")}</th>
                        <th scope="col">{t!("running.organisation")}</th>
                        {heads.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {people.into_iter().map(|(name, org)| {
                        let boxes = days.len();
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{org}</td>
                                {(0..boxes).map(|_| view! { <td class="sign"></td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </article>
    }
}
