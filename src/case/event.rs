//! The events of a case file: what happened to a request, on which day.

use chrono::{NaiveDate, NaiveTime};

use super::ground::NoAppointmentGround;
use crate::channel::Channel;
use crate::lang::{Named, Names};
use crate::law::{Act, Citation};
use crate::official::OfficialRole;

/// One dated fact of a request's history: the day it happened and what
/// happened.
///
/// In JSON (see [`crate::case::format`]) an event is one object: `"on"`,
/// `"event"` (the [`EventName`]) and the fields its kind carries, e.g.
/// `{"on": "2026-04-10", "event": "extended_by_letter", "until": "2026-04-24"}`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::case::{Event, EventKind, EventName};
/// let e = Event::new(NaiveDate::from_ymd_opt(2026, 3, 26).unwrap(), EventKind::Registered { worker: None, external_due: None, });
/// assert_eq!(e.name(), EventName::Registered);
/// assert_eq!(e.name().rule().to_string(), "п. 21");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Event {
    /// The day it happened.
    pub on: NaiveDate,
    /// What happened.
    pub kind: EventKind,
}

impl Event {
    /// An event of `kind` on `on`.
    #[must_use]
    pub const fn new(on: NaiveDate, kind: EventKind) -> Event {
        Event { on, kind }
    }

    /// The event's machine name.
    #[must_use]
    pub const fn name(&self) -> EventName {
        self.kind.name()
    }
}

/// An instruction of a protocol (п. 19): its own id, task, due date and
/// responsible unit; executed under control (п. 32).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::case::InstructionGiven;
/// let i = InstructionGiven::new("1", NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(), "ЖКХ бөлімі");
/// assert_eq!(i.unit, "ЖКХ бөлімі");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "An instruction of a protocol (п. 19): its id (unique in the case file), the task, the date it is due and the responsible unit; executed under control (п. 32)."
    )
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct InstructionGiven {
    /// The id the protocol gives it, unique in the case file.
    pub id: String,
    /// What is to be done.
    #[cfg_attr(feature = "serde", serde(default))]
    pub task: String,
    /// The concrete date it is due (п. 19); moved to the next working day
    /// when it is a day off (APPC art. 76(5)).
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub due: NaiveDate,
    /// The unit responsible for it.
    pub unit: String,
}

impl InstructionGiven {
    /// An instruction `id` due on `due`, for `unit`.
    #[must_use]
    pub fn new(id: impl Into<String>, due: NaiveDate, unit: impl Into<String>) -> Self {
        InstructionGiven {
            id: id.into(),
            task: String::new(),
            due,
            unit: unit.into(),
        }
    }
}

/// How a reception was held (п. 13–14).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, case::HeldForm};
/// assert_eq!(HeldForm::VideoconferenceWithConsent.to_string(), "videoconference_with_consent");
/// assert!(HeldForm::UnderRestrictiveMeasures.is_videoconference());
/// assert_eq!(HeldForm::InPerson.name(Lang::Ru), "очно");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(description = "How a reception was held (п. 13–14).")
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum HeldForm {
    /// In person.
    InPerson,
    /// By videoconference with the applicant's consent (п. 13).
    VideoconferenceWithConsent,
    /// By videoconference under restrictive measures (п. 14).
    UnderRestrictiveMeasures,
}

impl HeldForm {
    /// Every form.
    pub const ALL: [HeldForm; 3] = [
        HeldForm::InPerson,
        HeldForm::VideoconferenceWithConsent,
        HeldForm::UnderRestrictiveMeasures,
    ];
    /// The machine name.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            HeldForm::InPerson => "in_person",
            HeldForm::VideoconferenceWithConsent => "videoconference_with_consent",
            HeldForm::UnderRestrictiveMeasures => "under_restrictive_measures",
        }
    }
    /// Whether the reception was by videoconference (п. 13–14): with the
    /// applicant's consent (п. 13), or under restrictive measures (п. 14);
    /// the report of п. 38 counts these apart from receptions in person.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::case::HeldForm;
    /// assert!(HeldForm::VideoconferenceWithConsent.is_videoconference()); // п. 13
    /// assert!(HeldForm::UnderRestrictiveMeasures.is_videoconference()); // п. 14
    /// assert!(!HeldForm::InPerson.is_videoconference());
    /// ```
    #[must_use]
    pub const fn is_videoconference(self) -> bool {
        !matches!(self, HeldForm::InPerson)
    }
}

crate::lang::machine_names!(
    HeldForm,
    "reception form",
    all = &HeldForm::ALL,
    name = HeldForm::key
);

impl Named for HeldForm {
    fn names(&self) -> Names {
        match self {
            HeldForm::InPerson => Names::new("жеке келу арқылы", "очно", "in person"),
            HeldForm::VideoconferenceWithConsent => Names::new(
                "өтініш берушінің келісімімен бейнеконференцбайланыс арқылы",
                "посредством видеоконференцсвязи с согласия заявителя",
                "by videoconference with the applicant's consent",
            ),
            HeldForm::UnderRestrictiveMeasures => Names::new(
                "шектеу шаралары кезінде бейнеконференцбайланыс арқылы",
                "посредством видеоконференцсвязи при ограничительных мерах",
                "by videoconference under restrictive measures",
            ),
        }
    }
}

/// What happened. Each kind carries what the law needs to measure it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::case::{EventKind, EventName};
/// let until = NaiveDate::from_ymd_opt(2026, 4, 24).unwrap();
/// assert_eq!(EventKind::ExtendedByLetter { until }.name(), EventName::ExtendedByLetter);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventKind {
    /// The request arrived (п. 4, 21), at a time when known, by a channel
    /// when known.
    Arrived {
        /// The time of arrival, when known (APPC art. 64(3)).
        time: Option<NaiveTime>,
        /// The channel (п. 4), when known.
        channel: Option<Channel>,
    },
    /// Registered (п. 21), assigned to a worker when given.
    Registered {
        /// The responsible worker, by an id the caller gives.
        worker: Option<String>,
        /// The answer's due date another system shows for this request
        /// (e-Otinish, a back office), when given: the evaluation reports a
        /// difference with both dates and explains it in working days
        /// (п. 25, APPC art. 76(2)).
        external_due: Option<NaiveDate>,
    },
    /// Left without consideration, the applicant told (п. 5).
    LeftWithoutConsideration,
    /// A period set to correct the request (п. 6, APPC art. 63).
    CorrectionPeriodSet {
        /// The last day of the period.
        until: NaiveDate,
    },
    /// The request came from a reception of another request: a question
    /// raised there and not resolved, handled as a written appeal (APPC
    /// art. 90(4)) and registered with the mark «с личного приема»
    /// (п. 34); its answer is due 15 working days from that registration
    /// (APPC art. 76(1)). It may not be assigned to a worker who had the
    /// original (п. 35).
    FromReception {
        /// The original request's case id.
        original: String,
    },
    /// The request was corrected (п. 6).
    Corrected,
    /// The request was returned, not corrected in time (п. 6, APPC art. 64(7)).
    Returned,
    /// Forwarded to the competent body, the applicant told (п. 15(1), APPC art. 65).
    Forwarded,
    /// No appointment is made, on a ground of п. 15.
    NoAppointment {
        /// The ground.
        ground: NoAppointmentGround,
    },
    /// The term extended by a letter, until a date (п. 26).
    ExtendedByLetter {
        /// The new end of the term.
        until: NaiveDate,
    },
    /// The term extended by a reasoned decision (п. 26, APPC art. 76(3)):
    /// to the two months of the policy's reading ([`rules`](crate::rules) §2a).
    ExtendedByDecision {
        /// The end of the term the decision names (a «разумный срок»), at
        /// most the two months of the policy's reading; `None`: the two
        /// months.
        until: Option<NaiveDate>,
    },
    /// The applicant told of the extension by decision (п. 26).
    ExtensionNoticeSent,
    /// The answer that the request is on the list (п. 25).
    Answered,
    /// The date and time of the reception told (п. 25).
    DateNotified {
        /// The day of the reception.
        reception: NaiveDate,
        /// Its time, when given.
        at: Option<NaiveTime>,
    },
    /// The briefing prepared (п. 22).
    BriefingPrepared,
    /// The draft refusal sent for a hearing (п. 28).
    DraftRefusalSent,
    /// The draft refusal received by the applicant (APPC art. 73).
    DraftRefusalReceived,
    /// The applicant's objections received (APPC art. 73).
    ObjectionsReceived,
    /// The applicant asked to be heard orally (APPC art. 73(3), п. 29).
    HearingRequested,
    /// The hearing held (APPC art. 74, п. 29).
    HearingHeld,
    /// The protocol of the hearing drawn up (APPC art. 74(4)): within 2
    /// working days of the hearing.
    HearingProtocol,
    /// The protocol of the hearing received by the applicant (APPC
    /// art. 74(6)).
    HearingProtocolReceived,
    /// The applicant's remarks on the protocol received (APPC art. 74(6)):
    /// within 3 working days of receiving it; never a violation.
    HearingRemarksReceived,
    /// The reception refused (п. 28).
    Refused,
    /// The official's absence notified to the responsible worker (п. 16).
    AbsenceNotified {
        /// The day the cause (illness, trip, …) arose.
        cause_arose: NaiveDate,
    },
    /// The reception set cancelled (п. 16, 9): not held by a deputy nor
    /// moved to a new date. An absence notice alone cancels nothing.
    ReceptionCancelled,
    /// The reception held (п. 13–14).
    ReceptionHeld {
        /// How.
        form: HeldForm,
        /// The receiving official's role (п. 2), when given: by
        /// videoconference with consent only a head of a local executive
        /// body or a deputy receives (п. 13).
        official: Option<OfficialRole>,
    },
    /// The protocol of the reception (п. 19).
    Protocol {
        /// The instructions it gives.
        instructions: Vec<InstructionGiven>,
    },
    /// An instruction executed (п. 32).
    InstructionExecuted {
        /// The instruction's id.
        instruction: String,
    },
    /// Reassigned to another worker (п. 35).
    Reassigned {
        /// The worker, by an id the caller gives.
        worker: String,
    },
    /// The final reasoned answer (п. 33).
    FinalAnswer,
    /// Closed: the request leaves control (п. 33).
    Closed,
}

impl EventKind {
    /// The machine name.
    #[must_use]
    pub const fn name(&self) -> EventName {
        match self {
            EventKind::Arrived { .. } => EventName::Arrived,
            EventKind::Registered { .. } => EventName::Registered,
            EventKind::LeftWithoutConsideration => EventName::LeftWithoutConsideration,
            EventKind::CorrectionPeriodSet { .. } => EventName::CorrectionPeriodSet,
            EventKind::FromReception { .. } => EventName::FromReception,
            EventKind::Corrected => EventName::Corrected,
            EventKind::Returned => EventName::Returned,
            EventKind::Forwarded => EventName::Forwarded,
            EventKind::NoAppointment { .. } => EventName::NoAppointment,
            EventKind::ExtendedByLetter { .. } => EventName::ExtendedByLetter,
            EventKind::ExtendedByDecision { .. } => EventName::ExtendedByDecision,
            EventKind::ExtensionNoticeSent => EventName::ExtensionNoticeSent,
            EventKind::Answered => EventName::Answered,
            EventKind::DateNotified { .. } => EventName::DateNotified,
            EventKind::BriefingPrepared => EventName::BriefingPrepared,
            EventKind::DraftRefusalSent => EventName::DraftRefusalSent,
            EventKind::DraftRefusalReceived => EventName::DraftRefusalReceived,
            EventKind::ObjectionsReceived => EventName::ObjectionsReceived,
            EventKind::HearingRequested => EventName::HearingRequested,
            EventKind::HearingHeld => EventName::HearingHeld,
            EventKind::HearingProtocol => EventName::HearingProtocol,
            EventKind::HearingProtocolReceived => EventName::HearingProtocolReceived,
            EventKind::HearingRemarksReceived => EventName::HearingRemarksReceived,
            EventKind::Refused => EventName::Refused,
            EventKind::AbsenceNotified { .. } => EventName::AbsenceNotified,
            EventKind::ReceptionCancelled => EventName::ReceptionCancelled,
            EventKind::ReceptionHeld { .. } => EventName::ReceptionHeld,
            EventKind::Protocol { .. } => EventName::Protocol,
            EventKind::InstructionExecuted { .. } => EventName::InstructionExecuted,
            EventKind::Reassigned { .. } => EventName::Reassigned,
            EventKind::FinalAnswer => EventName::FinalAnswer,
            EventKind::Closed => EventName::Closed,
        }
    }
}

macro_rules! event_names {
    ($($variant:ident => $key:literal, $rule:expr, $kk:literal, $ru:literal, $en:literal;)+) => {
        /// The machine name of an event: its `"event"` in JSON.
        ///
        /// # Example
        /// ```
        /// use kz_appeals::{Lang, Named, case::EventName};
        /// assert_eq!("extended_by_letter".parse(), Ok(EventName::ExtendedByLetter));
        /// assert_eq!(EventName::Refused.rule().to_string(), "п. 28");
        /// assert_eq!(EventName::Refused.name(Lang::Kk), "қабылдаудан бас тартылды");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[non_exhaustive]
        pub enum EventName {
            $(
                #[doc = concat!("`", $key, "`: ", $en, ".")]
                $variant,
            )+
        }
        impl EventName {
            /// Every event name, in the order of a request's life.
            pub const ALL: &'static [EventName] = &[$(EventName::$variant),+];
            /// The machine name, e.g. `"extended_by_letter"`.
            #[must_use]
            pub const fn key(self) -> &'static str {
                match self { $(EventName::$variant => $key),+ }
            }
            /// The rule the event is made under.
            #[must_use]
            pub const fn rule(self) -> Citation {
                match self { $(EventName::$variant => $rule),+ }
            }
        }
        impl Named for EventName {
            fn names(&self) -> Names {
                match self { $(EventName::$variant => Names::new($kk, $ru, $en)),+ }
            }
        }
    };
}

event_names! {
    Arrived => "arrived", Citation::regulation(4), "жолданым келіп түсті", "обращение поступило", "arrived";
    Registered => "registered", Citation::regulation(21), "тіркелді", "зарегистрировано", "registered";
    LeftWithoutConsideration => "left_without_consideration", Citation::regulation(5), "қараусыз қалдырылды", "оставлено без рассмотрения", "left without consideration";
    CorrectionPeriodSet => "correction_period_set", Citation::regulation(6), "түзету мерзімі белгіленді", "установлен срок для исправления", "correction period set";
    FromReception => "from_reception", Citation::regulation(34), "жеке қабылдаудан келіп түсті", "с личного приема", "from a reception";
    Corrected => "corrected", Citation::regulation(6), "түзетілді", "исправлено", "corrected";
    Returned => "returned", Citation::APPC_64_7, "қайтарылды", "возвращено", "returned";
    Forwarded => "forwarded", Citation::APPC_65, "уәкілетті органға жолданды", "направлено по компетенции", "forwarded to the competent body";
    NoAppointment => "no_appointment", Citation::regulation(15), "қабылдауға жазылу жүргізілмейді", "запись на прием не осуществляется", "no appointment";
    ExtendedByLetter => "extended_by_letter", Citation::regulation(26), "мерзім хатпен ұзартылды", "срок продлен письмом", "term extended by letter";
    ExtendedByDecision => "extended_by_decision", Citation::APPC_76_3, "мерзім дәлелді шешіммен ұзартылды", "срок продлен мотивированным решением", "term extended by a reasoned decision";
    ExtensionNoticeSent => "extension_notice_sent", Citation::regulation(26), "мерзімді ұзарту туралы хабарланды", "направлено извещение о продлении", "extension notice sent";
    Answered => "answered", Citation::regulation(25), "тізімге енгізу туралы жауап берілді", "дан ответ о включении в список", "answered: included in the list";
    DateNotified => "date_notified", Citation::regulation(25), "қабылдау күні мен уақыты хабарланды", "сообщены дата и время приема", "date and time notified";
    BriefingPrepared => "briefing_prepared", Citation::regulation(22), "анықтамалық ақпарат дайындалды", "подготовлена справочная информация", "briefing prepared";
    DraftRefusalSent => "draft_refusal_sent", Citation::regulation(28), "бас тарту туралы алдын ала шешімнің жобасы жіберілді", "направлен проект предварительного решения об отказе", "draft refusal sent";
    DraftRefusalReceived => "draft_refusal_received", Citation::APPC_73, "бас тарту туралы алдын ала шешімнің жобасы алынды", "получен проект предварительного решения об отказе", "draft refusal received";
    ObjectionsReceived => "objections_received", Citation::APPC_73, "қарсылықтар алынды", "получены возражения", "objections received";
    HearingRequested => "hearing_requested", Citation::article(Act::Appc, 73, Some(3)), "ауызша тыңдау сұралды", "заявлено ходатайство о заслушивании", "oral hearing requested";
    HearingHeld => "hearing_held", Citation::article(Act::Appc, 74, None), "тыңдау өткізілді", "заслушивание проведено", "hearing held";
    HearingProtocol => "hearing_protocol", Citation::article(Act::Appc, 74, Some(4)), "тыңдау хаттамасы жасалды", "составлен протокол заслушивания", "hearing protocol drawn up";
    HearingProtocolReceived => "hearing_protocol_received", Citation::article(Act::Appc, 74, Some(6)), "тыңдау хаттамасы алынды", "протокол заслушивания получен", "hearing protocol received";
    HearingRemarksReceived => "hearing_remarks_received", Citation::article(Act::Appc, 74, Some(6)), "хаттамаға ескертулер алынды", "получены замечания на протокол", "remarks on the protocol received";
    Refused => "refused", Citation::regulation(28), "қабылдаудан бас тартылды", "в приеме отказано", "reception refused";
    AbsenceNotified => "absence_notified", Citation::regulation(16), "лауазымды адамның болмайтыны хабарланды", "сообщено об отсутствии должностного лица", "official's absence notified";
    ReceptionCancelled => "reception_cancelled", Citation::regulation(16), "қабылдау болдырылмады", "прием отменен", "reception cancelled";
    ReceptionHeld => "reception_held", Citation::regulation(13), "қабылдау өткізілді", "прием проведен", "reception held";
    Protocol => "protocol", Citation::regulation(19), "хаттама жасалды", "составлен протокол", "protocol drawn up";
    InstructionExecuted => "instruction_executed", Citation::regulation(32), "тапсырма орындалды", "поручение исполнено", "instruction executed";
    Reassigned => "reassigned", Citation::regulation(35), "басқа қызметкерге берілді", "передано другому работнику", "reassigned";
    FinalAnswer => "final_answer", Citation::regulation(33), "түпкілікті дәлелді жауап берілді", "дан окончательный мотивированный ответ", "final reasoned answer";
    Closed => "closed", Citation::regulation(33), "бақылаудан алынды", "снято с контроля", "closed";
}

crate::lang::machine_names!(
    EventName,
    "event",
    all = EventName::ALL,
    name = EventName::key
);
