use super::*;

#[test]
fn payloads_are_base64url_without_padding() {
    for (bytes, text) in [
        (&b""[..], ""),
        (b"f", "Zg"),
        (b"fo", "Zm8"),
        (b"foo", "Zm9v"),
        (b"foob", "Zm9vYg"),
        (b"\xfb\xff\xfe", "-__-"),
    ] {
        assert_eq!(to_payload(bytes), text);
        assert_eq!(from_payload(text).unwrap(), bytes);
    }
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(from_payload(&to_payload(&all)).unwrap(), all);
}

#[test]
fn a_payload_the_app_cannot_have_written_is_refused() {
    for bad in ["Zg==", "Zm9v+", "Zm9v/", "a b", "Z", "Zm9vY", "é"] {
        assert_eq!(from_payload(bad), Err(LinkError::NotBase64), "{bad}");
    }
    assert_eq!(
        from_payload(&"A".repeat(MAX_LINK_CHARS + 4)),
        Err(LinkError::TooLong {
            max: MAX_LINK_CHARS
        })
    );
}

#[test]
fn the_fragment_names_a_shared_programme() {
    assert_eq!(payload_of("#/shared/Zm9v"), Some("Zm9v"));
    assert_eq!(payload_of("/shared/Zm9v"), Some("Zm9v"));
    assert_eq!(payload_of("#/draft/x"), None);
}

fn good_files() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn every_good_file_of_one_programme_opens_from_a_link_and_others_are_refused() {
    let mut opened = 0;
    for (name, bytes) in good_files() {
        let drafts = parse_file(&bytes).unwrap().drafts;
        match read_shared(&bytes) {
            Ok(d) => {
                assert_eq!(drafts.len(), 1, "{name}");
                assert_eq!(d, drafts[0], "{name}");
                // What a link carries is the file the app writes for it.
                let again = crate::format::to_file(std::slice::from_ref(&d), "t");
                assert_eq!(read_shared(again.as_bytes()).unwrap(), d, "{name}");
                opened += 1;
            }
            Err(e) => assert_eq!(e, LinkError::NotOne(drafts.len()), "{name}"),
        }
    }
    assert!(opened > 0);
}

#[test]
fn a_link_to_a_bad_file_says_why_like_an_import() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut refused = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") || path.ends_with("expected-errors.json") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if bytes.len() > MAX_SHARED_BYTES {
            assert_eq!(
                read_shared(&bytes),
                Err(LinkError::TooLarge {
                    max: MAX_SHARED_BYTES
                })
            );
        } else {
            let Err(LinkError::Refused(e)) = read_shared(&bytes) else {
                panic!("{path:?} opened from a link");
            };
            assert_eq!(Err(e), parse_file(&bytes).map(|_| ()), "{path:?}");
        }
        refused += 1;
    }
    assert!(refused >= 30);
    assert_eq!(
        read_shared(&vec![b' '; MAX_SHARED_BYTES + 1]),
        Err(LinkError::TooLarge {
            max: MAX_SHARED_BYTES
        })
    );
}
