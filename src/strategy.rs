//! Strategies for property tests of code built on this crate (feature
//! `proptest`): covered dates, working days, valid IINs and BINs, and the
//! crate's enumerations.
//!
//! ```
//! use kz_appeals::calendar::Calendar;
//! use kz_appeals::strategy;
//! use proptest::prelude::*;
//! use proptest::test_runner::TestRunner;
//!
//! let cal = Calendar::kazakhstan();
//! let mut runner = TestRunner::default();
//! // п. 21: a request registered on a working day keeps that day.
//! runner.run(&strategy::working_day(&cal, 2018..=2026), |day| {
//!     let reg = kz_appeals::registration::register(&cal, day).map_err(|e| TestCaseError::fail(e.to_string()))?;
//!     prop_assert_eq!(reg.date, day);
//!     Ok(())
//! })?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use crate::calendar::{Calendar, Holiday};
use crate::identity::{Bin, Iin};
use crate::lang::Lang;
use crate::priority::PriorityCategory;

/// Every date of `years` that the calendar covers, uniformly: the years
/// asked, cut to the calendar's coverage (2018–2035). When none of the
/// years asked is covered, the strategy generates nothing: every case is
/// rejected with a reason that names the years, so the test fails with
/// "too many rejects" instead of testing dates nobody asked for.
///
/// # Example
/// ```
/// use chrono::Datelike;
/// use kz_appeals::{calendar::Calendar, strategy};
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let cal = Calendar::kazakhstan();
/// let date = strategy::covered_date(&cal, 2026..=2026)
///     .new_tree(&mut TestRunner::default())
///     .map_err(|reason| reason.to_string())?
///     .current();
/// assert!(cal.is_working_day(date).is_ok());
/// assert_eq!(date.year(), 2026);
/// // 2040–2045 are not covered: nothing to generate.
/// assert!(strategy::covered_date(&cal, 2040..=2045).new_tree(&mut TestRunner::default()).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn covered_date(
    cal: &Calendar,
    years: RangeInclusive<i32>,
) -> impl Strategy<Value = NaiveDate> + use<> {
    let (from, to) = (
        (*years.start()).max(*cal.years().start()),
        (*years.end()).min(*cal.years().end()),
    );
    let first = NaiveDate::from_ymd_opt(from, 1, 1);
    let last = NaiveDate::from_ymd_opt(to, 12, 31);
    let span = match (first, last) {
        (Some(first), Some(last)) if first <= last => Some((first, last)),
        _ => None,
    };
    let reason = format!(
        "none of the years {}..={} is covered: the calendar covers {}..={}",
        years.start(),
        years.end(),
        cal.years().start(),
        cal.years().end()
    );
    let fallback = cal.first_day();
    let (a, b) = span.map_or((0, 0), |(first, last)| {
        (first.num_days_from_ce(), last.num_days_from_ce())
    });
    (a..=b)
        .prop_map(move |n| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(fallback))
        .prop_filter(reason, move |_| span.is_some())
}

/// A working day of `years` on `cal` (the official 5-day week of state
/// bodies, Labour Code arts. 84–85, Law on holidays art. 5), never one of
/// another year: a date drawn after the last working day of the last year
/// asked is rejected, not moved into the next year.
///
/// # Example
/// ```
/// use chrono::Datelike;
/// use kz_appeals::{calendar::Calendar, strategy};
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let cal = Calendar::kazakhstan();
/// let day = strategy::working_day(&cal, 2020..=2020)
///     .new_tree(&mut TestRunner::default())
///     .map_err(|reason| reason.to_string())?
///     .current();
/// assert!(cal.is_working_day(day)?.value);
/// assert_eq!(day.year(), 2020);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn working_day(
    cal: &Calendar,
    years: RangeInclusive<i32>,
) -> impl Strategy<Value = NaiveDate> + use<> {
    // A clone shares the calendar's tables: it costs a few reference counts.
    let shared = cal.clone();
    let asked = years.clone();
    covered_date(cal, years).prop_filter_map(
        "the working day on or after the date drawn lies after the years asked",
        move |d| {
            shared
                .working_day_on_or_after(d)
                .ok()
                .map(|c| c.value)
                .filter(|w| asked.contains(&w.year()))
        },
    )
}

/// The first 12-digit string of `prefix` followed by a digit that parses.
fn complete<T: std::str::FromStr>(prefix: String) -> Option<T> {
    (0..10u8).find_map(|last| format!("{prefix}{last}").parse().ok())
}

/// A valid IIN: a real birth date, its century and sex digit (1–6), a serial
/// and the check digit.
///
/// # Example
/// ```
/// use kz_appeals::strategy;
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let iin = strategy::iin().new_tree(&mut TestRunner::default())
///     .map_err(|reason| reason.to_string())?.current();
/// assert_eq!(iin.to_string().parse::<kz_appeals::Iin>()?, iin);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn iin() -> impl Strategy<Value = Iin> {
    let birth = (1900..=2025i32, 1..=12u32, 1..=31u32)
        .prop_filter_map("no such day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    (birth, any::<bool>(), 0..10_000u32).prop_filter_map(
        "a few prefixes have no check digit",
        |(born, female, serial)| {
            let century = if born.year() >= 2000 { 5 } else { 3 };
            let prefix = format!(
                "{:02}{:02}{:02}{}{serial:04}",
                born.year() % 100,
                born.month(),
                born.day(),
                century + u8::from(female)
            );
            complete(prefix)
        },
    )
}

/// A valid BIN: a registration year and month, the type (4–6) and attribute
/// (0–3) digits, a serial and the check digit.
///
/// # Example
/// ```
/// use kz_appeals::strategy;
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let bin = strategy::bin().new_tree(&mut TestRunner::default())
///     .map_err(|reason| reason.to_string())?.current();
/// assert_eq!(bin.to_string().parse::<kz_appeals::Bin>()?, bin);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bin() -> impl Strategy<Value = Bin> {
    (0..100u32, 1..=12u32, 4..=6u8, 0..=3u8, 0..100_000u32).prop_filter_map(
        "a few prefixes have no check digit",
        |(yy, mm, kind, attribute, serial)| {
            complete(format!("{yy:02}{mm:02}{kind}{attribute}{serial:05}"))
        },
    )
}

impl Arbitrary for Iin {
    type Parameters = ();
    type Strategy = BoxedStrategy<Iin>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        iin().boxed()
    }
}

impl Arbitrary for Bin {
    type Parameters = ();
    type Strategy = BoxedStrategy<Bin>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        bin().boxed()
    }
}

impl Arbitrary for Lang {
    type Parameters = ();
    type Strategy = BoxedStrategy<Lang>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        proptest::sample::select(Lang::ALL.to_vec()).boxed()
    }
}

impl Arbitrary for PriorityCategory {
    type Parameters = ();
    type Strategy = BoxedStrategy<PriorityCategory>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        proptest::sample::select(PriorityCategory::ALL.to_vec()).boxed()
    }
}

impl Arbitrary for Holiday {
    type Parameters = ();
    type Strategy = BoxedStrategy<Holiday>;
    fn arbitrary_with(_: ()) -> Self::Strategy {
        proptest::sample::select(Holiday::ALL.to_vec()).boxed()
    }
}
