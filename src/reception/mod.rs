//! The life cycle of a request for a personal reception, as a state machine.
//!
//! ```text
//! Registered ──include (п. 25)──▶ Included ──notify (п. 25)──▶ Notified ──hold (п. 13–14)──▶ Held
//!   │  ▲ extend_by_letter / extend_by_decision (п. 26)        ◀──official_absent (п. 16)──┘   │
//!   │                                                                          record_protocol (п. 19)
//!   └─send_draft_refusal, refuse (п. 28; APPC art. 73)──▶ Refused                             ▼
//!                                                         Closed ◀──close (п. 33)── Protocolled
//! reassign (п. 35) at any stage before Closed or Refused.
//! ```
//!
//! Each transition is a pure function of the current [`Reception`] that
//! returns the next one, or a [`ReceptionError`] citing the rule broken; the
//! current value is never changed. Dates are counted on the [`Calendar`]
//! passed in, through [`crate::schedule::DeadlineKind::due`].
//!
//! **Reading (scope of п. 32–35).** п. 33 and п. 35 speak of requests "from a
//! reception". This crate applies them to the file of the reception itself:
//! it leaves control (is closed) only with a final reasoned answer (п. 33), and
//! is never reassigned to a worker who had it before (п. 35).

mod error;
#[cfg(feature = "serde")]
mod record;
mod stage;
mod verify;

pub use error::ReceptionError;
pub use stage::{
    Absence, Action, Circumstances, Extension, FinalAnswer, Hearing, Instruction, Protocol,
    ReceptionForm, Stage,
};

use chrono::{NaiveDate, NaiveDateTime};

use crate::calendar::Calendar;
use crate::due::Due;
use crate::lang::Named;
use crate::schedule::DeadlineKind;

#[cfg(doc)]
use crate::official::OfficialRole;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

#[cfg(feature = "serde")]
use record::ReceptionRecord;
use verify::{
    check_absence_notice, check_answer, check_extension, check_reception, check_refusal,
    check_registration_day, counted, counted_hearing,
};

/// The form of a worker's name that [`Reception::reassign`] compares (п. 35):
/// words separated by single spaces, in lower case.
fn same_worker_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
/// A request for a personal reception on its way through the life cycle.
///
/// Built by [`Reception::register`] and moved on only by its transitions; the
/// fields are private so no stage can be reached any other way.
///
/// Deserializing (serde) checks every rule of the life cycle that does not
/// need the working-day calendar (the order of the dates, a reasoned answer
/// and a non-empty protocol for a closing, a hearing with its objections past
/// for a refusal, the extensions made once each and within the term, no
/// worker twice, …) and refuses a value that no sequence of transitions could
/// have produced under those rules. The working-day counts need a
/// [`Calendar`]: [`Reception::verify`] re-checks them.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::official::OfficialRole;
/// use kz_appeals::reception::*;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
/// // п. 25: 15 working days after Mon 2 June 2025. Fri 6 June 2025 is the
/// // first day of Kurban ait, a day off (Labour Code art. 84(5)):
/// // 3,4,5, 9..13, 16..20, 23, 24 -> Tue 24 June.
/// assert_eq!(r.answer_by().date, d(6, 24));
/// let r = r.include(d(6, 10))?;
/// let at = d(6, 20).and_hms_opt(10, 0, 0).unwrap();
/// // Told on Tue 17 June; 2 working days before Fri 20 June is Wed 18 June.
/// let r = r.notify(d(6, 17), at, &cal)?;
/// let c = Circumstances { role: OfficialRole::FirstHead { deputy: true }, applicant_consents_to_video: false, restrictive_measures: false };
/// let r = r.hold(ReceptionForm::InPerson, c)?;
/// let p = Protocol { decision: None, instructions: vec![Instruction { task: "жолды жөндеу".into(), due: d(7, 31) }] };
/// let r = r.record_protocol(p)?;
/// assert!(r.close(FinalAnswer { sent_on: d(8, 1), reasons: "".into() }).is_err());
/// let r = r.close(FinalAnswer { sent_on: d(8, 1), reasons: "Жол жөнделді, акт қоса беріледі.".into() })?;
/// assert!(matches!(r.stage(), Stage::Closed { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "ReceptionRecord"))]
pub struct Reception {
    registered_on: NaiveDate,
    answer_by: Due,
    extensions: Vec<Extension>,
    hearing: Option<Hearing>,
    assignees: Vec<String>,
    absences: Vec<Absence>,
    stage: Stage,
}
impl Reception {
    /// A request registered on `registered_on` and assigned to `worker`; the
    /// answer on inclusion in the list is due within 15 working days (п. 25).
    /// Requests are registered on working days only (п. 21): compute the date
    /// from the arrival with [`crate::registration::register`].
    ///
    /// # Errors
    /// [`ReceptionError::RegisteredOnDayOff`] if `registered_on` is not a
    /// working day; [`ReceptionError::Term`] if the calendar does not cover
    /// the date.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// // п. 25: 15 working days after Mon 2 June 2025, skipping Fri 6 June
    /// // (Kurban ait, Labour Code art. 84(5)): 3–5, 9–13, 16–20, 23, 24 June.
    /// assert_eq!(r.answer_by().date, d(6, 24));
    /// assert_eq!(r.answer_by().rule.to_string(), "п. 25");
    /// assert_eq!(r.assignees(), ["Ахметова А."]);
    /// assert!(Reception::register(NaiveDate::from_ymd_opt(2017, 12, 1).unwrap(), "Ахметова А.", &cal).is_err());
    /// // Saturday 7 June 2025 is no registration day (п. 21).
    /// assert!(matches!(
    ///     Reception::register(d(6, 7), "Ахметова А.", &cal),
    ///     Err(ReceptionError::RegisteredOnDayOff { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn register(
        registered_on: NaiveDate,
        worker: impl Into<String>,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        check_registration_day(calendar, registered_on)?;
        let answer_by = counted(DeadlineKind::Response, calendar, registered_on)?;
        Ok(Reception {
            registered_on,
            answer_by,
            extensions: Vec::new(),
            hearing: None,
            assignees: vec![worker.into()],
            absences: Vec::new(),
            stage: Stage::Registered,
        })
    }

    /// The registration day.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// assert_eq!(r.registered_on(), d(6, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn registered_on(&self) -> NaiveDate {
        self.registered_on
    }
    /// The current term for the answer (п. 25, as extended under п. 26).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// assert_eq!(r.answer_by().date, d(6, 24)); // п. 25
    /// // A reasoned decision on Fri 20 June extends it to Mon 18 August (п. 26),
    /// // within two months of the decision (APPC art. 76(3)): Wed 20 August.
    /// let r = r.extend_by_decision(d(6, 20), d(8, 18), d(6, 23), &cal)?;
    /// assert_eq!(r.answer_by().date, d(8, 18));
    /// assert_eq!(r.answer_by().rule.to_string(), "п. 26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn answer_by(&self) -> Due {
        self.answer_by
    }
    /// The extensions made (п. 26).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// assert!(r.extensions().is_empty());
    /// let r = r.extend_by_letter(d(6, 20), d(7, 1), &cal)?;
    /// assert_eq!(r.extensions().len(), 1);
    /// // п. 26: each kind of extension is made once.
    /// assert!(matches!(r.extend_by_letter(d(6, 21), d(7, 2), &cal), Err(ReceptionError::AlreadyExtended { by_letter: true })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extensions(&self) -> &[Extension] {
        &self.extensions
    }
    /// The hearing, once the draft refusal was sent (п. 28).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// assert!(r.hearing().is_none());
    /// // Sent and received Wed 11 June 2025: objections until Fri 13 June (APPC art. 73).
    /// let r = r.send_draft_refusal(d(6, 11), d(6, 11), &cal)?;
    /// assert_eq!(r.hearing().map(|h| h.objections_until.date), Some(d(6, 13)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn hearing(&self) -> Option<Hearing> {
        self.hearing
    }
    /// Every worker the request was assigned to, first to last (п. 35).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// let r = r.reassign("Бекова Б.")?;
    /// assert_eq!(r.assignees(), ["Ахметова А.", "Бекова Б."]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assignees(&self) -> &[String] {
        &self.assignees
    }
    /// The official's absences notified so far (п. 16).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// # let at = d(6, 20).and_hms_opt(10, 0, 0).unwrap();
    /// # let notified = Reception::register(d(6, 2), "Ахметова А.", &cal)?.include(d(6, 10))?.notify(d(6, 11), at, &cal)?;
    /// assert!(notified.absences().is_empty());
    /// // Reception Fri 20 June 2025: told by Wed 18 June, 2 working days before.
    /// let back = notified.official_absent(d(6, 18), d(6, 18), &cal)?;
    /// assert_eq!(back.absences().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn absences(&self) -> &[Absence] {
        &self.absences
    }
    /// The current stage.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// assert_eq!(r.stage(), &Stage::Registered);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn stage(&self) -> &Stage {
        &self.stage
    }
    fn wrong(&self, action: Action) -> ReceptionError {
        ReceptionError::WrongStage {
            action,
            stage: self.stage.names(),
        }
    }

    fn require_registered(&self, action: Action) -> Result<(), ReceptionError> {
        match self.stage {
            Stage::Registered => Ok(()),
            _ => Err(self.wrong(action)),
        }
    }

    fn not_before(
        action: Action,
        what: &'static str,
        date: NaiveDate,
        earlier: NaiveDate,
    ) -> Result<(), ReceptionError> {
        if date < earlier {
            Err(ReceptionError::BeforeEvent {
                action,
                what,
                date,
                earlier,
            })
        } else {
            Ok(())
        }
    }

    /// Checks the extension `ext` (see [`check_extension`]), and returns the
    /// reception with the new term.
    fn extended(&self, ext: Extension, calendar: &Calendar) -> Result<Self, ReceptionError> {
        self.require_registered(Action::Extend)?;
        let on = match ext {
            Extension::ByLetter { sent_on, .. } => sent_on,
            Extension::ByDecision { decided_on, .. } => decided_on,
        };
        Self::not_before(Action::Extend, "the extension", on, self.registered_on)?;
        let by_letter = matches!(ext, Extension::ByLetter { .. });
        if self
            .extensions
            .iter()
            .any(|e| matches!(e, Extension::ByLetter { .. }) == by_letter)
        {
            return Err(ReceptionError::AlreadyExtended { by_letter });
        }
        let answer_by = check_extension(calendar, self.registered_on, self.answer_by, ext)?;
        let mut next = self.clone();
        next.answer_by = answer_by;
        next.extensions.push(ext);
        Ok(next)
    }

    /// Extends the term by a letter sent on `sent_on`, to `ends` (п. 26): at
    /// most 30 calendar days from registration (**Reading:** registration + 30
    /// calendar days, moved to the next working day if a day off), while the
    /// term runs, once. An `ends` on a day off makes the term end on the next
    /// working day (APPC art. 76(5), Civil Code art. 175).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::reception::{Reception, ReceptionError};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// // 2 June + 30 days = Wed 2 July 2025, a working day: the limit.
    /// assert!(r.extend_by_letter(d(6, 20), d(7, 2), &cal).is_ok());
    /// assert!(matches!(r.extend_by_letter(d(6, 20), d(7, 3), &cal), Err(ReceptionError::ExtensionTooLong { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::AlreadyExtended`],
    /// [`ReceptionError::ExtensionAfterTerm`],
    /// [`ReceptionError::NotAnExtension`], [`ReceptionError::ExtensionTooLong`].
    pub fn extend_by_letter(
        &self,
        sent_on: NaiveDate,
        ends: NaiveDate,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        self.extended(Extension::ByLetter { sent_on, ends }, calendar)
    }

    /// Extends the term by a reasoned decision of the head or a deputy made on
    /// `decided_on`, to `ends`, the applicant notified on `notified_on` (п. 26):
    /// at most two months from the decision (APPC art. 76(3)), the notice
    /// within 3 working days of it, while the term runs, once. An `ends` on a
    /// day off makes the term end on the next working day (APPC art. 76(5),
    /// Civil Code art. 175).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::reception::{Reception, ReceptionError};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// // Decision Fri 20 June; notice by the 3rd working day after: 23, 24, 25 June.
    /// assert!(r.extend_by_decision(d(6, 20), d(8, 20), d(6, 25), &cal).is_ok());
    /// assert!(matches!(
    ///     r.extend_by_decision(d(6, 20), d(8, 20), d(6, 26), &cal),
    ///     Err(ReceptionError::ExtensionNoticeLate { .. })
    /// ));
    /// // Two months from 20 June: Wed 20 August 2025, a working day.
    /// assert!(r.extend_by_decision(d(6, 20), d(8, 21), d(6, 23), &cal).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`extend_by_letter`](Self::extend_by_letter), and
    /// [`ReceptionError::ExtensionNoticeLate`] or
    /// [`ReceptionError::BeforeEvent`] for the notice.
    pub fn extend_by_decision(
        &self,
        decided_on: NaiveDate,
        ends: NaiveDate,
        notified_on: NaiveDate,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        self.extended(
            Extension::ByDecision {
                decided_on,
                ends,
                notified_on,
            },
            calendar,
        )
    }

    /// The applicant is told on `answered_on` that the request is on the list
    /// (п. 25): by the term, from registration on.
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::BeforeEvent`],
    /// [`ReceptionError::AnswerLate`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// // п. 25: due within 15 working days, by Tue 24 June 2025.
    /// assert!(r.include(d(6, 24)).is_ok());
    /// assert!(matches!(r.include(d(6, 25)), Err(ReceptionError::AnswerLate { .. })));
    /// assert!(matches!(r.include(d(5, 30)), Err(ReceptionError::BeforeEvent { .. })));
    /// // Extended by letter to Tue 1 July (п. 26), 25 June is in time.
    /// let r = r.extend_by_letter(d(6, 20), d(7, 1), &cal)?;
    /// assert!(r.include(d(6, 25)).is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn include(&self, answered_on: NaiveDate) -> Result<Self, ReceptionError> {
        self.require_registered(Action::Include)?;
        Self::not_before(
            Action::Include,
            "the answer",
            answered_on,
            self.registered_on,
        )?;
        check_answer(answered_on, self.answer_by)?;
        Ok(Reception {
            stage: Stage::Included { answered_on },
            ..self.clone()
        })
    }

    /// The applicant is told on `notified_on` the date and time `reception`
    /// (п. 25): not later than 2 working days before it (**Reading**, RULES.md
    /// §3: the text names no anchor; this gives the applicant 2 working days'
    /// warning). The reception falls on a working day (**Reading**, as in
    /// [`crate::reception_schedule`]: receptions are held on the schedule of
    /// п. 7, in working time; on a day off the 2 days' warning would shrink).
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::BeforeEvent`],
    /// [`ReceptionError::ReceptionOnDayOff`],
    /// [`ReceptionError::DateNoticeLate`], [`ReceptionError::NoTimeToPrepare`]
    /// (the briefing of п. 22 would fall due before the registration, as in
    /// [`crate::schedule::Schedule::compute`]), [`ReceptionError::Term`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?.include(d(6, 10))?;
    /// let at = |day| d(6, day).and_hms_opt(10, 0, 0).unwrap();
    /// // Reception Fri 20 June 2025; 2 working days before: Thu 19 (1), Wed 18 (2).
    /// assert!(r.notify(d(6, 18), at(20), &cal).is_ok());
    /// let late = r.notify(d(6, 19), at(20), &cal).unwrap_err();
    /// assert!(matches!(late, ReceptionError::DateNoticeLate { .. }));
    /// assert_eq!(late.citation().map(|c| c.to_string()).as_deref(), Some("п. 25"));
    /// // Sat 21 June is not a working day (п. 7).
    /// assert!(matches!(r.notify(d(6, 11), at(21), &cal), Err(ReceptionError::ReceptionOnDayOff { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn notify(
        &self,
        notified_on: NaiveDate,
        reception: NaiveDateTime,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        let Stage::Included { answered_on } = self.stage else {
            return Err(self.wrong(Action::Notify));
        };
        Self::not_before(
            Action::Notify,
            "the notice of the date",
            notified_on,
            answered_on,
        )?;
        check_reception(
            calendar,
            self.registered_on,
            reception.date(),
            Some(notified_on),
        )?;
        Ok(Reception {
            stage: Stage::Notified {
                answered_on,
                notified_on,
                reception,
            },
            ..self.clone()
        })
    }

    /// The official cannot hold the notified reception and tells the
    /// responsible worker on `notified_on` (п. 16): not later than 2 working
    /// days before, or on the day of the reception. The request goes back to
    /// the list, to be given a new date.
    ///
    /// **Reading** (RULES.md §3): a same-day notice is allowed only when the
    /// cause arose that day, so `cause_arose_on` is asked for.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// # let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?.include(d(6, 10))?;
    /// let r = r.notify(d(6, 11), d(6, 20).and_hms_opt(10, 0, 0).unwrap(), &cal)?;
    /// // Fri 20 June: 2 working days before is Wed 18 June.
    /// assert!(r.official_absent(d(6, 18), d(6, 18), &cal).is_ok());
    /// assert!(r.official_absent(d(6, 19), d(6, 16), &cal).is_err());
    /// // Fell ill on the morning of the reception: told that day.
    /// assert!(r.official_absent(d(6, 20), d(6, 20), &cal).is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::BeforeEvent`] (a
    /// notice before the registration), [`ReceptionError::AbsenceNoticeLate`],
    /// [`ReceptionError::Term`].
    pub fn official_absent(
        &self,
        notified_on: NaiveDate,
        cause_arose_on: NaiveDate,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        let Stage::Notified {
            answered_on,
            reception,
            ..
        } = self.stage
        else {
            return Err(self.wrong(Action::ReportAbsence));
        };
        Self::not_before(
            Action::ReportAbsence,
            "the notice of absence",
            notified_on,
            self.registered_on,
        )?;
        check_absence_notice(
            calendar,
            notified_on,
            reception.date(),
            cause_arose_on == reception.date(),
        )?;
        let mut next = self.clone();
        next.absences.push(Absence {
            reception,
            notified_on,
        });
        next.stage = Stage::Included { answered_on };
        Ok(next)
    }

    /// The reception is held in `form` (п. 13–14): under restrictive measures
    /// only by videoconference; otherwise by videoconference only with the
    /// applicant's consent and by a head of a local executive body or a
    /// deputy ([`OfficialRole::heads_executive_body`]).
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::InPersonUnderRestrictions`],
    /// [`ReceptionError::VideoWithoutConsent`], [`ReceptionError::VideoNotForRole`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// # let at = d(6, 20).and_hms_opt(10, 0, 0).unwrap();
    /// # let notified = Reception::register(d(6, 2), "Ахметова А.", &cal)?.include(d(6, 10))?.notify(d(6, 11), at, &cal)?;
    /// use kz_appeals::official::OfficialRole;
    /// let by = |role, consents| Circumstances { role, applicant_consents_to_video: consents, restrictive_measures: false };
    /// let akim = OfficialRole::Akim { deputy: true };
    /// // п. 13: a videoconference needs the applicant's consent...
    /// assert!(matches!(notified.hold(ReceptionForm::Videoconference, by(akim, false)), Err(ReceptionError::VideoWithoutConsent)));
    /// assert!(notified.hold(ReceptionForm::Videoconference, by(akim, true)).is_ok());
    /// // ...and a head of a local executive body or a deputy.
    /// let unit = OfficialRole::UnitHead { deputy: false };
    /// assert!(matches!(notified.hold(ReceptionForm::Videoconference, by(unit, true)), Err(ReceptionError::VideoNotForRole { .. })));
    /// assert!(notified.hold(ReceptionForm::InPerson, by(unit, false)).is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hold(
        &self,
        form: ReceptionForm,
        circumstances: Circumstances,
    ) -> Result<Self, ReceptionError> {
        let Stage::Notified { reception, .. } = self.stage else {
            return Err(self.wrong(Action::Hold));
        };
        match (form, circumstances.restrictive_measures) {
            (ReceptionForm::InPerson, true) => {
                return Err(ReceptionError::InPersonUnderRestrictions);
            }
            (ReceptionForm::Videoconference, false) => {
                if !circumstances.applicant_consents_to_video {
                    return Err(ReceptionError::VideoWithoutConsent);
                }
                if !circumstances.role.heads_executive_body() {
                    return Err(ReceptionError::VideoNotForRole {
                        role: circumstances.role,
                    });
                }
            }
            (ReceptionForm::InPerson, false) | (ReceptionForm::Videoconference, true) => {}
        }
        Ok(Reception {
            stage: Stage::Held { reception, form },
            ..self.clone()
        })
    }

    /// The results are recorded in `protocol` (п. 19): a decision, or
    /// instructions each with a concrete deadline not before the reception.
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::EmptyProtocol`],
    /// [`ReceptionError::InstructionDueBeforeReception`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// # let at = d(6, 20).and_hms_opt(10, 0, 0).unwrap();
    /// # let notified = Reception::register(d(6, 2), "Ахметова А.", &cal)?.include(d(6, 10))?.notify(d(6, 11), at, &cal)?;
    /// # use kz_appeals::official::OfficialRole;
    /// # let c = Circumstances { role: OfficialRole::FirstHead { deputy: false }, applicant_consents_to_video: false, restrictive_measures: false };
    /// # let held = notified.hold(ReceptionForm::InPerson, c)?;
    /// // п. 19: instructions with concrete deadlines, not before the reception (20 June 2025).
    /// let task = |due| Instruction { task: "жолды жөндеу".into(), due };
    /// let p = Protocol { decision: None, instructions: vec![task(d(7, 31))] };
    /// assert!(matches!(held.record_protocol(p)?.stage(), Stage::Protocolled { .. }));
    /// let p = Protocol { decision: None, instructions: vec![task(d(6, 19))] };
    /// assert!(matches!(held.record_protocol(p), Err(ReceptionError::InstructionDueBeforeReception { .. })));
    /// assert!(matches!(held.record_protocol(Protocol::default()), Err(ReceptionError::EmptyProtocol)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record_protocol(&self, protocol: Protocol) -> Result<Self, ReceptionError> {
        let Stage::Held { reception, .. } = self.stage else {
            return Err(self.wrong(Action::RecordProtocol));
        };
        let has_decision = protocol
            .decision
            .as_deref()
            .is_some_and(|d| !d.trim().is_empty());
        if !has_decision && protocol.instructions.is_empty() {
            return Err(ReceptionError::EmptyProtocol);
        }
        if let Some(i) = protocol
            .instructions
            .iter()
            .find(|i| i.due < reception.date())
        {
            return Err(ReceptionError::InstructionDueBeforeReception {
                task: i.task.clone(),
                due: i.due,
                reception: reception.date(),
            });
        }
        Ok(Reception {
            stage: Stage::Protocolled {
                reception,
                protocol,
            },
            ..self.clone()
        })
    }

    /// Closes the request with the final reasoned `answer` (п. 33), after the
    /// protocol.
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::BeforeEvent`],
    /// [`ReceptionError::AnswerNotReasoned`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// # let at = d(6, 20).and_hms_opt(10, 0, 0).unwrap();
    /// # let notified = Reception::register(d(6, 2), "Ахметова А.", &cal)?.include(d(6, 10))?.notify(d(6, 11), at, &cal)?;
    /// # use kz_appeals::official::OfficialRole;
    /// # let c = Circumstances { role: OfficialRole::FirstHead { deputy: false }, applicant_consents_to_video: false, restrictive_measures: false };
    /// # let held = notified.hold(ReceptionForm::InPerson, c)?;
    /// # let p = Protocol { decision: Some("Жол жөндеуге жоспарланды".into()), instructions: vec![] };
    /// # let protocolled = held.record_protocol(p)?;
    /// let answer = |sent_on, reasons: &str| FinalAnswer { sent_on, reasons: reasons.into() };
    /// // п. 33: only a final reasoned answer closes the request, sent on or after the reception.
    /// assert!(matches!(protocolled.close(answer(d(6, 25), "")), Err(ReceptionError::AnswerNotReasoned)));
    /// assert!(matches!(protocolled.close(answer(d(6, 19), "Жоспарға енгізілді.")), Err(ReceptionError::BeforeEvent { .. })));
    /// assert!(matches!(protocolled.close(answer(d(6, 25), "Жоспарға енгізілді."))?.stage(), Stage::Closed { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn close(&self, answer: FinalAnswer) -> Result<Self, ReceptionError> {
        let Stage::Protocolled {
            reception,
            protocol,
        } = &self.stage
        else {
            return Err(self.wrong(Action::Close));
        };
        Self::not_before(
            Action::Close,
            "the final answer",
            answer.sent_on,
            reception.date(),
        )?;
        if answer.reasons.trim().is_empty() {
            return Err(ReceptionError::AnswerNotReasoned);
        }
        let stage = Stage::Closed {
            protocol: protocol.clone(),
            answer,
        };
        Ok(Reception {
            stage,
            ..self.clone()
        })
    }

    /// The draft refusal is sent to the applicant on `sent_on` for a hearing
    /// (п. 28) and received on `received_on`; objections are open until the
    /// 2nd working day after receipt (APPC art. 73). When the draft is sent
    /// and received the same day, the 3 working days of п. 28 already cover
    /// the 2 days for objections; a later receipt (by post) can push the
    /// decision further.
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`] (only before inclusion in the list, and
    /// once), [`ReceptionError::BeforeEvent`], [`ReceptionError::Term`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// // Sent Wed 11 June 2025, received by post Fri 13 June: the applicant may
    /// // object until the 2nd working day after receipt, Tue 17 June (APPC art. 73).
    /// let heard = r.send_draft_refusal(d(6, 11), d(6, 13), &cal)?;
    /// assert_eq!(heard.hearing().map(|h| h.objections_until.date), Some(d(6, 17)));
    /// // Once only, and only before inclusion in the list.
    /// assert!(matches!(heard.send_draft_refusal(d(6, 12), d(6, 12), &cal), Err(ReceptionError::WrongStage { .. })));
    /// let included = r.include(d(6, 10))?;
    /// assert!(matches!(included.send_draft_refusal(d(6, 11), d(6, 11), &cal), Err(ReceptionError::WrongStage { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn send_draft_refusal(
        &self,
        sent_on: NaiveDate,
        received_on: NaiveDate,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        self.require_registered(Action::SendDraftRefusal)?;
        if self.hearing.is_some() {
            return Err(self.wrong(Action::SendDraftRefusal));
        }
        Self::not_before(
            Action::SendDraftRefusal,
            "the draft refusal",
            sent_on,
            self.registered_on,
        )?;
        Self::not_before(
            Action::SendDraftRefusal,
            "the receipt of the draft refusal",
            received_on,
            sent_on,
        )?;
        let hearing = counted_hearing(calendar, sent_on, received_on)?;
        Ok(Reception {
            hearing: Some(hearing),
            ..self.clone()
        })
    }

    /// Refuses the reception by a decision on `decided_on` (п. 28): only after
    /// the draft refusal was sent not later than 3 working days before, and
    /// after the days for objections (APPC art. 73).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
    /// assert!(matches!(r.refuse(d(6, 16), &cal), Err(ReceptionError::NoHearing)));
    /// // Draft sent and received Wed 11 June 2025.
    /// let heard = r.send_draft_refusal(d(6, 11), d(6, 11), &cal)?;
    /// // Fri 13 June: 3 working days before is Tue 10 June; sent too late.
    /// assert!(matches!(heard.refuse(d(6, 13), &cal), Err(ReceptionError::HearingNoticeLate { .. })));
    /// // Mon 16 June: 3 working days before is Wed 11 June, the day it was sent.
    /// assert!(matches!(heard.refuse(d(6, 16), &cal)?.stage(), Stage::Refused { .. }));
    /// // Sent Wed 11 June by post, received Fri 13 June: objections until
    /// // Tue 17 June (16, 17), so not on Mon 16 June.
    /// let by_post = r.send_draft_refusal(d(6, 11), d(6, 13), &cal)?;
    /// assert!(matches!(by_post.refuse(d(6, 16), &cal), Err(ReceptionError::ObjectionsStillOpen { .. })));
    /// assert!(by_post.refuse(d(6, 18), &cal).is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::NoHearing`],
    /// [`ReceptionError::ObjectionsStillOpen`],
    /// [`ReceptionError::HearingNoticeLate`], [`ReceptionError::Term`].
    pub fn refuse(
        &self,
        decided_on: NaiveDate,
        calendar: &Calendar,
    ) -> Result<Self, ReceptionError> {
        self.require_registered(Action::Refuse)?;
        let hearing = self.hearing.ok_or(ReceptionError::NoHearing)?;
        check_refusal(calendar, hearing, decided_on)?;
        Ok(Reception {
            stage: Stage::Refused {
                decided_on,
                hearing,
            },
            ..self.clone()
        })
    }

    /// Assigns the request to `worker` (п. 35): never to a worker who had it
    /// before, and not once it is closed or refused.
    ///
    /// Two names are the same worker when they differ only in letter case or
    /// in spaces (leading, trailing, or several in a row): "ахметова  а." is
    /// "Ахметова А.".
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::reception::*;
    /// # let cal = Calendar::kazakhstan();
    /// let r = Reception::register(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), "Ахметова А.", &cal)?;
    /// let r = r.reassign("Бекова Б.")?;
    /// assert!(matches!(r.reassign("Ахметова А."), Err(ReceptionError::WorkerHadRequest { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ReceptionError::WrongStage`], [`ReceptionError::WorkerHadRequest`].
    pub fn reassign(&self, worker: impl Into<String>) -> Result<Self, ReceptionError> {
        if matches!(self.stage, Stage::Closed { .. } | Stage::Refused { .. }) {
            return Err(self.wrong(Action::Reassign));
        }
        let worker = worker.into();
        let key = same_worker_key(&worker);
        if self.assignees.iter().any(|w| same_worker_key(w) == key) {
            return Err(ReceptionError::WorkerHadRequest { worker });
        }
        let mut next = self.clone();
        next.assignees.push(worker);
        Ok(next)
    }
}
