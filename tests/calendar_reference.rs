//! Every day of 2018–2027 checked against the reconstructed official
//! calendar (`tests/data/kz_calendar_2018_2027.json`, a copy of the shared
//! reference with the law behind every day).

use chrono::{Datelike, NaiveDate, Weekday};
use kz_appeals::calendar::Calendar;
use serde_json::Value;

fn reference() -> Value {
    let text = include_str!("data/kz_calendar_2018_2027.json");
    serde_json::from_str(text).expect("reference calendar is valid JSON")
}

fn dates(v: &Value) -> Vec<NaiveDate> {
    v.as_array()
        .expect("array of dates")
        .iter()
        .map(|d| d.as_str().expect("string").parse().expect("ISO date"))
        .collect()
}

#[test]
fn every_day_2018_2027_matches_the_reference() {
    let cal = Calendar::kazakhstan();
    let reference = reference();
    let mut checked = 0;
    for year in 2018..=2027 {
        let entry = &reference[year.to_string()];
        let off = dates(&entry["non_working_weekdays"]);
        let on = dates(&entry["working_weekend_days"]);
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        while day.year() == year {
            let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
            let expected = if weekend {
                on.contains(&day)
            } else {
                !off.contains(&day)
            };
            let got = cal.is_working_day(day).unwrap().value;
            assert_eq!(got, expected, "{day}: {:?}", cal.day(day).unwrap().kind);
            checked += 1;
            day = day.succ_opt().unwrap();
        }
        let (got_off, got_on) = cal.exceptions(year).unwrap();
        assert_eq!(got_off, off, "{year} non-working weekdays");
        assert_eq!(got_on, on, "{year} working weekend days");
    }
    assert_eq!(checked, 3652);
}

#[test]
fn yearly_totals_match_the_press_figures() {
    // kz-calendar/README.md §5: working days per year (5-day week).
    let expected = [
        (2018, 246),
        (2019, 246),
        (2020, 246),
        (2021, 245),
        (2022, 246),
        (2023, 246),
        (2024, 249),
        (2025, 246),
        (2026, 247),
        (2027, 247),
    ];
    let cal = Calendar::kazakhstan();
    for (year, working) in expected {
        let n = cal
            .year_days(year)
            .unwrap()
            .filter(|d| d.is_working())
            .count();
        assert_eq!(n, working, "{year}");
    }
}
