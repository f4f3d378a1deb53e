//! Intake of a request for a personal reception: one pure function,
//! [`intake`], from a request to its outcome (п. 5, 6, 15, 21, 34; APPC arts.
//! 63 and 64).
//!
//! # Refusing to accept is not an outcome
//! п. 6: "Отказ в приеме обращения не допускается." [`IntakeOutcome`] has no
//! variant for a refusal to accept, so no code built on this crate can record
//! one: every request is registered (п. 21) and then gets exactly one of
//! the four outcomes. The enum is deliberately *not* `#[non_exhaustive]`: a
//! new outcome is a breaking change to be checked against п. 6.
//! (Refusing the *reception* after consideration is another matter, with its
//! own hearing procedure: see [`crate::reception`], п. 28.)
//!
//! # Order of the checks
//! **Reading.** The regulation does not order its checks. This crate applies
//! them from the most to the least decisive: (1) no substance — left without
//! consideration (п. 5), since nothing can be considered or corrected;
//! (2) a ground of п. 15 — no appointment, since correcting the form would not
//! change it; (3) a missing element of APPC art. 63 — correction (п. 6);
//! (4) otherwise registered for preliminary consideration (п. 21).

use chrono::NaiveDate;

use crate::applicant::{Applicant, Citizenship};
use crate::calendar::Calendar;
use crate::channel::{Channel, Origin, ReceptionLanguage};
use crate::due::Due;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::registration::register_on;
use crate::schedule::DeadlineKind;
use crate::term::TermError;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// How a written request is signed (APPC art. 63).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// // APPC art. 63: a request without a signature or digital signature lacks an element.
/// let unsigned = Request { signature: None, ..request.clone() };
/// assert_eq!(missing_requisites(&unsigned), [Requisite::Signature]);
/// let signed = Request { signature: Some(Signature::Digital), ..request };
/// assert!(missing_requisites(&signed).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Signature {
    /// A handwritten signature (on paper, or on the protocol of an oral
    /// request).
    Handwritten,
    /// An electronic digital signature (ЭЦП).
    Digital,
}

/// A request for a personal reception as it arrived.
///
/// Text fields left blank (empty or whitespace) count as not stated.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// // A complete request, arrived Monday 2 June 2025: registered that day (п. 21).
/// let out = intake(&request, &Screening::default(), &cal)?;
/// assert_eq!(out.registered_on.date, d(6, 2));
/// assert_eq!(out.outcome, IntakeOutcome::Registered);
/// // The same request after hours on Thursday 5 June: registered on the next
/// // working day (APPC art. 64(3)); Fri 6 June 2025 is Kurban ait, so Mon 9 June.
/// let late = Request { arrived_on: d(6, 5), after_working_hours: true, ..request };
/// assert_eq!(intake(&late, &Screening::default(), &cal)?.registered_on.date, d(6, 9));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Request {
    /// The day it arrived.
    pub arrived_on: NaiveDate,
    /// Whether it arrived after the end of the working day (APPC art. 64(3)).
    #[cfg_attr(feature = "serde", serde(default))]
    pub after_working_hours: bool,
    /// How it arrived (п. 4).
    pub channel: Channel,
    /// Filed directly or at a reception (п. 34).
    #[cfg_attr(feature = "serde", serde(default))]
    pub origin: Origin,
    /// The language chosen for the reception (п. 18).
    pub language: ReceptionLanguage,
    /// Who applies (п. 10).
    pub applicant: Applicant,
    /// The body or official addressed.
    pub addressee: String,
    /// The substance of the question.
    pub substance: String,
    /// The date the request bears.
    pub dated: Option<NaiveDate>,
    /// The signature, if any.
    pub signature: Option<Signature>,
}

/// An element APPC art. 63 requires in a request (and in the protocol of an
/// oral one).
///
/// **Reading.** APPC art. 63 asks for the IIN and the BIN "при его наличии".
/// Every citizen of Kazakhstan has an IIN, so a citizen's missing IIN is a
/// missing element; a foreigner or a stateless person may have none, so theirs
/// is not. Likewise a BIN is required of a legal entity registered in
/// Kazakhstan only.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// use kz_appeals::{Lang, Named};
/// // A foreigner may have no IIN ("при его наличии"); a citizen always has one.
/// let Applicant::Individual { person, postal_address } = request.applicant.clone() else { unreachable!() };
/// let no_iin = |citizenship| Request {
///     applicant: Applicant::Individual {
///         person: Person { iin: None, citizenship, ..person.clone() },
///         postal_address: postal_address.clone(),
///     },
///     ..request.clone()
/// };
/// assert_eq!(missing_requisites(&no_iin(Citizenship::Kazakhstan)), [Requisite::Iin]);
/// assert!(missing_requisites(&no_iin(Citizenship::Foreign { interpreter: true })).is_empty());
/// assert_eq!(Requisite::Iin.name(Lang::Kk), "ЖСН");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Requisite {
    /// The surname and name of the individual.
    Name,
    /// The individual's IIN.
    Iin,
    /// The individual's postal address.
    PostalAddress,
    /// The name of the legal entity.
    EntityName,
    /// The legal entity's BIN.
    Bin,
    /// The legal entity's postal address.
    EntityAddress,
    /// The body or official addressed.
    Addressee,
    /// The substance of the request. (A request without it is left without
    /// consideration by п. 5, so [`intake`] never lists it for correction.)
    Substance,
    /// The date of the request.
    Date,
    /// The signature or electronic digital signature.
    Signature,
}

impl Requisite {
    /// APPC art. 63.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::intake::Requisite;
    /// assert_eq!(Requisite::Date.citation().to_string(), "APPC art. 63");
    /// ```
    pub const fn citation(self) -> Citation {
        Citation::APPC_63
    }
}

impl Named for Requisite {
    fn names(&self) -> Names {
        match self {
            Requisite::Name => Names::new("тегі мен аты", "фамилия и имя", "surname and name"),
            Requisite::Iin => Names::new("ЖСН", "ИИН", "IIN"),
            Requisite::PostalAddress => {
                Names::new("пошталық мекенжай", "почтовый адрес", "postal address")
            }
            Requisite::EntityName => Names::new(
                "заңды тұлғаның атауы",
                "наименование юридического лица",
                "name of the legal entity",
            ),
            Requisite::Bin => Names::new("БСН", "БИН", "BIN"),
            Requisite::EntityAddress => Names::new(
                "заңды тұлғаның пошталық мекенжайы",
                "почтовый адрес юридического лица",
                "postal address of the legal entity",
            ),
            Requisite::Addressee => Names::new(
                "жолданым берілетін орган немесе лауазымды адам",
                "орган или должностное лицо, которому подается обращение",
                "body or official addressed",
            ),
            Requisite::Substance => Names::new(
                "жолданымның мәні",
                "суть обращения",
                "substance of the request",
            ),
            Requisite::Date => Names::new(
                "жолданым берілген күн",
                "дата подачи обращения",
                "date of the request",
            ),
            Requisite::Signature => Names::new(
                "қолы немесе электрондық цифрлық қолтаңба",
                "подпись или электронная цифровая подпись",
                "signature or digital signature",
            ),
        }
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The elements of APPC art. 63 that `request` lacks, in the article's order.
///
/// **Reading.** An oral request is checked the same way: APPC art. 63 names the
/// protocol beside the written request, so the protocol records each element.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// use kz_appeals::intake::{missing_requisites, Request, Requisite};
/// let r = Request {
///     arrived_on: NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(),
///     after_working_hours: false,
///     channel: Channel::Paper,
///     origin: Origin::Direct,
///     language: ReceptionLanguage::State,
///     applicant: Applicant::Individual {
///         person: Person { name: "Нұрлан Әбдіров".into(), iin: None, citizenship: Citizenship::Kazakhstan },
///         postal_address: "".into(),
///     },
///     addressee: "Алматы облысының әкімі".into(),
///     substance: "Жер телімі туралы".into(),
///     dated: None,
///     signature: None,
/// };
/// assert_eq!(
///     missing_requisites(&r),
///     [Requisite::Iin, Requisite::PostalAddress, Requisite::Date, Requisite::Signature]
/// );
/// ```
pub fn missing_requisites(request: &Request) -> Vec<Requisite> {
    let mut missing = Vec::new();
    match &request.applicant {
        Applicant::Individual {
            person,
            postal_address,
        } => {
            if blank(&person.name) {
                missing.push(Requisite::Name);
            }
            if person.iin.is_none() && person.citizenship == Citizenship::Kazakhstan {
                missing.push(Requisite::Iin);
            }
            if blank(postal_address) {
                missing.push(Requisite::PostalAddress);
            }
        }
        Applicant::Representative { entity, .. } => {
            if blank(&entity.name) {
                missing.push(Requisite::EntityName);
            }
            if entity.bin.is_none() && entity.registered_in_kazakhstan {
                missing.push(Requisite::Bin);
            }
            if blank(&entity.address) {
                missing.push(Requisite::EntityAddress);
            }
        }
    }
    let rest = [
        (blank(&request.addressee), Requisite::Addressee),
        (blank(&request.substance), Requisite::Substance),
        (request.dated.is_none(), Requisite::Date),
        (request.signature.is_none(), Requisite::Signature),
    ];
    missing.extend(
        rest.into_iter()
            .filter(|(absent, _)| *absent)
            .map(|(_, r)| r),
    );
    missing
}

/// A ground on which no appointment for a reception is made (п. 15).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// use kz_appeals::{Lang, Named};
/// // п. 15(3): a court act in force on the same subject. No appointment, even
/// // though the request is complete.
/// let screening = Screening { grounds: vec![NoAppointmentGround::CourtActInForce], ..Default::default() };
/// let out = intake(&request, &screening, &cal)?;
/// assert_eq!(out.outcome, IntakeOutcome::NoAppointment { grounds: vec![NoAppointmentGround::CourtActInForce] });
/// assert_eq!(NoAppointmentGround::RequestReturned.name(Lang::Ru), "обращение возвращено");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NoAppointmentGround {
    /// п. 15(1): the question is outside the competence of the region's local
    /// executive bodies.
    OutsideCompetence,
    /// п. 15(2): an administrative decision on the same subject and grounds
    /// already exists for the same participant.
    PriorAdministrativeDecision,
    /// п. 15(3): a court act in force on the same person, subject and grounds
    /// exists.
    CourtActInForce,
    /// п. 15(4): the body or official has returned the request.
    RequestReturned,
}

impl NoAppointmentGround {
    /// All four grounds, in the order of п. 15.
    pub const ALL: [NoAppointmentGround; 4] = [
        NoAppointmentGround::OutsideCompetence,
        NoAppointmentGround::PriorAdministrativeDecision,
        NoAppointmentGround::CourtActInForce,
        NoAppointmentGround::RequestReturned,
    ];

    /// The sub-paragraph of п. 15.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::intake::NoAppointmentGround;
    /// let cited: Vec<String> = NoAppointmentGround::ALL.iter().map(|g| g.citation().to_string()).collect();
    /// assert_eq!(cited, ["п. 15(1)", "п. 15(2)", "п. 15(3)", "п. 15(4)"]);
    /// ```
    pub const fn citation(self) -> Citation {
        let sub = match self {
            NoAppointmentGround::OutsideCompetence => 1,
            NoAppointmentGround::PriorAdministrativeDecision => 2,
            NoAppointmentGround::CourtActInForce => 3,
            NoAppointmentGround::RequestReturned => 4,
        };
        Citation::regulation_sub(15, sub)
    }
}

impl Named for NoAppointmentGround {
    fn names(&self) -> Names {
        match self {
            NoAppointmentGround::OutsideCompetence => Names::new(
                "облыстың жергілікті атқарушы органдарының құзыретіне кірмейтін мәселе",
                "вопрос не входит в компетенцию местных исполнительных органов области",
                "the question is outside the competence of the region's local executive bodies",
            ),
            NoAppointmentGround::PriorAdministrativeDecision => Names::new(
                "сол нысана бойынша және сол негіздер бойынша әкімшілік шешім бар",
                "имеется решение административного органа о том же предмете и по тем же основаниям",
                "an administrative decision on the same subject and grounds exists",
            ),
            NoAppointmentGround::CourtActInForce => Names::new(
                "сол нысана бойынша және сол негіздер бойынша заңды күшіне енген сот актісі бар",
                "имеется вступивший в законную силу судебный акт о том же предмете и по тем же основаниям",
                "a court act in force on the same subject and grounds exists",
            ),
            NoAppointmentGround::RequestReturned => Names::new(
                "жолданым қайтарылған",
                "обращение возвращено",
                "the request has been returned",
            ),
        }
    }
}

/// What the front office and the responsible worker established about the
/// request: the grounds of п. 15 found, and the period set for correction
/// (п. 6), which the body chooses.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// // The date is missing (APPC art. 63): the body must set a period (п. 6).
/// let undated = Request { dated: None, ..request };
/// assert!(matches!(
///     intake(&undated, &Screening::default(), &cal),
///     Err(IntakeError::CorrectionPeriodNotSet { .. })
/// ));
/// let screening = Screening { grounds: vec![], correction_period_ends: Some(d(6, 12)) };
/// assert!(matches!(intake(&undated, &screening, &cal)?.outcome, IntakeOutcome::CorrectionNeeded(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Screening {
    /// The grounds of п. 15 found; empty if none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub grounds: Vec<NoAppointmentGround>,
    /// The last day of the reasonable period set for bringing the request into
    /// line with APPC art. 63 (п. 6). Needed only when an element is missing.
    #[cfg_attr(feature = "serde", serde(default))]
    pub correction_period_ends: Option<NaiveDate>,
}

/// A request to be brought into line with APPC art. 63 (п. 6).
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// let unsigned = Request { signature: None, ..request };
/// // The body gives until Thu 12 June 2025. If not corrected, the request is
/// // returned within 3 working days after that (APPC art. 64(7)): 13, 16, 17 June.
/// let screening = Screening { grounds: vec![], correction_period_ends: Some(d(6, 12)) };
/// let IntakeOutcome::CorrectionNeeded(c) = intake(&unsigned, &screening, &cal)?.outcome else { unreachable!() };
/// assert_eq!(c.missing, [Requisite::Signature]);
/// assert_eq!(c.return_by.date, d(6, 17));
/// assert_eq!(c.return_by.rule.to_string(), "APPC art. 64(7)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Correction {
    /// The elements missing, in the order of APPC art. 63.
    pub missing: Vec<Requisite>,
    /// The last day of the period the body set (п. 6).
    pub period_ends: NaiveDate,
    /// If not corrected by then, the request is returned by this day: the 3rd
    /// working day after the period ends (APPC art. 64(7)).
    pub return_by: Due,
}

/// The outcome of a request at intake. There is no "refused to accept" (п. 6):
/// see the module documentation.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// // п. 5: no substance stated: left without consideration, whatever else is missing.
/// let empty = Request { substance: " ".into(), signature: None, ..request };
/// let out = intake(&empty, &Screening::default(), &cal)?;
/// assert_eq!(out.outcome, IntakeOutcome::LeftWithoutConsideration);
/// assert_eq!(out.outcome.citation().to_string(), "п. 5");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum IntakeOutcome {
    /// Registered and sent to the responsible worker for preliminary
    /// consideration (п. 21).
    Registered,
    /// Left without consideration because the substance is not stated; the
    /// applicant is told (п. 5).
    LeftWithoutConsideration,
    /// To be corrected within the period set; returned if not (п. 6, APPC
    /// arts. 63, 64(7)).
    CorrectionNeeded(Correction),
    /// No appointment is made (п. 15). The grounds in the order of п. 15.
    NoAppointment {
        /// The grounds found, at least one.
        grounds: Vec<NoAppointmentGround>,
    },
}

impl IntakeOutcome {
    /// The paragraph the outcome applies: п. 21, п. 5, п. 6, or the
    /// sub-paragraph of п. 15 of the first ground.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::intake::{IntakeOutcome, NoAppointmentGround};
    /// assert_eq!(IntakeOutcome::Registered.citation().to_string(), "п. 21");
    /// let grounds = vec![NoAppointmentGround::OutsideCompetence, NoAppointmentGround::RequestReturned];
    /// assert_eq!(IntakeOutcome::NoAppointment { grounds }.citation().to_string(), "п. 15(1)");
    /// ```
    pub fn citation(&self) -> Citation {
        match self {
            IntakeOutcome::Registered => Citation::regulation(21),
            IntakeOutcome::LeftWithoutConsideration => Citation::regulation(5),
            IntakeOutcome::CorrectionNeeded(_) => Citation::regulation(6),
            IntakeOutcome::NoAppointment { grounds } => grounds
                .first()
                .map_or(Citation::regulation(15), |g| g.citation()),
        }
    }
}

impl Named for IntakeOutcome {
    fn names(&self) -> Names {
        match self {
            IntakeOutcome::Registered => Names::new("тіркелді", "зарегистрировано", "registered"),
            IntakeOutcome::LeftWithoutConsideration => Names::new(
                "қараусыз қалдырылды",
                "оставлено без рассмотрения",
                "left without consideration",
            ),
            IntakeOutcome::CorrectionNeeded(_) => Names::new(
                "ӘРПК талаптарына сәйкес келтіру қажет",
                "требуется приведение в соответствие с требованиями Кодекса",
                "correction needed",
            ),
            IntakeOutcome::NoAppointment { .. } => Names::new(
                "қабылдауға жазу жүргізілмейді",
                "запись на прием не осуществляется",
                "no appointment",
            ),
        }
    }
}

/// A registered request and its outcome.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// use kz_appeals::Lang;
/// // Filed at a reception: registered with the mark «с личного приема» (п. 34).
/// let filed = Request { origin: Origin::AtReception, ..request };
/// let out = intake(&filed, &Screening::default(), &cal)?;
/// assert_eq!(out.origin.mark().map(|m| m.get(Lang::Ru)), Some("с личного приема"));
/// assert_eq!(out.registered_on.rule.to_string(), "п. 21");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Intake {
    /// The registration day (п. 21; APPC art. 64(3)).
    pub registered_on: Due,
    /// Filed directly or at a reception; see [`Origin::mark`] (п. 34).
    pub origin: Origin,
    /// The outcome.
    pub outcome: IntakeOutcome,
}

/// Why [`intake`] could not decide. None of these is a refusal to accept: the
/// request stays registered, and the body completes what it owes.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// # use kz_appeals::intake::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// # let request = Request {
/// #     arrived_on: d(6, 2),
/// #     after_working_hours: false,
/// #     channel: Channel::Paper,
/// #     origin: Origin::Direct,
/// #     language: ReceptionLanguage::State,
/// #     applicant: Applicant::Individual {
/// #         person: Person { name: "Нұрлан Әбдіров".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
/// #         postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// #     },
/// #     addressee: "Алматы облысының әкімі".into(),
/// #     substance: "Жер телімі туралы".into(),
/// #     dated: Some(d(6, 2)),
/// #     signature: Some(Signature::Handwritten),
/// # };
/// use kz_appeals::law::Citation;
/// // The correction period must end after the registration day (п. 6).
/// let undated = Request { dated: None, ..request };
/// let screening = Screening { grounds: vec![], correction_period_ends: Some(d(6, 2)) };
/// let err = intake(&undated, &screening, &cal).unwrap_err();
/// assert!(matches!(err, IntakeError::CorrectionPeriodTooShort { citation: Citation { number: 6, .. }, .. }));
/// assert!(err.to_string().starts_with("п. 6: the correction period ends on 2025-06-02"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IntakeError {
    /// Elements are missing but the body set no correction period.
    #[error(
        "{citation}: the request lacks {missing:?} (APPC art. 63); set a reasonable period for the applicant to correct it, then call intake again"
    )]
    CorrectionPeriodNotSet {
        /// The elements missing.
        missing: Vec<Requisite>,
        /// п. 6.
        citation: Citation,
    },
    /// The correction period ends on or before the registration day.
    #[error(
        "{citation}: the correction period ends on {period_ends}, not after the registration day {registered_on}; set a period that gives the applicant time to correct the request"
    )]
    CorrectionPeriodTooShort {
        /// The end given.
        period_ends: NaiveDate,
        /// The registration day.
        registered_on: NaiveDate,
        /// п. 6.
        citation: Citation,
    },
    /// An oral request's protocol is dated before the request arrived.
    #[error(
        "{citation}: the protocol of the oral request is dated {recorded_on}, before the request arrived on {arrived_on}; an oral request is recorded in a protocol when it is made"
    )]
    ProtocolBeforeArrival {
        /// The protocol's date.
        recorded_on: NaiveDate,
        /// The arrival date given.
        arrived_on: NaiveDate,
        /// п. 21 (part 3).
        citation: Citation,
    },
    /// The working-day calendar could not count the dates.
    #[error(transparent)]
    Term(#[from] TermError),
}

/// Takes in a request: registers it (п. 21, APPC art. 64(3): on its arrival day
/// if a working day and in working hours, else the next working day) and
/// decides its outcome (see the module documentation for the order of checks).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
/// use kz_appeals::intake::{intake, IntakeOutcome, Request, Requisite, Screening, Signature};
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let request = Request {
///     arrived_on: d(6, 2), // Monday
///     after_working_hours: false,
///     channel: Channel::EAppeals,
///     origin: Origin::Direct,
///     language: ReceptionLanguage::Russian,
///     applicant: Applicant::Individual {
///         person: Person { name: "Иванова Мария".into(), iin: Some("850808301235".parse()?), citizenship: Citizenship::Kazakhstan },
///         postal_address: "г. Қонаев, ул. Абая, 1".into(),
///     },
///     addressee: "аким Алматинской области".into(),
///     substance: "ремонт дороги в селе".into(),
///     dated: None,
///     signature: Some(Signature::Digital),
/// };
/// // The date is missing; the body gives until Thursday 5 June 2025.
/// let screening = Screening { grounds: vec![], correction_period_ends: Some(d(6, 5)) };
/// let out = intake(&request, &screening, &Calendar::kazakhstan())?;
/// assert_eq!(out.registered_on.date, d(6, 2));
/// let IntakeOutcome::CorrectionNeeded(c) = out.outcome else { panic!() };
/// assert_eq!(c.missing, [Requisite::Date]);
/// // Returned within 3 working days after Thu 5 June. Fri 6 June 2025 is
/// // Kurban ait, a day off: Mon 9, Tue 10, Wed 11.
/// assert_eq!(c.return_by.date, d(6, 11));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`IntakeError::CorrectionPeriodNotSet`] or
/// [`IntakeError::CorrectionPeriodTooShort`] when an element is missing and
/// the body has not set a usable period (п. 6); [`IntakeError::Term`] when the
/// calendar cannot count the dates.
pub fn intake(
    request: &Request,
    screening: &Screening,
    calendar: &Calendar,
) -> Result<Intake, IntakeError> {
    if let Channel::Oral(protocol) = &request.channel {
        if protocol.recorded_on < request.arrived_on {
            return Err(IntakeError::ProtocolBeforeArrival {
                recorded_on: protocol.recorded_on,
                arrived_on: request.arrived_on,
                citation: Citation::regulation(21),
            });
        }
    }
    let registered = register_on(calendar, request.arrived_on, request.after_working_hours)
        .map_err(TermError::from)?;
    let registered_on = Due {
        date: registered.date,
        provisional: registered.provisional,
        rule: Citation::regulation(21),
    };
    let mut grounds = screening.grounds.clone();
    grounds.sort_unstable();
    grounds.dedup();
    let missing = missing_requisites(request);
    let outcome = if blank(&request.substance) {
        IntakeOutcome::LeftWithoutConsideration
    } else if !grounds.is_empty() {
        IntakeOutcome::NoAppointment { grounds }
    } else if !missing.is_empty() {
        let period_ends = screening.correction_period_ends.ok_or_else(|| {
            IntakeError::CorrectionPeriodNotSet {
                missing: missing.clone(),
                citation: Citation::regulation(6),
            }
        })?;
        if !crate::schedule::leaves_time_to_correct(registered_on.date, period_ends) {
            return Err(IntakeError::CorrectionPeriodTooShort {
                period_ends,
                registered_on: registered_on.date,
                citation: Citation::regulation(6),
            });
        }
        let return_by = DeadlineKind::Return.due(calendar, period_ends)?;
        IntakeOutcome::CorrectionNeeded(Correction {
            missing,
            period_ends,
            return_by: return_by.into(),
        })
    } else {
        IntakeOutcome::Registered
    };
    Ok(Intake {
        registered_on,
        origin: request.origin,
        outcome,
    })
}
