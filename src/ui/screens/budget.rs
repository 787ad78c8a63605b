//! The Budget screen: lines, totals per category, funding source, phase and
//! participant, a chart of the split, and CSV export.

use leptos::prelude::*;
use rust_i18n::t;

mod breakdown;

use breakdown::{BreakdownTable, SplitChart};

use crate::model::{
    BudgetCategory, BudgetLine, Currency, Decimal2, Draft, Field, Form, Id, Money, Target, Total,
};
use crate::text::display_title;
use crate::text::lang;
use crate::ui::context::{EditorCtx, use_editor};
use crate::ui::labels;
use crate::ui::widgets::lens::{Cards, Item, choice, field, keyed, pushed, shown, text};
use crate::ui::widgets::{
    DecimalField, ItemCard, ItemList, MoneyField, Screen, SelectField, TextField, Totals,
    add_and_open, duplicate_and_open, figure,
};

#[component]
pub fn BudgetScreen() -> impl IntoView {
    let (ctx, draft) = use_editor();
    // Cards read pushed copies, never the draft: see `Cards`.
    let order = Cards::<BudgetLine>::provide(ctx).order();
    let totals = Memo::new(move |_| draft.with(|d| d.budget_totals()));
    let lines = LineContext {
        currency: pushed(ctx, |d| d.overview.currency.clone()),
        phase_titles: pushed(ctx, |d| {
            d.phases
                .iter()
                .map(|p| (p.id, display_title(&p.title).to_string()))
                .collect()
        }),
    };
    provide_context(lines);
    // Figures read the totals and the pushed currency and titles, never the
    // draft: a key press in a line's label redraws none of them.
    let shown = move |m: Total| lines.currency.with(|c| crate::ui::text::amount_text(m, c));
    // An unknown key reads as the default category, "Other".
    let next_category = ctx.choice(Target::category_to_add, BudgetCategory::Other);
    let (new_category, set_new_category) = keyed(next_category);
    let add = move |_| {
        let category = next_category.get_untracked();
        add_and_open(
            ctx,
            |d| d.add_budget_line(category),
            Form::BudgetLine,
            "label",
        )
    };
    let suggest = move |_| {
        let lines = draft.with_untracked(crate::text::suggested_expert_lines);
        let n = if lines.is_empty() {
            0
        } else {
            ctx.change(|d| d.add_budget_lines(lines)).unwrap_or(0)
        };
        ctx.announce(match n {
            0 => t!("budget.none_to_suggest").into_owned(),
            1 => t!("budget.suggested_one").into_owned(),
            n => t!("budget.suggested_many", n = n).into_owned(),
        });
    };
    let export = super::csv_export("budget", crate::text::budget_csv, |name| {
        t!("budget.exported", name = name).into_owned()
    });
    let per_participant = move || {
        totals
            .get()
            .per_participant
            .map(shown)
            .unwrap_or_else(|| t!("budget.set_places").into_owned())
    };

    view! {
        <Screen title=t!("budget.title") guide="budget" questions=[t!("budget.q1"), t!("budget.q2"), t!("budget.q3")]>
            <Totals label=t!("budget.totals") figures=vec![
                figure(t!("budget.total"), move || shown(totals.get().total)),
                figure(t!("budget.per_participant"), per_participant),
                figure(t!("budget.lines"), move || order.with(Vec::len).to_string()),
            ] />
            <ItemList label=t!("budget.budget_lines") each=move || order.get() card={|id| view! { <LineCard id=id /> }}>
                <SelectField label=t!("budget.category_to_add") id=Field::of(Form::Budget, "new-category").element_id() value=new_category
                    set=set_new_category options=labels::options(labels::CATEGORIES, labels::budget_category) />
                <button type="button" id=Field::of(Form::Budget, "add").element_id() on:click=add>{t!("budget.add_line")}</button>
                <button type="button" class="secondary" id=Field::of(Form::Budget, "suggest").element_id() on:click=suggest>{t!("budget.suggest")}</button>
                <button type="button" class="secondary" on:click=export>{t!("budget.export")}</button>
            </ItemList>
            <div class="split">
                <BreakdownTable caption=t!("budget.by_category") rows=Signal::derive(move || {
                    totals.get().by_category.iter().map(|(c, m)| (labels::budget_category(*c).to_string(), shown(*m))).collect()
                }) />
                <BreakdownTable caption=t!("budget.by_funding") rows=Signal::derive(move || {
                    totals.get().by_funding.iter().map(|(f, m)| (labels::funding(*f).to_string(), shown(*m))).collect()
                }) />
                <BreakdownTable caption=t!("budget.by_phase") rows=Signal::derive(move || lines.phase_titles.with(|titles| {
                    totals.get().by_phase.iter().map(|(p, m)| {
                        let name = p.and_then(|id| titles.iter().find(|(t, _)| *t == id)).map(|(_, title)| title.clone())
                            .unwrap_or_else(|| t!("budget.whole_programme").into_owned());
                        (name, shown(*m))
                    }).collect()
                })) />
            </div>
            <SplitChart totals=totals />
        </Screen>
    }
}

/// What the line cards read besides their line: the currency and the titles
/// of the phases a line can belong to.
#[derive(Clone, Copy)]
pub(super) struct LineContext {
    pub(super) currency: ReadSignal<Currency>,
    phase_titles: ReadSignal<Vec<(Id, String)>>,
}

#[component]
fn LineCard(id: Id) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    // The card never reads the draft itself: see `Cards`.
    let cards = expect_context::<Cards<BudgetLine>>();
    let LineContext {
        currency,
        phase_titles,
    } = expect_context::<LineContext>();
    let title = Memo::new(move |_| {
        cards.with(id, |l| {
            l.map(|l| {
                if l.label.trim().is_empty() {
                    t!(
                        "budget.no_label",
                        category = labels::budget_category(l.category)
                    )
                    .into_owned()
                } else {
                    l.label.trim().to_string()
                }
            })
            .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| {
        cards.with(id, |l| {
            l.map(|l| {
                let lang = lang();
                let unit = if l.unit.trim().is_empty() {
                    String::new()
                } else {
                    format!(" {}", l.unit.trim())
                };
                let mut bits = currency.with(|c| {
                    vec![
                        labels::budget_category(l.category).to_string(),
                        format!(
                            "{}{unit} × {} = {}",
                            crate::text::decimal(l.quantity, lang),
                            crate::text::money(l.unit_cost, c, lang),
                            crate::ui::text::amount_text(l.total(), c)
                        ),
                        labels::funding(l.funding).to_string(),
                    ]
                });
                if let Some(p) = l.phase_id {
                    phase_titles.with(|titles| {
                        if let Some((_, t)) = titles.iter().find(|(id, _)| *id == p) {
                            bits.push(t.clone());
                        }
                    });
                }
                bits.join(" · ")
            })
            .unwrap_or_default()
        })
    });
    let on_duplicate = duplicate_and_open(
        ctx,
        id,
        Draft::duplicate_budget_line,
        Form::BudgetLine,
        "label",
    );
    view! {
        <ItemCard id title summary delete=|d, id| { d.delete_budget_line(id); }
            deleted=|name| t!("budget.line_deleted", name = name).into_owned() on_duplicate=on_duplicate>
            <LineForm id=id />
        </ItemCard>
    }
}

#[component]
fn LineForm(id: Id) -> impl IntoView {
    let (ctx, draft) = use_editor();
    type L = BudgetLine;
    let (category, set_category) = choice::<L, _>(ctx, id, |l| l.category, |l, v| l.category = v);
    let (label, set_label) = text::<L>(ctx, id, |l| &l.label, |l| &mut l.label);
    let (unit, set_unit) = text::<L>(ctx, id, |l| &l.unit, |l| &mut l.unit);
    let (cost, set_cost) = field::<L, Money>(ctx, id, |l| l.unit_cost, |l, v| l.unit_cost = v);
    let (quantity, set_quantity) = field::<L, Option<Decimal2>>(
        ctx,
        id,
        |l| Some(l.quantity),
        |l, v| l.quantity = v.unwrap_or_default(),
    );
    let (funding, set_funding) = choice::<L, _>(ctx, id, |l| l.funding, |l, v| l.funding = v);
    let (phase, set_phase) = shown::<L, _>(ctx, id, |l| l.phase_id, |l, v| l.phase_id = v);
    // The currency as pushed for the cards: reading the draft here would
    // wake the form at every key press.
    let currency: Signal<Currency> = expect_context::<LineContext>().currency.into();
    // A unit cost and a quantity that are each fine can still make a total
    // too large to count: the field that would make it so refuses.
    let line = move || draft.with_untracked(|d| L::find(d, id).cloned());
    let too_large = |total: crate::model::Total| {
        total
            .is_err()
            .then(|| t!("budget.line_too_large").into_owned())
    };
    let check_cost =
        Callback::new(move |m: Money| line().and_then(|l| too_large(m.times(l.quantity))));
    let check_quantity = Callback::new(move |q: Option<Decimal2>| {
        line().and_then(|l| too_large(l.unit_cost.times(q.unwrap_or_default())))
    });
    let phase_options = move || draft.with_untracked(super::phase_options);
    view! {
        <div class="form-grid">
            <SelectField label=t!("budget.category") id=Field::item(Form::BudgetLine, id, "category").element_id() value=category set=set_category
                options=labels::options(labels::CATEGORIES, labels::budget_category) />
            <TextField label=t!("budget.label") id=Field::item(Form::BudgetLine, id, "label").element_id() value=label set=set_label />
            <TextField label=t!("budget.unit") id=Field::item(Form::BudgetLine, id, "unit").element_id() value=unit set=set_unit
                hint=t!("budget.unit_hint") />
            <MoneyField label=t!("budget.unit_cost") id=Field::item(Form::BudgetLine, id, "cost").element_id() value=cost set=set_cost currency=currency
                check=check_cost />
            <DecimalField label=t!("budget.quantity") id=Field::item(Form::BudgetLine, id, "quantity").element_id() value=quantity set=set_quantity
                check=check_quantity />
            <SelectField label=t!("budget.funding") id=Field::item(Form::BudgetLine, id, "funding").element_id() value=funding set=set_funding
                options=labels::options(labels::FUNDINGS, labels::funding) />
            <SelectField label=t!("budget.phase") id=Field::item(Form::BudgetLine, id, "phase").element_id() value=phase set=set_phase
                placeholder=t!("budget.whole_programme") options=phase_options() />
        </div>
    }
}
