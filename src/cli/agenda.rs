//! `kz-appeals agenda FILE --as-of DATE`: the agenda of many case files on a
//! date (what is overdue, due today or due within N working days, most
//! urgent first), the violations so far, and with `--report` the counts of
//! п. 38 for a quarter or a period.
//!
//! ```text
//! kz-appeals agenda examples/data/cases.json --as-of 2026-12-01
//! kz-appeals agenda examples/data/cases.json --as-of 2026-12-01 --within 5 --lang ru
//! kz-appeals agenda - --as-of 2026-12-01 --report 2026-Q4 --json < cases.json
//! ```
//!
//! FILE is the case files' JSON format (`kz_appeals::case::format`,
//! `schema/case_file.json`); `-` reads standard input. Bad input (malformed
//! JSON, an unknown event or field, an impossible event, an unknown version,
//! a bad flag) exits with status 2, naming the case and the event, and
//! nothing is written on standard output.
//!
//! In `--batch` the case files come inline, as the line's `"file"` (the
//! same JSON FILE holds), not as a path: a batch line is answered from the
//! line alone, so the library reads no file, a back office that holds its
//! case files in a database sends them as they are, and a batch fed from
//! elsewhere cannot make the tool read a file of the machine it runs on.
//!
//! JSON ([`Output`], `schema/agenda.json`): `as_of`, `agenda` (a list of
//! `{"case", "deadline", "due", "state", "working_days"}`, with
//! `"instruction"` for an instruction's deadline), `violations` (a list of
//! `{"case", "deadline", "due", "on", "late_by_working_days"}`) and, with
//! `--report`, `report`: the counts of п. 38 with the `period`, counted up
//! to `--as-of` when the period is not over.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use comfy_table::{Table, presets};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::{CliError, Printed, json_line, parse_date_arg, parse_lang, strict_date};
use crate::calendar::{Calendar, fmt_date};
use crate::case::format::{self, Document};
use crate::case::{
    Agenda, AgendaState, CaseFile, Event, EventName, HeldForm, Party, Period, Report, agenda,
    report,
};
use crate::deadline::DeadlineKind;
use crate::deadline::reading::Reading;
use crate::lang::{Lang, Localized, Named, Names};
use crate::law::{Act, Citation};

/// The flags of `agenda`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The case files (JSON, version 1: kz_appeals::case::format,
    /// schema/case_file.json); - reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The date of the agenda.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub as_of: NaiveDate,
    /// Also list what is due within N working days.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_WITHIN, value_parser = parse_within, allow_hyphen_values = true)]
    pub within: u32,
    /// Add the counts of п. 38 for a quarter (2026-Q3) or a period
    /// (2026-07-01..2026-09-30), up to --as-of when it is not over.
    #[arg(long, value_name = "PERIOD", value_parser = parse_period)]
    pub report: Option<Period>,
    /// A reading the body applies instead of the default (a) (rules §2a):
    /// date_notice_before_reception (п. 25 (b)) or
    /// two_months_from_registration (п. 26 (b)); repeatable.
    #[arg(long = "reading", value_name = "READING", value_parser = super::judged::parse_reading)]
    pub reading: Vec<Reading>,
    /// Write one JSON object (schema/agenda.json) instead of the tables.
    #[arg(long)]
    pub json: bool,
    /// The language of the tables: kk, ru or en.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
}

/// Three working days ahead, unless `--within` says otherwise.
pub const DEFAULT_WITHIN: u32 = 3;

/// The most working days ahead an agenda looks: about ten years.
pub const MAX_WITHIN: u32 = 2_500;

fn parse_within(s: &str) -> Result<u32, String> {
    if s.starts_with('-') {
        return Err(format!(
            "{s:?} is negative; give the working days ahead as 0 or more, e.g. 3"
        ));
    }
    match s.parse::<u64>() {
        Ok(n) if s.bytes().all(|b| b.is_ascii_digit()) => u32::try_from(n)
            .ok()
            .filter(|n| *n <= MAX_WITHIN)
            .ok_or_else(|| {
                format!("{s} working days ahead is more than any term; give at most {MAX_WITHIN}")
            }),
        _ => Err(format!(
            "{s:?} is not a number of working days; give digits, e.g. 3"
        )),
    }
}

fn parse_period(s: &str) -> Result<Period, String> {
    s.parse::<Period>().map_err(|e| e.to_string())
}

/// The input of `agenda`, as a `--batch` line: the case files inline as
/// `"file"` (what FILE holds), the date, and optionally `within`, `report`
/// and `lang`.
///
/// ```json
/// {"kind": "agenda", "as_of": "2026-04-14", "report": "2026-Q2",
///  "file": {"version": 1, "cases": [{"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}]}}
/// ```
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::agenda::{Query, run}};
/// let q: Query = serde_json::from_str(r#"{"as_of": "2026-04-14", "file": {"version": 1, "cases": [
///     {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}]}}"#)?;
/// // Registered Thu 26 March 2026: the answer is due Thu 16 April (п. 25),
/// // 2 working days after Tue 14 April (15, 16).
/// let out = run(&Calendar::kazakhstan(), &q)?;
/// assert_eq!((out.agenda[0].case.as_str(), out.agenda[0].working_days), ("A-1", 2));
/// // A typo, in the query or in an event, is an error.
/// assert!(serde_json::from_str::<Query>(r#"{"as_of": "2026-04-14", "withn": 3, "file": {"version": 1, "cases": []}}"#).is_err());
/// assert!(serde_json::from_str::<Query>(r#"{"as_of": "2026-04-14", "file": {"version": 1, "cases": [
///     {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registred"}]}]}}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AgendaQuery")]
#[schemars(
    description = "The input of `agenda`: the case files inline (what FILE holds), the date of the agenda, and optionally the working days ahead, a period for the report of п. 38, and the language."
)]
pub struct Query {
    /// The case files, as FILE holds them (schema/case_file.json).
    #[serde(deserialize_with = "document")]
    pub file: Document,
    /// The date of the agenda, YYYY-MM-DD.
    #[serde(deserialize_with = "strict_date::date")]
    pub as_of: NaiveDate,
    /// Also list what is due within this many working days (default 3).
    #[serde(default = "default_within")]
    pub within: u32,
    /// A quarter (`"2026-Q3"`) or a period (`"2026-07-01..2026-09-30"`) for
    /// the counts of п. 38, up to `as_of` when it is not over.
    #[serde(
        default,
        deserialize_with = "period_option",
        serialize_with = "period_text",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<String>")]
    #[schemars(regex(
        pattern = r"^[0-9]{4}-Q[1-4]$|^[0-9]{4}-[0-9]{2}-[0-9]{2}\.\.[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    ))]
    pub report: Option<Period>,
    /// The readings the body applies instead of the default (a), by their
    /// machine names (rules §2a): `date_notice_before_reception`,
    /// `two_months_from_registration`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub reading: Vec<Reading>,
    /// The language of the names and rules: kk, ru or en.
    #[serde(default = "english")]
    pub lang: Lang,
}

const fn default_within() -> u32 {
    DEFAULT_WITHIN
}

const fn english() -> Lang {
    Lang::En
}

pub(crate) fn document<'de, D: Deserializer<'de>>(d: D) -> Result<Document, D::Error> {
    let value = super::strict_json::Strict::deserialize(d)?.0;
    document_from_value(value).map_err(serde::de::Error::custom)
}

fn period_option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Period>, D::Error> {
    Option::<String>::deserialize(d)?
        .map(|s| parse_period(&s).map_err(serde::de::Error::custom))
        .transpose()
}

#[allow(clippy::ref_option)] // serde's `serialize_with` passes `&Option<_>`
fn period_text<S: Serializer>(p: &Option<Period>, s: S) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => s.collect_str(p),
        None => s.serialize_none(),
    }
}

/// The case files in `value`, checked piece by piece so that an error names
/// the case and the event.
pub(crate) fn document_from_value(value: Value) -> Result<Document, String> {
    if let Value::String(path) = &value {
        return Err(format!(
            "the case files go inline, not as a path ({path:?}); give the JSON FILE holds, \
             {{\"version\": 1, \"cases\": [...]}} (a batch line reads no file)"
        ));
    }
    let version = value.get("version");
    if version != Some(&Value::from(format::Version::NUMBER)) {
        return Err(format!(
            "unknown version {}; give the case files in version {} (kz_appeals::case::format)",
            version.map_or("(none)".to_owned(), Value::to_string),
            format::Version::NUMBER
        ));
    }
    if let Some(cases) = value.get("cases").and_then(Value::as_array) {
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for (n, case) in cases.iter().enumerate() {
            let number = n.saturating_add(1);
            let id = case
                .get("id")
                .and_then(Value::as_str)
                .map_or(format!("number {number}"), |id| format!("{id:?}"));
            case_shape(case, number, &id)?;
            if let Some(this) = case.get("id").and_then(Value::as_str) {
                if let Some((_, first)) = seen.iter().find(|(s, _)| *s == this) {
                    return Err(format!(
                        "cases {first} and {number} have the same id {this:?}; give each case its own id"
                    ));
                }
                seen.push((this, number));
            }
            let Some(events) = case.get("events").and_then(Value::as_array) else {
                continue;
            };
            for (k, event) in events.iter().enumerate() {
                if let Err(e) = serde_json::from_value::<Event>(event.clone()) {
                    let name = event
                        .get("event")
                        .map_or("(no event)".to_owned(), Value::to_string);
                    return Err(format!(
                        "case {id}, event {} ({name}): {e}",
                        k.saturating_add(1)
                    ));
                }
            }
        }
    }
    serde_json::from_value(value).map_err(|e| {
        format!("the file is not a case file document: {e}; see schema/case_file.json")
    })
}

/// A case is an object with a string `id` and an array `events`, nothing
/// else: said with the case's position and id, not a line and column.
fn case_shape(case: &Value, number: usize, id: &str) -> Result<(), String> {
    let Some(fields) = case.as_object() else {
        return Err(format!(
            "case {number} is not an object; give {{\"id\": ..., \"events\": [...]}}"
        ));
    };
    if let Some(other) = fields.keys().find(|k| *k != "id" && *k != "events") {
        return Err(format!(
            "case {id}: unknown field `{other}`; a case has `id` and `events` only"
        ));
    }
    if !fields.get("id").is_some_and(Value::is_string) {
        return Err(format!(
            "case {number}: no `id` (a string); give each case its id"
        ));
    }
    if !fields.get("events").is_some_and(Value::is_array) {
        return Err(format!(
            "case {id}: `events` is missing or not an array; give its events as [...]"
        ));
    }
    Ok(())
}

/// Reads the case files' JSON (what FILE holds).
///
/// # Errors
/// [`CliError::BadInput`] naming the case and the event of the first
/// problem: text that is not JSON, an unknown version, event or field.
///
/// # Example
/// ```
/// use kz_appeals::cli::agenda::parse_document;
/// let doc = r#"{"version": 1, "cases": [{"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered", "wroker": "w-1"}]}]}"#;
/// let err = parse_document(doc).unwrap_err().to_string();
/// assert!(err.starts_with(r#"case "A-1", event 1 ("registered"): unknown field `wroker`"#), "{err}");
/// assert!(parse_document("{").unwrap_err().to_string().contains("not JSON"));
/// ```
pub fn parse_document(text: &str) -> Result<Document, CliError> {
    let value: Value = serde_json::from_str::<super::strict_json::Strict>(text)
        .map(|s| s.0)
        .map_err(|e| {
            CliError::bad_input(format!(
                "the file is not JSON: {e}; give the case files' JSON (schema/case_file.json)"
            ))
        })?;
    document_from_value(value).map_err(CliError::bad_input)
}

/// One line of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The case file's id.
    pub case: String,
    /// The deadline, by its machine name.
    pub deadline: DeadlineKind,
    /// The instruction's id, for `instruction_due`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
    /// Its due date.
    pub due: NaiveDate,
    /// `overdue`, `due_today` or `due_soon`.
    pub state: AgendaState,
    /// Overdue: working days in (due, as_of]; due today: 0; due soon:
    /// working days in (as_of, due].
    pub working_days: u32,
    /// The rule that sets the deadline, in the query's language.
    pub rule: String,
    /// Who must act: `worker`, `unit` or `official`.
    pub by: Party,
    /// The worker or unit, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
}

/// A violation so far in a case file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseViolation {
    /// The case file's id.
    pub case: String,
    /// The deadline missed, by its machine name.
    pub deadline: DeadlineKind,
    /// Its last day.
    pub due: NaiveDate,
    /// The day of the act; `null` for a step not taken.
    pub on: Option<NaiveDate>,
    /// Working days in (due, on], or (due, as_of] for a step not taken.
    pub late_by_working_days: u32,
    /// The rule broken, in the query's language.
    pub rule: String,
    /// The instruction's id, for `instruction_due`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
    /// The reading of an ambiguous rule the deadline rests on (rules §2a),
    /// when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
}

/// A case file that could not be evaluated, and why; the others are
/// answered beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseErrorOut {
    /// The case file's id.
    pub case: String,
    /// What was wrong and what to do, in the query's language.
    pub message: String,
}

/// The JSON of `agenda FILE --as-of DATE --json`.
///
/// ```json
/// {"as_of":"2026-04-20","agenda":[{"case":"A-1","deadline":"response_due","due":"2026-04-16","state":"overdue","working_days":2}],
///  "violations":[{"case":"A-1","deadline":"response_due","due":"2026-04-16","on":null,"late_by_working_days":2}],
///  "report":{"period":"2026-04-01..2026-04-20","received":0,…}}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AgendaOutput")]
#[schemars(
    description = "The output of `kz-appeals agenda FILE --as-of DATE --json`: what is overdue, due today or due soon, most urgent first; the violations so far; and with --report the counts of п. 38."
)]
pub struct Output {
    /// The date of the agenda.
    pub as_of: NaiveDate,
    /// What is overdue, due today or due within the working days asked,
    /// most urgent first (the body's deadlines, not the applicant's).
    pub agenda: Vec<Item>,
    /// The violations so far, case by case.
    pub violations: Vec<CaseViolation>,
    /// The case files that could not be evaluated (a date the calendar
    /// cannot count), each with its message; empty when all could.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<CaseErrorOut>,
    /// The counts of п. 38, when a period was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<Report>,
}

/// The agenda, the violations and the report, worked out once.
struct Worked {
    agenda: Agenda,
    counts: Option<Report>,
}

fn bad(e: impl Localized) -> CliError {
    CliError::from_localized(&e)
}

fn work(cal: &Calendar, q: &Query) -> Result<Worked, CliError> {
    let files: Vec<CaseFile> = format::load(cal, q.file.clone()).map_err(bad)?;
    let policy = super::judged::policy_of(&q.file.reading, &q.reading)
        .map_err(|e| CliError::bad_input(e).context("--reading"))?;
    let agenda = agenda(cal, &files, q.as_of, q.within, policy);
    // A period not over yet is counted up to the agenda's date.
    if let Some(p) = q.report.filter(|p| p.from > q.as_of) {
        let (from, as_of) = (p.from, q.as_of);
        return Err(CliError::bad_input(super::Message::new(
            format!(
                "--report: Регламенттің 38-тармағы: {p} кезеңі {from} басталады, бұл күн тәртібінің күнінен ({as_of}) кейін; --as-of күніне дейін басталған кезеңді көрсетіңіз"
            ),
            format!(
                "--report: п. 38 Регламента: период {p} начинается {from}, позже даты повестки {as_of}; укажите период, начавшийся к --as-of"
            ),
            format!(
                "--report: п. 38: the period {p} begins on {from}, after the agenda's date {as_of}; give a period begun by --as-of"
            ),
        )));
    }
    let period = q
        .report
        .map(|p| Period::new(p.from, p.to.min(q.as_of)))
        .transpose()
        .map_err(|e| bad(e).context("--report"))?;
    // A file that cannot be evaluated is already among the agenda's errors.
    let counts = period.map(|p| report(cal, &files, p, policy).0);
    Ok(Worked { agenda, counts })
}

/// The agenda on the query's date, the violations so far, and the report.
///
/// # Errors
/// [`CliError::BadInput`] for an impossible event (naming the case, the
/// event and the rule), dates the calendar does not cover, or a period
/// that begins after the agenda's date.
///
/// # Example
/// See [`Query`].
pub fn run(cal: &Calendar, query: &Query) -> Result<Output, CliError> {
    let Worked { agenda, counts } = work(cal, query)?;
    let lang = query.lang;
    Ok(Output {
        as_of: query.as_of,
        agenda: agenda
            .items
            .into_iter()
            .map(|i| Item {
                case: i.case,
                deadline: i.deadline,
                instruction: i.instruction,
                due: i.due,
                state: i.state,
                working_days: i.working_days,
                rule: i.rule.render(lang),
                by: i.by,
                who: i.who,
            })
            .collect(),
        violations: agenda
            .violations
            .into_iter()
            .map(|(case, v)| CaseViolation {
                case,
                deadline: v.deadline,
                due: v.due,
                on: v.on,
                late_by_working_days: v.late_by_working_days,
                rule: v.rule.render(lang),
                instruction: v.instruction,
                reading: v.reading,
            })
            .collect(),
        errors: agenda
            .errors
            .iter()
            .map(|e| CaseErrorOut {
                case: e.case.clone(),
                message: e.message(lang),
            })
            .collect(),
        report: counts,
    })
}

fn push_table(out: &mut String, table: &Table) {
    for line in table.lines() {
        let _ = writeln!(out, "{}", super::table_line(&line));
    }
}

const ON_TIME: Names = Names::new("мерзімінде", "в срок", "on time");
const LATE: Names = Names::new("мерзімі өткен соң", "с нарушением срока", "late");
const BY_VIDEO: Names = Names::new(
    "бейнеконференцбайланыс арқылы",
    "посредством видеоконференцсвязи",
    "by videoconference",
);

/// The report of п. 38 as a table of counts, in `lang`. The rows are named
/// after the events they count (the crate's names of [`EventName`]).
/// The citation whose English form ([`Citation`]'s `Display`) is `key`, as
/// the report's `violations_by_rule` keys it: "п. 25", "п. 15(2)",
/// "APPC art. 76", "APPC art. 76(3)".
fn citation_of_key(key: &str) -> Option<Citation> {
    use crate::lang::MachineName;
    fn number(s: &str) -> Option<(u16, Option<u16>)> {
        match s.split_once('(') {
            Some((n, p)) => Some((n.parse().ok()?, Some(p.strip_suffix(')')?.parse().ok()?))),
            None => Some((s.parse().ok()?, None)),
        }
    }
    if let Some(rest) = key.strip_prefix("п. ") {
        let (n, sub) = number(rest)?;
        return Some(Citation::article(Act::Regulation, n, sub));
    }
    Act::ALL.iter().find_map(|&act| {
        let rest = key
            .strip_prefix(act.name(Lang::En))?
            .strip_prefix(" art. ")?;
        let (n, part) = number(rest)?;
        let c = Citation::article(act, n, part);
        (c.to_string() == key).then_some(c)
    })
}

fn report_text(out: &mut String, r: &Report, lang: Lang) {
    let period = r.period;
    let t = |n: Names| n.get(lang).to_owned();
    let ev = |e: EventName| e.name(lang).to_owned();
    let with = |e: EventName, n: &str| format!("{}: {n}", e.name(lang));
    let _ = writeln!(
        out,
        "\n{} {period}",
        t(Names::new(
            "Есеп (38-т.), кезең:",
            "Отчет (п. 38) за период",
            "Report (п. 38) for",
        ))
    );
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    let rows: Vec<(String, u32)> = vec![
        (ev(EventName::Arrived), r.received),
        (ev(EventName::Registered), r.registered),
        (
            ev(EventName::LeftWithoutConsideration),
            r.left_without_consideration,
        ),
        (ev(EventName::Returned), r.returned),
        (ev(EventName::Forwarded), r.forwarded),
        (ev(EventName::NoAppointment), r.no_appointment),
        (
            with(EventName::Answered, ON_TIME.get(lang)),
            r.answered_on_time,
        ),
        (with(EventName::Answered, LATE.get(lang)), r.answered_late),
        (ev(EventName::ExtendedByLetter), r.extended_by_letter),
        (ev(EventName::ExtendedByDecision), r.extended_by_decision),
        (ev(EventName::Refused), r.refused),
        (
            with(EventName::ReceptionHeld, HeldForm::InPerson.name(lang)),
            r.receptions_in_person,
        ),
        (
            with(EventName::ReceptionHeld, BY_VIDEO.get(lang)),
            r.receptions_by_videoconference,
        ),
        (
            t(Names::new(
                "тапсырмалар берілді",
                "дано поручений",
                "instructions given",
            )),
            r.instructions_given,
        ),
        (
            with(EventName::InstructionExecuted, ON_TIME.get(lang)),
            r.instructions_executed_on_time,
        ),
        (
            with(EventName::InstructionExecuted, LATE.get(lang)),
            r.instructions_executed_late,
        ),
        (
            t(Names::new(
                "орындалмаған тапсырмалар",
                "неисполненные поручения",
                "instructions open",
            )),
            r.instructions_open,
        ),
        (
            format!(
                "{} ({})",
                t(Names::new(
                    "бас тартылды деп есептелді",
                    "отказ считается принятым",
                    "refusals deemed",
                )),
                crate::law::Citation::APPC_91_2.render(lang)
            ),
            r.deemed_refusals,
        ),
        (
            t(Names::new(
                "қабылдау басқа күнге ауыстырылды",
                "прием перенесен",
                "receptions moved",
            )),
            r.receptions_moved,
        ),
        (ev(EventName::ReceptionCancelled), r.receptions_cancelled),
        (ev(EventName::FromReception), r.from_reception),
        (with(EventName::Forwarded, LATE.get(lang)), r.forwarded_late),
    ];
    for (label, n) in rows {
        table.add_row(vec![label, n.to_string()]);
    }
    for (rule, n) in &r.violations_by_rule {
        // The JSON key is the English citation (a contract); the table
        // renders it in the report's language.
        let cited = citation_of_key(rule).map_or_else(|| rule.clone(), |c| c.render(lang));
        let label = match lang {
            Lang::Kk => format!("{cited} бойынша бұзушылықтар"),
            Lang::Ru => format!("нарушения {cited}"),
            Lang::En => format!("violations of {cited}"),
        };
        table.add_row(vec![label, n.to_string()]);
    }
    push_table(out, &table);
    let _ = writeln!(
        out,
        "\n{}",
        t(Names::new(
            "Кезеңде тіркелгендердің нәтижесі",
            "Итоги по зарегистрированным в периоде",
            "What became of the requests registered in the period",
        ))
    );
    let o = &r.outcomes;
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    for (label, n) in [
        (ev(EventName::Answered), o.answered),
        (ev(EventName::Refused), o.refused),
        (
            ev(EventName::LeftWithoutConsideration),
            o.left_without_consideration,
        ),
        (ev(EventName::Returned), o.returned),
        (ev(EventName::Forwarded), o.forwarded),
        (ev(EventName::NoAppointment), o.no_appointment),
        (t(Names::new("қаралуда", "на рассмотрении", "open")), o.open),
    ] {
        table.add_row(vec![label, n.to_string()]);
    }
    push_table(out, &table);
}

/// The agenda as tables in the query's language: what is due (case, state,
/// due date, working days, rule, who must act, deadline), the violations
/// so far, and the report.
///
/// Worked from the case files rather than from [`Output`]: the tables also
/// show the rule and who must act.
///
/// # Errors
/// As [`run`].
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, Lang, cli::agenda::{Query, text}};
/// let mut q: Query = serde_json::from_str(r#"{"as_of": "2026-04-20", "report": "2026-Q2", "file": {"version": 1, "cases": [
///     {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered", "worker": "w-1"}]}]}}"#)?;
/// let t = text(&Calendar::kazakhstan(), &q)?;
/// assert!(t.contains("A-1") && t.contains("overdue") && t.contains("w-1"));
/// q.lang = Lang::Ru;
/// assert!(text(&Calendar::kazakhstan(), &q)?.contains("просрочено"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn text(cal: &Calendar, query: &Query) -> Result<String, CliError> {
    let Worked { agenda, counts } = work(cal, query)?;
    let (items, violations) = (agenda.items, agenda.violations);
    let lang = query.lang;
    let t = |n: Names| n.get(lang).to_owned();
    let date = fmt_date(query.as_of, lang);
    let title = match lang {
        Lang::Kk => format!("{date} жағдай бойынша бақылаудағы мерзімдер"),
        Lang::Ru => format!("Контроль сроков на {date}"),
        Lang::En => format!("Deadlines under control on {date}"),
    };
    let mut s = format!(
        "{title} ({} {})\n",
        t(Names::new(
            "жұмыс күні ішінде:",
            "в пределах рабочих дней:",
            "within working days:"
        )),
        query.within
    );
    if items.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            t(Names::new("(мерзімі жоқ)", "(сроков нет)", "(nothing due)"))
        );
    } else {
        let mut table = Table::new();
        table.load_preset(presets::NOTHING);
        table.set_header([
            t(Names::new("іс", "дело", "case")),
            t(Names::new("күйі", "состояние", "state")),
            t(Names::new("мерзімі", "срок", "due")),
            t(Names::new("күн", "дни", "days")),
            t(Names::new("норма", "норма", "rule")),
            t(Names::new("кім", "кто", "who")),
            t(Names::new("мерзім", "срок чего", "deadline")),
        ]);
        for i in &items {
            let who = i.who.as_deref().unwrap_or(i.by.name(lang));
            let what = match &i.instruction {
                Some(id) => format!("{} {id}", i.deadline.name(lang)),
                None => i.deadline.name(lang).to_owned(),
            };
            table.add_row(vec![
                i.case.clone(),
                i.state.name(lang).to_owned(),
                fmt_date(i.due, lang),
                i.working_days.to_string(),
                i.rule.render(lang),
                who.to_owned(),
                what,
            ]);
        }
        push_table(&mut s, &table);
    }
    let _ = writeln!(
        s,
        "\n{} ({})",
        t(Names::new("Бұзушылықтар", "Нарушения", "Violations so far")),
        violations.len()
    );
    if !violations.is_empty() {
        let mut table = Table::new();
        table.load_preset(presets::NOTHING);
        for (case, v) in &violations {
            let on = v.on.map_or_else(
                || t(Names::new("орындалмаған", "не исполнено", "not done")),
                |d| fmt_date(d, lang),
            );
            table.add_row(vec![
                case.clone(),
                v.rule.render(lang),
                format!("{} → {on}", fmt_date(v.due, lang)),
                format!(
                    "+{} {}",
                    v.late_by_working_days,
                    t(Names::new(
                        "жұмыс күні",
                        "раб. дн.",
                        if v.late_by_working_days == 1 {
                            "working day"
                        } else {
                            "working days"
                        }
                    ))
                ),
                v.deadline.name(lang).to_owned(),
            ]);
        }
        push_table(&mut s, &table);
    }
    for e in &agenda.errors {
        let _ = writeln!(s, "\n{}", e.message(lang));
    }
    if let Some(r) = &counts {
        report_text(&mut s, r, lang);
    }
    Ok(s)
}

/// Runs `agenda` with its flags on the text of FILE, read by the caller.
pub(crate) fn execute(cal: &Calendar, args: &Args, file: &str) -> Result<Printed, CliError> {
    let query = Query {
        file: parse_document(file)?,
        as_of: args.as_of,
        within: args.within,
        report: args.report,
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

#[cfg(test)]
mod report_label_tests {
    use super::citation_of_key;
    use crate::Lang;
    use crate::law::{Act, Citation};

    /// The report's JSON keys (`violations_by_rule`, English, a contract)
    /// parse back to their citations, so the text renders them in the
    /// report's language.
    #[test]
    fn every_key_parses_back_to_its_citation() {
        for c in [
            Citation::regulation(25),
            Citation::regulation_sub(15, 1),
            Citation::APPC_76,
            Citation::APPC_76_3,
            Citation::APPC_64_7,
            Citation::CIVIL_174_3,
            Citation::LABOUR_85_3,
            Citation::HOLIDAYS_5,
            Citation::article(Act::LawOnStateAwards, 3, None),
        ] {
            assert_eq!(citation_of_key(&c.to_string()), Some(c), "{c}");
        }
        assert_eq!(citation_of_key("APPC art. x"), None);
        assert_eq!(citation_of_key("п. 25 extra"), None);
    }

    #[test]
    fn the_rule_labels_are_in_the_reports_language() {
        let c = citation_of_key("APPC art. 76(3)").unwrap();
        assert_eq!(c.render(Lang::Ru), "ч. 3 ст. 76 АППК");
        assert_eq!(c.render(Lang::Kk), "ӘРПК 76-бабының 3-бөлігі");
        let c = citation_of_key("п. 15(1)").unwrap();
        assert_eq!(c.render(Lang::Ru), "подп. 1) п. 15 Регламента");
    }
}
