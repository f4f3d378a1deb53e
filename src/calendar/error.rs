//! Errors of the calendar: a query outside the covered range, a count that
//! leaves it, and an update that contradicts the law.

use chrono::NaiveDate;

use super::{DayKind, Holiday};

/// The direction of a working-day count.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::{Calendar, CalendarError, Direction};
/// let cal = Calendar::kazakhstan();
/// // 5 working days before 3 January 2018 lie before the calendar's first day.
/// let err = cal.sub_working_days(NaiveDate::from_ymd_opt(2018, 1, 3).unwrap(), 5).unwrap_err();
/// assert!(matches!(err, CalendarError::CountOutOfRange { direction: Direction::Before, .. }));
/// assert_eq!(Direction::Before.to_string(), "before");
/// assert_eq!("after".parse::<Direction>()?, Direction::After);
/// # Ok::<(), kz_appeals::UnknownName>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Counting forward, strictly after the start.
    After,
    /// Counting backward, strictly before the start.
    Before,
}

crate::lang::machine_names!(Direction, "direction", {
    Direction::After => "after",
    Direction::Before => "before",
});

/// A query the calendar cannot answer without guessing.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::{Calendar, CalendarError};
/// let cal = Calendar::kazakhstan();
/// let err = cal.is_working_day(NaiveDate::from_ymd_opt(2017, 12, 29).unwrap()).unwrap_err();
/// assert!(matches!(err, CalendarError::DateOutOfRange { .. }));
/// assert_eq!(
///     err.to_string(),
///     "2017-12-29 is outside the calendar, which covers 2018-01-01 to 2035-12-31; \
///      give a date in that range (nothing is known before it; a newer release covers later years)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The date lies outside the covered range.
    #[error(
        "{date} is outside the calendar, which covers {first} to {last}; \
         give a date in that range (nothing is known before it; a newer release covers later years)"
    )]
    DateOutOfRange {
        /// The date asked about.
        date: NaiveDate,
        /// The first covered day.
        first: NaiveDate,
        /// The last covered day.
        last: NaiveDate,
    },
    /// The year lies outside the covered range.
    #[error(
        "year {year} is outside the calendar, which covers {first} to {last}; give a year in that range"
    )]
    YearOutOfRange {
        /// The year asked about.
        year: i32,
        /// The first covered year.
        first: i32,
        /// The last covered year.
        last: i32,
    },
    /// The counted day would lie outside the covered range.
    #[error(
        "working day number {count} {direction} {start} lies outside the calendar, \
         which covers {first} to {last}; use a smaller count or a start further from the edge"
    )]
    CountOutOfRange {
        /// The start of the count.
        start: NaiveDate,
        /// The number of working days asked for.
        count: u32,
        /// Forward or backward.
        direction: Direction,
        /// The first covered day.
        first: NaiveDate,
        /// The last covered day.
        last: NaiveDate,
    },
    /// A count of zero working days.
    #[error(
        "a count of 0 working days {direction} {start} names no day; \
         count from 1, the first working day strictly {direction} the start"
    )]
    ZeroCount {
        /// The start of the count.
        start: NaiveDate,
        /// Forward or backward.
        direction: Direction,
    },
}

/// An update ([`YearOrders`](super::YearOrders)) that the calendar refuses,
/// naming the entry at fault.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::{ActRef, Calendar, Transfer, UpdateError, YearOrders};
/// let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
/// let update = YearOrders {
///     year: 2027,
///     // 2027-01-08 is a Friday, a working day: it cannot be transferred.
///     transfers: vec![Transfer { from: d(1, 8), to: d(1, 11), act: ActRef::new("order") }],
///     ..Default::default()
/// };
/// let err = Calendar::kazakhstan().with_update(&update).unwrap_err();
/// assert!(matches!(err, UpdateError::TransferFromWorkingDay { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UpdateError {
    /// The update is filed under a year the calendar does not cover.
    #[error(
        "an update for {year} names a year the calendar does not cover ({first} to {last}); \
         file it under a covered year"
    )]
    YearNotCovered {
        /// The year of the update.
        year: i32,
        /// The first covered year.
        first: i32,
        /// The last covered year.
        last: i32,
    },
    /// An entry's date lies outside the year the update is filed under.
    #[error(
        "the {entry} dated {date} lies outside {year}, the year the update is filed under; \
         correct the date or file the entry under its own year"
    )]
    DateOutsideYear {
        /// The year of the update.
        year: i32,
        /// The date at fault.
        date: NaiveDate,
        /// Which entry: "transfer from", "transfer to", "extra day off", "Kurban ait".
        entry: &'static str,
    },
    /// A transfer from a day that is a working day.
    #[error(
        "Labour Code art. 85(3): the transfer {from} -> {to} ({act}) moves {from}, which is not a day off ({}); \
         a transfer moves a day off: check its from date",
        .kind.describe(crate::Lang::En)
    )]
    TransferFromWorkingDay {
        /// The `from` date.
        from: NaiveDate,
        /// The `to` date.
        to: NaiveDate,
        /// The act.
        act: String,
        /// What the day is.
        kind: DayKind,
    },
    /// A transfer from a holiday, which no transfer can move.
    #[error(
        "Law on holidays arts. 2-3: the transfer {from} -> {to} ({act}) moves {from}, a holiday ({}); \
         a holiday stays where the Law puts it: move a weekend day or a carry-over day instead",
        crate::lang::Named::name(.holiday, crate::Lang::En)
    )]
    TransferFromHoliday {
        /// The `from` date.
        from: NaiveDate,
        /// The `to` date.
        to: NaiveDate,
        /// The act.
        act: String,
        /// The holiday on `from`.
        holiday: Holiday,
    },
    /// A transfer (or an extra day off) to a day that is already a day off.
    #[error(
        "Labour Code art. 85(3): the {entry} {to} ({act}) falls on a day that is not a working day ({}); \
         only a working day can become a day off: choose a working day",
        .kind.describe(crate::Lang::En)
    )]
    NotAWorkingDay {
        /// Which entry: "transfer to" or "extra day off".
        entry: &'static str,
        /// The date at fault.
        to: NaiveDate,
        /// The act.
        act: String,
        /// What the day is.
        kind: DayKind,
    },
    /// A date appears twice among the update's entries and the year's orders.
    #[error(
        "{date} appears twice ({entry}) in the orders of {year}; \
         a day is moved or declared once: remove the second entry"
    )]
    Duplicate {
        /// The year.
        year: i32,
        /// The repeated date.
        date: NaiveDate,
        /// The second entry naming it.
        entry: &'static str,
    },
    /// The year would be official while its Kurban ait is only an estimate.
    #[error(
        "Labour Code art. 84(5): {year} cannot be official while its Kurban ait ({date}) is an estimate; \
         give the fixed date in `kurban_ait` with the status"
    )]
    OfficialWithEstimate {
        /// The year.
        year: i32,
        /// The estimated date.
        date: NaiveDate,
    },
}

/// `date` is outside the calendar.
#[cold]
pub(super) fn out_of_range(date: NaiveDate) -> CalendarError {
    CalendarError::DateOutOfRange {
        date,
        first: super::build::first_day(),
        last: super::build::last_day(),
    }
}

/// The count of `count` working days from `start` leaves the calendar.
#[cold]
pub(super) fn count_out_of_range(
    start: NaiveDate,
    count: u32,
    direction: Direction,
) -> CalendarError {
    CalendarError::CountOutOfRange {
        start,
        count,
        direction,
        first: super::build::first_day(),
        last: super::build::last_day(),
    }
}

/// A count of zero working days.
#[cold]
pub(super) const fn zero_count(start: NaiveDate, direction: Direction) -> CalendarError {
    CalendarError::ZeroCount { start, direction }
}

/// Why `add_working_days(date, n)` has no answer.
#[cold]
pub(super) fn add_error(date: NaiveDate, n: u32) -> CalendarError {
    if n == 0 {
        zero_count(date, Direction::After)
    } else if (super::build::first_day()..=super::build::last_day()).contains(&date) {
        count_out_of_range(date, n, Direction::After)
    } else {
        out_of_range(date)
    }
}
