//! The link decoder under arbitrary text: a link's payload never panics the
//! app, what it decodes to is read as any import is, and the payload of any
//! bytes decodes back to them. (The expansion between the two is the
//! browser's own DecompressionStream, capped in `js/compression.js`.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use trajectory_studio::format::{self, link};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(bytes) = link::from_payload(&text) {
        assert_eq!(link::from_payload(&link::to_payload(&bytes)).unwrap(), bytes);
        if let Ok(draft) = link::read_shared(&bytes) {
            let again = format::to_file(std::slice::from_ref(&draft), "2026-01-01T00:00:00Z");
            assert_eq!(link::read_shared(again.as_bytes()).unwrap(), draft);
        }
    }
    // Any bytes a link may carry come back from their payload.
    let payload = link::to_payload(data);
    if payload.len() <= link::MAX_LINK_CHARS {
        assert_eq!(link::from_payload(&payload).unwrap(), data);
    }
});
