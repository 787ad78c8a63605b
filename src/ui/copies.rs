//! The stored copies the index does not describe: read after start, then
//! every copy hashed, one per idle moment, so that no start waits; a
//! running programme's copy is read again too, since what the list says of
//! it (pairs gone quiet, finished) depends on the day. Reading a copy means
//! parsing a programme, which the part `library` does: a first visit, or
//! one whose copies are all as the index says and none running, never
//! fetches it.
//! Nobody asked for this work, so a part that cannot be fetched (offline
//! before the service worker kept it) stops it without a word; the next
//! visit does it.

use super::browser;
use super::parts::{part, quietly};
use super::state::AppState;
use crate::model::Id;
use crate::store::{Hashed, Library};

/// Reads what the index missed at start, then checks every copy against
/// what the index recorded of it; the lists show what is found (a damaged
/// copy is listed as damaged at once).
pub fn read_then_check(state: AppState) {
    if state.read(Library::has_unread) {
        quietly(read_unread(state), move |()| check_when_idle(state));
    } else {
        check_when_idle(state);
    }
}

fn check_when_idle(state: AppState) {
    browser::when_idle(move || match state.hash_next() {
        Some(Hashed::Sound(_)) => check_when_idle(state),
        Some(Hashed::Running(id, raw)) => {
            quietly(restand_copy(state, id, raw), move |()| {
                check_when_idle(state)
            });
        }
        Some(Hashed::Differs(id, raw)) => {
            quietly(describe_copy(state, id, raw), move |()| {
                check_when_idle(state)
            });
        }
        None => {}
    });
}

part! { library:
    /// Reads the stored copies the index did not describe at start.
    fn read_unread(state: AppState) -> () {
        state.write(Library::read_unread);
    }
}

part! { library:
    /// Reads again a running programme's copy, `raw`, to list where it
    /// stands today: a pair gone quiet since the last save is flagged.
    fn restand_copy(state: AppState, id: Id, raw: String) -> () {
        let now = browser::now();
        state.write(|l| l.restand_copy(id, &raw, &now));
    }
}

part! { library:
    /// Reads a stored copy, `raw`, that differs from its entry: listed as it
    /// reads, or as damaged.
    fn describe_copy(state: AppState, id: Id, raw: String) -> () {
        state.write(|l| l.describe_copy(id, &raw));
    }
}
