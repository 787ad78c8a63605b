//! The version of a programme this browser last exported or imported: the
//! common version a partner's copy is compared against. One per programme,
//! under its own key (so the storage meter counts it), and the first thing
//! to go when storage runs low: a base only makes a merge ask fewer
//! questions, a draft is the work itself.

use super::Library;
use crate::format;
use crate::model::{Draft, Id};
use crate::store::{StorageError, keys};

impl Library {
    /// Keeps `draft` as the base of its programme, replacing the one kept
    /// before. Never fails the export or import that keeps it: when storage
    /// is full even after dropping the older bases, there is simply none.
    pub fn keep_base(&mut self, draft: &Draft, now: &str) {
        let text = format::to_file(std::slice::from_ref(draft), now);
        let mut order = self.base_order();
        order.retain(|id| *id != draft.id);
        let _ = self.storage.remove(&keys::base(draft.id));
        loop {
            match self.storage.set_verified(&keys::base(draft.id), &text) {
                Ok(_) => {
                    order.push(draft.id);
                    break;
                }
                Err(StorageError::Full) if !order.is_empty() => {
                    let oldest = order.remove(0);
                    let _ = self.storage.remove(&keys::base(oldest));
                }
                Err(_) => {
                    let _ = self.storage.remove(&keys::base(draft.id));
                    break;
                }
            }
        }
        self.write_base_order(&order);
    }

    /// The base kept for programme `id`, if one is kept and still reads.
    pub fn base(&self, id: Id) -> Option<Draft> {
        let text = self.storage.get(&keys::base(id)).ok()??;
        let file = format::parse_file(text.as_bytes()).ok()?;
        file.drafts.into_iter().find(|d| d.id == id)
    }

    /// Forgets the base of programme `id`.
    pub fn drop_base(&mut self, id: Id) {
        let _ = self.storage.remove(&keys::base(id));
        let mut order = self.base_order();
        order.retain(|x| *x != id);
        self.write_base_order(&order);
    }

    /// Drops the oldest base to make room; whether there was one.
    pub(super) fn drop_oldest_base(&mut self) -> bool {
        let mut order = self.base_order();
        if order.is_empty() {
            return false;
        }
        let oldest = order.remove(0);
        let _ = self.storage.remove(&keys::base(oldest));
        self.write_base_order(&order);
        true
    }

    /// The programmes with a base, the oldest kept first. Bases whose key is
    /// gone are left out; a base no list names is listed first, to go first.
    fn base_order(&self) -> Vec<Id> {
        let listed: Vec<Id> = self
            .storage
            .get(keys::BASES)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let stored: Vec<Id> = self
            .storage
            .keys(keys::BASE_PREFIX)
            .unwrap_or_default()
            .iter()
            .filter_map(|k| k.strip_prefix(keys::BASE_PREFIX)?.parse().ok())
            .collect();
        let mut order: Vec<Id> = stored
            .iter()
            .filter(|id| !listed.contains(id))
            .copied()
            .collect();
        order.extend(listed.into_iter().filter(|id| stored.contains(id)));
        order
    }

    fn write_base_order(&self, order: &[Id]) {
        let text = serde_json::to_string(order).expect("ids are plain text");
        // The list only orders the bases; without it they are still found.
        let _ = self.storage.set(keys::BASES, &text);
    }
}
