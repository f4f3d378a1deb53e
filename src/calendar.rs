//! TEMPORARY STUB of the working-day calendar being built on `main`, with the
//! agreed signatures, so the `appeal` branch compiles before it lands.
//! Weekends and fixed-date holidays only (no carry-over, no transfers).
//! Replaced by main's `src/calendar.rs` at merge.

use chrono::{Datelike, NaiveDate, Weekday};

/// A computed value and whether a provisional day was looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Computed<T> {
    /// The value.
    pub value: T,
    /// Whether a provisional day was looked at.
    pub provisional: bool,
}

/// Calendar errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// Before 2018.
    #[error("date {0} is outside the calendar")]
    OutOfRange(NaiveDate),
    /// n = 0.
    #[error("n must be at least 1")]
    ZeroDays,
}

/// The stub calendar.
#[derive(Debug, Clone, Default)]
pub struct Calendar;

impl Calendar {
    /// The built-in calendar.
    pub fn kazakhstan() -> Calendar {
        Calendar
    }
    fn check(d: NaiveDate) -> Result<(), CalendarError> {
        if d.year() < 2018 || d.year() > 2100 {
            Err(CalendarError::OutOfRange(d))
        } else {
            Ok(())
        }
    }
    fn working(d: NaiveDate) -> bool {
        let fixed = [
            (1, 1),
            (1, 2),
            (1, 7),
            (3, 8),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 6),
            (10, 25),
            (12, 16),
        ];
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
            && !fixed.contains(&(d.month(), d.day()))
    }
    /// Is it a working day.
    pub fn is_working_day(&self, d: NaiveDate) -> Result<Computed<bool>, CalendarError> {
        Self::check(d)?;
        Ok(Computed {
            value: Self::working(d),
            provisional: d.year() >= 2027,
        })
    }
    fn step(
        &self,
        mut d: NaiveDate,
        n: u32,
        fwd: bool,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        if n == 0 {
            return Err(CalendarError::ZeroDays);
        }
        let mut left = n;
        let mut prov = false;
        while left > 0 {
            d = if fwd { d.succ_opt() } else { d.pred_opt() }
                .ok_or(CalendarError::OutOfRange(d))?;
            let w = self.is_working_day(d)?;
            prov |= w.provisional;
            if w.value {
                left -= 1;
            }
        }
        Ok(Computed {
            value: d,
            provisional: prov,
        })
    }
    /// n-th working day after.
    pub fn add_working_days(
        &self,
        d: NaiveDate,
        n: u32,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        self.step(d, n, true)
    }
    /// n-th working day before.
    pub fn sub_working_days(
        &self,
        d: NaiveDate,
        n: u32,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        self.step(d, n, false)
    }
    /// next.
    pub fn next_working_day(&self, d: NaiveDate) -> Result<Computed<NaiveDate>, CalendarError> {
        self.step(d, 1, true)
    }
    /// previous.
    pub fn previous_working_day(&self, d: NaiveDate) -> Result<Computed<NaiveDate>, CalendarError> {
        self.step(d, 1, false)
    }
    /// days in (start, end].
    pub fn working_days_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Computed<i64>, CalendarError> {
        let (a, b, sign) = if start <= end {
            (start, end, 1)
        } else {
            (end, start, -1)
        };
        let mut d = a;
        let mut c = 0i64;
        let mut prov = false;
        while d < b {
            d = d.succ_opt().ok_or(CalendarError::OutOfRange(d))?;
            let w = self.is_working_day(d)?;
            prov |= w.provisional;
            if w.value {
                c += 1;
            }
        }
        Ok(Computed {
            value: sign * c,
            provisional: prov,
        })
    }
}
