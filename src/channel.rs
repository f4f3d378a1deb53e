//! How a request for a reception arrives (п. 4, п. 21 part 3), the mark of one
//! filed at a reception (п. 34), and the language of the reception (п. 18).

use chrono::NaiveDate;

use crate::lang::{Lang, Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The channel a request for a reception arrives by (п. 4).
///
/// An oral request carries its [`OralProtocol`]: п. 21 part 3 has it entered
/// in a separate protocol first, so an oral request without a protocol cannot
/// be represented.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named};
/// use kz_appeals::channel::Channel;
/// assert_eq!(Channel::EAppeals.name(Lang::Ru), "информационная аналитическая система «Электронные обращения»");
/// assert_eq!(Channel::EGovPortal.citation().to_string(), "п. 4");
/// ```
///
/// Serialized with its kind in a `"kind"` field (`{"kind": "paper"}`, or
/// `{"kind": "oral", "number": "7", "recorded_on": "2025-06-02",
/// "by_telephone": true}`); `Display` writes the kind's machine name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "The channel the request arrived by (п. 4), by its \"kind\"; an oral request carries its protocol (п. 21 part 3)."
    )
)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[cfg_attr(feature = "serde", derive(Deserialize), serde(from = "ChannelInput"))]
#[non_exhaustive]
pub enum Channel {
    /// An electronic document from the web portal "электронное правительство".
    EGovPortal,
    /// An electronic document from the information system "Электронные
    /// обращения".
    EAppeals,
    /// Paper, by post.
    Paper,
    /// Paper delivered by hand (нарочно).
    ByHand,
    /// Oral, stated to a front-office worker in person or by telephone, and
    /// recorded in a protocol (п. 4, п. 21 part 3).
    Oral(OralProtocol),
}

impl Channel {
    /// The kind of channel, without the protocol.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::channel::{Channel, ChannelKind};
    /// assert_eq!(Channel::ByHand.kind(), ChannelKind::ByHand);
    /// assert_eq!(Channel::ByHand.to_string(), "by_hand");
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ChannelKind {
        match self {
            Channel::EGovPortal => ChannelKind::EGovPortal,
            Channel::EAppeals => ChannelKind::EAppeals,
            Channel::Paper => ChannelKind::Paper,
            Channel::ByHand => ChannelKind::ByHand,
            Channel::Oral(_) => ChannelKind::Oral,
        }
    }

    /// The paragraph listing the channels: п. 4; for an oral request, the
    /// protocol rule of п. 21 part 3.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::channel::{Channel, OralProtocol};
    /// assert_eq!(Channel::Paper.citation().to_string(), "п. 4");
    /// let oral = Channel::Oral(OralProtocol { number: "7".into(), recorded_on: NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), by_telephone: true });
    /// assert_eq!(oral.citation().to_string(), "п. 21"); // part 3: the separate protocol
    /// ```
    #[must_use]
    pub const fn citation(&self) -> Citation {
        match self {
            Channel::Oral(_) => Citation::regulation(21),
            _ => Citation::regulation(4),
        }
    }
}

/// The JSON a [`Channel`] is read from: as `Channel`, with the unit
/// variants as empty structs so that an unknown field is refused
/// (`{"kind": "paper", "number": "1"}` is an error).
#[cfg(feature = "serde")]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum ChannelInput {
    EGovPortal {},
    EAppeals {},
    Paper {},
    ByHand {},
    Oral(OralProtocol),
}

#[cfg(feature = "serde")]
impl From<ChannelInput> for Channel {
    fn from(c: ChannelInput) -> Self {
        match c {
            ChannelInput::EGovPortal {} => Channel::EGovPortal,
            ChannelInput::EAppeals {} => Channel::EAppeals,
            ChannelInput::Paper {} => Channel::Paper,
            ChannelInput::ByHand {} => Channel::ByHand,
            ChannelInput::Oral(p) => Channel::Oral(p),
        }
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.kind().fmt(f)
    }
}

impl Named for Channel {
    fn names(&self) -> Names {
        self.kind().names()
    }
}

/// The kind of a [`Channel`], by its machine name (the `"kind"` of a
/// channel in JSON).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, channel::ChannelKind};
/// assert_eq!("e_appeals".parse::<ChannelKind>()?, ChannelKind::EAppeals);
/// assert_eq!(ChannelKind::Paper.name(Lang::Kk), "қағаз жеткізгіште");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ChannelKind {
    /// The e-government web portal.
    EGovPortal,
    /// The information system "Электронные обращения".
    EAppeals,
    /// Paper, by post.
    Paper,
    /// Paper delivered by hand.
    ByHand,
    /// Oral, recorded in a protocol.
    Oral,
}

crate::lang::machine_names!(ChannelKind, "channel", {
    ChannelKind::EGovPortal => "e_gov_portal",
    ChannelKind::EAppeals => "e_appeals",
    ChannelKind::Paper => "paper",
    ChannelKind::ByHand => "by_hand",
    ChannelKind::Oral => "oral",
});

impl Named for ChannelKind {
    fn names(&self) -> Names {
        match self {
            ChannelKind::EGovPortal => Names::new(
                "«Электрондық үкімет» веб-порталы",
                "веб-портал «электронного правительства»",
                "e-government web portal",
            ),
            ChannelKind::EAppeals => Names::new(
                "«Электрондық өтініштер» ақпараттық талдау жүйесі",
                "информационная аналитическая система «Электронные обращения»",
                "information system \"Электронные обращения\" (e-appeals)",
            ),
            ChannelKind::Paper => Names::new("қағаз жеткізгіште", "в бумажном формате", "on paper"),
            ChannelKind::ByHand => Names::new("қолма-қол", "нарочно", "delivered by hand"),
            ChannelKind::Oral => Names::new("ауызша", "в устной форме", "oral"),
        }
    }
}

/// The protocol an oral request is entered in (п. 21 part 3).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, Named, channel::{Channel, OralProtocol}};
/// // A request by telephone, entered in the protocol on Monday 2 June 2025 (п. 21 part 3).
/// let p = OralProtocol { number: "7".into(), recorded_on: NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), by_telephone: true };
/// assert_eq!(Channel::Oral(p).name(Lang::Ru), "в устной форме");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(description = "The protocol an oral request is entered in (п. 21 part 3).")
)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct OralProtocol {
    /// The number of the protocol entry.
    pub number: String,
    /// The day the protocol was drawn up.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub recorded_on: NaiveDate,
    /// Whether the request came by telephone rather than in person.
    #[cfg_attr(feature = "serde", serde(default))]
    pub by_telephone: bool,
}

/// Where the request was filed: the mark «с личного приема» (п. 34).
///
/// # Example
/// ```
/// use kz_appeals::Lang;
/// use kz_appeals::channel::Origin;
/// assert_eq!(Origin::AtReception.mark().map(|m| m.get(Lang::Ru)), Some("с личного приема"));
/// assert_eq!(Origin::Direct.mark(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Origin {
    /// Filed through a channel of п. 4, outside a reception.
    #[default]
    Direct,
    /// Filed by the applicant during a reception (п. 34).
    AtReception,
}

crate::lang::machine_names!(Origin, "origin", {
    Origin::Direct => "direct",
    Origin::AtReception => "at_reception",
});

impl Origin {
    /// The mark to put on the registration: «с личного приема» for a request
    /// filed at a reception (п. 34), none otherwise.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, channel::Origin};
    /// assert_eq!(Origin::AtReception.mark().map(|m| m.get(Lang::Kk)), Some("жеке қабылдаудан"));
    /// assert!(Origin::Direct.mark().is_none());
    /// ```
    #[must_use]
    pub const fn mark(self) -> Option<Names> {
        match self {
            Origin::Direct => None,
            Origin::AtReception => Some(Names::new(
                "жеке қабылдаудан",
                "с личного приема",
                "from a personal reception",
            )),
        }
    }

    /// п. 34.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::channel::Origin;
    /// assert_eq!(Origin::AtReception.citation().to_string(), "п. 34");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::regulation(34)
    }
}

impl Named for Origin {
    fn names(&self) -> Names {
        match self {
            Origin::Direct => Names::new("тікелей", "непосредственно", "filed directly"),
            Origin::AtReception => Names::new(
                "жеке қабылдау кезінде берілген",
                "подано на личном приеме",
                "filed at a personal reception",
            ),
        }
    }
}

/// The language of the reception, chosen by the applicant (п. 18): the state
/// language or Russian.
///
/// # Example
/// ```
/// use kz_appeals::Lang;
/// use kz_appeals::channel::ReceptionLanguage;
/// assert_eq!(ReceptionLanguage::State.lang(), Lang::Kk);
/// assert_eq!(ReceptionLanguage::from_lang(Lang::En), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ReceptionLanguage {
    /// The state language, Kazakh.
    State,
    /// Russian.
    Russian,
}

crate::lang::machine_names!(ReceptionLanguage, "reception language", {
    ReceptionLanguage::State => "state",
    ReceptionLanguage::Russian => "russian",
});

impl ReceptionLanguage {
    /// The [`Lang`] to render names in for this reception.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, channel::ReceptionLanguage};
    /// assert_eq!(ReceptionLanguage::Russian.lang(), Lang::Ru);
    /// ```
    #[must_use]
    pub const fn lang(self) -> Lang {
        match self {
            ReceptionLanguage::State => Lang::Kk,
            ReceptionLanguage::Russian => Lang::Ru,
        }
    }

    /// The reception language for `lang`, or `None` for a language п. 18
    /// does not offer (English).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, channel::ReceptionLanguage};
    /// assert_eq!(ReceptionLanguage::from_lang(Lang::Kk), Some(ReceptionLanguage::State));
    /// assert_eq!(ReceptionLanguage::from_lang(Lang::En), None); // п. 18: state language or Russian
    /// ```
    #[must_use]
    pub const fn from_lang(lang: Lang) -> Option<Self> {
        match lang {
            Lang::Kk => Some(ReceptionLanguage::State),
            Lang::Ru => Some(ReceptionLanguage::Russian),
            Lang::En => None,
        }
    }

    /// п. 18.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::channel::ReceptionLanguage;
    /// assert_eq!(ReceptionLanguage::State.citation().to_string(), "п. 18");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::regulation(18)
    }
}

impl Named for ReceptionLanguage {
    fn names(&self) -> Names {
        match self {
            ReceptionLanguage::State => Names::new(
                "мемлекеттік тіл",
                "государственный язык",
                "state language (Kazakh)",
            ),
            ReceptionLanguage::Russian => Names::new("орыс тілі", "русский язык", "Russian"),
        }
    }
}
