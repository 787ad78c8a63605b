//! Undo and redo: a bounded list of earlier states of a draft.

use std::collections::VecDeque;

/// Earlier and later states around the current one. The caller decides what
/// counts as one step (a burst of typing, or one structural change).
#[derive(Clone, Debug)]
pub struct History<T> {
    past: VecDeque<T>,
    future: Vec<T>,
    limit: usize,
}

impl<T> History<T> {
    /// Keeps at most `limit` steps to undo.
    pub fn new(limit: usize) -> Self {
        History {
            past: VecDeque::new(),
            future: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Notes the state before a change. A new change drops what could be redone.
    pub fn record(&mut self, before: T) {
        if self.past.len() == self.limit {
            self.past.pop_front();
        }
        self.past.push_back(before);
        self.future.clear();
    }

    /// The state to go back to, given the current one (kept for redo).
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop_back()?;
        self.future.push(current);
        Some(previous)
    }

    /// The state to go forward to, given the current one (kept for undo).
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push_back(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_walk_back_and_forth() {
        let mut h = History::new(10);
        let mut state = 0;
        for next in 1..=3 {
            h.record(state);
            state = next;
        }
        state = h.undo(state).unwrap();
        assert_eq!(state, 2);
        state = h.undo(state).unwrap();
        assert_eq!(state, 1);
        state = h.redo(state).unwrap();
        assert_eq!(state, 2);
        // A new change forgets the redo branch.
        h.record(state);
        state = 9;
        assert!(!h.can_redo());
        assert_eq!(h.undo(state), Some(2));
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::new(2);
        h.record(1);
        h.record(2);
        h.record(3);
        assert_eq!(h.undo(4), Some(3));
        assert_eq!(h.undo(3), Some(2));
        assert_eq!(h.undo(2), None);
        assert!(!h.can_undo());
    }
}
