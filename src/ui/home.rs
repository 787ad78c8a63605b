//! Home: the drafts library. List, create, rename, duplicate, export, trash,
//! restore, and the ways in: import a file, drop it, or paste its text.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser;
use super::fields::Hidden;
use super::route::{Route, Screen};
use super::state::{AppState, use_state};
use crate::store::{DraftEntry, ImportPlan, OnConflict, entry_title};
use crate::templates::Template;

#[component]
pub fn Home() -> impl IntoView {
    let state = use_state();
    let import_error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<ImportPlan>);

    let choosing = RwSignal::new(false);
    let create = move |template: Template| {
        choosing.set(false);
        let now = browser::now();
        let draft = template.build(&now, browser::first_of_next_month());
        match state.library.try_update_value(|l| l.create(&draft, &now)) {
            Some(Ok(id)) => {
                state.refresh();
                browser::go(
                    &Route::Draft {
                        id,
                        screen: Screen::Overview,
                    }
                    .href(),
                );
            }
            Some(Err(e)) => state
                .notice
                .set(format!("The new programme could not be stored: {e}.")),
            None => {}
        }
    };

    let backup = move |_| {
        let now = browser::now();
        let Some((name, text, skipped)) = state.library.try_update_value(|l| l.export_all(&now))
        else {
            return;
        };
        match browser::download(&name, &text, "application/json") {
            Ok(()) if skipped.is_empty() => state.notice.set(format!("Backed up as {name}.")),
            Ok(()) => state.notice.set(format!(
                "Backed up as {name}. {} damaged programme(s) could not be read and were left out.",
                skipped.len()
            )),
            Err(e) => state.notice.set(e),
        }
        state.refresh();
    };

    // Drop a file anywhere on the page while the home screen is shown.
    let on_dragover = window_event_listener(ev::dragover, |e| e.prevent_default());
    let on_drop = window_event_listener(ev::drop, move |e| {
        e.prevent_default();
        let file = e
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            import_file(state, import_error, pending, file);
        }
    });
    on_cleanup(move || {
        on_dragover.remove();
        on_drop.remove();
    });

    let empty = move || state.drafts.with(Vec::is_empty);

    view! {
        <section class="home" aria-labelledby="home-title">
            <div class="home-head">
                <h1 id="home-title">"Your programmes"</h1>
                <div class="actions">
                    <button type="button" aria-expanded=move || choosing.get().to_string()
                        aria-controls="new-programme" on:click=move |_| choosing.update(|c| *c = !*c)>
                        "New programme"
                    </button>
                    <button type="button" class="secondary" on:click=backup
                        disabled=move || state.drafts.with(Vec::is_empty)>
                        "Back up everything"
                    </button>
                </div>
            </div>

            <Show when=move || choosing.get()>
                <div class="templates" id="new-programme" role="group" aria-labelledby="templates-title">
                    <h2 id="templates-title">"Start from"</h2>
                    <ul>
                        {Template::ALL
                            .into_iter()
                            .map(|t| view! {
                                <li>
                                    <button type="button" class="template" on:click=move |_| create(t)>
                                        <span class="template-name">{t.name()}</span>
                                        <span class="template-text">{t.description()}</span>
                                    </button>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            </Show>

            <Show when=empty>
                <div class="empty-state">
                    <h2>"No programmes yet"</h2>
                    <p>"A programme is a learning trajectory: the phases your participants go through, what you offer them, how you select them, and the call that recruits them."</p>
                    <p>"Start a new one, or import a file a colleague sent you."</p>
                </div>
            </Show>

            <Show when=move || !empty()>
                <ul class="draft-list" aria-label="Programmes">
                    <For each=move || state.drafts.get() key=|e| (e.id, e.revision, e.title.clone(), e.exported_at.clone(), e.readiness, e.needs_export(), e.damaged) let:entry>
                        <DraftCard entry=entry />
                    </For>
                </ul>
            </Show>

            <ImportPanel error=import_error pending=pending />
            <StorageInfo />
            <Trash />
        </section>
    }
}

#[component]
fn DraftCard(entry: DraftEntry) -> impl IntoView {
    let state = use_state();
    let id = entry.id;
    let title = entry_title(&entry).to_string();
    let editing = RwSignal::new(false);
    let new_title = RwSignal::new(entry.title.clone());
    let href = Route::Draft {
        id,
        screen: Screen::Overview,
    }
    .href();
    let input_id = format!("rename-{id}");

    let rename = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let now = browser::now();
        let title = new_title.get_untracked();
        match state
            .library
            .try_update_value(|l| l.rename(id, &title, &now))
        {
            Some(Ok(())) => {
                editing.set(false);
                state.refresh();
            }
            Some(Err(e)) => state.notice.set(format!("Could not rename: {e}.")),
            None => {}
        }
    };
    let duplicate = move |_| {
        let now = browser::now();
        if let Some(r) = state.library.try_update_value(|l| l.duplicate(id, &now)) {
            match r {
                Ok(_) => state.notice.set("Duplicated.".into()),
                Err(e) => state.notice.set(format!("Could not duplicate: {e}.")),
            }
        }
        state.refresh();
    };
    let export = move |_| {
        let now = browser::now();
        match state.library.try_update_value(|l| l.export_one(id, &now)) {
            Some(Ok((name, text))) => match browser::download(&name, &text, "application/json") {
                Ok(()) => state.notice.set(format!("Exported as {name}.")),
                Err(e) => state.notice.set(e),
            },
            Some(Err(e)) => state.notice.set(format!("Could not export: {e}.")),
            None => {}
        }
        state.refresh();
    };
    let title_for_trash = title.clone();
    let trash = move |_| {
        let now = browser::now();
        if let Some(r) = state
            .library
            .try_update_value(|l| l.move_to_trash(id, &now))
        {
            match r {
                Ok(()) => state.notice.set(format!(
                    "“{title_for_trash}” moved to the trash. Restore it from there."
                )),
                Err(e) => state
                    .notice
                    .set(format!("Could not move to the trash: {e}.")),
            }
        }
        state.refresh();
    };
    let exported = entry
        .exported_at
        .as_deref()
        .map(|t| format!(" · exported {}", browser::format_time(t)))
        .unwrap_or_default();
    let ready = entry
        .readiness
        .map(|r| format!(" · {r}% ready"))
        .unwrap_or_default();
    let changed = format!(
        "Changed {}{exported}{ready}",
        browser::format_time(&entry.updated_at)
    );
    let t1 = title.clone();
    let t2 = title.clone();
    let t3 = title.clone();
    let t4 = title.clone();

    view! {
        <li class="draft-card">
            <Show
                when=move || editing.get()
                fallback=move || view! { <h2 class="draft-name"><a href=href.clone()>{t1.clone()}</a></h2> }
            >
                <form class="rename" on:submit=rename>
                    <label for=input_id.clone()>{format!("New title for “{t2}”")}</label>
                    <input id=input_id.clone() type="text" prop:value=move || new_title.get()
                        on:input=move |ev| new_title.set(event_target_value(&ev)) />
                    <button type="submit">"Save title"</button>
                    <button type="button" class="secondary" on:click=move |_| editing.set(false)>"Cancel"</button>
                </form>
            </Show>
            <p class="meta">{changed}</p>
            {entry.damaged.then(|| view! {
                <p class="export-reminder">"Damaged: its stored copy cannot be read. Open it to download its text; it is never overwritten."</p>
            })}
            {entry.needs_export().then(|| view! {
                <p class="export-reminder">"Changed a lot since it was last exported: export a copy to keep it safe."</p>
            })}
            <div class="actions">
                <button type="button" class="link" on:click=move |_| editing.set(true)>
                    "Rename"<Hidden text=format!(" “{t3}”") />
                </button>
                <button type="button" class="link" on:click=duplicate>
                    "Duplicate"<Hidden text=format!(" “{t4}”") />
                </button>
                <button type="button" class="link" on:click=export>
                    "Export"<Hidden text=format!(" “{title}”") />
                </button>
                <button type="button" class="link danger" on:click=trash>
                    "Move to trash"<Hidden text=format!(" “{}”", entry_title(&entry)) />
                </button>
            </div>
        </li>
    }
}

/// Checks a file and either adds it or asks what to do about an id already here.
fn start_import(
    state: AppState,
    error: RwSignal<Option<String>>,
    pending: RwSignal<Option<ImportPlan>>,
    source: &str,
    bytes: &[u8],
) {
    match state.library.with_value(|l| l.plan_import(bytes)) {
        Err(e) => error.set(Some(format!("{source} was not imported. {e}"))),
        Ok(plan) if plan.drafts.is_empty() => {
            error.set(Some(format!("{source} holds no programme.")));
        }
        Ok(plan) if plan.conflicts.is_empty() => {
            error.set(None);
            commit(state, plan, OnConflict::KeepBoth);
        }
        Ok(plan) => {
            error.set(None);
            pending.set(Some(plan));
        }
    }
}

fn commit(state: AppState, plan: ImportPlan, on_conflict: OnConflict) {
    let n = plan.drafts.len();
    let now = browser::now();
    match state
        .library
        .try_update_value(|l| l.commit_import(plan, on_conflict, &now))
    {
        Some(Ok(_)) => state.notice.set(if n == 1 {
            "Imported 1 programme.".into()
        } else {
            format!("Imported {n} programmes.")
        }),
        Some(Err(e)) => state.notice.set(format!(
            "Nothing was imported: {e}. Your programmes are as they were."
        )),
        None => {}
    }
    state.refresh();
}

fn import_file(
    state: AppState,
    error: RwSignal<Option<String>>,
    pending: RwSignal<Option<ImportPlan>>,
    file: web_sys::File,
) {
    let name = format!("“{}”", file.name());
    spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => start_import(state, error, pending, &name, &bytes),
            Err(e) => error.set(Some(format!("{name} was not imported: {e}."))),
        }
    });
}

#[component]
fn ImportPanel(
    error: RwSignal<Option<String>>,
    pending: RwSignal<Option<ImportPlan>>,
) -> impl IntoView {
    let state = use_state();
    let pasted = RwSignal::new(String::new());
    let on_file = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            import_file(state, error, pending, file);
        }
        // Let the same file be picked again after a fix.
        input.set_value("");
    };
    let import_pasted = move |_| {
        let text = pasted.get_untracked();
        start_import(state, error, pending, "The pasted text", text.as_bytes());
        if error.get_untracked().is_none() {
            pasted.set(String::new());
        }
    };
    let choose = move |choice: Option<OnConflict>| {
        if let Some(plan) = pending.get_untracked() {
            pending.set(None);
            match choice {
                Some(c) => commit(state, plan, c),
                None => state
                    .notice
                    .set("Import cancelled; nothing was changed.".into()),
            }
        }
    };
    let conflict_titles = move || {
        pending.with(|p| {
            p.as_ref().map(|p| {
                p.drafts
                    .iter()
                    .filter(|d| p.conflicts.contains(&d.id))
                    .map(|d| format!("“{}”", d.display_title()))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        })
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">"Import"</h2>
            <p class="hint">"Import a programme file (.json) made with Trajectory Studio: pick it, drop it anywhere on this page, or paste its text. An imported programme is added; nothing here is overwritten."</p>
            <div class="field">
                <label for="import-file">"Programme file"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file />
            </div>
            <details class="paste">
                <summary>"Paste the text of a file"</summary>
                <div class="field">
                    <label for="import-text">"File text (JSON)"</label>
                    <textarea id="import-text" rows="6" prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </div>
                <button type="button" class="secondary" on:click=import_pasted
                    disabled=move || pasted.with(|t| t.trim().is_empty())>"Import pasted text"</button>
            </details>
            <div role="alert" class="import-error">
                {move || error.get().map(|e| view! { <p class="banner error">{e}</p> })}
            </div>
            <Show when=move || pending.with(Option::is_some)>
                <div class="banner warning" role="group" aria-labelledby="conflict-title">
                    <p id="conflict-title">
                        {move || conflict_titles().unwrap_or_default()}
                        " is already in this browser. Keep both, or replace the one here (it goes to the trash)?"
                    </p>
                    <p class="actions">
                        <button type="button" on:click=move |_| choose(Some(OnConflict::KeepBoth))>"Keep both"</button>
                        <button type="button" class="secondary" on:click=move |_| choose(Some(OnConflict::Replace))>"Replace"</button>
                        <button type="button" class="link" on:click=move |_| choose(None)>"Cancel import"</button>
                    </p>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn Trash() -> impl IntoView {
    let state = use_state();
    let confirming = RwSignal::new(false);
    let restore = move |id| {
        if let Some(Err(e)) = state.library.try_update_value(|l| l.restore(id)) {
            state.notice.set(format!("Could not restore: {e}."));
        } else {
            state.notice.set("Restored.".into());
        }
        state.refresh();
    };
    let empty_trash = move |_| {
        confirming.set(false);
        match state.library.try_update_value(|l| l.empty_trash()) {
            Some(Ok(n)) => state
                .notice
                .set(format!("Deleted {n} programme(s) for good.")),
            Some(Err(e)) => state.notice.set(format!("Could not empty the trash: {e}.")),
            None => {}
        }
        state.refresh();
    };
    view! {
        <Show when=move || !state.trash.with(Vec::is_empty)>
            <section class="trash" aria-labelledby="trash-title">
                <h2 id="trash-title">{move || format!("Trash ({})", state.trash.with(Vec::len))}</h2>
                <ul class="trash-list">
                    <For each=move || state.trash.get() key=|e| e.id let:entry>
                        {
                            let id = entry.id;
                            let title = entry_title(&entry).to_string();
                            view! {
                                <li>
                                    <span>{title.clone()}</span>
                                    <button type="button" class="link" on:click=move |_| restore(id)>
                                        "Restore"<Hidden text=format!(" “{title}”") />
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="secondary danger" on:click=move |_| confirming.set(true)>
                            "Empty trash"
                        </button>
                    }
                >
                    <p class="actions" role="group" aria-label="Confirm emptying the trash">
                        <span>"Delete these programmes for good? This cannot be undone."</span>
                        <button type="button" class="danger" on:click=empty_trash>"Delete for good"</button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>"Keep them"</button>
                    </p>
                </Show>
            </section>
        </Show>
    }
}

/// How much the browser lets this page keep, and a request to keep it for good.
#[component]
fn StorageInfo() -> impl IntoView {
    let state = use_state();
    let usage = RwSignal::new(None::<(f64, f64)>);
    let persisted = RwSignal::new(None::<bool>);
    spawn_local(async move {
        usage.set(browser::storage_estimate().await);
        persisted.set(browser::storage_persisted().await);
    });
    let ask = move |_| {
        spawn_local(async move {
            let granted = browser::storage_persist().await;
            persisted.set(granted);
            state.notice.set(match granted {
                Some(true) => "The browser will keep this site's data unless you clear it yourself.".into(),
                _ => "The browser did not promise to keep the data: export your programmes regularly.".into(),
            });
        });
    };
    let kb = move || state.library.with_value(|l| l.stored_bytes()) as f64 / 1024.0;
    view! {
        <section class="storage-info" aria-labelledby="storage-title">
            <h2 id="storage-title">"Where your programmes are kept"</h2>
            <p>
                {move || format!("Your programmes take {:.0} KB in this browser", kb())}
                {move || usage.get().map(|(used, quota)| format!(
                    " (this site uses {:.1} MB of about {:.0} MB the browser allows).",
                    used / 1_048_576.0,
                    quota / 1_048_576.0
                )).unwrap_or_else(|| ".".into())}
                " They stay on this computer only; export a file to share them or keep a copy."
            </p>
            {move || match persisted.get() {
                Some(true) => view! { <p class="ok-note">"This browser has promised to keep them until you clear them."</p> }.into_any(),
                Some(false) => view! {
                    <p>
                        "Browsers may clear a site's data when space runs low. "
                        <button type="button" class="secondary" on:click=ask>"Ask the browser to keep them"</button>
                    </p>
                }.into_any(),
                None => view! { <p class="hint">"This browser cannot promise to keep them: export regularly."</p> }.into_any(),
            }}
        </section>
    }
}
