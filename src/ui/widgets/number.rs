//! Whole numbers typed in `type=number` inputs: what the browser reports,
//! what is stored, and the field that shows why an entry is refused.

use leptos::prelude::*;
use rust_i18n::t;

use super::fields::{FieldShell, described_by};

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
        <FieldShell id=id.clone() label hint error=message compact>
            <input
                id=id
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
        </FieldShell>
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
