//! Words the screens show for the draft's fixed choices.

pub use crate::text::labels::*;

/// Currencies offered first; any other ISO 4217 code in a file is kept.
pub const CURRENCIES: [&str; 24] = [
    "EUR", "GBP", "CHF", "USD", "CAD", "AUD", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF",
    "RON", "BGN", "RSD", "TRY", "UAH", "MAD", "TND", "ZAR", "BRL", "MXN", "JPY",
];

/// An enum as a stable string for a `<select>` value, via its serde name.
pub fn key<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The value back from a `<select>`.
pub fn from_key<T: serde::de::DeserializeOwned>(k: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(k.to_string())).ok()
}

/// `(value, label)` pairs for a [`SelectField`](super::fields::SelectField).
pub fn options<T: serde::Serialize + Copy>(
    all: &[T],
    label: fn(T) -> std::borrow::Cow<'static, str>,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (key(*v), label(*v).to_string()))
        .collect()
}
