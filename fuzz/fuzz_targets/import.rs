//! The import entry point under arbitrary bytes: it never panics, a file it
//! accepts exports and imports again unchanged, and a refused file leaves
//! storage untouched.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trajectory_studio::format;
use trajectory_studio::store::{Library, MemoryStorage};

fuzz_target!(|data: &[u8]| {
    match format::parse_file(data) {
        Ok(envelope) => {
            let text = format::to_file(&envelope.drafts, "2026-01-01T00:00:00Z");
            let again = format::parse_file(text.as_bytes()).expect("an exported file imports again");
            assert_eq!(again.drafts, envelope.drafts);
        }
        Err(error) => {
            assert!(!error.0.is_empty());
            assert!(!error.to_string().is_empty());
            let storage = std::rc::Rc::new(MemoryStorage::new());
            let library = Library::load(Box::new(Handle(storage.clone()))).expect("memory storage");
            let before = storage.snapshot();
            assert!(library.plan_import(data).is_err());
            assert_eq!(storage.snapshot(), before);
        }
    }
});

/// Shares the storage with the check above.
struct Handle(std::rc::Rc<MemoryStorage>);

impl trajectory_studio::store::Storage for Handle {
    fn get(&self, key: &str) -> Result<Option<String>, trajectory_studio::store::StorageError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), trajectory_studio::store::StorageError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), trajectory_studio::store::StorageError> {
        self.0.remove(key)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, trajectory_studio::store::StorageError> {
        self.0.keys(prefix)
    }
}
