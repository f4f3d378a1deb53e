//! [`ReceptionError`]: a transition the regulation does not allow, and the
//! rule it breaks.

use chrono::NaiveDate;

use crate::due::Due;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::official::OfficialRole;
use crate::term::TermError;

use super::Action;
#[cfg(doc)]
use super::Reception;

/// A transition the regulation does not allow. [`ReceptionError::citation`]
/// gives the rule; the message starts with it.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::reception::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
/// // п. 25: the answer was due by Tue 24 June 2025.
/// let err = r.include(d(6, 25)).unwrap_err();
/// assert!(matches!(err, ReceptionError::AnswerLate { .. }));
/// assert!(err.to_string().starts_with("п. 25: the answer on 2025-06-25 is late"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReceptionError {
    /// The transition is not possible at this stage.
    #[error("{}: cannot {} at stage \"{}\"; follow the life cycle registered, included, notified, held, protocolled, closed", action.citation(), action.names().en, stage.en)]
    WrongStage {
        /// The transition tried.
        action: Action,
        /// The stage the reception is at.
        stage: Names,
    },
    /// A date is before the event it must follow.
    #[error("{}: {what} {date} is before {earlier}; the dates must follow the life cycle", action.citation())]
    BeforeEvent {
        /// The transition tried.
        action: Action,
        /// What the date is.
        what: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The earlier event's date.
        earlier: NaiveDate,
    },
    /// The answer on inclusion in the list comes after its term.
    #[error(
        "п. 25: the answer on {answered_on} is late; it was due by {due}; extend the term first (п. 26) if the question is complex"
    )]
    AnswerLate {
        /// The day of the answer.
        answered_on: NaiveDate,
        /// The term (п. 25, or as extended by п. 26).
        due: Due,
    },
    /// An extension of the same kind was already made.
    #[error("п. 26: the term was already extended {}; each kind of extension is made once", if *by_letter { "by letter" } else { "by a reasoned decision" })]
    AlreadyExtended {
        /// True for the letter, false for the decision.
        by_letter: bool,
    },
    /// An extension decided after the term ended.
    #[error(
        "п. 26: an extension on {decided_on} comes after the term ended on {term}; a term can only be extended while it runs"
    )]
    ExtensionAfterTerm {
        /// The day of the letter or decision.
        decided_on: NaiveDate,
        /// The end of the current term.
        term: Due,
    },
    /// The new end is not later than the current one.
    #[error("п. 26: the new end {requested} does not extend the term ending {current}")]
    NotAnExtension {
        /// The end asked for.
        requested: NaiveDate,
        /// The current end.
        current: NaiveDate,
    },
    /// The extension goes past its limit.
    #[error("{}: the extension to {requested} goes past the limit {limit}", limit.rule)]
    ExtensionTooLong {
        /// The end asked for.
        requested: NaiveDate,
        /// The limit: registration + 30 calendar days (п. 26), or the decision
        /// + two months (APPC art. 76(3)).
        limit: Due,
    },
    /// The applicant was told of an extension decision too late.
    #[error(
        "п. 26: the applicant was told of the extension on {notified_on}; the notice was due within 3 working days, by {due}"
    )]
    ExtensionNoticeLate {
        /// The day of the notice.
        notified_on: NaiveDate,
        /// The last day for it.
        due: Due,
    },
    /// The date and time were told too late.
    #[error(
        "п. 25: the date and time were told on {notified_on}, later than 2 working days before the reception ({latest}); choose a later reception date"
    )]
    DateNoticeLate {
        /// The day of the notice.
        notified_on: NaiveDate,
        /// The last day for it.
        latest: Due,
    },
    /// The registration date given is not a working day.
    #[error(
        "п. 21: {date} is not a working day, so no request is registered on it; register it on the next working day (see registration::register)"
    )]
    RegisteredOnDayOff {
        /// The date given.
        date: NaiveDate,
    },
    /// The reception was set on a day that is not a working day.
    #[error(
        "п. 7: the reception is set on {date}, which is not a working day; receptions are held on working days by the schedule"
    )]
    ReceptionOnDayOff {
        /// The date given.
        date: NaiveDate,
    },
    /// The reception is so soon after registration that its briefing (п. 22,
    /// 5 working days before) would fall due before the registration.
    #[error(
        "п. 22: the briefing for a reception on {reception} was due by {preparation_due}, before the registration on {registered_on}; choose a later reception date"
    )]
    NoTimeToPrepare {
        /// The day of the reception.
        reception: NaiveDate,
        /// The day the briefing was due: 5 working days before the reception.
        preparation_due: Due,
        /// The registration day.
        registered_on: NaiveDate,
    },
    /// The official's absence was notified too late.
    #[error(
        "п. 16: the absence was notified on {notified_on}; it must be told by {latest} (2 working days before), or on the day of the reception if the cause arose that day"
    )]
    AbsenceNoticeLate {
        /// The day of the notice.
        notified_on: NaiveDate,
        /// The last day for a notice 2 working days before.
        latest: Due,
    },
    /// A videoconference without the applicant's consent.
    #[error(
        "п. 13: a videoconference needs the applicant's consent; hold the reception in person or obtain consent"
    )]
    VideoWithoutConsent,
    /// A videoconference by an official п. 13 does not name.
    #[error("п. 13: only heads of local executive bodies and their deputies may receive by videoconference (outside restrictive measures); this official is a {}", role.names().en)]
    VideoNotForRole {
        /// The official's role.
        role: OfficialRole,
    },
    /// An in-person reception under restrictive measures.
    #[error("п. 14: under restrictive measures the reception is held only by videoconference")]
    InPersonUnderRestrictions,
    /// The protocol has neither a decision nor an instruction.
    #[error(
        "п. 19: the protocol records neither a decision nor an instruction; record the decision taken or the instructions with their deadlines"
    )]
    EmptyProtocol,
    /// An instruction's deadline is before the reception.
    #[error(
        "п. 19: the instruction \"{task}\" is due {due}, before the reception on {reception}; give a concrete deadline after it"
    )]
    InstructionDueBeforeReception {
        /// The instruction.
        task: String,
        /// Its deadline.
        due: NaiveDate,
        /// The day of the reception.
        reception: NaiveDate,
    },
    /// The final answer gives no reasons.
    #[error(
        "п. 33: the request leaves control only with a final reasoned answer; the answer gives no reasons"
    )]
    AnswerNotReasoned,
    /// A refusal with no draft refusal sent.
    #[error(
        "п. 28: no draft refusal was sent for a hearing; send it at least 3 working days before deciding"
    )]
    NoHearing,
    /// The draft refusal was not sent 3 working days before the decision.
    #[error(
        "п. 28: the draft refusal was sent on {sent_on}; for a decision on {decided_on} it had to be sent by {latest}; decide later"
    )]
    HearingNoticeLate {
        /// The day the draft was sent.
        sent_on: NaiveDate,
        /// The day of the decision.
        decided_on: NaiveDate,
        /// The last day to send it: 3 working days before the decision.
        latest: Due,
    },
    /// The refusal was decided while the time for objections still ran.
    #[error("APPC art. 73: the applicant may object until {until}; decide after that day")]
    ObjectionsStillOpen {
        /// The last day for objections.
        until: Due,
    },
    /// Reassignment to a worker who had the request before.
    #[error("п. 35: {worker} had this request before; assign it to another worker")]
    WorkerHadRequest {
        /// The worker.
        worker: String,
    },
    /// A term the reception keeps is not the one counted on the calendar
    /// given: found by [`Reception::verify`], when the term was counted on
    /// another calendar (an act published since added a day off) or the
    /// stored value was changed. [`Reception::recount`] counts it again.
    #[error(
        "{}: the stored {what} {stored} is not the one counted on this calendar, {computed}; a calendar update or an edit changed it",
        computed.rule
    )]
    TermMismatch {
        /// What the term is: the term of the answer, or the end of objections.
        what: &'static str,
        /// The date stored.
        stored: NaiveDate,
        /// The term counted on the calendar given.
        computed: Due,
    },
    /// The calendar could not count a date.
    #[error(transparent)]
    Term(#[from] TermError),
}

impl ReceptionError {
    /// The paragraph or article broken, or `None` for a calendar failure.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// use kz_appeals::law::Citation;
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// // Closing before a protocol is a stage error under п. 33.
    /// let err = r.close(FinalAnswer { sent_on: d(6, 3), reasons: "—".into() }).unwrap_err();
    /// assert_eq!(err.citation(), Some(Citation::regulation(33)));
    /// // A refusal decided while objections run cites APPC art. 73.
    /// let heard = r.send_draft_refusal(d(6, 11), d(6, 13), &cal)?;
    /// assert_eq!(heard.refuse(d(6, 16), &cal).unwrap_err().citation(), Some(Citation::APPC_73));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn citation(&self) -> Option<Citation> {
        use ReceptionError as E;
        Some(match self {
            E::WrongStage { action, .. } | E::BeforeEvent { action, .. } => action.citation(),
            E::AnswerLate { .. } | E::DateNoticeLate { .. } => Citation::regulation(25),
            E::AlreadyExtended { .. }
            | E::ExtensionAfterTerm { .. }
            | E::NotAnExtension { .. }
            | E::ExtensionNoticeLate { .. } => Citation::regulation(26),
            E::ExtensionTooLong { limit, .. } => limit.rule,
            E::TermMismatch { computed, .. } => computed.rule,
            E::AbsenceNoticeLate { .. } => Citation::regulation(16),
            E::ReceptionOnDayOff { .. } => Citation::regulation(7),
            E::NoTimeToPrepare { .. } => Citation::regulation(22),
            E::RegisteredOnDayOff { .. } => Citation::regulation(21),
            E::VideoWithoutConsent | E::VideoNotForRole { .. } => Citation::regulation(13),
            E::InPersonUnderRestrictions => Citation::regulation(14),
            E::EmptyProtocol | E::InstructionDueBeforeReception { .. } => Citation::regulation(19),
            E::AnswerNotReasoned => Citation::regulation(33),
            E::NoHearing | E::HearingNoticeLate { .. } => Citation::regulation(28),
            E::ObjectionsStillOpen { .. } => Citation::APPC_73,
            E::WorkerHadRequest { .. } => Citation::regulation(35),
            E::Term(_) => return None,
        })
    }
}
