//! Per-month and inclusive-range queries, and days off from a date onward
//! (issue 10), with expectations worked out by hand from the calendar law.

use chrono::{Datelike, Month, NaiveDate};
use kz_appeals::calendar::{Calendar, CalendarError, Weekends};
use proptest::prelude::*;
use std::sync::LazyLock;

static CAL: LazyLock<Calendar> = LazyLock::new(Calendar::kazakhstan);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const MONTHS: [Month; 12] = [
    Month::January,
    Month::February,
    Month::March,
    Month::April,
    Month::May,
    Month::June,
    Month::July,
    Month::August,
    Month::September,
    Month::October,
    Month::November,
    Month::December,
];

/// February 2024 (leap): Thu 1 to Thu 29, no holiday: 2 + 5 + 5 + 5 + 4 = 21
/// weekdays, all working.
#[test]
fn a_month_without_holidays_counts_its_weekdays() {
    let feb = CAL.working_days_in_month(2024, Month::February).unwrap();
    assert_eq!(feb.value, 21);
    assert!(!feb.provisional);
    assert_eq!(
        CAL.days_off_in_month(2024, Month::February, Weekends::Skip)
            .unwrap()
            .count(),
        0
    );
    // 8 weekend days: 3–4, 10–11, 17–18, 24–25.
    assert_eq!(
        CAL.days_off_in_month(2024, Month::February, Weekends::Include)
            .unwrap()
            .count(),
        8
    );
}

/// The months of a year add up to the press figures (kz-calendar/README.md
/// §5): 246 working days in 2025, 247 in 2026.
#[test]
fn the_months_add_up_to_the_year() {
    for (year, total) in [(2025, 246), (2026, 247)] {
        let sum: u32 = MONTHS
            .iter()
            .map(|&m| CAL.working_days_in_month(year, m).unwrap().value)
            .sum();
        assert_eq!(sum, total, "{year}");
    }
}

/// 2025 without plain weekends: the 16 weekdays off of the reference (9
/// holidays on weekdays, 6 carry-overs, Fri 3 January by transfer) and the 6
/// holidays on a weekend (Sat 8 March, Sat 22 and Sun 23 March, Sun 6 July,
/// Sat 30 August, Sat 25 October): 22. The working Sunday 5 January is not
/// a day off.
#[test]
fn days_off_of_a_year_without_plain_weekends() {
    let off: Vec<NaiveDate> = CAL
        .days_off_from(d(2025, 1, 1), Weekends::Skip)
        .unwrap()
        .take_while(|day| day.date.year() == 2025)
        .map(|day| day.date)
        .collect();
    assert_eq!(off.len(), 22);
    assert!(!off.contains(&d(2025, 1, 5)));
    for weekend_holiday in [
        d(2025, 3, 8),
        d(2025, 3, 22),
        d(2025, 7, 6),
        d(2025, 10, 25),
    ] {
        assert!(off.contains(&weekend_holiday), "{weekend_holiday}");
    }
    let by_month: usize = MONTHS
        .iter()
        .map(|&m| {
            CAL.days_off_in_month(2025, m, Weekends::Skip)
                .unwrap()
                .count()
        })
        .sum();
    assert_eq!(by_month, 22);
}

#[test]
fn years_and_dates_outside_coverage_are_errors() {
    assert!(matches!(
        CAL.working_days_in_month(2017, Month::December),
        Err(CalendarError::YearOutOfRange { year: 2017, .. })
    ));
    assert!(
        CAL.days_off_in_month(2036, Month::January, Weekends::Skip)
            .is_err()
    );
    assert!(matches!(
        CAL.working_days_in(d(2017, 12, 31)..=d(2018, 1, 5)),
        Err(CalendarError::DateOutOfRange { date, .. }) if date == d(2017, 12, 31)
    ));
    assert!(CAL.days_off_from(d(2036, 1, 1), Weekends::Include).is_err());
}

proptest! {
    /// The inclusive count is the term count from the day before:
    /// [a, b] = (a - 1, b], and it is never negative.
    #[test]
    fn inclusive_count_is_the_term_count_from_the_day_before(
        a in 1u64..6573, len in 0u64..400,
    ) {
        let first = d(2018, 1, 1) + chrono::Days::new(a);
        let last = (first + chrono::Days::new(len)).min(d(2035, 12, 31));
        let inclusive = CAL.working_days_in(first..=last).unwrap();
        let term = CAL.working_days_between(first.pred_opt().unwrap(), last).unwrap();
        prop_assert_eq!(i64::from(inclusive.value), term.value);
        // The flag covers the first day too.
        let first_provisional = CAL.day(first).unwrap().is_provisional();
        prop_assert_eq!(
            inclusive.provisional,
            first_provisional || CAL.provisional_between(first, last).unwrap()
        );
    }
}

proptest! {
    /// A month's count is the number of its days that are working days, and
    /// its days off are the others, asked day by day; the flag is whether
    /// its year is official.
    #[test]
    fn a_month_is_its_days(year in 2018i32..=2035, m in 0usize..12) {
        let month = MONTHS[m];
        let first = d(year, month.number_from_month(), 1);
        let days: Vec<_> = CAL
            .days_between(first, first + chrono::Months::new(1) - chrono::Days::new(1))
            .unwrap()
            .collect();
        let working = days.iter().filter(|day| day.is_working()).count();
        let count = CAL.working_days_in_month(year, month).unwrap();
        prop_assert_eq!(count.value as usize, working);
        prop_assert_eq!(count.provisional, days[0].is_provisional());
        let off: Vec<NaiveDate> = CAL
            .days_off_in_month(year, month, Weekends::Include)
            .unwrap()
            .map(|day| day.date)
            .collect();
        prop_assert_eq!(off.len() + working, days.len());
        prop_assert!(off.iter().all(|&date| !CAL.is_working_day(date).unwrap().value));
    }
}
