use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{Storage, StorageError};

/// Storage in memory: for tests, and for browsers that refuse to store.
/// An optional quota (characters of keys plus values, in UTF-16 code units
/// as browsers count them; see [`LOCAL_STORAGE_LIMIT`](super::LOCAL_STORAGE_LIMIT))
/// makes "storage full" testable.
#[derive(Default, Debug)]
pub struct MemoryStorage {
    items: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryStorage {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(chars: usize) -> Self {
        MemoryStorage {
            quota: Some(chars),
            ..Self::default()
        }
    }

    /// Everything stored, for tests that compare before and after.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }

    fn used_without(&self, key: &str) -> usize {
        self.items
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| weight(k) + weight(v))
            .sum()
    }
}

fn weight(s: &str) -> usize {
    super::fingerprint::chars(s)
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota
            && self.used_without(key) + weight(key) + weight(value) > quota
        {
            return Err(StorageError::Full);
        }
        self.items
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        Ok(self
            .items
            .borrow()
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }
}
