//! The FNV-1a fingerprint of stored copies.

use super::*;

#[test]
fn fnv1a_matches_the_published_test_vectors() {
    // From the FNV reference test suite (Landon Curt Noll).
    assert_eq!(hash(""), "cbf29ce484222325");
    assert_eq!(hash("a"), "af63dc4c8601ec8c");
    assert_eq!(hash("foobar"), "85944171f73967e8");
}

#[test]
fn one_changed_character_changes_the_hash_and_length_counts_utf16() {
    assert_ne!(hash("{\"title\":\"A\"}"), hash("{\"title\":\"B\"}"));
    assert_eq!(chars("abc"), 3);
    assert_eq!(chars("é€"), 2);
    assert_eq!(chars("🎭"), 2);
}

#[test]
fn the_utf16_length_is_counted_right_at_every_place_in_a_word() {
    let pieces = [
        "a",
        "é",
        "€",
        "🎭",
        "\u{7f}",
        "\u{80}",
        "\u{7ff}",
        "\u{800}",
        "\u{ffff}",
        "\u{10000}",
        "\u{10ffff}",
    ];
    // Every piece after every length of ASCII, so each byte of each
    // character falls at each place of an eight-byte word and in the rest.
    for lead in 0..16 {
        for piece in pieces {
            for repeat in 1..4 {
                let text = format!("{}{}", "x".repeat(lead), piece.repeat(repeat));
                assert_eq!(chars(&text), text.encode_utf16().count(), "{text:?}");
            }
        }
    }
    let mixed: String = pieces.iter().cycle().take(1000).copied().collect();
    assert_eq!(chars(&mixed), mixed.encode_utf16().count());
}
