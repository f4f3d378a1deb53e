//! п. 16: the official's notice that a reception cannot be held.

use chrono::NaiveDate;

use super::DeadlineKind;
use super::reading::Absence;
use super::term::{Deadline, Term, TermError};
use crate::calendar::Calendar;
use crate::law::Citation;

/// The last timely day of the official's absence notice (п. 16): "not later
/// than 2 working days before, or on the day of the reception".
///
/// **Reading ([`rules`](crate::rules) §3, revised).** A notice at least 2 working days
/// before the reception is always timely. When the cause (illness, business
/// trip, another reason) arose after that point, a notice given on any day
/// up to and including the reception day is timely. So the deadline is the
/// 2nd working day before the reception, or, when `cause_arose` is later
/// than that day, the reception day itself ([`Term::SetDate`]). An unknown
/// cause date is taken as arising in time for the 2-day notice.
///
/// # Errors
/// [`TermError`] when the reception or the count lies outside the calendar.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::absence_notice_due};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Reception Mon 20 April 2026: 2 working days before is Thu 16 April (17, 16).
/// assert_eq!(absence_notice_due(&cal, d(4, 20), None)?.date, d(4, 16));
/// assert_eq!(absence_notice_due(&cal, d(4, 20), Some(d(4, 10)))?.date, d(4, 16));
/// // Fell ill on Sun 19 April, after Thu 16 April: timely up to Mon 20 April.
/// assert_eq!(absence_notice_due(&cal, d(4, 20), Some(d(4, 19)))?.date, d(4, 20));
/// // Explained by the late cause and п. 16, not by a move off a day off.
/// let late = absence_notice_due(&cal, d(4, 20), Some(d(4, 19)))?;
/// // The reading (a) it rests on is named, beside the other (rules §2a).
/// let ru = late.explain(&cal, kz_appeals::Lang::Ru)?;
/// assert!(ru.starts_with(
///     "20.04.2026 (понедельник): день приема 20.04.2026: причина отсутствия возникла позже, \
///      чем за 2 рабочих дня до приема (п. 16 Регламента)"
/// ));
/// assert!(ru.contains("вариант толкования: по причине"));
/// assert!(late.explain(&cal, kz_appeals::Lang::Kk)?.starts_with(
///     "20.04.2026 (дүйсенбі): қабылдау күні 20.04.2026: болмау себебі қабылдауға 2 жұмыс \
///      күні қалғаннан кейін туындады (Регламенттің 16-тармағы)"
/// ));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn absence_notice_due(
    cal: &Calendar,
    reception: NaiveDate,
    cause_arose: Option<NaiveDate>,
) -> Result<Deadline, TermError> {
    absence_notice_due_under(cal, reception, cause_arose, Absence::ByCause)
}

/// The absence notice's last timely day (п. 16) under `reading`: (a) by the
/// cause ([`absence_notice_due`]); (b) literal, the reception day whatever
/// the cause. The deadline names its reading ([`Deadline::reading`]), and
/// so does a violation measured against it.
///
/// # Errors
/// As [`absence_notice_due`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, deadline::absence::absence_notice_due_under, reading::{Absence, Reading}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Reception Mon 20 April 2026, a trip known since 1 April.
/// let a = absence_notice_due_under(&cal, d(4, 20), Some(d(4, 1)), Absence::ByCause)?;
/// let b = absence_notice_due_under(&cal, d(4, 20), Some(d(4, 1)), Absence::Literal)?;
/// assert_eq!((a.date, a.reading), (d(4, 16), Some(Reading::AbsenceByCause)));
/// assert_eq!((b.date, b.reading), (d(4, 20), Some(Reading::AbsenceLiteral)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn absence_notice_due_under(
    cal: &Calendar,
    reception: NaiveDate,
    cause_arose: Option<NaiveDate>,
    reading: Absence,
) -> Result<Deadline, TermError> {
    let two_before = DeadlineKind::AbsenceNotice.due(cal, reception)?;
    let due = match (reading, cause_arose) {
        (Absence::Literal, _) => Term::SetDate.due(cal, reception, Citation::regulation(16))?,
        (Absence::ByCause, Some(arose)) if arose > two_before.date => {
            Term::SetDate.due(cal, reception, Citation::regulation(16))?
        }
        _ => two_before,
    };
    Ok(due.with_reading(reading.reading()))
}

/// Whether an absence notice given on `notified` is timely for a reception
/// on `reception` whose cause arose on `cause_arose` (п. 16, with the
/// reading of [`absence_notice_due`]).
///
/// # Errors
/// As [`absence_notice_due`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::absence_notice_timely};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Reception Mon 20 April 2026; the 2-working-day point is Thu 16 April.
/// // Ill since Fri 17 April, told on the morning of Mon 20 April: timely.
/// assert!(absence_notice_timely(&cal, d(4, 20), d(4, 20), Some(d(4, 17)))?);
/// // A trip known since 1 April, told on Fri 17 April: late.
/// assert!(!absence_notice_timely(&cal, d(4, 20), d(4, 17), Some(d(4, 1)))?);
/// // Told Tue 21 April, after the reception: late whatever the cause.
/// assert!(!absence_notice_timely(&cal, d(4, 20), d(4, 21), Some(d(4, 20)))?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn absence_notice_timely(
    cal: &Calendar,
    reception: NaiveDate,
    notified: NaiveDate,
    cause_arose: Option<NaiveDate>,
) -> Result<bool, TermError> {
    Ok(notified <= absence_notice_due(cal, reception, cause_arose)?.date)
}
