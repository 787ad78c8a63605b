use gloo_storage::Storage as _;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::{Storage, StorageError};

/// The browser's `localStorage`, reached through `gloo-storage`.
///
/// gloo's own accessors throw when storage is disabled, so [`LocalStorage::open`]
/// first asks the browser whether storage can be used at all, and every call
/// afterwards maps the browser's exceptions to a [`StorageError`].
#[derive(Debug)]
pub struct LocalStorage {
    raw: web_sys::Storage,
}

impl LocalStorage {
    /// The page's `localStorage`, or why it cannot be used.
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        // Blocked site data makes the getter itself throw; check before gloo touches it.
        match window.local_storage() {
            Ok(Some(_)) => {}
            _ => return Err(StorageError::Unavailable),
        }
        let raw = gloo_storage::LocalStorage::raw();
        // Some browsers expose storage but refuse every write (Safari private mode of old).
        let probe = "trajectory-studio/v1/probe";
        raw.set_item(probe, "1").map_err(error_from_js)?;
        let _ = raw.remove_item(probe);
        Ok(LocalStorage { raw })
    }
}

// `setItem` and `getItem` on a JavaScript string made once, so that a large
// draft is not converted again to be read back and compared in Rust.
#[wasm_bindgen]
extern "C" {
    /// The same `Storage` object, seen through these two bindings.
    type RawStorage;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_js(this: &RawStorage, key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_js(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;
}

fn error_from_js(err: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => {
            let message = js_sys::Reflect::get(&err, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or(name);
            StorageError::Other(message)
        }
    }
}

impl Storage for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.raw.get_item(key).map_err(error_from_js)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.raw.set_item(key, value).map_err(error_from_js)
    }

    /// The read-back compares the two strings in JavaScript (`===`), and the
    /// length is the string's own: nothing counted in the app.
    fn set_verified(&self, key: &str, value: &str) -> Result<usize, StorageError> {
        let raw: &RawStorage = self.raw.unchecked_ref();
        let text = js_sys::JsString::from(value);
        raw.set_js(key, &text).map_err(error_from_js)?;
        let back = raw.get_js(key).map_err(error_from_js)?;
        let length = text.length() as usize;
        if back != JsValue::from(text) {
            return Err(StorageError::Mismatch);
        }
        Ok(length)
    }

    /// The string's `length` as JavaScript sees it: UTF-16 code units, and
    /// no copy of the text into the app.
    fn utf16_len(&self, key: &str) -> Result<Option<usize>, StorageError> {
        let raw: &RawStorage = self.raw.unchecked_ref();
        let value = raw.get_js(key).map_err(error_from_js)?;
        Ok(value
            .dyn_ref::<js_sys::JsString>()
            .map(|s| s.length() as usize))
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.raw.remove_item(key).map_err(error_from_js)
    }

    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let len = self.raw.length().map_err(error_from_js)?;
        let mut keys = Vec::new();
        for i in 0..len {
            if let Some(k) = self.raw.key(i).map_err(error_from_js)?
                && k.starts_with(prefix)
            {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}
