//! The Experts and end-users screen: who the programme brings in.

use leptos::prelude::*;

use super::editor::EditorCtx;
use super::fields::{DecimalField, Guide, Hidden, IdChecklist, MoneyField, SelectField, TextField};
use super::labels;
use super::lens::{field, text};
use crate::model::{
    CallLanguage, Decimal2, Id, Money, Person, PersonRole, display_name, display_title,
};

const QUESTIONS: &[&str] = &[
    "Which expertise do we lack in our own team, and who abroad has it?",
    "Which end-users (programmers, venues, buyers) should participants meet, and in which phase?",
    "How many days do we need from each expert, at what fee?",
];

#[component]
pub fn PeopleScreen() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    let ids = move || draft.with(|d| d.people.iter().map(|p| p.id).collect::<Vec<_>>());
    let totals = Memo::new(move |_| draft.with(|d| d.expert_totals()));
    let currency = Signal::derive(move || draft.with(|d| d.overview.currency.clone()));
    let count =
        move |role: PersonRole| draft.with(|d| d.people.iter().filter(|p| p.role == role).count());
    let add = move |role: PersonRole| {
        ctx.begin_step();
        let mut added = None;
        draft.update(|d| added = Some(d.add_person(role)));
        if let Some(id) = added {
            ctx.open_item.set(Some(id));
            ctx.focus_later(format!("person-{id}-name"));
        }
    };
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">"Experts and end-users"</h2>
            <Guide id="people" questions=QUESTIONS />
            <dl class="totals" aria-label="Totals">
                <div><dt>"External experts"</dt><dd>{move || count(PersonRole::Expert)}</dd></div>
                <div><dt>"End-users"</dt><dd>{move || count(PersonRole::EndUser)}</dd></div>
                <div><dt>"Expert days"</dt><dd>{move || totals.get().0.to_string()}</dd></div>
                <div><dt>"Expert fees"</dt>
                    <dd>{move || currency.with(|c| totals.get().1.display(c, CallLanguage::En))}</dd></div>
            </dl>
            <ul class="item-list" aria-label="Experts and end-users">
                <For each=ids key=|id| *id let:id>
                    <PersonCard id=id />
                </For>
            </ul>
            <div class="add-row">
                <button type="button" on:click=move |_| add(PersonRole::Expert)>"Add an expert"</button>
                <button type="button" class="secondary" on:click=move |_| add(PersonRole::EndUser)>"Add an end-user"</button>
            </div>
        </section>
    }
}

#[component]
fn PersonCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    let summary = Memo::new(move |_| {
        draft.with(|d| {
            d.person(id).map(|p| {
                let mut bits = vec![labels::person_role(p.role).to_string()];
                for s in [&p.expertise, &p.organisation, &p.country] {
                    if !s.trim().is_empty() {
                        bits.push(s.trim().to_string());
                    }
                }
                if p.role == PersonRole::Expert {
                    let days = p.days.unwrap_or_default();
                    bits.push(format!(
                        "{days} days × {}",
                        p.fee_per_day
                            .display(&d.overview.currency, CallLanguage::En)
                    ));
                }
                (display_name(&p.name).to_string(), bits.join(" · "))
            })
        })
    });
    let name = move || summary.get().map(|s| s.0).unwrap_or_default();
    let open = move || ctx.open_item.get() == Some(id);
    let confirm = RwSignal::new(None::<Vec<String>>);
    let delete_now = move || {
        let who = name();
        ctx.begin_step();
        draft.update(|d| {
            d.delete_person(id);
        });
        ctx.deleted(format!("“{who}” deleted."));
    };
    let delete = move |_| {
        let links = draft.with_untracked(|d| d.person_links(id));
        if links.is_empty() {
            delete_now();
        } else {
            confirm.set(Some(links.0));
        }
    };
    view! {
        <li class="item-card">
            <div class="item-head">
                <h3 class="item-title">{name}</h3>
                <p class="meta">{move || summary.get().map(|s| s.1)}</p>
                <div class="actions">
                    <button type="button" class="link" aria-expanded=move || open().to_string()
                        aria-controls=format!("person-{id}-form")
                        on:click=move |_| ctx.open_item.update(|o| *o = if *o == Some(id) { None } else { Some(id) })>
                        {move || if open() { "Close" } else { "Edit" }}<Hidden text=Signal::derive(move || format!(" “{}”", name())) />
                    </button>
                    <button type="button" class="link danger" on:click=delete>
                        "Delete"<Hidden text=Signal::derive(move || format!(" “{}”", name())) />
                    </button>
                </div>
            </div>
            {move || confirm.get().map(|links| view! {
                <div class="banner warning" role="alert">
                    <p>{format!("“{}” is linked to: {}. Deleting removes them from there too.", name(), links.join(", "))}</p>
                    <p class="actions">
                        <button type="button" class="danger" on:click=move |_| { confirm.set(None); delete_now(); }>
                            "Delete anyway"
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirm.set(None)>"Keep"</button>
                    </p>
                </div>
            })}
            <Show when=open>
                <PersonForm id=id />
            </Show>
        </li>
    }
}

#[component]
fn PersonForm(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let draft = ctx.draft;
    type P = Person;
    let (role, set_role) = field::<P, String>(
        draft,
        id,
        |p| labels::key(p.role),
        |p, v| p.role = labels::from_key(&v).unwrap_or_default(),
    );
    let (name, set_name) = text::<P>(draft, id, |p| &p.name, |p| &mut p.name);
    let (expertise, set_expertise) = text::<P>(draft, id, |p| &p.expertise, |p| &mut p.expertise);
    let (organisation, set_organisation) =
        text::<P>(draft, id, |p| &p.organisation, |p| &mut p.organisation);
    let (country, set_country) = text::<P>(draft, id, |p| &p.country, |p| &mut p.country);
    let (contact, set_contact) = text::<P>(draft, id, |p| &p.contact, |p| &mut p.contact);
    let (fee, set_fee) = field::<P, Money>(draft, id, |p| p.fee_per_day, |p, v| p.fee_per_day = v);
    let (days, set_days) = field::<P, Option<Decimal2>>(draft, id, |p| p.days, |p, v| p.days = v);
    let phases = Signal::derive(move || {
        draft.with(|d| {
            d.person(id)
                .map(|p| p.phase_ids.clone())
                .unwrap_or_default()
        })
    });
    let set_phases = Callback::new(move |v: Vec<Id>| draft.update(|d| d.set_person_phases(id, v)));
    let currency = Signal::derive(move || draft.with(|d| d.overview.currency.clone()));
    let is_expert = move || role.get() == labels::key(PersonRole::Expert);
    let phase_choices = Signal::derive(move || {
        draft.with(|d| {
            d.phases
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id, format!("{}. {}", i + 1, display_title(&p.title))))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="item-form" id=format!("person-{id}-form")>
            <div class="form-grid">
                <SelectField label="Role" id=format!("person-{id}-role") value=role set=set_role
                    options=labels::options(&[PersonRole::Expert, PersonRole::EndUser], labels::person_role) />
                <TextField label="Name" id=format!("person-{id}-name") value=name set=set_name
                    hint="A person, or a placeholder such as “Touring expert (to be named)”." />
                <TextField label="Expertise" id=format!("person-{id}-expertise") value=expertise set=set_expertise />
                <TextField label="Organisation" id=format!("person-{id}-organisation") value=organisation set=set_organisation />
                <TextField label="Country" id=format!("person-{id}-country") value=country set=set_country />
                <TextField label="Contact" id=format!("person-{id}-contact") value=contact set=set_contact />
                <Show when=is_expert>
                    <MoneyField label="Fee per day" id=format!("person-{id}-fee") value=fee set=set_fee currency=currency />
                    <DecimalField label="Days" id=format!("person-{id}-days") value=days set=set_days />
                </Show>
            </div>
            <IdChecklist legend="Phases" empty="No phases yet: add them on the Phases screen."
                options=phase_choices selected=phases set=set_phases />
        </div>
    }
}
