//! The tool's errors: bad input (exit status 2) or an output that cannot be
//! made or written (exit status 1).

use crate::lang::{Lang, Localized};

/// Why a command failed, in the crate's one message format (`"<what was
/// wrong>; <what to do>"`, the rule first where there is one).
///
/// # Example
/// ```
/// use kz_appeals::cli::CliError;
/// let err = CliError::BadInput("2017 is not covered; give a year from 2018 to 2035".into());
/// assert_eq!(err.exit_status(), 2);
/// assert_eq!(err.to_string(), "2017 is not covered; give a year from 2018 to 2035");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CliError {
    /// Input the tool cannot use: exit status 2.
    BadInput(String),
    /// The output cannot be made or written: exit status 1.
    Output(String),
}

impl CliError {
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
    /// The tool's own messages are in English; the library's errors they
    /// wrap are rendered in `lang` where they implement [`Localized`].
    fn message(&self, _lang: Lang) -> String {
        match self {
            CliError::BadInput(m) => m.clone(),
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
