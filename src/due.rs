//! Dates computed from a rule: the date, whether it rests on a provisional
//! calendar year, and the rule it comes from.
//!
//! Every working-day count of the appeal modules ([`crate::intake`],
//! [`crate::reception`], [`crate::reception_schedule`]) goes through the
//! crate-private helpers here, so the counting conventions of RULES.md §2 live
//! in one place (they call [`Calendar`]; they never step through days
//! themselves).

use chrono::{Days, Months, NaiveDate};

use crate::calendar::{Calendar, CalendarError, Computed};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A date a rule yields.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::due::Due;
/// use kz_appeals::law::Citation;
/// let d = Due { date: NaiveDate::from_ymd_opt(2025, 6, 5).unwrap(), provisional: false, rule: Citation::APPC_64_7 };
/// assert_eq!(d.to_string(), "2025-06-05 (APPC art. 64(7))");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Due {
    /// The date.
    pub date: NaiveDate,
    /// Whether the count looked at a day of a provisional calendar year
    /// (RULES.md §1): the date may move when that year's acts are published.
    pub provisional: bool,
    /// The paragraph or article that sets it.
    pub rule: Citation,
}

impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.date, self.rule)?;
        if self.provisional {
            f.write_str(", provisional")?;
        }
        Ok(())
    }
}

impl Due {
    pub(crate) fn from_computed(c: Computed<NaiveDate>, rule: Citation) -> Self {
        Due {
            date: c.value,
            provisional: c.provisional,
            rule,
        }
    }
}

/// Why a date could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DueError {
    /// The calendar could not answer (a date before its first year, …).
    #[error("the working-day calendar cannot count this term: {0}")]
    Calendar(#[from] CalendarError),
    /// The date falls outside what the date type can hold.
    #[error("{from} plus the term is outside the supported dates")]
    OutOfRange {
        /// The start of the term.
        from: NaiveDate,
    },
}

/// The day a request arriving on `date` is registered (п. 21 part 1–2, APPC
/// art. 64(3)): that day if it is a working day and the request came in
/// working hours, else the next working day.
pub(crate) fn registration_day(
    cal: &Calendar,
    date: NaiveDate,
    after_working_hours: bool,
) -> Result<Computed<NaiveDate>, DueError> {
    if after_working_hours {
        Ok(cal.next_working_day(date)?)
    } else {
        on_or_after(cal, date)
    }
}

/// The `n`-th working day strictly after `date` (RULES.md §2), `n >= 1`.
pub(crate) fn working_days_after(
    cal: &Calendar,
    date: NaiveDate,
    n: u32,
) -> Result<Computed<NaiveDate>, DueError> {
    Ok(cal.add_working_days(date, n)?)
}

/// The `n`-th working day strictly before `date` (RULES.md §2), `n >= 1`.
pub(crate) fn working_days_before(
    cal: &Calendar,
    date: NaiveDate,
    n: u32,
) -> Result<Computed<NaiveDate>, DueError> {
    Ok(cal.sub_working_days(date, n)?)
}

/// `date` itself if a working day, else the next working day (APPC art.
/// 76(5), Civil Code art. 175).
fn on_or_after(cal: &Calendar, date: NaiveDate) -> Result<Computed<NaiveDate>, DueError> {
    Ok(cal.working_day_on_or_after(date)?)
}

/// `n` calendar days after `date`, moved to the next working day if that is a
/// day off (RULES.md §2; APPC art. 76(5)).
pub(crate) fn calendar_days_after(
    cal: &Calendar,
    date: NaiveDate,
    n: u64,
) -> Result<Computed<NaiveDate>, DueError> {
    let end = date
        .checked_add_days(Days::new(n))
        .ok_or(DueError::OutOfRange { from: date })?;
    on_or_after(cal, end)
}

/// `n` months after `date`: the same day of the month, or the month's last
/// day if it has none; then the next working day if a day off (Civil Code
/// art. 174(3), art. 175).
pub(crate) fn months_after(
    cal: &Calendar,
    date: NaiveDate,
    n: u32,
) -> Result<Computed<NaiveDate>, DueError> {
    // chrono clamps to the month's last day, which is the Civil Code rule.
    let end = date
        .checked_add_months(Months::new(n))
        .ok_or(DueError::OutOfRange { from: date })?;
    on_or_after(cal, end)
}
