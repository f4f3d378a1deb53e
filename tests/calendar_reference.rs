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

/// 2028–2035, projected from the law alone (RULES.md §1): no transfer
/// order yet, and the first day of Kurban ait estimated
/// (`kz-calendar/kurban_ait_estimates.json`). Worked out by hand from the
/// weekday of each holiday; a holiday of the Law on a Saturday or Sunday
/// gives the next working day that is neither a holiday nor an earlier
/// carry-over (Law on holidays art. 5); 7 January and Kurban ait never do
/// (Labour Code art. 84(5)).
fn projected_weekdays_off(year: i32) -> Vec<(u32, u32)> {
    match year {
        // Sat 1, Sun 2 Jan -> Mon 3, Tue 4; Fri 7 Jan; Wed 8, Wed 15, Tue–Thu
        // 21–23 Mar; Mon 1 May; Fri 5 May Kurban ait (estimate); Sun 7 May ->
        // Mon 8; Tue 9 May; Thu 6 Jul; Wed 25 Oct; Sat 16 Dec -> Mon 18.
        2028 => vec![
            (1, 3),
            (1, 4),
            (1, 7),
            (3, 8),
            (3, 15),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 1),
            (5, 5),
            (5, 8),
            (5, 9),
            (7, 6),
            (10, 25),
            (12, 18),
        ],
        // Mon 1, Tue 2 Jan; Sun 7 Jan nothing; Thu 8, Thu 15, Wed–Fri 21–23
        // Mar; Tue 24 Apr Kurban ait (estimate); Tue 1, Mon 7, Wed 9 May;
        // Fri 6 Jul; Thu 25 Oct; Sun 16 Dec -> Mon 17.
        2029 => vec![
            (1, 1),
            (1, 2),
            (3, 8),
            (3, 15),
            (3, 21),
            (3, 22),
            (3, 23),
            (4, 24),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 6),
            (10, 25),
            (12, 17),
        ],
        // Tue 1, Wed 2, Mon 7 Jan; Fri 8, Fri 15, Thu 21, Fri 22 Mar; Sat 23
        // Mar -> Mon 25; Sat 13 Apr Kurban ait (estimate) nothing; Wed 1, Tue
        // 7, Thu 9 May; Sat 6 Jul -> Mon 8; Fri 25 Oct; Mon 16 Dec.
        2030 => vec![
            (1, 1),
            (1, 2),
            (1, 7),
            (3, 8),
            (3, 15),
            (3, 21),
            (3, 22),
            (3, 25),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 8),
            (10, 25),
            (12, 16),
        ],
        // Wed 1, Thu 2, Tue 7 Jan; Sat 8 Mar -> Mon 10; Sat 15 Mar -> Mon 17;
        // Fri 21 Mar; Sat 22, Sun 23 Mar -> Mon 24, Tue 25; Wed 2 Apr Kurban
        // ait (estimate); Thu 1, Wed 7, Fri 9 May; Sun 6 Jul -> Mon 7; Sat
        // 25 Oct -> Mon 27; Tue 16 Dec.
        2031 => vec![
            (1, 1),
            (1, 2),
            (1, 7),
            (3, 10),
            (3, 17),
            (3, 21),
            (3, 24),
            (3, 25),
            (4, 2),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 7),
            (10, 27),
            (12, 16),
        ],
        // Thu 1, Fri 2, Wed 7 Jan; Mon 8, Mon 15 Mar; Sun 21 Mar passes Nauryz
        // on Mon 22 (also the estimated Kurban ait) and Tue 23 -> Wed 24; Sat
        // 1 May -> Mon 3; Fri 7 May; Sun 9 May -> Mon 10; Tue 6 Jul; Mon 25
        // Oct; Thu 16 Dec.
        2032 => vec![
            (1, 1),
            (1, 2),
            (1, 7),
            (3, 8),
            (3, 15),
            (3, 22),
            (3, 23),
            (3, 24),
            (5, 3),
            (5, 7),
            (5, 10),
            (7, 6),
            (10, 25),
            (12, 16),
        ],
        // Sat 1, Sun 2 Jan -> Mon 3, Tue 4; Fri 7 Jan; Tue 8 Mar; Fri 11 Mar
        // Kurban ait (estimate); Tue 15, Mon–Wed 21–23 Mar; Sun 1 May -> Mon
        // 2; Sat 7 May passes Victory Day on Mon 9 -> Tue 10; Wed 6 Jul; Tue
        // 25 Oct; Fri 16 Dec.
        2033 => vec![
            (1, 3),
            (1, 4),
            (1, 7),
            (3, 8),
            (3, 11),
            (3, 15),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 2),
            (5, 9),
            (5, 10),
            (7, 6),
            (10, 25),
            (12, 16),
        ],
        // Sun 1 Jan passes Mon 2 (New Year) -> Tue 3; Sat 7 Jan nothing; Wed
        // 1 Mar Kurban ait (estimate); Wed 8, Wed 15, Tue–Thu 21–23 Mar; Mon 1
        // May; Sun 7 May -> Mon 8; Tue 9 May; Thu 6 Jul; Wed 25 Oct; Sat 16
        // Dec -> Mon 18.
        2034 => vec![
            (1, 2),
            (1, 3),
            (3, 1),
            (3, 8),
            (3, 15),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 1),
            (5, 8),
            (5, 9),
            (7, 6),
            (10, 25),
            (12, 18),
        ],
        // Mon 1, Tue 2 Jan; Sun 7 Jan nothing; Sun 18 Feb Kurban ait
        // (estimate) nothing; Thu 8, Thu 15, Wed–Fri 21–23 Mar; Tue 1, Mon 7,
        // Wed 9 May; Fri 6 Jul; Thu 25 Oct; Sun 16 Dec -> Mon 17.
        2035 => vec![
            (1, 1),
            (1, 2),
            (3, 8),
            (3, 15),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 6),
            (10, 25),
            (12, 17),
        ],
        _ => unreachable!("{year} is not projected"),
    }
}

#[test]
fn every_day_2028_2035_follows_the_law_with_kurban_ait_estimated() {
    let cal = Calendar::kazakhstan();
    for year in 2028..=2035 {
        let off: Vec<NaiveDate> = projected_weekdays_off(year)
            .into_iter()
            .map(|(m, d)| NaiveDate::from_ymd_opt(year, m, d).unwrap())
            .collect();
        let (got_off, got_on) = cal.exceptions(year).unwrap();
        assert_eq!(got_off, off, "{year} non-working weekdays");
        assert_eq!(
            got_on,
            [],
            "{year}: no transfer order, no working weekend day"
        );
        assert_eq!(
            cal.year_status(year).unwrap(),
            kz_appeals::calendar::YearStatus::Projected
        );
    }
}

/// The estimated first days of Kurban ait (`kurban_ait_estimates.json`):
/// each is a day off marked as an estimate, except 2032-03-22, which is
/// Nauryz anyway; on a weekend (2027-05-16, 2030-04-13, 2035-02-18) it
/// gives no carry-over: the Monday after works.
#[test]
fn estimated_kurban_ait_days_are_marked_and_never_carried_over() {
    use kz_appeals::calendar::{DayKind, Holiday};
    let cal = Calendar::kazakhstan();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let estimates = [
        d(2027, 5, 16),
        d(2028, 5, 5),
        d(2029, 4, 24),
        d(2030, 4, 13),
        d(2031, 4, 2),
        d(2032, 3, 22),
        d(2033, 3, 11),
        d(2034, 3, 1),
        d(2035, 2, 18),
    ];
    for date in estimates {
        let day = cal.day(date).unwrap();
        assert!(!day.is_working(), "{date}");
        assert!(day.is_provisional(), "{date}");
        let orders = cal.year_orders(date.year()).unwrap();
        let kurban = orders.kurban_ait.unwrap();
        assert_eq!((kurban.date, kurban.estimate), (date, true));
        if date == d(2032, 3, 22) {
            assert!(matches!(
                day.kind,
                DayKind::Holiday {
                    holiday: Holiday::Nauryz,
                    ..
                }
            ));
            continue;
        }
        assert!(
            matches!(
                day.kind,
                DayKind::EstimatedHoliday {
                    holiday: Holiday::KurbanAit,
                    ..
                }
            ),
            "{date}: {:?}",
            day.kind
        );
        assert!(day.kind.is_estimate());
        for (lang, word) in [
            (kz_appeals::Lang::Kk, "БАҒАЛАНҒАН"),
            (kz_appeals::Lang::Ru, "ОЦЕНОЧНАЯ"),
            (kz_appeals::Lang::En, "ESTIMATE"),
        ] {
            let text = day.describe(lang);
            assert!(text.contains(word), "{date} {lang:?}: {text}");
            assert!(
                text.contains("84"),
                "{date} {lang:?}: no Labour Code art. 84(5) in {text}"
            );
        }
    }
    // On a weekend: the Monday after is an ordinary working day.
    for monday in [d(2027, 5, 17), d(2030, 4, 15), d(2035, 2, 19)] {
        assert_eq!(cal.day(monday).unwrap().kind, DayKind::Working, "{monday}");
    }
    // 2027 stays provisional: Kurban ait and the transfer order are not
    // published yet.
    assert_eq!(
        cal.year_status(2027).unwrap(),
        kz_appeals::calendar::YearStatus::Provisional
    );
}
