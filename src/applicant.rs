//! The applicant (заявитель): an individual, or a representative of a legal
//! entity (п. 10), and the rules for foreigners and stateless persons (п. 11).
//!
//! The fields hold what the request states. A name or address left blank, or
//! an IIN or BIN not given, is a missing element of APPC art. 63 that intake
//! reports (see [`crate::intake`]); nothing here refuses a request.

use chrono::NaiveDate;

use crate::identity::{Bin, Iin};
use crate::lang::{Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The applicant's citizenship, as far as the regulation distinguishes it
/// (п. 11).
///
/// The interpreter flag exists only for foreigners and stateless persons:
/// п. 11 part 2 provides an interpreter for them "where needed".
///
/// # Example
/// ```
/// use kz_appeals::applicant::Citizenship;
/// let c = Citizenship::Foreign { interpreter: true };
/// assert!(c.needs_interpreter());
/// assert!(c.secrecy_rules_apply());
/// assert!(!Citizenship::Kazakhstan.secrecy_rules_apply());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Citizenship {
    /// A citizen of the Republic of Kazakhstan.
    Kazakhstan,
    /// A foreigner (иностранец), with or without an interpreter (п. 11).
    Foreign {
        /// Whether the reception needs an interpreter.
        interpreter: bool,
    },
    /// A stateless person (лицо без гражданства), with or without an
    /// interpreter (п. 11).
    Stateless {
        /// Whether the reception needs an interpreter.
        interpreter: bool,
    },
}

impl Citizenship {
    /// Whether an interpreter takes part in the reception (п. 11 part 2).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::Citizenship;
    /// assert!(Citizenship::Stateless { interpreter: true }.needs_interpreter());
    /// assert!(!Citizenship::Foreign { interpreter: false }.needs_interpreter());
    /// assert!(!Citizenship::Kazakhstan.needs_interpreter());
    /// ```
    pub const fn needs_interpreter(self) -> bool {
        match self {
            Citizenship::Kazakhstan => false,
            Citizenship::Foreign { interpreter } | Citizenship::Stateless { interpreter } => {
                interpreter
            }
        }
    }

    /// Whether the reception follows the rules on state secrecy of п. 11
    /// part 1 (foreigners and stateless persons).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::Citizenship;
    /// assert!(Citizenship::Stateless { interpreter: false }.secrecy_rules_apply());
    /// assert!(!Citizenship::Kazakhstan.secrecy_rules_apply());
    /// ```
    pub const fn secrecy_rules_apply(self) -> bool {
        !matches!(self, Citizenship::Kazakhstan)
    }

    /// The paragraph these rules come from: п. 11.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::Citizenship;
    /// assert_eq!(Citizenship::Foreign { interpreter: true }.citation().to_string(), "п. 11");
    /// ```
    pub const fn citation(self) -> Citation {
        Citation::regulation(11)
    }
}

impl Named for Citizenship {
    fn names(&self) -> Names {
        match self {
            Citizenship::Kazakhstan => Names::new(
                "Қазақстан Республикасының азаматы",
                "гражданин Республики Казахстан",
                "citizen of Kazakhstan",
            ),
            Citizenship::Foreign { .. } => Names::new("шетелдік", "иностранец", "foreigner"),
            Citizenship::Stateless { .. } => Names::new(
                "азаматтығы жоқ адам",
                "лицо без гражданства",
                "stateless person",
            ),
        }
    }
}

/// A natural person: the applicant, or the one who represents a legal entity.
///
/// # Example
/// ```
/// use kz_appeals::applicant::{Citizenship, Person};
/// // A foreigner may have no IIN (APPC art. 63: "при его наличии").
/// let p = Person { name: "John Smith".into(), iin: None, citizenship: Citizenship::Foreign { interpreter: true } };
/// assert!(p.citizenship.needs_interpreter()); // п. 11
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Person {
    /// Surname, name and patronymic (if the identity document has one).
    pub name: String,
    /// The IIN, if stated. A citizen always has one; a foreigner or a
    /// stateless person may have none (APPC art. 63: "при его наличии").
    pub iin: Option<Iin>,
    /// Citizenship (п. 11).
    pub citizenship: Citizenship,
}

/// A legal entity on whose behalf a representative applies.
///
/// # Example
/// ```
/// use kz_appeals::applicant::LegalEntity;
/// let e = LegalEntity {
///     name: "ТОО «Жетісу Агро»".into(),
///     bin: Some("080440001234".parse()?),
///     address: "Қонаев қ.".into(),
///     registered_in_kazakhstan: true,
/// };
/// assert_eq!(e.bin.map(|b| b.registration_month()), Some(4));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct LegalEntity {
    /// The name of the legal entity.
    pub name: String,
    /// The BIN, if stated (APPC art. 63: "при его наличии").
    pub bin: Option<Bin>,
    /// The postal address of the legal entity.
    pub address: String,
    /// Whether the entity is registered in Kazakhstan, so has a BIN.
    /// A foreign entity without a branch or office here has none.
    pub registered_in_kazakhstan: bool,
}

/// The document that proves a representative's authority (п. 10).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::applicant::{Applicant, Citizenship, Document, LegalEntity, Person, ProofOfAuthority};
/// let rep = Applicant::Representative {
///     person: Person { name: "Омаров Ерлан".into(), iin: None, citizenship: Citizenship::Kazakhstan },
///     entity: LegalEntity { name: "ТОО «Жетісу Агро»".into(), bin: None, address: "Қонаев қ.".into(), registered_in_kazakhstan: true },
///     authority: ProofOfAuthority::PowerOfAttorney { number: "12".into(), issued: NaiveDate::from_ymd_opt(2025, 5, 20).unwrap() },
/// };
/// // п. 10: the representative also shows the proof of authority.
/// assert!(rep.admit(&[Document::Identity]).is_err());
/// assert!(rep.admit(&[Document::Identity, Document::Authority]).is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ProofOfAuthority {
    /// A power of attorney (доверенность).
    PowerOfAttorney {
        /// Its number, as written on it.
        number: String,
        /// The date it was issued.
        issued: NaiveDate,
    },
    /// The head of the legal entity acting under its charter, without a power
    /// of attorney (the document is the act appointing the head).
    Charter,
}

/// Who applies: an individual, or a representative of a legal entity.
///
/// # Example
/// ```
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// let a = Applicant::Individual {
///     person: Person {
///         name: "Сейтқали Айгерім".into(),
///         iin: Some("850808301235".parse()?),
///         citizenship: Citizenship::Kazakhstan,
///     },
///     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// };
/// assert_eq!(a.person().name, "Сейтқали Айгерім");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Applicant {
    /// An individual applying for himself or herself.
    Individual {
        /// The individual.
        person: Person,
        /// The postal address.
        postal_address: String,
    },
    /// A representative of a legal entity (п. 10).
    Representative {
        /// The representative.
        person: Person,
        /// The legal entity represented.
        entity: LegalEntity,
        /// The proof of authority the representative relies on (п. 10).
        authority: ProofOfAuthority,
    },
}

impl Applicant {
    /// The natural person who comes to the reception.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Applicant, Citizenship, LegalEntity, Person, ProofOfAuthority};
    /// let rep = Applicant::Representative {
    ///     person: Person { name: "Омаров Ерлан".into(), iin: None, citizenship: Citizenship::Kazakhstan },
    ///     entity: LegalEntity { name: "ТОО «Жетісу Агро»".into(), bin: None, address: "Қонаев қ.".into(), registered_in_kazakhstan: true },
    ///     authority: ProofOfAuthority::Charter,
    /// };
    /// assert_eq!(rep.person().name, "Омаров Ерлан"); // the representative comes, not the entity
    /// ```
    pub const fn person(&self) -> &Person {
        match self {
            Applicant::Individual { person, .. } | Applicant::Representative { person, .. } => {
                person
            }
        }
    }

    /// The documents to show before the reception begins (п. 10): an identity
    /// document, and for a representative also the proof of authority.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Applicant, Citizenship, Document, LegalEntity, Person, ProofOfAuthority};
    /// let rep = Applicant::Representative {
    ///     person: Person { name: "Омаров Ерлан".into(), iin: None, citizenship: Citizenship::Kazakhstan },
    ///     entity: LegalEntity {
    ///         name: "ТОО «Жетісу Агро»".into(),
    ///         bin: Some("080440001234".parse()?),
    ///         address: "Қонаев қ.".into(),
    ///         registered_in_kazakhstan: true,
    ///     },
    ///     authority: ProofOfAuthority::Charter,
    /// };
    /// assert_eq!(rep.documents_to_show(), vec![Document::Identity, Document::Authority]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn documents_to_show(&self) -> Vec<Document> {
        match self {
            Applicant::Individual { .. } => vec![Document::Identity],
            Applicant::Representative { .. } => vec![Document::Identity, Document::Authority],
        }
    }

    /// Admits the applicant to the reception if every document of
    /// [`documents_to_show`](Self::documents_to_show) was shown (п. 10).
    ///
    /// # Errors
    /// [`ApplicantError::DocumentNotShown`] naming the first document missing.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Applicant, ApplicantError, Citizenship, Document, Person};
    /// let a = Applicant::Individual {
    ///     person: Person { name: "Ли Анна".into(), iin: None, citizenship: Citizenship::Stateless { interpreter: false } },
    ///     postal_address: "Талдықорған қ.".into(),
    /// };
    /// assert!(a.admit(&[Document::Identity]).is_ok());
    /// assert!(matches!(a.admit(&[]), Err(ApplicantError::DocumentNotShown { document: Document::Identity, .. })));
    /// ```
    pub fn admit(&self, shown: &[Document]) -> Result<(), ApplicantError> {
        match self
            .documents_to_show()
            .into_iter()
            .find(|d| !shown.contains(d))
        {
            None => Ok(()),
            Some(document) => Err(ApplicantError::DocumentNotShown {
                document,
                citation: Citation::regulation(10),
            }),
        }
    }
}

/// A document the applicant shows before the reception (п. 10).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, applicant::Document};
/// assert_eq!(Document::Identity.name(Lang::Ru), "документ, удостоверяющий личность");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Document {
    /// A document proving identity (документ, удостоверяющий личность).
    Identity,
    /// A document proving the authority to represent (документ,
    /// подтверждающий полномочия).
    Authority,
}

impl Named for Document {
    fn names(&self) -> Names {
        match self {
            Document::Identity => Names::new(
                "жеке басын куәландыратын құжат",
                "документ, удостоверяющий личность",
                "identity document",
            ),
            Document::Authority => Names::new(
                "өкілеттігін растайтын құжат",
                "документ, подтверждающий полномочия",
                "proof of authority",
            ),
        }
    }
}

/// A rule about the applicant that was broken.
///
/// # Example
/// ```
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// let a = Applicant::Individual {
///     person: Person { name: "Ли Анна".into(), iin: None, citizenship: Citizenship::Kazakhstan },
///     postal_address: "Талдықорған қ.".into(),
/// };
/// let err = a.admit(&[]).unwrap_err();
/// assert_eq!(err.to_string(), "п. 10: the identity document was not shown; the applicant shows it before the reception begins");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApplicantError {
    /// A document of п. 10 was not shown.
    #[error("{citation}: the {} was not shown; the applicant shows it before the reception begins", document.names().en)]
    DocumentNotShown {
        /// The document not shown.
        document: Document,
        /// п. 10.
        citation: Citation,
    },
}
