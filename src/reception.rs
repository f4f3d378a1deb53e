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

use chrono::{NaiveDate, NaiveDateTime};

use crate::calendar::Calendar;
use crate::due::Due;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::official::OfficialRole;
use crate::schedule::DeadlineKind;
use crate::term::TermError;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// How the reception is held (п. 13–14).
///
/// In person, or by videoconference: with the applicant's consent by a head
/// of a local executive body or a deputy (п. 13), and only so under
/// restrictive measures (п. 14). Checked by [`Reception::hold`].
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, reception::ReceptionForm};
/// assert_eq!(ReceptionForm::Videoconference.name(Lang::Ru), "посредством видеоконференцсвязи");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ReceptionForm {
    /// In person.
    InPerson,
    /// By videoconference (видеоконференцсвязь).
    Videoconference,
}

impl Named for ReceptionForm {
    fn names(&self) -> Names {
        match self {
            ReceptionForm::InPerson => Names::new("жеке келу арқылы", "очно", "in person"),
            ReceptionForm::Videoconference => Names::new(
                "бейнеконференцбайланыс арқылы",
                "посредством видеоконференцсвязи",
                "by videoconference",
            ),
        }
    }
}

/// The circumstances that decide the form of a reception (п. 13–14).
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
/// // п. 14: under restrictive measures only by videoconference, consent or not.
/// let c = Circumstances {
///     role: OfficialRole::UnitHead { deputy: false },
///     applicant_consents_to_video: false,
///     restrictive_measures: true,
/// };
/// assert!(notified.hold(ReceptionForm::Videoconference, c).is_ok());
/// assert!(matches!(
///     notified.hold(ReceptionForm::InPerson, c),
///     Err(ReceptionError::InPersonUnderRestrictions)
/// ));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Circumstances {
    /// The receiving official's role (п. 2).
    pub role: OfficialRole,
    /// Whether the applicant consented to a videoconference (п. 13).
    pub applicant_consents_to_video: bool,
    /// Whether restrictive measures (pandemic, safety) are in force (п. 14).
    pub restrictive_measures: bool,
}

/// An instruction recorded in the protocol, with its concrete deadline (п. 19).
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
/// // п. 19: an instruction's deadline is concrete and not before the reception (20 June).
/// let early = Instruction { task: "жолды жөндеу".into(), due: d(6, 19) };
/// let err = held.record_protocol(Protocol { decision: None, instructions: vec![early] }).unwrap_err();
/// assert!(matches!(err, ReceptionError::InstructionDueBeforeReception { .. }));
/// let on_time = Instruction { task: "жолды жөндеу".into(), due: d(7, 31) };
/// assert!(held.record_protocol(Protocol { decision: None, instructions: vec![on_time] }).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Instruction {
    /// What is to be done, and by whom.
    pub task: String,
    /// The concrete deadline.
    pub due: NaiveDate,
}

/// The protocol of a reception (п. 19): the decision taken on the request, or
/// instructions with concrete deadlines (or both).
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
/// use kz_appeals::law::Citation;
/// // п. 19: a protocol with neither a decision nor an instruction is refused.
/// let err = held.record_protocol(Protocol::default()).unwrap_err();
/// assert_eq!(err.citation(), Some(Citation::regulation(19)));
/// let p = Protocol { decision: Some("Жер телімі бөлінді".into()), instructions: vec![] };
/// assert!(matches!(held.record_protocol(p)?.stage(), Stage::Protocolled { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Protocol {
    /// The decision taken at the reception, if any.
    #[cfg_attr(feature = "serde", serde(default))]
    pub decision: Option<String>,
    /// The instructions given, each with its deadline.
    #[cfg_attr(feature = "serde", serde(default))]
    pub instructions: Vec<Instruction>,
}

/// The final reasoned answer to the applicant (п. 33).
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
/// // п. 33: the request leaves control only with a reasoned answer.
/// let bare = FinalAnswer { sent_on: d(6, 25), reasons: "  ".into() };
/// assert!(matches!(protocolled.close(bare), Err(ReceptionError::AnswerNotReasoned)));
/// let reasoned = FinalAnswer { sent_on: d(6, 25), reasons: "Жөндеу 2025 жылғы жоспарға енгізілді.".into() };
/// assert!(matches!(protocolled.close(reasoned)?.stage(), Stage::Closed { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct FinalAnswer {
    /// The day it was sent.
    pub sent_on: NaiveDate,
    /// The reasons it gives.
    pub reasons: String,
}

/// The hearing before a refusal (п. 28, APPC art. 73).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::reception::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
/// // Draft sent Wed 11 June 2025, received by post Fri 13 June: objections
/// // until the 2nd working day after receipt (APPC art. 73): Mon 16, Tue 17 June.
/// let hearing = r.send_draft_refusal(d(6, 11), d(6, 13), &cal)?.hearing().expect("sent");
/// assert_eq!(hearing.objections_until.date, d(6, 17));
/// assert_eq!(hearing.objections_until.rule.to_string(), "APPC art. 73");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Hearing {
    /// The day the draft refusal was sent to the applicant.
    pub draft_sent_on: NaiveDate,
    /// The day the applicant received it (the day it was sent, for
    /// electronic delivery).
    pub draft_received_on: NaiveDate,
    /// The last day for objections: the 2nd working day after receipt
    /// (APPC art. 73).
    pub objections_until: Due,
}

/// The official's absence, notified to the responsible worker (п. 16).
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
/// // Reception Fri 20 June 2025; 2 working days before: Thu 19 (1), Wed 18 (2).
/// let back = notified.official_absent(d(6, 18), d(6, 17), &cal)?;
/// assert_eq!(back.absences()[0].notified_on, d(6, 18));
/// assert!(matches!(back.stage(), Stage::Included { .. })); // to be given a new date
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Absence {
    /// The reception that could not be held.
    pub reception: NaiveDateTime,
    /// The day the responsible worker was told.
    pub notified_on: NaiveDate,
}

/// An extension of the term of consideration (п. 26).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::reception::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
/// // By letter (п. 26): at most 2 June + 30 days = Wed 2 July 2025, a working day.
/// let r = r.extend_by_letter(d(6, 20), d(7, 2), &cal)?;
/// assert_eq!(r.extensions(), [Extension::ByLetter { sent_on: d(6, 20), ends: d(7, 2) }]);
/// assert_eq!(r.answer_by().date, d(7, 2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Extension {
    /// By a letter to the applicant, to at most 30 calendar days from
    /// registration.
    ByLetter {
        /// The day the letter was sent.
        sent_on: NaiveDate,
        /// The new end of the term.
        ends: NaiveDate,
    },
    /// By a reasoned decision of the head or a deputy, to at most two months
    /// from the decision (APPC art. 76(3)), notified within 3 working days.
    ByDecision {
        /// The day of the decision.
        decided_on: NaiveDate,
        /// The new end of the term.
        ends: NaiveDate,
        /// The day the applicant was notified.
        notified_on: NaiveDate,
    },
}

/// Where a reception stands.
///
/// Each stage is reached only by its transition: [`Reception::include`] and
/// [`Reception::notify`] (п. 25), [`Reception::hold`] (п. 13–14),
/// [`Reception::record_protocol`] (п. 19), [`Reception::close`] (п. 33),
/// [`Reception::refuse`] (п. 28).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::reception::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// use kz_appeals::{Lang, Named};
/// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?;
/// assert_eq!(r.stage(), &Stage::Registered);
/// let r = r.include(d(6, 10))?;
/// assert_eq!(r.stage(), &Stage::Included { answered_on: d(6, 10) });
/// assert_eq!(r.stage().name(Lang::Ru), "включено в список");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Stage {
    /// Registered; the answer is due (п. 25, 26).
    Registered,
    /// The applicant was told the request is on the list (п. 25).
    Included {
        /// The day of that answer.
        answered_on: NaiveDate,
    },
    /// The applicant was told the date and time (п. 25).
    Notified {
        /// The day of the answer on inclusion in the list.
        answered_on: NaiveDate,
        /// The day the applicant was told.
        notified_on: NaiveDate,
        /// The date and time of the reception.
        reception: NaiveDateTime,
    },
    /// The reception was held (п. 13–14).
    Held {
        /// When.
        reception: NaiveDateTime,
        /// How.
        form: ReceptionForm,
    },
    /// The protocol was drawn up (п. 19).
    Protocolled {
        /// When the reception was held.
        reception: NaiveDateTime,
        /// The protocol.
        protocol: Protocol,
    },
    /// Closed with the final reasoned answer (п. 33).
    Closed {
        /// The protocol.
        protocol: Protocol,
        /// The final answer.
        answer: FinalAnswer,
    },
    /// The reception was refused after the hearing (п. 28).
    Refused {
        /// The day of the decision.
        decided_on: NaiveDate,
        /// The hearing that preceded it.
        hearing: Hearing,
    },
}

impl Named for Stage {
    fn names(&self) -> Names {
        match self {
            Stage::Registered => Names::new("тіркелді", "зарегистрировано", "registered"),
            Stage::Included { .. } => Names::new(
                "тізімге енгізілді",
                "включено в список",
                "included in the list",
            ),
            Stage::Notified { .. } => Names::new(
                "қабылдау күні мен уақыты хабарланды",
                "сообщены дата и время приема",
                "date and time notified",
            ),
            Stage::Held { .. } => {
                Names::new("қабылдау өткізілді", "прием проведен", "reception held")
            }
            Stage::Protocolled { .. } => Names::new(
                "хаттамаға енгізілді",
                "запротоколировано",
                "protocol drawn up",
            ),
            Stage::Closed { .. } => Names::new("бақылаудан алынды", "снято с контроля", "closed"),
            Stage::Refused { .. } => Names::new(
                "қабылдаудан бас тартылды",
                "отказано в приеме",
                "reception refused",
            ),
        }
    }
}

/// A transition of the life cycle, named in errors.
///
/// # Example
/// ```
/// use kz_appeals::reception::Action;
/// assert_eq!(Action::Include.citation().to_string(), "п. 25");
/// assert_eq!(Action::Reassign.citation().to_string(), "п. 35");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Action {
    /// [`Reception::extend_by_letter`], [`Reception::extend_by_decision`].
    Extend,
    /// [`Reception::include`].
    Include,
    /// [`Reception::notify`].
    Notify,
    /// [`Reception::official_absent`].
    ReportAbsence,
    /// [`Reception::hold`].
    Hold,
    /// [`Reception::record_protocol`].
    RecordProtocol,
    /// [`Reception::close`].
    Close,
    /// [`Reception::send_draft_refusal`].
    SendDraftRefusal,
    /// [`Reception::refuse`].
    Refuse,
    /// [`Reception::reassign`].
    Reassign,
}

impl Action {
    /// The paragraph that governs the transition.
    ///
    /// п. 26 extend, п. 25 include and notify, п. 16 the official's absence,
    /// п. 13 hold (with п. 14), п. 19 protocol, п. 33 close, п. 28 the draft
    /// refusal and the refusal, п. 35 reassign.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reception::Action;
    /// assert_eq!(Action::ReportAbsence.citation().to_string(), "п. 16");
    /// assert_eq!(Action::Refuse.citation().to_string(), "п. 28");
    /// ```
    pub const fn citation(self) -> Citation {
        Citation::regulation(match self {
            Action::Extend => 26,
            Action::Include | Action::Notify => 25,
            Action::ReportAbsence => 16,
            Action::Hold => 13,
            Action::RecordProtocol => 19,
            Action::Close => 33,
            Action::SendDraftRefusal | Action::Refuse => 28,
            Action::Reassign => 35,
        })
    }
}

impl Named for Action {
    fn names(&self) -> Names {
        match self {
            Action::Extend => Names::new("мерзімді ұзарту", "продление срока", "extend the term"),
            Action::Include => Names::new(
                "тізімге енгізу",
                "включение в список",
                "include in the list",
            ),
            Action::Notify => Names::new(
                "күні мен уақытын хабарлау",
                "сообщение даты и времени",
                "notify the date and time",
            ),
            Action::ReportAbsence => Names::new(
                "лауазымды адамның болмауы",
                "отсутствие должностного лица",
                "report the official's absence",
            ),
            Action::Hold => {
                Names::new("қабылдау өткізу", "проведение приема", "hold the reception")
            }
            Action::RecordProtocol => Names::new(
                "хаттамаға енгізу",
                "протоколирование",
                "record the protocol",
            ),
            Action::Close => Names::new("бақылаудан алу", "снятие с контроля", "close"),
            Action::SendDraftRefusal => Names::new(
                "бас тарту туралы шешімнің жобасын жіберу",
                "направление проекта решения об отказе",
                "send the draft refusal",
            ),
            Action::Refuse => Names::new(
                "қабылдаудан бас тарту",
                "отказ в приеме",
                "refuse the reception",
            ),
            Action::Reassign => Names::new("қайта тапсыру", "перепоручение", "reassign"),
        }
    }
}

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
    /// stored value was changed.
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

/// The form of a worker's name that [`Reception::reassign`] compares (п. 35):
/// words separated by single spaces, in lower case.
fn same_worker_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

// The working-day checks of the life cycle. Each is called by its transition
// and by `Reception::verify`, so that a rule is written once.

/// Whether `date` is a working day on `calendar`.
fn is_working_day(calendar: &Calendar, date: NaiveDate) -> Result<bool, ReceptionError> {
    Ok(calendar
        .is_working_day(date)
        .map_err(TermError::from)?
        .value)
}

/// п. 21: requests are registered on working days only.
fn check_registration_day(
    calendar: &Calendar,
    registered_on: NaiveDate,
) -> Result<(), ReceptionError> {
    if is_working_day(calendar, registered_on)? {
        Ok(())
    } else {
        Err(ReceptionError::RegisteredOnDayOff {
            date: registered_on,
        })
    }
}

/// The date `kind` sets, counted from `from` by [`DeadlineKind::due`].
fn counted(
    kind: DeadlineKind,
    calendar: &Calendar,
    from: NaiveDate,
) -> Result<Due, ReceptionError> {
    Ok(kind.due(calendar, from)?.into())
}

/// п. 26, APPC art. 76(3), (5): `ext`, made while `term` runs, lengthens it
/// within its limit (registration + 30 calendar days for a letter, the
/// decision + two months for a decision, each moved off a day off), and the
/// applicant is told of a decision within 3 working days. Returns the new
/// term: the chosen end, moved to the next working day when it is a day off.
fn check_extension(
    calendar: &Calendar,
    registered_on: NaiveDate,
    term: Due,
    ext: Extension,
) -> Result<Due, ReceptionError> {
    let (on, ends, limit_kind, limit_from) = match ext {
        Extension::ByLetter { sent_on, ends } => {
            (sent_on, ends, DeadlineKind::Extension30Days, registered_on)
        }
        Extension::ByDecision {
            decided_on, ends, ..
        } => (decided_on, ends, DeadlineKind::ExtensionMax, decided_on),
    };
    if on > term.date {
        return Err(ReceptionError::ExtensionAfterTerm {
            decided_on: on,
            term,
        });
    }
    if ends <= term.date {
        return Err(ReceptionError::NotAnExtension {
            requested: ends,
            current: term.date,
        });
    }
    let limit = counted(limit_kind, calendar, limit_from)?;
    if ends > limit.date {
        return Err(ReceptionError::ExtensionTooLong {
            requested: ends,
            limit,
        });
    }
    if let Extension::ByDecision {
        decided_on,
        notified_on,
        ..
    } = ext
    {
        Reception::not_before(
            Action::Extend,
            "the notice of extension",
            notified_on,
            decided_on,
        )?;
        let notice_by = counted(DeadlineKind::ExtensionNotice, calendar, decided_on)?;
        if notified_on > notice_by.date {
            return Err(ReceptionError::ExtensionNoticeLate {
                notified_on,
                due: notice_by,
            });
        }
    }
    // A term that ends on a day off ends on the next working day (APPC
    // art. 76(5), Civil Code art. 175).
    let end = calendar
        .working_day_on_or_after(ends)
        .map_err(TermError::from)?;
    Ok(Due {
        date: end.value,
        provisional: limit.provisional || end.provisional,
        rule: Citation::regulation(26),
    })
}

/// п. 25: the answer on inclusion not later than the term.
fn check_answer(answered_on: NaiveDate, term: Due) -> Result<(), ReceptionError> {
    if answered_on > term.date {
        Err(ReceptionError::AnswerLate {
            answered_on,
            due: term,
        })
    } else {
        Ok(())
    }
}

/// п. 7 (**Reading**, see [`Reception::notify`]): a reception is set on a
/// working day.
fn check_reception_day(calendar: &Calendar, reception: NaiveDate) -> Result<(), ReceptionError> {
    if is_working_day(calendar, reception)? {
        Ok(())
    } else {
        Err(ReceptionError::ReceptionOnDayOff { date: reception })
    }
}

/// A reception on `reception` set for a request registered on
/// `registered_on` (п. 7, 22) and, when its date is known, told on
/// `notified_on` (п. 25).
fn check_reception(
    calendar: &Calendar,
    registered_on: NaiveDate,
    reception: NaiveDate,
    notified_on: Option<NaiveDate>,
) -> Result<(), ReceptionError> {
    check_reception_day(calendar, reception)?;
    if let Some(notified_on) = notified_on {
        check_date_notice(calendar, notified_on, reception)?;
    }
    check_preparation(calendar, registered_on, reception)
}

/// п. 25: the date and time told not later than 2 working days before the
/// reception.
fn check_date_notice(
    calendar: &Calendar,
    notified_on: NaiveDate,
    reception: NaiveDate,
) -> Result<(), ReceptionError> {
    let latest = counted(DeadlineKind::ScheduleNotice, calendar, reception)?;
    if notified_on > latest.date {
        Err(ReceptionError::DateNoticeLate {
            notified_on,
            latest,
        })
    } else {
        Ok(())
    }
}

/// п. 22: the briefing, 5 working days before the reception, does not fall
/// due before the registration.
fn check_preparation(
    calendar: &Calendar,
    registered_on: NaiveDate,
    reception: NaiveDate,
) -> Result<(), ReceptionError> {
    let preparation_due = counted(DeadlineKind::Preparation, calendar, reception)?;
    if preparation_due.date < registered_on {
        Err(ReceptionError::NoTimeToPrepare {
            reception,
            preparation_due,
            registered_on,
        })
    } else {
        Ok(())
    }
}

/// п. 16: the official's absence told not later than 2 working days before
/// the reception, or on its day when `cause_that_day` (the cause arose on
/// the day of the reception).
fn check_absence_notice(
    calendar: &Calendar,
    notified_on: NaiveDate,
    reception: NaiveDate,
    cause_that_day: bool,
) -> Result<(), ReceptionError> {
    let latest = counted(DeadlineKind::AbsenceNotice, calendar, reception)?;
    let same_day = notified_on == reception && cause_that_day;
    if notified_on > latest.date && !same_day {
        Err(ReceptionError::AbsenceNoticeLate {
            notified_on,
            latest,
        })
    } else {
        Ok(())
    }
}

/// п. 28, APPC art. 73: a refusal decided on `decided_on` follows a draft
/// sent not later than 3 working days before, and the end of objections.
fn check_refusal(
    calendar: &Calendar,
    hearing: Hearing,
    decided_on: NaiveDate,
) -> Result<(), ReceptionError> {
    let latest = counted(DeadlineKind::HearingNotice, calendar, decided_on)?;
    if hearing.draft_sent_on > latest.date {
        return Err(ReceptionError::HearingNoticeLate {
            sent_on: hearing.draft_sent_on,
            decided_on,
            latest,
        });
    }
    if decided_on <= hearing.objections_until.date {
        return Err(ReceptionError::ObjectionsStillOpen {
            until: hearing.objections_until,
        });
    }
    Ok(())
}

/// `stored`, a term the reception keeps, is the one `computed` on the
/// calendar now.
fn check_stored_term(what: &'static str, stored: Due, computed: Due) -> Result<(), ReceptionError> {
    if stored.date == computed.date && stored.rule == computed.rule {
        Ok(())
    } else {
        Err(ReceptionError::TermMismatch {
            what,
            stored: stored.date,
            computed,
        })
    }
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

/// A [`Reception`] as serialized, before its invariants are checked.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
struct ReceptionRecord {
    registered_on: NaiveDate,
    answer_by: Due,
    extensions: Vec<Extension>,
    hearing: Option<Hearing>,
    assignees: Vec<String>,
    absences: Vec<Absence>,
    stage: Stage,
}

/// How far a date may move off a run of days off to the next working day,
/// as deserialization bounds it without a calendar: at most 5 days in
/// 2018–2027; 10 leaves room for a future act.
#[cfg(feature = "serde")]
const MAX_MOVE_DAYS: u64 = 10;

/// Why a serialized [`Reception`] was refused.
#[cfg(feature = "serde")]
#[derive(Debug)]
struct InvalidReception(&'static str);

#[cfg(feature = "serde")]
impl std::fmt::Display for InvalidReception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a reception the life cycle can reach: {}", self.0)
    }
}

#[cfg(feature = "serde")]
impl TryFrom<ReceptionRecord> for Reception {
    type Error = InvalidReception;

    /// The calendar-free invariants of the transitions (see [`Reception`]).
    fn try_from(r: ReceptionRecord) -> Result<Self, Self::Error> {
        let fail = |why| Err(InvalidReception(why));
        let reg = r.registered_on;
        let days_after = |d: NaiveDate, n: u64| d.checked_add_days(chrono::Days::new(n));
        // п. 22: a reception is at least 5 working days, so 5 days, after
        // the registration.
        let prepared =
            |reception: NaiveDateTime| days_after(reg, 5).is_some_and(|d| reception.date() >= d);
        // п. 35: at least the first worker, and nobody twice.
        if r.assignees.is_empty() {
            return fail("no worker is assigned (п. 35)");
        }
        let mut keys: Vec<String> = r.assignees.iter().map(|w| same_worker_key(w)).collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() != r.assignees.len() {
            return fail("a worker is assigned twice (п. 35)");
        }
        // п. 25, 26: the term and its extensions.
        let (mut letters, mut decisions, mut last_end) = (0, 0, None);
        for e in &r.extensions {
            let (on, ends) = match *e {
                Extension::ByLetter { sent_on, ends } => {
                    letters += 1;
                    (sent_on, ends)
                }
                Extension::ByDecision {
                    decided_on,
                    ends,
                    notified_on,
                } => {
                    decisions += 1;
                    if notified_on < decided_on {
                        return fail("an extension is notified before it was decided (п. 26)");
                    }
                    (decided_on, ends)
                }
            };
            // A later extension is made while the term the earlier one set
            // runs: up to its end moved off a day off (see below).
            let after_term =
                |prev: NaiveDate| days_after(prev, MAX_MOVE_DAYS).is_none_or(|d| on > d);
            if on < reg
                || ends <= on
                || last_end.is_some_and(|prev| ends <= prev || after_term(prev))
            {
                return fail("an extension is out of order or after the term (п. 26)");
            }
            last_end = Some(ends);
        }
        if letters > 1 || decisions > 1 {
            return fail("a kind of extension is made twice (п. 26)");
        }
        match last_end {
            None if r.answer_by.rule != Citation::regulation(25) || r.answer_by.date <= reg => {
                return fail("the term of the answer is not that of п. 25");
            }
            // The extended term is the chosen end, moved to the next working
            // day when that is a day off (APPC art. 76(5)): never earlier, and
            // later only by a run of days off (MAX_MOVE_DAYS).
            Some(end)
                if r.answer_by.rule != Citation::regulation(26)
                    || r.answer_by.date < end
                    || days_after(end, MAX_MOVE_DAYS).is_none_or(|d| r.answer_by.date > d) =>
            {
                return fail("the term of the answer is not the one extended (п. 26)");
            }
            _ => {}
        }
        // п. 28, APPC art. 73: the hearing.
        if let Some(h) = r.hearing {
            if h.draft_sent_on < reg
                || h.draft_received_on < h.draft_sent_on
                || h.objections_until.rule != Citation::APPC_73
                || days_after(h.draft_received_on, 2).is_none_or(|d| h.objections_until.date < d)
            {
                return fail("the hearing's dates are out of order (п. 28, APPC art. 73)");
            }
        }
        // п. 16: absences of a reception after registration, told by its day.
        if r.absences.iter().any(|a| {
            a.notified_on < reg || a.notified_on > a.reception.date() || !prepared(a.reception)
        }) {
            return fail("an absence is out of order (п. 16)");
        }
        let protocol_ok = |p: &Protocol, reception: Option<NaiveDate>| {
            let has_decision = p.decision.as_deref().is_some_and(|d| !d.trim().is_empty());
            (has_decision || !p.instructions.is_empty())
                && reception.is_none_or(|day| p.instructions.iter().all(|i| i.due >= day))
        };
        let stage_ok = match &r.stage {
            Stage::Registered => true,
            Stage::Included { answered_on } => {
                *answered_on >= reg && *answered_on <= r.answer_by.date
            }
            Stage::Notified {
                answered_on,
                notified_on,
                reception,
            } => {
                *answered_on >= reg
                    && *answered_on <= r.answer_by.date
                    && notified_on >= answered_on
                    && days_after(*notified_on, 2).is_some_and(|d| reception.date() >= d)
                    && prepared(*reception)
            }
            Stage::Held { reception, .. } => prepared(*reception),
            Stage::Protocolled {
                reception,
                protocol,
            } => prepared(*reception) && protocol_ok(protocol, Some(reception.date())),
            Stage::Closed { protocol, answer } => {
                days_after(reg, 5).is_some_and(|d| answer.sent_on >= d)
                    && !answer.reasons.trim().is_empty()
                    && protocol_ok(protocol, None)
            }
            Stage::Refused {
                decided_on,
                hearing,
            } => r.hearing == Some(*hearing) && *decided_on > hearing.objections_until.date,
        };
        if !stage_ok {
            return fail("the stage contradicts the rules of its transition");
        }
        Ok(Reception {
            registered_on: r.registered_on,
            answer_by: r.answer_by,
            extensions: r.extensions,
            hearing: r.hearing,
            assignees: r.assignees,
            absences: r.absences,
            stage: r.stage,
        })
    }
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

    /// Re-checks the stored history on `calendar`: every working-day rule that
    /// the transitions enforced when the reception was built, in the order
    /// they applied them. Returns the first rule broken.
    ///
    /// Call it after deserializing (serde re-checks only the rules that need
    /// no calendar, see [`Reception`]), and after a calendar update
    /// ([`Calendar::with_update`]): an act published since can add a day off
    /// inside a counted period and make a stored date wrong; the error then
    /// names the rule.
    ///
    /// It checks:
    /// - п. 21: the registration day is a working day;
    /// - п. 25, 26, APPC art. 76(3), (5): each extension was made while the
    ///   term ran, lengthened it, and kept within its limit (registration +
    ///   30 calendar days for a letter, the decision + two months for a
    ///   decision, each moved off a day off); a decision was told within 3
    ///   working days; the stored term is 15 working days after registration,
    ///   or the last extension's end moved to a working day
    ///   ([`ReceptionError::TermMismatch`] otherwise);
    /// - APPC art. 73: the stored end of objections is the 2nd working day
    ///   after the draft refusal was received;
    /// - п. 25: the answer on inclusion came by the term (while the stage
    ///   keeps its date);
    /// - п. 7, 22, 16: each reception the official could not hold was on a
    ///   working day and left room for the briefing, and the absence was told
    ///   not later than 2 working days before it or on its day;
    /// - п. 7, 25, 22: the current reception is on a working day, its date was
    ///   told not later than 2 working days before (while the stage keeps the
    ///   day of the notice), and its briefing is not due before registration;
    /// - п. 28, APPC art. 73: a refusal was decided not earlier than 3 working
    ///   days after the draft was sent, and after the end of objections.
    ///
    /// It cannot check what is not stored: the day a reception's date was told
    /// once the reception is held or given up after an absence; the answer on
    /// inclusion once the reception is held; the reception's date once the
    /// request is closed; whether the cause of a same-day absence notice arose
    /// that day (the transition asked; a same-day notice is accepted); the
    /// arrival behind the registration day. Provisional flags are not
    /// compared: they describe the calendar, not a rule.
    ///
    /// **Design.** Each transition's date check is a private function, called
    /// both by the transition and here, and every date is counted by
    /// [`DeadlineKind::due`] or the calendar: a rule is written once.
    /// Replaying the history through the public transitions was not chosen:
    /// the stored value does not keep every input they take (the notice of a
    /// reception already held, the cause of an absence, the order of the
    /// reassignments), so a replay would have to invent them.
    ///
    /// # Errors
    /// The variant of the rule broken: [`ReceptionError::RegisteredOnDayOff`],
    /// [`ReceptionError::ExtensionAfterTerm`],
    /// [`ReceptionError::NotAnExtension`], [`ReceptionError::ExtensionTooLong`],
    /// [`ReceptionError::ExtensionNoticeLate`], [`ReceptionError::TermMismatch`],
    /// [`ReceptionError::AnswerLate`], [`ReceptionError::ReceptionOnDayOff`],
    /// [`ReceptionError::DateNoticeLate`], [`ReceptionError::NoTimeToPrepare`],
    /// [`ReceptionError::AbsenceNoticeLate`],
    /// [`ReceptionError::HearingNoticeLate`],
    /// [`ReceptionError::ObjectionsStillOpen`]; [`ReceptionError::Term`] when
    /// the calendar does not cover a date.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::reception::*;
    /// use kz_appeals::calendar::{ActRef, Calendar, ExtraDayOff, YearOrders};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// // Registered Mon 2 June 2025, on the list 10 June; told Wed 25 June of
    /// // a reception on Fri 27 June: 2 working days before is 26 (1), 25 (2).
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?
    ///     .include(d(6, 10))?
    ///     .notify(d(6, 25), d(6, 27).and_hms_opt(10, 0, 0).unwrap(), &cal)?;
    /// assert_eq!(r.verify(&cal), Ok(()));
    /// // An act declares Thu 26 June 2025 a day off. 2 working days before
    /// // Fri 27 June are now 25 (1), 24 (2): the notice of 25 June is late.
    /// let act = YearOrders {
    ///     year: 2025,
    ///     extra_days_off: vec![ExtraDayOff { date: d(6, 26), act: ActRef::new("decree") }],
    ///     ..Default::default()
    /// };
    /// let updated = cal.with_update(&act)?;
    /// let err = r.verify(&updated).unwrap_err();
    /// assert!(matches!(err, ReceptionError::DateNoticeLate { latest, .. } if latest.date == d(6, 24)));
    /// assert_eq!(err.citation().map(|c| c.to_string()).as_deref(), Some("п. 25"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn verify(&self, calendar: &Calendar) -> Result<(), ReceptionError> {
        let registered_on = self.registered_on;
        check_registration_day(calendar, registered_on)?;
        let mut term = counted(DeadlineKind::Response, calendar, registered_on)?;
        for ext in &self.extensions {
            term = check_extension(calendar, registered_on, term, *ext)?;
        }
        check_stored_term("term of the answer", self.answer_by, term)?;
        if let Some(h) = self.hearing {
            let until = counted(DeadlineKind::Objection, calendar, h.draft_received_on)?;
            check_stored_term("end of objections", h.objections_until, until)?;
        }
        if let Stage::Included { answered_on } | Stage::Notified { answered_on, .. } = self.stage {
            check_answer(answered_on, term)?;
        }
        for a in &self.absences {
            let day = a.reception.date();
            check_reception(calendar, registered_on, day, None)?;
            // The cause of the absence is not stored: the transition took a
            // same-day notice only when it arose that day.
            check_absence_notice(calendar, a.notified_on, day, true)?;
        }
        match self.stage {
            Stage::Notified {
                notified_on,
                reception,
                ..
            } => check_reception(calendar, registered_on, reception.date(), Some(notified_on)),
            Stage::Held { reception, .. } | Stage::Protocolled { reception, .. } => {
                check_reception(calendar, registered_on, reception.date(), None)
            }
            Stage::Refused {
                decided_on,
                hearing,
            } => check_refusal(calendar, hearing, decided_on),
            Stage::Registered | Stage::Included { .. } | Stage::Closed { .. } => Ok(()),
        }
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
        let hearing = Hearing {
            draft_sent_on: sent_on,
            draft_received_on: received_on,
            objections_until: counted(DeadlineKind::Objection, calendar, received_on)?,
        };
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
