//! Labelled form controls. Each one is a label, an optional hint, the control
//! and a message slot, tied together with `for` and `aria-describedby` so a
//! screen reader reads the hint and any error with the field.

use leptos::prelude::*;
use rust_i18n::t;

use crate::format::MAX_TEXT_CHARS;

pub(super) fn described_by(id: &str, has_hint: bool) -> String {
    if has_hint {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-error")
    }
}

/// What every field has around its control: the label, tied to the control
/// by `for`, then the control (the children), the hint and the error slot.
/// The control says `aria-describedby` = [`described_by`].
#[component]
pub(super) fn FieldShell(
    id: String,
    label: String,
    hint: Option<String>,
    #[prop(optional, into)] error: MaybeProp<String>,
    /// For a table cell: the label for screen readers only.
    #[prop(optional)]
    compact: bool,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class=if compact { "field compact" } else { "field" }>
            <label for=id class=compact.then_some("visually-hidden")>{label}</label>
            {children()}
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            <p class="field-error" id=error_id aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// A text field: a single-line input (`text`, `url`, `email`, `date`,
/// `number`…), or a text area when it has `rows`.
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
    /// Visible rows of a multi-line text.
    #[prop(optional)]
    rows: Option<u32>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some());
    let control = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                rows=rows
                maxlength=MAX_TEXT_CHARS
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        None => view! {
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
        }
        .into_any(),
    };
    view! { <FieldShell id label hint error>{control}</FieldShell> }
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
    view! { <TextField label id value=text set=set_text hint=hint.unwrap_or_else(|| t!("fields.one_per_line").into()) rows=3 /> }
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
        <FieldShell id=id.clone() label hint>
            <select
                id=id
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
        </FieldShell>
    }
}
