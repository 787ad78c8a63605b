//! The Participants screen: who takes part, each one's own plan (starting
//! point, goals, contents, actions), their mentors, and a withdrawal that
//! offers the place to the waiting list.

use std::marker::PhantomData;

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{
    AssignError, Draft, Field, Form, Id, Item, MentorshipContent, Participant, PlanAction,
    PlanGoal, PlanItem, Requirement,
};
use crate::text::display_name;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::text::date_text;
use crate::ui::widgets::lens::{Cards, choices, field, shown, text};
use crate::ui::widgets::{
    IdChecklist, ItemCard, ItemList, NumberField, Screen, SelectField, TextField, Totals,
    add_and_open, figure,
};

#[component]
pub fn ParticipantsScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    let order = Cards::<Participant>::provide(ctx).order();
    let counts = Memo::new(move |_| {
        draft.with(|d| {
            let all = &d.running.participants;
            let gone = all.iter().filter(|p| p.is_withdrawn()).count();
            let waiting_to_join = d
                .selection
                .applicants
                .iter()
                .filter(|a| a.selected && !all.iter().any(|p| p.applicant_id == Some(a.id)))
                .count();
            (all.len() - gone, gone, waiting_to_join)
        })
    });
    let from_selection = move |_| {
        let added = ctx
            .change(Draft::participants_from_selection)
            .unwrap_or_default();
        ctx.announce(t!("running.made_from_selection", n = added.len()).into_owned());
    };
    let add = move |_| add_and_open(ctx, Draft::add_participant, Form::Participant, "name");
    view! {
        <Screen title=t!("running.participants") guide="participants" questions=[
                t!("running.question_plan"),
                t!("running.question_mentors"),
                t!("running.question_withdrawal"),
            ]>
            <Totals label=t!("running.participants_totals") figures=vec![
                figure(t!("running.taking_part"), move || counts.get().0.to_string()),
                figure(t!("running.withdrawn"), move || counts.get().1.to_string()),
            ] />
            <ItemList label=t!("running.participants") each=move || order.get()
                card=|id| view! { <ParticipantCard id=id /> }>
                <button type="button" id=Field::of(Form::Participants, "from-selection").element_id()
                    disabled=move || counts.get().2 == 0 on:click=from_selection>
                    {move || t!("running.from_selection", n = counts.get().2)}
                </button>
                <button type="button" class="secondary" id=Field::of(Form::Participants, "add").element_id()
                    on:click=add>{t!("running.add_participant")}</button>
            </ItemList>
        </Screen>
    }
}

/// A participant's card head: their name, then where they come from, how
/// many goals their plan holds, and when they left.
fn participant_head(p: &Participant) -> (String, String) {
    let mut bits: Vec<String> = [&p.organisation, &p.country]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string())
        .collect();
    bits.push(match p.plan.goals.len() {
        1 => t!("running.goals_one").into_owned(),
        n => t!("running.goals_count", n = n).into_owned(),
    });
    if let Some(w) = &p.withdrawal {
        bits.push(match w.date {
            Some(d) => t!("running.withdrew_on", date = date_text(d)).into_owned(),
            None => t!("running.withdrew").into_owned(),
        });
    }
    (display_name(&p.name).into_owned(), bits.join(" · "))
}

#[component]
fn ParticipantCard(id: Id) -> impl IntoView {
    let (_, draft) = use_editor();
    let (title, summary) = expect_context::<Cards<Participant>>().head(id, participant_head);
    let links = Callback::new(move |_| {
        draft.with_untracked(|d| {
            let sessions = d
                .running
                .sessions
                .iter()
                .filter(|s| s.participant_ids.contains(&id))
                .count();
            if sessions == 0 {
                Vec::new()
            } else {
                vec![t!("running.in_sessions", n = sessions).into_owned()]
            }
        })
    });
    view! {
        <ItemCard id title summary
            delete=|d, id| { d.delete_participant(id); }
            deleted=|who| t!("running.participant_deleted", who = who).into_owned() links=links>
            <ParticipantForm id=id />
        </ItemCard>
    }
}

/// An item of a participant's plan list (a goal, an action), found by id
/// so that its row keeps its fields while the list around it changes.
struct InPlan<I> {
    ctx: EditorCtx,
    participant: Id,
    item: Id,
    kind: PhantomData<fn() -> I>,
}

impl<I> Clone for InPlan<I> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<I> Copy for InPlan<I> {}

impl<I: PlanItem> InPlan<I> {
    fn new(ctx: EditorCtx, participant: Id, item: Id) -> Self {
        InPlan {
            ctx,
            participant,
            item,
            kind: PhantomData,
        }
    }

    /// A value computed from the item (its default once the item is gone).
    fn read<V: Default + Send + Sync + 'static>(self, get: fn(&I) -> V) -> Signal<V> {
        Signal::derive(move || {
            self.ctx.draft().with(|d| {
                d.plan_item(self.participant, self.item)
                    .map(get)
                    .unwrap_or_default()
            })
        })
    }

    /// A value of the item, and a way to set it as typing.
    fn field<V: Clone + Default + Send + Sync + 'static>(
        self,
        get: fn(&I) -> V,
        put: fn(&mut I, V),
    ) -> (Signal<V>, Callback<V>) {
        let set = Callback::new(move |v| {
            self.ctx.edit(|d| self.put(d, |x| put(x, v)));
        });
        (self.read(get), set)
    }

    /// A deliberate change to the item (a tick): its own undo step.
    fn change(self, change: impl FnOnce(&mut I)) {
        self.ctx.change(|d| self.put(d, change));
    }

    fn put(self, d: &mut Draft, change: impl FnOnce(&mut I)) {
        if let Some(x) = d.plan_item_mut(self.participant, self.item) {
            change(x)
        }
    }
}

#[component]
fn ParticipantForm(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    type P = Participant;
    let (name, set_name) = text::<P>(ctx, id, |p| &p.name, |p| &mut p.name);
    let (organisation, set_organisation) =
        text::<P>(ctx, id, |p| &p.organisation, |p| &mut p.organisation);
    let (country, set_country) = text::<P>(ctx, id, |p| &p.country, |p| &mut p.country);
    let (email, set_email) = text::<P>(ctx, id, |p| &p.email, |p| &mut p.email);
    let (statement, set_statement) = text::<P>(ctx, id, |p| &p.statement, |p| &mut p.statement);
    let (joined, set_joined) = shown::<P, _>(ctx, id, |p| p.joined, |p, v| p.joined = v);
    let (starting, set_starting) = field::<P, String>(
        ctx,
        id,
        |p| p.plan.starting_point.clone(),
        |p, v| p.plan.starting_point = v,
    );
    let (chosen, set_chosen) = field::<P, Vec<Id>>(
        ctx,
        id,
        |p| p.plan.content_ids.clone(),
        |p, v| p.plan.content_ids = v,
    );
    let optional = choices::<MentorshipContent>(
        ctx,
        |c| &c.title,
        |_, c| c.requirement != Requirement::Mandatory,
    );
    let mandatory = Memo::new(move |_| {
        draft.with(|d| {
            d.contents
                .iter()
                .filter(|c| c.requirement == Requirement::Mandatory)
                .map(|c| display_name(&c.title).into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let goals = plan_ids::<PlanGoal>(draft, id);
    let actions = plan_ids::<PlanAction>(draft, id);
    let full = move || goals.with(|g| g.len() >= crate::model::MAX_GOALS);
    let add_goal = move |_| {
        if let Some(goal) = ctx.change(|d| d.add_goal(id)).flatten() {
            ctx.focus_field(Field::item(Form::Goal, goal, "text"));
        }
    };
    let add_action = move |_| {
        if let Some(action) = ctx.change(|d| d.add_plan_action(id)).flatten() {
            ctx.focus_field(Field::item(Form::PlanAction, action, "text"));
        }
    };
    view! {
        <div class="item-form-body">
            <div class="form-grid">
                <TextField label=t!("running.name") id=Field::item(Form::Participant, id, "name").element_id() value=name set=set_name />
                <TextField label=t!("running.organisation") id=Field::item(Form::Participant, id, "organisation").element_id() value=organisation set=set_organisation />
                <TextField label=t!("running.country") id=Field::item(Form::Participant, id, "country").element_id() value=country set=set_country />
                <TextField label=t!("running.email") id=Field::item(Form::Participant, id, "email").element_id() value=email set=set_email kind="email" />
                <TextField label=t!("running.joined") id=Field::item(Form::Participant, id, "joined").element_id() value=joined set=set_joined kind="date"
                    hint=t!("running.joined_hint") />
            </div>
            <h4>{t!("running.plan")}</h4>
            <TextField label=t!("running.starting_point") id=Field::item(Form::Participant, id, "starting-point").element_id()
                value=starting set=set_starting rows=3 hint=t!("running.starting_point_hint") />
            <p class="hint">{move || {
                let m = mandatory.get();
                if m.is_empty() { t!("running.no_mandatory").into_owned() } else { t!("running.mandatory_in", contents = m).into_owned() }
            }}</p>
            <IdChecklist legend=t!("running.chosen_contents") empty=t!("running.no_optional")
                id=Field::item(Form::Participant, id, "contents").element_id()
                options=optional selected=chosen set=set_chosen />
            <PlanList title=t!("running.goals") ids=goals
                row=move |goal| view! { <GoalRow participant=id goal=goal /> }>
                <button type="button" class="secondary" id=Field::item(Form::Participant, id, "add-goal").element_id()
                    disabled=full on:click=add_goal>{t!("running.add_goal")}</button>
                {move || full().then(|| view! { <span class="hint">{t!("running.goals_full")}</span> })}
            </PlanList>
            <PlanList title=t!("running.actions") ids=actions
                row=move |action| view! { <ActionRow participant=id action=action /> }>
                <button type="button" class="secondary" id=Field::item(Form::Participant, id, "add-action").element_id()
                    on:click=add_action>{t!("running.add_action")}</button>
            </PlanList>
            <Mentors participant=id />
            <TextField label=t!("running.statement") id=Field::item(Form::Participant, id, "statement").element_id()
                value=statement set=set_statement rows=3 hint=t!("running.statement_hint") />
            <WithdrawalPart participant=id />
        </div>
    }
}

/// The ids of participant `participant`'s plan list of `I`, in order.
fn plan_ids<I: PlanItem>(draft: ReadSignal<Draft>, participant: Id) -> Memo<Vec<Id>> {
    Memo::new(move |_| {
        draft.with(|d| {
            Participant::find(d, participant)
                .map(|p| I::all(&p.plan).iter().map(PlanItem::id).collect())
                .unwrap_or_default()
        })
    })
}

/// A list of the plan (its goals, its actions): its heading, a row for
/// each item, and the buttons below it (the children).
#[component]
fn PlanList<R, V>(
    /// The heading, and the list's accessible name.
    #[prop(into)]
    title: String,
    /// The ids of its items, in order.
    ids: Memo<Vec<Id>>,
    /// The row of one item.
    row: R,
    children: Children,
) -> impl IntoView
where
    R: Fn(Id) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        <h5>{title.clone()}</h5>
        <ul class="rows" aria-label=title>
            <For each=move || ids.get() key=|id| *id children=row />
        </ul>
        <p class="add-row">{children()}</p>
    }
}

/// A row of a plan list: its fields (the children), and a Remove button
/// that takes the item out and leaves the keyboard on the list's add button.
#[component]
fn PlanRow(
    participant: Id,
    item: Id,
    /// Takes the item out of the participant's plan.
    remove: fn(&mut Draft, Id, Id) -> bool,
    /// The Remove button's text.
    #[prop(into)]
    remove_label: String,
    /// The list's add button.
    add: Field,
    children: Children,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let on_remove = move |_| {
        ctx.change(|d| remove(d, participant, item));
        ctx.focus_field(add);
    };
    view! {
        <li class="row-card">
            {children()}
            <button type="button" class="link danger" on:click=on_remove>{remove_label}</button>
        </li>
    }
}

/// A goal of a plan: what, how far along, and the contents that serve it.
#[component]
fn GoalRow(participant: Id, goal: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let of = InPlan::<PlanGoal>::new(ctx, participant, goal);
    let (text, set_text) = of.field(|g| g.text.clone(), |g, v| g.text = v);
    let (contents, set_contents) = of.field(|g| g.content_ids.clone(), |g, v| g.content_ids = v);
    let (progress, set_progress) =
        of.field(|g| Some(g.progress), |g, v| g.progress = v.unwrap_or(0));
    let planned = Signal::derive(move || {
        draft.with(|d| {
            Participant::find(d, participant)
                .map(|p| {
                    d.planned_contents(p)
                        .into_iter()
                        .filter_map(|c| MentorshipContent::find(d, c))
                        .map(|c| (c.id, display_name(&c.title).into_owned()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <PlanRow participant item=goal remove=Draft::remove_goal remove_label=t!("running.remove_goal")
            add=Field::item(Form::Participant, participant, "add-goal")>
            <div class="form-grid">
                <TextField label=t!("running.goal") id=Field::item(Form::Goal, goal, "text").element_id() value=text set=set_text />
                <NumberField label=t!("running.progress") id=Field::item(Form::Goal, goal, "progress").element_id()
                    value=progress set=set_progress max=100 />
            </div>
            <IdChecklist legend=t!("running.goal_contents") empty=t!("running.no_contents")
                id=Field::item(Form::Goal, goal, "contents").element_id()
                options=planned selected=contents set=set_contents />
        </PlanRow>
    }
}

/// An action of a plan: what, by when, done or not.
#[component]
fn ActionRow(participant: Id, action: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let of = InPlan::<PlanAction>::new(ctx, participant, action);
    let (text, set_text) = of.field(|a| a.text.clone(), |a, v| a.text = v);
    let (due, set_due) = of.field(
        |a| a.due.map(|d| d.to_string()).unwrap_or_default(),
        |a, v: String| a.due = v.parse().ok(),
    );
    let done = of.read(|a| a.done);
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        of.change(|a| a.done = on);
    };
    view! {
        <PlanRow participant item=action remove=Draft::remove_plan_action remove_label=t!("running.remove_action")
            add=Field::item(Form::Participant, participant, "add-action")>
            <div class="form-grid">
                <TextField label=t!("running.action") id=Field::item(Form::PlanAction, action, "text").element_id() value=text set=set_text />
                <TextField label=t!("running.due") id=Field::item(Form::PlanAction, action, "due").element_id() value=due set=set_due kind="date" />
                <label class="choice">
                    <input type="checkbox" id=Field::item(Form::PlanAction, action, "done").element_id()
                        prop:checked=move || done.get() on:change=toggle />
                    {t!("running.done")}
                </label>
            </div>
        </PlanRow>
    }
}

/// The participant's mentors: each with their phase, a flag for a declared
/// conflict, and a way to give another one within their capacity.
#[component]
fn Mentors(participant: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let assigned = Memo::new(move |_| {
        draft.with(|d| {
            d.running
                .assignments
                .iter()
                .filter(|a| a.participant_id == participant)
                .map(|a| {
                    let who = crate::model::Person::find(d, a.person_id)
                        .map(|p| display_name(&p.name).into_owned())
                        .unwrap_or_default();
                    let when = match a.phase_id.and_then(|ph| crate::model::Phase::find(d, ph)) {
                        Some(ph) => display_name(&ph.title).into_owned(),
                        None => t!("running.whole_programme").into_owned(),
                    };
                    (a.id, who, when, d.mentor_conflict(a.person_id, participant))
                })
                .collect::<Vec<_>>()
        })
    });
    let person = RwSignal::new(String::new());
    let phase = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<String>);
    let people = Signal::derive(move || {
        draft.with(|d| {
            d.people
                .iter()
                .map(|p| {
                    let mentees = d.mentees(p.id).len();
                    let label = match p.capacity {
                        Some(c) => t!(
                            "running.mentor_option_capacity",
                            name = display_name(&p.name),
                            n = mentees,
                            capacity = c
                        ),
                        None => t!(
                            "running.mentor_option",
                            name = display_name(&p.name),
                            n = mentees
                        ),
                    };
                    (p.id.to_string(), label.into_owned())
                })
                .collect::<Vec<_>>()
        })
    });
    let phases = Signal::derive(move || {
        draft
            .with(crate::text::numbered_phases)
            .into_iter()
            .map(|(id, l)| (id.to_string(), l))
            .collect::<Vec<_>>()
    });
    let assign = move |_| {
        let Ok(who) = person.get_untracked().parse::<Id>() else {
            refused.set(Some(t!("running.choose_mentor").into_owned()));
            return;
        };
        let when = phase.get_untracked().parse::<Id>().ok();
        match ctx.change(|d| d.assign_mentor(who, participant, when)) {
            Some(Err(AssignError::Full { capacity })) => refused.set(Some(
                t!("running.mentor_full", capacity = capacity).into_owned(),
            )),
            Some(Err(AssignError::Already)) => {
                refused.set(Some(t!("running.mentor_already").into_owned()))
            }
            Some(Err(AssignError::Unknown)) | None => {
                refused.set(Some(t!("running.choose_mentor").into_owned()))
            }
            Some(Ok(_)) => {
                refused.set(None);
                ctx.announce(t!("running.mentor_assigned").into_owned());
            }
        }
    };
    view! {
        <h5>{t!("running.mentors_title")}</h5>
        <ul class="rows" aria-label=t!("running.mentors_title")>
            <For each=move || assigned.get() key=|a| a.clone() let:a>
                {
                    let (assignment, who, when, conflict) = a;
                    let label = t!("running.remove_mentor", who = who.clone()).into_owned();
                    view! {
                        <li class="mentor">
                            <span>{who}" · "{when}</span>
                            {conflict.then(|| view! { <span class="badge warning">{t!("running.mentor_conflict")}</span> })}
                            <button type="button" class="link danger" aria-label=label
                                on:click=move |_| { ctx.change(|d| d.unassign_mentor(assignment)); }>
                                {t!("running.remove")}
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
        <div class="form-grid">
            <SelectField label=t!("running.mentor") id=Field::item(Form::Participant, participant, "mentor").element_id()
                value=person set=Callback::new(move |v| { person.set(v); refused.set(None); })
                placeholder=t!("running.choose") options=people.get_untracked() />
            <SelectField label=t!("running.mentor_phase") id=Field::item(Form::Participant, participant, "mentor-phase").element_id()
                value=phase set=Callback::new(move |v| phase.set(v))
                placeholder=t!("running.whole_programme") options=phases.get_untracked() />
        </div>
        <p class="add-row">
            <button type="button" class="secondary" id=Field::item(Form::Participant, participant, "assign").element_id()
                on:click=assign>{t!("running.assign")}</button>
        </p>
        {move || refused.get().map(|why| view! { <p class="field-error" role="alert">{why}</p> })}
    }
}

/// Records a withdrawal (kept with its date and reason), and offers the
/// place to the first on the waiting list.
#[component]
fn WithdrawalPart(participant: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    let withdrawn = Memo::new(move |_| {
        draft.with(|d| Participant::find(d, participant).is_some_and(Participant::is_withdrawn))
    });
    type P = Participant;
    let (date, set_date) = shown::<P, _>(
        ctx,
        participant,
        |p| p.withdrawal.as_ref().and_then(|w| w.date),
        |p, v| {
            if let Some(w) = &mut p.withdrawal {
                w.date = v
            }
        },
    );
    let (reason, set_reason) = field::<P, String>(
        ctx,
        participant,
        |p| {
            p.withdrawal
                .as_ref()
                .map(|w| w.reason.clone())
                .unwrap_or_default()
        },
        |p, v| {
            if let Some(w) = &mut p.withdrawal {
                w.reason = v
            }
        },
    );
    let next = Memo::new(move |_| {
        draft.with(|d| {
            d.next_on_waiting_list().and_then(|a| {
                crate::model::Applicant::find(d, a).map(|x| (a, display_name(&x.name).into_owned()))
            })
        })
    });
    let withdraw = move |_| {
        let today = crate::ui::browser::today();
        // Dated today, to be corrected in the field; the place it frees is
        // offered below.
        ctx.change(|d| d.withdraw(participant, Some(today), ""));
        ctx.focus_field(Field::item(
            Form::Participant,
            participant,
            "withdrawal-reason",
        ));
    };
    let cancel = move |_| {
        ctx.change(|d| d.cancel_withdrawal(participant));
    };
    let offer = move |_| {
        let Some((applicant, name)) = next.get_untracked() else {
            return;
        };
        let today = crate::ui::browser::today();
        if let Some(Some(new)) = ctx.change(|d| d.offer_place(applicant, Some(today))) {
            ctx.announce(t!("running.place_taken", who = name).into_owned());
            ctx.open_item.set(Some(new));
        }
    };
    view! {
        <h5>{t!("running.withdrawal")}</h5>
        <Show when=move || withdrawn.get() fallback=move || view! {
            <p class="add-row">
                <button type="button" class="secondary danger" id=Field::item(Form::Participant, participant, "withdraw").element_id()
                    on:click=withdraw>{t!("running.withdraw")}</button>
            </p>
        }>
            <div class="form-grid">
                <TextField label=t!("running.withdrawal_date") id=Field::item(Form::Participant, participant, "withdrawal-date").element_id()
                    value=date set=set_date kind="date" />
                <TextField label=t!("running.reason") id=Field::item(Form::Participant, participant, "withdrawal-reason").element_id()
                    value=reason set=set_reason />
            </div>
            <p class="actions">
                <button type="button" class="link" on:click=cancel>{t!("running.cancel_withdrawal")}</button>
            </p>
            {move || match next.get() {
                Some((_, name)) => view! {
                    <div class="banner">
                        <p>{t!("running.offer_hint", who = name.clone())}</p>
                        <button type="button" on:click=offer>{t!("running.offer", who = name)}</button>
                    </div>
                }.into_any(),
                None => view! { <p class="hint">{t!("running.nobody_waiting")}</p> }.into_any(),
            }}
        </Show>
    }
}
