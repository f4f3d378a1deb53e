//! [`ScheduleError`] and the [`Event`]s it names.

use chrono::NaiveDate;

use super::DeadlineKind;
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
    /// The notice of the extension (п. 26).
    ExtensionNotice,
    /// The end of a term extended by letter (п. 26).
    LetterExtension,
    /// The answer with inclusion in the list (п. 25).
    Answer,
    /// The notice of the reception's date and time (п. 25).
    DateNotice,
    /// The reception.
    Reception,
    /// The briefing (п. 22).
    Briefing,
    /// The official's absence notice (п. 16).
    AbsenceNotice,
    /// The refusal decision (п. 28).
    Refusal,
    /// The sending of the hearing notice (п. 28).
    HearingNotice,
    /// The receipt of the draft refusal (APPC art. 73).
    DraftReceived,
    /// The forwarding to the competent body (п. 15(1)).
    Forwarding,
    /// The end of the correction period (п. 6).
    CorrectionEnd,
    /// The sending of the letter extending the term (п. 26).
    Letter,
    /// The receipt of the applicant's objections (APPC art. 73).
    Objections,
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Event::Extension => "the extension decision (п. 26)",
            Event::ExtensionNotice => "the notice of the extension (п. 26)",
            Event::LetterExtension => "the end of the term extended by letter (п. 26)",
            Event::Answer => "the answer with inclusion in the list (п. 25)",
            Event::DateNotice => "the notice of the date and time (п. 25)",
            Event::Reception => "the reception",
            Event::Briefing => "the briefing (п. 22)",
            Event::AbsenceNotice => "the absence notice (п. 16)",
            Event::Refusal => "the refusal decision (п. 28)",
            Event::HearingNotice => "the hearing notice (п. 28)",
            Event::DraftReceived => "the receipt of the draft refusal (APPC art. 73)",
            Event::Forwarding => "the forwarding to the competent body (п. 15(1))",
            Event::CorrectionEnd => "the end of the correction period (п. 6)",
            Event::Letter => "the letter extending the term (п. 26)",
            Event::Objections => "the receipt of the objections (APPC art. 73)",
        })
    }
}

/// Dates that cannot have happened under the rules, or that the calendar
/// cannot count. A step taken late is not an error: it is a
/// [`Violation`](crate::violation::Violation).
///
/// Every message reads `"<rule>: <what was wrong>; <what to do>"`.
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
/// assert!(err.to_string().starts_with("п. 21: 2026-03-21 is not a working day"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleError {
    /// The registration date is not a working day (п. 21).
    #[error(
        "п. 21: {registered} is not a working day, so no request is registered on it; \
         give the registration date, the first working day on or after the arrival"
    )]
    RegisteredOnDayOff {
        /// The registration date given.
        registered: NaiveDate,
    },
    /// An event dated before the registration.
    #[error(
        "п. 21: {what} on {date} is before the registration on {registered}; \
         every event of an appeal comes on or after its registration"
    )]
    BeforeRegistration {
        /// Which event.
        what: Event,
        /// Its date.
        date: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// An extension asked for after the term of the answer ended (п. 26),
    /// from [`Schedule::may_extend`](super::Schedule::may_extend). A decision
    /// that was taken late is recorded as a violation instead.
    #[error(
        "п. 26: an extension on {extended_on} comes after the term of the answer ended on \
         {term_ends}, and a term that has ended cannot be extended; \
         decide on or before {term_ends}, or answer now"
    )]
    ExtensionAfterTerm {
        /// The day asked about.
        extended_on: NaiveDate,
        /// The last day of the answer's term (п. 25, or as extended by letter).
        term_ends: NaiveDate,
    },
    /// A letter extension that does not extend the term or goes past the
    /// 30 calendar days (п. 26).
    #[error(
        "п. 26: the letter extends the term to {ends}, which is not after the answer's due date \
         {response_due} or is after {limit}, 30 calendar days from registration; \
         give an end in between"
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
        "п. 7: the reception is set on {reception}, which is not a working day; \
         receptions are held on working days, in working time, by the schedule (п. 4, 7)"
    )]
    ReceptionOnDayOff {
        /// The reception date.
        reception: NaiveDate,
    },
    /// A correction period that ends on the registration day leaves the
    /// applicant no time to correct the request (п. 6: a reasonable period).
    #[error(
        "п. 6: the correction period ends on {until}, not after the registration on {registered}, \
         which leaves no time to correct the request; set a later end"
    )]
    NoTimeToCorrect {
        /// The last day of the correction period.
        until: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A reception planned too close to the registration for the briefing
    /// (п. 22), when no briefing is recorded and its date was not yet told
    /// to the applicant (once told, it is a fact, and the briefing overdue).
    #[error(
        "п. 22: a reception on {reception} needs its briefing by {preparation_due}, \
         5 working days before, which is before the registration on {registered}; \
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
    /// A refusal planned too close to the registration for a timely hearing
    /// notice (п. 28), when no draft is recorded as sent.
    #[error(
        "п. 28: a refusal decided on {refusal} needs its draft sent by {hearing_notice_due}, \
         3 working days before, which is before the registration on {registered}; \
         decide later"
    )]
    NoTimeForHearing {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The hearing notice's due date (п. 28).
        hearing_notice_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A refusal decided before its draft was sent: decided with no draft
    /// (п. 28, APPC art. 73).
    #[error(
        "п. 28: the refusal decided on {refusal} comes before its draft was sent on {sent}, \
         so it was decided with no draft for a hearing; send the draft first, then decide"
    )]
    RefusalWithoutDraft {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The day the draft was sent.
        sent: NaiveDate,
    },
    /// A draft received before it was sent (APPC art. 73).
    #[error(
        "APPC art. 73: the draft refusal is received on {received}, before it was sent on {sent}; \
         give the day of receipt on or after the day of sending"
    )]
    DraftReceivedBeforeSent {
        /// The day the draft was sent.
        sent: NaiveDate,
        /// The day given as its receipt.
        received: NaiveDate,
    },
    /// Objections received before the draft refusal was sent (APPC
    /// art. 73: the applicant objects to a draft received).
    #[error(
        "APPC art. 73: the objections are received on {objections}, before the draft refusal \
         was sent on {sent}; give the day of the objections on or after the day of sending"
    )]
    ObjectionsBeforeDraft {
        /// The day the draft was sent.
        sent: NaiveDate,
        /// The day given for the objections.
        objections: NaiveDate,
    },
    /// A refusal of the reception decided after the day of the reception
    /// (п. 22–24: the refusal replaces the reception).
    #[error(
        "п. 22–24: the refusal decided on {refusal} comes after the reception on {reception}, \
         but a refusal replaces the reception; decide it on or before {reception}"
    )]
    RefusalAfterReception {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The reception date.
        reception: NaiveDate,
    },
    /// A deadline that cannot be counted on the calendar: it names the
    /// deadline and the date it is counted from.
    #[error(
        "{}: {deadline} counted from {from} falls outside the calendar, which covers \
         {first} to {last}; give an input date further from the calendar's edge, \
         or apply a calendar update that covers the following year",
        deadline.rule().0
    )]
    OutsideCalendar {
        /// The deadline.
        deadline: DeadlineKind,
        /// The input date it is counted from.
        from: NaiveDate,
        /// The first day the calendar covers.
        first: NaiveDate,
        /// The last day the calendar covers.
        last: NaiveDate,
        /// The calendar's answer.
        source: TermError,
    },
    /// An input date outside the calendar.
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
    /// // A refusal planned for Monday 30 March needs its draft sent by Wednesday
    /// // 25 March (27, 26, 25 back), before the registration on Thursday 26 March.
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
            ScheduleError::NoTimeToPrepare { .. } | ScheduleError::RefusalAfterReception { .. } => {
                Some(Citation::regulation(22))
            }
            ScheduleError::NoTimeForHearing { .. } | ScheduleError::RefusalWithoutDraft { .. } => {
                Some(Citation::regulation(28))
            }
            ScheduleError::DraftReceivedBeforeSent { .. }
            | ScheduleError::ObjectionsBeforeDraft { .. } => Some(Citation::APPC_73),
            ScheduleError::OutsideCalendar { deadline, .. } => Some(deadline.rule().0),
            ScheduleError::Term(_) => None,
        }
    }
}
