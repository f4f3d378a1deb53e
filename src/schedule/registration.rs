//! п. 21, APPC art. 64(3): the registration of a request, as a deadline.

use chrono::{NaiveDate, NaiveTime};

use crate::calendar::Calendar;
use crate::law::Citation;
use crate::registration::{register, register_at};
use crate::term::{Deadline, Term, TermError};

/// The day a request that arrived on `arrived` must be registered (п. 21,
/// APPC art. 64(3)), as a deadline: the day of arrival if it is a working
/// day, else the next working day; after the end of the working day, the
/// next working day. The date is [`register`]'s, or [`register_at`]'s when
/// both the time of arrival and the body's closing time are known (the
/// rule is written once, in [`crate::registration`]).
///
/// **Reading.** An arrival is after hours only when its time and the
/// closing time (`working_day_ends`, the body's own rules; none is shipped,
/// see [`Policy::working_day_ends`](crate::reading::Policy::working_day_ends))
/// are both known; otherwise it is taken as within working hours, which
/// gives the earliest lawful day.
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
/// // The same arrival with no closing time known: that day.
/// assert_eq!(registration_due(&cal, d(3, 26), t(19, 0), None)?.date, d(3, 26));
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
        _ => register(cal, arrived)?,
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
