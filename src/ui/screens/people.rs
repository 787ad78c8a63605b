//! The Experts and end-users screen: who the programme brings in.

use leptos::prelude::*;
use rust_i18n::t;

use crate::model::{Currency, Decimal2, Draft, Field, Form, Id, Money, Person, PersonRole};
use crate::text::decimal;
use crate::text::display_name;
use crate::text::lang;
use crate::ui::context::use_editor;
use crate::ui::labels;
use crate::ui::text::singular;
use crate::ui::widgets::lens::{Cards, Item, choice, field, linked, pushed, text};
use crate::ui::widgets::{
    DecimalField, IdChecklist, ItemCard, ItemList, MoneyField, NumberField, Screen, SelectField,
    TextField, Totals, add_and_open, figure, title_and_summary,
};

#[component]
pub fn PeopleScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    // Cards read pushed copies, never the draft: see `Cards`.
    let order = Cards::<Person>::provide(ctx).order();
    provide_context(CurrencyCode(pushed(ctx, |d| d.overview.currency.clone())));
    let totals = Memo::new(move |_| draft.with(|d| d.expert_totals()));
    let currency = Signal::derive(move || draft.with(|d| d.overview.currency.clone()));
    let count =
        move |role: PersonRole| draft.with(|d| d.people.iter().filter(|p| p.role == role).count());
    let add =
        move |role: PersonRole| add_and_open(ctx, |d| d.add_person(role), Form::Person, "name");
    view! {
        <Screen title=t!("people.title") guide="people" questions=[
                t!("people.question_expertise"),
                t!("people.question_end_users"),
                t!("people.question_days"),
            ]>
            <Totals label=t!("people.totals") figures=vec![
                figure(t!("people.external_experts"), move || count(PersonRole::Expert).to_string()),
                figure(t!("people.end_users"), move || count(PersonRole::EndUser).to_string()),
                figure(t!("people.expert_days"), move || decimal(totals.get().0, lang())),
                figure(t!("people.expert_fees"), move || currency.with(|c| crate::ui::text::amount_text(totals.get().1, c))),
            ] />
            <ItemList label=t!("people.title") each=move || order.get() card={|id| view! { <PersonCard id=id /> }}>
                <button type="button" on:click=move |_| add(PersonRole::Expert)>{t!("people.add_expert")}</button>
                <button type="button" class="secondary" on:click=move |_| add(PersonRole::EndUser)>{t!("people.add_end_user")}</button>
            </ItemList>
        </Screen>
    }
}

/// The programme's currency, for the cards' fees.
#[derive(Clone, Copy)]
struct CurrencyCode(ReadSignal<Currency>);

#[component]
fn PersonCard(id: Id) -> impl IntoView {
    let (_, draft) = use_editor();
    let cards = expect_context::<Cards<Person>>();
    let CurrencyCode(currency) = expect_context::<CurrencyCode>();
    let facts = Memo::new(move |_| {
        currency.with(|currency| {
            cards.with(id, |p| {
                p.map(|p| {
                    let mut bits = vec![labels::person_role(p.role).to_string()];
                    for s in [&p.expertise, &p.organisation, &p.country] {
                        if !s.trim().is_empty() {
                            bits.push(s.trim().to_string());
                        }
                    }
                    if p.role == PersonRole::Expert {
                        let days = p.days.unwrap_or_default();
                        let lang = lang();
                        let fee = crate::text::money(p.fee_per_day, currency, lang);
                        bits.push(
                            if singular(days) {
                                t!("people.days_fee_one", days = decimal(days, lang), fee = fee)
                            } else {
                                t!(
                                    "people.days_fee_many",
                                    days = decimal(days, lang),
                                    fee = fee
                                )
                            }
                            .into_owned(),
                        );
                    }
                    (display_name(&p.name).to_string(), bits.join(" · "))
                })
            })
        })
    });
    let (name, summary) = title_and_summary(facts);
    let links =
        Callback::new(move |_| draft.with_untracked(|d| crate::text::links(&d.person_links(id))));
    view! {
        <ItemCard id title=name summary
            delete=|d, id| { d.delete_person(id); } deleted=|who| t!("people.deleted", who = who).into_owned()
            links=links>
            <PersonForm id=id />
        </ItemCard>
    }
}

#[component]
fn PersonForm(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    type P = Person;
    let (role, set_role) = choice::<P, _>(ctx, id, |p| p.role, |p, v| p.role = v);
    let (name, set_name) = text::<P>(ctx, id, |p| &p.name, |p| &mut p.name);
    let (expertise, set_expertise) = text::<P>(ctx, id, |p| &p.expertise, |p| &mut p.expertise);
    let (organisation, set_organisation) =
        text::<P>(ctx, id, |p| &p.organisation, |p| &mut p.organisation);
    let (country, set_country) = text::<P>(ctx, id, |p| &p.country, |p| &mut p.country);
    let (contact, set_contact) = text::<P>(ctx, id, |p| &p.contact, |p| &mut p.contact);
    let (fee, set_fee) = field::<P, Money>(ctx, id, |p| p.fee_per_day, |p, v| p.fee_per_day = v);
    let (days, set_days) = field::<P, Option<Decimal2>>(ctx, id, |p| p.days, |p, v| p.days = v);
    // Fee × days must stay countable, as a budget line's total must.
    let person = move || draft.with_untracked(|d| P::find(d, id).cloned());
    let too_large = |total: crate::model::Total| {
        total
            .is_err()
            .then(|| t!("people.fees_too_large").into_owned())
    };
    let check_fee = Callback::new(move |m: Money| {
        person().and_then(|p| too_large(m.times(p.days.unwrap_or_default())))
    });
    let check_days = Callback::new(move |d: Option<Decimal2>| {
        person().and_then(|p| too_large(p.fee_per_day.times(d.unwrap_or_default())))
    });
    let (phases, set_phases) = linked::<P>(ctx, id, |p| &p.phase_ids, Draft::set_person_phases);
    let (capacity, set_capacity) =
        field::<P, Option<u32>>(ctx, id, |p| p.capacity, |p, v| p.capacity = v);
    let currency = Signal::derive(move || draft.with(|d| d.overview.currency.clone()));
    let is_expert = move || role.get() == labels::key(PersonRole::Expert);
    let phase_choices = Signal::derive(move || draft.with(crate::text::numbered_phases));
    view! {
        <div class="item-form-body">
            <div class="form-grid">
                <SelectField label=t!("people.role") id=Field::item(Form::Person, id, "role").element_id() value=role set=set_role
                    options=labels::options(labels::ROLES, labels::person_role) />
                <TextField label=t!("people.name") id=Field::item(Form::Person, id, "name").element_id() value=name set=set_name
                    hint=t!("people.name_hint") />
                <TextField label=t!("people.expertise") id=Field::item(Form::Person, id, "expertise").element_id() value=expertise set=set_expertise />
                <TextField label=t!("people.organisation") id=Field::item(Form::Person, id, "organisation").element_id() value=organisation set=set_organisation />
                <TextField label=t!("people.country") id=Field::item(Form::Person, id, "country").element_id() value=country set=set_country />
                <TextField label=t!("people.contact") id=Field::item(Form::Person, id, "contact").element_id() value=contact set=set_contact />
                <NumberField label=t!("running.capacity") id=Field::item(Form::Person, id, "capacity").element_id() value=capacity set=set_capacity
                    min=1 max=500 hint=t!("running.capacity_hint") />
                <Show when=is_expert>
                    <MoneyField label=t!("people.fee_per_day") id=Field::item(Form::Person, id, "fee").element_id() value=fee set=set_fee currency=currency
                        check=check_fee />
                    <DecimalField label=t!("people.days") id=Field::item(Form::Person, id, "days").element_id() value=days set=set_days
                        check=check_days />
                </Show>
            </div>
            <IdChecklist legend=t!("people.phases") empty=t!("people.no_phases") id=Field::item(Form::Person, id, "phases").element_id()
                options=phase_choices selected=phases set=set_phases />
        </div>
    }
}
