use std::collections::{BTreeMap, HashSet};
use std::io::BufReader;

use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::property::Property;

use super::*;
use crate::templates::Template;

const STAMP: &str = "20261128T100000Z";

fn reference() -> Draft {
    Template::Reference.build(
        "2026-11-28T10:00:00Z",
        Date::ymd(2027, 1, 4).expect("a date"),
    )
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::ymd(y, m, d).expect("a real date")
}

/// The file read back by a parser of its own: exactly one calendar.
fn parse(text: &str) -> IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser
        .next()
        .expect("a calendar")
        .expect("a calendar it reads");
    assert!(parser.next().is_none(), "one calendar only");
    calendar
}

fn value<'a>(props: &'a [Property], name: &str) -> Option<&'a str> {
    let mut found = props.iter().filter(|p| p.name == name);
    let first = found.next()?;
    assert!(found.next().is_none(), "{name} appears once");
    first.value.as_deref()
}

fn event_value<'a>(e: &'a IcalEvent, name: &str) -> &'a str {
    value(&e.properties, name).unwrap_or_else(|| panic!("{name} in {:?}", e.properties))
}

/// A TEXT value as typed: the reverse of `escape`.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("a lone backslash ends {text:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// RFC 5545 unfolding: every CRLF followed by one blank goes.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

fn date_param(e: &IcalEvent, name: &str) -> Date {
    let p = e.properties.iter().find(|p| p.name == name).expect(name);
    assert_eq!(
        p.params,
        Some(vec![("VALUE".to_string(), vec!["DATE".to_string()])]),
        "{name} is a date"
    );
    let v = p.value.as_deref().expect("a value");
    let d = chrono::NaiveDate::parse_from_str(v, "%Y%m%d").expect("YYYYMMDD");
    Date(d)
}

fn assert_well_formed(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "CRLF after {line:?}");
        let body = &line[..line.len() - 2];
        assert!(!body.contains('\r'), "a lone CR in {line:?}");
        assert!(body.len() <= 75, "{} octets: {body:?}", body.len());
        assert!(!body.is_empty(), "no empty line");
    }
}

#[test]
fn the_reference_programme_reads_back_event_by_event() {
    let draft = reference();
    let text = calendar(&draft, Lang::En, STAMP);
    assert_well_formed(&text);
    let cal = parse(&text);
    let props = &cal.properties;
    assert_eq!(value(props, "VERSION"), Some("2.0"));
    assert_eq!(value(props, "CALSCALE"), Some("GREGORIAN"));
    assert_eq!(value(props, "METHOD"), Some("PUBLISH"));
    assert!(value(props, "PRODID").is_some_and(|p| p.contains("Trajectory Studio")));
    let title = draft.overview.title.clone();
    assert_eq!(
        value(props, "X-WR-CALNAME").map(unescape),
        Some(title.clone())
    );
    assert_eq!(
        value(props, "X-WR-TIMEZONE"),
        None,
        "the model has no time zone"
    );

    let dated_phases = draft
        .phases
        .iter()
        .filter(|p| p.start.is_some() || p.end.is_some());
    let dated_milestones = draft.milestones.iter().filter(|m| m.date.is_some());
    let own = [
        draft.selection.deadline,
        draft.selection.results_date,
        draft.overview.start,
        draft.overview.end,
    ];
    assert!(
        own.iter().all(Option::is_some),
        "the reference has every date"
    );
    let expected = dated_phases.clone().count() + dated_milestones.clone().count() + 2;
    // Ten phases, five milestones, the start and the end: the deadline and
    // the results fall on the days of their milestones, which say them.
    assert_eq!(expected, 17);
    assert_eq!(cal.events.len(), expected);

    let by_uid: BTreeMap<&str, &IcalEvent> = cal
        .events
        .iter()
        .map(|e| (event_value(e, "UID"), e))
        .collect();
    assert_eq!(by_uid.len(), cal.events.len(), "every UID is unique");
    for e in &cal.events {
        assert_eq!(event_value(e, "DTSTAMP"), STAMP);
        assert_eq!(event_value(e, "SEQUENCE"), draft.revision.to_string());
        assert!(
            date_param(e, "DTSTART") < date_param(e, "DTEND"),
            "DTEND is after DTSTART"
        );
    }
    // An event of whole days from `first` to `last`, said as `what`; its
    // end is exclusive: the day after the last day.
    let days = |e: &IcalEvent, first: Date, last: Date, what: &str| {
        assert_eq!(date_param(e, "DTSTART"), first);
        let after = Date(last.0.succ_opt().expect("a next day"));
        assert_eq!(date_param(e, "DTEND"), after);
        assert_eq!(
            unescape(event_value(e, "SUMMARY")),
            format!("{title}: {what}")
        );
    };
    for p in dated_phases {
        let e = by_uid[format!("{}@trajectory-studio", p.id).as_str()];
        let (start, end) = (p.start.expect("a start"), p.end.expect("an end"));
        days(e, start, end, &p.title);
        let description = unescape(event_value(e, "DESCRIPTION"));
        assert!(description.contains(p.objectives.trim()), "{description}");
        assert!(description.contains(p.activities.trim()), "{description}");
        assert_eq!(
            value(&e.properties, "LOCATION").is_some(),
            !p.location.trim().is_empty()
        );
    }
    for m in dated_milestones {
        let e = by_uid[format!("{}@trajectory-studio", m.id).as_str()];
        let date = m.date.expect("a date");
        days(e, date, date, &m.label);
    }
    for what in ["deadline", "results"] {
        let uid = format!("{}-{what}@trajectory-studio", draft.id);
        assert!(!by_uid.contains_key(uid.as_str()), "{what} said twice");
    }
    let own_events = [
        ("start", draft.overview.start, "the programme starts"),
        ("end", draft.overview.end, "the programme ends"),
    ];
    for (what, date, words) in own_events {
        let e = by_uid[format!("{}-{what}@trajectory-studio", draft.id).as_str()];
        assert_eq!(Some(date_param(e, "DTSTART")), date);
        assert_eq!(
            unescape(event_value(e, "SUMMARY")),
            format!("{title}: {words}")
        );
    }
}

#[test]
fn uids_stay_the_same_from_one_file_to_the_next() {
    let mut draft = reference();
    let uids = |text: &str| -> Vec<String> {
        parse(text)
            .events
            .iter()
            .map(|e| event_value(e, "UID").to_string())
            .collect()
    };
    let first = calendar(&draft, Lang::En, STAMP);
    draft.phases[0].title = "Open call".into();
    draft.revision += 3;
    let second = calendar(&draft, Lang::Fr, "2027-01-02T08:30:00.123Z");
    assert_eq!(uids(&first), uids(&second));
    // Moved off its milestone's day, the deadline is an event of its own.
    let mut moved = draft.clone();
    moved.selection.deadline = moved
        .selection
        .deadline
        .map(|d| Date(d.0.succ_opt().unwrap()));
    assert_eq!(parse(&calendar(&moved, Lang::En, STAMP)).events.len(), 18);
    assert!(second.contains("DTSTAMP:20270102T083000Z\r\n"));
    assert!(second.contains(&format!("SEQUENCE:{}\r\n", draft.revision)));
    let ids: HashSet<String> = uids(&second).into_iter().collect();
    assert_eq!(ids.len(), uids(&second).len());
}

#[test]
fn a_phase_alone_is_the_same_event_as_in_the_whole_file() {
    let draft = reference();
    let phase = &draft.phases[2];
    let whole = parse(&calendar(&draft, Lang::Fr, STAMP));
    let text = phase_event(&draft, phase.id, Lang::Fr, STAMP);
    assert_well_formed(&text);
    let alone = parse(&text);
    assert_eq!(alone.events.len(), 1);
    let uid = format!("{}@trajectory-studio", phase.id);
    let twin = whole
        .events
        .iter()
        .find(|e| event_value(e, "UID") == uid)
        .expect("the phase in the whole file");
    assert_eq!(alone.events[0].properties, twin.properties);
    let summary = unescape(event_value(&alone.events[0], "SUMMARY"));
    assert_eq!(
        summary,
        format!("{}\u{202f}: {}", draft.overview.title, phase.title)
    );
}

#[test]
fn a_phase_without_dates_has_no_event_and_one_date_makes_a_day() {
    let mut draft = reference();
    draft.phases[0].start = None;
    draft.phases[0].end = None;
    draft.phases[1].end = None;
    let start = draft.phases[1].start.expect("a start");
    let empty = parse(&phase_event(&draft, draft.phases[0].id, Lang::En, STAMP));
    assert!(empty.events.is_empty());
    let unknown = parse(&phase_event(&draft, Id(uuid::Uuid::nil()), Lang::En, STAMP));
    assert!(unknown.events.is_empty());
    let day = parse(&phase_event(&draft, draft.phases[1].id, Lang::En, STAMP));
    assert_eq!(date_param(&day.events[0], "DTSTART"), start);
    assert_eq!(
        date_param(&day.events[0], "DTEND"),
        Date(start.0.succ_opt().expect("next"))
    );
    let whole = parse(&calendar(&draft, Lang::En, STAMP));
    assert_eq!(
        whole.events.len(),
        parse(&calendar(&reference(), Lang::En, STAMP)).events.len() - 1
    );
}

#[test]
fn a_blank_draft_still_makes_a_calendar() {
    let draft = Draft::blank("2026-11-28T10:00:00Z");
    let text = calendar(&draft, Lang::Fr, "not a time");
    assert_well_formed(&text);
    let cal = parse(&text);
    assert!(cal.events.is_empty());
    assert_eq!(
        value(&cal.properties, "X-WR-CALNAME"),
        Some("Programme sans titre")
    );
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape("a;b,c\\d"), "a\\;b\\,c\\\\d");
    assert_eq!(
        escape("one\ntwo\r\nthree\rfour"),
        "one\\ntwo\\nthree\\nfour"
    );
    assert_eq!(escape("tab\there\u{7}"), "tab\there");
    let mut draft = Draft::blank("2026-11-28T10:00:00Z");
    draft.overview.title = "a;b,c\\d\nsecond line".into();
    draft.overview.start = Some(ymd(2027, 1, 4));
    let text = calendar(&draft, Lang::En, STAMP);
    assert!(text.contains("X-WR-CALNAME:a\\;b\\,c\\\\d\\nsecond line\r\n"));
    let cal = parse(&text);
    let summary = event_value(&cal.events[0], "SUMMARY");
    assert_eq!(
        unescape(summary),
        "a;b,c\\d\nsecond line: the programme starts"
    );
}

#[test]
fn long_french_text_folds_at_75_octets_and_unfolds_to_itself() {
    let description = "Résumé des activités : ateliers d’écriture, « rencontres » avec des \
        éditeurs à Montréal, Québec et Besançon ; visites de théâtres, répétitions \
        ouvertes, échanges sur la diffusion européenne — élèves, artistes, \
        professionnel·les — et 🎭 spectacles. "
        .repeat(3);
    for prefix in ["", "x", "xx", "xxx"] {
        let line = format!("DESCRIPTION:{prefix}{}", escape(&description));
        let mut out = String::new();
        push_line(&mut out, &line);
        assert_well_formed(&out);
        assert!(out.lines().count() > 5);
        for continuation in out.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            assert!(continuation.starts_with(' '), "{continuation:?}");
        }
        assert_eq!(unfold(&out), format!("{line}\r\n"));
        // No line folded after a blank, which some readers trim away.
        let physical: Vec<&str> = out.split("\r\n").collect();
        for pair in physical.windows(2) {
            let folded = pair[1].starts_with(' ');
            assert!(!folded || !pair[0].ends_with(' '), "{:?}", pair[0]);
        }
    }
    let mut draft = reference();
    draft.phases[0].objectives = description.clone();
    draft.phases[0].activities = String::new();
    let text = phase_event(&draft, draft.phases[0].id, Lang::Fr, STAMP);
    assert_well_formed(&text);
    let got = unescape(event_value(&parse(&text).events[0], "DESCRIPTION"));
    assert_eq!(got, format!("Objectifs\n{}", description.trim()));
}

#[test]
fn a_line_of_blanks_and_wide_characters_still_folds() {
    for line in [
        " ".repeat(200),
        "é".repeat(100),
        "🎭".repeat(40),
        format!("a{}", " ".repeat(90)),
    ] {
        let mut out = String::new();
        push_line(&mut out, &line);
        assert_well_formed(&out);
        assert_eq!(unfold(&out), format!("{line}\r\n"));
    }
}

#[test]
fn stamps_are_taken_in_either_form() {
    for stamp in [
        "20261128T100000Z",
        "2026-11-28T10:00:00Z",
        "2026-11-28T10:00:00.456Z",
    ] {
        assert_eq!(dtstamp(stamp), "20261128T100000Z", "{stamp}");
    }
    assert_eq!(dtstamp("yesterday"), "19700101T000000Z");
}

#[test]
fn a_dated_session_is_an_event_of_its_day_named_with_who_attends() {
    let mut d = reference();
    let ana = d.add_participant();
    crate::model::Participant::find_mut(&mut d, ana)
        .unwrap()
        .name = "Ana Ruiz".into();
    let held = d.add_session(Some(ymd(2027, 3, 10)), Some(ana));
    d.add_session(None, Some(ana));
    let cal = parse(&calendar(&d, Lang::Fr, STAMP));
    let sessions: Vec<&IcalEvent> = cal
        .events
        .iter()
        .filter(|e| event_value(e, "UID") == item_uid(held))
        .collect();
    assert_eq!(
        sessions.len(),
        1,
        "one event for the dated session, none for the other"
    );
    let e = sessions[0];
    assert_eq!(date_param(e, "DTSTART"), ymd(2027, 3, 10));
    let summary = unescape(event_value(e, "SUMMARY"));
    assert!(
        summary.ends_with("séance (Individuelle) avec Ana Ruiz"),
        "{summary}"
    );
}
