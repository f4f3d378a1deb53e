//! `kz-appeals evaluate FILE --as-of DATE`: each case file measured against
//! the law on a date by the one judge ([`crate::case::evaluate_with`]): its
//! stage, every deadline with its state, the violations, the next action
//! and the refusal APPC art. 91(2) deems.
//!
//! ```text
//! kz-appeals evaluate cases.json --as-of 2026-04-20
//! kz-appeals evaluate cases.json --as-of 2026-04-20 --json --reading date_notice_before_reception
//! ```
//!
//! `--json` (schema/evaluate.json), for one request registered Thu 26 March
//! 2026 and never answered, on Mon 20 April (the answer was due Thu 16
//! April, п. 25; 17 and 20 April are 2 working days late):
//! ```json
//! {"as_of":"2026-04-20","cases":[{"case":"A-1","stage":"registered",
//!   "deadlines":[{"kind":"response_due","due":"2026-04-16","state":"overdue","late_by_working_days":2,"rule":"APPC art. 76","by":"worker"}],
//!   "violations":[{"deadline":"response_due","due":"2026-04-16","on":null,"late_by_working_days":2,"rule":"APPC art. 76"}],
//!   "next":{"kind":"response_due","due":"2026-04-16","overdue":true,"by":"worker"},
//!   "deemed_refusal_from":"2026-04-17"}]}
//! ```
//! A case file that cannot be evaluated (a date the calendar cannot count)
//! is listed in `"errors"` with its case and message; the others are
//! answered beside it.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use comfy_table::{Table, presets};
use serde::{Deserialize, Serialize};

use super::agenda::{CaseErrorOut, parse_document};
use super::judged::ViolationOut;
use super::{CliError, Printed, json_line, parse_date_arg, parse_lang, strict_date};
use crate::calendar::{Calendar, fmt_date};
use crate::case::format::{self, Document};
use crate::case::{
    CountError, DeadlineState, Evaluation, ExternalCount, Party, Stage, evaluate_with,
};
use crate::deadline::DeadlineKind;
use crate::deadline::reading::Reading;
use crate::lang::{Lang, Localized, Named, Names};

/// The flags of `evaluate`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The case files (JSON, version 1: kz_appeals::case::format,
    /// schema/case_file.json); - reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The date of the evaluation: events dated later are not yet known.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub as_of: NaiveDate,
    /// A reading the body applies instead of the default (a) (rules §2a):
    /// date_notice_before_reception (п. 25 (b)) or
    /// two_months_from_registration (п. 26 (b)); repeatable.
    #[arg(long = "reading", value_name = "READING", value_parser = super::judged::parse_reading)]
    pub reading: Vec<Reading>,
    /// Write one JSON object (schema/evaluate.json) instead of the tables.
    #[arg(long)]
    pub json: bool,
    /// The language of the tables, rules and messages: kk, ru or en.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
}

/// The input of `evaluate` as a `--batch` line: the case files inline as
/// `"file"`, the date, and optionally the readings and the language.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::evaluate::{Query, run}};
/// let q: Query = serde_json::from_str(r#"{"as_of": "2026-04-20", "file": {"version": 1, "cases": [
///     {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}]}}"#)?;
/// let out = run(&Calendar::kazakhstan(), &q)?;
/// // п. 25: due Thu 16 April 2026; APPC art. 91(2): refusal deemed from Fri 17 April.
/// assert_eq!(out.cases[0].deemed_refusal_from.map(|d| d.to_string()).as_deref(), Some("2026-04-17"));
/// assert!(serde_json::from_str::<Query>(r#"{"as_of": "2026-04-20", "asof": 1, "file": {"version": 1, "cases": []}}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EvaluateQuery")]
#[schemars(
    description = "The input of `evaluate`: the case files inline (what FILE holds), the date of the evaluation, and optionally the readings and the language."
)]
pub struct Query {
    /// The case files, as FILE holds them (schema/case_file.json).
    #[serde(deserialize_with = "super::agenda::document")]
    pub file: Document,
    /// The date of the evaluation, YYYY-MM-DD.
    #[serde(deserialize_with = "strict_date::date")]
    pub as_of: NaiveDate,
    /// The readings the body applies instead of the default (a), by their
    /// machine names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub reading: Vec<Reading>,
    /// The language of the rules and messages: kk, ru or en.
    #[serde(default = "english")]
    pub lang: Lang,
}

const fn english() -> Lang {
    Lang::En
}

/// One deadline of a case and its state on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EvaluatedDeadline")]
pub struct EvaluatedDeadline {
    /// Which deadline, by its machine name.
    pub kind: DeadlineKind,
    /// Its last day.
    pub due: NaiveDate,
    /// `done_on_time`, `done_late`, `open`, `overdue` or
    /// `no_longer_applicable`.
    pub state: StateName,
    /// The day it was done (done on time or late).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
    /// Done late or overdue: working days in (due, on] or (due, as_of].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub late_by_working_days: Option<u32>,
    /// Open: working days in (as_of, due].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_days_left: Option<u32>,
    /// The rule that sets it, in the query's language.
    pub rule: String,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// The instruction's id, for `instruction_due`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
}

/// The state of a deadline, by its machine name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StateName {
    /// Done on or before the due date.
    DoneOnTime,
    /// Done after it.
    DoneLate,
    /// Not done, still in time.
    Open,
    /// Not done, the due date passed.
    Overdue,
    /// Not done, no longer needed.
    NoLongerApplicable,
}

/// The next action due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "NextAction")]
pub struct NextActionOut {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// Its last day.
    pub due: NaiveDate,
    /// Whether it is overdue.
    pub overdue: bool,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// The instruction's id, for `instruction_due`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
}

/// One case file's evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EvaluatedCase")]
#[schemars(
    description = "One case file's evaluation: its stage, deadlines with their states, violations, next action and deemed refusal (an element of `cases` of `evaluate --json`, and the answer of POST /v1/evaluate)."
)]
pub struct CaseOut {
    /// The case file's id.
    pub case: String,
    /// The stage; `null` before the first event.
    pub stage: Option<Stage>,
    /// Every deadline that applies, in the order of the law's steps.
    pub deadlines: Vec<EvaluatedDeadline>,
    /// The violations so far, by due date.
    pub violations: Vec<ViolationOut>,
    /// The next action due, `null` when none (or the request has ended).
    pub next: Option<NextActionOut>,
    /// APPC art. 91(2): the day from which a refusal is deemed, once it has
    /// come; `null` otherwise.
    pub deemed_refusal_from: Option<NaiveDate>,
    /// Another system's due date for the answer (`external_due` of the
    /// registration) when it differs from the law's, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_due: Option<ExternalDueOut>,
}

/// Another system's due date beside the law's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExternalDueOut {
    /// The date the other system shows.
    pub theirs: NaiveDate,
    /// The law's (п. 25, APPC art. 76(2)).
    pub ours: NaiveDate,
    /// Working days from ours to theirs, negative when theirs is earlier.
    pub working_days: i64,
    /// Its cause, by machine name: `registration_day_as_day_one`,
    /// `calendar_days` or `other`.
    pub explanation: ExternalCount,
    /// The cause in the query's language.
    pub explained: String,
}

impl CaseOut {
    /// The evaluation `e` of case `case`, in `lang`.
    #[must_use]
    pub fn of(case: &str, e: &Evaluation, lang: Lang) -> CaseOut {
        CaseOut {
            case: case.to_owned(),
            stage: e.stage,
            deadlines: e
                .deadlines
                .iter()
                .map(|d| {
                    let (state, on, late, left) = match d.state {
                        DeadlineState::DoneOnTime { on } => {
                            (StateName::DoneOnTime, Some(on), None, None)
                        }
                        DeadlineState::DoneLate {
                            on,
                            late_by_working_days,
                        } => (
                            StateName::DoneLate,
                            Some(on),
                            Some(late_by_working_days),
                            None,
                        ),
                        DeadlineState::Open { working_days_left } => {
                            (StateName::Open, None, None, Some(working_days_left))
                        }
                        DeadlineState::Overdue {
                            late_by_working_days,
                        } => (StateName::Overdue, None, Some(late_by_working_days), None),
                        _ => (StateName::NoLongerApplicable, None, None, None),
                    };
                    EvaluatedDeadline {
                        kind: d.kind,
                        due: d.due,
                        state,
                        on,
                        late_by_working_days: late,
                        working_days_left: left,
                        rule: d.deadline.rule.render(lang),
                        by: d.by,
                        who: d.who.clone(),
                        instruction: d.instruction.clone(),
                    }
                })
                .collect(),
            violations: e
                .violations
                .iter()
                .map(|v| ViolationOut::of(v, lang))
                .collect(),
            next: e.next.as_ref().map(|n| NextActionOut {
                kind: n.kind,
                due: n.due,
                overdue: n.overdue,
                by: n.by,
                who: n.who.clone(),
                instruction: n.instruction.clone(),
            }),
            deemed_refusal_from: e.deemed_refusal.map(|d| d.from),
            external_due: e.external_due.map(|x| ExternalDueOut {
                theirs: x.theirs,
                ours: x.ours,
                working_days: x.working_days,
                explanation: x.explanation,
                explained: x.explanation.name(lang).to_owned(),
            }),
        }
    }
}

/// The JSON of `evaluate FILE --as-of DATE --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EvaluateOutput")]
#[schemars(
    description = "The output of `kz-appeals evaluate FILE --as-of DATE --json`: each case file's stage, deadlines with their states, violations, next action and deemed refusal; and the case files that could not be evaluated."
)]
pub struct Output {
    /// The date of the evaluation.
    pub as_of: NaiveDate,
    /// Each case file, in the order of the file.
    pub cases: Vec<CaseOut>,
    /// The case files that could not be evaluated; empty when all could.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<CaseErrorOut>,
}

/// One case file measured on a date: the body of `POST /v1/evaluate`
/// (`kz-appeals-server`), `{"as_of", "case", "reading"?, "lang"?}`, where
/// `case` is one case of the case-file format (`{"id", "events"}`).
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::evaluate::{OneQuery, run_one}};
/// let q: OneQuery = serde_json::from_str(r#"{"as_of": "2026-04-20",
///     "case": {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}}"#)?;
/// let out = run_one(&Calendar::kazakhstan(), &q)?;
/// assert_eq!(out.deemed_refusal_from.map(|d| d.to_string()).as_deref(), Some("2026-04-17"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EvaluateOneQuery")]
#[schemars(
    description = "One case file measured on a date: the date, one case of the case-file format, and optionally the readings and the language."
)]
pub struct OneQuery {
    /// The date of the evaluation, YYYY-MM-DD.
    #[serde(deserialize_with = "strict_date::date")]
    pub as_of: NaiveDate,
    /// One case of the case-file format: `{"id", "events"}`.
    #[schemars(with = "serde_json::Value")]
    pub case: serde_json::Value,
    /// The readings the body applies instead of the default (a).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub reading: Vec<Reading>,
    /// The language of the rules and messages: kk, ru or en.
    #[serde(default = "english")]
    pub lang: Lang,
}

/// The evaluation of [`OneQuery`]'s case: one element of [`Output::cases`].
///
/// # Errors
/// [`CliError::BadInput`] for a case that is not of the format, an
/// impossible event, or a date the calendar cannot count.
pub fn run_one(cal: &Calendar, query: &OneQuery) -> Result<CaseOut, CliError> {
    let doc = super::agenda::document_from_value(serde_json::json!({
        "version": format::Version::NUMBER,
        "cases": [query.case.clone()],
    }))
    .map_err(CliError::bad_input)?;
    let q = Query {
        file: doc,
        as_of: query.as_of,
        reading: query.reading.clone(),
        lang: query.lang,
    };
    let mut out = run(cal, &q)?;
    if let Some(e) = out.errors.pop() {
        return Err(CliError::bad_input(e.message));
    }
    out.cases
        .pop()
        .ok_or_else(|| CliError::bad_input("no case given; give one case, {\"id\", \"events\"}"))
}

/// Each case file of the query measured on its date.
///
/// # Errors
/// [`CliError::BadInput`] for an impossible event (naming the case, the
/// event and the rule) or a reading that is not a body's choice.
///
/// # Example
/// See [`Query`].
pub fn run(cal: &Calendar, query: &Query) -> Result<Output, CliError> {
    let files = format::load(cal, query.file.clone()).map_err(|e| CliError::from_localized(&e))?;
    let policy = super::judged::policy_of(&query.file.reading, &query.reading)
        .map_err(|e| CliError::bad_input(e).context("--reading"))?;
    let lang = query.lang;
    let mut out = Output {
        as_of: query.as_of,
        cases: Vec::with_capacity(files.len()),
        errors: Vec::new(),
    };
    let linked = crate::case::linked_violations(&files, query.as_of);
    for f in &files {
        match evaluate_with(cal, f, query.as_of, policy) {
            Ok(mut e) => {
                // п. 35 across files (a request from a reception).
                e.violations.extend(
                    linked
                        .iter()
                        .filter(|(case, _)| case == f.id())
                        .map(|(_, v)| v.clone()),
                );
                out.cases.push(CaseOut::of(f.id(), &e, lang));
            }
            Err(error) => out.errors.push(CaseErrorOut {
                case: f.id().to_owned(),
                message: CountError {
                    case: f.id().to_owned(),
                    error,
                }
                .message(lang),
            }),
        }
    }
    Ok(out)
}

/// The evaluation as text in the query's language: per case its stage, a
/// table of its deadlines, its violations, next action and deemed refusal.
///
/// # Errors
/// As [`run`].
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::evaluate::{Query, text}};
/// let q: Query = serde_json::from_str(r#"{"as_of": "2026-04-20", "file": {"version": 1, "cases": [
///     {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}]}}"#)?;
/// let t = text(&Calendar::kazakhstan(), &q)?;
/// assert!(t.contains("A-1") && t.contains("overdue"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn text(cal: &Calendar, query: &Query) -> Result<String, CliError> {
    let out = run(cal, query)?;
    let lang = query.lang;
    let t = |n: Names| n.get(lang).to_owned();
    let mut s = String::new();
    for c in &out.cases {
        let stage = c.stage.map_or("—", |st| st.name(lang));
        let _ = writeln!(s, "{} — {stage}", c.case);
        let mut table = Table::new();
        table.load_preset(presets::NOTHING);
        table.set_header([
            t(Names::new("мерзім", "срок чего", "deadline")),
            t(Names::new("мерзімі", "срок", "due")),
            t(Names::new("күйі", "состояние", "state")),
            t(Names::new("норма", "норма", "rule")),
        ]);
        for d in &c.deadlines {
            let state = match d.state {
                StateName::DoneOnTime => t(Names::new("мерзімінде", "в срок", "done on time")),
                StateName::DoneLate => t(Names::new("кешіктірілді", "с опозданием", "done late")),
                StateName::Open => t(Names::new("ашық", "открыт", "open")),
                StateName::Overdue => t(Names::new("мерзімі өткен", "просрочено", "overdue")),
                StateName::NoLongerApplicable => t(Names::new(
                    "қажет емес",
                    "не требуется",
                    "no longer applicable",
                )),
            };
            table.add_row(vec![
                d.kind.name(lang).to_owned(),
                fmt_date(d.due, lang),
                state,
                d.rule.clone(),
            ]);
        }
        for line in table.lines() {
            let _ = writeln!(s, "{}", super::table_line(&line));
        }
        if let Some(x) = &c.external_due {
            let _ = writeln!(
                s,
                "{}: {} / {} ({:+}): {}",
                t(Names::new("басқа жүйе", "другая система", "another system")),
                fmt_date(x.theirs, lang),
                fmt_date(x.ours, lang),
                x.working_days,
                x.explained
            );
        }
        if let Some(from) = c.deemed_refusal_from {
            let _ = writeln!(
                s,
                "{}: {}",
                crate::law::Citation::APPC_91_2.render(lang),
                fmt_date(from, lang)
            );
        }
        let _ = writeln!(s);
    }
    for e in &out.errors {
        let _ = writeln!(s, "{}", e.message);
    }
    Ok(s)
}

/// Runs `evaluate` with its flags on the text of FILE, read by the caller.
pub(crate) fn execute(cal: &Calendar, args: &Args, file: &str) -> Result<Printed, CliError> {
    let query = Query {
        file: parse_document(file)?,
        as_of: args.as_of,
        reading: args.reading.clone(),
        lang: args.lang,
    };
    if args.json {
        run(cal, &query).and_then(|out| json_line(&out))
    } else {
        text(cal, &query)
    }
    .map(Printed::ok)
}
