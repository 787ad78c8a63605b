//! The editing session of one open draft: undo steps, the copy an undo step
//! starts from, another tab's version, conflicts and the save status.
//!
//! A plain type driven by events, with the time passed in (milliseconds), so
//! every transition is tested natively. The draft itself stays with the
//! caller (in the UI, a signal): the session copies it only when a step needs
//! it, never at every key press.

use crate::model::{Draft, History};

use super::{SaveError, StorageError};

/// Typing that pauses less than this stays one undo step.
pub const STEP_GAP_MS: f64 = 1000.0;
/// How long after the last change [`EditSession::pause_elapsed`] is due; below
/// [`STEP_GAP_MS`], so the copy is taken before the next step can begin.
pub const SNAPSHOT_DELAY_MS: u64 = 250;
/// How long typing may pause before a save.
pub const SAVE_DELAY_MS: u64 = 400;
/// Undo steps kept per open draft.
pub const HISTORY_LIMIT: usize = 100;

/// How the open draft stands against storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// No draft open, or nothing typed since it was opened.
    Idle,
    Saved,
    /// A change waits for the debounce to end.
    Pending,
    /// The last save failed; the edit is kept in memory.
    NotSaved(NotSaved),
}

/// Why the last save failed, said in the language of the moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// Another tab saved a newer version.
    OtherTab,
    Storage(StorageError),
}

impl std::fmt::Display for NotSaved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotSaved::OtherTab => f.write_str(&rust_i18n::t!("app.changed_in_other_tab")),
            NotSaved::Storage(e) => e.fmt(f),
        }
    }
}

/// A change of the draft the session itself asked for, so that the change
/// notice that follows is not taken for the user's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Echo {
    /// Undo or redo wrote the draft: saved, but not a new step.
    Restored,
    /// Another tab's version replaced the draft: neither saved nor a step.
    Replaced,
}

/// The "… deleted." notice with its Undo button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Toast {
    None,
    /// Just shown: the change that made it does not dismiss it.
    Fresh,
    Shown,
}

/// What the caller does after a change of the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Changed {
    /// The change is the user's: save it once typing pauses, and call
    /// [`EditSession::pause_elapsed`] after [`SNAPSHOT_DELAY_MS`].
    pub save: bool,
    /// Hide the "… deleted." notice.
    pub dismiss_toast: bool,
}

/// What to do about a revision another tab saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherTab {
    /// Not newer than this one's: nothing.
    Ignore,
    /// Nothing is unsaved here: read their version and pass it to
    /// [`EditSession::take_theirs`].
    Load,
    /// Changes here are unsaved: the user chooses (status and conflict set).
    Conflict,
}

/// The state machine of one open draft.
#[derive(Clone, Debug)]
pub struct EditSession {
    history: History<Draft>,
    /// The draft as it was after the last change, taken once typing pauses
    /// (see [`EditSession::pause_elapsed`]) rather than at every key press.
    last: Draft,
    /// The draft changed since `last` was taken.
    stale: bool,
    /// The next change starts a new undo step.
    new_step: bool,
    last_change_ms: f64,
    echo: Option<Echo>,
    toast: Toast,
    /// Changed since the last successful save.
    dirty: bool,
    /// Another tab saved this revision while changes here were unsaved.
    conflict: Option<u64>,
    status: SaveStatus,
}

impl EditSession {
    /// A session on a draft just read from storage.
    pub fn new(draft: &Draft) -> Self {
        EditSession {
            history: History::new(HISTORY_LIMIT),
            last: draft.clone(),
            stale: false,
            new_step: true,
            last_change_ms: 0.0,
            echo: None,
            toast: Toast::None,
            dirty: false,
            conflict: None,
            status: SaveStatus::Saved,
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    pub fn status(&self) -> &SaveStatus {
        &self.status
    }

    /// The revision another tab saved over unsaved changes here, while the
    /// user has not chosen.
    pub fn conflict(&self) -> Option<u64> {
        self.conflict
    }

    /// There are changes to save, and nothing stands in the way.
    pub fn wants_save(&self) -> bool {
        self.dirty && self.conflict.is_none()
    }

    /// The draft changed at `now_ms` (after the change).
    pub fn changed(&mut self, now_ms: f64) -> Changed {
        if self.echo == Some(Echo::Replaced) {
            self.echo = None;
            return Changed {
                save: false,
                dismiss_toast: false,
            };
        }
        let dismiss_toast = match self.toast {
            Toast::Fresh => {
                self.toast = Toast::Shown;
                false
            }
            Toast::Shown => {
                self.toast = Toast::None;
                true
            }
            Toast::None => false,
        };
        if self.echo.take() == Some(Echo::Restored) {
            // `travel` already set `last` to the state it restored.
        } else if self.new_step || now_ms - self.last_change_ms > STEP_GAP_MS {
            self.history.record(self.last.clone());
        }
        self.new_step = false;
        self.last_change_ms = now_ms;
        self.stale = true;
        self.dirty = true;
        self.status = SaveStatus::Pending;
        Changed {
            save: true,
            dismiss_toast,
        }
    }

    /// Typing paused: `current` is what the next undo step goes back to.
    pub fn pause_elapsed(&mut self, current: &Draft) {
        if self.stale {
            self.last = current.clone();
            self.stale = false;
        }
    }

    /// The next change is its own undo step (add, delete, move…); `current`
    /// is the draft before it.
    pub fn begin_step(&mut self, current: &Draft) {
        self.pause_elapsed(current);
        self.new_step = true;
    }

    /// A "… deleted." notice is shown; the next change but one hides it.
    pub fn toast_shown(&mut self) {
        self.toast = Toast::Fresh;
    }

    /// The draft to show instead of `current`, one step back.
    pub fn undo(&mut self, current: Draft) -> Option<Draft> {
        self.travel(current, true)
    }

    /// The draft to show instead of `current`, one step forward.
    pub fn redo(&mut self, current: Draft) -> Option<Draft> {
        self.travel(current, false)
    }

    fn travel(&mut self, current: Draft, back: bool) -> Option<Draft> {
        // Storage bookkeeping is not part of what is undone.
        let revision = current.revision;
        let updated_at = current.updated_at.clone();
        let mut state = if back {
            self.history.undo(current)
        } else {
            self.history.redo(current)
        }?;
        state.revision = revision;
        state.updated_at = updated_at;
        self.echo = Some(Echo::Restored);
        self.new_step = true;
        self.toast = Toast::None;
        self.last = state.clone();
        self.stale = false;
        Some(state)
    }

    /// A save succeeded.
    pub fn saved(&mut self) {
        self.dirty = false;
        self.status = SaveStatus::Saved;
    }

    /// A save was refused; the changes stay in memory.
    pub fn save_failed(&mut self, error: SaveError) {
        match error {
            SaveError::Conflict { theirs } => {
                self.conflict = Some(theirs);
                self.status = SaveStatus::NotSaved(NotSaved::OtherTab);
            }
            SaveError::Storage(e) => self.status = SaveStatus::NotSaved(NotSaved::Storage(e)),
        }
    }

    /// Another tab saved revision `theirs`; this one holds revision `mine`.
    pub fn other_tab_saved(&mut self, theirs: u64, mine: u64) -> OtherTab {
        if theirs <= mine {
            return OtherTab::Ignore;
        }
        if self.dirty {
            self.conflict = Some(theirs);
            self.status = SaveStatus::NotSaved(NotSaved::OtherTab);
            OtherTab::Conflict
        } else {
            OtherTab::Load
        }
    }

    /// Replaces `current` with the version another tab stored, which is
    /// returned to show. `current` stays one undo away, so nothing typed is
    /// lost; the replacement is neither saved again nor an undo step.
    pub fn take_theirs(&mut self, current: Draft, theirs: Draft) -> Draft {
        self.history.record(current);
        self.echo = Some(Echo::Replaced);
        self.last = theirs.clone();
        self.stale = false;
        self.new_step = true;
        self.dirty = false;
        self.conflict = None;
        self.status = SaveStatus::Saved;
        theirs
    }

    /// In a conflict, the user keeps this version: it is saved over theirs.
    /// Returns their revision, which the draft takes before the save.
    pub fn keep_mine(&mut self) -> Option<u64> {
        self.dirty = true;
        self.conflict.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(title: &str) -> Draft {
        let mut d = Draft::blank("2026-01-01T00:00:00Z");
        d.overview.title = title.to_string();
        d
    }

    /// Sets the title as a user would, and tells the session at `t`.
    fn type_title(s: &mut EditSession, d: &mut Draft, title: &str, t: f64) -> Changed {
        d.overview.title = title.to_string();
        s.changed(t)
    }

    /// A session over a blank draft in which `title` was just typed.
    fn typed(title: &str) -> (EditSession, Draft) {
        let mut d = draft("");
        let mut s = EditSession::new(&d);
        type_title(&mut s, &mut d, title, 1000.0);
        (s, d)
    }

    /// Undoes one step and checks the title it brings back.
    #[track_caller]
    fn undone(s: &mut EditSession, d: Draft, expected: &str) -> Draft {
        let d = s.undo(d).unwrap();
        assert_eq!(title(&d), expected);
        d
    }

    /// Redoes one step and checks the title it brings back.
    #[track_caller]
    fn redone(s: &mut EditSession, d: Draft, expected: &str) -> Draft {
        let d = s.redo(d).unwrap();
        assert_eq!(title(&d), expected);
        d
    }

    fn title(d: &Draft) -> &str {
        &d.overview.title
    }

    #[test]
    fn typing_within_the_gap_is_one_step_and_a_pause_starts_another() {
        let mut d = draft("");
        let mut s = EditSession::new(&d);
        assert!(!s.can_undo());
        type_title(&mut s, &mut d, "a", 1000.0);
        type_title(&mut s, &mut d, "ab", 1300.0);
        s.pause_elapsed(&d);
        type_title(&mut s, &mut d, "abc", 1600.0);
        s.pause_elapsed(&d);
        // A pause longer than the gap.
        type_title(&mut s, &mut d, "abcd", 4000.0);
        s.pause_elapsed(&d);
        type_title(&mut s, &mut d, "abcde", 4200.0);

        let d = undone(&mut s, d, "abc");
        let d = undone(&mut s, d, "");
        assert!(!s.can_undo());
        let d = redone(&mut s, d, "abc");
        redone(&mut s, d, "abcde");
        assert!(!s.can_redo());
    }

    #[test]
    fn an_explicit_step_is_its_own_undo_step_even_within_the_gap() {
        let (mut s, mut d) = typed("a");
        s.begin_step(&d);
        type_title(&mut s, &mut d, "a!", 1100.0);
        let d = undone(&mut s, d, "a");
        undone(&mut s, d, "");
    }

    #[test]
    fn a_restore_is_saved_but_is_not_a_new_step() {
        let (mut s, d) = typed("a");
        s.saved();
        let d = s.undo(d).unwrap();
        assert!(s.can_redo());
        // The draft signal notices the restored draft.
        let c = s.changed(1100.0);
        assert!(c.save);
        assert_eq!(s.status(), &SaveStatus::Pending);
        assert!(s.wants_save());
        // Nothing was recorded: redo is still there, undo is empty.
        assert!(!s.can_undo());
        assert!(s.can_redo());
        redone(&mut s, d, "a");
    }

    #[test]
    fn undo_keeps_the_revision_and_time_of_the_last_save() {
        let (mut s, mut d) = typed("a");
        d.revision = 7;
        d.updated_at = "later".into();
        s.saved();
        let d = s.undo(d).unwrap();
        assert_eq!((d.revision, d.updated_at.as_str()), (7, "later"));
    }

    #[test]
    fn undo_during_a_pending_save_leaves_it_pending() {
        let (mut s, d) = typed("a");
        assert_eq!(s.status(), &SaveStatus::Pending);
        let d = s.undo(d).unwrap();
        s.changed(1050.0);
        assert_eq!(title(&d), "");
        assert_eq!(s.status(), &SaveStatus::Pending);
        assert!(s.wants_save());
        s.saved();
        assert_eq!(s.status(), &SaveStatus::Saved);
        assert!(!s.wants_save());
    }

    #[test]
    fn another_tab_saving_while_this_one_is_clean_replaces_it_one_undo_away() {
        let mut d = draft("mine");
        d.revision = 3;
        let mut s = EditSession::new(&d);
        assert_eq!(s.other_tab_saved(3, d.revision), OtherTab::Ignore);
        assert_eq!(s.other_tab_saved(4, d.revision), OtherTab::Load);
        let mut theirs = draft("theirs");
        theirs.revision = 4;
        let mut d = s.take_theirs(d, theirs);
        // The replacement is neither saved nor a step.
        assert_eq!(
            s.changed(2000.0),
            Changed {
                save: false,
                dismiss_toast: false
            }
        );
        assert!(!s.wants_save());
        assert_eq!(s.status(), &SaveStatus::Saved);
        assert_eq!(title(&d), "theirs");
        // Typing after it goes back to theirs, then to mine.
        type_title(&mut s, &mut d, "theirs+", 2100.0);
        let d = undone(&mut s, d, "theirs");
        let d = undone(&mut s, d, "mine");
        assert_eq!(d.revision, 4, "revision stays the stored one");
    }

    #[test]
    fn another_tab_saving_while_this_one_is_dirty_is_a_conflict() {
        let (mut s, mut d) = typed("mine");
        assert_eq!(s.other_tab_saved(5, d.revision), OtherTab::Conflict);
        assert_eq!(s.conflict(), Some(5));
        assert_eq!(s.status(), &SaveStatus::NotSaved(NotSaved::OtherTab));
        assert!(!s.wants_save(), "never saved over theirs unasked");
        // Typing on does not save either.
        type_title(&mut s, &mut d, "mine!", 1200.0);
        assert!(!s.wants_save());
        // Keep mine: saved over their revision.
        assert_eq!(s.keep_mine(), Some(5));
        assert!(s.wants_save());
        s.saved();
        assert_eq!(s.status(), &SaveStatus::Saved);
    }

    #[test]
    fn a_conflict_resolved_by_loading_theirs_keeps_mine_one_undo_away() {
        let (mut s, d) = typed("mine");
        s.other_tab_saved(5, d.revision);
        let d = s.take_theirs(d, draft("theirs"));
        s.changed(1500.0);
        assert_eq!(s.conflict(), None);
        assert_eq!(s.status(), &SaveStatus::Saved);
        undone(&mut s, d, "mine");
    }

    #[test]
    fn a_save_refused_by_a_newer_revision_is_a_conflict() {
        let (mut s, _) = typed("a");
        s.save_failed(SaveError::Conflict { theirs: 9 });
        assert_eq!(s.conflict(), Some(9));
        assert!(!s.wants_save());
    }

    #[test]
    fn a_save_refused_by_storage_keeps_the_change_to_retry() {
        let (mut s, _) = typed("a");
        s.save_failed(SaveError::Storage(StorageError::Full));
        assert_eq!(
            s.status(),
            &SaveStatus::NotSaved(NotSaved::Storage(StorageError::Full))
        );
        assert!(s.wants_save());
    }

    #[test]
    fn the_deleted_notice_survives_its_own_change_and_goes_at_the_next() {
        let mut d = draft("");
        let mut s = EditSession::new(&d);
        s.begin_step(&d);
        s.toast_shown();
        assert!(!type_title(&mut s, &mut d, "a", 1000.0).dismiss_toast);
        assert!(type_title(&mut s, &mut d, "ab", 1100.0).dismiss_toast);
        assert!(!type_title(&mut s, &mut d, "abc", 1200.0).dismiss_toast);
    }
}
