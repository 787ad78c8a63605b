//! Numbers with two decimals (hours, days) and amounts of money: what is
//! typed stays in the field until it reads as a value the draft can hold.

use leptos::prelude::*;
use rust_i18n::t;

use super::fields::TextField;
use super::guide::quoted;
use crate::model::{Currency, Decimal2, Decimal2Error, Money, MoneyError};

/// A number with up to two decimals (hours, days). What is typed stays in the
/// field even while it is not a number yet; the draft changes only when it is.
#[component]
pub fn DecimalField(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// Current value; `None` when not decided.
    #[prop(into)]
    value: Signal<Option<Decimal2>>,
    /// Called with each valid value (or `None` when emptied).
    #[prop(into)]
    set: Callback<Option<Decimal2>>,
    /// One line on what to type here.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Refuses a number that is fine alone but not with the rest of the
    /// item (a quantity whose line total would be too large): returns why.
    #[prop(optional)]
    check: Option<Callback<Option<Decimal2>, Option<String>>>,
) -> impl IntoView {
    let (raw, error, on_input) = typing(
        value,
        set,
        check,
        |v: Option<Decimal2>| v.map(|d| d.to_string()).unwrap_or_default(),
        |t: &str| {
            if t.trim().is_empty() {
                Ok(None)
            } else {
                t.parse::<Decimal2>()
                    .map(Some)
                    .map_err(|e| decimal_error(&e))
            }
        },
    );
    view! {
        <TextField label id value=raw set=on_input hint=hint.unwrap_or_else(|| t!("fields.number_hint").into())
            error=error autocomplete="off" />
    }
}

/// What is typed, why it is refused if it is, and what to call on input.
type Typing = (RwSignal<String>, RwSignal<Option<String>>, Callback<String>);

/// What is typed in a field whose value must `read` as a `V`: it stays as
/// typed while it does not, and `error` says why; the draft gets each value
/// that reads and that `check` lets through. When the value changes from
/// elsewhere (undo, another field), what is typed follows it.
fn typing<V>(
    value: Signal<V>,
    set: Callback<V>,
    check: Option<Callback<V, Option<String>>>,
    show: impl Fn(V) -> String + 'static,
    read: impl Fn(&str) -> Result<V, String> + Copy + Send + Sync + 'static,
) -> Typing
where
    V: Clone + PartialEq + Send + Sync + 'static,
{
    // Wakes the field only when the stored value changes: a change to
    // another field of the item leaves a refused entry and its message.
    let value = Memo::new(move |_| value.get());
    let raw = RwSignal::new(show(value.get_untracked()));
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let v = value.get();
        if raw.with_untracked(|typed| read(typed)) != Ok(v.clone()) {
            raw.set(show(v));
            error.set(None);
        }
    });
    let on_input = Callback::new(move |t: String| {
        let read = read(&t).and_then(|v| match check.and_then(|c| c.run(v.clone())) {
            Some(why) => Err(why),
            None => Ok(v),
        });
        raw.set(t);
        match read {
            Ok(v) => {
                error.set(None);
                set.run(v);
            }
            Err(why) => error.set(Some(why)),
        }
    });
    (raw, error, on_input)
}

/// What was typed, quoted for an error message (English keeps Rust's `"…"`).
fn typed(v: &str) -> String {
    match crate::text::lang() {
        crate::model::Lang::En => format!("{v:?}"),
        crate::model::Lang::Fr => quoted(v),
    }
}

/// Why a typed number was refused, as the field says it.
fn decimal_error(e: &Decimal2Error) -> String {
    match e {
        Decimal2Error::Negative(v) => t!("fields.number_negative", value = v),
        Decimal2Error::TooPrecise(v) => t!("fields.number_too_precise", value = v),
        Decimal2Error::NotANumber(v) => t!("fields.number_invalid", value = typed(v)),
        Decimal2Error::TooLarge(v) => t!("fields.number_too_large", value = v),
    }
    .into_owned()
}

/// Why a typed amount was refused, as the field says it.
fn money_error(e: &MoneyError) -> String {
    match e {
        MoneyError::Empty => t!("fields.amount_empty"),
        MoneyError::NotAnAmount(v) => t!("fields.amount_invalid", value = typed(v)),
        MoneyError::TooPrecise(v, currency) => {
            t!(
                "fields.amount_too_precise",
                value = typed(v),
                currency = currency
            )
        }
        MoneyError::Negative(v) => t!("fields.amount_negative", value = typed(v)),
        MoneyError::TooLarge(v) => t!("fields.amount_too_large", value = typed(v)),
    }
    .into_owned()
}

/// An amount of money typed in either notation ("1 250,50" or "1,250.50").
#[component]
pub fn MoneyField(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// Current amount.
    #[prop(into)]
    value: Signal<Money>,
    /// Called with each valid amount.
    #[prop(into)]
    set: Callback<Money>,
    /// The draft's currency.
    #[prop(into)]
    currency: Signal<Currency>,
    /// Refuses an amount that is fine alone but not with the rest of the
    /// item (a unit cost whose line total would be too large): returns why.
    #[prop(optional)]
    check: Option<Callback<Money, Option<String>>>,
) -> impl IntoView {
    let (raw, error, on_input) = typing(
        value,
        set,
        check,
        move |m: Money| currency.with_untracked(|c| m.to_input(c)),
        // An emptied field is nothing to pay.
        move |t: &str| {
            if t.trim().is_empty() {
                Ok(Money(0))
            } else {
                currency
                    .with_untracked(|c| Money::parse(t, c))
                    .map_err(|e| money_error(&e))
            }
        },
    );
    let hint_text = Signal::derive(move || {
        t!("fields.money_hint", currency = currency.get().code()).into_owned()
    });
    view! {
        <div class="money-field">
            <TextField label id value=raw set=on_input error=error autocomplete="off" />
            <p class="hint">{hint_text}</p>
        </div>
    }
}
