//! An open draft: the editing session wired to the draft signal, autosave
//! (every change restarts a short timer; when it ends, or the tab is hidden
//! or closed, or the editor is left, the draft is saved), another tab's
//! saves, the keyboard shortcuts, and the banners that say what went wrong.
//! A failed save keeps the edit in memory, says why, and offers export.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use rust_i18n::t;
use wasm_bindgen::JsCast;

use crate::format;
use crate::model::Draft;
use crate::store::session::{EditSession, OtherTab, SAVE_DELAY_MS};
use crate::ui::browser;
use crate::ui::context::EditorCtx;
use crate::ui::parts::Part;
use crate::ui::route::{Route, Screen};
use crate::ui::screens;
use crate::ui::state::{AppState, SaveStatus, use_state};

#[component]
pub(super) fn OpenDraft(draft: Draft) -> impl IntoView {
    // The editor is on screen once this first effect runs: the benchmark's
    // "first editor screen usable".
    Effect::new(|_| crate::ui::perf::mark("ts:editor-ready"));
    let state = use_state();
    let id = draft.id;
    let ctx = EditorCtx::new(draft, state.save);
    provide_context(ctx);
    let draft = ctx.draft();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    ctx.show_session();

    let save_now = move || {
        if let Some(t) = timer.try_get_value().flatten() {
            t.clear();
        }
        timer.try_set_value(None);
        if !ctx.wants_save() {
            return;
        }
        save(state, ctx);
    };
    // Takes the version another tab stored, keeping this one in the undo history.
    let load_theirs = move || match state.read(|l| l.open(id)) {
        Ok(theirs) => {
            ctx.replace_from_storage(theirs);
        }
        Err(e) => state
            .notice
            .set(t!("editor.theirs_unreadable", error = e).into_owned()),
    };
    let keep_mine = move || {
        if let Some(theirs) = ctx.session(EditSession::keep_mine).flatten() {
            ctx.note_saved(|d| d.revision = theirs);
        }
        save_now();
    };
    let copy_mine = move || {
        let now = browser::now();
        let titles: Vec<String> = state.read(|l| l.titles().map(str::to_string).collect());
        let copy = draft.with_untracked(|d| {
            d.duplicate(
                &now,
                titles.iter().map(String::as_str),
                &crate::text::copy_names(crate::text::lang()),
                &crate::text::untitled(),
            )
        });
        let name = crate::text::display_title(&copy.overview.title).to_string();
        let failed = |e| t!("editor.copy_failed", error = e).into_owned();
        if state.apply(|l| l.create(&copy, &now), failed).is_some() {
            load_theirs();
            let title = crate::ui::widgets::quoted(&name);
            state
                .notice
                .set(t!("editor.kept_as_copy", title = title).into_owned());
        }
    };
    // Another tab saved: take its version if nothing here is unsaved, else ask.
    let on_storage = window_event_listener_untyped("storage", move |e| {
        let Ok(e) = e.dyn_into::<web_sys::StorageEvent>() else {
            return;
        };
        let key = e.key().unwrap_or_default();
        if key != crate::store::keys::INDEX && key != crate::store::keys::draft(id) {
            return;
        }
        state.write(|l| {
            let _ = l.reload_index();
        });
        let theirs = state.read(|l| l.entry(id).map(|x| x.revision));
        let mine = draft.with_untracked(|d| d.revision);
        if let Some(theirs) = theirs
            && ctx.session(|s| s.other_tab_saved(theirs, mine)) == Some(OtherTab::Load)
        {
            load_theirs();
            state
                .notice
                .set(t!("editor.updated_from_other_tab").into_owned());
        }
    });

    Effect::new(move |first_done: Option<()>| {
        draft.track();
        if first_done.is_some() && ctx.changed() {
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            timer.set_value(
                set_timeout_with_handle(save_now, Duration::from_millis(SAVE_DELAY_MS)).ok(),
            );
        }
    });

    // Flush when the tab is hidden or closed: the last keystroke is not lost.
    let on_pagehide = window_event_listener(ev::pagehide, move |_| save_now());
    // `visibilitychange` fires at the document and bubbles to the window.
    let on_hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            save_now();
        }
    });
    // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) outside text fields, where
    // the browser's own text undo applies.
    let on_key = window_event_listener(ev::keydown, move |e| {
        let modifier = e.ctrl_key() || e.meta_key();
        if !modifier || in_text_field(&e) {
            return;
        }
        match e.key().to_lowercase().as_str() {
            "z" if e.shift_key() => ctx.redo(),
            "z" => ctx.undo(),
            "y" => ctx.redo(),
            _ => return,
        }
        e.prevent_default();
    });
    on_cleanup(move || {
        save_now();
        on_pagehide.remove();
        on_hidden.remove();
        on_key.remove();
        on_storage.remove();
        state.save.set(SaveStatus::Idle);
    });

    let screen = Memo::new(move |_| match state.route.get() {
        Route::Draft { screen, .. } => screen,
        _ => Screen::Overview,
    });
    // A new screen starts with every item folded, unless a link asked for one.
    Effect::new(move |_| {
        screen.track();
        match ctx.take_pending() {
            Some((item, element)) => {
                ctx.open_item.set(item);
                ctx.focus_later(element);
            }
            None => ctx.open_item.set(None),
        }
    });
    let export = move || {
        let d = draft.get_untracked();
        let text = format::to_file(std::slice::from_ref(&d), &browser::now());
        match browser::download(
            &d.export_file_name(&crate::text::untitled()),
            &text,
            "application/json",
        ) {
            Ok(()) => {
                state.write(|l| l.note_export(&d, &browser::now()));
                state.notice.set(
                    t!(
                        "app.exported_as",
                        name = d.export_file_name(&crate::text::untitled())
                    )
                    .into_owned(),
                );
            }
            Err(e) => state.notice.set(e),
        }
    };
    let title = move || draft.with(|d| crate::text::display_title(&d.overview.title).into_owned());
    // Another version of this programme, from a file, to compare and merge.
    let picker = NodeRef::<leptos::html::Input>::new();
    let compare_file = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let source = crate::ui::widgets::quoted(&file.name());
        leptos::task::spawn_local(async move {
            let found = match browser::read_file(&file).await {
                Ok(bytes) => match format::parse_file(&bytes) {
                    Ok(file) => file.drafts.into_iter().find(|d| d.id == id),
                    Err(e) => {
                        state.notice.set(format::words::interface_words(&e));
                        return;
                    }
                },
                Err(e) => {
                    state.notice.set(e);
                    return;
                }
            };
            match found {
                Some(theirs) => state.incoming.set(Some(theirs)),
                None => state
                    .notice
                    .set(t!("merge.no_version", source = source).into_owned()),
            }
        });
    };
    // A link that carries the whole programme, shown to copy by hand too.
    let link = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let d = draft.get_untracked();
        leptos::task::spawn_local(async move {
            let (address, said) = browser::copy_link(crate::ui::from_link::link_to(&d).await).await;
            state.notice.set(said);
            link.set(address);
        });
    };
    let incoming = move || {
        state
            .incoming
            .with(|i| i.as_ref().filter(|d| d.id == id).cloned())
    };

    view! {
        <div class="editor">
            <Show when=move || ctx.conflict.get().is_some()
                fallback=move || view! { <SaveBanner retry=save_now export=export /> }>
                <div class="banner warning" role="alert">
                    <p><strong>{t!("editor.conflict_title")}</strong>
                        {t!("editor.conflict_text")}</p>
                    <p class="actions">
                        <button type="button" on:click=move |_| keep_mine()>{t!("editor.keep_mine")}</button>
                        <button type="button" class="secondary" on:click=move |_| copy_mine()>{t!("editor.copy_mine")}</button>
                        <button type="button" class="secondary" on:click=move |_| load_theirs()>{t!("editor.load_theirs")}</button>
                    </p>
                </div>
            </Show>
            <div class="editor-head">
                <p class="crumb"><a href="#/">{t!("editor.all_programmes")}</a></p>
                <h1 class="draft-title">{title}</h1>
                <div class="actions">
                    <button type="button" class="secondary" on:click=move |_| ctx.undo()
                        disabled=move || !ctx.can_undo.get() aria-keyshortcuts="Control+Z">{t!("editor.undo")}</button>
                    <button type="button" class="secondary" on:click=move |_| ctx.redo()
                        disabled=move || !ctx.can_redo.get() aria-keyshortcuts="Control+Shift+Z">{t!("editor.redo")}</button>
                    <button type="button" class="secondary" on:click=move |_| export()>{t!("editor.export")}</button>
                    <button type="button" class="secondary" on:click=copy_link>{t!("link.copy")}</button>
                    <button type="button" class="secondary" on:click=move |_| {
                        if let Some(input) = picker.get_untracked() { input.click(); }
                    }>{t!("merge.compare_file")}</button>
                    <input type="file" hidden node_ref=picker aria-label=t!("merge.compare_file")
                        accept=".json,application/json" on:change=compare_file />
                </div>
            </div>
            {move || link.get().map(|address| view! {
                <div class="field share-link">
                    <label for="share-link">{t!("link.field")}</label>
                    <input id="share-link" type="text" readonly prop:value=address
                        on:focus=|ev| { let input: web_sys::HtmlInputElement = event_target(&ev); input.select(); } />
                    <p class="hint">{t!("link.what_it_carries")}</p>
                </div>
            })}
            {move || incoming().map(|theirs| view! { <Part load=Arc::new(move || Box::pin(super::merge::panel(theirs.clone()))) /> })}
            <nav class="screens" aria-label=t!("editor.parts")>
                {[(false, "nav-design", t!("editor.designing")), (true, "nav-running", t!("editor.running"))]
                    .into_iter()
                    .map(|(running, group, name)| view! {
                        <div class="screen-group">
                            <p class="group-name" id=group>{name}</p>
                            <ul aria-labelledby=group>
                                {Screen::ALL
                                    .into_iter()
                                    .filter(|s| s.is_running() == running)
                                    .map(|s| {
                                        let href = Route::Draft { id, screen: s }.href();
                                        view! {
                                            <li>
                                                <a href=href aria-current=move || (screen.get() == s).then_some("page")>
                                                    {s.label()}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    })
                    .collect_view()}
            </nav>
            {move || ctx.toast.get().map(|message| view! {
                <div class="toast" role="status">
                    <span>{message}</span>
                    <button type="button" class="secondary" on:click=move |_| ctx.undo()>{t!("editor.undo")}</button>
                </div>
            })}
            {move || screens::show(screen.get())}
        </div>
    }
}

fn in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            let tag = el.tag_name().to_lowercase();
            matches!(tag.as_str(), "input" | "textarea" | "select")
                || el.get_attribute("contenteditable").is_some()
        })
        .unwrap_or(false)
}

/// Saves the draft now and reports how it went; never over a newer revision
/// that another tab saved.
fn save(state: AppState, ctx: EditorCtx) {
    let now = browser::now();
    let result = crate::ui::perf::span("ts:autosave", || {
        state
            .write(|l| ctx.lend(|d| l.save_checked(d, &now)))
            .flatten()
    });
    match result {
        Some(Ok(revision)) => {
            ctx.note_saved(|d| {
                d.revision = revision;
                d.updated_at = now;
            });
            ctx.session(EditSession::saved);
        }
        Some(Err(e)) => {
            ctx.session(|s| s.save_failed(e));
        }
        // The editor is being torn down with the whole app: nothing to report to.
        None => {}
    }
}

/// Shown while the last save failed: what happened, and the two ways out.
#[component]
fn SaveBanner(
    retry: impl Fn() + Copy + Send + Sync + 'static,
    export: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let reason = move || match state.save.get() {
        SaveStatus::NotSaved(r) => Some(r),
        _ => None,
    };
    view! {
        <Show when=move || reason().is_some()>
            <div class="banner error" role="alert">
                <p>
                    <strong>{t!("editor.not_saved")}</strong>
                    {move || reason().map(|r| r.to_string())}
                    {t!("editor.not_saved_advice")}
                </p>
                <p class="actions">
                    <button type="button" on:click=move |_| export()>{t!("editor.export")}</button>
                    <button type="button" class="secondary" on:click=move |_| retry()>{t!("editor.retry")}</button>
                </p>
            </div>
        </Show>
    }
}
