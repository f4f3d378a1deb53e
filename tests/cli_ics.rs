//! `calendar YEAR --ics` read back with an independent iCalendar parser (the
//! `ical` crate, not the `icalendar` crate that writes it).

use std::collections::BTreeMap;
use std::io::BufReader;

use chrono::{Datelike, NaiveDate, Weekday};
use kz_appeals::cli::calendar::ics;
use kz_appeals::{Calendar, Lang};

/// Each event by its DTSTART date: (DTEND, SUMMARY, DESCRIPTION, UID),
/// read by [`all_events`]; no date twice.
fn events(text: &str) -> BTreeMap<NaiveDate, (NaiveDate, String, String, String)> {
    let mut out = BTreeMap::new();
    for (start, end, summary, description, uid) in all_events(text) {
        let previous = out.insert(start, (end, summary, description, uid));
        assert!(previous.is_none(), "{start} twice");
    }
    out
}

#[test]
fn the_days_off_of_2026_parse_back_with_their_names() {
    let cal = Calendar::kazakhstan();
    let got = events(&ics(&cal, 2026, Lang::En).unwrap());
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("data/kz_calendar_2018_2027.json")).unwrap();
    // Every weekday off of the reference data is an all-day event ending the
    // next day (DTEND is exclusive in RFC 5545).
    for day in reference["2026"]["non_working_weekdays"]
        .as_array()
        .unwrap()
    {
        let date = NaiveDate::parse_from_str(day.as_str().unwrap(), "%Y-%m-%d").unwrap();
        let (end, summary, _, _) = got.get(&date).unwrap_or_else(|| panic!("{date} missing"));
        assert_eq!(*end, date.succ_opt().unwrap());
        assert!(!summary.is_empty());
    }
    // The holidays that fell on a weekend in 2026 are there too, by hand:
    // Sun 8 Mar (Women's Day), Sat 21 and Sun 22 Mar (Nauryz), Sat 9 May
    // (Victory Day), Sun 25 Oct (Republic Day): 14 + 5 = 19 events.
    let weekend: Vec<_> = got
        .keys()
        .filter(|d| matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .collect();
    assert_eq!(weekend.len(), 5);
    assert_eq!(got.len(), 19);
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    assert_eq!(got[&d(3, 23)].1, "Nauryz");
    assert_eq!(got[&d(3, 24)].1, "carry-over of Nauryz");
    assert!(got[&d(3, 24)].2.contains("Law on holidays art. 5"));
    // UIDs differ and are stable across runs.
    let uids: std::collections::BTreeSet<_> = got.values().map(|v| v.3.clone()).collect();
    assert_eq!(uids.len(), got.len());
    assert_eq!(
        ics(&cal, 2026, Lang::En).unwrap(),
        ics(&cal, 2026, Lang::En).unwrap()
    );
}

#[test]
fn a_working_sunday_and_the_russian_names_parse_back() {
    let cal = Calendar::kazakhstan();
    // 2020: Sunday 5 January was worked, Friday 3 January off (Government
    // decree, Labour Code art. 85(3)).
    let got = events(&ics(&cal, 2020, Lang::Ru).unwrap());
    let d = |m, day| NaiveDate::from_ymd_opt(2020, m, day).unwrap();
    assert!(
        got[&d(1, 5)].1.starts_with("рабочий"),
        "{:?}",
        got[&d(1, 5)]
    );
    assert!(got[&d(1, 3)].2.contains("Трудового"), "{:?}", got[&d(1, 3)]);
    // A projected year says it may still change.
    let got = events(&ics(&cal, 2030, Lang::En).unwrap());
    assert!(got.values().all(|v| v.2.contains("may still change")));
}

/// A TEXT value as written (RFC 5545 §3.3.11): `\n` a line break; `\;`,
/// `\,` and `\\` the characters themselves. The `ical` parser gives the
/// value escaped.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Without whitespace: `ical` 0.11 drops the space that ends a folded
/// line when it unfolds it (the writer folds correctly, after the space),
/// so text is compared without spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

/// Every event of a file, in order: (DTSTART, DTEND, SUMMARY, DESCRIPTION,
/// UID), each checked to be an all-day event, the text unescaped.
fn all_events(text: &str) -> Vec<(NaiveDate, NaiveDate, String, String, String)> {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    calendar
        .events
        .iter()
        .map(|event| {
            let prop = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_else(|| panic!("{name} missing"))
            };
            let params = event
                .properties
                .iter()
                .find(|p| p.name == "DTSTART")
                .and_then(|p| p.params.clone());
            assert!(format!("{params:?}").contains("DATE"), "{params:?}");
            let day = |s: String| NaiveDate::parse_from_str(&s, "%Y%m%d").unwrap();
            (
                day(prop("DTSTART")),
                day(prop("DTEND")),
                unescape(&prop("SUMMARY")),
                unescape(&prop("DESCRIPTION")),
                prop("UID"),
            )
        })
        .collect()
}

/// `deadlines --ics`: received Sat 21 March 2026 (Nauryz), the reception on
/// Tue 12 May. By hand from the calendar (kz-calendar 2026: 21–25 March
/// Nauryz and its carry-overs; 1, 7 and 11 May weekdays off):
/// - registered Thu 26 March (п. 21);
/// - the answer, 15 working days after: 27, 30, 31 March, 1, 2, 3, 6, 7, 8,
///   9, 10, 13, 14, 15, 16 April → Thu 16 April (п. 25);
/// - an extension by letter, 30 calendar days: Sat 25 April, a day off →
///   Mon 27 April (п. 26, APPC art. 76(5));
/// - the briefing, 5 working days before 12 May: 8, 6, 5, 4 May, 30 April
///   → Thu 30 April (п. 22);
/// - the date notice and the absence notice, 2 working days before: 8, 6
///   May → Wed 6 May (п. 25, п. 16).
#[test]
fn the_deadlines_of_a_request_parse_back_with_their_rules_and_reasons() {
    use kz_appeals::cli::deadlines::{Query, ics};
    let cal = Calendar::kazakhstan();
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let mut q = Query::received(d(3, 21));
    q.reception = Some(d(5, 12));
    let text = ics(&cal, &q).unwrap();
    let got = all_events(&text);
    let dates: Vec<NaiveDate> = got.iter().map(|e| e.0).collect();
    assert_eq!(
        dates,
        [d(4, 16), d(4, 27), d(4, 30), d(5, 6), d(5, 6)],
        "{got:#?}"
    );
    for (start, end, summary, description, _) in &got {
        // DTEND is exclusive (RFC 5545): the next day.
        assert_eq!(*end, start.succ_opt().unwrap());
        assert!(
            squash(summary).ends_with("(received2026-03-21)"),
            "{summary}"
        );
        assert!(description.contains("п. "), "{description}");
    }
    let has = |text: &str, part: &str| squash(text).contains(&squash(part));
    let (_, _, summary, description, _) = &got[0];
    assert!(has(
        summary,
        "answer to the applicant (received 2026-03-21)"
    ));
    // The rule and the reason: the term and the weekends it passed over.
    assert!(
        description.starts_with("п. 25; APPC art. 76(2)"),
        "{description}"
    );
    assert!(has(description, "15 working days after 2026-03-26"));
    assert!(has(description, "2026-04-04 (Saturday): weekend"));
    // The extension's end moved off Saturday 25 April.
    assert!(has(&got[1].3, "2026-04-25 (Saturday) is not a working day"));
    // UIDs: one per deadline, the same in another language (a re-import
    // replaces), different for another request.
    let uids: Vec<&String> = got.iter().map(|e| &e.4).collect();
    assert_eq!(
        uids.iter().collect::<std::collections::BTreeSet<_>>().len(),
        5
    );
    q.lang = Lang::Ru;
    let ru = all_events(&ics(&cal, &q).unwrap());
    assert_eq!(ru.iter().map(|e| &e.4).collect::<Vec<_>>(), uids);
    assert!(
        ru[0]
            .2
            .starts_with("ответ заявителю (поступило 21.03.2026)"),
        "{}",
        ru[0].2
    );
    q.reception = Some(d(5, 13));
    let other = all_events(&ics(&cal, &q).unwrap());
    assert!(other.iter().all(|e| !uids.contains(&&e.4)));
    // The same request gives the same file, byte for byte.
    q.reception = Some(d(5, 12));
    q.lang = Lang::En;
    assert_eq!(ics(&cal, &q).unwrap(), text);
}

/// A deadline in a provisional year says so: received Thu 10 December 2026,
/// the answer is due in January 2027 (provisional).
#[test]
fn a_deadline_in_a_provisional_year_says_so() {
    use kz_appeals::cli::deadlines::{Query, ics};
    let q = Query::received(NaiveDate::from_ymd_opt(2026, 12, 10).unwrap());
    let got = all_events(&ics(&Calendar::kazakhstan(), &q).unwrap());
    assert_eq!(got[0].0.to_string(), "2027-01-05");
    assert!(squash(&got[0].3).contains("notyetofficial"), "{}", got[0].3);
}
