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
//! own hearing procedure: see [`crate::case`], п. 28.)
//!
//! # Order of the checks
//! **Reading.** The regulation does not order its checks. This crate applies
//! them from the most to the least decisive: (1) no substance — left without
//! consideration (п. 5), since nothing can be considered or corrected;
//! (2) a ground of п. 15 — no appointment, since correcting the form would not
//! change it; (3) a missing element of APPC art. 63 — correction (п. 6);
//! (4) otherwise registered for preliminary consideration (п. 21).
//!
//! # One call
//! [`intake`] gives the whole outcome: the registration day (from the
//! arrival's date, or its date and time against the body's working day,
//! APPC art. 64(3)), the elements missing, the identification numbers stated
//! but invalid (kept as typed), and, once the body has set the correction
//! period (п. 6), the day the request is returned if not corrected.
//!
//! # Building a request
//! [`Request::new`] takes what every request has (arrival, channel,
//! language, applicant); the rest is added when stated
//! ([`Request::addressed_to`], [`Request::about`], [`Request::dated`],
//! [`Request::signed`], [`Request::filed_at_reception`]). Nothing has to be
//! invented: a legal entity's own request names no person
//! ([`Applicant::Entity`]), and JSON may leave out what was not stated.
//!
//! # JSON
//! ```
//! use kz_appeals::intake::Request;
//! let request: Request = serde_json::from_str(r#"{
//!     "arrival": {"kind": "at", "at": "2025-06-05T18:45:00", "working_day_ends": "18:30:00"},
//!     "channel": {"kind": "e_appeals"},
//!     "language": "russian",
//!     "applicant": {"kind": "entity", "entity": {
//!         "name": "ТОО «Жетісу Агро»", "bin": "080440001234",
//!         "address": "г. Қонаев", "registered_in_kazakhstan": true}},
//!     "addressee": "аким Алматинской области",
//!     "substance": "ремонт дороги",
//!     "signature": "digital"
//! }"#)?;
//! assert_eq!(request.dated, None); // not stated: not invented
//! // A typo in a field name is an error, not a silently empty field.
//! assert!(serde_json::from_str::<Request>(r#"{"arival": "2025-06-05"}"#).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::applicant::{Applicant, Citizenship};
use crate::calendar::Calendar;
use crate::channel::{Channel, Origin, ReceptionLanguage};
use crate::deadline::DeadlineKind;
use crate::deadline::due::Due;
use crate::deadline::registration::{Registration, register_at, register_on};
use crate::deadline::term::TermError;
use crate::identity::{AsTyped, IdentityError};
use crate::lang::{Lang, Localized, Named, Names};
use crate::law::Citation;

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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// // APPC art. 63: a request without a signature or digital signature lacks an element.
/// let unsigned = Request { signature: None, ..request.clone() };
/// assert_eq!(missing_requisites(&unsigned), [Requisite::Signature]);
/// let signed = Request { signature: Some(Signature::Digital), ..request };
/// assert!(missing_requisites(&signed).is_empty());
/// assert_eq!(Signature::Digital.to_string(), "digital");
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

crate::lang::machine_names!(Signature, "signature", {
    Signature::Handwritten => "handwritten",
    Signature::Digital => "digital",
});

impl Named for Signature {
    fn names(&self) -> Names {
        match self {
            Signature::Handwritten => Names::new("қолы", "подпись", "handwritten signature"),
            Signature::Digital => Names::new(
                "электрондық цифрлық қолтаңба",
                "электронная цифровая подпись",
                "electronic digital signature",
            ),
        }
    }
}

/// When a request arrived: the day, or the day and time against the end of
/// the body's working day (п. 21, APPC art. 64(3)). The hours are the
/// body's own (see [`crate::registration`]): the crate ships no default.
///
/// Serialized with a `"kind"`: `{"kind": "day", "date": "2025-06-05",
/// "after_working_hours": true}` or `{"kind": "at", "at":
/// "2025-06-05T18:45:00", "working_day_ends": "18:30:00"}`.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use kz_appeals::intake::Arrival;
/// let day = NaiveDate::from_ymd_opt(2025, 6, 5).unwrap();
/// let at = Arrival::at(day.and_hms_opt(18, 45, 0).unwrap(), NaiveTime::from_hms_opt(18, 30, 0).unwrap());
/// assert_eq!(at.date(), day);
/// assert_eq!(Arrival::from(day), Arrival::Day { date: day, after_working_hours: false });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)
)]
pub enum Arrival {
    /// The day, and whether after the end of the working day (APPC
    /// art. 64(3)).
    Day {
        /// The day it arrived.
        #[cfg_attr(
            feature = "serde",
            serde(deserialize_with = "crate::date::strict::date")
        )]
        date: NaiveDate,
        /// Whether it arrived after the end of the working day.
        #[cfg_attr(feature = "serde", serde(default))]
        after_working_hours: bool,
    },
    /// The date and time, and when the body's working day ends: at or after
    /// that time is after hours ([`register_at`]).
    At {
        /// When it arrived.
        at: NaiveDateTime,
        /// When the body's working day ends.
        working_day_ends: NaiveTime,
    },
}

impl Arrival {
    /// An arrival at `at`, where the body's working day ends at
    /// `working_day_ends`.
    ///
    /// # Example
    /// ```
    /// use chrono::{NaiveDate, NaiveTime};
    /// use kz_appeals::intake::Arrival;
    /// let at = NaiveDate::from_ymd_opt(2025, 6, 5).unwrap().and_hms_opt(9, 0, 0).unwrap();
    /// assert!(matches!(Arrival::at(at, NaiveTime::from_hms_opt(18, 0, 0).unwrap()), Arrival::At { .. }));
    /// ```
    #[must_use]
    pub const fn at(at: NaiveDateTime, working_day_ends: NaiveTime) -> Self {
        Arrival::At {
            at,
            working_day_ends,
        }
    }

    /// An arrival on `date` after the end of the working day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::intake::Arrival;
    /// let date = NaiveDate::from_ymd_opt(2025, 6, 5).unwrap();
    /// assert_eq!(Arrival::after_hours(date), Arrival::Day { date, after_working_hours: true });
    /// ```
    #[must_use]
    pub const fn after_hours(date: NaiveDate) -> Self {
        Arrival::Day {
            date,
            after_working_hours: true,
        }
    }

    /// The day it arrived.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::intake::Arrival;
    /// let date = NaiveDate::from_ymd_opt(2025, 6, 5).unwrap();
    /// assert_eq!(Arrival::from(date).date(), date);
    /// ```
    #[must_use]
    pub const fn date(&self) -> NaiveDate {
        match self {
            Arrival::Day { date, .. } => *date,
            Arrival::At { at, .. } => at.date(),
        }
    }

    /// Registers the arrival (п. 21, APPC art. 64(3)): [`register_on`] for a
    /// day, [`register_at`] for a date and time.
    ///
    /// # Errors
    /// [`CalendarError`](crate::calendar::CalendarError) when the day or the
    /// next working day is outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::{NaiveDate, NaiveTime};
    /// use kz_appeals::{calendar::Calendar, intake::Arrival};
    /// let cal = Calendar::kazakhstan();
    /// let thu = NaiveDate::from_ymd_opt(2025, 6, 5).unwrap();
    /// // 18:45 after a working day ending 18:30: the next working day. Fri
    /// // 6 June 2025 is Kurban ait, Sat and Sun are off: Mon 9 June.
    /// let late = Arrival::at(thu.and_hms_opt(18, 45, 0).unwrap(), NaiveTime::from_hms_opt(18, 30, 0).unwrap());
    /// assert_eq!(late.register(&cal)?.date, NaiveDate::from_ymd_opt(2025, 6, 9).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn register(&self, cal: &Calendar) -> Result<Registration, crate::calendar::CalendarError> {
        match *self {
            Arrival::Day {
                date,
                after_working_hours,
            } => register_on(cal, date, after_working_hours),
            Arrival::At {
                at,
                working_day_ends,
            } => register_at(cal, at, working_day_ends),
        }
    }
}

impl std::fmt::Display for Arrival {
    /// The arrival's kind, its `"kind"` in JSON: `day` or `at`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Arrival::Day { .. } => "day",
            Arrival::At { .. } => "at",
        })
    }
}

impl From<NaiveDate> for Arrival {
    fn from(date: NaiveDate) -> Self {
        Arrival::Day {
            date,
            after_working_hours: false,
        }
    }
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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// // A complete request, arrived Monday 2 June 2025: registered that day (п. 21).
/// let out = intake(&cal, &request, &Screening::default())?;
/// assert_eq!(out.registered_on.date, d(6, 2));
/// assert_eq!(out.outcome, IntakeOutcome::Registered);
/// // The same request after hours on Thursday 5 June: registered on the next
/// // working day (APPC art. 64(3)); Fri 6 June 2025 is Kurban ait, so Mon 9 June.
/// let late = Request { arrival: Arrival::after_hours(d(6, 5)), ..request.clone() };
/// assert_eq!(intake(&cal, &late, &Screening::default())?.registered_on.date, d(6, 9));
/// // Or with the time and the body's hours (the body's own rules): the same.
/// let ends = chrono::NaiveTime::from_hms_opt(18, 30, 0).unwrap();
/// let at = Request { arrival: Arrival::at(d(6, 5).and_hms_opt(18, 30, 0).unwrap(), ends), ..request };
/// assert_eq!(intake(&cal, &at, &Screening::default())?.registered_on.date, d(6, 9));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Request {
    /// When it arrived (п. 21, APPC art. 64(3)).
    pub arrival: Arrival,
    /// How it arrived (п. 4).
    pub channel: Channel,
    /// Filed directly or at a reception (п. 34).
    #[cfg_attr(feature = "serde", serde(default))]
    pub origin: Origin,
    /// The language chosen for the reception (п. 18).
    pub language: ReceptionLanguage,
    /// Who applies (п. 10).
    pub applicant: Applicant,
    /// The body or official addressed; blank if not stated.
    #[cfg_attr(feature = "serde", serde(default))]
    pub addressee: String,
    /// The substance of the question; blank if not stated.
    #[cfg_attr(feature = "serde", serde(default))]
    pub substance: String,
    /// The date the request bears.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub dated: Option<NaiveDate>,
    /// The signature, if any.
    #[cfg_attr(feature = "serde", serde(default))]
    pub signature: Option<Signature>,
}

impl Request {
    /// A request with what every request has: when it arrived, how, the
    /// language chosen (п. 18) and who applies. Nothing else is assumed: the
    /// addressee and the substance are blank, the date and the signature
    /// not stated, and the origin [`Origin::Direct`] until the builder
    /// methods say otherwise.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::applicant::{Applicant, LegalEntity};
    /// use kz_appeals::channel::{Channel, ReceptionLanguage};
    /// use kz_appeals::intake::{Request, Requisite, Signature, missing_requisites};
    /// let d = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
    /// // A legal entity's own request, BIN only: no person invented.
    /// let entity = LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.").with_bin("080440001234");
    /// let r = Request::new(d, Channel::EAppeals, ReceptionLanguage::Russian, Applicant::Entity { entity })
    ///     .addressed_to("аким Алматинской области")
    ///     .about("ремонт дороги")
    ///     .signed(Signature::Digital);
    /// assert_eq!(missing_requisites(&r), [Requisite::Date]);
    /// ```
    #[must_use]
    pub fn new(
        arrival: impl Into<Arrival>,
        channel: Channel,
        language: ReceptionLanguage,
        applicant: Applicant,
    ) -> Self {
        Request {
            arrival: arrival.into(),
            channel,
            origin: Origin::Direct,
            language,
            applicant,
            addressee: String::new(),
            substance: String::new(),
            dated: None,
            signature: None,
        }
    }

    /// The same request, addressed to `addressee`.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::{applicant::*, channel::*, intake::*};
    /// # let a = Applicant::Entity { entity: LegalEntity::new("ТОО", "Қонаев қ.") };
    /// let r = Request::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Channel::Paper, ReceptionLanguage::State, a)
    ///     .addressed_to("Алматы облысының әкімі");
    /// assert_eq!(r.addressee, "Алматы облысының әкімі");
    /// ```
    #[must_use]
    pub fn addressed_to(self, addressee: impl Into<String>) -> Self {
        Request {
            addressee: addressee.into(),
            ..self
        }
    }

    /// The same request, with its substance stated.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::{applicant::*, channel::*, intake::*};
    /// # let a = Applicant::Entity { entity: LegalEntity::new("ТОО", "Қонаев қ.") };
    /// let r = Request::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Channel::Paper, ReceptionLanguage::State, a)
    ///     .about("Жер телімі туралы");
    /// assert_eq!(r.substance, "Жер телімі туралы");
    /// ```
    #[must_use]
    pub fn about(self, substance: impl Into<String>) -> Self {
        Request {
            substance: substance.into(),
            ..self
        }
    }

    /// The same request, bearing the date `dated`.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::{applicant::*, channel::*, intake::*};
    /// # let a = Applicant::Entity { entity: LegalEntity::new("ТОО", "Қонаев қ.") };
    /// let d = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
    /// let r = Request::new(d, Channel::Paper, ReceptionLanguage::State, a).dated(d);
    /// assert_eq!(r.dated, Some(d));
    /// ```
    #[must_use]
    pub fn dated(self, dated: NaiveDate) -> Self {
        Request {
            dated: Some(dated),
            ..self
        }
    }

    /// The same request, signed.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::{applicant::*, channel::*, intake::*};
    /// # let a = Applicant::Entity { entity: LegalEntity::new("ТОО", "Қонаев қ.") };
    /// let r = Request::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Channel::Paper, ReceptionLanguage::State, a)
    ///     .signed(Signature::Handwritten);
    /// assert_eq!(r.signature, Some(Signature::Handwritten));
    /// ```
    #[must_use]
    pub fn signed(self, signature: Signature) -> Self {
        Request {
            signature: Some(signature),
            ..self
        }
    }

    /// The same request, filed at a reception (п. 34).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::{applicant::*, channel::*, intake::*};
    /// # let a = Applicant::Entity { entity: LegalEntity::new("ТОО", "Қонаев қ.") };
    /// let r = Request::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Channel::ByHand, ReceptionLanguage::State, a)
    ///     .filed_at_reception();
    /// assert_eq!(r.origin, Origin::AtReception);
    /// ```
    #[must_use]
    pub fn filed_at_reception(self) -> Self {
        Request {
            origin: Origin::AtReception,
            ..self
        }
    }
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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
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
#[non_exhaustive]
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

crate::lang::machine_names!(Requisite, "requisite", {
    Requisite::Name => "name",
    Requisite::Iin => "iin",
    Requisite::PostalAddress => "postal_address",
    Requisite::EntityName => "entity_name",
    Requisite::Bin => "bin",
    Requisite::EntityAddress => "entity_address",
    Requisite::Addressee => "addressee",
    Requisite::Substance => "substance",
    Requisite::Date => "date",
    Requisite::Signature => "signature",
});

impl Requisite {
    /// APPC art. 63.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::intake::Requisite;
    /// assert_eq!(Requisite::Date.citation().to_string(), "APPC art. 63");
    /// ```
    #[must_use]
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
/// A number stated as typed but blank counts as not stated. An invalid IIN
/// or BIN is *stated*: it is not missing, see [`invalid_numbers`].
///
/// [`intake`] reports these itself ([`Correction::missing`]): there is no
/// need to call this first.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// use kz_appeals::channel::{Channel, ReceptionLanguage};
/// use kz_appeals::intake::{missing_requisites, Request, Requisite};
/// let arrived = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let applicant = Applicant::Individual {
///     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan),
///     postal_address: "".into(),
/// };
/// let r = Request::new(arrived, Channel::Paper, ReceptionLanguage::State, applicant)
///     .addressed_to("Алматы облысының әкімі")
///     .about("Жер телімі туралы");
/// assert_eq!(
///     missing_requisites(&r),
///     [Requisite::Iin, Requisite::PostalAddress, Requisite::Date, Requisite::Signature]
/// );
/// ```
#[must_use]
pub fn missing_requisites(request: &Request) -> Vec<Requisite> {
    let stated = |n: Option<String>| n.is_some_and(|typed| !blank(&typed));
    let mut missing = Vec::new();
    if let Some(person) = request.applicant.person() {
        if !matches!(request.applicant, Applicant::Representative { .. }) {
            if blank(&person.name) {
                missing.push(Requisite::Name);
            }
            let iin = person.iin.as_ref().map(AsTyped::typed);
            if !stated(iin) && person.citizenship == Citizenship::Kazakhstan {
                missing.push(Requisite::Iin);
            }
        }
    }
    if let Applicant::Individual { postal_address, .. } = &request.applicant {
        if blank(postal_address) {
            missing.push(Requisite::PostalAddress);
        }
    }
    if let Some(entity) = request.applicant.entity() {
        if blank(&entity.name) {
            missing.push(Requisite::EntityName);
        }
        let bin = entity.bin.as_ref().map(AsTyped::typed);
        if !stated(bin) && entity.registered_in_kazakhstan {
            missing.push(Requisite::Bin);
        }
        if blank(&entity.address) {
            missing.push(Requisite::EntityAddress);
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

/// An IIN or BIN stated in a request but not valid, kept as typed (APPC
/// art. 63): the applicant is asked to correct it, not to supply it.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Localized};
/// use kz_appeals::intake::{InvalidNumber, Requisite};
/// let bad = InvalidNumber { requisite: Requisite::Iin, typed: "850808301234".into() };
/// assert!(bad.error().is_some());
/// assert_eq!(
///     bad.message(Lang::En),
///     "APPC art. 63: the IIN 850808301234 is not valid: the check digit (12th) of the IIN is 4, \
///      but digits 1-11 give 5; a digit was probably mistyped: check the number against the document"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct InvalidNumber {
    /// [`Requisite::Iin`] or [`Requisite::Bin`].
    pub requisite: Requisite,
    /// What was typed.
    pub typed: String,
}

impl InvalidNumber {
    /// Why the typed text is not valid; `None` if it is (or if the
    /// requisite is not a number).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::IdentityError;
    /// use kz_appeals::intake::{InvalidNumber, Requisite};
    /// let bad = InvalidNumber { requisite: Requisite::Bin, typed: "08044000123".into() };
    /// assert!(matches!(bad.error(), Some(IdentityError::Length { len: 11, .. })));
    /// ```
    #[must_use]
    pub fn error(&self) -> Option<IdentityError> {
        match self.requisite {
            Requisite::Iin => self.typed.parse::<crate::identity::Iin>().err(),
            Requisite::Bin => self.typed.parse::<crate::identity::Bin>().err(),
            _ => None,
        }
    }
}

impl Localized for InvalidNumber {
    fn message(&self, lang: Lang) -> String {
        let rule = Citation::APPC_63.render(lang);
        let what = self.requisite.name(lang);
        let typed = &self.typed;
        let why = self.error().map(|e| e.message(lang)).unwrap_or_default();
        match lang {
            Lang::En => format!("{rule}: the {what} {typed} is not valid: {why}"),
            Lang::Ru => format!("{rule}: {what} {typed} недействителен: {why}"),
            Lang::Kk => format!("{rule}: {what} {typed} жарамсыз: {why}"),
        }
    }
}

/// The IINs and BINs `request` states that are not valid, kept as typed.
/// [`intake`] reports them itself ([`Correction::invalid`]).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// use kz_appeals::channel::{Channel, ReceptionLanguage};
/// use kz_appeals::intake::{invalid_numbers, missing_requisites, Request, Requisite};
/// let person = Person::new("Ли Анна", Citizenship::Kazakhstan).with_iin("8508083O1235"); // a letter O
/// let applicant = Applicant::Individual { person, postal_address: "Талдықорған қ.".into() };
/// let r = Request::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), Channel::Paper, ReceptionLanguage::Russian, applicant);
/// let bad = invalid_numbers(&r);
/// assert_eq!((bad[0].requisite, bad[0].typed.as_str()), (Requisite::Iin, "8508083O1235"));
/// assert!(!missing_requisites(&r).contains(&Requisite::Iin)); // stated, not missing
/// ```
#[must_use]
pub fn invalid_numbers(request: &Request) -> Vec<InvalidNumber> {
    let iin = request
        .applicant
        .person()
        .and_then(|p| p.iin.as_ref())
        .filter(|n| n.valid().is_none() && !blank(&n.typed()))
        .map(|n| InvalidNumber {
            requisite: Requisite::Iin,
            typed: n.typed(),
        });
    let bin = request
        .applicant
        .entity()
        .and_then(|e| e.bin.as_ref())
        .filter(|n| n.valid().is_none() && !blank(&n.typed()))
        .map(|n| InvalidNumber {
            requisite: Requisite::Bin,
            typed: n.typed(),
        });
    iin.into_iter().chain(bin).collect()
}

/// The grounds of п. 15 live beside the events that record them.
pub use crate::case::NoAppointmentGround;

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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// // The date is missing (APPC art. 63): correction is needed; until the
/// // body sets the period (п. 6) there is no return date yet.
/// let undated = Request { dated: None, ..request };
/// let IntakeOutcome::CorrectionNeeded(c) = intake(&cal, &undated, &Screening::default())?.outcome else { unreachable!() };
/// assert_eq!((c.missing, c.period), (vec![Requisite::Date], None));
/// let screening = Screening::default().correction_until(d(6, 12));
/// let IntakeOutcome::CorrectionNeeded(c) = intake(&cal, &undated, &screening)?.outcome else { unreachable!() };
/// assert_eq!(c.period.map(|p| p.ends), Some(d(6, 12)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Screening {
    /// The grounds of п. 15 found; empty if none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub grounds: Vec<NoAppointmentGround>,
    /// The last day of the reasonable period set for bringing the request into
    /// line with APPC art. 63 (п. 6). Needed only when an element is missing.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub correction_period_ends: Option<NaiveDate>,
}

impl Screening {
    /// The same screening with a ground of п. 15 found.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::intake::{NoAppointmentGround, Screening};
    /// let s = Screening::default().ground(NoAppointmentGround::CourtActInForce);
    /// assert_eq!(s.grounds, [NoAppointmentGround::CourtActInForce]);
    /// ```
    #[must_use]
    pub fn ground(mut self, ground: NoAppointmentGround) -> Self {
        self.grounds.push(ground);
        self
    }

    /// The same screening with the correction period ending on `ends` (п. 6).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::intake::Screening;
    /// let ends = NaiveDate::from_ymd_opt(2025, 6, 12).unwrap();
    /// assert_eq!(Screening::default().correction_until(ends).correction_period_ends, Some(ends));
    /// ```
    #[must_use]
    pub fn correction_until(self, ends: NaiveDate) -> Self {
        Screening {
            correction_period_ends: Some(ends),
            ..self
        }
    }
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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// let unsigned = Request { signature: None, ..request };
/// // The body gives until Thu 12 June 2025. If not corrected, the request is
/// // returned within 3 working days after that (APPC art. 64(7)): 13, 16, 17 June.
/// let screening = Screening::default().correction_until(d(6, 12));
/// let IntakeOutcome::CorrectionNeeded(c) = intake(&cal, &unsigned, &screening)?.outcome else { unreachable!() };
/// assert_eq!(c.missing, [Requisite::Signature]);
/// let period = c.period.expect("set by the body");
/// assert_eq!(period.return_by.date, d(6, 17));
/// assert_eq!(period.return_by.rule.to_string(), "APPC art. 64(7)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Correction {
    /// The elements missing, in the order of APPC art. 63.
    pub missing: Vec<Requisite>,
    /// The IIN or BIN stated but not valid, as typed (APPC art. 63).
    #[cfg_attr(feature = "serde", serde(default))]
    pub invalid: Vec<InvalidNumber>,
    /// The period the body set (п. 6); `None` until it sets one
    /// ([`Screening::correction_until`]).
    #[cfg_attr(feature = "serde", serde(default))]
    pub period: Option<CorrectionPeriod>,
}

/// The period set for correction (п. 6) and the day the request is returned
/// if not corrected (APPC art. 64(7)).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::intake::CorrectionPeriod;
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// // Registered Mon 2 June 2025, period to Thu 5 June; returned within 3
/// // working days after: Fri 6 June is Kurban ait, so Mon 9, Tue 10, Wed 11.
/// let p = CorrectionPeriod::new(&Calendar::kazakhstan(), d(6, 2), d(6, 5))?;
/// assert_eq!(p.return_by.date, d(6, 11));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct CorrectionPeriod {
    /// The last day of the period the body set (п. 6).
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub ends: NaiveDate,
    /// If not corrected by then, the request is returned by this day: the
    /// 3rd working day after the period ends (APPC art. 64(7)).
    pub return_by: Due,
}

impl CorrectionPeriod {
    /// The period ending on `ends` for a request registered on
    /// `registered_on` (п. 6), with its return day (APPC art. 64(7)).
    ///
    /// # Errors
    /// [`IntakeError::CorrectionPeriodTooShort`] when `ends` is not after
    /// the registration day; [`IntakeError::Term`] when the calendar cannot
    /// count the return day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, intake::{CorrectionPeriod, IntakeError}};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let err = CorrectionPeriod::new(&Calendar::kazakhstan(), d(6, 2), d(6, 2)).unwrap_err();
    /// assert!(matches!(err, IntakeError::CorrectionPeriodTooShort { .. }));
    /// ```
    pub fn new(
        cal: &Calendar,
        registered_on: NaiveDate,
        ends: NaiveDate,
    ) -> Result<Self, IntakeError> {
        if !crate::schedule::leaves_time_to_correct(registered_on, ends) {
            return Err(IntakeError::CorrectionPeriodTooShort {
                period_ends: ends,
                registered_on,
                citation: Citation::regulation(6),
            });
        }
        let return_by = DeadlineKind::Return.due(cal, ends)?;
        Ok(CorrectionPeriod {
            ends,
            return_by: return_by.into(),
        })
    }
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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// // п. 5: no substance stated: left without consideration, whatever else is missing.
/// let empty = Request { substance: " ".into(), signature: None, ..request };
/// let out = intake(&cal, &empty, &Screening::default())?;
/// assert_eq!(out.outcome, IntakeOutcome::LeftWithoutConsideration);
/// assert_eq!(out.outcome.citation().to_string(), "п. 5");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Serialized with a `"kind"`: `{"kind": "registered"}`, `{"kind":
/// "correction_needed", "missing": ["date"], "invalid": [], "period":
/// null}`, `{"kind": "no_appointment", "grounds": ["court_act_in_force"]}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)
)]
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
    #[must_use]
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

impl std::fmt::Display for IntakeOutcome {
    /// The outcome's kind, its `"kind"` in JSON: `registered`,
    /// `left_without_consideration`, `correction_needed`, `no_appointment`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            IntakeOutcome::Registered => "registered",
            IntakeOutcome::LeftWithoutConsideration => "left_without_consideration",
            IntakeOutcome::CorrectionNeeded(_) => "correction_needed",
            IntakeOutcome::NoAppointment { .. } => "no_appointment",
        })
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
                "қабылдауға жазылу жүргізілмейді",
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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// use kz_appeals::Lang;
/// // Filed at a reception: registered with the mark «с личного приема» (п. 34).
/// let filed = Request { origin: Origin::AtReception, ..request };
/// let out = intake(&cal, &filed, &Screening::default())?;
/// assert_eq!(out.origin.mark().map(|m| m.get(Lang::Ru)), Some("с личного приема"));
/// assert_eq!(out.registered_on.rule.to_string(), "п. 21");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Intake {
    /// The registration day (п. 21; APPC art. 64(3)).
    pub registered_on: Due,
    /// The registration: the arrival, whether after hours, the day.
    pub registration: Registration,
    /// Filed directly or at a reception; see [`Origin::mark`] (п. 34).
    pub origin: Origin,
    /// The outcome.
    pub outcome: IntakeOutcome,
}

impl Intake {
    /// The case file this intake starts ([`crate::case`]): the arrival (its
    /// time when known, its channel), the registration (п. 21, APPC
    /// art. 64(3)), and the outcome decided at intake on the registration
    /// day: left without consideration (п. 5), the correction period set
    /// (п. 6), or no appointment on the first ground found (п. 15). A
    /// correction still waiting for its period, and a registered request,
    /// add nothing more: the body records what comes next. An arrival with
    /// its time records the time; evaluate the case with the same end of the
    /// working day ([`Policy::with_working_day_ends`](crate::deadline::reading::Policy::with_working_day_ends)).
    ///
    /// # Errors
    /// As [`CaseFile::from_events`](crate::case::CaseFile::from_events): the
    /// position of the first event the case file refuses, and why (not
    /// expected for an intake made on the same calendar).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Calendar, applicant::*, channel::*, intake::*, case::{EventName, Stage, evaluate}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let person = Person::new("Иванова Мария", Citizenship::Kazakhstan).with_iin("850808301235");
    /// let applicant = Applicant::Individual { person, postal_address: "г. Қонаев".into() };
    /// // Arrived Saturday 21 March 2026 (Nauryz): registered Thursday 26 March.
    /// let request = Request::new(d(3, 21), Channel::EAppeals, ReceptionLanguage::Russian, applicant)
    ///     .addressed_to("аким области").about("ремонт дороги").dated(d(3, 20)).signed(Signature::Digital);
    /// let out = intake(&cal, &request, &Screening::default())?;
    /// let file = out.start_case(&cal, &request, "ALM-1").map_err(|(_, e)| e)?;
    /// let names: Vec<_> = file.events().iter().map(|e| e.kind.name()).collect();
    /// assert_eq!(names, [EventName::Arrived, EventName::Registered]);
    /// assert_eq!(file.events()[1].on, d(3, 26));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start_case(
        &self,
        cal: &Calendar,
        request: &Request,
        id: impl Into<String>,
    ) -> Result<crate::case::CaseFile, (usize, crate::case::CaseError)> {
        use crate::case::{CaseFile, Event, EventKind};
        let time = match request.arrival {
            Arrival::At { at, .. } => Some(at.time()),
            Arrival::Day { .. } => None,
        };
        let on = self.registered_on.date;
        let mut events = vec![
            Event::new(
                request.arrival.date(),
                EventKind::Arrived {
                    time,
                    channel: Some(request.channel.clone()),
                },
            ),
            Event::new(
                on,
                EventKind::Registered {
                    worker: None,
                    external_due: None,
                },
            ),
        ];
        let decided = match &self.outcome {
            IntakeOutcome::Registered => None,
            IntakeOutcome::LeftWithoutConsideration => Some(EventKind::LeftWithoutConsideration),
            IntakeOutcome::CorrectionNeeded(c) => c
                .period
                .map(|p| EventKind::CorrectionPeriodSet { until: p.ends }),
            IntakeOutcome::NoAppointment { grounds } => grounds
                .first()
                .map(|&ground| EventKind::NoAppointment { ground }),
        };
        events.extend(decided.map(|kind| Event::new(on, kind)));
        CaseFile::from_events(cal, id, events)
    }
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
/// # let request = Request::new(d(6, 2), Channel::Paper, ReceptionLanguage::State, Applicant::Individual {
/// #     person: Person::new("Нұрлан Әбдіров", Citizenship::Kazakhstan).with_iin("850808301235"),
/// #     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// # })
/// # .addressed_to("Алматы облысының әкімі")
/// # .about("Жер телімі туралы")
/// # .dated(d(6, 2))
/// # .signed(Signature::Handwritten);
/// use kz_appeals::law::Citation;
/// // The correction period must end after the registration day (п. 6).
/// let undated = Request { dated: None, ..request };
/// let screening = Screening::default().correction_until(d(6, 2));
/// let err = intake(&cal, &undated, &screening).unwrap_err();
/// assert!(matches!(err, IntakeError::CorrectionPeriodTooShort { citation: Citation { number: 6, .. }, .. }));
/// assert!(err.to_string().starts_with("п. 6: the correction period ends on 2025-06-02"));
/// use kz_appeals::{Lang, Localized};
/// assert!(err.message(Lang::Ru).starts_with("п. 6 Регламента: срок исправления истекает 02.06.2025"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IntakeError {
    /// The correction period ends on or before the registration day.
    CorrectionPeriodTooShort {
        /// The end given.
        period_ends: NaiveDate,
        /// The registration day.
        registered_on: NaiveDate,
        /// п. 6.
        citation: Citation,
    },
    /// An oral request's protocol is dated before the request arrived.
    ProtocolBeforeArrival {
        /// The protocol's date.
        recorded_on: NaiveDate,
        /// The arrival date given.
        arrived_on: NaiveDate,
        /// п. 21 (part 3).
        citation: Citation,
    },
    /// The working-day calendar could not count the dates.
    Term(TermError),
}

impl From<TermError> for IntakeError {
    fn from(e: TermError) -> Self {
        IntakeError::Term(e)
    }
}

impl Localized for IntakeError {
    /// The calendar's errors ([`IntakeError::Term`]) are rendered by
    /// [`TermError`]'s own `message`.
    fn message(&self, lang: Lang) -> String {
        let d = |date| crate::calendar::fmt_date(date, lang);
        match self {
            IntakeError::CorrectionPeriodTooShort {
                period_ends,
                registered_on,
                citation,
            } => {
                let rule = citation.render(lang);
                match lang {
                    Lang::En => format!(
                        "{rule}: the correction period ends on {period_ends}, not after the registration day {registered_on}; set a period that gives the applicant time to correct the request"
                    ),
                    Lang::Ru => format!(
                        "{rule}: срок исправления истекает {}, не позже дня регистрации {}; установите срок, дающий заявителю время исправить обращение",
                        d(*period_ends),
                        d(*registered_on)
                    ),
                    Lang::Kk => format!(
                        "{rule}: түзету мерзімі {} аяқталады, тіркеу күнінен ({}) кейін емес; өтініш берушіге жолданымды түзетуге уақыт беретін мерзім белгілеңіз",
                        d(*period_ends),
                        d(*registered_on)
                    ),
                }
            }
            IntakeError::ProtocolBeforeArrival {
                recorded_on,
                arrived_on,
                citation,
            } => {
                let rule = citation.render(lang);
                match lang {
                    Lang::En => format!(
                        "{rule}: the protocol of the oral request is dated {recorded_on}, before the request arrived on {arrived_on}; date the protocol the day the request is made"
                    ),
                    Lang::Ru => format!(
                        "{rule}: протокол устного обращения датирован {}, раньше поступления обращения {}; датируйте протокол днем, когда сделано обращение",
                        d(*recorded_on),
                        d(*arrived_on)
                    ),
                    Lang::Kk => format!(
                        "{rule}: ауызша жолданымның хаттамасы {} күнімен, жолданым {} келіп түскенге дейін жасалған; хаттаманы жолданым жасалған күнмен белгілеңіз",
                        d(*recorded_on),
                        d(*arrived_on)
                    ),
                }
            }
            IntakeError::Term(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for IntakeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for IntakeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            IntakeError::Term(e) => e.source(),
            _ => None,
        }
    }
}

/// Takes in a request: registers it (п. 21, APPC art. 64(3): on its arrival day
/// if a working day and in working hours, else the next working day) and
/// decides its outcome (see the module documentation for the order of checks).
/// One call gives everything: the missing elements and the invalid numbers
/// are in the outcome, and the return day too once the body has set the
/// correction period.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::channel::{Channel, ReceptionLanguage};
/// use kz_appeals::intake::{intake, Arrival, IntakeOutcome, Request, Requisite, Screening, Signature};
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let person = Person::new("Иванова Мария", Citizenship::Kazakhstan).with_iin("850808301235");
/// let applicant = Applicant::Individual { person, postal_address: "г. Қонаев, ул. Абая, 1".into() };
/// // Arrived Monday 2 June 2025 at 10:15; the body's working day ends at 18:30.
/// let arrival = Arrival::at(d(6, 2).and_hms_opt(10, 15, 0).unwrap(), NaiveTime::from_hms_opt(18, 30, 0).unwrap());
/// let request = Request::new(arrival, Channel::EAppeals, ReceptionLanguage::Russian, applicant)
///     .addressed_to("аким Алматинской области")
///     .about("ремонт дороги в селе")
///     .signed(Signature::Digital);
/// // The date is missing; the body gives until Thursday 5 June 2025.
/// let screening = Screening::default().correction_until(d(6, 5));
/// let out = intake(&Calendar::kazakhstan(), &request, &screening)?;
/// assert_eq!(out.registered_on.date, d(6, 2));
/// let IntakeOutcome::CorrectionNeeded(c) = out.outcome else { panic!() };
/// assert_eq!(c.missing, [Requisite::Date]);
/// // Returned within 3 working days after Thu 5 June. Fri 6 June 2025 is
/// // Kurban ait, a day off: Mon 9, Tue 10, Wed 11.
/// assert_eq!(c.period.map(|p| p.return_by.date), Some(d(6, 11)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`IntakeError::CorrectionPeriodTooShort`] when a correction is needed and
/// the period set ends on or before the registration day (п. 6);
/// [`IntakeError::ProtocolBeforeArrival`] for an oral request's protocol
/// dated before its arrival (п. 21 part 3); [`IntakeError::Term`] when the
/// calendar cannot count the dates.
pub fn intake(
    cal: &Calendar,
    request: &Request,
    screening: &Screening,
) -> Result<Intake, IntakeError> {
    let arrived_on = request.arrival.date();
    if let Channel::Oral(protocol) = &request.channel {
        if protocol.recorded_on < arrived_on {
            return Err(IntakeError::ProtocolBeforeArrival {
                recorded_on: protocol.recorded_on,
                arrived_on,
                citation: Citation::regulation(21),
            });
        }
    }
    let registration = request.arrival.register(cal).map_err(TermError::from)?;
    let registered_on = Due {
        date: registration.date,
        provisional: registration.provisional,
        rule: Citation::regulation(21),
    };
    let mut grounds = screening.grounds.clone();
    grounds.sort_unstable();
    grounds.dedup();
    let missing = missing_requisites(request);
    let invalid = invalid_numbers(request);
    let outcome = if blank(&request.substance) {
        IntakeOutcome::LeftWithoutConsideration
    } else if !grounds.is_empty() {
        IntakeOutcome::NoAppointment { grounds }
    } else if !missing.is_empty() || !invalid.is_empty() {
        let period = screening
            .correction_period_ends
            .map(|ends| CorrectionPeriod::new(cal, registered_on.date, ends))
            .transpose()?;
        IntakeOutcome::CorrectionNeeded(Correction {
            missing,
            invalid,
            period,
        })
    } else {
        IntakeOutcome::Registered
    };
    Ok(Intake {
        registered_on,
        registration,
        origin: request.origin,
        outcome,
    })
}
