//! `calendar YEAR --ics` read back with an independent iCalendar parser (the
//! `ical` crate, not the `icalendar` crate that writes it).

use std::collections::BTreeMap;
use std::io::BufReader;

use chrono::{Datelike, NaiveDate, Weekday};
use kz_appeals::cli::calendar::ics;
use kz_appeals::{Calendar, Lang};

/// Each event by its DTSTART date: (DTEND, SUMMARY, DESCRIPTION, UID).
fn events(text: &str) -> BTreeMap<NaiveDate, (String, String, String, String)> {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    let mut out = BTreeMap::new();
    for event in calendar.events {
        let prop = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_else(|| panic!("{name} missing"))
        };
        let start = prop("DTSTART");
        // All-day events: VALUE=DATE.
        let params = event
            .properties
            .iter()
            .find(|p| p.name == "DTSTART")
            .and_then(|p| p.params.clone());
        assert!(format!("{params:?}").contains("DATE"), "{params:?}");
        let date = NaiveDate::parse_from_str(&start, "%Y%m%d").unwrap();
        let previous = out.insert(
            date,
            (
                prop("DTEND"),
                prop("SUMMARY"),
                prop("DESCRIPTION"),
                prop("UID"),
            ),
        );
        assert!(previous.is_none(), "{date} twice");
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
        assert_eq!(end, &date.succ_opt().unwrap().format("%Y%m%d").to_string());
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
    assert!(
        got[&d(1, 3)].2.contains("Трудовой кодекс"),
        "{:?}",
        got[&d(1, 3)]
    );
    // A projected year says it may still change.
    let got = events(&ics(&cal, 2030, Lang::En).unwrap());
    assert!(got.values().all(|v| v.2.contains("may still change")));
}
