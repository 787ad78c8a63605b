//! Labelled form controls. Each one is a label, an optional hint, the control
//! and a message slot, tied together with `for` and `aria-describedby` so a
//! screen reader reads the hint and any error with the field.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::MAX_TEXT_CHARS;
use crate::model::{Currency, Decimal2, Decimal2Error, Id, Money, MoneyError};

fn described_by(id: &str, has_hint: bool) -> String {
    if has_hint {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-error")
    }
}

/// The hint under a label and the error slot under a control.
#[component]
fn FieldNotes(id: String, hint: Option<String>, error: MaybeProp<String>) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    (
        hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> }),
        view! {
            <p class="field-error" id=error_id aria-live="polite">
                {move || error.get()}
            </p>
        },
    )
}

/// A single-line input (`text`, `url`, `email`, `date`, `number`…).
#[component]
pub fn TextField(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// Current text of the field.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    #[prop(into)]
    set: Callback<String>,
    /// One line on what to type here.
    #[prop(optional, into)]
    hint: Option<String>,
    /// A message that marks the field invalid while present.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The input's `type`.
    #[prop(default = "text")]
    kind: &'static str,
    /// Extra attributes for the input, such as `autocomplete`.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                type=kind
                maxlength=(kind != "number" && kind != "date").then_some(MAX_TEXT_CHARS)
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            />
            <FieldNotes id=id hint=hint error=error />
        </div>
    }
}

/// What a `type=number` input holds, as the browser reports it. The browser
/// gives the same empty value for a cleared field and for text it cannot
/// read as a number (`1e309`, `--3`, `12abc` pasted, `1e` half-typed);
/// only `validity.badInput` tells the two apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberInput {
    /// The field is empty: the user cleared it.
    Cleared,
    /// Something is typed that the browser cannot read; it does not say what.
    Unreadable,
    /// The browser's reading of what is typed.
    Typed(String),
}

impl NumberInput {
    /// Reads an `input` event of a `type=number` field.
    pub fn from_event(ev: &leptos::ev::Event) -> NumberInput {
        let input: web_sys::HtmlInputElement = event_target(ev);
        NumberInput::read(input.value(), bad_input(&input))
    }

    /// From the field's value and its `validity.badInput` flag.
    pub fn read(value: String, bad_input: bool) -> NumberInput {
        if bad_input {
            NumberInput::Unreadable
        } else if value.trim().is_empty() {
            NumberInput::Cleared
        } else {
            NumberInput::Typed(value)
        }
    }

    /// What the entry means for a whole number from `min` to `max`:
    /// `Ok(None)` when cleared, `Ok(Some(n))` for a number to store, and
    /// why it is refused otherwise.
    pub fn whole_number(&self, min: u32, max: u32) -> Result<Option<u32>, NumberRefused> {
        match self {
            NumberInput::Cleared => Ok(None),
            NumberInput::Unreadable => Err(NumberRefused::Unreadable),
            NumberInput::Typed(t) => t
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (min..=max).contains(n))
                .map(Some)
                .ok_or(NumberRefused::NotInRange),
        }
    }
}

/// Why a number field keeps its last good value instead of what is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberRefused {
    /// The browser cannot read it as a number.
    Unreadable,
    /// A number, but not a whole one in the field's range (`2.5`, `1e3`, `101`).
    NotInRange,
}

/// `validity.badInput`, read through JavaScript so the app needs no extra
/// `web-sys` feature for one flag.
fn bad_input(input: &web_sys::HtmlInputElement) -> bool {
    js_sys::Reflect::get(input, &"validity".into())
        .and_then(|v| js_sys::Reflect::get(&v, &"badInput".into()))
        .is_ok_and(|b| b.as_bool() == Some(true))
}

/// A whole number typed in a `type=number` input, such as the number of
/// places, a weight or a score. The stored value changes only for a number
/// in range or a real clearing (then `set` gets `None`); anything else,
/// including what the browser cannot read, shows why in the field's message
/// and keeps the last good value, without touching what is typed.
#[component]
pub fn NumberField(
    /// The visible label (read only by screen readers when `compact`).
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// The stored value; `None` when there is none.
    #[prop(into)]
    value: Signal<Option<u32>>,
    /// Called with each number in range, and `None` when the field is cleared.
    #[prop(into)]
    set: Callback<Option<u32>>,
    /// Smallest number accepted.
    #[prop(default = 0)]
    min: u32,
    /// Largest number accepted.
    #[prop(default = Signal::stored(u32::MAX), into)]
    max: Signal<u32>,
    /// Said when a number is not a whole one in range; by default the range.
    #[prop(optional, into)]
    range_error: Option<String>,
    /// One line on what to type here.
    #[prop(optional, into)]
    hint: Option<String>,
    /// For a table cell: the label for screen readers only.
    #[prop(optional)]
    compact: bool,
    /// A message about the stored value from outside the field (such as a
    /// maximum below its minimum); what is typed and refused comes first.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let outside = error;
    let show = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    // Wakes the field only when the stored number changes, not at every
    // change elsewhere in the draft.
    let value = Memo::new(move |_| value.get());
    let raw = RwSignal::new(show(value.get_untracked()));
    let error = RwSignal::new(None::<String>);
    // The stored value right after this field set it, so the field does not
    // rewrite what is being typed (a cleared weight stored as 0 stays empty).
    let ours = StoredValue::new(None::<Option<u32>>);
    Effect::new(move |_| {
        let v = value.get();
        if ours.try_update_value(Option::take).flatten() == Some(v) {
            return;
        }
        let typed = raw.get_untracked();
        if typed.trim().parse::<u32>().ok() != v || error.get_untracked().is_some() {
            raw.set(show(v));
            error.set(None);
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let input = NumberInput::from_event(&ev);
        let max = max.get_untracked();
        match input.whole_number(min, max) {
            Ok(n) => {
                error.set(None);
                // Untracked: writing the value back would drop what the
                // browser does not report yet (the `.` of `1.`) and move the
                // caret.
                raw.update_untracked(|r| {
                    *r = match input {
                        NumberInput::Typed(t) => t,
                        _ => String::new(),
                    }
                });
                set.run(n);
                ours.set_value(Some(value.get_untracked()));
            }
            Err(why) => {
                // What is typed stays as typed: the page never writes the
                // field's value back while it is refused.
                let kept = value.get_untracked();
                error.set(Some(match why {
                    NumberRefused::Unreadable => match kept {
                        Some(n) => t!("fields.number_unreadable_kept", kept = n),
                        None => t!("fields.number_unreadable_empty"),
                    }
                    .into_owned(),
                    NumberRefused::NotInRange => range_error.clone().unwrap_or_else(|| {
                        t!("fields.whole_number_between", min = min, max = max).into_owned()
                    }),
                }));
            }
        }
    };
    let describedby = described_by(&id, hint.is_some());
    let message = Signal::derive(move || error.get().or_else(|| outside.get()));
    view! {
        <div class=if compact { "field compact" } else { "field" }>
            <label for=id.clone() class=compact.then_some("visually-hidden")>{label}</label>
            <input
                id=id.clone()
                type="number"
                inputmode="numeric"
                min=min
                max=move || { let m = max.get(); (m != u32::MAX).then_some(m) }
                class=compact.then_some("cell-input score")
                autocomplete="off"
                aria-describedby=describedby
                aria-invalid=move || message.get().map(|_| "true")
                prop:value=move || raw.get()
                on:input=on_input
            />
            <FieldNotes id=id hint=hint error=MaybeProp::from(message) />
        </div>
    }
}

/// A multi-line text area.
#[component]
pub fn TextArea(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// Current text of the field.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    #[prop(into)]
    set: Callback<String>,
    /// One line on what to type here.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Visible rows.
    #[prop(default = 4)]
    rows: u32,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id.clone()
                rows=rows
                maxlength=MAX_TEXT_CHARS
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            ></textarea>
            <FieldNotes id=id hint=hint error=MaybeProp::default() />
        </div>
    }
}

/// A list of short texts, typed one per line. Lines are kept exactly as typed
/// (blank ones too) so the caret never jumps; readers skip blank entries.
#[component]
pub fn LinesField(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// Current items.
    #[prop(into)]
    value: Signal<Vec<String>>,
    /// Called with the new items on every keystroke.
    #[prop(into)]
    set: Callback<Vec<String>>,
    /// One line on what to type here.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView {
    let text = Signal::derive(move || value.with(|v| v.join("\n")));
    let set_text = Callback::new(move |t: String| {
        let items = if t.is_empty() {
            Vec::new()
        } else {
            t.split('\n').map(str::to_string).collect()
        };
        set.run(items)
    });
    view! { <TextArea label id value=text set=set_text hint=hint.unwrap_or_else(|| t!("fields.one_per_line").into()) rows=3 /> }
}

/// A drop-down of fixed choices. `options` are `(value, label)` pairs; the
/// empty value stands for "not chosen yet" when `placeholder` is given.
#[component]
pub fn SelectField(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
    /// The chosen value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value chosen.
    #[prop(into)]
    set: Callback<String>,
    /// `(value, label)` pairs.
    options: Vec<(String, String)>,
    /// Text of a first, empty choice.
    #[prop(optional, into)]
    placeholder: Option<String>,
    /// One line on what to choose.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id.clone()
                aria-describedby=describedby
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                {placeholder.map(|p| {
                    view! { <option value="" selected=move || value.with(String::is_empty)>{p}</option> }
                })}
                {options
                    .into_iter()
                    .map(|(v, l)| {
                        let v2 = v.clone();
                        view! {
                            <option value=v selected=move || value.with(|cur| *cur == v2)>
                                {l}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldNotes id=id hint=hint error=MaybeProp::default() />
        </div>
    }
}

/// Guiding questions for a screen: what to decide here and why. Folded away
/// with one click, for teams that know the method.
#[component]
pub fn Guide<Q>(
    /// Names the screen, to remember whether its guide is folded.
    id: &'static str,
    /// The questions: `&[&str]`, `Vec<String>`, or `t!` texts.
    questions: Q,
) -> impl IntoView
where
    Q: IntoIterator,
    Q::Item: AsRef<str>,
{
    let questions: Vec<String> = questions
        .into_iter()
        .map(|q| q.as_ref().to_string())
        .collect();
    let state = crate::ui::state::use_state();
    let key = format!("guide/{id}");
    let open = state.library.with_value(|l| l.pref(&key)).as_deref() != Some("closed");
    let remember = move |ev: leptos::ev::Event| {
        let details: web_sys::HtmlDetailsElement = event_target(&ev);
        let value = if details.open() { "open" } else { "closed" };
        let _ = state.library.with_value(|l| l.set_pref(&key, value));
    };
    view! {
        <details class="guide" open=open on:toggle=remember>
            <summary>{t!("fields.guide")}</summary>
            <ul>{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
        </details>
    }
}

/// A name in the current language's quotation marks: “x” or « x ».
pub fn quoted(text: &str) -> String {
    t!("fields.quoted", text = text).into_owned()
}

/// Text for screen readers only, e.g. which programme a "Rename" button renames.
#[component]
pub fn Hidden(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <span class="visually-hidden">{text}</span> }
}

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
    let show = |v: Option<Decimal2>| v.map(|d| d.to_string()).unwrap_or_default();
    let raw = RwSignal::new(show(value.get_untracked()));
    let error = RwSignal::new(None::<String>);
    // Follow the draft when it changes from elsewhere (undo, another field).
    Effect::new(move |_| {
        let v = value.get();
        let typed = raw.get_untracked();
        let parsed = if typed.trim().is_empty() {
            Ok(None)
        } else {
            typed.parse::<Decimal2>().map(Some)
        };
        if parsed != Ok(v) {
            raw.set(show(v));
            error.set(None);
        }
    });
    let on_input = Callback::new(move |t: String| {
        raw.set(t.clone());
        let parsed = if t.trim().is_empty() {
            Ok(None)
        } else {
            t.parse::<Decimal2>()
                .map(Some)
                .map_err(|e| decimal_error(&e))
        };
        match parsed.and_then(|v| match check.and_then(|c| c.run(v)) {
            Some(why) => Err(why),
            None => Ok(v),
        }) {
            Ok(v) => {
                error.set(None);
                set.run(v);
            }
            Err(why) => error.set(Some(why)),
        }
    });
    view! {
        <TextField label id value=raw set=on_input hint=hint.unwrap_or_else(|| t!("fields.number_hint").into())
            error=error autocomplete="off" />
    }
}

/// What was typed, quoted for an error message (English keeps Rust's `"…"`).
fn typed(v: &str) -> String {
    match crate::i18n::Lang::current() {
        crate::i18n::Lang::En => format!("{v:?}"),
        crate::i18n::Lang::Fr => quoted(v),
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
    let show = move |m: Money| currency.with_untracked(|c| m.to_input(c));
    let raw = RwSignal::new(show(value.get_untracked()));
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let v = value.get();
        let typed = raw.get_untracked();
        let parsed = currency.with_untracked(|c| Money::parse(&typed, c));
        if parsed != Ok(v) && !(typed.trim().is_empty() && v == Money(0)) {
            raw.set(show(v));
            error.set(None);
        }
    });
    let on_input = Callback::new(move |t: String| {
        raw.set(t.clone());
        let parsed = if t.trim().is_empty() {
            Ok(Money(0))
        } else {
            currency
                .with_untracked(|c| Money::parse(&t, c))
                .map_err(|e| money_error(&e))
        };
        match parsed.and_then(|m| match check.and_then(|c| c.run(m)) {
            Some(why) => Err(why),
            None => Ok(m),
        }) {
            Ok(m) => {
                error.set(None);
                set.run(m);
            }
            Err(why) => error.set(Some(why)),
        }
    });
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

/// Checkboxes to pick items by id (phases of a content, experts of a phase…).
#[component]
pub fn IdChecklist(
    /// The group's legend.
    #[prop(into)]
    legend: String,
    /// Said when there is nothing to pick yet.
    #[prop(into)]
    empty: String,
    /// `(id, label)` of every item that can be picked.
    #[prop(into)]
    options: Signal<Vec<(Id, String)>>,
    /// The ids picked.
    #[prop(into)]
    selected: Signal<Vec<Id>>,
    /// Called with the new list of ids.
    #[prop(into)]
    set: Callback<Vec<Id>>,
    /// Element id of the first box, where a link to the list lands.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let first_id = StoredValue::new(id);
    // Typing elsewhere in the draft leaves both lists equal: memos stop the
    // change there, instead of re-checking every box at each keystroke.
    let options = Memo::new(move |_| options.get());
    let selected = Memo::new(move |_| selected.get());
    view! {
        <fieldset class="choices checklist">
            <legend>{legend}</legend>
            <Show when=move || !options.with(Vec::is_empty) fallback=move || view! { <p class="hint">{empty.clone()}</p> }>
                <For each=move || options.get() key=|(id, label)| (*id, label.clone()) let:opt>
                    {
                        let (id, label) = opt;
                        let is_first = options.with_untracked(|o| o.first().map(|f| f.0)) == Some(id);
                        view! {
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    id=is_first.then(|| first_id.get_value()).flatten()
                                    prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let mut ids = selected.get_untracked();
                                        ids.retain(|x| *x != id);
                                        if on {
                                            ids.push(id);
                                        }
                                        set.run(ids);
                                    }
                                />
                                {label}
                            </label>
                        }
                    }
                </For>
            </Show>
        </fieldset>
    }
}

/// Moves the keyboard, once `item` has left the page, to the first control
/// of the item after it, else of the one before it, else to `fallback`
/// (the list's add button): never to the page's body. Call it just before
/// deleting, while the neighbours are still where they were.
pub fn focus_after_removal(item: Option<&web_sys::Element>, fallback: Option<web_sys::Element>) {
    use wasm_bindgen::JsCast;
    const CONTROLS: &str = "button, input, select, textarea, a[href]";
    let first_control =
        |e: Option<web_sys::Element>| e.and_then(|e| e.query_selector(CONTROLS).ok().flatten());
    let target = item
        .and_then(|item| {
            first_control(item.next_element_sibling())
                .or_else(|| first_control(item.previous_element_sibling()))
        })
        .or(fallback);
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    // After the list has redrawn, so the deleted item no longer holds focus.
    request_animation_frame(move || {
        if target.is_connected() {
            let _ = target.focus();
        }
    });
}

/// One item of a list screen: its title and summary, Edit/Duplicate/Delete,
/// and its form (the children) while it is the open item. When something
/// refers to the item, Delete first says what and asks.
#[component]
pub fn ItemCard(
    /// The item's id; also names its form.
    id: Id,
    /// Title shown and used in the buttons' accessible names.
    #[prop(into)]
    title: Signal<String>,
    /// One line under the title.
    #[prop(into)]
    summary: Signal<String>,
    /// Deletes the item (the caller records the undo step and the toast).
    on_delete: Callback<()>,
    /// Duplicates the item, when that makes sense.
    #[prop(optional)]
    on_duplicate: Option<Callback<()>>,
    /// What refers to the item, in words; deleting a linked item asks first.
    #[prop(optional)]
    links: Option<Callback<(), Vec<String>>>,
    /// Shown before the title, such as the phase's position.
    #[prop(optional, into)]
    number: MaybeProp<String>,
    /// More buttons after Edit, such as Move up and Move down.
    #[prop(optional)]
    tools: Option<AnyView>,
    /// The form.
    children: ChildrenFn,
) -> impl IntoView {
    let ctx = expect_context::<crate::ui::context::EditorCtx>();
    let open = move || ctx.open_item.get() == Some(id);
    let named = move || Signal::derive(move || format!(" {}", quoted(&title.get())));
    let form_id = format!("item-{id}-form");
    let confirm = RwSignal::new(None::<Vec<String>>);
    let card = NodeRef::<leptos::html::Li>::new();
    // The keyboard stays in the list: on the next item, the previous one, or
    // the list's add button (the first button of the `.add-row` after it).
    let remove = move || {
        let item = card.get_untracked().map(web_sys::Element::from);
        let add_button = item
            .as_ref()
            .and_then(|li| li.parent_element())
            .and_then(|list| list.next_element_sibling())
            .filter(|row| row.class_list().contains("add-row"))
            .and_then(|row| row.query_selector("button").ok().flatten());
        focus_after_removal(item.as_ref(), add_button);
        on_delete.run(());
    };
    let delete = move |_| {
        let found = links.map(|l| l.run(())).unwrap_or_default();
        if found.is_empty() {
            remove();
        } else {
            confirm.set(Some(found));
        }
    };
    view! {
        <li class="item-card" node_ref=card>
            <div class="item-head">
                <h3 class="item-title">
                    <span class="item-number">{move || number.get()}</span>
                    {move || title.get()}
                </h3>
                <p class="meta">{move || summary.get()}</p>
                <div class="actions">
                    <button type="button" class="link" aria-expanded=move || open().to_string()
                        aria-controls=form_id.clone()
                        on:click=move |_| ctx.open_item.update(|o| *o = if *o == Some(id) { None } else { Some(id) })>
                        {move || if open() { t!("fields.close") } else { t!("fields.edit") }}<Hidden text=named() />
                    </button>
                    {tools}
                    {on_duplicate.map(|dup| view! {
                        <button type="button" class="link" on:click=move |_| dup.run(())>
                            {t!("fields.duplicate")}<Hidden text=named() />
                        </button>
                    })}
                    <button type="button" class="link danger" on:click=delete>
                        {t!("fields.delete")}<Hidden text=named() />
                    </button>
                </div>
            </div>
            {move || confirm.get().map(|found| view! {
                <div class="banner warning" role="alert">
                    <p>{t!("fields.linked", title = quoted(&title.get_untracked()), links = found.join(", "))}</p>
                    <p class="actions">
                        <button type="button" class="danger" on:click=move |_| { confirm.set(None); remove(); }>
                            {t!("fields.delete_anyway")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirm.set(None)>{t!("fields.keep_it")}</button>
                    </p>
                </div>
            })}
            <Show when=open>
                <div class="item-form" id=form_id.clone()>{children()}</div>
            </Show>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_number_is_not_a_clearing() {
        // What Chromium reports for `1e309`, `--3` or a half-typed `1e`.
        let unreadable = NumberInput::read(String::new(), true);
        assert_eq!(unreadable, NumberInput::Unreadable);
        assert_eq!(
            unreadable.whole_number(0, 100),
            Err(NumberRefused::Unreadable)
        );
        let cleared = NumberInput::read("  ".into(), false);
        assert_eq!(cleared, NumberInput::Cleared);
        assert_eq!(cleared.whole_number(1, 100), Ok(None));
    }

    #[test]
    fn only_whole_numbers_in_range_are_stored() {
        let typed = |t: &str| NumberInput::read(t.into(), false);
        assert_eq!(typed("12").whole_number(0, u32::MAX), Ok(Some(12)));
        assert_eq!(typed("0").whole_number(0, 100), Ok(Some(0)));
        for (t, min, max) in [
            ("101", 0, 100),
            ("0", 1, 100),
            ("2.5", 0, 100),
            ("1e3", 0, u32::MAX),
            ("-3", 0, 100),
            ("99999999999", 0, u32::MAX),
        ] {
            assert_eq!(
                typed(t).whole_number(min, max),
                Err(NumberRefused::NotInRange),
                "{t}"
            );
        }
    }
}
