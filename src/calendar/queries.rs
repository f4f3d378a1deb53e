//! Queries by month and by range that a back office or a calendar screen
//! asks: working days in a month or an inclusive range, the days off of a
//! month with their reasons, and the days off from a date onward.

use std::ops::RangeInclusive;

use chrono::{Month, Months, NaiveDate};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::error::out_of_range;
use super::table::any_year_in;
use super::{Calendar, CalendarError, Computed, Day, DayKind};

/// Whether an iterator of days off gives the plain weekend days too: the
/// Saturdays and Sundays that are nothing but a weekend (a holiday on a
/// Saturday is not a plain weekend day).
///
/// # Example
/// ```
/// use kz_appeals::calendar::Weekends;
/// assert_eq!(Weekends::Skip.to_string(), "skip");
/// assert_eq!("include".parse::<Weekends>()?, Weekends::Include);
/// # Ok::<(), kz_appeals::UnknownName>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Weekends {
    /// Every day off, plain weekend days included.
    Include,
    /// The days off that need an explanation: holidays, carry-overs,
    /// transfers, declared days off; no plain Saturday or Sunday.
    Skip,
}

crate::lang::machine_names!(Weekends, "weekends", {
    Weekends::Include => "include",
    Weekends::Skip => "skip",
});

/// The first and last day of `month` of `year`.
fn month_bounds(year: i32, month: Month) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month.number_from_month(), 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

impl Calendar {
    fn month_or_error(
        &self,
        year: i32,
        month: Month,
    ) -> Result<(NaiveDate, NaiveDate), CalendarError> {
        let out = CalendarError::YearOutOfRange {
            year,
            first: *self.years().start(),
            last: *self.years().end(),
        };
        if !self.years().contains(&year) {
            return Err(out);
        }
        month_bounds(year, month).ok_or(out)
    }

    /// The number of working days from `days.start()` to `days.end()`, **both
    /// included** (Labour Code arts. 84–85, Law on holidays arts. 2–5): the
    /// count a timesheet or "working days in this period" asks for. An empty
    /// range (end before start) has none. O(1).
    ///
    /// It differs from [`Calendar::working_days_between`], which counts
    /// `(start, end]` as a term does (APPC art. 76(2): a term runs from the
    /// day after its event): on a working `start` the two differ by one.
    ///
    /// The value is provisional when a day of the range lies in a year not
    /// official yet.
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when either bound is outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Fri 20 March 2026 (working), Sat 21–Wed 25 off (Nauryz and its
    /// // carry-overs, Law on holidays art. 5), Thu 26 and Fri 27 working: 3.
    /// assert_eq!(cal.working_days_in(d(3, 20)..=d(3, 27))?.value, 3);
    /// // A term's count leaves the start out: 2.
    /// assert_eq!(cal.working_days_between(d(3, 20), d(3, 27))?.value, 2);
    /// assert_eq!(cal.working_days_in(d(3, 27)..=d(3, 20))?.value, 0); // empty
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn working_days_in(
        &self,
        days: RangeInclusive<NaiveDate>,
    ) -> Result<Computed<u32>, CalendarError> {
        let (first, last) = (*days.start(), *days.end());
        let (yf, f) = self.locate(first).ok_or_else(|| out_of_range(first))?;
        let (_, l) = self.locate(last).ok_or_else(|| out_of_range(last))?;
        if last < first {
            return Ok(Computed {
                value: 0,
                provisional: false,
            });
        }
        Ok(Computed {
            value: l.rank_incl().saturating_sub(f.rank_before()),
            // A provisional day in (first, last], or `first` itself.
            provisional: f.provisional_bits() != l.provisional_bits()
                || any_year_in(self.provisional_years, yf, yf),
        })
    }

    /// The number of working days in `month` of `year` (Labour Code
    /// arts. 84–85, Law on holidays arts. 2–5). O(1).
    ///
    /// # Errors
    /// [`CalendarError::YearOutOfRange`] outside 2018–2035.
    ///
    /// # Example
    /// ```
    /// use chrono::Month;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// // March 2026: 22 weekdays; off are Mon 9 (carry-over of 8 March, a
    /// // Sunday), Mon 23 (Nauryz), Tue 24 and Wed 25 (carry-overs of 21 and
    /// // 22 March, a Saturday and a Sunday): 18 working days.
    /// let march = cal.working_days_in_month(2026, Month::March)?;
    /// assert_eq!(march.value, 18);
    /// assert!(!march.provisional);
    /// assert!(cal.working_days_in_month(2027, Month::March)?.provisional);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn working_days_in_month(
        &self,
        year: i32,
        month: Month,
    ) -> Result<Computed<u32>, CalendarError> {
        let (first, last) = self.month_or_error(year, month)?;
        self.working_days_in(first..=last)
    }

    /// The days of `month` of `year` that are not working days, each with
    /// its reason ([`Day::describe`], [`Day::citation`]; Law on holidays
    /// arts. 2–5, Labour Code arts. 84(5), 85(3)).
    ///
    /// # Errors
    /// [`CalendarError::YearOutOfRange`] outside 2018–2035.
    ///
    /// # Example
    /// ```
    /// use chrono::{Datelike, Month};
    /// use kz_appeals::{Lang, calendar::{Calendar, Weekends}};
    /// let cal = Calendar::kazakhstan();
    /// // May 2026: Fri 1 (Unity Day), Thu 7 (Defender of the Fatherland Day),
    /// // Sat 9 (Victory Day), Mon 11 (its carry-over), Wed 27 (Kurban ait),
    /// // and the plain weekend days: 2, 3, 10, 16, 17, 23, 24, 30, 31.
    /// let off: Vec<u32> = cal.days_off_in_month(2026, Month::May, Weekends::Include)?
    ///     .map(|day| day.date.day())
    ///     .collect();
    /// assert_eq!(off, [1, 2, 3, 7, 9, 10, 11, 16, 17, 23, 24, 27, 30, 31]);
    /// let reasons: Vec<String> = cal.days_off_in_month(2026, Month::May, Weekends::Skip)?
    ///     .map(|day| day.describe(Lang::En))
    ///     .collect();
    /// assert_eq!(reasons.len(), 5);
    /// assert_eq!(reasons[2], "Victory Day, carried over to 2026-05-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days_off_in_month(
        &self,
        year: i32,
        month: Month,
        weekends: Weekends,
    ) -> Result<impl Iterator<Item = Day> + '_, CalendarError> {
        let (first, last) = self.month_or_error(year, month)?;
        Ok(self
            .days_between(first, last)?
            .filter(move |day| is_day_off(day, weekends)))
    }

    /// Every day off from `start` (included) onward, in date order, with
    /// its reason, without an end date to give: the iterator is lazy and
    /// ends with the calendar's last covered day (Law on holidays arts. 2–5,
    /// Labour Code arts. 84(5), 85(3)). Take what you need ("the next three
    /// holidays"). Each day says whether its year may still change
    /// ([`Day::is_provisional`]).
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when `start` is outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{Calendar, Weekends};
    /// let cal = Calendar::kazakhstan();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // From Tue 15 December 2026: Independence Day (Wed 16), then in 2027
    /// // New Year (Fri 1, Sat 2 January) and Mon 4 January, the carry-over
    /// // of 2 January (Law on holidays art. 5).
    /// let next: Vec<NaiveDate> = cal.days_off_from(d(2026, 12, 15), Weekends::Skip)?
    ///     .take(4)
    ///     .map(|day| day.date)
    ///     .collect();
    /// assert_eq!(next, [d(2026, 12, 16), d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 4)]);
    /// // With plain weekends: Sat 19 and Sun 20 December come after the 16th.
    /// let all: Vec<NaiveDate> = cal.days_off_from(d(2026, 12, 15), Weekends::Include)?
    ///     .take(3)
    ///     .map(|day| day.date)
    ///     .collect();
    /// assert_eq!(all, [d(2026, 12, 16), d(2026, 12, 19), d(2026, 12, 20)]);
    /// // The iterator ends with the calendar.
    /// assert_eq!(cal.days_off_from(d(2035, 12, 31), Weekends::Include)?.count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days_off_from(
        &self,
        start: NaiveDate,
        weekends: Weekends,
    ) -> Result<impl Iterator<Item = Day> + '_, CalendarError> {
        Ok(self
            .days_between(start, self.last_day())?
            .filter(move |day| is_day_off(day, weekends)))
    }
}

fn is_day_off(day: &Day, weekends: Weekends) -> bool {
    !day.is_working() && (weekends == Weekends::Include || day.kind != DayKind::Weekend)
}
