//! A mentor's log sheet under arbitrary bytes, as the owner's Sessions
//! screen and the mentor's home read it: reading never panics, a sheet
//! that reads writes and reads back the same, and taking it into a
//! programme with a running part either refuses it, leaving the programme
//! as it was, or leaves a programme that holds together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trajectory_studio::format::{self, log_sheet};
use trajectory_studio::model::{Lang, check_integrity};

const PROGRAMME: &[u8] = include_bytes!("../../tests/fixtures/good/running-under-way.json");

fuzz_target!(|data: &[u8]| {
    let Ok(sheet) = log_sheet::LogSheet::read(data) else {
        return;
    };
    let again = log_sheet::LogSheet::read(sheet.to_text().as_bytes()).expect("a sheet reads back");
    assert_eq!(again, sheet);
    let draft = format::parse_file(PROGRAMME).expect("the fixture reads").drafts.remove(0);
    match log_sheet::receive_log(&draft, &sheet) {
        Err(refusal) => assert!(!log_sheet::log_refusal_words(&refusal, Lang::Fr).is_empty()),
        Ok(received) => {
            let mut taken = draft.clone();
            received.apply(&mut taken, "2027-03-01T00:00:00Z");
            assert!(check_integrity(&taken).is_empty(), "{:?}", check_integrity(&taken));
            // What the programme then holds is a file that imports again.
            let text = format::to_file(std::slice::from_ref(&taken), "2027-01-01T00:00:00Z");
            assert_eq!(format::parse_file(text.as_bytes()).expect("imports").drafts[0], taken);
            let _ = taken.progress("2027-03-01".parse().expect("a date"));
        }
    }
});
