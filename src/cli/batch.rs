//! `kz-appeals --batch`: JSON Lines on standard input, one JSON answer per
//! line on standard output, in order.
//!
//! Each input line is one query with its `"kind"` (the subcommand's machine
//! name) and the subcommand's fields ([`Line`]). Each answer carries the
//! same `"kind"`, the line number (counted from 1, as an editor counts) and
//! the subcommand's `--json` output as `"result"` ([`Answer`]). A line that
//! is not valid JSON, names an unknown kind or field, or asks for something
//! the tool cannot give, is answered with `{"kind": "error", "line": N,
//! "error": {"message": …}}`, and the batch goes on. Blank lines are
//! skipped (their numbers still count).
//!
//! The exit status is 0 when every line got a result, 2 when any line got an
//! error object, 1 when the output cannot be written.
//!
//! ```text
//! $ printf '%s\n' '{"kind":"check_id","number":"850808301235"}' '{"kind":"calendar","year":2017}' | kz-appeals --batch
//! {"kind":"check_id","line":1,"result":{"number":"850808301235","valid":true,"kind":"iin","iin":{"birth_date":"1985-08-08","sex":"male"}}}
//! {"kind":"error","line":2,"error":{"message":"2017 is not covered: …; give a year from 2018 to 2035"}}
//! ```

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::{
    CliError, Message, agenda, calendar, check_id, deadlines, evaluate, json_line, parse_lang,
};
use crate::calendar::Calendar;
use crate::lang::{Lang, Localized};

/// One line of input: a query, tagged with its subcommand's machine name.
///
/// # Example
/// ```
/// use kz_appeals::cli::batch::Line;
/// let line: Line = serde_json::from_str(r#"{"kind": "calendar", "year": 2026}"#)?;
/// assert!(matches!(line, Line::Calendar(_)));
/// assert!(serde_json::from_str::<Line>(r#"{"kind": "calendar", "year": 2026, "yera": 1}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[schemars(
    description = "One line of `kz-appeals --batch` input: a query with its subcommand's machine name as \"kind\"."
)]
#[non_exhaustive]
pub enum Line {
    /// `deadlines`.
    Deadlines(deadlines::Query),
    /// `calendar`.
    Calendar(calendar::Query),
    /// `agenda`, with the case files inline as `"file"`.
    Agenda(agenda::Query),
    /// `evaluate`, with the case files inline as `"file"`.
    Evaluate(evaluate::Query),
    /// `check-id`.
    CheckId(check_id::Query),
}

/// Why a line got no result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LineError {
    /// What was wrong and what to do.
    pub message: String,
}

/// One line of output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(
    description = "One line of `kz-appeals --batch` output: the result of the input line of that number, or an error object."
)]
#[non_exhaustive]
pub enum Answer {
    /// The answer to a `deadlines` line.
    Deadlines {
        /// The input line's number, from 1.
        line: u64,
        /// As `deadlines … --json`.
        result: deadlines::Output,
    },
    /// The answer to a `calendar` line.
    Calendar {
        /// The input line's number, from 1.
        line: u64,
        /// As `calendar YEAR --json`.
        result: calendar::Output,
    },
    /// The answer to an `agenda` line.
    Agenda {
        /// The input line's number, from 1.
        line: u64,
        /// As `agenda FILE --as-of DATE --json`.
        result: agenda::Output,
    },
    /// The answer to an `evaluate` line.
    Evaluate {
        /// The input line's number, from 1.
        line: u64,
        /// As `evaluate FILE --as-of DATE --json`.
        result: evaluate::Output,
    },
    /// The answer to a `check_id` line.
    CheckId {
        /// The input line's number, from 1.
        line: u64,
        /// As `check-id NUMBER --json`.
        result: check_id::Output,
    },
    /// A line that got no result.
    Error {
        /// The input line's number, from 1.
        line: u64,
        /// What was wrong.
        error: LineError,
    },
}

impl Answer {
    /// The input line's number.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::cli::batch::{Answer, LineError};
    /// let a = Answer::Error { line: 3, error: LineError { message: "x; y".into() } };
    /// assert_eq!(a.line(), 3);
    /// ```
    #[must_use]
    pub const fn line(&self) -> u64 {
        match self {
            Answer::Deadlines { line, .. }
            | Answer::Calendar { line, .. }
            | Answer::Agenda { line, .. }
            | Answer::Evaluate { line, .. }
            | Answer::CheckId { line, .. }
            | Answer::Error { line, .. } => *line,
        }
    }
}

/// The answer to one input line (its text, without the line break).
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::batch::{Answer, answer}};
/// let cal = Calendar::kazakhstan();
/// assert!(matches!(answer(&cal, 1, r#"{"kind":"check_id","number":"850808301235"}"#), Answer::CheckId { line: 1, .. }));
/// assert!(matches!(answer(&cal, 2, "{oops"), Answer::Error { line: 2, .. }));
/// ```
#[must_use]
pub fn answer(cal: &Calendar, line: u64, text: &str) -> Answer {
    let error = |message: String| Answer::Error {
        line,
        error: LineError { message },
    };
    let query: Line = match serde_json::from_str(text) {
        Ok(q) => q,
        Err(e) => {
            // In the line's own "lang", if it has one that can be read.
            let lang = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .and_then(|v| v.get("lang")?.as_str().and_then(|l| parse_lang(l).ok()))
                .unwrap_or(Lang::En);
            let m = Message::json(&e);
            let m = m.get(lang);
            return error(match lang {
                Lang::Kk => format!(
                    "{line}-жол сұрау емес: {m}; \"kind\" өрісі (deadlines, calendar, agenda, \
                     evaluate, check_id) және сол ішкі команданың өрістері бар бір JSON объектісін беріңіз"
                ),
                Lang::Ru => format!(
                    "строка {line} не является запросом: {m}; укажите один объект JSON с полем \
                     \"kind\" (deadlines, calendar, agenda, evaluate, check_id) и полями этой подкоманды"
                ),
                Lang::En => format!(
                    "line {line} is not a query: {m}; give one JSON object with a \"kind\" \
                     (deadlines, calendar, agenda, evaluate, check_id) and that subcommand's fields"
                ),
            });
        }
    };
    match query {
        Line::Deadlines(q) => match deadlines::run(cal, &q) {
            Ok(result) => Answer::Deadlines { line, result },
            Err(e) => error(e.message(q.lang)),
        },
        Line::Calendar(q) => match calendar::run(cal, &q) {
            Ok(result) => Answer::Calendar { line, result },
            Err(e) => error(e.to_string()),
        },
        Line::Agenda(q) => match agenda::run(cal, &q) {
            Ok(result) => Answer::Agenda { line, result },
            Err(e) => error(e.message(q.lang)),
        },
        Line::Evaluate(q) => match evaluate::run(cal, &q) {
            Ok(result) => Answer::Evaluate { line, result },
            Err(e) => error(e.message(q.lang)),
        },
        Line::CheckId(q) => Answer::CheckId {
            line,
            result: check_id::run(&q),
        },
    }
}

/// The answer to one input line as read, its line break included: `None`
/// for a blank line (skipped, its number still counts), an error object
/// for a line that is not UTF-8. [`run`] answers each line with it, and so
/// does any other front end (the HTTP service's `POST /v1/batch`).
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::batch::{Answer, answer_bytes}};
/// let cal = Calendar::kazakhstan();
/// assert!(answer_bytes(&cal, 1, b"  \r\n").is_none());
/// assert!(matches!(answer_bytes(&cal, 2, b"\xff\n"), Some(Answer::Error { line: 2, .. })));
/// // A byte order mark before the first line is not an error.
/// let bom = "\u{feff}{\"kind\":\"check_id\",\"number\":\"850808301235\"}\n";
/// assert!(matches!(answer_bytes(&cal, 1, bom.as_bytes()), Some(Answer::CheckId { .. })));
/// ```
#[must_use]
pub fn answer_bytes(cal: &Calendar, line: u64, bytes: &[u8]) -> Option<Answer> {
    // A byte order mark at the start of the input (Windows editors).
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) if line == 1 => rest,
        _ => bytes,
    };
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => None,
        Ok(text) => Some(answer(cal, line, text.trim_end_matches(['\n', '\r']))),
        Err(e) => Some(Answer::Error {
            line,
            error: LineError {
                message: format!("line {line} is not UTF-8 text: {e}; give UTF-8 JSON Lines"),
            },
        }),
    }
}

/// What a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[must_use]
pub struct Summary {
    /// Lines answered with a result.
    pub results: u64,
    /// Lines answered with an error object.
    pub errors: u64,
}

impl Summary {
    /// 0 when every line got a result, 2 when any got an error object.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::cli::batch::Summary;
    /// assert_eq!(Summary { results: 3, errors: 0 }.exit_status(), 0);
    /// assert_eq!(Summary { results: 3, errors: 1 }.exit_status(), 2);
    /// ```
    #[must_use]
    pub const fn exit_status(&self) -> u8 {
        if self.errors == 0 { 0 } else { 2 }
    }
}

/// Answers every line of `input` on `output`, in order, one line each,
/// flushing after each answer so that a caller can pipe requests through
/// one process.
///
/// # Errors
/// [`CliError::Output`] when `output` cannot be written (a bad line is not
/// an error: it is answered).
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::batch::run};
/// let input = "{\"kind\":\"check_id\",\"number\":\"080440001234\"}\nnot json\n";
/// let mut out = Vec::new();
/// let summary = run(&Calendar::kazakhstan(), input.as_bytes(), &mut out)?;
/// assert_eq!((summary.results, summary.errors), (1, 1));
/// let text = String::from_utf8(out)?;
/// assert!(text.lines().nth(1).unwrap().starts_with(r#"{"kind":"error","line":2,"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run(
    cal: &Calendar,
    mut input: impl BufRead,
    output: &mut impl Write,
) -> Result<Summary, CliError> {
    let mut summary = Summary::default();
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let read = input.read_until(b'\n', &mut buf).map_err(|e| {
            CliError::bad_input(format!(
                "standard input cannot be read: {e}; give JSON Lines"
            ))
        })?;
        if read == 0 {
            break;
        }
        line_no = line_no.saturating_add(1);
        let Some(answer) = answer_bytes(cal, line_no, &buf) else {
            continue;
        };
        match answer {
            Answer::Error { .. } => summary.errors = summary.errors.saturating_add(1),
            _ => summary.results = summary.results.saturating_add(1),
        }
        let text = json_line(&answer)?;
        output
            .write_all(text.as_bytes())
            .and_then(|()| output.flush())
            .map_err(|e| CliError::Output(e.to_string()))?;
    }
    Ok(summary)
}
