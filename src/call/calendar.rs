//! The programme's dates as an iCalendar file (RFC 5545), for participants'
//! and partners' calendars.
//!
//! [`calendar`] writes one all-day event per dated phase and milestone, one
//! for the application deadline and one for the results date, and one each
//! for the programme's start and end when the overview has them. The model
//! holds dates only, no times of day and no time zone, so every event is an
//! all-day one (`VALUE=DATE`, the end exclusive) and no `X-WR-TIMEZONE` is
//! written. [`phase_event`] writes the same event of one phase on its own.
//!
//! # Updating instead of duplicating
//! Each event's `UID` is stable: `<item id>@trajectory-studio` for a phase or
//! a milestone, `<draft id>-deadline@trajectory-studio` (`-results`, `-start`,
//! `-end`) for the programme's own dates. `SEQUENCE` is the draft's revision,
//! which grows with every save, so a calendar that imports a newer file
//! updates the events it already has.
//!
//! # The file
//! Texts are escaped as RFC 5545 TEXT (backslash, semicolon, comma, line
//! break), lines end in CRLF and are folded at 75 octets, never inside a
//! UTF-8 character. A fold never leaves a blank at the end of a line, as some
//! readers trim it away. Fixed words come from `locales/calendar.json` in the
//! language asked for; text typed in the draft is written as typed.

use rust_i18n::t;

use crate::model::{Date, Draft, Id, Item, Lang, Milestone, MilestoneKind, Phase};

// The tests read the file back with the `ical` crate, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// What follows `@` in every event's UID.
const UID_DOMAIN: &str = "trajectory-studio";

/// The longest a physical line may be, in octets, without its CRLF.
const LINE_OCTETS: usize = 75;

/// The whole programme as a VCALENDAR, its fixed words in `lang`, stamped
/// `stamp` (UTC, `YYYYMMDDTHHMMSSZ` or an RFC 3339 time such as
/// `2026-11-28T10:00:00.000Z`).
pub fn calendar(draft: &Draft, lang: Lang, stamp: &str) -> String {
    write(draft, lang, stamp, &events(draft, lang))
}

/// A VCALENDAR holding the event of one phase, the same as in [`calendar`]
/// (same UID). It holds no event when the phase is unknown or has no date.
pub fn phase_event(draft: &Draft, phase_id: Id, lang: Lang, stamp: &str) -> String {
    let events: Vec<Event> = draft
        .phases
        .iter()
        .filter(|p| p.id == phase_id)
        .filter_map(|p| phase(draft, p, lang))
        .collect();
    write(draft, lang, stamp, &events)
}

/// The UID of a phase's or a milestone's event.
fn item_uid(id: Id) -> String {
    format!("{id}@{UID_DOMAIN}")
}

/// The UID of one of the programme's own dates (`deadline`, `results`,
/// `start`, `end`).
fn draft_uid(draft: &Draft, what: &str) -> String {
    format!("{}-{what}@{UID_DOMAIN}", draft.id)
}

/// One all-day event, from `first` to `last` inclusive.
struct Event {
    uid: String,
    summary: String,
    first: Date,
    last: Date,
    description: String,
    location: String,
}

impl Event {
    fn day(uid: String, summary: String, date: Date) -> Event {
        Event {
            uid,
            summary,
            first: date,
            last: date,
            description: String::new(),
            location: String::new(),
        }
    }
}

fn events(draft: &Draft, lang: Lang) -> Vec<Event> {
    let l = lang.code();
    let programme = programme(draft, lang);
    let mut out: Vec<Event> = draft
        .phases
        .iter()
        .filter_map(|p| phase(draft, p, lang))
        .collect();
    out.extend(draft.milestones.iter().filter_map(|m| {
        let date = m.date?;
        let summary = t!(
            "calendar.item",
            locale = l,
            programme = &programme,
            title = milestone_title(m, lang)
        );
        Some(Event::day(item_uid(m.id), summary.into_owned(), date))
    }));
    // Sessions with a date, held or still to come, as the owner logged them.
    out.extend(draft.running.sessions.iter().filter_map(|s| {
        let date = s.date?;
        let who = s
            .participant_ids
            .iter()
            .filter_map(|id| crate::model::Participant::find(draft, *id))
            .map(|p| p.name.trim().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let kind = crate::text::labels::session_kind_in(s.kind, lang);
        let summary = t!(
            "calendar.session",
            locale = l,
            programme = &programme,
            kind = kind,
            who = who
        );
        Some(Event::day(item_uid(s.id), summary.into_owned(), date))
    }));
    // A milestone of the same kind on the same day already says it: one
    // event per date, not two.
    let said = |kind: MilestoneKind, date: Date| {
        draft
            .milestones
            .iter()
            .any(|m| m.kind == kind && m.date == Some(date))
    };
    // Each date of the draft's own, with the milestone that would say it too;
    // its event's summary is `calendar.<what>`.
    let own = [
        (
            "deadline",
            draft.selection.deadline,
            MilestoneKind::Deadline,
        ),
        (
            "results",
            draft.selection.results_date,
            MilestoneKind::Results,
        ),
        ("start", draft.overview.start, MilestoneKind::KickOff),
        ("end", draft.overview.end, MilestoneKind::FinalEvent),
    ];
    out.extend(own.into_iter().filter_map(|(what, date, kind)| {
        let date = date.filter(|d| !said(kind, *d))?;
        let key = format!("calendar.{what}");
        let summary = t!(&key, locale = l, programme = &programme);
        Some(Event::day(
            draft_uid(draft, what),
            summary.into_owned(),
            date,
        ))
    }));
    out
}

/// The programme's title, or "Untitled programme" in `lang`.
fn programme(draft: &Draft, lang: Lang) -> String {
    match draft.overview.title.trim() {
        "" => t!("model.untitled", locale = lang.code()).into_owned(),
        title => title.to_string(),
    }
}

/// A phase's event, when it has a start or an end date: a phase with one of
/// them only lasts that day.
fn phase(draft: &Draft, p: &Phase, lang: Lang) -> Option<Event> {
    let l = lang.code();
    let (first, last) = match (p.start, p.end) {
        (Some(a), Some(b)) => (a.min(b), a.max(b)),
        (Some(a), None) | (None, Some(a)) => (a, a),
        (None, None) => return None,
    };
    let title = match p.title.trim() {
        "" => t!("calendar.untitled_phase", locale = l).into_owned(),
        title => title.to_string(),
    };
    let labelled = [
        (t!("calendar.objectives", locale = l), p.objectives.trim()),
        (t!("calendar.activities", locale = l), p.activities.trim()),
    ];
    let description = labelled
        .iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(label, text)| format!("{label}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n\n");
    Some(Event {
        uid: item_uid(p.id),
        summary: t!(
            "calendar.item",
            locale = l,
            programme = programme(draft, lang),
            title = title
        )
        .into_owned(),
        first,
        last,
        description,
        location: p.location.trim().to_string(),
    })
}

/// A milestone's label, or the name of its kind in `lang`.
fn milestone_title(m: &Milestone, lang: Lang) -> String {
    if !m.label.trim().is_empty() {
        return m.label.trim().to_string();
    }
    crate::text::labels::milestone_kind_in(m.kind, lang).into_owned()
}

fn write(draft: &Draft, lang: Lang, stamp: &str, events: &[Event]) -> String {
    let mut out = String::new();
    let mut line = |text: &str| push_line(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!(
        "PRODID:-//Trajectory Studio//Programme calendar//{}",
        lang.code().to_uppercase()
    ));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(&programme(draft, lang))));
    let stamp = dtstamp(stamp);
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&e.uid)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("SEQUENCE:{}", draft.revision));
        line(&format!("DTSTART;VALUE=DATE:{}", date(e.first)));
        line(&format!("DTEND;VALUE=DATE:{}", date(day_after(e.last))));
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.location.is_empty() {
            line(&format!("LOCATION:{}", escape(&e.location)));
        }
        // A phase of several months must not show its days as busy.
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `YYYYMMDD`.
fn date(d: Date) -> String {
    d.0.format("%Y%m%d").to_string()
}

/// The exclusive end of an all-day event ending on `d`. The model's dates
/// stop at year 9999, far from the calendar's last day; there, `d` itself.
fn day_after(d: Date) -> Date {
    Date(d.0.succ_opt().unwrap_or(d.0))
}

/// `stamp` as `YYYYMMDDTHHMMSSZ`: taken as it is in that form, or from an
/// RFC 3339 time in UTC (fractions of a second dropped). Anything else gives
/// the Unix epoch, a stamp no reader refuses.
fn dtstamp(stamp: &str) -> String {
    let kept: String = stamp
        .trim()
        .chars()
        .take_while(|c| !matches!(c, '.' | 'Z' | 'z'))
        .filter(|c| !matches!(c, '-' | ':'))
        .collect();
    let b = kept.as_bytes();
    let well_formed = b.len() == 15
        && b[8] == b'T'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 8 || c.is_ascii_digit());
    if well_formed {
        format!("{kept}Z")
    } else {
        "19700101T000000Z".to_string()
    }
}

/// `text` as an RFC 5545 TEXT value: backslash, semicolon and comma escaped,
/// every line break (LF, CRLF or CR) written `\n`, other control characters
/// but the tab dropped (the format does not allow them).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded: physical lines of at most 75 octets,
/// each continuation starting with one space, a fold never inside a UTF-8
/// character nor right after a blank; every physical line ends in CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Blanks are one octet each, so each step back stays on a boundary.
        let mut kept = cut;
        while kept > 0 && rest[..kept].ends_with([' ', '\t']) {
            kept -= 1;
        }
        if kept > 0 {
            cut = kept;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space takes one octet of the next line.
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}
