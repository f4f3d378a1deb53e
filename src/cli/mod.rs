//! The library side of the command-line tool `kz-appeals` (feature `cli`),
//! for back offices written in Java, .NET, Python or anything that can run
//! a program and read JSON.
//!
//! ```text
//! cargo install kz-appeals --features cli
//! kz-appeals calendar 2026                     # days off with reasons, month grid
//! kz-appeals calendar 2026 --lang ru           # the same in Russian (kk, ru, en)
//! kz-appeals calendar 2026 --json              # one JSON object (schema/calendar.json)
//! kz-appeals calendar 2026 --ics > 2026.ics    # the days off, for Outlook or a phone
//! kz-appeals calendar 2027 --update order.json # a published order (YearOrders JSON) applied first
//! kz-appeals check-id 850808301235             # an IIN or a BIN: valid, or which part is wrong
//! kz-appeals --batch < requests.jsonl          # JSON Lines in, one JSON result per line out
//! ```
//!
//! Exit status: 0 success, 2 bad input (the message on standard error says
//! what was wrong and what to do), 1 when the output cannot be written. A
//! closed pipe (`| head`) is not an error. The tool never panics on input.
//! `check-id` answers an invalid number on standard output and exits 2;
//! `--batch` exits 2 when any line was answered with an error object.
//!
//! # Subcommands and their JSON
//! Each subcommand is one module here with the same four parts, so that
//! nothing is parsed twice and the batch mode, the flags and the JSON Schema
//! always agree:
//! - a `Query`: the input, both the subcommand's flags (`clap::Args`) and
//!   its line in `--batch` (serde, unknown fields refused);
//! - an `Output`: the result, serialized as the subcommand's `--json` and
//!   as the `result` of a batch line, with its JSON Schema published in
//!   `schema/` ([`schema::published`]);
//! - `run(cal, &query) -> Result<Output, CliError>`: pure, no I/O;
//! - `text(&output, lang)`: the human-readable rendering.
//!
//! | subcommand | query | output | schema |
//! |---|---|---|---|
//! | `calendar YEAR` | [`calendar::Query`] | [`calendar::Output`] | `schema/calendar.json` |
//! | `check-id NUMBER` | [`check_id::Query`] | [`check_id::Output`] | `schema/check_id.json` |
//! | `--batch` | [`batch::Line`] per line | [`batch::Answer`] per line | `schema/batch_line.json`, `schema/batch_answer.json` |
//!
//! `calendar 2026 --json`:
//! ```json
//! {"year":2026,"status":"official","non_working_weekdays":["2026-01-01","2026-01-02","…"],"working_weekend_days":[]}
//! ```
//! `check-id 850808301234 --json`:
//! ```json
//! {"number":"850808301234","valid":false,"kind":"iin","error":{"part":"check_digit","message":"the check digit (12th) of the IIN is 4, but digits 1-11 give 5; …"}}
//! ```
//! `--batch`, one line in, one line out, in order; a bad line gives an
//! error object with its line number and the batch goes on:
//! ```text
//! {"kind":"check_id","number":"850808301235"}   →  {"kind":"check_id","line":1,"result":{"number":"850808301235","valid":true,…}}
//! {"kind":"calendar","year":2017}               →  {"kind":"error","line":2,"error":{"message":"2017 is not covered: …"}}
//! {"kind":"calendar","year":2026}               →  {"kind":"calendar","line":3,"result":{"year":2026,…}}
//! ```
//!
//! # Adding a subcommand
//! The `deadlines` and `agenda` subcommands plug in the same way: a module
//! with `Query`, `Output`, `run` and `text`; one variant in [`Command`],
//! [`batch::Line`] and [`batch::Answer`]; one line in [`schema::published`]
//! and [`Command::execute`]. A subcommand that exports dates builds its
//! `--ics` from [`ics::AllDay`] events with [`ics::file`]. The tests of
//! `tests/cli*.rs` then cover the new subcommand's batch line and schema
//! with a sample each.

pub mod agenda;
pub mod batch;
pub mod calendar;
pub mod check_id;
pub mod deadlines;
mod error;
pub mod ics;
pub mod main;
pub mod schema;

pub use error::CliError;

use clap::{Parser, Subcommand};

use crate::calendar::{Calendar, YearOrders};
use crate::lang::Lang;

/// The command line: a subcommand, or `--batch`.
///
/// # Example
/// ```
/// use clap::Parser;
/// use kz_appeals::cli::{Cli, Command};
/// let cli = Cli::try_parse_from(["kz-appeals", "check-id", "850808301235", "--json"])?;
/// assert!(matches!(cli.command, Some(Command::CheckId(_))));
/// assert!(Cli::try_parse_from(["kz-appeals", "--batch", "check-id", "1"]).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Parser)]
#[command(
    name = "kz-appeals",
    version,
    about = "The Almaty region's regulation on personal reception (No. 105 of 21.04.2025) on the official Kazakhstan working-day calendar",
    long_about = None,
    arg_required_else_help = true,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Read JSON Lines on standard input (one query per line, with its
    /// "kind") and write one JSON result per line, in order.
    #[arg(long)]
    pub batch: bool,
    /// The subcommand.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A subcommand.
#[derive(Debug, Subcommand)]
#[non_exhaustive]
pub enum Command {
    /// Every deadline of an appeal, and why: a table, JSON or iCalendar.
    Deadlines(deadlines::Args),
    /// A year of the working-day calendar: days off with their reasons and a
    /// month grid, or JSON, or iCalendar.
    Calendar(calendar::Args),
    /// The agenda of case files on a date (overdue, due today, due soon),
    /// the violations so far, and the report of п. 38.
    Agenda(agenda::Args),
    /// Check an IIN or a BIN: valid, or which part is wrong.
    CheckId(check_id::Args),
    /// Print the JSON Schema of a subcommand's output or of a batch line.
    Schema(schema::Args),
}

/// The subcommands' names, as typed.
pub const SUBCOMMANDS: [&str; 5] = ["deadlines", "calendar", "agenda", "check-id", "schema"];

/// How to write a subcommand's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Text for people.
    Text,
    /// One JSON object.
    Json,
    /// iCalendar (RFC 5545).
    Ics,
}

/// What a command gives: the text to write to standard output and the exit
/// status (0, or 2 when the answer itself is "bad input", as an invalid
/// number for `check-id`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Printed {
    /// Standard output.
    pub stdout: String,
    /// Standard error (a short message for people), if any.
    pub stderr: Option<String>,
    /// The exit status.
    pub status: u8,
}

impl Printed {
    fn ok(stdout: String) -> Self {
        Printed {
            stdout,
            stderr: None,
            status: 0,
        }
    }
}

/// Serializes `value` as one line of JSON.
pub(crate) fn json_line<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
    let mut s = serde_json::to_string(value).map_err(|e| CliError::Output(e.to_string()))?;
    s.push('\n');
    Ok(s)
}

impl Command {
    /// Runs the command on `cal`. `file` is the text of the file the
    /// command names ([`Command::input_file`]: `calendar --update FILE`,
    /// `agenda FILE`), read by the caller (the library does no I/O). Pure:
    /// the same input gives the same output.
    ///
    /// # Errors
    /// [`CliError::BadInput`] (exit status 2) for input the tool cannot
    /// use, a missing file among it; [`CliError::Output`] (exit status 1)
    /// when the output cannot be made.
    ///
    /// # Example
    /// ```
    /// use clap::Parser;
    /// use kz_appeals::{Calendar, cli::Cli};
    /// let cli = Cli::try_parse_from(["kz-appeals", "calendar", "2026", "--json"])?;
    /// let printed = cli.command.unwrap().execute(&Calendar::kazakhstan(), None)?;
    /// assert!(printed.stdout.starts_with(r#"{"year":2026,"status":"official","#));
    /// let cli = Cli::try_parse_from(["kz-appeals", "agenda", "cases.json", "--as-of", "2026-12-01", "--json"])?;
    /// let printed = cli.command.unwrap().execute(&Calendar::kazakhstan(), Some(r#"{"version": 1, "cases": []}"#))?;
    /// assert_eq!(printed.stdout, "{\"as_of\":\"2026-12-01\",\"agenda\":[],\"violations\":[]}\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn execute(&self, cal: &Calendar, file: Option<&str>) -> Result<Printed, CliError> {
        match self {
            Command::Deadlines(args) => deadlines::execute(cal, args),
            Command::Calendar(args) => {
                let update = file.map(calendar::parse_update).transpose()?;
                calendar::execute(cal, args, update)
            }
            Command::Agenda(args) => {
                let file = file.ok_or_else(|| {
                    CliError::BadInput(format!(
                        "the case files of {} were not read; pass their text",
                        args.file.display()
                    ))
                })?;
                agenda::execute(cal, args, file)
            }
            Command::CheckId(args) => check_id::execute(args),
            Command::Schema(args) => schema::execute(args),
        }
    }

    /// The file the command reads, which the caller reads and passes to
    /// [`Command::execute`]: `calendar --update FILE` or `agenda FILE` (`-`
    /// for standard input).
    ///
    /// # Example
    /// ```
    /// use clap::Parser;
    /// use kz_appeals::cli::Cli;
    /// let cli = Cli::try_parse_from(["kz-appeals", "calendar", "2027", "--update", "order.json"])?;
    /// assert_eq!(cli.command.unwrap().input_file(), Some(std::path::Path::new("order.json")));
    /// let cli = Cli::try_parse_from(["kz-appeals", "agenda", "-", "--as-of", "2026-12-01"])?;
    /// assert_eq!(cli.command.unwrap().input_file(), Some(std::path::Path::new("-")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn input_file(&self) -> Option<&std::path::Path> {
        match self {
            Command::Calendar(args) => args.update.as_deref(),
            Command::Agenda(args) => Some(&args.file),
            _ => None,
        }
    }

    /// The subcommand's name, as typed (`"deadlines"`, `"check-id"`): one
    /// of [`SUBCOMMANDS`].
    #[must_use]
    pub const fn name(&self) -> &'static str {
        match self {
            Command::Deadlines(_) => "deadlines",
            Command::Calendar(_) => "calendar",
            Command::Agenda(_) => "agenda",
            Command::CheckId(_) => "check-id",
            Command::Schema(_) => "schema",
        }
    }
}

/// The calendar with `update` applied, or the calendar as it is.
pub(crate) fn updated<'c>(
    cal: &'c Calendar,
    update: Option<&YearOrders>,
) -> Result<std::borrow::Cow<'c, Calendar>, CliError> {
    match update {
        None => Ok(std::borrow::Cow::Borrowed(cal)),
        Some(orders) => cal
            .with_update(orders)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| CliError::BadInput(format!("the update cannot be applied: {e}"))),
    }
}

/// The language flag shared by the subcommands.
#[derive(Debug, Clone, clap::Args)]
pub struct LangArg {
    /// The language of the text output: kk (Kazakh), ru (Russian) or en.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
}

pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    crate::lang::MachineName::from_machine_name(s).map_err(|e: crate::UnknownName| e.to_string())
}

/// A line of a comfy-table without borders, without the padding of its
/// first and last cells.
pub(crate) fn table_line(line: &str) -> &str {
    line.strip_prefix(' ').unwrap_or(line).trim_end()
}

/// A date flag: exactly `YYYY-MM-DD` ([`crate::date::parse_date`]).
pub(crate) fn parse_date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::date::parse_date(s).map_err(|e| e.to_string())
}

/// Dates in a `--batch` line read as strictly as on the command line:
/// exactly `YYYY-MM-DD`.
pub(crate) use crate::date::strict as strict_date;
