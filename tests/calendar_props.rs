//! Property tests of the working-day calendar: the arithmetic's invariants
//! and the rules of the Law on holidays and the Labour Code.

use chrono::{Datelike, NaiveDate, Weekday};
use kz_appeals::calendar::{
    ActRef, Calendar, CalendarError, DayKind, Holiday, KurbanAit, YearOrders, YearStatus,
};
use proptest::prelude::*;
use std::sync::LazyLock;

/// Built once for all cases (tests may share state; the library keeps none).
static CAL: LazyLock<Calendar> = LazyLock::new(Calendar::kazakhstan);

/// The built-in calendar with 2027 and 2030 made official (their Kurban ait
/// fixed on the estimated day), so that the provisional years are 2028–2029
/// and 2031–2035: not one run to the end.
static GAPPED: LazyLock<Calendar> = LazyLock::new(|| {
    let official = |year, m, d| YearOrders {
        year,
        status: Some(YearStatus::Official),
        kurban_ait: Some(KurbanAit::fixed(
            NaiveDate::from_ymd_opt(year, m, d).unwrap(),
            ActRef::new("test"),
        )),
        ..Default::default()
    };
    Calendar::kazakhstan()
        .with_updates([&official(2027, 5, 16), &official(2030, 4, 13)])
        .unwrap()
});

/// Whether a day of `from..=to` is provisional, asked day by day.
fn any_provisional(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> bool {
    cal.days_between(from, to)
        .unwrap()
        .any(|d| d.is_provisional())
}

fn covered_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2018, 1, 1)
        .unwrap()
        .num_days_from_ce();
    let last = NaiveDate::from_ymd_opt(2035, 12, 31)
        .unwrap()
        .num_days_from_ce();
    (first..=last).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap())
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap())
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The n-th working day after x is a working day, later than x, with
    /// exactly n working days in (x, result].
    #[test]
    fn add_lands_on_a_working_day_n_days_on(x in covered_date(), n in 1u32..400) {
        let cal = &*CAL;
        if let Ok(r) = cal.add_working_days(x, n) {
            prop_assert!(r.value > x);
            prop_assert!(cal.is_working_day(r.value).unwrap().value);
            prop_assert_eq!(cal.working_days_between(x, r.value).unwrap().value, i64::from(n));
            // and no earlier day would do
            let before = r.value.pred_opt().unwrap();
            prop_assert_eq!(cal.working_days_between(x, before).unwrap().value, i64::from(n) - 1);
        }
    }

    /// The n-th working day before y is a working day with exactly n working
    /// days in [result, y).
    #[test]
    fn sub_leaves_n_working_days_before(y in covered_date(), n in 1u32..400) {
        let cal = &*CAL;
        if let Ok(r) = cal.sub_working_days(y, n) {
            prop_assert!(r.value < y);
            prop_assert!(cal.is_working_day(r.value).unwrap().value);
            let last_before = y.pred_opt().unwrap();
            // (r, y-1] holds n - 1 working days, and r itself is one.
            prop_assert_eq!(cal.working_days_between(r.value, last_before).unwrap().value, i64::from(n) - 1);
        }
    }

    /// Forward then back returns to a working-day start; a later start never
    /// gives an earlier result.
    #[test]
    fn add_sub_round_trip_and_monotone(x in covered_date(), d in 0i64..60, n in 1u32..100) {
        let cal = &*CAL;
        let y = x + chrono::Days::new(d as u64);
        if let (Ok(a), Ok(b)) = (cal.add_working_days(x, n), cal.add_working_days(y, n)) {
            prop_assert!(a.value <= b.value);
            if cal.is_working_day(x).unwrap().value {
                prop_assert_eq!(cal.sub_working_days(a.value, n).unwrap().value, x);
            }
        }
    }

    /// Counting between is antisymmetric and additive.
    #[test]
    fn between_is_additive(a in covered_date(), b in covered_date(), c in covered_date()) {
        let cal = &*CAL;
        let ab = cal.working_days_between(a, b).unwrap().value;
        let bc = cal.working_days_between(b, c).unwrap().value;
        let ac = cal.working_days_between(a, c).unwrap().value;
        prop_assert_eq!(ab + bc, ac);
        prop_assert_eq!(cal.working_days_between(b, a).unwrap().value, -ab);
    }

    /// Any date chrono can represent and any count: a value or a typed
    /// error, never a panic, and an error exactly when leaving coverage.
    #[test]
    fn never_panics(x in any_date(), n in any::<u32>()) {
        let cal = &*CAL;
        let inside = x >= cal.first_day() && x <= cal.last_day();
        for r in [cal.add_working_days(x, n), cal.sub_working_days(x, n)] {
            match r {
                Ok(v) => {
                    prop_assert!(inside && n > 0);
                    prop_assert!(v.value >= cal.first_day() && v.value <= cal.last_day());
                }
                Err(CalendarError::ZeroCount { .. }) => prop_assert_eq!(n, 0),
                Err(CalendarError::DateOutOfRange { .. }) => prop_assert!(!inside),
                Err(CalendarError::CountOutOfRange { .. }) => prop_assert!(inside),
                Err(e) => prop_assert!(false, "unexpected error {e}"),
            }
        }
        prop_assert_eq!(cal.is_working_day(x).is_ok(), inside);
        prop_assert_eq!(cal.working_days_between(x, cal.first_day()).is_ok(), inside);
    }

    /// The provisional flag of a count is whether a day it looked at, (x,
    /// result] forward or [result, x) backward, is in a year not official,
    /// checked day by day on calendars with one and with two runs of such
    /// years.
    #[test]
    fn provisional_flag_is_the_days_it_looked_at(x in covered_date(), n in 1u32..600) {
        for cal in [&*CAL, &*GAPPED] {
            if let Ok(r) = cal.add_working_days(x, n) {
                let looked = any_provisional(cal, x.succ_opt().unwrap(), r.value);
                prop_assert_eq!(r.provisional, looked, "{} + {}", x, n);
                let between = cal.working_days_between(x, r.value).unwrap();
                prop_assert_eq!(between.provisional, looked);
                let back = cal.working_days_between(r.value, x).unwrap();
                prop_assert_eq!(back.provisional, looked);
                prop_assert_eq!(cal.provisional_between(r.value, x).unwrap(), looked);
            }
            if let Ok(r) = cal.sub_working_days(x, n) {
                let looked = any_provisional(cal, r.value, x.pred_opt().unwrap());
                prop_assert_eq!(r.provisional, looked, "{} - {}", x, n);
            }
        }
    }

    /// Provisional flag: a count that stays inside 2018–2026 is never
    /// provisional; one that reaches 2027 or later always is.
    #[test]
    fn provisional_exactly_when_reaching_2027(x in covered_date(), n in 1u32..300) {
        let cal = &*CAL;
        if let Ok(r) = cal.add_working_days(x, n) {
            prop_assert_eq!(r.provisional, r.value.year() >= 2027);
        }
    }
}

/// Law on holidays art. 5: every holiday of the Law that falls on a
/// Saturday or Sunday gives exactly one weekday off after it, which no other
/// holiday claims; the religious days off of Labour Code art. 84(5) never do.
#[test]
fn weekend_holidays_carry_over_exactly_once() {
    let cal = Calendar::kazakhstan();
    for year in cal.years() {
        let days: Vec<_> = cal.year_days(year).unwrap().collect();
        for day in &days {
            let DayKind::Holiday {
                holiday,
                carried_to,
            } = &day.kind
            else {
                continue;
            };
            let expected = holiday.carries_over() && is_weekend(day.date);
            prop_assert_carry(&cal, day.date, *holiday, *carried_to, expected);
        }
        // Every carry-over day points back at a weekend holiday of the Law.
        for day in &days {
            if let DayKind::CarryOver {
                holiday,
                holiday_date,
            } = day.kind
            {
                assert!(holiday.carries_over(), "{}", day.date);
                assert!(is_weekend(holiday_date), "{}", day.date);
                assert!(!is_weekend(day.date), "{}", day.date);
            }
        }
    }
}

fn prop_assert_carry(
    cal: &Calendar,
    date: NaiveDate,
    holiday: Holiday,
    carried_to: Option<NaiveDate>,
    expected: bool,
) {
    assert_eq!(carried_to.is_some(), expected, "{date} {holiday:?}");
    let Some(to) = carried_to else { return };
    assert!(to > date && !is_weekend(to), "{date} -> {to}");
    match cal.day(to).unwrap().kind {
        DayKind::CarryOver {
            holiday: h,
            holiday_date,
        } => {
            assert_eq!((h, holiday_date), (holiday, date));
        }
        // The one case where a decree moved the carry-over day (2020-05-11).
        DayKind::WorkingByTransfer { .. } => {
            assert_eq!(to, NaiveDate::from_ymd_opt(2020, 5, 11).unwrap());
        }
        other => panic!("{date} carried to {to}, which is {other:?}"),
    }
    // No weekday between the holiday and its carry-over day was available:
    // each is a holiday or an earlier carry-over.
    for between in date.iter_days().skip(1).take_while(|d| *d < to) {
        let kind = cal.day(between).unwrap().kind;
        assert!(
            is_weekend(between)
                || matches!(kind, DayKind::Holiday { .. } | DayKind::CarryOver { .. }),
            "{between} was free for the carry-over of {date}: {kind:?}"
        );
    }
}

/// Chains named by the law's commentary: 2018-12-16 (Sun) passes the
/// holiday of 17 December and lands on 18 December; 2022-05-07 (Sat) passes
/// Sunday and Victory Day (Mon 9 May) and lands on Tuesday 10 May.
#[test]
fn carry_over_chains() {
    let cal = Calendar::kazakhstan();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    for (holiday_date, holiday, to) in [
        (d(2018, 12, 16), Holiday::IndependenceDay, d(2018, 12, 18)),
        (
            d(2022, 5, 7),
            Holiday::DefenderOfTheFatherlandDay,
            d(2022, 5, 10),
        ),
    ] {
        assert_eq!(
            cal.day(to).unwrap().kind,
            DayKind::CarryOver {
                holiday,
                holiday_date
            }
        );
    }
    // 2024-06-16, Kurban ait on a Sunday: 17 June stays a working day.
    assert!(cal.is_working_day(d(2024, 6, 17)).unwrap().value);
    // 2023-01-07, Orthodox Christmas on a Saturday: 9 January is working.
    assert!(cal.is_working_day(d(2023, 1, 9)).unwrap().value);
}

/// The law in force: 2022 dropped 1 and 17 December and restored 25 October;
/// 2026 has no Constitution Day; 2027 has it on 15 March.
#[test]
fn holiday_list_follows_the_law_in_force() {
    let cal = Calendar::kazakhstan();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let working = |date| cal.is_working_day(date).unwrap().value;
    assert!(!working(d(2021, 12, 1)) && !working(d(2021, 12, 17)));
    assert!(working(d(2022, 12, 1)) && working(d(2022, 12, 19)));
    assert!(working(d(2021, 10, 25)) && !working(d(2022, 10, 25)));
    assert!(!working(d(2025, 9, 1))); // carry-over of 30 Aug 2025 (Sat)
    assert!(working(d(2026, 8, 31)) && working(d(2026, 3, 16)));
    assert!(!working(d(2027, 3, 15)));
    assert!(!working(d(2030, 3, 15))); // projected: Friday 15 March 2030
}

/// The working Sundays and the working Monday of the transfer acts.
#[test]
fn transfers_make_weekends_and_a_monday_working() {
    let cal = Calendar::kazakhstan();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    for working in [
        d(2020, 1, 5),
        d(2020, 12, 20),
        d(2025, 1, 5),
        d(2020, 5, 11),
        d(2018, 3, 3),
    ] {
        let day = cal.day(working).unwrap();
        assert!(day.is_working(), "{working}");
        assert!(
            matches!(day.kind, DayKind::WorkingByTransfer { .. }),
            "{working}"
        );
        assert_eq!(
            day.citation().unwrap().to_string(),
            "Labour Code art. 85(3)"
        );
    }
    assert!(!cal.is_working_day(d(2020, 5, 8)).unwrap().value);
}

/// `days_off_between` counts `(start, end]`: an empty range at the last
/// covered day is empty, not an error, since both dates are covered.
#[test]
fn days_off_between_at_the_edge_of_coverage() {
    let cal = Calendar::kazakhstan();
    let last = cal.last_day();
    assert_eq!(cal.days_off_between(last, last).unwrap().count(), 0);
    let first = cal.first_day();
    assert_eq!(cal.days_off_between(last, first).unwrap().count(), 0);
    // (Sat 29 Dec 2035, Mon 31 Dec 2035]: Sunday 30 December only.
    let d = |m, day| NaiveDate::from_ymd_opt(2035, m, day).unwrap();
    let off: Vec<_> = cal
        .days_off_between(d(12, 29), last)
        .unwrap()
        .map(|day| day.date)
        .collect();
    assert_eq!(off, [d(12, 30)]);
    assert!(cal.days_off_between(last, NaiveDate::MAX).is_err());
}
