//! The drafts library: where drafts are kept between visits.
//!
//! A [`Storage`] is a string key–value store (the browser's `localStorage`, or
//! memory in tests and when the browser refuses to store). The [`Library`] keeps
//! a small index of all drafts under one key and each draft under its own, so
//! the home screen reads one short entry and a draft is parsed only when opened.

pub mod fingerprint;
mod library;
mod local;
mod memory;
pub mod session;
mod usage;

pub use library::*;
pub use local::LocalStorage;
pub use memory::MemoryStorage;
pub use usage::{LOCAL_STORAGE_LIMIT, StorageUse};

/// Every key the app writes, in one place. The `v1` is the layout of the keys,
/// not the schema of a draft (that lives inside each value).
pub mod keys {
    use crate::model::Id;

    pub const PREFIX: &str = "trajectory-studio/v1/";
    pub const INDEX: &str = "trajectory-studio/v1/index";
    pub const DRAFT_PREFIX: &str = "trajectory-studio/v1/draft/";
    /// Small choices of the person using this browser (folded guides…).
    pub const PREFS: &str = "trajectory-studio/v1/prefs";
    /// Where an index that could not be read is set aside, never overwritten.
    pub const DAMAGED_INDEX: &str = "trajectory-studio/v1/index.damaged";

    /// The version last exported or imported, one per programme.
    pub const BASE_PREFIX: &str = "trajectory-studio/v1/base/";
    /// The programmes with a base, the oldest kept first.
    pub const BASES: &str = "trajectory-studio/v1/bases";

    /// A committee member's scoring sheet, by member id, in the member's browser.
    pub const SHEET_PREFIX: &str = "trajectory-studio/v1/sheet/";

    /// A mentor's log sheet, by mentor id, in the mentor's browser.
    pub const LOG_PREFIX: &str = "trajectory-studio/v1/log/";

    pub fn sheet(member: Id) -> String {
        format!("{SHEET_PREFIX}{member}")
    }

    pub fn draft(id: Id) -> String {
        format!("{DRAFT_PREFIX}{id}")
    }

    pub fn base(id: Id) -> String {
        format!("{BASE_PREFIX}{id}")
    }
}

/// Why the browser did not store something.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("{}", rust_i18n::t!("store.unavailable"))]
    Unavailable,
    #[error("{}", rust_i18n::t!("store.full"))]
    Full,
    #[error("{}", rust_i18n::t!("store.mismatch"))]
    Mismatch,
    #[error("{}", rust_i18n::t!("store.other", reason = .0))]
    Other(String),
}

/// A string key–value store. Every call can fail; none may panic.
pub trait Storage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// All keys that start with `prefix`.
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError>;

    /// Length of the value under `key` in UTF-16 code units (a JavaScript
    /// string's `length`, which the browser knows without reading the text);
    /// `None` when there is no such key.
    fn utf16_len(&self, key: &str) -> Result<Option<usize>, StorageError> {
        Ok(self.get(key)?.map(|v| fingerprint::chars(&v)))
    }

    /// Writes `value`, then reads it back: [`StorageError::Mismatch`] when
    /// storage kept anything else. Gives the stored length in UTF-16 code
    /// units, what [`utf16_len`](Self::utf16_len) reports from now on.
    fn set_verified(&self, key: &str, value: &str) -> Result<usize, StorageError> {
        self.set(key, value)?;
        if self.get(key)?.as_deref() != Some(value) {
            return Err(StorageError::Mismatch);
        }
        Ok(fingerprint::chars(value))
    }
}

/// A storage shared by handle: tests keep one to look inside what a library
/// wrote, and two libraries on one storage act as two tabs.
impl<S: Storage + ?Sized> Storage for std::rc::Rc<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        (**self).keys(prefix)
    }
    fn utf16_len(&self, key: &str) -> Result<Option<usize>, StorageError> {
        (**self).utf16_len(key)
    }
    fn set_verified(&self, key: &str, value: &str) -> Result<usize, StorageError> {
        (**self).set_verified(key, value)
    }
}
