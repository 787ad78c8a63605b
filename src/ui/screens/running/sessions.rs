//! The Sessions screen: the log of every session held, who attended, what
//! it covered, and the number of quiet days after which a pair is flagged.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{
    Date, Decimal2, Draft, Field, Form, Id, Item, MAX_SESSION_HOURS, MentorshipContent,
    Participant, Person, Session,
};
use crate::text::display_name;
use crate::ui::context::use_editor;
use crate::ui::labels;
use crate::ui::text::{date_text, hours_text};
use crate::ui::widgets::lens::{Cards, choice, choices, field, shown, text};
use crate::ui::widgets::{
    DecimalField, IdChecklist, ItemCard, ItemList, NumberField, Screen, SelectField, TextField,
    Totals, add_and_open, figure,
};

#[component]
pub fn SessionsScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let order = Cards::<Session>::provide(ctx).order();
    let stall = Signal::derive(move || draft.with(|d| d.running.stall_days));
    let set_stall = Callback::new(move |v: Option<u32>| {
        ctx.edit(|d| d.running.stall_days = v);
    });
    let who = RwSignal::new(String::new());
    let participants = Signal::derive(move || {
        draft.with(|d| {
            d.running
                .participants
                .iter()
                .filter(|p| !p.is_withdrawn())
                .map(|p| (p.id.to_string(), display_name(&p.name).into_owned()))
                .collect::<Vec<_>>()
        })
    });
    // A session is logged the day it is held, for one participant or for all.
    let add = move |participant: Option<Id>| {
        let today = crate::ui::browser::today();
        add_and_open(
            ctx,
            |d| d.add_session(Some(today), participant),
            Form::Session,
            "date",
        );
    };
    let add_individual = move |_| {
        let Ok(p) = who.get_untracked().parse::<Id>() else {
            ctx.announce(t!("running.choose_participant").into_owned());
            ctx.focus_field(Field::of(Form::Sessions, "for"));
            return;
        };
        add(Some(p));
    };
    let export = super::super::csv_export("sessions", crate::text::sessions_csv, |name| {
        t!("running.sessions_exported", name = name).into_owned()
    });
    let add_collective = move |_| add(None);
    let totals = Memo::new(move |_| {
        draft.with(|d| {
            let hours: Decimal2 = d.running.sessions.iter().map(Session::hours).sum();
            (d.running.sessions.len(), hours)
        })
    });
    view! {
        <Screen title=t!("running.sessions") guide="sessions" questions=[
                t!("running.question_log"),
                t!("running.question_sheet"),
            ]>
            <Totals label=t!("running.sessions_totals") figures=vec![
                figure(t!("running.sessions_logged"), move || totals.get().0.to_string()),
                figure(t!("running.session_hours"), move || hours_text(totals.get().1)),
            ] />
            <p class="add-row">
                <button type="button" class="secondary" on:click=export>{t!("running.export_sessions")}</button>
            </p>
            <div class="form-grid narrow-grid">
                <NumberField label=t!("running.stall_days") id=Field::of(Form::Sessions, "stall-days").element_id()
                    value=stall set=set_stall min=1 max=365
                    hint=t!("running.stall_days_hint", n = crate::model::DEFAULT_STALL_DAYS) />
            </div>
            <ItemList label=t!("running.sessions") each=move || order.get()
                card=|id| view! { <SessionCard id=id /> }>
                <button type="button" id=Field::of(Form::Sessions, "add-collective").element_id()
                    on:click=add_collective>{t!("running.add_collective")}</button>
                <SelectField label=t!("running.session_for") id=Field::of(Form::Sessions, "for").element_id()
                    value=who set=Callback::new(move |v| who.set(v))
                    placeholder=t!("running.choose") options=participants.get_untracked() />
                <button type="button" class="secondary" id=Field::of(Form::Sessions, "add-individual").element_id()
                    on:click=add_individual>{t!("running.add_individual")}</button>
            </ItemList>
            <super::logs::MentorLogs />
        </Screen>
    }
}

#[component]
fn SessionCard(id: Id) -> impl IntoView {
    let (_, draft) = use_editor();
    let (title, summary) = expect_context::<Cards<Session>>().head(id, move |s| {
        let title = match s.date {
            Some(d) => date_text(d),
            None => t!("running.undated").into_owned(),
        };
        let kind = labels::session_kind(s.kind).into_owned();
        let mut bits = vec![kind, hours_text(s.hours())];
        let names: Vec<String> = draft.with_untracked(|d| {
            s.participant_ids
                .iter()
                .filter_map(|p| Participant::find(d, *p))
                .map(|p| display_name(&p.name).into_owned())
                .collect()
        });
        if !names.is_empty() {
            bits.push(names.join(", "));
        }
        (title, bits.join(" · "))
    });
    view! {
        <ItemCard id title summary
            delete=|d, id| { d.delete_session(id); }
            deleted=|when| t!("running.session_deleted", when = when).into_owned()>
            <SessionForm id=id />
        </ItemCard>
    }
}

/// What is wrong with a session's date: outside the programme's dates.
fn date_warning(d: &Draft, date: Option<Date>) -> Option<String> {
    let date = date?;
    let o = &d.overview;
    if o.start.is_some_and(|s| date < s) || o.end.is_some_and(|e| date > e) {
        Some(t!("running.date_outside").into_owned())
    } else {
        None
    }
}

#[component]
fn SessionForm(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    type S = Session;
    let (date, set_date) = shown::<S, _>(ctx, id, |s| s.date, |s, v| s.date = v);
    let (phase, set_phase) = shown::<S, _>(ctx, id, |s| s.phase_id, |s, v| s.phase_id = v);
    let (kind, set_kind) = choice::<S, _>(ctx, id, |s| s.kind, |s, v| s.kind = v);
    let (mode, set_mode) = choice::<S, _>(ctx, id, |s| s.mode, |s, v| s.mode = v);
    let (hours, set_hours) = field::<S, Option<Decimal2>>(ctx, id, |s| s.hours, |s, v| s.hours = v);
    let (notes, set_notes) = text::<S>(ctx, id, |s| &s.notes, |s| &mut s.notes);
    let (next, set_next) = text::<S>(ctx, id, |s| &s.next_steps, |s| &mut s.next_steps);
    let (who, set_who) = field::<S, Vec<Id>>(
        ctx,
        id,
        |s| s.participant_ids.clone(),
        |s, v| s.participant_ids = v,
    );
    let (mentors, set_mentors) =
        field::<S, Vec<Id>>(ctx, id, |s| s.mentor_ids.clone(), |s, v| s.mentor_ids = v);
    let (covered, set_covered) =
        field::<S, Vec<Id>>(ctx, id, |s| s.content_ids.clone(), |s, v| s.content_ids = v);
    let warning = Signal::derive(move || {
        draft.with(|d| date_warning(d, S::find(d, id).and_then(|s| s.date)))
    });
    let check_hours = Callback::new(move |h: Option<Decimal2>| {
        h.filter(|h| *h > Decimal2::whole(MAX_SESSION_HOURS))
            .map(|_| t!("running.hours_too_many", max = MAX_SESSION_HOURS).into_owned())
    });
    let participant_options = choices::<Participant>(
        ctx,
        |p| &p.name,
        move |d, p| {
            let date = S::find(d, id).and_then(|s| s.date);
            date.is_none_or(|x| p.in_programme_on(x))
        },
    );
    let people = choices::<Person>(ctx, |p| &p.name, |_, _| true);
    let contents = choices::<MentorshipContent>(ctx, |c| &c.title, |_, _| true);
    let phase_options = draft.with_untracked(super::super::phase_options);
    view! {
        <div class="item-form-body">
            <div class="form-grid">
                <TextField label=t!("running.date") id=Field::item(Form::Session, id, "date").element_id() value=date set=set_date kind="date"
                    error=warning />
                <SelectField label=t!("running.phase") id=Field::item(Form::Session, id, "phase").element_id() value=phase set=set_phase
                    placeholder=t!("running.no_phase") options=phase_options />
                <SelectField label=t!("running.kind") id=Field::item(Form::Session, id, "kind").element_id() value=kind set=set_kind
                    options=labels::options(labels::SESSION_KINDS, labels::session_kind) />
                <SelectField label=t!("running.mode") id=Field::item(Form::Session, id, "mode").element_id() value=mode set=set_mode
                    placeholder=t!("running.mode_not_said") options=labels::options(labels::SESSION_MODES, labels::mode) />
                <DecimalField label=t!("running.hours") id=Field::item(Form::Session, id, "hours").element_id() value=hours set=set_hours
                    check=check_hours />
            </div>
            <IdChecklist legend=t!("running.attended") empty=t!("running.no_participants")
                id=Field::item(Form::Session, id, "participants").element_id()
                options=participant_options selected=who set=set_who />
            <IdChecklist legend=t!("running.mentors") empty=t!("running.no_people")
                id=Field::item(Form::Session, id, "mentors").element_id()
                options=people selected=mentors set=set_mentors />
            <IdChecklist legend=t!("running.contents") empty=t!("running.no_contents")
                id=Field::item(Form::Session, id, "contents").element_id()
                options=contents selected=covered set=set_covered />
            <TextField label=t!("running.notes") id=Field::item(Form::Session, id, "notes").element_id() value=notes set=set_notes rows=3 />
            <TextField label=t!("running.next_steps") id=Field::item(Form::Session, id, "next-steps").element_id() value=next set=set_next rows=2 />
        </div>
    }
}
