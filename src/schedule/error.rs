//! [`ScheduleError`] and the [`Event`]s it names.

use chrono::NaiveDate;

use crate::law::Citation;
use crate::term::TermError;

/// An event of an appeal, named in [`ScheduleError::BeforeRegistration`].
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::schedule::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // A reception dated before the registration (Thu 26 March 2026).
/// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_reception(d(3, 25))).unwrap_err();
/// assert!(matches!(err, ScheduleError::BeforeRegistration { what: Event::Reception, .. }));
/// assert_eq!(Event::Extension.to_string(), "the extension decision (п. 26)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Event {
    /// The reasoned extension decision (п. 26).
    Extension,
    /// The reception.
    Reception,
    /// The refusal decision (п. 28).
    Refusal,
    /// The sending of the hearing notice (п. 28).
    HearingNotice,
    /// The end of the correction period (п. 6).
    CorrectionEnd,
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Event::Extension => "the extension decision (п. 26)",
            Event::Reception => "the reception",
            Event::Refusal => "the refusal decision (п. 28)",
            Event::HearingNotice => "the hearing notice (п. 28)",
            Event::CorrectionEnd => "the end of the correction period (п. 6)",
        })
    }
}

/// Dates that contradict the rules, or that the calendar cannot count.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule, ScheduleError}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 21))).unwrap_err();
/// assert!(matches!(err, ScheduleError::RegisteredOnDayOff { .. }));
/// assert_eq!(err.citation().map(|c| c.to_string()).as_deref(), Some("п. 21"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleError {
    /// The registration date is not a working day (п. 21).
    #[error(
        "{registered} is not a working day, so no request is registered on it (п. 21): \
         give the registration date, the first working day on or after the arrival"
    )]
    RegisteredOnDayOff {
        /// The registration date given.
        registered: NaiveDate,
    },
    /// An event dated before the registration.
    #[error(
        "{what} on {date} is before the registration on {registered}: \
         every event of an appeal comes on or after its registration (п. 21)"
    )]
    BeforeRegistration {
        /// Which event.
        what: Event,
        /// Its date.
        date: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// An extension decided after the answer was due (п. 26).
    #[error(
        "the extension decided on {extended_on} comes after the term of the answer ended on \
         {response_due} (п. 25, or as extended by letter): a term that has ended cannot be \
         extended (п. 26); the decision must be taken on or before {response_due}"
    )]
    ExtensionAfterTerm {
        /// The decision date.
        extended_on: NaiveDate,
        /// The last day of the answer's term (п. 25, or as extended by letter).
        response_due: NaiveDate,
    },
    /// A letter extension that does not extend the term or goes past the
    /// 30 calendar days (п. 26).
    #[error(
        "the letter extends the term to {ends}, but it must end after the answer's due date \
         {response_due} (п. 25) and not after {limit}, 30 calendar days from registration (п. 26)"
    )]
    LetterExtensionInvalid {
        /// The end the letter gives.
        ends: NaiveDate,
        /// The answer's due date (п. 25).
        response_due: NaiveDate,
        /// The 30-calendar-day limit (п. 26).
        limit: NaiveDate,
    },
    /// A reception set on a day that is not a working day.
    #[error(
        "the reception is set on {reception}, which is not a working day; receptions are held \
         on working days, in working time, by the schedule (п. 4, 7)"
    )]
    ReceptionOnDayOff {
        /// The reception date.
        reception: NaiveDate,
    },
    /// A correction period that ends on the registration day leaves the
    /// applicant no time to correct the request (п. 6: a reasonable period).
    #[error(
        "the correction period ends on {until}, not after the registration on {registered}: \
         п. 6 asks for a reasonable period to correct the request; set a later end"
    )]
    NoTimeToCorrect {
        /// The last day of the correction period.
        until: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A reception too close to the registration for the briefing (п. 22).
    #[error(
        "a reception on {reception} needs its briefing by {preparation_due} \
         (5 working days before, п. 22), before the registration on {registered}: \
         choose a later reception date"
    )]
    NoTimeToPrepare {
        /// The reception date.
        reception: NaiveDate,
        /// The briefing's due date (п. 22).
        preparation_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A refusal too close to the registration for a timely hearing notice (п. 28).
    #[error(
        "a refusal decided on {refusal} needs its draft sent by {hearing_notice_due} \
         (3 working days before, п. 28), before the registration on {registered}: \
         no timely hearing notice is possible; decide later"
    )]
    NoTimeForHearing {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The hearing notice's due date (п. 28).
        hearing_notice_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A hearing notice sent after its due date (п. 28).
    #[error(
        "the hearing notice sent on {sent} is late: it was due by {due} \
         (3 working days before the refusal, п. 28); a refusal without a timely notice is refused"
    )]
    HearingNoticeLate {
        /// When it was sent.
        sent: NaiveDate,
        /// When it was due.
        due: NaiveDate,
    },
    /// A refusal of the reception decided on or after the reception (п. 28).
    #[error(
        "the refusal decided on {refusal} is not before the reception on {reception}: \
         a reception is refused before it is held (п. 28)"
    )]
    RefusalAfterReception {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The reception date.
        reception: NaiveDate,
    },
    /// A date or an end outside the calendar, or a term that cannot be counted.
    #[error(transparent)]
    Term(#[from] TermError),
}

impl ScheduleError {
    /// The rule the dates contradict; `None` for a calendar error.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Refusal decided Tuesday 31 March: 3 working days before is Thursday 26
    /// // March, the registration day itself, so the notice is just in time; on
    /// // Monday 30 March it would be due on Friday 20 March, before registration.
    /// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_refusal(d(3, 30))).unwrap_err();
    /// assert_eq!(err.citation(), Some(Citation::regulation(28)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn citation(&self) -> Option<Citation> {
        match self {
            ScheduleError::RegisteredOnDayOff { .. } | ScheduleError::BeforeRegistration { .. } => {
                Some(Citation::regulation(21))
            }
            ScheduleError::ExtensionAfterTerm { .. }
            | ScheduleError::LetterExtensionInvalid { .. } => Some(Citation::regulation(26)),
            ScheduleError::ReceptionOnDayOff { .. } => Some(Citation::regulation(7)),
            ScheduleError::NoTimeToCorrect { .. } => Some(Citation::regulation(6)),
            ScheduleError::NoTimeToPrepare { .. } => Some(Citation::regulation(22)),
            ScheduleError::NoTimeForHearing { .. }
            | ScheduleError::HearingNoticeLate { .. }
            | ScheduleError::RefusalAfterReception { .. } => Some(Citation::regulation(28)),
            ScheduleError::Term(_) => None,
        }
    }
}
