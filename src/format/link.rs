//! A programme carried by a link: its file (one programme, the format of
//! this module), compressed as deflate-raw by the browser's own
//! `CompressionStream`, written in base64url after `#/shared/` in the
//! link's fragment, which browsers never send to any server.
//!
//! Here are the parts that are plain Rust: the text of the fragment, the
//! limits, and the checks on what a link holds, which are those of any
//! import. The compression itself is the browser's.

use super::{ImportError, parse_file};
use crate::model::Draft;

/// What comes before the payload in a link's fragment.
pub const SHARED_PREFIX: &str = "#/shared/";
/// The longest link offered: about what browsers, chat and mail clients
/// carry reliably. A longer programme is shared as a file.
pub const MAX_LINK_CHARS: usize = 32_000;
/// The most a link may expand to. A link holds at most
/// [`MAX_LINK_CHARS`] characters, and deflate packs a real programme about
/// ten to one; this cap stops a crafted link (a decompression bomb) long
/// before it costs memory.
pub const MAX_SHARED_BYTES: usize = 2 * 1024 * 1024;

/// Why a link does not open.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum LinkError {
    /// Longer than any link the app makes.
    #[error("the link is longer than {max} characters")]
    TooLong { max: usize },
    /// A character that base64url does not use, or a length it cannot have.
    #[error("the link is not written as the app writes links")]
    NotBase64,
    /// The compressed data does not expand (cut short, or not deflate).
    #[error("the link's data is damaged")]
    Damaged,
    /// It expands to more than [`MAX_SHARED_BYTES`].
    #[error("the link expands to more than {max} bytes")]
    TooLarge { max: usize },
    /// It expands to a file that is not a sound programme.
    #[error("{0}")]
    Refused(ImportError),
    /// A sound file, but not of exactly one programme.
    #[error("the link holds {0} programmes, not one")]
    NotOne(usize),
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The payload of a link: base64url without padding.
pub fn to_payload(deflated: &[u8]) -> String {
    let mut out = String::with_capacity(deflated.len().div_ceil(3) * 4);
    for chunk in deflated.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The compressed bytes of a link's payload.
pub fn from_payload(payload: &str) -> Result<Vec<u8>, LinkError> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            max: MAX_LINK_CHARS,
        });
    }
    if payload.len() % 4 == 1 {
        return Err(LinkError::NotBase64);
    }
    let mut out = Vec::with_capacity(payload.len() / 4 * 3 + 2);
    for chunk in payload.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET
                .iter()
                .position(|a| a == c)
                .ok_or(LinkError::NotBase64)?;
            n |= (v as u32) << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

/// The link's payload, from a whole `location.hash` (or `None` when the
/// fragment is not a shared programme's).
pub fn payload_of(hash: &str) -> Option<&str> {
    hash.strip_prefix(SHARED_PREFIX)
        .or_else(|| hash.strip_prefix(&SHARED_PREFIX[1..]))
}

/// The programme a link expands to, checked as any import is.
pub fn read_shared(expanded: &[u8]) -> Result<Draft, LinkError> {
    if expanded.len() > MAX_SHARED_BYTES {
        return Err(LinkError::TooLarge {
            max: MAX_SHARED_BYTES,
        });
    }
    let mut file = parse_file(expanded).map_err(LinkError::Refused)?;
    match file.drafts.len() {
        1 => Ok(file.drafts.remove(0)),
        n => Err(LinkError::NotOne(n)),
    }
}

#[cfg(test)]
mod tests;
