//! What the index remembers of each stored copy so that a copy changed behind
//! the app's back is noticed without parsing it: its length as `localStorage`
//! counts it, and a fast hash of its text.

/// Length of `text` in UTF-16 code units: what `localStorage` counts, and what
/// the browser hands back as a string's `length` without copying it.
///
/// Counted from the UTF-8 bytes, eight at a time (every save counts its
/// whole copy): one unit per byte that is not a continuation byte
/// (`10xxxxxx`), and a second one for each four-byte character, whose first
/// byte is `11110xxx`.
pub fn chars(text: &str) -> usize {
    const TOP: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    let mut four_byte = 0;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        // Bit 7 of each byte: set, with bit 6 clear (a continuation byte);
        // set, with bits 6, 5 and 4 set too (the start of four bytes).
        continuations += (w & !(w << 1) & TOP).count_ones() as usize;
        four_byte += (w & (w << 1) & (w << 2) & (w << 3) & TOP).count_ones() as usize;
    }
    for &b in words.remainder() {
        continuations += usize::from(b & 0xC0 == 0x80);
        four_byte += usize::from(b >= 0xF0);
    }
    bytes.len() - continuations + four_byte
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
