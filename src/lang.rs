//! Names in the three languages the crate speaks: Kazakh, Russian, English.
//!
//! The regulation is held in the state language or in Russian at the
//! applicant's choice (п. 18); English is offered for the crate's users.
//! Every category, ground, channel, outcome, state and day kind has a name in
//! each of the three (RULES.md §4). Award names are official in Kazakh only
//! and stay in Kazakh in every language (Law on state awards art. 3).

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A language a name or an explanation can be rendered in.
///
/// # Example
/// ```
/// use kz_appeals::Lang;
/// assert_eq!(Lang::Kk.code(), "kk");
/// assert_eq!("ru".parse::<Lang>(), Ok(Lang::Ru));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Lang {
    /// Kazakh, the state language (қазақ тілі).
    Kk,
    /// Russian (русский язык).
    Ru,
    /// English.
    En,
}

impl Lang {
    /// All three languages, Kazakh first.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The ISO 639-1 code: `"kk"`, `"ru"` or `"en"`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::Lang;
    /// let codes: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
    /// assert_eq!(codes, ["kk", "ru", "en"]);
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

/// The error returned when a string is not one of `kk`, `ru`, `en`.
///
/// # Example
/// ```
/// use kz_appeals::Lang;
/// let err = "de".parse::<Lang>().unwrap_err();
/// assert_eq!(err.0, "de");
/// assert!(err.to_string().contains("\"kk\" (Kazakh)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use \"kk\" (Kazakh), \"ru\" (Russian) or \"en\" (English)")]
pub struct UnknownLang(pub String);

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kk" | "kaz" | "kz" => Ok(Lang::Kk),
            "ru" | "rus" => Ok(Lang::Ru),
            "en" | "eng" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

/// A fixed name in the three languages.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Names};
/// const RECEPTION: Names = Names::new("жеке қабылдау", "личный прием", "personal reception");
/// assert_eq!(RECEPTION.get(Lang::Ru), "личный прием");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Names {
    /// Kazakh.
    pub kk: &'static str,
    /// Russian.
    pub ru: &'static str,
    /// English.
    pub en: &'static str,
}

impl Names {
    /// Names in Kazakh, Russian and English, in that order.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, Names};
    /// let n = Names::new("бас тарту", "отказ", "refusal");
    /// assert_eq!(n.kk, "бас тарту");
    /// ```
    pub const fn new(kk: &'static str, ru: &'static str, en: &'static str) -> Self {
        Names { kk, ru, en }
    }

    /// The name in `lang`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, Names};
    /// let n = Names::new("қайтару", "возврат", "return");
    /// assert_eq!(n.get(Lang::Kk), "қайтару");
    /// assert_eq!(n.get(Lang::En), "return");
    /// ```
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }
}

/// Anything with a fixed name in Kazakh, Russian and English.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, law::Act};
/// assert_eq!(Act::Appc.name(Lang::Kk), "ӘРПК");
/// ```
pub trait Named {
    /// The three names.
    fn names(&self) -> Names;
    /// The name in `lang`.
    fn name(&self, lang: Lang) -> &'static str {
        self.names().get(lang)
    }
}
