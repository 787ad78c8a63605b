//! Home: the drafts library. List, create, rename, duplicate, export, trash,
//! restore, and the ways in: import a file, drop it, or paste its text.

use std::borrow::Cow;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_i18n::t;

use crate::store::{DraftEntry, ImportPlan, LOCAL_STORAGE_LIMIT, OnConflict, StorageUse};
use crate::templates::Template;
use crate::ui::browser;
use crate::ui::labels::programme_title;
use crate::ui::route::{Route, Screen};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::{Hidden, quoted};

#[component]
pub fn Home() -> impl IntoView {
    let state = use_state();
    let import_error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<ImportPlan>);
    // The list is on screen once this first effect runs: the benchmark's
    // "interactive home".
    Effect::new(|_| crate::ui::perf::mark("ts:home-ready"));

    let choosing = RwSignal::new(false);
    let create = move |template: Template| {
        choosing.set(false);
        let now = browser::now();
        let mut draft = template.build(&now, browser::first_of_next_month());
        // A programme begun in French writes its call in French, until changed.
        draft.call.language = crate::i18n::call_language();
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
                .set(t!("home.create_failed", error = e).into_owned()),
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
            Ok(()) if skipped.is_empty() => state
                .notice
                .set(t!("home.backed_up", name = name).into_owned()),
            Ok(()) => {
                let count = skipped.len();
                state.notice.set(if count == 1 {
                    t!("home.backed_up_skipped_one", name = name, count = count).into_owned()
                } else {
                    t!("home.backed_up_skipped_many", name = name, count = count).into_owned()
                })
            }
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
                <h1 id="home-title">{t!("home.title")}</h1>
                <div class="actions">
                    <button type="button" aria-expanded=move || choosing.get().to_string()
                        aria-controls="new-programme" on:click=move |_| choosing.update(|c| *c = !*c)>
                        {t!("home.new_programme")}
                    </button>
                    <button type="button" class="secondary" on:click=backup
                        disabled=move || state.drafts.with(Vec::is_empty)>
                        {t!("home.back_up")}
                    </button>
                </div>
            </div>

            <Show when=move || choosing.get()>
                <div class="templates" id="new-programme" role="group" aria-labelledby="templates-title">
                    <h2 id="templates-title">{t!("home.start_from")}</h2>
                    <ul>
                        {Template::ALL
                            .into_iter()
                            .map(|t| view! {
                                <li>
                                    <button type="button" class="template" on:click=move |_| create(t)>
                                        <span class="template-name">{template_name(t)}</span>
                                        <span class="template-text">{template_description(t)}</span>
                                    </button>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            </Show>

            <Show when=empty>
                <div class="empty-state">
                    <h2>{t!("home.empty_title")}</h2>
                    <p>{t!("home.empty_what")}</p>
                    <p>{t!("home.empty_start")}</p>
                </div>
            </Show>

            <Show when=move || !empty()>
                <ul class="draft-list" aria-label=t!("home.list")>
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
    let title = programme_title(&entry.title).into_owned();
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
            Some(Err(e)) => state
                .notice
                .set(t!("home.rename_failed", error = e).into_owned()),
            None => {}
        }
    };
    let duplicate = move |_| {
        let now = browser::now();
        if let Some(r) = state.library.try_update_value(|l| l.duplicate(id, &now)) {
            match r {
                Ok(_) => state.notice.set(t!("home.duplicated").into_owned()),
                Err(e) => state
                    .notice
                    .set(t!("home.duplicate_failed", error = e).into_owned()),
            }
        }
        state.refresh();
    };
    let export = move |_| {
        let now = browser::now();
        match state.library.try_update_value(|l| l.export_one(id, &now)) {
            Some(Ok((name, text))) => match browser::download(&name, &text, "application/json") {
                Ok(()) => state
                    .notice
                    .set(t!("app.exported_as", name = name).into_owned()),
                Err(e) => state.notice.set(e),
            },
            Some(Err(e)) => state
                .notice
                .set(t!("home.export_failed", error = e).into_owned()),
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
                Ok(()) => state
                    .notice
                    .set(t!("home.trashed", title = quoted(&title_for_trash)).into_owned()),
                Err(e) => state
                    .notice
                    .set(t!("home.trash_failed", error = e).into_owned()),
            }
        }
        state.refresh();
    };
    let exported = entry
        .exported_at
        .as_deref()
        .map(|t| t!("home.exported", time = browser::format_time(t)))
        .unwrap_or_default();
    let ready = entry
        .readiness
        .map(|r| t!("home.ready", percent = r))
        .unwrap_or_default();
    let changed = t!(
        "home.changed",
        time = browser::format_time(&entry.updated_at),
        exported = exported,
        ready = ready
    );
    let t1 = title.clone();
    let t2 = title.clone();
    // Said after each button's name to screen readers: which programme.
    let which = format!(" {}", quoted(&title));
    let which_damaged = which.clone();

    view! {
        <li class="draft-card">
            <Show
                when=move || editing.get()
                fallback=move || view! { <h2 class="draft-name"><a href=href.clone()>{t1.clone()}</a></h2> }
            >
                <form class="rename" on:submit=rename>
                    <label for=input_id.clone()>{t!("home.new_title", title = quoted(&t2))}</label>
                    <input id=input_id.clone() type="text" prop:value=move || new_title.get()
                        on:input=move |ev| new_title.set(event_target_value(&ev)) />
                    <button type="submit">{t!("home.save_title")}</button>
                    <button type="button" class="secondary" on:click=move |_| editing.set(false)>{t!("home.cancel")}</button>
                </form>
            </Show>
            <p class="meta">{changed}</p>
            {entry.damaged.then(|| view! {
                <p class="export-reminder">
                    {t!("home.damaged")}" "
                    <button type="button" class="link" on:click=move |_| state.download_damaged(id)>
                        {t!("home.download_damaged")}<Hidden text=which_damaged.clone() />
                    </button>
                </p>
            })}
            {entry.needs_export().then(|| view! {
                <p class="export-reminder">{t!("home.export_reminder")}</p>
            })}
            <div class="actions">
                <button type="button" class="link" on:click=move |_| editing.set(true)>
                    {t!("home.rename")}<Hidden text=which.clone() />
                </button>
                <button type="button" class="link" on:click=duplicate>
                    {t!("home.duplicate")}<Hidden text=which.clone() />
                </button>
                <button type="button" class="link" on:click=export>
                    {t!("home.export")}<Hidden text=which.clone() />
                </button>
                <button type="button" class="link danger" on:click=trash>
                    {t!("home.move_to_trash")}<Hidden text=which />
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
    match crate::ui::perf::span("ts:import-parse", || {
        state.library.with_value(|l| l.plan_import(bytes))
    }) {
        Err(e) => error.set(Some(
            t!("home.import_refused", source = source, error = e).into_owned(),
        )),
        Ok(plan) if plan.drafts.is_empty() => {
            error.set(Some(t!("home.import_empty", source = source).into_owned()));
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
    match crate::ui::perf::span("ts:import-commit", || {
        state
            .library
            .try_update_value(|l| l.commit_import(plan, on_conflict, &now))
    }) {
        Some(Ok(_)) => state.notice.set(if n == 1 {
            t!("home.imported_one").into_owned()
        } else {
            t!("home.imported_many", count = n).into_owned()
        }),
        Some(Err(e)) => state
            .notice
            .set(t!("home.import_failed", error = e).into_owned()),
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
    let name = quoted(&file.name());
    spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => start_import(state, error, pending, &name, &bytes),
            Err(e) => error.set(Some(
                t!("home.import_unreadable", source = name, error = e).into_owned(),
            )),
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
        let source = t!("home.pasted_text");
        start_import(state, error, pending, &source, text.as_bytes());
        if error.get_untracked().is_none() {
            pasted.set(String::new());
        }
    };
    let choose = move |choice: Option<OnConflict>| {
        if let Some(plan) = pending.get_untracked() {
            pending.set(None);
            match choice {
                Some(c) => commit(state, plan, c),
                None => state.notice.set(t!("home.import_cancelled").into_owned()),
            }
        }
    };
    let conflict_question = move || {
        pending.with(|p| {
            p.as_ref().map(|p| {
                let titles: Vec<String> = p
                    .drafts
                    .iter()
                    .filter(|d| p.conflicts.contains(&d.id))
                    .map(|d| quoted(&programme_title(&d.overview.title)))
                    .collect();
                let joined = titles.join(", ");
                if titles.len() == 1 {
                    t!("home.conflict_one", titles = joined)
                } else {
                    t!("home.conflict_many", titles = joined)
                }
            })
        })
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">{t!("home.import")}</h2>
            <p class="hint">{t!("home.import_hint")}</p>
            <div class="field">
                <label for="import-file">{t!("home.import_file")}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file />
            </div>
            <details class="paste">
                <summary>{t!("home.paste")}</summary>
                <div class="field">
                    <label for="import-text">{t!("home.paste_label")}</label>
                    <textarea id="import-text" rows="6" prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </div>
                <button type="button" class="secondary" on:click=import_pasted
                    disabled=move || pasted.with(|t| t.trim().is_empty())>{t!("home.import_pasted")}</button>
            </details>
            <div role="alert" class="import-error">
                {move || error.get().map(|e| view! { <p class="banner error">{e}</p> })}
            </div>
            <Show when=move || pending.with(Option::is_some)>
                <div class="banner warning" role="group" aria-labelledby="conflict-title">
                    <p id="conflict-title">{move || conflict_question().unwrap_or_default()}</p>
                    <p class="actions">
                        <button type="button" on:click=move |_| choose(Some(OnConflict::KeepBoth))>{t!("home.keep_both")}</button>
                        <button type="button" class="secondary" on:click=move |_| choose(Some(OnConflict::Replace))>{t!("home.replace")}</button>
                        <button type="button" class="link" on:click=move |_| choose(None)>{t!("home.cancel_import")}</button>
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
            state
                .notice
                .set(t!("home.restore_failed", error = e).into_owned());
        } else {
            state.notice.set(t!("home.restored").into_owned());
        }
        state.refresh();
    };
    let empty_trash = move |_| {
        confirming.set(false);
        match state.library.try_update_value(|l| l.empty_trash()) {
            Some(Ok(n)) => state.notice.set(if n <= 1 {
                t!("home.deleted_one", count = n).into_owned()
            } else {
                t!("home.deleted_many", count = n).into_owned()
            }),
            Some(Err(e)) => state
                .notice
                .set(t!("home.empty_trash_failed", error = e).into_owned()),
            None => {}
        }
        state.refresh();
    };
    view! {
        <Show when=move || !state.trash.with(Vec::is_empty)>
            <section class="trash" aria-labelledby="trash-title">
                <h2 id="trash-title">{move || t!("home.trash", count = state.trash.with(Vec::len))}</h2>
                <ul class="trash-list">
                    <For each=move || state.trash.get() key=|e| e.id let:entry>
                        {
                            let id = entry.id;
                            let title = programme_title(&entry.title).into_owned();
                            view! {
                                <li>
                                    <span>{title.clone()}</span>
                                    <button type="button" class="link" on:click=move |_| restore(id)>
                                        {t!("home.restore")}<Hidden text=format!(" {}", quoted(&title)) />
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
                            {t!("home.empty_trash")}
                        </button>
                    }
                >
                    <p class="actions" role="group" aria-label=t!("home.confirm_empty")>
                        <span>{t!("home.confirm_empty_question")}</span>
                        <button type="button" class="danger" on:click=empty_trash>{t!("home.delete_for_good")}</button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t!("home.keep_them")}</button>
                    </p>
                </Show>
            </section>
        </Show>
    }
}

/// What this site keeps in `localStorage` against the limit browsers set
/// for it, a warning with what to do when little room is left, and a request
/// to keep the data for good.
#[component]
fn StorageInfo() -> impl IntoView {
    let state = use_state();
    let persisted = RwSignal::new(None::<bool>);
    // Counted by the library from what is stored, after every change the
    // lists show: an import, a new programme, a move to the trash, an
    // emptied trash.
    let usage = Memo::new(move |_| {
        state.drafts.track();
        state.trash.track();
        state.library.with_value(|l| l.storage_use().ok())
    });
    spawn_local(async move { persisted.set(browser::storage_persisted().await) });
    let ask = move |_| {
        spawn_local(async move {
            let granted = browser::storage_persist().await;
            persisted.set(granted);
            state.notice.set(match granted {
                Some(true) => t!("home.persist_granted").into_owned(),
                _ => t!("home.persist_refused").into_owned(),
            });
        });
    };
    let app_percent = move |u: StorageUse| u.app as f64 * 100.0 / LOCAL_STORAGE_LIMIT as f64;
    view! {
        <section class="storage-info" aria-labelledby="storage-title">
            <h2 id="storage-title">{t!("home.storage_title")}</h2>
            {move || usage.get().map(|u| view! {
                <p>
                    {t!(
                        "home.storage_size",
                        used = count(u.app),
                        limit = count(LOCAL_STORAGE_LIMIT),
                        percent = number(app_percent(u), 1)
                    )}
                    {(u.other > 0).then(|| t!("home.storage_other", other = count(u.other)))}
                    {t!("home.storage_local")}
                </p>
                {u.nearly_full().then(|| view! {
                    <div class="banner warning" role="alert">
                        <p>{t!("home.storage_nearly_full", percent = number(u.percent(), 0))}</p>
                        <ul>
                            <li>{t!("home.storage_do_export")}</li>
                            <li>{t!("home.storage_do_empty_trash")}</li>
                            <li>{t!("home.storage_do_delete")}</li>
                        </ul>
                    </div>
                })}
            })}
            {move || match persisted.get() {
                Some(true) => view! { <p class="ok-note">{t!("home.storage_kept")}</p> }.into_any(),
                Some(false) => view! {
                    <p>
                        {t!("home.storage_may_clear")}
                        <button type="button" class="secondary" on:click=ask>{t!("home.storage_ask")}</button>
                    </p>
                }.into_any(),
                None => view! { <p class="hint">{t!("home.storage_no_promise")}</p> }.into_any(),
            }}
        </section>
    }
}

/// A template's name in the current language.
fn template_name(t: Template) -> Cow<'static, str> {
    match t {
        Template::Blank => t!("home.template_blank"),
        Template::Reference => t!("home.template_reference"),
        Template::StudyVisit => t!("home.template_study_visit"),
        Template::Showcase => t!("home.template_showcase"),
    }
}

/// What a template starts with, in the current language.
fn template_description(t: Template) -> Cow<'static, str> {
    match t {
        Template::Blank => t!("home.template_blank_text"),
        Template::Reference => t!("home.template_reference_text"),
        Template::StudyVisit => t!("home.template_study_visit_text"),
        Template::Showcase => t!("home.template_showcase_text"),
    }
}

/// A whole number to read, its thousands grouped the current language's way.
fn count(n: usize) -> String {
    let digits = n.to_string();
    let sep = match crate::i18n::Lang::current() {
        crate::i18n::Lang::En => ",",
        // A narrow no-break space, as French typography groups digits.
        crate::i18n::Lang::Fr => "\u{202f}",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A number to read, with `decimals` digits after the current language's decimal sign.
fn number(n: f64, decimals: usize) -> String {
    let text = format!("{n:.decimals$}");
    match crate::i18n::Lang::current() {
        crate::i18n::Lang::En => text,
        crate::i18n::Lang::Fr => text.replace('.', ","),
    }
}
