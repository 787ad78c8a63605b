//! Home: the drafts library. List, create, rename, duplicate, export, trash,
//! restore, and the ways in: import a file, drop it, or paste its text.

use std::borrow::Cow;

use leptos::ev;
use leptos::prelude::*;
use rust_i18n::t;

use crate::model::Id;
use crate::store::DraftEntry;
use crate::templates::{self, Template};
use crate::text::display_title as programme_title;
use crate::ui::browser;
use crate::ui::parts::{act, part, quietly};
use crate::ui::route::{Route, Screen};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::{Hidden, quoted};

mod import;
mod sheets;
mod storage;
mod trash;

use import::{ImportPanel, import_file};
use sheets::{LogSheets, Sheets};
use storage::StorageInfo;
use trash::Trash;

#[component]
pub fn Home() -> impl IntoView {
    let state = use_state();
    let import_error = RwSignal::new(None::<String>);
    let pending = state.pending_import;
    // The list is on screen once this first effect runs: the benchmark's
    // "interactive home".
    Effect::new(|_| crate::ui::perf::mark("ts:home-ready"));

    let choosing = RwSignal::new(false);
    // The web build fetches the starting programmes when the chooser first
    // opens; Blank needs none of them.
    let fetched = RwSignal::new(if templates::ready(crate::text::lang()) {
        Fetch::Ready
    } else {
        Fetch::Idle
    });
    let fetch = move || {
        let language = crate::text::lang();
        if templates::ready(language) {
            fetched.set(Fetch::Ready);
            return;
        }
        fetched.set(Fetch::Fetching);
        leptos::task::spawn_local(async move {
            fetched.set(match fetch_templates(language).await {
                Ok(()) => Fetch::Ready,
                Err(_) => Fetch::Failed,
            });
        });
    };
    let toggle_chooser = move |_| {
        choosing.update(|c| *c = !*c);
        if choosing.get_untracked() {
            // What a choice needs, side by side with the starting programmes
            // rather than after them: the part that reads them and stores
            // the copy, and the editor, which opens next. What cannot be
            // fetched now is asked for again when needed, and says so then.
            quietly(create_ahead(), |()| ());
            quietly(crate::ui::editor::ahead(), |()| ());
            if matches!(fetched.get_untracked(), Fetch::Idle | Fetch::Failed) {
                fetch();
            }
        }
    };
    let create = move |template: Template| {
        choosing.set(false);
        act(state.notice, create(state, template), |()| ());
    };
    let backup = move |_| act(state.notice, back_up(state), |()| ());

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
                        aria-controls="new-programme" on:click=toggle_chooser>
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
                        {move || {
                            let ready = fetched.get() == Fetch::Ready;
                            Template::ALL
                                .iter()
                                .filter(|t| ready || t.file_stem().is_none())
                                .map(|&t| view! {
                                    <li>
                                        <button type="button" class="template" on:click=move |_| create(t)>
                                            <span class="template-name">{template_name(t)}</span>
                                            <span class="template-text">{template_description(t)}</span>
                                        </button>
                                    </li>
                                })
                                .collect_view()
                        }}
                    </ul>
                    <p role="status">
                        {move || (fetched.get() == Fetch::Fetching).then(|| t!("home.templates_loading"))}
                    </p>
                    <Show when=move || fetched.get() == Fetch::Failed>
                        <div class="banner error" role="alert">
                            <p>{t!("home.templates_failed")}</p>
                            <button type="button" class="secondary" on:click=move |_| fetch()>
                                {t!("app.try_again")}
                            </button>
                        </div>
                    </Show>
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
                    <For each=move || state.drafts.get() key=|e| (e.id, e.revision, e.title.clone(), e.exported_at.clone(), e.readiness, e.stage, e.quiet_pairs, e.logs_out, e.needs_export(), e.damaged) let:entry>
                        <DraftCard entry=entry />
                    </For>
                </ul>
            </Show>

            <Sheets />
            <LogSheets />
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
        let title = new_title.get_untracked();
        act(state.notice, rename(state, id, title), move |done| {
            if done {
                editing.set(false);
            }
        });
    };
    let duplicate = move |_| act(state.notice, duplicate(state, id), |()| ());
    let export = move |_| act(state.notice, export(state, id), |()| ());
    let title_for_trash = title.clone();
    let trash = move |_| {
        let now = browser::now();
        let failed = |e| t!("home.trash_failed", error = e).into_owned();
        if state.apply(|l| l.move_to_trash(id, &now), failed).is_some() {
            state
                .notice
                .set(t!("home.trashed", title = quoted(&title_for_trash)).into_owned());
        }
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
    let stage = entry.stage.map(|s| match s {
        crate::model::Stage::Designing => t!("home.stage_designing"),
        crate::model::Stage::Selecting => t!("home.stage_selecting"),
        crate::model::Stage::Running => t!("home.stage_running"),
        crate::model::Stage::Finished => t!("home.stage_finished"),
    });
    let quiet = match entry.quiet_pairs {
        0 => None,
        1 => Some(t!("home.quiet_one")),
        n => Some(t!("home.quiet", count = n)),
    };
    let logs_out = match entry.logs_out {
        0 => None,
        1 => Some(t!("home.logs_out_one")),
        n => Some(t!("home.logs_out", count = n)),
    };
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
            <p class="meta">
                {stage.map(|s| view! { <span class="stage">{s}</span>" · " })}
                {changed}
            </p>
            {quiet.map(|q| view! { <p class="attention">{q}</p> })}
            {logs_out.map(|l| view! { <p class="attention">{l}</p> })}
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

part! { library, ahead create_ahead:
    /// Stores a new programme from `template` and opens it. A programme
    /// begun in French starts from the French file and writes its call in
    /// French, until changed.
    fn create(state: AppState, template: Template) -> () {
        let now = browser::now();
        let draft = template.build_in(crate::text::lang(), &now, browser::first_of_next_month());
        let failed = |e| t!("home.create_failed", error = e).into_owned();
        if let Some(id) = state.apply(|l| l.create(&draft, &now), failed) {
            browser::go(
                &Route::Draft {
                    id,
                    screen: Screen::Overview,
                }
                .href(),
            );
        }
    }
}

part! { library:
    /// Downloads every programme not in the trash as one file.
    fn back_up(state: AppState) -> () {
        let now = browser::now();
        let Some((name, text, skipped)) = state.write(|l| l.export_all(&now)) else {
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
    }
}

part! { library:
    /// Gives programme `id` the title `title`; whether it is done.
    fn rename(state: AppState, id: Id, title: String) -> bool {
        let now = browser::now();
        let failed = |e| t!("home.rename_failed", error = e).into_owned();
        state
            .apply(|l| l.rename(id, &title, &now), failed)
            .is_some()
    }
}

part! { library:
    /// Stores a copy of programme `id`.
    fn duplicate(state: AppState, id: Id) -> () {
        let now = browser::now();
        let failed = |e| t!("home.duplicate_failed", error = e).into_owned();
        if state.apply(|l| l.duplicate(id, &now), failed).is_some() {
            state.notice.set(t!("home.duplicated").into_owned());
        }
    }
}

part! { library:
    /// Downloads programme `id` as a file.
    fn export(state: AppState, id: Id) -> () {
        let now = browser::now();
        let failed = |e| t!("home.export_failed", error = e).into_owned();
        if let Some((name, text)) = state.apply(|l| l.export_one(id, &now), failed) {
            match browser::download(&name, &text, "application/json") {
                Ok(()) => state
                    .notice
                    .set(t!("app.exported_as", name = name).into_owned()),
                Err(e) => state.notice.set(e),
            }
        }
    }
}

/// Where the chooser's starting programmes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    /// Not asked for yet.
    Idle,
    Fetching,
    Ready,
    /// The last attempt failed; the chooser offers another.
    Failed,
}

/// Fetches the starting programmes in `language` and hands them to
/// [`templates`]: the web build does not hold them.
#[cfg(feature = "split")]
async fn fetch_templates(language: crate::model::Lang) -> Result<(), String> {
    let with_file: Vec<Template> = Template::ALL
        .iter()
        .copied()
        .filter(|t| t.file_stem().is_some())
        .collect();
    let urls: Vec<String> = with_file
        .iter()
        .filter_map(|t| t.file_stem())
        .map(|stem| format!("templates/{stem}.{}.trajectory.json", language.code()))
        .collect();
    let texts = browser::fetch_texts(&urls).await?;
    read_templates(language, with_file.into_iter().zip(texts).collect())
        .await
        .map_err(|_| String::new())
}

#[cfg(feature = "split")]
part! { library:
    /// Reads the starting programmes fetched in `language`.
    fn read_templates(language: crate::model::Lang, files: Vec<(Template, String)>) -> () {
        templates::provide(language, files);
    }
}

/// Every other build holds the starting programmes: nothing to fetch.
#[cfg(not(feature = "split"))]
async fn fetch_templates(_: crate::model::Lang) -> Result<(), String> {
    Ok(())
}

/// A template's name in the current language: its file's, or for a blank
/// programme the interface's own words.
fn template_name(t: Template) -> Cow<'static, str> {
    match t.about(crate::text::lang()) {
        Some(about) => Cow::Borrowed(&about.name),
        None => t!("home.template_blank"),
    }
}

/// What a template starts with, in the current language.
fn template_description(t: Template) -> Cow<'static, str> {
    match t.about(crate::text::lang()) {
        Some(about) => Cow::Borrowed(&about.description),
        None => t!("home.template_blank_text"),
    }
}
