//! The schedule of an appeal: every deadline of RULES.md §3 that the dates
//! known so far determine, and the dates that contradict the rules.
//!
//! # Deadlines
//! | deadline | term | rule |
//! |---|---|---|
//! | [`Response`](DeadlineKind::Response) | registration + 15 working days | п. 25 |
//! | [`Extension30Days`](DeadlineKind::Extension30Days) | registration + 30 calendar days, moved to a working day | п. 26 |
//! | [`ExtensionMax`](DeadlineKind::ExtensionMax) | extension decision + 2 months, moved to a working day | п. 26, APPC art. 76(3) |
//! | [`ExtensionNotice`](DeadlineKind::ExtensionNotice) | extension decision + 3 working days | п. 26 |
//! | [`Preparation`](DeadlineKind::Preparation) | reception − 5 working days | п. 22 |
//! | [`ScheduleNotice`](DeadlineKind::ScheduleNotice) | reception − 2 working days | п. 25 (Reading) |
//! | [`AbsenceNotice`](DeadlineKind::AbsenceNotice) | reception − 2 working days | п. 16 |
//! | [`HearingNotice`](DeadlineKind::HearingNotice) | refusal decision − 3 working days | п. 28 |
//! | [`Objection`](DeadlineKind::Objection) | hearing notice + 2 working days | APPC art. 73, п. 28 |
//! | [`Return`](DeadlineKind::Return) | end of the correction period (moved to a working day) + 3 working days | п. 6, APPC art. 64(7) |
//!
//! # Readings
//! - **Registration is a working day** (п. 21): a registration date that is
//!   not a working day is an error; use [`register`](crate::registration::register).
//! - **Nothing happens before registration**: an extension decision, a
//!   reception, a refusal decision, a hearing notice or a correction period
//!   end dated before the registration is an error.
//! - **An extension is decided while the term runs** (п. 26, RULES.md §3):
//!   a decision after the answer's due date (п. 25) is an error. A decision
//!   on the due date itself is in time.
//! - **Room for the preparation** (п. 22): a reception whose preparation
//!   would be due before the registration is an error; a reception on the
//!   registration day is therefore an error too.
//! - **Room for the hearing** (п. 28): a refusal whose hearing notice would
//!   be due before the registration is an error; so is a hearing notice sent
//!   after its due date (a refusal without a timely notice is refused).
//! - **A refusal of the reception comes before it**: a refusal decided on or
//!   after the reception date is an error.
//! - **The applicant's 2 working days to object** (APPC art. 73) run from the
//!   day the hearing notice is sent, taken as the day it is received; when
//!   that day is not known, from the hearing notice's due date, the latest
//!   day a timely notice can be sent.
//! - **The correction period is a term** (п. 6): one whose last day is not
//!   a working day ends on the next working day (APPC art. 76(5), Civil
//!   Code art. 175), and the return's 3 working days run from that day.
//! - **A reception is held on a working day** (п. 4, 7: the schedule, in
//!   working time), as [`crate::reception`] requires: a reception on a day
//!   off is an error.
//! - **A letter extension** (п. 26) must end after the answer's due date
//!   and not after 30 calendar days from registration; a reasoned decision
//!   may then be taken until the extended term ends.

mod error;
mod facts;
mod kind;

pub use error::{Event, ScheduleError};
pub use facts::Facts;
pub use kind::DeadlineKind;

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::term::{Deadline, TermError};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
/// Every deadline the known dates of an appeal determine (RULES.md §3).
/// `Copy`; computed in O(1) without allocation by [`Schedule::compute`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?;
/// assert_eq!(s.response.date, d(4, 16));
/// assert_eq!(s.extension_30_days.date, d(4, 27)); // 25 April is a Saturday
/// assert_eq!(s.deadlines().count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Schedule {
    /// The registration date the schedule is counted from.
    pub registered: NaiveDate,
    /// п. 25: the answer, registration + 15 working days.
    pub response: Deadline,
    /// п. 26: the limit of an extension by letter, registration + 30
    /// calendar days, moved to the next working day.
    pub extension_30_days: Deadline,
    /// п. 26, APPC art. 76(3): the limit of an extension by reasoned
    /// decision, decision + 2 months, moved to the next working day.
    pub extension_max: Option<Deadline>,
    /// п. 26: telling the applicant of the extension, decision + 3 working days.
    pub extension_notice: Option<Deadline>,
    /// п. 22: the briefing, reception − 5 working days.
    pub preparation: Option<Deadline>,
    /// п. 25 (Reading): the date and time told, reception − 2 working days.
    pub schedule_notice: Option<Deadline>,
    /// п. 16: the official's absence notice, reception − 2 working days.
    pub absence_notice: Option<Deadline>,
    /// п. 28: the draft refusal sent, refusal decision − 3 working days.
    pub hearing_notice: Option<Deadline>,
    /// APPC art. 73: the applicant's objection, hearing notice + 2 working days.
    pub objection: Option<Deadline>,
    /// п. 6, APPC art. 64(7): the return, correction period end (moved to a
    /// working day, APPC art. 76(5)) + 3 working days.
    #[cfg_attr(feature = "serde", serde(rename = "return"))]
    pub return_due: Option<Deadline>,
}

impl Schedule {
    /// The schedule of an appeal from the dates known so far (RULES.md §3),
    /// checking them against the rules (see the module's Readings). O(1), no
    /// allocation.
    ///
    /// # Errors
    /// [`ScheduleError`] naming the contradiction and its rule, or wrapping
    /// the [`TermError`] of a date outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule, ScheduleError}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20));
    /// let s = Schedule::compute(&cal, &facts)?;
    /// // Monday 20 April: 5 working days before is Monday 13 April (п. 22).
    /// assert_eq!(s.preparation.map(|p| p.date), Some(d(4, 13)));
    /// // An extension decided after the answer was due (16 April) is refused (п. 26).
    /// let late = Facts::registered_on(d(3, 26)).with_extension(d(4, 17));
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &late),
    ///     Err(ScheduleError::ExtensionAfterTerm { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute(cal: &Calendar, facts: &Facts) -> Result<Schedule, ScheduleError> {
        let registered = facts.registered;
        if !cal
            .is_working_day(registered)
            .map_err(TermError::from)?
            .value
        {
            return Err(ScheduleError::RegisteredOnDayOff { registered });
        }
        let not_before_registration = |what: Event, date: NaiveDate| {
            if date < registered {
                Err(ScheduleError::BeforeRegistration {
                    what,
                    date,
                    registered,
                })
            } else {
                Ok(())
            }
        };
        let response = DeadlineKind::Response.due(cal, registered)?;
        let extension_30_days = DeadlineKind::Extension30Days.due(cal, registered)?;

        // The term of the answer: п. 25, or as extended by a letter (п. 26),
        // moved off a day off (APPC art. 76(5)).
        let mut term_ends = response.date;
        if let Some(ends) = facts.letter_extended_to {
            if ends <= response.date || ends > extension_30_days.date {
                return Err(ScheduleError::LetterExtensionInvalid {
                    ends,
                    response_due: response.date,
                    limit: extension_30_days.date,
                });
            }
            term_ends = cal
                .working_day_on_or_after(ends)
                .map_err(TermError::from)?
                .value;
        }

        let (mut extension_max, mut extension_notice) = (None, None);
        if let Some(decided) = facts.extended_on {
            not_before_registration(Event::Extension, decided)?;
            if decided > term_ends {
                return Err(ScheduleError::ExtensionAfterTerm {
                    extended_on: decided,
                    response_due: term_ends,
                });
            }
            extension_max = Some(DeadlineKind::ExtensionMax.due(cal, decided)?);
            extension_notice = Some(DeadlineKind::ExtensionNotice.due(cal, decided)?);
        }

        let (mut preparation, mut schedule_notice, mut absence_notice) = (None, None, None);
        if let Some(reception) = facts.reception {
            not_before_registration(Event::Reception, reception)?;
            if !cal
                .is_working_day(reception)
                .map_err(TermError::from)?
                .value
            {
                return Err(ScheduleError::ReceptionOnDayOff { reception });
            }
            let prep = DeadlineKind::Preparation.due(cal, reception)?;
            if prep.date < registered {
                return Err(ScheduleError::NoTimeToPrepare {
                    reception,
                    preparation_due: prep.date,
                    registered,
                });
            }
            preparation = Some(prep);
            schedule_notice = Some(DeadlineKind::ScheduleNotice.due(cal, reception)?);
            absence_notice = Some(DeadlineKind::AbsenceNotice.due(cal, reception)?);
        }

        let mut hearing_notice = None;
        if let Some(refusal) = facts.refusal_on {
            not_before_registration(Event::Refusal, refusal)?;
            if let Some(reception) = facts.reception.filter(|r| refusal >= *r) {
                return Err(ScheduleError::RefusalAfterReception { refusal, reception });
            }
            let notice = DeadlineKind::HearingNotice.due(cal, refusal)?;
            if notice.date < registered {
                return Err(ScheduleError::NoTimeForHearing {
                    refusal,
                    hearing_notice_due: notice.date,
                    registered,
                });
            }
            hearing_notice = Some(notice);
        }

        // APPC art. 73: the objection runs from the notice actually sent, or
        // else from the latest day a timely notice can be sent.
        let sent = match facts.hearing_notice_sent {
            Some(sent) => {
                not_before_registration(Event::HearingNotice, sent)?;
                if let Some(due) = hearing_notice.filter(|due| sent > due.date) {
                    return Err(ScheduleError::HearingNoticeLate {
                        sent,
                        due: due.date,
                    });
                }
                Some(sent)
            }
            None => hearing_notice.map(|due| due.date),
        };
        let objection = sent
            .map(|sent| DeadlineKind::Objection.due(cal, sent))
            .transpose()?;

        let return_due = facts
            .correction_until
            .map(|until| {
                not_before_registration(Event::CorrectionEnd, until)?;
                if !leaves_time_to_correct(registered, until) {
                    return Err(ScheduleError::NoTimeToCorrect { until, registered });
                }
                Ok::<_, ScheduleError>(DeadlineKind::Return.due(cal, until)?)
            })
            .transpose()?;

        Ok(Schedule {
            registered,
            response,
            extension_30_days,
            extension_max,
            extension_notice,
            preparation,
            schedule_notice,
            absence_notice,
            hearing_notice,
            objection,
            return_due,
        })
    }

    /// The deadline of `kind`, if the known dates determine it.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{DeadlineKind, Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let s = Schedule::compute(&cal, &Facts::registered_on(NaiveDate::from_ymd_opt(2026, 3, 26).unwrap()))?;
    /// assert!(s.get(DeadlineKind::Response).is_some());
    /// assert!(s.get(DeadlineKind::Preparation).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn get(&self, kind: DeadlineKind) -> Option<&Deadline> {
        match kind {
            DeadlineKind::Response => Some(&self.response),
            DeadlineKind::Extension30Days => Some(&self.extension_30_days),
            DeadlineKind::ExtensionMax => self.extension_max.as_ref(),
            DeadlineKind::ExtensionNotice => self.extension_notice.as_ref(),
            DeadlineKind::Preparation => self.preparation.as_ref(),
            DeadlineKind::ScheduleNotice => self.schedule_notice.as_ref(),
            DeadlineKind::AbsenceNotice => self.absence_notice.as_ref(),
            DeadlineKind::HearingNotice => self.hearing_notice.as_ref(),
            DeadlineKind::Objection => self.objection.as_ref(),
            DeadlineKind::Return => self.return_due.as_ref(),
            // Computed from facts the schedule does not hold yet (issue 9
            // adds them); an instruction's date is the protocol's.
            DeadlineKind::Forward
            | DeadlineKind::DateNoticeAfterAnswer
            | DeadlineKind::ExtensionMaxFromRegistration
            | DeadlineKind::Instruction => None,
        }
    }

    /// Every deadline the known dates determine, in the order of
    /// [`DeadlineKind::ALL`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{DeadlineKind, Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 10)))?;
    /// let kinds: Vec<_> = s.deadlines().map(|(kind, _)| kind).collect();
    /// assert_eq!(kinds, [
    ///     DeadlineKind::Response, DeadlineKind::Extension30Days,
    ///     DeadlineKind::ExtensionMax, DeadlineKind::ExtensionNotice,
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deadlines(&self) -> impl Iterator<Item = (DeadlineKind, &Deadline)> {
        DeadlineKind::ALL
            .into_iter()
            .filter_map(|kind| self.get(kind).map(|d| (kind, d)))
    }

    /// Whether any deadline rests on a day of a provisional or projected
    /// year (RULES.md §1).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // 15 working days after 10 December 2026 end in 2027, a provisional year.
    /// assert!(Schedule::compute(&cal, &Facts::registered_on(d(12, 10)))?.provisional());
    /// assert!(!Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?.provisional());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn provisional(&self) -> bool {
        self.deadlines().any(|(_, d)| d.provisional)
    }
}

/// Whether a correction period ending on `until` leaves the applicant any
/// time after the registration on `registered` (п. 6: a reasonable period;
/// **Reading**: at least one day after registration). Shared by the
/// schedule and [`crate::intake`].
pub(crate) const fn leaves_time_to_correct(registered: NaiveDate, until: NaiveDate) -> bool {
    until.signed_duration_since(registered).num_days() > 0
}
