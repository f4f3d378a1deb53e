//! The applicant (заявитель): an individual, or a representative of a legal
//! entity (п. 10), and the rules for foreigners and stateless persons (п. 11).
//!
//! The fields hold what the request states. A name or address left blank, or
//! an IIN or BIN not given, is a missing element of APPC art. 63 that intake
//! reports (see [`crate::intake`](mod@crate::intake)); nothing here refuses a request.

use chrono::NaiveDate;

use crate::identity::{AsTyped, Bin, Iin};
use crate::lang::{Lang, Localized, Named, Names};
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
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", from = "CitizenshipInput")
)]
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
    #[must_use]
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
    #[must_use]
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
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::regulation(11)
    }
}

/// The JSON a [`Citizenship`] is read from, the unit variant as an empty
/// struct so that an unknown field is refused.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum CitizenshipInput {
    Kazakhstan {},
    Foreign { interpreter: bool },
    Stateless { interpreter: bool },
}

#[cfg(feature = "serde")]
impl From<CitizenshipInput> for Citizenship {
    fn from(c: CitizenshipInput) -> Self {
        match c {
            CitizenshipInput::Kazakhstan {} => Citizenship::Kazakhstan,
            CitizenshipInput::Foreign { interpreter } => Citizenship::Foreign { interpreter },
            CitizenshipInput::Stateless { interpreter } => Citizenship::Stateless { interpreter },
        }
    }
}

/// The JSON a [`ProofOfAuthority`] is read from, the unit variant as an
/// empty struct so that an unknown field is refused.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum AuthorityInput {
    PowerOfAttorney { number: String, issued: NaiveDate },
    Charter {},
}

#[cfg(feature = "serde")]
impl From<AuthorityInput> for ProofOfAuthority {
    fn from(a: AuthorityInput) -> Self {
        match a {
            AuthorityInput::PowerOfAttorney { number, issued } => {
                ProofOfAuthority::PowerOfAttorney { number, issued }
            }
            AuthorityInput::Charter {} => ProofOfAuthority::Charter,
        }
    }
}

impl std::fmt::Display for Citizenship {
    /// Its kind, the `"kind"` in JSON: `kazakhstan`, `foreign`, `stateless`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Citizenship::Kazakhstan => "kazakhstan",
            Citizenship::Foreign { .. } => "foreign",
            Citizenship::Stateless { .. } => "stateless",
        })
    }
}

impl std::fmt::Display for ProofOfAuthority {
    /// Its kind, the `"kind"` in JSON: `power_of_attorney` or `charter`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ProofOfAuthority::PowerOfAttorney { .. } => "power_of_attorney",
            ProofOfAuthority::Charter => "charter",
        })
    }
}

impl std::fmt::Display for Applicant {
    /// Its kind, the `"kind"` in JSON: `individual`, `representative`,
    /// `entity`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Applicant::Individual { .. } => "individual",
            Applicant::Representative { .. } => "representative",
            Applicant::Entity { .. } => "entity",
        })
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
/// let p = Person::new("John Smith", Citizenship::Foreign { interpreter: true });
/// assert!(p.iin.is_none());
/// assert!(p.citizenship.needs_interpreter()); // п. 11
/// // A citizen's IIN, kept as typed even when it is mistyped.
/// let p = Person::new("Ли Анна", Citizenship::Kazakhstan).with_iin("850808301234");
/// assert_eq!(p.iin.map(|iin| iin.typed()).as_deref(), Some("850808301234"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Person {
    /// Surname, name and patronymic (if the identity document has one).
    pub name: String,
    /// The IIN, as stated: valid, or as typed. A citizen always has one; a
    /// foreigner or a stateless person may have none (APPC art. 63: "при его
    /// наличии").
    #[cfg_attr(feature = "serde", serde(default))]
    pub iin: Option<AsTyped<Iin>>,
    /// Citizenship (п. 11).
    pub citizenship: Citizenship,
}

impl Person {
    /// A person named `name`, with no IIN stated yet.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Citizenship, Person};
    /// let p = Person::new("Сейтқали Айгерім", Citizenship::Kazakhstan);
    /// assert_eq!(p.name, "Сейтқали Айгерім");
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, citizenship: Citizenship) -> Self {
        Person {
            name: name.into(),
            iin: None,
            citizenship,
        }
    }

    /// The same person with the IIN as typed (valid or not).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Citizenship, Person};
    /// let p = Person::new("Ли Анна", Citizenship::Kazakhstan).with_iin("850808301235");
    /// assert!(p.iin.and_then(|iin| iin.valid().copied()).is_some());
    /// ```
    #[must_use]
    pub fn with_iin(self, typed: impl Into<String>) -> Self {
        Person {
            iin: Some(AsTyped::from(typed.into())),
            ..self
        }
    }
}

/// A legal entity: the applicant itself, or the one a representative acts
/// for.
///
/// # Example
/// ```
/// use kz_appeals::applicant::LegalEntity;
/// let e = LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.").with_bin("080440001234");
/// assert_eq!(e.bin.as_ref().and_then(|b| b.valid()).map(|b| b.registration_month()), Some(4));
/// assert!(e.registered_in_kazakhstan);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct LegalEntity {
    /// The name of the legal entity.
    pub name: String,
    /// The BIN, as stated: valid, or as typed (APPC art. 63: "при его
    /// наличии").
    #[cfg_attr(feature = "serde", serde(default))]
    pub bin: Option<AsTyped<Bin>>,
    /// The postal address of the legal entity.
    pub address: String,
    /// Whether the entity is registered in Kazakhstan, so has a BIN.
    /// A foreign entity without a branch or office here has none.
    pub registered_in_kazakhstan: bool,
}

impl LegalEntity {
    /// A legal entity registered in Kazakhstan, with no BIN stated yet.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::LegalEntity;
    /// let e = LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.");
    /// assert!(e.bin.is_none() && e.registered_in_kazakhstan);
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, address: impl Into<String>) -> Self {
        LegalEntity {
            name: name.into(),
            bin: None,
            address: address.into(),
            registered_in_kazakhstan: true,
        }
    }

    /// The same entity, registered abroad (so it may have no BIN).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::LegalEntity;
    /// assert!(!LegalEntity::new("Acme GmbH", "Berlin").foreign().registered_in_kazakhstan);
    /// ```
    #[must_use]
    pub fn foreign(self) -> Self {
        LegalEntity {
            registered_in_kazakhstan: false,
            ..self
        }
    }

    /// The same entity with the BIN as typed (valid or not).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::LegalEntity;
    /// let e = LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.").with_bin("0804400012");
    /// assert!(e.bin.is_some_and(|b| b.error().is_some())); // 10 digits: stated, invalid
    /// ```
    #[must_use]
    pub fn with_bin(self, typed: impl Into<String>) -> Self {
        LegalEntity {
            bin: Some(AsTyped::from(typed.into())),
            ..self
        }
    }
}

/// The document that proves a representative's authority (п. 10).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::applicant::{Applicant, Citizenship, Document, LegalEntity, Person, ProofOfAuthority};
/// let rep = Applicant::Representative {
///     person: Person::new("Омаров Ерлан", Citizenship::Kazakhstan),
///     entity: LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ."),
///     authority: ProofOfAuthority::PowerOfAttorney { number: "12".into(), issued: NaiveDate::from_ymd_opt(2025, 5, 20).unwrap() },
/// };
/// // п. 10: the representative also shows the proof of authority.
/// assert!(rep.admit(&[Document::Identity]).is_err());
/// assert!(rep.admit(&[Document::Identity, Document::Authority]).is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", from = "AuthorityInput")
)]
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

/// Who applies: an individual, a representative of a legal entity, or a
/// legal entity itself by its own signed request (APPC art. 63 asks a legal
/// entity for its name, BIN and address, not for a person).
///
/// # Example
/// ```
/// use kz_appeals::applicant::{Applicant, Citizenship, LegalEntity, Person};
/// let a = Applicant::Individual {
///     person: Person::new("Сейтқали Айгерім", Citizenship::Kazakhstan).with_iin("850808301235"),
///     postal_address: "Қонаев қ., Абай к-сі, 1".into(),
/// };
/// assert_eq!(a.person().map(|p| p.name.as_str()), Some("Сейтқали Айгерім"));
/// // A BIN-only request of a legal entity, signed with its digital signature:
/// // no person is named, and none is invented.
/// let e = Applicant::Entity { entity: LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.").with_bin("080440001234") };
/// assert!(e.person().is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
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
    /// A legal entity by its own request, naming no person (the request
    /// bears the entity's signature or digital signature). Whoever comes to
    /// the reception for it shows an identity document and the proof of
    /// authority (п. 10).
    Entity {
        /// The legal entity.
        entity: LegalEntity,
    },
}

impl Applicant {
    /// The natural person named in the request; `None` for a legal entity's
    /// own request.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Applicant, Citizenship, LegalEntity, Person, ProofOfAuthority};
    /// let rep = Applicant::Representative {
    ///     person: Person::new("Омаров Ерлан", Citizenship::Kazakhstan),
    ///     entity: LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ."),
    ///     authority: ProofOfAuthority::Charter,
    /// };
    /// // The representative comes, not the entity.
    /// assert_eq!(rep.person().map(|p| p.name.as_str()), Some("Омаров Ерлан"));
    /// ```
    #[must_use]
    pub const fn person(&self) -> Option<&Person> {
        match self {
            Applicant::Individual { person, .. } | Applicant::Representative { person, .. } => {
                Some(person)
            }
            Applicant::Entity { .. } => None,
        }
    }

    /// The legal entity, for a representative or an entity's own request.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Applicant, LegalEntity};
    /// let e = Applicant::Entity { entity: LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.") };
    /// assert_eq!(e.entity().map(|e| e.name.as_str()), Some("ТОО «Жетісу Агро»"));
    /// ```
    #[must_use]
    pub const fn entity(&self) -> Option<&LegalEntity> {
        match self {
            Applicant::Individual { .. } => None,
            Applicant::Representative { entity, .. } | Applicant::Entity { entity } => Some(entity),
        }
    }

    /// The documents to show before the reception begins (п. 10): an identity
    /// document, and for a legal entity also the proof of authority.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::applicant::{Applicant, Citizenship, Document, LegalEntity, Person, ProofOfAuthority};
    /// let rep = Applicant::Representative {
    ///     person: Person::new("Омаров Ерлан", Citizenship::Kazakhstan),
    ///     entity: LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.").with_bin("080440001234"),
    ///     authority: ProofOfAuthority::Charter,
    /// };
    /// assert_eq!(rep.documents_to_show(), vec![Document::Identity, Document::Authority]);
    /// ```
    #[must_use]
    pub fn documents_to_show(&self) -> Vec<Document> {
        match self {
            Applicant::Individual { .. } => vec![Document::Identity],
            Applicant::Representative { .. } | Applicant::Entity { .. } => {
                vec![Document::Identity, Document::Authority]
            }
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
    ///     person: Person::new("Ли Анна", Citizenship::Stateless { interpreter: false }),
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

crate::lang::machine_names!(Document, "document", {
    Document::Identity => "identity",
    Document::Authority => "authority",
});

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
/// use kz_appeals::{Lang, Localized};
/// use kz_appeals::applicant::{Applicant, Citizenship, Person};
/// let a = Applicant::Individual {
///     person: Person::new("Ли Анна", Citizenship::Kazakhstan),
///     postal_address: "Талдықорған қ.".into(),
/// };
/// let err = a.admit(&[]).unwrap_err();
/// assert_eq!(err.to_string(), "п. 10: the identity document was not shown; the applicant shows it before the reception begins");
/// assert!(err.message(Lang::Ru).starts_with("п. 10 Регламента: не предъявлен документ, удостоверяющий личность;"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApplicantError {
    /// A document of п. 10 was not shown.
    DocumentNotShown {
        /// The document not shown.
        document: Document,
        /// п. 10.
        citation: Citation,
    },
}

impl Localized for ApplicantError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ApplicantError::DocumentNotShown { document, citation } => {
                let rule = citation.render(lang);
                let doc = document.name(lang);
                match lang {
                    Lang::En => format!(
                        "{rule}: the {doc} was not shown; the applicant shows it before the reception begins"
                    ),
                    Lang::Ru => format!(
                        "{rule}: не предъявлен {doc}; заявитель предъявляет его до начала приема"
                    ),
                    Lang::Kk => format!(
                        "{rule}: {doc} көрсетілмеді; өтініш беруші оны қабылдау басталғанға дейін көрсетеді"
                    ),
                }
            }
        }
    }
}

impl std::fmt::Display for ApplicantError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ApplicantError {}
