//! The stages of a reception, the transitions between them, and the values
//! the transitions record (п. 13–35).

use chrono::{NaiveDate, NaiveDateTime};

use crate::due::Due;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::official::OfficialRole;

#[cfg(doc)]
use super::Reception;

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
