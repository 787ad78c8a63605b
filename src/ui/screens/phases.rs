//! The Phases screen: the ordered stages a participant goes through.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Decimal2, Draft, Field, Form, Id, Mode, PersonRole, Phase, PhaseKind, Target};
use crate::text::{display_name, display_title};
use crate::ui::context::use_editor;
use crate::ui::labels;
use crate::ui::text::{date_text, hours_text};
use crate::ui::widgets::lens::{Cards, Item, choice, field, keyed, linked, shown, text};
use crate::ui::widgets::{
    DecimalField, Hidden, IdChecklist, ItemCard, ItemList, Screen, SelectField, TextField,
    add_and_open, duplicate_and_open, title_and_summary,
};

#[component]
pub fn PhasesScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    // The order and each card's facts are pushed by one reader of the draft:
    // a keystroke in a phase leaves the order as it is and sets one card.
    let order = Cards::<Phase>::provide(ctx).order();
    let totals = Memo::new(move |_| draft.with(|d| d.phase_totals()));
    let next_kind = ctx.choice(Target::phase_kind_to_add, PhaseKind::CollectiveMentoring);
    let (new_kind, set_new_kind) = keyed(next_kind);
    let add = move |_| {
        let kind = next_kind.get_untracked();
        add_and_open(
            ctx,
            |d| d.add_phase(kind, &labels::phase_kind(kind)),
            Form::Phase,
            "title",
        );
    };
    let span = move || {
        let t = totals.get();
        match (t.first_start, t.last_end) {
            (Some(a), Some(b)) => {
                let days = a.days_until(b) + 1;
                let (start, end) = (date_text(a), date_text(b));
                if days == 1 {
                    t!("phases.span_one", start = start, end = end, days = days)
                } else {
                    t!("phases.span_many", start = start, end = end, days = days)
                }
                .into_owned()
            }
            _ => t!("phases.no_dates").into_owned(),
        }
    };

    view! {
        <Screen title=t!("phases.title") guide="phases" questions=[
                t!("phases.question_diagnostic"),
                t!("phases.question_together"),
                t!("phases.question_mobility"),
                t!("phases.question_evaluation"),
            ]>
            <dl class="totals" aria-label=t!("phases.totals")>
                <div><dt>{t!("phases.title")}</dt><dd>{move || draft.with(|d| d.phases.len())}</dd></div>
                <div><dt>{t!("phases.hours_per_participant")}</dt><dd>{move || hours_text(totals.get().hours)}</dd></div>
                <div><dt>{labels::mode(Mode::Remote)}</dt><dd>{move || hours_text(totals.get().remote)}</dd></div>
                <div><dt>{labels::mode(Mode::FaceToFace)}</dt><dd>{move || hours_text(totals.get().face_to_face)}</dd></div>
                <div><dt>{labels::mode(Mode::Hybrid)}</dt><dd>{move || hours_text(totals.get().hybrid)}</dd></div>
                <div class="wide"><dt>{t!("phases.dates")}</dt><dd>{span}</dd></div>
            </dl>
            <ItemList label=t!("phases.in_order") ordered=true each=move || order.get()
                card={|id| view! { <PhaseCard id=id /> }}>
                <SelectField label=t!("phases.kind_to_add") id=Field::of(Form::Phases, "new-kind").element_id() value=new_kind
                    set=set_new_kind
                    options=labels::options(&PhaseKind::ALL, labels::phase_kind) />
                <button type="button" id=Field::of(Form::Phases, "add").element_id() on:click=add>{t!("phases.add")}</button>
            </ItemList>
        </Screen>
    }
}

#[component]
fn PhaseCard(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let cards = expect_context::<Cards<Phase>>();
    let order = cards.order();
    let position = Memo::new(move |_| order.with(|o| o.iter().position(|p| *p == id)));
    let count = Memo::new(move |_| order.with(Vec::len));
    // The card never reads the draft itself: see `Cards`.
    let facts = Memo::new(move |_| {
        cards.with(id, |p| {
            p.map(|p| {
                let mut bits = vec![labels::phase_kind(p.kind).to_string()];
                if let Some(m) = p.mode {
                    bits.push(labels::mode(m).to_string());
                }
                match (p.start, p.end) {
                    (Some(a), Some(b)) => bits.push(
                        t!("phases.from_to", start = date_text(a), end = date_text(b)).into_owned(),
                    ),
                    (Some(a), None) => {
                        bits.push(t!("phases.from", date = date_text(a)).into_owned())
                    }
                    (None, Some(b)) => {
                        bits.push(t!("phases.until", date = date_text(b)).into_owned())
                    }
                    _ => {}
                }
                if let Some(h) = p.hours {
                    bits.push(hours_text(h));
                }
                (display_title(&p.title).to_string(), bits.join(" · "))
            })
        })
    });
    let (title, summary) = title_and_summary(facts);
    let dated = Memo::new(move |_| {
        cards.with(id, |p| {
            p.is_some_and(|p| p.start.is_some() || p.end.is_some())
        })
    });
    let move_by = move |delta: isize, button: &'static str| {
        let Some(i) = position.get_untracked() else {
            return;
        };
        ctx.change(|d| d.move_phase(i, delta));
        // Keep the keyboard where it was: on the same button of the moved phase,
        // or its twin when the phase reached an end of the list. The draft has
        // the new order now; the cards get it a moment later.
        let (at, last) = draft.with_untracked(|d| {
            let at = Phase::position(d, id).unwrap_or(0);
            (at, d.phases.len().saturating_sub(1))
        });
        let target = match button {
            "up" if at == 0 => "down",
            "down" if at == last => "up",
            b => b,
        };
        ctx.focus_field(Field::item(Form::Phase, id, target));
        ctx.announce(
            t!(
                "phases.moved",
                title = title.get_untracked(),
                position = at + 1,
                count = last + 1
            )
            .into_owned(),
        );
    };
    let on_duplicate = duplicate_and_open(ctx, id, Draft::duplicate_phase, Form::Phase, "title");
    let links =
        Callback::new(move |_| draft.with_untracked(|d| crate::text::links(&d.phase_links(id))));
    let tools = view! {
        <button type="button" class="icon" id=Field::item(Form::Phase, id, "up").element_id()
            disabled=move || position.get() == Some(0)
            on:click=move |_| move_by(-1, "up")>
            "↑"<Hidden text=Signal::derive(move || format!(" {}", t!("phases.move_up", title = title.get()))) />
        </button>
        <button type="button" class="icon" id=Field::item(Form::Phase, id, "down").element_id()
            disabled=move || position.get() == Some(count.get().saturating_sub(1))
            on:click=move |_| move_by(1, "down")>
            "↓"<Hidden text=Signal::derive(move || format!(" {}", t!("phases.move_down", title = title.get()))) />
        </button>
        <super::calendar::AddToCalendar id title dated />
    }
    .into_any();
    view! {
        <ItemCard id title summary
            number=Signal::derive(move || position.get().map(|i| format!("{}. ", i + 1)).unwrap_or_default())
            delete=|d, id| { d.delete_phase(id); } deleted=|name| t!("phases.deleted", name = name).into_owned()
            on_duplicate=on_duplicate links=links tools=tools>
            <PhaseForm id=id />
        </ItemCard>
    }
}

#[component]
fn PhaseForm(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let (title, set_title) = text::<Phase>(ctx, id, |p| &p.title, |p| &mut p.title);
    // An unknown kind reads as the default one, "Custom".
    let (kind, set_kind) = choice::<Phase, _>(ctx, id, |p| p.kind, |p, v| p.kind = v);
    let (mode, set_mode) = choice::<Phase, _>(ctx, id, |p| p.mode, |p, v| p.mode = v);
    let (start, set_start) = shown::<Phase, _>(ctx, id, |p| p.start, |p, v| p.start = v);
    let (end, set_end) = shown::<Phase, _>(ctx, id, |p| p.end, |p, v| p.end = v);
    let (hours, set_hours) =
        field::<Phase, Option<Decimal2>>(ctx, id, |p| p.hours, |p, v| p.hours = v);
    let (location, set_location) = text::<Phase>(ctx, id, |p| &p.location, |p| &mut p.location);
    let (objectives, set_objectives) =
        text::<Phase>(ctx, id, |p| &p.objectives, |p| &mut p.objectives);
    let (activities, set_activities) =
        text::<Phase>(ctx, id, |p| &p.activities, |p| &mut p.activities);
    let (outputs, set_outputs) = text::<Phase>(ctx, id, |p| &p.outputs, |p| &mut p.outputs);
    let (responsible, set_responsible) =
        text::<Phase>(ctx, id, |p| &p.responsible, |p| &mut p.responsible);
    let (experts, set_experts) =
        linked::<Phase>(ctx, id, |p| &p.expert_ids, Draft::set_phase_people);
    let end_user = format!(" {}", t!("phases.end_user"));
    let expert_options = Signal::derive(move || {
        draft.with(|d| {
            d.people
                .iter()
                .map(|p| {
                    let role = if p.role == PersonRole::Expert {
                        ""
                    } else {
                        end_user.as_str()
                    };
                    (p.id, format!("{}{role}", display_name(&p.name)))
                })
                .collect::<Vec<_>>()
        })
    });
    let problems = move |which: &'static str| {
        Signal::derive(move || {
            draft.with(|d| {
                Phase::find(d, id).and_then(|p| {
                    let msgs: Vec<String> = d
                        .phase_date_problems(p)
                        .into_iter()
                        .filter(|(f, _)| *f == which)
                        .map(|(_, m)| crate::text::date_problem(&m))
                        .collect();
                    (!msgs.is_empty()).then(|| msgs.join(" "))
                })
            })
        })
    };

    view! {
        <div class="item-form-body">
            <div class="form-grid">
                <TextField label=t!("phases.field_title") id=Field::item(Form::Phase, id, "title").element_id() value=title set=set_title />
                <SelectField label=t!("phases.kind") id=Field::item(Form::Phase, id, "kind").element_id() value=kind set=set_kind
                    options=labels::options(&PhaseKind::ALL, labels::phase_kind) />
                <SelectField label=t!("phases.mode") id=Field::item(Form::Phase, id, "mode").element_id() value=mode set=set_mode
                    placeholder=t!("phases.not_decided")
                    options=labels::options(labels::MODES, labels::mode) />
                <TextField label=t!("phases.starts") id=Field::item(Form::Phase, id, "start").element_id() value=start set=set_start kind="date"
                    error=problems("start") />
                <TextField label=t!("phases.ends") id=Field::item(Form::Phase, id, "end").element_id() value=end set=set_end kind="date"
                    error=problems("end") />
                <DecimalField label=t!("phases.hours_per_participant") id=Field::item(Form::Phase, id, "hours").element_id() value=hours set=set_hours />
                <TextField label=t!("phases.location") id=Field::item(Form::Phase, id, "location").element_id() value=location set=set_location />
                <TextField label=t!("phases.responsible") id=Field::item(Form::Phase, id, "responsible").element_id() value=responsible set=set_responsible />
            </div>
            <TextField label=t!("phases.objectives") id=Field::item(Form::Phase, id, "objectives").element_id() value=objectives set=set_objectives rows=3 />
            <TextField label=t!("phases.activities") id=Field::item(Form::Phase, id, "activities").element_id() value=activities set=set_activities rows=3 />
            <TextField label=t!("phases.outputs") id=Field::item(Form::Phase, id, "outputs").element_id() value=outputs set=set_outputs rows=2 />
            <IdChecklist legend=t!("phases.people") id=Field::item(Form::Phase, id, "people").element_id()
                empty=t!("phases.people_empty")
                options=expert_options selected=experts set=set_experts />
        </div>
    }
}
