//! The tool's errors: bad input (exit status 2) or an output that cannot be
//! made or written (exit status 1).

use crate::lang::{Lang, Localized};

/// Why a command failed, in the crate's one message format (`"<what was
/// wrong>; <what to do>"`, the rule first where there is one), in the three
/// languages: the library's errors keep their Kazakh and Russian messages
/// ([`Localized`]) all the way to the tool's standard error and batch error
/// objects.
///
/// # Example
/// ```
/// use kz_appeals::cli::CliError;
/// use kz_appeals::{Lang, Localized};
/// let err = CliError::bad_input("2017 is not covered; give a year from 2018 to 2035");
/// assert_eq!(err.exit_status(), 2);
/// assert_eq!(err.to_string(), "2017 is not covered; give a year from 2018 to 2035");
///
/// // A library error, with the context the tool adds, in Russian.
/// let e = kz_appeals::register(&kz_appeals::Calendar::kazakhstan(),
///     chrono::NaiveDate::from_ymd_opt(2040, 1, 1).unwrap()).unwrap_err();
/// let err = CliError::from_localized(&e).context("--received");
/// assert!(err.message(Lang::Ru).starts_with("--received: "));
/// assert_ne!(err.message(Lang::Ru), err.message(Lang::En));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CliError {
    /// Input the tool cannot use: exit status 2.
    BadInput(Message),
    /// The output cannot be made or written: exit status 1.
    Output(String),
}

/// A message in Kazakh, Russian and English.
///
/// The tool's own messages (a file that cannot be read, a usage error) are
/// in English and read the same in every language; the library's errors
/// carry their own three ([`Localized`]).
///
/// # Example
/// ```
/// use kz_appeals::cli::Message;
/// use kz_appeals::Lang;
/// let m = Message::from("no subcommand given; run kz-appeals --help");
/// assert_eq!(m.get(Lang::Kk), m.get(Lang::En));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    kk: String,
    ru: String,
    en: String,
}

impl Message {
    /// The message of `e` in each language.
    #[must_use]
    pub fn localized(e: &impl Localized) -> Self {
        Message {
            kk: e.message(Lang::Kk),
            ru: e.message(Lang::Ru),
            en: e.message(Lang::En),
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }

    /// The message with `what` (the flag, the case, the line the tool was
    /// reading) in front: `"<what>: <message>"`, in every language.
    #[must_use]
    pub fn context(self, what: &str) -> Self {
        let with = |m: String| format!("{what}: {m}");
        Message {
            kk: with(self.kk),
            ru: with(self.ru),
            en: with(self.en),
        }
    }
}

impl From<String> for Message {
    fn from(m: String) -> Self {
        Message {
            kk: m.clone(),
            ru: m.clone(),
            en: m,
        }
    }
}

impl From<&str> for Message {
    fn from(m: &str) -> Self {
        Message::from(m.to_owned())
    }
}

impl CliError {
    /// Bad input described by the tool itself, the same words in every
    /// language.
    #[must_use]
    pub fn bad_input(message: impl Into<Message>) -> Self {
        CliError::BadInput(message.into())
    }

    /// Bad input that a library error describes, in its three languages.
    #[must_use]
    pub fn from_localized(e: &impl Localized) -> Self {
        CliError::BadInput(Message::localized(e))
    }

    /// The error with `what` in front of its message ([`Message::context`]).
    #[must_use]
    pub fn context(self, what: &str) -> Self {
        match self {
            CliError::BadInput(m) => CliError::BadInput(m.context(what)),
            CliError::Output(m) => CliError::Output(format!("{what}: {m}")),
        }
    }

    /// 2 for bad input, 1 for an output failure.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::cli::CliError;
    /// assert_eq!(CliError::Output("disk full".into()).exit_status(), 1);
    /// ```
    #[must_use]
    pub const fn exit_status(&self) -> u8 {
        match self {
            CliError::BadInput(_) => 2,
            CliError::Output(_) => 1,
        }
    }
}

impl Localized for CliError {
    /// The library's errors in `lang`; the tool's own words in English.
    fn message(&self, lang: Lang) -> String {
        match self {
            CliError::BadInput(m) => m.get(lang).to_owned(),
            CliError::Output(m) => {
                format!("the output cannot be written: {m}; check the disk or the pipe")
            }
        }
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CliError {}
