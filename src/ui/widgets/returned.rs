//! The way in for files sent back (a member's scores, a mentor's log):
//! one or more picked at once, each checked, and what became of each said.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::ui::browser;

/// A file picked, as read: its name and its bytes, or why it could not be
/// read.
pub struct ReturnedFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, String>,
}

/// What became of one file: taken or not, and in words.
#[derive(Clone)]
pub struct Outcome {
    pub taken: bool,
    pub text: String,
}

/// A file field for sheets sent back: the files picked are read, handed to
/// `take` all together (which checks and takes them, in one step or one
/// each), and each one's fate, in the order `take` gives them, is said in
/// a live list.
#[component]
pub fn ReturnedFiles<F>(
    /// The field's element id.
    id: &'static str,
    label: String,
    hint: String,
    /// Checks and takes the files read: `(taken, what became of it)` for
    /// each, in their order.
    take: F,
) -> impl IntoView
where
    F: Fn(Vec<ReturnedFile>) -> Vec<(bool, String)> + Copy + 'static,
{
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let on_files = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        spawn_local(async move {
            let mut read = Vec::new();
            for f in files {
                read.push(ReturnedFile {
                    name: f.name(),
                    bytes: browser::read_file(&f).await,
                });
            }
            let names: Vec<String> = read.iter().map(|f| f.name.clone()).collect();
            let said = names
                .into_iter()
                .zip(take(read))
                .map(|(file, (taken, what))| Outcome {
                    taken,
                    text: t!("committee.file_said", file = file, what = what).into_owned(),
                })
                .collect();
            outcomes.set(said);
        });
    };
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="file" multiple=true accept=".json,application/json"
                aria-describedby=hint_id.clone() on:change=on_files />
            <p class="hint" id=hint_id>{hint}</p>
        </div>
        <div role="status">
            <ul class="outcomes">
                {move || outcomes.get().into_iter().map(|o| view! {
                    <li class=if o.taken { "ok" } else { "refused" }>{o.text}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}
