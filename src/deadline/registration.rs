//! Registration of a request for a reception (п. 21, APPC art. 64(3)).
//!
//! A request is registered on the day it arrives; one arriving on a day that
//! is not a working day, or after the end of the working day, is registered
//! on the next working day. Registering a registration date gives the same
//! date.
//!
//! # Working hours
//! When the work hours of the body matter (APPC art. 64(3)), the time the
//! working day ends is a parameter of [`register_at`]. The crate ships **no
//! default**: the hours are set by each body's internal labour rules (the
//! Labour Code limits only the length of the working week), and no act
//! found for this crate fixes them for the local executive bodies of the
//! Almaty region.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::term::{Deadline, Term, TermError};
use crate::calendar::{Calendar, CalendarError, Day};
use crate::calendar::{fmt_day, push_days};
use crate::lang::Lang;
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The registration of a request: when it arrived, when it is registered,
/// and why.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, registration::register};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let reg = register(&cal, d(3, 21))?; // Saturday, Nauryz
/// assert_eq!(reg.date, d(3, 26));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Registration {
    /// The day the request arrived.
    pub arrived: NaiveDate,
    /// Whether it arrived after the end of the working day (APPC art. 64(3)).
    pub after_hours: bool,
    /// The day it is registered (п. 21).
    pub date: NaiveDate,
    /// Whether the date rests on a day of a provisional or projected year.
    pub provisional: bool,
}

/// The rules of registration: п. 21 and APPC art. 64(3).
pub const REGISTRATION_RULES: [Citation; 2] = [Citation::regulation(21), Citation::APPC_64_3];

/// Registers a request that arrived on `arrived` (п. 21): that day if it is
/// a working day, else the next working day. Idempotent: registering the
/// registration date gives it back.
///
/// # Errors
/// [`CalendarError`] when `arrived` or the next working day is outside the
/// calendar.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, registration::register};
/// let cal = Calendar::kazakhstan();
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // Sunday 5 January 2020 was a working day by Government decree.
/// assert_eq!(register(&cal, d(2020, 1, 5))?.date, d(2020, 1, 5));
/// let reg = register(&cal, d(2026, 5, 9))?; // Saturday, Victory Day
/// assert_eq!(reg.date, d(2026, 5, 12));
/// assert_eq!(register(&cal, reg.date)?.date, reg.date);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn register(cal: &Calendar, arrived: NaiveDate) -> Result<Registration, CalendarError> {
    register_on(cal, arrived, false)
}

/// Registers a request that arrived on `arrived`, when whether it came after
/// the end of the body's working day is already known (п. 21, APPC
/// art. 64(3)): after hours, it is registered on the next working day;
/// otherwise as [`register`].
///
/// # Errors
/// [`CalendarError`] when `arrived` or the next working day is outside the
/// calendar.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, registration::register_on};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Thursday 26 March 2026, after hours: registered on Friday 27 March.
/// assert_eq!(register_on(&cal, d(3, 26), true)?.date, d(3, 27));
/// assert_eq!(register_on(&cal, d(3, 26), false)?.date, d(3, 26));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn register_on(
    cal: &Calendar,
    arrived: NaiveDate,
    after_hours: bool,
) -> Result<Registration, CalendarError> {
    let on = if after_hours {
        cal.next_working_day(arrived)?
    } else {
        cal.working_day_on_or_after(arrived)?
    };
    Ok(Registration {
        arrived,
        after_hours,
        date: on.value,
        provisional: on.provisional,
    })
}

/// Registers a request that arrived at `arrived` (date and time), where the
/// body's working day ends at `working_day_ends` (п. 21, APPC art. 64(3)).
/// An arrival at or after that time is after the end of the working day and
/// is registered on the next working day; an arrival before it, even before
/// the working day starts, is registered that day if it is a working day.
///
/// # Errors
/// [`CalendarError`] when the date or the next working day is outside the
/// calendar.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use kz_appeals::{calendar::Calendar, registration::register_at};
/// let cal = Calendar::kazakhstan();
/// let ends = NaiveTime::from_hms_opt(18, 30, 0).unwrap(); // the body's own rules
/// let friday = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
/// let late = register_at(&cal, friday.and_hms_opt(19, 0, 0).unwrap(), ends)?;
/// assert_eq!(late.date, NaiveDate::from_ymd_opt(2026, 3, 26).unwrap()); // after Nauryz
/// let early = register_at(&cal, friday.and_hms_opt(8, 0, 0).unwrap(), ends)?;
/// assert_eq!(early.date, friday);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn register_at(
    cal: &Calendar,
    arrived: NaiveDateTime,
    working_day_ends: NaiveTime,
) -> Result<Registration, CalendarError> {
    register_on(cal, arrived.date(), arrived.time() >= working_day_ends)
}

impl Registration {
    /// Whether registration was put off from the day of arrival.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, registration::register};
    /// let cal = Calendar::kazakhstan();
    /// assert!(register(&cal, NaiveDate::from_ymd_opt(2026, 3, 21).unwrap())?.postponed());
    /// assert!(!register(&cal, NaiveDate::from_ymd_opt(2026, 3, 26).unwrap())?.postponed());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn postponed(&self) -> bool {
        self.date != self.arrived
    }

    /// The days that are not working days from the arrival up to the
    /// registration, with their reasons (п. 21: the request waited for the
    /// next working day).
    ///
    /// # Errors
    /// [`CalendarError`] when the registration was made on another calendar
    /// covering more days.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, registration::register};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let reg = register(&cal, d(3, 21))?;
    /// let waited: Vec<_> = reg.passed_over(&cal)?.map(|day| day.date).collect();
    /// assert_eq!(waited, [d(3, 21), d(3, 22), d(3, 23), d(3, 24), d(3, 25)]);
    /// // Mon 1 January 2018, the first covered day, a holiday: only the
    /// // days from the arrival are looked at, never 31 December 2017.
    /// let first = register(&cal, NaiveDate::from_ymd_opt(2018, 1, 1).unwrap())?;
    /// assert_eq!(first.passed_over(&cal)?.count(), 2); // 1 and 2 January
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn passed_over<'c>(
        &self,
        cal: &'c Calendar,
    ) -> Result<impl Iterator<Item = Day> + 'c, CalendarError> {
        // [arrived, registered]: the registration day itself is a working day.
        Ok(cal
            .days_between(self.arrived, self.date)?
            .filter(|day| !day.is_working()))
    }

    /// The registration explained in `lang`: the date, why it is that day,
    /// the rules, and each day off the request waited over.
    ///
    /// # Errors
    /// As [`Registration::passed_over`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, calendar::Calendar, registration::register};
    /// let cal = Calendar::kazakhstan();
    /// let reg = register(&cal, NaiveDate::from_ymd_opt(2026, 3, 21).unwrap())?;
    /// let text = reg.explain(&cal, Lang::En)?;
    /// assert!(text.starts_with("2026-03-26 (Thursday)"));
    /// assert!(text.contains("п. 21"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explain(&self, cal: &Calendar, lang: Lang) -> Result<String, CalendarError> {
        let cited: Vec<String> = REGISTRATION_RULES.iter().map(|c| c.render(lang)).collect();
        let arrived = fmt_day(self.arrived, lang);
        // After hours on a day off: the day off is the reason (п. 21), there
        // was no working day to end.
        let after_hours = self.after_hours && cal.is_working_day(self.arrived)?.value;
        let why = match (lang, after_hours, self.postponed()) {
            (Lang::En, _, false) => format!("arrived on {arrived}, a working day"),
            (Lang::En, true, true) => {
                format!("arrived on {arrived} after the end of the working day")
            }
            (Lang::En, false, true) => format!("arrived on {arrived}, not a working day"),
            (Lang::Ru, _, false) => format!("поступило {arrived}, в рабочий день"),
            (Lang::Ru, true, true) => {
                format!("поступило {arrived} после окончания рабочего дня")
            }
            (Lang::Ru, false, true) => format!("поступило {arrived}, в нерабочий день"),
            (Lang::Kk, _, false) => format!("{arrived}, жұмыс күні келіп түсті"),
            (Lang::Kk, true, true) => {
                format!("{arrived} жұмыс күні аяқталғаннан кейін келіп түсті")
            }
            (Lang::Kk, false, true) => format!("{arrived}, жұмыс істемейтін күні келіп түсті"),
        };
        let mut out = format!("{}: {why} ({})", fmt_day(self.date, lang), cited.join("; "));
        push_days(&mut out, self.passed_over(cal)?, lang);
        Ok(out)
    }
}

/// **Reading** (п. 21, APPC art. 64(3)) when the body's closing time is not
/// given ([`Policy::working_day_ends`](super::reading::Policy::working_day_ends)):
/// 18:00, the earliest end of an eight-hour working day (Labour Code
/// art. 68: 40 hours in a five-day week) begun at 9:00 with an hour's
/// break. An arrival at or after it may have been after hours: its
/// registration is due by the next working day, so that no registration
/// is called late on a guess; an earlier arrival is within the hours of
/// any such day.
pub const EARLIEST_END: NaiveTime = match NaiveTime::from_hms_opt(18, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// The day a request that arrived on `arrived` must be registered (п. 21,
/// APPC art. 64(3)), as a deadline: the day of arrival if it is a working
/// day, else the next working day; after the end of the working day, the
/// next working day. The date is [`register`]'s, or [`register_at`]'s when
/// both the time of arrival and the body's closing time are known (the
/// rule is written once, in this module).
///
/// **Reading.** With the time of arrival and the closing time
/// (`working_day_ends`, the body's own rules; none is shipped, see
/// [`Policy::working_day_ends`](super::reading::Policy::working_day_ends))
/// both known, the arrival is after hours when it is at or after the
/// closing time. With the time alone, at or after [`EARLIEST_END`] it may
/// have been: the registration is due by the next working day, so that a
/// registration is never called late on a guess. With no time, the arrival
/// is taken as within working hours.
///
/// The deadline's term is [`Term::SetDate`] from the arrival (that day, or
/// the next working day), or [`Term::WorkingDaysAfter`]`(1)` after hours.
///
/// # Errors
/// [`TermError`] when the arrival or the next working day is outside the
/// calendar.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use kz_appeals::{calendar::Calendar, schedule::registration_due};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
/// // Arrived Saturday 28 November 2026: registered by Monday 30 November.
/// assert_eq!(registration_due(&cal, d(11, 28), None, None)?.date, d(11, 30));
/// // Arrived Thursday 26 March 2026 at 19:00, the working day ending at
/// // 18:30: registered by Friday 27 March (APPC art. 64(3)).
/// let late = registration_due(&cal, d(3, 26), t(19, 0), t(18, 30))?;
/// assert_eq!(late.date, d(3, 27));
/// // The same arrival with no closing time known: 19:00 is at or after
/// // 18:00 (EARLIEST_END), so it may have been after hours: by Friday too.
/// assert_eq!(registration_due(&cal, d(3, 26), t(19, 0), None)?.date, d(3, 27));
/// // At 10:15 it was within the hours of any usual working day: that day.
/// assert_eq!(registration_due(&cal, d(3, 26), t(10, 15), None)?.date, d(3, 26));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn registration_due(
    cal: &Calendar,
    arrived: NaiveDate,
    time: Option<NaiveTime>,
    working_day_ends: Option<NaiveTime>,
) -> Result<Deadline, TermError> {
    let reg = match (time, working_day_ends) {
        (Some(time), Some(ends)) => register_at(cal, arrived.and_time(time), ends)?,
        // A time recorded and no closing time known: an arrival at or after
        // the earliest end of a usual working day may have been after
        // hours, so its registration is due by the next working day (a
        // registration then is never called late on a guess).
        (Some(time), None) => register_on(cal, arrived, time >= EARLIEST_END)?,
        (None, _) => register(cal, arrived)?,
    };
    let term = if reg.after_hours {
        Term::WorkingDaysAfter(1)
    } else {
        Term::SetDate
    };
    Ok(Deadline {
        date: reg.date,
        from: arrived,
        term,
        rule: Citation::regulation(21),
        also: Some(Citation::APPC_64_3),
        provisional: reg.provisional,
        reading: None,
    })
}
