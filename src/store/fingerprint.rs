//! What the index remembers of each stored copy so that a copy changed behind
//! the app's back is noticed without parsing it: its length as `localStorage`
//! counts it, and a fast hash of its text.

/// Length of `text` in UTF-16 code units: what `localStorage` counts, and what
/// the browser hands back as a string's `length` without copying it.
pub fn chars(text: &str) -> usize {
    text.encode_utf16().count()
}

/// FNV-1a (64 bits) of the text's UTF-8 bytes, as 16 hex digits. Not a
/// defence against anyone: it finds accidental damage (a truncated write, a
/// hand edit, a tool that rewrote the value), in one pass with no table.
pub fn hash(text: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let h = text
        .bytes()
        .fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{h:016x}")
}

#[cfg(test)]
mod tests;
