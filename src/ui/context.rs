//! What every editor screen shares: the open draft, the item unfolded, the
//! editing session (undo, save status, another tab's version) and the way a
//! finding's link takes the user to its field.

use std::time::Duration;

use leptos::prelude::*;

use super::browser;
use super::route::{Route, Screen};
use super::state::{SaveStatus, use_state};
use crate::model::{Draft, Field, Id, Target};
use crate::store::session::{EditSession, SNAPSHOT_DELAY_MS};

/// The open programme's editor, as a screen or widget below it finds it:
/// its context and the draft to read.
pub fn use_editor() -> (EditorCtx, ReadSignal<Draft>) {
    let ctx = expect_context::<EditorCtx>();
    (ctx, ctx.draft())
}

/// What every editor screen shares: the open draft and the editing helpers.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    /// The open draft. Screens read it through [`EditorCtx::draft`] and change
    /// it through [`EditorCtx::change`] or [`EditorCtx::edit`] only, so that
    /// undo, autosave and merging see every change the same way.
    draft: RwSignal<Draft>,
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
    /// Where the last finding's link led: a screen's add row takes the
    /// choice it carries (the kind of phase, the category of line to add).
    led_to: RwSignal<Option<Target>>,
}

impl EditorCtx {
    pub(super) fn new(draft: Draft, save_status: RwSignal<SaveStatus>) -> Self {
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
            led_to: RwSignal::new(None),
        }
    }

    /// Applies an event to the session, then shows what it changed.
    pub(super) fn session<R>(&self, event: impl FnOnce(&mut EditSession) -> R) -> Option<R> {
        let result = self.session.try_update_value(event)?;
        self.show_session();
        Some(result)
    }

    /// Copies the session's state into the signals the page reads, setting
    /// only those that changed.
    pub(super) fn show_session(&self) {
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

    /// There are changes to save, and nothing stands in the way.
    pub(super) fn wants_save(&self) -> bool {
        self.session.try_with_value(EditSession::wants_save) == Some(true)
    }

    /// The item to open and element to focus that a link asked for, once.
    pub(super) fn take_pending(&self) -> Option<(Option<Id>, String)> {
        self.pending.try_update_value(Option::take).flatten()
    }

    /// The open draft, to read (tracked with `with`/`get`, or untracked).
    pub fn draft(&self) -> ReadSignal<Draft> {
        self.draft.read_only()
    }

    /// A deliberate change (add, delete, move, apply, a choice): always its
    /// own undo step. Gives what `change` gives, or `None` once the editor
    /// is gone.
    pub fn change<R>(&self, change: impl FnOnce(&mut Draft) -> R) -> Option<R> {
        self.begin_step();
        self.draft.try_update(change)
    }

    /// Typing in a field: changes made without a pause longer than the
    /// session's rule (`store::session`) are one undo step together.
    pub fn edit<R>(&self, change: impl FnOnce(&mut Draft) -> R) -> Option<R> {
        self.draft.try_update(change)
    }

    /// Puts a whole new version in place (a merge), as one undo step.
    pub fn replace(&self, draft: Draft) {
        self.begin_step();
        self.draft.set(draft);
    }

    /// Sets what saving tells the draft (its revision and time) without it
    /// counting as a change of the user's.
    pub(super) fn note_saved(&self, note: impl FnOnce(&mut Draft)) {
        self.draft.update_untracked(note);
    }

    /// Lends the draft to a save, which may stamp it, without waking readers.
    pub(super) fn lend<R>(&self, save: impl FnOnce(&mut Draft) -> R) -> Option<R> {
        self.draft.try_update_untracked(save)
    }

    /// The next change is its own undo step.
    fn begin_step(&self) {
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
    pub(super) fn replace_from_storage(&self, stored: Draft) {
        let current = self.draft.get_untracked();
        if let Some(theirs) = self.session(|s| s.take_theirs(current, stored)) {
            self.draft.set(theirs);
        }
    }

    /// Called for every change of the draft. Returns whether the change is
    /// the user's (and so must be saved).
    pub(super) fn changed(&self) -> bool {
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

    /// A choice of a screen's own (the kind of the next phase to add),
    /// starting at `default`, that a finding's link can make: `pick` reads
    /// it from the link's target.
    pub fn choice<T: Clone + Send + Sync + 'static>(
        &self,
        pick: fn(&Target) -> Option<T>,
        default: T,
    ) -> RwSignal<T> {
        let led_to = self.led_to;
        let initial = led_to.with_untracked(|t| t.as_ref().and_then(pick));
        let choice = RwSignal::new(initial.unwrap_or(default));
        Effect::new(move |first: Option<()>| {
            let picked = led_to.with(|t| t.as_ref().and_then(pick));
            if let (Some(_), Some(v)) = (first, picked) {
                choice.set(v);
            }
        });
        choice
    }

    /// Moves keyboard focus to `field` once its screen has drawn it.
    pub fn focus_field(&self, field: Field) {
        self.focus_later(field.element_id());
    }

    /// Moves keyboard focus to element `id` once the DOM has caught up.
    pub fn focus_later(&self, id: String) {
        browser::focus_soon(&id);
    }

    /// Takes the user to the field a finding is about: its screen, its item
    /// unfolded, the keyboard in the field.
    pub fn go_to(&self, target: Target) {
        let field = target.field();
        self.led_to.set(Some(target));
        let screen = Screen::of(field.form);
        // A card's form opens; the rows of short lists are always open.
        let item = field.item.filter(|_| field.form.is_card());
        let element = field.element_id();
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
