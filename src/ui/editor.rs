//! The editor: one open draft, its screens, and autosave.
//!
//! Every change to the draft signal marks it dirty and (re)starts a short
//! timer; when the timer ends, or the tab is hidden or closed, or the editor is
//! left, the draft is saved. A failed save keeps the edit in memory, says why,
//! and offers export.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use rust_i18n::t;

use wasm_bindgen::JsCast;

use super::actions::{CommunicationScreen, EvaluationScreen};
use super::browser;
use super::budget::BudgetScreen;
use super::call::CallScreen;
use super::contents::ContentsScreen;
use super::overview::OverviewScreen;
use super::people::PeopleScreen;
use super::phases::PhasesScreen;
use super::planning::PlanningScreen;
use super::review::ReviewScreen;
use super::route::{Route, Screen};
use super::selection::SelectionScreen;
use super::state::{AppState, SaveStatus, use_state};
use super::summary::SummaryScreen;
use crate::format;
use crate::model::{BudgetCategory, Draft, Id, PhaseKind, Target};
use crate::store::OpenError;
use crate::store::session::{EditSession, OtherTab, SAVE_DELAY_MS, SNAPSHOT_DELAY_MS};

#[component]
pub fn Editor(id: Id) -> impl IntoView {
    let state = use_state();
    match state.library.with_value(|l| l.open(id)) {
        Ok(d) => view! { <OpenDraft draft=d /> }.into_any(),
        Err(OpenError::Damaged { error, .. }) => {
            state.library.update_value(|l| l.mark_damaged(id));
            state.refresh();
            view! { <Damaged id error=error.to_string() /> }.into_any()
        }
        Err(e) => view! {
            <section class="screen narrow" aria-labelledby="missing-title">
                <h1 id="missing-title">{t!("editor.not_found")}</h1>
                <p>{t!("editor.not_found_why", error = e)}</p>
                <p><a href="#/">{t!("editor.back")}</a></p>
            </section>
        }
        .into_any(),
    }
}

/// Offers the stored text of a damaged draft, as it is, as a file.
pub(super) fn download_damaged(state: AppState, id: Id) {
    let result = match state.library.with_value(|l| l.raw(id)) {
        Ok(Some(raw)) => browser::download(&format!("damaged-{id}.json"), &raw, "application/json"),
        Ok(None) => Err(crate::store::OpenError::NotFound.to_string()),
        Err(e) => Err(e.to_string()),
    };
    if let Err(e) = result {
        state.notice.set(e);
    }
}

/// A stored draft that cannot be read: say so, never overwrite it, offer its text.
#[component]
fn Damaged(id: Id, error: String) -> impl IntoView {
    let state = use_state();
    let download = move |_| download_damaged(state, id);
    view! {
        <section class="screen narrow" aria-labelledby="damaged-title">
            <h1 id="damaged-title">{t!("editor.damaged_title")}</h1>
            <p>{t!("editor.damaged_copy")}<code>{error}</code></p>
            <p>{t!("editor.damaged_advice")}</p>
            <p class="actions">
                <button type="button" on:click=download>{t!("editor.damaged_download")}</button>
                <a href="#/">{t!("editor.back")}</a>
            </p>
        </section>
    }
}

/// What every editor screen shares: the open draft and the editing helpers.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    pub draft: RwSignal<Draft>,
    /// The list item whose form is open, on screens that list items.
    pub open_item: RwSignal<Option<Id>>,
    /// Undo steps, another tab's version, conflicts and the save status.
    session: StoredValue<EditSession, LocalStorage>,
    /// Calls `EditSession::pause_elapsed` once typing pauses.
    snapshot_timer: StoredValue<Option<TimeoutHandle>>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// "Phase … deleted." with an Undo button, until the next change.
    pub toast: RwSignal<Option<String>>,
    /// Item to open and element to focus once the screen a link leads to is shown.
    pending: StoredValue<Option<(Option<Id>, String)>>,
    /// Another tab saved this revision while this one has unsaved changes.
    pub conflict: RwSignal<Option<u64>>,
    /// The app's save status, which shows the session's.
    save_status: RwSignal<SaveStatus>,
    /// The kind chosen in the row that adds a phase (a finding's link can
    /// choose it).
    pub next_phase_kind: RwSignal<PhaseKind>,
    /// The category chosen in the row that adds a budget line.
    pub next_budget_category: RwSignal<BudgetCategory>,
}

impl EditorCtx {
    fn new(draft: Draft, save_status: RwSignal<SaveStatus>) -> Self {
        EditorCtx {
            save_status,
            session: StoredValue::new_local(EditSession::new(&draft)),
            snapshot_timer: StoredValue::new(None),
            draft: RwSignal::new(draft),
            open_item: RwSignal::new(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            toast: RwSignal::new(None),
            pending: StoredValue::new(None),
            conflict: RwSignal::new(None),
            next_phase_kind: RwSignal::new(PhaseKind::CollectiveMentoring),
            next_budget_category: RwSignal::new(BudgetCategory::Other),
        }
    }

    /// Applies an event to the session, then shows what it changed.
    fn session<R>(&self, event: impl FnOnce(&mut EditSession) -> R) -> Option<R> {
        let result = self.session.try_update_value(event)?;
        self.show_session();
        Some(result)
    }

    /// Copies the session's state into the signals the page reads, setting
    /// only those that changed.
    fn show_session(&self) {
        let Some((can_undo, can_redo, conflict, status)) = self
            .session
            .try_with_value(|s| (s.can_undo(), s.can_redo(), s.conflict(), s.status().clone()))
        else {
            return;
        };
        fn put<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
            if signal.try_with_untracked(|v| *v != value) == Some(true) {
                signal.set(value);
            }
        }
        put(self.can_undo, can_undo);
        put(self.can_redo, can_redo);
        put(self.conflict, conflict);
        put(self.save_status, status);
    }

    /// The next change is its own undo step (add, delete, move…).
    pub fn begin_step(&self) {
        let _ = self
            .draft
            .try_with_untracked(|d| self.session.try_update_value(|s| s.begin_step(d)));
    }

    /// Tells the session a moment after typing stops. Copying a large draft
    /// at every keystroke would cost more than the keystroke; the copy is
    /// only needed when the next undo step begins, which is after a pause
    /// longer than this delay, or at `begin_step`, which takes it at once.
    fn pause_soon(&self) {
        if let Some(t) = self.snapshot_timer.get_value() {
            t.clear();
        }
        let ctx = *self;
        let pause = move || {
            let _ = ctx
                .draft
                .try_with_untracked(|d| ctx.session.try_update_value(|s| s.pause_elapsed(d)));
        };
        self.snapshot_timer.set_value(
            set_timeout_with_handle(pause, Duration::from_millis(SNAPSHOT_DELAY_MS)).ok(),
        );
    }

    /// Replaces the draft with a version read from storage. The current one
    /// stays one undo away, so nothing typed is lost.
    fn replace_from_storage(&self, stored: Draft) {
        let current = self.draft.get_untracked();
        if let Some(theirs) = self.session(|s| s.take_theirs(current, stored)) {
            self.draft.set(theirs);
        }
    }

    /// Called for every change of the draft. Returns whether the change is
    /// the user's (and so must be saved).
    fn changed(&self) -> bool {
        let Some(change) = self.session(|s| s.changed(js_sys::Date::now())) else {
            return false;
        };
        if change.dismiss_toast {
            self.toast.set(None);
        }
        if change.save {
            self.pause_soon();
        }
        change.save
    }

    pub fn undo(&self) {
        self.travel(true);
    }

    pub fn redo(&self) {
        self.travel(false);
    }

    fn travel(&self, back: bool) {
        let current = self.draft.get_untracked();
        let target = self
            .session(|s| {
                if back {
                    s.undo(current)
                } else {
                    s.redo(current)
                }
            })
            .flatten();
        if let Some(state) = target {
            self.toast.set(None);
            self.draft.set(state);
        }
    }

    /// Shows "… deleted." with an Undo button.
    pub fn deleted(&self, message: String) {
        self.session.update_value(EditSession::toast_shown);
        self.toast.set(Some(message));
    }

    /// Moves keyboard focus to element `id` once the DOM has caught up.
    pub fn focus_later(&self, id: String) {
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }

    /// Takes the user to the field a finding is about: its screen, its item
    /// unfolded, the keyboard in the field.
    pub fn go_to(&self, target: Target) {
        let (screen, item, element) = match target {
            Target::Overview(f) => (Screen::Overview, None, format!("ov-{f}")),
            Target::Organiser(id, f) => (Screen::Overview, None, format!("org-{id}-{f}")),
            Target::Phase(id, f) => (Screen::Phases, Some(id), format!("phase-{id}-{f}")),
            Target::Content(id, f) => (Screen::Contents, Some(id), format!("content-{id}-{f}")),
            Target::Person(id, f) => (Screen::People, Some(id), format!("person-{id}-{f}")),
            Target::Selection(f) => (Screen::Selection, None, format!("sel-{f}")),
            Target::Criterion(id) => (Screen::Selection, None, format!("crit-{id}-weight")),
            Target::Budget => (Screen::Budget, None, "budget-add".to_string()),
            Target::AddBudgetLine(category) => {
                self.next_budget_category.set(category);
                (Screen::Budget, None, "budget-new-category".to_string())
            }
            Target::SuggestExpertLines => (Screen::Budget, None, "budget-suggest".to_string()),
            Target::AddPhase(kind) => {
                self.next_phase_kind.set(kind);
                (Screen::Phases, None, "new-phase-kind".to_string())
            }
            Target::Evaluation => (Screen::Evaluation, None, "evaluation-add".to_string()),
            Target::BudgetLine(id, f) => (Screen::Budget, Some(id), format!("line-{id}-{f}")),
            Target::Milestone(id) => (Screen::Planning, Some(id), format!("milestone-{id}-date")),
            Target::Call(f) => (Screen::Call, None, format!("call-{f}")),
        };
        let state = use_state();
        let here =
            matches!(state.route.get_untracked(), Route::Draft { screen: s, .. } if s == screen);
        if here {
            self.open_item.set(item);
            self.focus_later(element);
        } else {
            self.pending.set_value(Some((item, element)));
            let id = self.draft.with_untracked(|d| d.id);
            browser::go(&Route::Draft { id, screen }.href());
        }
    }

    /// Says something to screen readers (the page's polite status line).
    pub fn announce(&self, message: String) {
        use_state().notice.set(message);
    }
}

#[component]
fn OpenDraft(draft: Draft) -> impl IntoView {
    let state = use_state();
    let id = draft.id;
    let ctx = EditorCtx::new(draft, state.save);
    provide_context(ctx);
    let draft = ctx.draft;
    let timer = StoredValue::new(None::<TimeoutHandle>);
    ctx.show_session();

    let save_now = move || {
        if let Some(t) = timer.try_get_value().flatten() {
            t.clear();
        }
        timer.try_set_value(None);
        if ctx.session.try_with_value(EditSession::wants_save) != Some(true) {
            return;
        }
        save(state, ctx);
    };
    // Takes the version another tab stored, keeping this one in the undo history.
    let load_theirs = move || match state.library.with_value(|l| l.open(id)) {
        Ok(theirs) => {
            ctx.replace_from_storage(theirs);
        }
        Err(e) => state
            .notice
            .set(t!("editor.theirs_unreadable", error = e).into_owned()),
    };
    let keep_mine = move || {
        if let Some(theirs) = ctx.session(EditSession::keep_mine).flatten() {
            draft.update_untracked(|d| d.revision = theirs);
        }
        save_now();
    };
    let copy_mine = move || {
        let now = browser::now();
        let titles: Vec<String> = state
            .library
            .with_value(|l| l.titles().map(str::to_string).collect());
        let copy = draft.with_untracked(|d| d.duplicate(&now, titles.iter().map(String::as_str)));
        let name = copy.display_title().to_string();
        match state.library.try_update_value(|l| l.create(&copy, &now)) {
            Some(Ok(_)) => {
                load_theirs();
                state.refresh();
                state.notice.set(
                    t!("editor.kept_as_copy", title = super::fields::quoted(&name)).into_owned(),
                );
            }
            Some(Err(e)) => state
                .notice
                .set(t!("editor.copy_failed", error = e).into_owned()),
            None => {}
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
        state.library.update_value(|l| {
            let _ = l.reload_index();
        });
        let theirs = state
            .library
            .with_value(|l| l.entry(id).map(|x| x.revision));
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
        match ctx.pending.try_update_value(Option::take).flatten() {
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
        match browser::download(&d.export_file_name(), &text, "application/json") {
            Ok(()) => {
                state
                    .library
                    .update_value(|l| l.mark_exported(&[id], &browser::now()));
                state
                    .notice
                    .set(t!("app.exported_as", name = d.export_file_name()).into_owned());
            }
            Err(e) => state.notice.set(e),
        }
    };
    let title =
        move || draft.with(|d| super::labels::programme_title(&d.overview.title).into_owned());

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
                </div>
            </div>
            <nav class="screens" aria-label=t!("editor.parts")>
                <ul>
                    {Screen::ALL
                        .into_iter()
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
            </nav>
            {move || ctx.toast.get().map(|message| view! {
                <div class="toast" role="status">
                    <span>{message}</span>
                    <button type="button" class="secondary" on:click=move |_| ctx.undo()>{t!("editor.undo")}</button>
                </div>
            })}
            {move || match screen.get() {
                Screen::Overview => view! { <OverviewScreen draft=draft /> }.into_any(),
                Screen::Phases => view! { <PhasesScreen /> }.into_any(),
                Screen::Contents => view! { <ContentsScreen /> }.into_any(),
                Screen::People => view! { <PeopleScreen /> }.into_any(),
                Screen::Selection => view! { <SelectionScreen /> }.into_any(),
                Screen::Budget => view! { <BudgetScreen /> }.into_any(),
                Screen::Planning => view! { <PlanningScreen /> }.into_any(),
                Screen::Communication => view! { <CommunicationScreen /> }.into_any(),
                Screen::Evaluation => view! { <EvaluationScreen /> }.into_any(),
                Screen::Call => view! { <CallScreen /> }.into_any(),
                Screen::Review => view! { <ReviewScreen /> }.into_any(),
                Screen::Summary => view! { <SummaryScreen /> }.into_any(),
            }}
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
    let draft = ctx.draft;
    let now = browser::now();
    let result = super::perf::span("ts:autosave", || {
        state
            .library
            .try_update_value(|l| draft.try_update_untracked(|d| l.save_checked(d, &now)))
            .flatten()
    });
    match result {
        Some(Ok(revision)) => {
            draft.update_untracked(|d| {
                d.revision = revision;
                d.updated_at = now;
            });
            ctx.session(EditSession::saved);
            state.refresh();
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
