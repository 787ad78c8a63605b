//! Guiding questions, and the small text helpers every screen uses.

use leptos::prelude::*;
use rust_i18n::t;

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
    let open = state.read(|l| l.pref(&key)).as_deref() != Some("closed");
    let remember = move |ev: leptos::ev::Event| {
        let details: web_sys::HtmlDetailsElement = event_target(&ev);
        let value = if details.open() { "open" } else { "closed" };
        let _ = state.read(|l| l.set_pref(&key, value));
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
