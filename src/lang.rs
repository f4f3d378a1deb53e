//! Names in the three languages the crate speaks: Kazakh, Russian, English.
//!
//! The regulation is held in the state language or in Russian at the
//! applicant's choice (п. 18); English is offered for the crate's users.
//! Every category, ground, channel, outcome, state and day kind has a name in
//! each of the three ([`rules`](crate::rules) §4). Award names are official in Kazakh only
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
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(description = "A language: kk (Kazakh), ru (Russian) or en (English).")
)]
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
    #[must_use]
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
#[error("unknown language {0:?}; use \"kk\" (Kazakh), \"ru\" (Russian) or \"en\" (English)")]
pub struct UnknownLang(pub String);

impl Localized for UnknownLang {
    fn message(&self, lang: Lang) -> String {
        let given = &self.0;
        match lang {
            Lang::En => self.to_string(),
            Lang::Ru => format!(
                "неизвестный язык {given:?}; укажите \"kk\" (казахский), \"ru\" (русский) или \"en\" (английский)"
            ),
            Lang::Kk => format!(
                "белгісіз тіл {given:?}; \"kk\" (қазақ), \"ru\" (орыс) немесе \"en\" (ағылшын) деп көрсетіңіз"
            ),
        }
    }
}

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

impl std::fmt::Display for Lang {
    /// The code, which is also the machine name and the serde name.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl MachineName for Lang {
    const WHAT: &'static str = "language";
    const ALL: &'static [Self] = &Lang::ALL;
    fn machine_name(&self) -> &'static str {
        self.code()
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
    #[must_use]
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
    #[must_use]
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

/// A value with one machine name: its serde name, its key in every JSON
/// format and command-line flag, and what `Display` writes and `FromStr`
/// reads (one name per thing).
///
/// Implemented with the crate's `machine_names!` macro, which also derives
/// `Display` and `FromStr` from [`MachineName::ALL`] and
/// [`MachineName::machine_name`], so the three can never disagree.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, MachineName};
/// assert_eq!(Lang::Kk.machine_name(), "kk");
/// assert_eq!(Lang::ALL.len(), <Lang as MachineName>::ALL.len());
/// ```
pub trait MachineName: Sized + Copy + 'static {
    /// What the values are called in an error message ("language",
    /// "deadline", "priority category").
    const WHAT: &'static str;
    /// Every value, in the order the crate lists them.
    const ALL: &'static [Self];
    /// The machine name, snake_case ASCII.
    fn machine_name(&self) -> &'static str;
    /// The value whose machine name is `name`, exactly (no trimming, no case
    /// folding: a machine name is a contract).
    ///
    /// # Errors
    /// [`UnknownName`] listing the accepted names.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, MachineName};
    /// assert_eq!(Lang::from_machine_name("ru"), Ok(Lang::Ru));
    /// let err = Lang::from_machine_name("de").unwrap_err();
    /// assert_eq!(err.to_string(), "unknown language \"de\"; use one of: kk, ru, en");
    /// ```
    fn from_machine_name(name: &str) -> Result<Self, UnknownName> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.machine_name() == name)
            .ok_or_else(|| UnknownName {
                what: Self::WHAT,
                given: name.to_owned(),
                accepted: Self::ALL.iter().map(|v| v.machine_name()).collect(),
            })
    }
}

/// The error of parsing a machine name that names nothing.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, MachineName};
/// let err = Lang::from_machine_name("KK").unwrap_err();
/// assert_eq!(err.given, "KK");
/// assert_eq!(err.accepted, ["kk", "ru", "en"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {given:?}; use one of: {}", accepted.join(", "))]
pub struct UnknownName {
    /// What was being parsed ("language", "deadline", …).
    pub what: &'static str,
    /// What was given.
    pub given: String,
    /// Every accepted machine name.
    pub accepted: Vec<&'static str>,
}

/// Implements [`MachineName`], `Display` and `FromStr` for an enum from one
/// table of `Variant => "machine_name"` pairs. `FromStr` is exact (see
/// [`MachineName::from_machine_name`]); `Display` writes the machine name.
/// Keep the serde names equal by `#[serde(rename_all = "snake_case")]` or
/// explicit renames, and test it (`tests/machine_names.rs`).
///
/// A second form, `machine_names!(Type, "what", all = &Type::ALL, name = Type::key)`,
/// uses a list and a `const fn(self) -> &'static str` the type already has.
/// A third, `machine_names!(Type, "what", values { (Type::A { flag: true }) => "a_flag", … })`,
/// names values that carry data but are finitely many.
macro_rules! machine_names {
    (@display $ty:ty) => {
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::lang::MachineName::machine_name(self))
            }
        }
        impl ::std::str::FromStr for $ty {
            type Err = $crate::lang::UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty as $crate::lang::MachineName>::from_machine_name(s)
            }
        }
    };
    ($ty:ty, $what:literal, { $($variant:path => $name:literal),+ $(,)? }) => {
        impl $crate::lang::MachineName for $ty {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$($variant),+];
            fn machine_name(&self) -> &'static str {
                match self {
                    $($variant => $name),+
                }
            }
        }
        $crate::lang::machine_names!(@display $ty);
    };
    ($ty:ty, $what:literal, values { $( ( $($v:tt)+ ) => $name:literal ),+ $(,)? }) => {
        impl $crate::lang::MachineName for $ty {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$($($v)+),+];
            fn machine_name(&self) -> &'static str {
                match self {
                    $($($v)+ => $name),+
                }
            }
        }
        $crate::lang::machine_names!(@display $ty);
    };
    ($ty:ty, $what:literal, all = $all:expr, name = $name:path) => {
        impl $crate::lang::MachineName for $ty {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = $all;
            fn machine_name(&self) -> &'static str {
                $name(*self)
            }
        }
        $crate::lang::machine_names!(@display $ty);
    };
}
pub(crate) use machine_names;

/// `Serialize` and `Deserialize` by the machine name, for a type whose values
/// carry data but are finitely many (e.g. an official's role with its
/// `deputy` flag), so that its serde name equals its `Display` (one name per
/// thing). Use beside [`machine_names!`].
#[cfg(feature = "serde")]
macro_rules! serde_by_machine_name {
    ($ty:ty) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::lang::MachineName::machine_name(self))
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                <$ty as $crate::lang::MachineName>::from_machine_name(&name)
                    .map_err(::serde::de::Error::custom)
            }
        }
        // The JSON Schema (feature `cli`): a string, one of the machine names.
        #[cfg(feature = "cli")]
        impl ::schemars::JsonSchema for $ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                let names: Vec<&'static str> =
                    <$ty as $crate::lang::MachineName>::ALL
                        .iter()
                        .map($crate::lang::MachineName::machine_name)
                        .collect();
                let what = <$ty as $crate::lang::MachineName>::WHAT;
                ::schemars::json_schema!({
                    "description": format!("The {what}, by its machine name."),
                    "type": "string",
                    "enum": names
                })
            }
        }
    };
}
#[cfg(feature = "serde")]
pub(crate) use serde_by_machine_name;

/// A message for a clerk, in Kazakh, Russian or English: every error and
/// every violation of the crate can be rendered through it, beside the
/// names ([`Named`]) and the explanations.
///
/// The message has ONE format in every language: `"<rule>: <what was wrong>;
/// <what to do>"`, the rule first and rendered in the language
/// ([`crate::law::Citation::render`]); without a rule, `"<what was wrong>;
/// <what to do>"`. Lower-case start, no final period. The English message
/// is the type's `Display`.
///
/// Implemented by every error of the crate and by
/// [`Violation`](crate::deadline::violation::Violation): the calendar's
/// ([`CalendarError`](crate::calendar::CalendarError),
/// [`UpdateError`](crate::calendar::UpdateError)), the terms'
/// ([`TermError`](crate::deadline::term::TermError)), the dates'
/// ([`DateError`](crate::date::DateError)), the schedules'
/// ([`schedule::ScheduleError`](crate::schedule::ScheduleError),
/// [`reception_schedule::ReceptionScheduleError`](crate::reception_schedule::ReceptionScheduleError)),
/// the case file's ([`CaseError`](crate::case::CaseError),
/// [`GuardError`](crate::case::GuardError),
/// [`CountError`](crate::case::CountError),
/// [`LoadError`](crate::case::format::LoadError),
/// [`PeriodError`](crate::case::PeriodError)), intake's, the applicant's,
/// the identification numbers', [`UnknownName`] and [`UnknownLang`].
/// Names inside a message (deadlines, events, holidays, roles) come from
/// the same [`Named`] tables as everywhere else, and dates are written as
/// the calendar writes them in the language
/// ([`fmt_date`](crate::calendar::fmt_date): `2026-03-26`, `26.03.2026`).
///
/// **For a new error type:** implement `message` with one `match` on
/// `(self, lang)`, and implement `Display` as
/// `f.write_str(&self.message(Lang::En))` (or, with thiserror,
/// `#[error("{}", self.message(Lang::En))]`) so that the two cannot
/// disagree; a type whose thiserror `Display` already has the format may
/// answer `Lang::En` with `self.to_string()`. An enum that wraps another
/// error delegates to the wrapped one's `message`. `src/localized_tests.rs`
/// renders every variant in the three languages and checks that the rule
/// comes first, the same in each.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Localized, identity::Iin};
/// let err = "85080830123".parse::<Iin>().unwrap_err();
/// assert_eq!(err.message(Lang::En), err.to_string());
/// assert!(err.message(Lang::Ru).starts_with("ИИН содержит 11 знаков"));
/// assert!(err.message(Lang::Kk).starts_with("ЖСН-де 11 таңба"));
/// ```
pub trait Localized {
    /// The message in `lang`.
    #[must_use]
    fn message(&self, lang: Lang) -> String;
}

impl Localized for UnknownName {
    /// The English message names the kind of value (`what`); the Kazakh and
    /// Russian ones quote the name given and list the accepted ones, since
    /// the accepted names are machine names, the same in every language.
    fn message(&self, lang: Lang) -> String {
        let accepted = self.accepted.join(", ");
        let given = &self.given;
        match lang {
            Lang::En => self.to_string(),
            Lang::Ru => format!("неизвестное значение {given:?}; укажите одно из: {accepted}"),
            Lang::Kk => format!("белгісіз мән {given:?}; мыналардың бірін көрсетіңіз: {accepted}"),
        }
    }
}

/// The part of a message after its rule: everything after the first `": "`
/// when the message has a rule (`has_rule`), else the whole message. Used
/// to put a wrapped error's text after the wrapper's own rule and context.
pub(crate) fn rest_after_rule(message: &str, has_rule: bool) -> &str {
    if has_rule {
        message.split_once(": ").map_or(message, |(_, rest)| rest)
    } else {
        message
    }
}

/// Russian plural form of a count: one (1, 21…), few (2–4, 22–24…), many.
pub(crate) fn ru_plural(
    n: u32,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=14) => many,
        (1, _) => one,
        (2..=4, _) => few,
        _ => many,
    }
}
