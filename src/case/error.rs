//! [`CaseError`]: an event that cannot have happened, and the rule that says so.

use chrono::NaiveDate;

use super::event::EventName;
use crate::lang::Named;
use crate::law::Citation;
use crate::official::OfficialRole;
use crate::schedule::ScheduleError;
use crate::violation::Violation;

/// Why an event cannot have happened.
///
/// # Example
/// ```
/// use kz_appeals::{case::Impossible, law::Citation};
/// assert_eq!(Impossible::NoDraftSent.rule(), Some(Citation::regulation(28)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Impossible {
    /// Dated before the event recorded before it: a case file lists events
    /// in the order they happened.
    BeforePrevious {
        /// The date of the previous event.
        previous: NaiveDate,
    },
    /// An event other than the arrival before the registration (п. 21).
    NotRegistered,
    /// Dated before the registration (п. 21).
    BeforeRegistration {
        /// The registration day.
        registered: NaiveDate,
    },
    /// Recorded after the request was closed (п. 33).
    AfterClosing {
        /// The day it was closed.
        closed: NaiveDate,
    },
    /// An event that happens once, recorded again.
    Twice,
    /// An arrival recorded after the registration or another event.
    ArrivalNotFirst,
    /// A registration before the arrival.
    RegisteredBeforeArrival {
        /// The day of arrival.
        arrived: NaiveDate,
    },
    /// A registration on a day that is not a working day (п. 21).
    RegisteredOnDayOff,
    /// The request already left the track: left without consideration,
    /// returned, forwarded, no appointment, refused, or closed.
    AlreadyEnded {
        /// What ended it.
        by: EventName,
    },
    /// An event that needs an earlier one that was not recorded.
    Without {
        /// The event needed first.
        needs: EventName,
    },
    /// A correction period that ends before it is set (п. 6).
    CorrectionPeriodEndsBeforeSet {
        /// Its last day.
        until: NaiveDate,
    },
    /// Returned although corrected (п. 6), or while the period still runs.
    ReturnNotDue {
        /// The last day the applicant could correct the request.
        period_ends: NaiveDate,
    },
    /// A reception set on a day already past when it was told.
    ReceptionInThePast {
        /// The day set.
        reception: NaiveDate,
    },
    /// A reception held on a day other than the one set (п. 25).
    HeldOnOtherDay {
        /// The day set.
        reception: NaiveDate,
    },
    /// A videoconference with consent held by an official who does not
    /// head a local executive body and is not a deputy of one (п. 13).
    VideoNotForRole {
        /// The official's role (п. 2).
        role: OfficialRole,
    },
    /// A refusal with no draft refusal sent (п. 28).
    NoDraftSent,
    /// A refusal after the day appointed for the reception (п. 22–24: the
    /// refusal replaces the reception).
    RefusalAfterReception {
        /// The day of the reception.
        reception: NaiveDate,
    },
    /// The draft refusal received after the objections or the refusal
    /// (APPC art. 73: the applicant objects to a draft received, and the
    /// refusal waits for the days to object).
    ReceiptAfterHearing,
    /// An absence notified for a cause that arose after the notice (п. 16).
    /// A notice after the reception's day is late, not impossible.
    AbsenceOutOfOrder {
        /// The day of the reception.
        reception: NaiveDate,
        /// The day the cause arose.
        cause_arose: NaiveDate,
    },
    /// A protocol with an instruction due before the reception, or without
    /// an id or a unit, or with an id used twice (п. 19).
    InstructionInvalid {
        /// The instruction's id.
        id: String,
    },
    /// An instruction executed that the protocol never gave, or executed
    /// twice (п. 32).
    UnknownInstruction {
        /// The id given.
        id: String,
    },
    /// Reassigned to a worker who had the request before (п. 35).
    WorkerHadRequest {
        /// The worker.
        worker: String,
    },
    /// Closed without a final answer or another outcome (п. 33).
    ClosedWithoutAnswer,
    /// Dates that contradict the schedule's rules (RULES.md §3), found by
    /// [`Schedule::compute_with`](crate::schedule::Schedule::compute_with),
    /// or a date outside the calendar.
    Schedule(ScheduleError),
}

impl Impossible {
    fn schedule_rule(&self) -> Option<Citation> {
        match self {
            Impossible::Schedule(e) => e.citation(),
            _ => None,
        }
    }

    /// The rule that makes the event impossible, when one does.
    #[must_use]
    pub fn rule(&self) -> Option<Citation> {
        Some(match self {
            Impossible::BeforePrevious { .. }
            | Impossible::Twice
            | Impossible::ArrivalNotFirst
            | Impossible::AlreadyEnded { .. }
            | Impossible::Without { .. }
            | Impossible::Schedule(_) => return self.schedule_rule(),
            Impossible::NotRegistered
            | Impossible::BeforeRegistration { .. }
            | Impossible::RegisteredBeforeArrival { .. }
            | Impossible::RegisteredOnDayOff => Citation::regulation(21),
            Impossible::AfterClosing { .. } | Impossible::ClosedWithoutAnswer => {
                Citation::regulation(33)
            }
            Impossible::CorrectionPeriodEndsBeforeSet { .. } => Citation::regulation(6),
            Impossible::ReturnNotDue { .. } => Citation::APPC_64_7,
            Impossible::ReceptionInThePast { .. } | Impossible::HeldOnOtherDay { .. } => {
                Citation::regulation(25)
            }
            Impossible::NoDraftSent => Citation::regulation(28),
            Impossible::VideoNotForRole { .. } => Citation::regulation(13),
            Impossible::RefusalAfterReception { .. } => Citation::regulation(22),
            Impossible::ReceiptAfterHearing => Citation::APPC_73,
            Impossible::AbsenceOutOfOrder { .. } => Citation::regulation(16),
            Impossible::InstructionInvalid { .. } => Citation::regulation(19),
            Impossible::UnknownInstruction { .. } => Citation::regulation(32),
            Impossible::WorkerHadRequest { .. } => Citation::regulation(35),
        })
    }

    /// What was wrong and what to do, without the rule.
    fn describe(&self) -> (String, &'static str) {
        match self {
            Impossible::BeforePrevious { previous } => (
                format!("is dated before the event recorded before it ({previous})"),
                "record events in the order they happened",
            ),
            Impossible::NotRegistered => (
                "comes before the registration".into(),
                "record the registration first",
            ),
            Impossible::BeforeRegistration { registered } => (
                format!("is dated before the registration on {registered}"),
                "check the date",
            ),
            Impossible::AfterClosing { closed } => (
                format!("comes after the request was closed on {closed}"),
                "a closed case file takes no more events",
            ),
            Impossible::Twice => ("was already recorded".into(), "record it once"),
            Impossible::ArrivalNotFirst => (
                "is not the first event".into(),
                "record the arrival first, once",
            ),
            Impossible::RegisteredBeforeArrival { arrived } => (
                format!("is dated before the arrival on {arrived}"),
                "check the dates",
            ),
            Impossible::RegisteredOnDayOff => (
                "is not on a working day".into(),
                "register on the first working day on or after the arrival (registration::register)",
            ),
            Impossible::AlreadyEnded { by } => (
                format!("comes after the request ended: {by}"),
                "an ended request takes only a final answer, a reassignment or its closing",
            ),
            Impossible::Without { needs } => (
                format!("has no {needs} before it"),
                "record that event first",
            ),
            Impossible::CorrectionPeriodEndsBeforeSet { until } => (
                format!("ends on {until}, before it was set"),
                "give the period's last day",
            ),
            Impossible::ReturnNotDue { period_ends } => (
                format!(
                    "is not due: the request was corrected, or the period runs until {period_ends}"
                ),
                "return only a request not corrected by the end of its period",
            ),
            Impossible::ReceptionInThePast { reception } => (
                format!("sets the reception on {reception}, a day already past"),
                "set a day not before the notice",
            ),
            Impossible::HeldOnOtherDay { reception } => (
                format!("is not on the day set for the reception ({reception})"),
                "record a new date_notified first",
            ),
            Impossible::VideoNotForRole { role } => (
                format!(
                    "by videoconference is held by {}, who does not head a local executive body",
                    role.names().en
                ),
                "a head of a local executive body or a deputy receives by videoconference; hold it in person",
            ),
            Impossible::NoDraftSent => (
                "has no draft refusal sent before it".into(),
                "send the draft refusal for a hearing first (draft_refusal_sent)",
            ),
            Impossible::RefusalAfterReception { reception } => (
                format!(
                    "comes after the day appointed for the reception ({reception}); the refusal replaces the reception"
                ),
                "refuse at the latest on the reception's day",
            ),
            Impossible::ReceiptAfterHearing => (
                "comes after the objections or the refusal".into(),
                "record the receipt of the draft before them",
            ),
            Impossible::AbsenceOutOfOrder {
                reception,
                cause_arose,
            } => (
                format!(
                    "for the reception on {reception} gives a cause that arose on {cause_arose}, after the notice"
                ),
                "give the day the cause arose, not after the notice",
            ),
            Impossible::InstructionInvalid { id } => (
                format!(
                    "has an invalid instruction {id:?}: due before the reception, without a unit or an id, or an id used twice"
                ),
                "give each instruction a unique id, a unit and a due date not before the reception",
            ),
            Impossible::UnknownInstruction { id } => (
                format!(
                    "names instruction {id:?}, which no protocol gave or which was already executed"
                ),
                "name an open instruction of the protocol",
            ),
            Impossible::WorkerHadRequest { worker } => (
                format!("assigns it to {worker:?}, who had the request before"),
                "assign a worker who has not had it",
            ),
            Impossible::ClosedWithoutAnswer => (
                "has no final reasoned answer or other outcome before it".into(),
                "record the final answer first (final_answer)",
            ),
            Impossible::Schedule(e) => {
                let message = e.to_string();
                let rest = e
                    .citation()
                    .and_then(|rule| {
                        message
                            .strip_prefix(&format!("{rule}: "))
                            .map(str::to_owned)
                    })
                    .unwrap_or_else(|| message.clone());
                (format!("contradicts the schedule: {rest}"), "")
            }
        }
    }
}

/// An event that cannot have happened: the event, its day, why, and the
/// rule (first in the message).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{CaseFile, Event, EventKind};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None }))?;
/// let err = file.record(&cal, Event::new(d(4, 20), EventKind::Refused)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "п. 28: refused on 2026-04-20 has no draft refusal sent before it; \
///      send the draft refusal for a hearing first (draft_refusal_sent)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct CaseError {
    /// The event refused.
    pub event: EventName,
    /// Its day.
    pub on: NaiveDate,
    /// Why it cannot have happened.
    pub reason: Impossible,
}

impl CaseError {
    /// The rule, when one makes the event impossible.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation};
    /// use kz_appeals::case::{CaseFile, Event, EventKind};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// file.record(&cal, Event::new(d(11, 28), EventKind::Arrived { time: None, channel: None }))?;
    /// // п. 21: registered before it arrived, on Fri 27 November: impossible.
    /// let err = file.record(&cal, Event::new(d(11, 27), EventKind::Registered { worker: None })).unwrap_err();
    /// assert_eq!(err.rule(), Some(Citation::regulation(21)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rule(&self) -> Option<Citation> {
        self.reason.rule()
    }
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (what, todo) = self.reason.describe();
        if let Some(rule) = self.rule() {
            write!(f, "{rule}: ")?;
        }
        write!(f, "{} on {} {what}", self.event, self.on)?;
        if !todo.is_empty() {
            write!(f, "; {todo}")?;
        }
        Ok(())
    }
}

/// Why a guarded transition refuses an event: it cannot have happened, or
/// it would break a rule now (a late act, or a step left overdue).
///
/// # Example
/// ```
/// use kz_appeals::case::GuardError;
/// # fn f(e: GuardError) -> String { e.to_string() }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GuardError {
    /// The event cannot have happened.
    #[error(transparent)]
    Impossible(#[from] CaseError),
    /// Recording it now leaves this violation.
    #[error("{}: {} on {} would leave {} (due {}) late by {} working days; act by the due date", .violation.rule, .event, .on, .violation.deadline, .violation.due, .violation.late_by_working_days)]
    WouldViolate {
        /// The event.
        event: EventName,
        /// Its day.
        on: NaiveDate,
        /// The violation it leaves.
        violation: Violation,
    },
}

/// A case whose dates the calendar cannot count (outside its coverage), in
/// an agenda or a report.
///
/// # Example
/// ```
/// use kz_appeals::case::CountError;
/// # fn f(e: CountError) -> String { e.case }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("case {case:?}: {error}")]
#[non_exhaustive]
pub struct CountError {
    /// The case's id.
    pub case: String,
    /// Why.
    pub error: ScheduleError,
}
