//! The words of problems: English as the messages always were, French from
//! the same keys, and every kind recognised from its source's own words.

use super::*;
use crate::model::{Id, MAX_AGE};

/// `say` gives `en` in English and `fr` in French.
fn says(say: impl Fn(Lang) -> String, en: &str, fr: &str) {
    assert_eq!(say(Lang::En), en);
    assert_eq!(say(Lang::Fr), fr);
}

#[test]
fn integrity_issues_read_in_both_languages() {
    let age = Issue::AgeOverMax(MAX_AGE + 1);
    says(
        |l| issue(&age, l),
        "151 is not an age (expected 0 to 150)",
        "151 n’est pas un âge (attendu de 0 à 150)",
    );
    let id: Id = "00000000-0000-4000-8000-000000000999".parse().unwrap();
    let dangling = Issue::Dangling {
        to: Referent::Person,
        id,
    };
    assert_eq!(
        issue(&dangling, Lang::En),
        "refers to person 00000000-0000-4000-8000-000000000999, which is not in this draft"
    );
}

#[test]
fn a_problem_keeps_its_path_and_is_said_in_the_language_asked_for() {
    let e = ImportError::at(
        "drafts[0].selection.deadline",
        ImportKind::Value(ValueFault::of(
            "\"2027-02-31\" is not a date (expected YYYY-MM-DD)",
        )),
    );
    says(
        |l| describe(&e, l),
        "drafts[0].selection.deadline: \"2027-02-31\" is not a date (expected YYYY-MM-DD)",
        "drafts[0].selection.deadline\u{a0}: «\u{a0}2027-02-31\u{a0}» n’est pas une date (attendu AAAA-MM-JJ)",
    );
    assert_eq!(e.to_string(), describe(&e, Lang::En));
}

#[test]
fn every_json_syntax_reason_is_said_in_english_as_serde_json_says_it() {
    use strum::IntoEnumIterator;
    for reason in Syntax::iter().filter(|r| !matches!(r, Syntax::Other(_))) {
        let text = reason.as_written();
        assert!(!text.is_empty(), "{reason:?} has serde_json's message");
        assert_eq!(Syntax::of(text), reason);
        assert_eq!(syntax(&reason, Lang::En), text);
        assert_ne!(syntax(&reason, Lang::Fr), text, "{text} has no French");
    }
    let other = Syntax::of("something new");
    assert_eq!(syntax(&other, Lang::Fr), "something new");
}

#[test]
fn every_expected_kind_is_said_in_english_as_serde_says_it() {
    use strum::IntoEnumIterator;
    for kind in Expected::iter().filter(|k| !matches!(k, Expected::Other(_))) {
        let text = kind.as_written();
        assert!(!text.is_empty(), "{kind:?} has serde's words");
        assert_eq!(expected(&kind, Lang::En), text);
    }
}

#[test]
fn messages_of_serde_and_the_model_become_kinds_and_read_back_the_same() {
    for message in [
        "invalid type: string \"twelve\", expected a whole number of 0 or more",
        "invalid type: integer `42`, expected a string",
        "invalid type: null, expected a string",
        "invalid type: floating point `1.5`, expected a whole number of 0 or more",
        "invalid type: boolean `true`, expected a sequence",
        "invalid type: map, expected a string",
        "invalid value: integer `-3`, expected a whole number of 0 or more",
        "unknown variant `party`, expected one of `a`, `b`",
        "missing field `criterion_id`",
        "duplicate field `title`",
        "\"draft-1\" is not an id (expected a UUID like 3f2b8c1e-5d4a-4f1b-9c2e-7a6b5d4c3e2f)",
        "\"euro\" is not a currency code (expected three capital letters, like EUR)",
        "12.5 is not an amount in minor units (expected a whole number of cents: 1250 for 12.50)",
        "18446744073709551615 is too large an amount",
        "-2 is negative (expected 0 or more)",
        "1.005 has more than two decimals",
        "\"x\" is not a number",
        "1e30 is too large",
        "not a finite number",
        "something else entirely",
    ] {
        let fault = ValueFault::of(message);
        assert_eq!(value(&fault, Lang::En), message, "{fault:?}");
    }
    assert_eq!(
        ValueFault::of("something else entirely"),
        ValueFault::Other("something else entirely".into())
    );
}

#[test]
fn every_kind_of_problem_has_words_under_its_name() {
    use strum::VariantNames;
    // `other` is said in the message's own words; `value` and `integrity`
    // in those of what they hold.
    let keys = |section: &'static str, names: &'static [&'static str]| {
        names
            .iter()
            .filter(|n| !matches!(**n, "other" | "value" | "integrity"))
            .map(move |n| format!("{section}.{n}"))
    };
    crate::text::tests::assert_keys_exist(
        keys("import", ImportKind::VARIANTS)
            .chain(keys("import", ValueFault::VARIANTS))
            .chain(keys("import.syntax", Syntax::VARIANTS))
            .chain(keys("import.found", Found::VARIANTS))
            .chain(keys("import.expected", Expected::VARIANTS)),
    );
}
