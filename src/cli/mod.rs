//! The library side of the command-line tool `kz-appeals` (feature `cli`),
//! for back offices written in Java, .NET, Python or anything that can run
//! a program and read JSON.
//!
//! ```text
//! cargo install kz-appeals --features cli
//! kz-appeals deadlines --received 2026-03-21 --reception 2026-05-12   # every deadline, and why
//! kz-appeals deadlines --received 2026-03-21 --answered-on 2026-04-20 --json
//! kz-appeals deadlines --received 2026-03-21 --reception 2026-05-12 --ics > request.ics
//! kz-appeals calendar 2026                     # days off with reasons, month grid
//! kz-appeals calendar 2026 --lang ru           # the same in Russian (kk, ru, en)
//! kz-appeals calendar 2026 --json              # one JSON object (schema/calendar.json)
//! kz-appeals calendar 2026 --ics > 2026.ics    # the days off, for Outlook or a phone
//! kz-appeals calendar 2027 --update order.json # a published order (YearOrders JSON) applied first
//! kz-appeals agenda cases.json --as-of 2026-12-01 --report 2026-Q4   # what is due, violations, п. 38
//! kz-appeals agenda - --as-of 2026-12-01 --json < cases.json
//! kz-appeals check-id 850808301235             # an IIN or a BIN: valid, or which part is wrong
//! kz-appeals schema deadlines                  # the JSON Schema of an output (as in schema/)
//! kz-appeals --batch < requests.jsonl          # JSON Lines in, one JSON result per line out
//! ```
//!
//! The `deadlines` and `agenda` examples of the repository run the same
//! code (`cargo run --features cli --example deadlines -- --received …`).
//!
//! Exit status: 0 success, 2 bad input (the message on standard error says
//! what was wrong and what to do, then the subcommand's usage), 1 when the
//! output cannot be written. A closed pipe (`| head`) is not an error. The
//! tool never panics on input. A late act is not bad input: `deadlines`
//! and `agenda` list it among the violations with status 0. `check-id`
//! answers an invalid number on standard output and exits 2; `--batch`
//! exits 2 when any line was answered with an error object. Dates are
//! exactly `YYYY-MM-DD` everywhere, flags and batch lines alike; a flag
//! given twice is an error.
//!
//! # Subcommands and their JSON
//! Each subcommand is one module here with the same four parts, so that
//! nothing is parsed twice and the batch mode, the flags and the JSON Schema
//! always agree:
//! - a `Query`: the input, both the subcommand's flags (`clap::Args`) and
//!   its line in `--batch` (serde, unknown fields refused). Where a flag
//!   names a file (`calendar --update FILE`, `agenda FILE`), the flags are
//!   an `Args` beside the `Query`, and the batch line carries the file's
//!   JSON itself;
//! - an `Output`: the result, serialized as the subcommand's `--json` and
//!   as the `result` of a batch line, with its JSON Schema published in
//!   `schema/` ([`schema::published`]);
//! - `run(cal, &query) -> Result<Output, CliError>`: pure, no I/O;
//! - `text`: the human-readable rendering (from the output, or, where it
//!   explains with the calendar's sentences, from the calendar and the
//!   query: `text(cal, &query)`).
//!
//! | subcommand | query | output | schema |
//! |---|---|---|---|
//! | `deadlines --received DATE …` | [`deadlines::Query`] | [`deadlines::Output`] | `schema/deadlines.json` |
//! | `calendar YEAR` | [`calendar::Query`] | [`calendar::Output`] | `schema/calendar.json` |
//! | `agenda FILE --as-of DATE` | [`agenda::Query`] (FILE: `schema/case_file.json`) | [`agenda::Output`] | `schema/agenda.json` |
//! | `evaluate FILE --as-of DATE` | [`evaluate::Query`] (FILE: `schema/case_file.json`) | [`evaluate::Output`] | `schema/evaluate.json` |
//! | `check-id NUMBER` | [`check_id::Query`] | [`check_id::Output`] | `schema/check_id.json` |
//! | `--batch` | [`batch::Line`] per line | [`batch::Answer`] per line | `schema/batch_line.json`, `schema/batch_answer.json` |
//!
//! `deadlines --received 2026-03-21 --answered-on 2026-04-20 --json`
//! (registered Thu 26 March after Nauryz, п. 21; the answer due Thu 16
//! April, п. 25, given on Mon 20 April: 2 working days late). Flags:
//! `--received` (required), `--letter-until`, `--extended-on`,
//! `--answered-on`, `--reception`, `--refusal-on`, `--hearing-notice-sent`,
//! `--correction-until` (dates), `--forward`, `--lang kk|ru|en`, `--json`
//! or `--ics`:
//! ```json
//! {"received":"2026-03-21","registered":"2026-03-26","response_due":"2026-04-16","extension_30_days_due":"2026-04-27",
//!  "date_notice_due_after_answer":"2026-04-22","deemed_refusal_from":"2026-04-17","provisional":false,
//!  "registration":{"rules":["п. 21","APPC art. 64(3)"],"provisional":false,"passed_over":[{"date":"2026-03-21","weekday":"Saturday","reason":"Nauryz, …","provisional":false},…]},
//!  "deadlines":[{"key":"response_due","name":"answer to the applicant","date":"2026-04-16","weekday":"Thursday","term":"15 working days after 2026-03-26","from":"2026-03-26","rules":["п. 25","APPC art. 76(2)","Civil Code art. 173"],"moved_from":null,"reading":null,"provisional":false,"passed_over":[…]},…],
//!  "violations":[{"deadline":"response_due","due":"2026-04-16","on":"2026-04-20","late_by_working_days":2}]}
//! ```
//! `calendar 2026 --json`:
//! ```json
//! {"year":2026,"status":"official","non_working_weekdays":["2026-01-01","2026-01-02","…"],"working_weekend_days":[]}
//! ```
//! `agenda cases.json --as-of 2026-04-20 --report 2026-Q2 --json`, FILE
//! holding one request registered Thu 26 March 2026
//! (`{"version": 1, "cases": [{"id": "A-1", "events": [{"on": "2026-03-26",
//! "event": "registered"}]}]}`, see [`crate::case::format`]). Flags: FILE
//! (`-` for standard input), `--as-of` (required), `--within N` (working
//! days ahead, default 3), `--report` (`2026-Q2` or
//! `2026-04-01..2026-06-30`), `--lang`, `--json`:
//! ```json
//! {"as_of":"2026-04-20","agenda":[{"case":"A-1","deadline":"response_due","due":"2026-04-16","state":"overdue","working_days":2}],
//!  "violations":[{"case":"A-1","deadline":"response_due","due":"2026-04-16","on":null,"late_by_working_days":2}],
//!  "report":{"period":"2026-04-01..2026-04-20","received":0,"registered":0,…,"violations_by_rule":{"APPC art. 76":1},"outcomes":{…,"open":0}}}
//! ```
//! `check-id 850808301234 --json`:
//! ```json
//! {"number":"850808301234","valid":false,"kind":"iin","error":{"part":"check_digit","message":"the check digit (12th) of the IIN is 4, but digits 1-11 give 5; …"}}
//! ```
//! `--batch`, one line in, one line out, in order; a bad line gives an
//! error object with its line number and the batch goes on. A line's
//! `"kind"` is the subcommand's machine name (`deadlines`, `calendar`,
//! `agenda`, `check_id`), its other fields the query's. An `agenda` line
//! carries the case files inline as `"file"`, not a path: a line is
//! answered from the line alone (see [`agenda`]).
//! ```text
//! {"kind":"check_id","number":"850808301235"}   →  {"kind":"check_id","line":1,"result":{"number":"850808301235","valid":true,…}}
//! {"kind":"calendar","year":2017}               →  {"kind":"error","line":2,"error":{"message":"2017 is not covered: …"}}
//! {"kind":"deadlines","received":"2026-03-21","answered_on":"2026-04-20"}
//!                                               →  {"kind":"deadlines","line":3,"result":{"received":"2026-03-21",…,"violations":[…]}}
//! {"kind":"agenda","as_of":"2026-04-20","file":{"version":1,"cases":[…]}}
//!                                               →  {"kind":"agenda","line":4,"result":{"as_of":"2026-04-20","agenda":[…],"violations":[…]}}
//! ```
//!
//! # Adding a subcommand
//! A new subcommand plugs in the same way: a module with `Query`, `Output`,
//! `run` and `text`; one variant in [`Command`], [`batch::Line`] and
//! [`batch::Answer`]; one name in [`SUBCOMMANDS`]; one line in
//! [`schema::published`] and [`Command::execute`]. A subcommand that
//! exports dates builds its `--ics` from [`ics::AllDay`] events with
//! [`ics::file`]. The tests of `tests/cli*.rs` then cover the new
//! subcommand's batch line and schema with a sample each.

pub mod agenda;
pub mod batch;
pub mod calendar;
pub mod check_id;
pub mod deadlines;
mod error;
pub mod evaluate;
pub mod ics;
pub mod judged;
pub mod main;
pub mod schema;
pub mod strict_json;

pub use error::{CliError, Message};

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
    /// Each case file measured on a date: stage, every deadline with its
    /// state, violations, next action, deemed refusal.
    Evaluate(evaluate::Args),
    /// Check an IIN or a BIN: valid, or which part is wrong.
    CheckId(check_id::Args),
    /// Print the JSON Schema of a subcommand's output or of a batch line.
    Schema(schema::Args),
}

/// The subcommands' names, as typed.
pub const SUBCOMMANDS: [&str; 6] = [
    "deadlines",
    "calendar",
    "agenda",
    "evaluate",
    "check-id",
    "schema",
];

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

/// Serializes `value` as one line of JSON, with its line break: the text
/// of every `--json` output and batch answer, so that another front end
/// (the HTTP service `kz-appeals-server`) writes the same bytes.
///
/// # Errors
/// [`CliError::Output`] when `value` cannot be serialized.
///
/// # Example
/// ```
/// use kz_appeals::cli::json_line;
/// assert_eq!(json_line(&serde_json::json!({"a": 1}))?, "{\"a\":1}\n");
/// # Ok::<(), kz_appeals::cli::CliError>(())
/// ```
pub fn json_line<T: serde::Serialize>(value: &T) -> Result<String, CliError> {
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
                    CliError::bad_input(format!(
                        "the case files of {} were not read; pass their text",
                        args.file.display()
                    ))
                })?;
                agenda::execute(cal, args, file)
            }
            Command::Evaluate(args) => {
                let file = file.ok_or_else(|| {
                    CliError::bad_input(format!(
                        "the case files of {} were not read; pass their text",
                        args.file.display()
                    ))
                })?;
                evaluate::execute(cal, args, file)
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
            Command::Evaluate(args) => Some(&args.file),
            _ => None,
        }
    }

    /// The language the command answers in (`--lang`, English when the
    /// subcommand has none): its output and its error messages.
    ///
    /// # Example
    /// ```
    /// use clap::Parser;
    /// use kz_appeals::{Lang, cli::Cli};
    /// let cli = Cli::try_parse_from(["kz-appeals", "calendar", "2026", "--lang", "kk"])?;
    /// assert_eq!(cli.command.unwrap().lang(), Lang::Kk);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn lang(&self) -> Lang {
        match self {
            Command::Deadlines(args) => args.query.lang,
            Command::Calendar(args) => args.lang.lang,
            Command::Agenda(args) => args.lang,
            Command::Evaluate(args) => args.lang,
            Command::CheckId(args) => args.lang.lang,
            Command::Schema(_) => Lang::En,
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
            Command::Evaluate(_) => "evaluate",
            Command::CheckId(_) => "check-id",
            Command::Schema(_) => "schema",
        }
    }
}

/// `text` without a UTF-8 byte order mark at its start: what Windows
/// editors (Notepad, Excel's "CSV UTF-8", 1C) put before the JSON. Every
/// input of the tool goes through it: a batch's first line, an `--update`
/// file, a case file (and the HTTP service's bodies).
///
/// # Example
/// ```
/// use kz_appeals::cli::without_bom;
/// assert_eq!(without_bom("\u{feff}{\"year\": 2027}"), "{\"year\": 2027}");
/// assert_eq!(without_bom("{}"), "{}");
/// assert_eq!(without_bom("{\u{feff}}"), "{\u{feff}}"); // only at the start
/// ```
#[must_use]
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
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
            .map_err(|e| CliError::from_localized(&e).context("the update cannot be applied")),
    }
}

/// The language flag shared by the subcommands.
#[derive(Debug, Clone, clap::Args)]
pub struct LangArg {
    /// The language of the text output: kk (Kazakh), ru (Russian) or en.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
}

/// A language flag's value; the error keeps its three languages (a usage
/// error is shown in the language asked for).
pub(crate) fn parse_lang(s: &str) -> Result<Lang, crate::UnknownName> {
    crate::lang::MachineName::from_machine_name(s)
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
