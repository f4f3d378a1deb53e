//! `kz-appeals deadlines`: every deadline of an appeal, and why, as text, JSON
//! (`--json`) or iCalendar (`--ics`).
//!
//! The deadlines: registration (п. 21), the answer (п. 25), the extension
//! limits (п. 26, both readings of the two months), the date-and-time notice
//! (п. 25, both readings), the reception's notices (п. 16, 22), the hearing
//! before a refusal (п. 28, APPC art. 73), the return of an uncorrected
//! request (п. 6, APPC art. 64(7)), the forwarding of a request outside
//! competence (п. 15(1), APPC art. 65), and the violations: each act done
//! after its deadline.
//!
//! ```text
//! kz-appeals deadlines --received 2026-03-21
//! kz-appeals deadlines --received 2026-03-21 --extended-on 2026-04-10 \
//!     --reception 2026-05-12 --refusal-on 2026-05-08 --lang ru
//! kz-appeals deadlines --received 2026-03-21 --answered-on 2026-04-20 --json
//! kz-appeals deadlines --received 2026-03-21 --reception 2026-05-12 --ics > request.ics
//! ```
//!
//! The flags and the JSON keys are those of the `deadlines` example, which
//! runs this module. JSON ([`Output`], `schema/deadlines.json`):
//! `received`, `registered`, one key per deadline the dates determine
//! (`response_due`, `extension_max_due`, `extension_max_due_from_registration`,
//! `date_notice_due_after_answer`, `forward_due`, …), `deemed_refusal_from`
//! (APPC art. 91(2): the day after the term of the answer ends, from which a
//! refusal is deemed when no answer came; `null` when an answer, a refusal
//! or a forwarding within the term is given), `provisional`,
//! `registration`, `deadlines` (each with its reasons) and `violations`: a
//! list of `{"deadline", "due", "on", "late_by_working_days"}`, the count
//! being the working days in (due, on]; empty when nothing is late. A late
//! act is reported there with exit status 0.
//!
//! Bad input (a date not exactly YYYY-MM-DD, an impossible date, a date
//! outside the calendar, a missing `--received`, an unknown or repeated
//! flag, dates that cannot have happened) exits with status 2.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use comfy_table::{Table, presets};
use serde::{Deserialize, Serialize};

use super::ics::AllDay;
use super::{CliError, Printed, json_line, parse_date_arg, parse_lang, strict_date};
use crate::calendar::{Calendar, Day, fmt_date, weekday_name};
use crate::case::judge_facts;
use crate::deadline::DeadlineKind;
use crate::deadline::reading::Reading;
use crate::deadline::registration::{REGISTRATION_RULES, Registration, register};
use crate::deadline::term::Deadline;
use crate::deadline::violation::Violation;
use crate::lang::{Lang, Localized, Named, Names};
use crate::law::Citation;
use crate::schedule::{Facts, Schedule};

/// The flags of `deadlines`: the [`Query`] and how to write it.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The request's dates.
    #[command(flatten)]
    pub query: Query,
    /// Write one JSON object (schema/deadlines.json) instead of the table.
    #[arg(long, conflicts_with = "ics")]
    pub json: bool,
    /// Write every deadline as an iCalendar all-day event, with its rule
    /// and the reason in the description, for Outlook or a phone.
    #[arg(long)]
    pub ics: bool,
}

/// The input of `deadlines`: its flags, and its `--batch` line
/// (`{"kind": "deadlines", "received": "2026-03-21", "reception":
/// "2026-05-12"}`). Dates are exactly `YYYY-MM-DD`; unknown fields are
/// refused.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::deadlines::{Query, run}};
/// let q: Query = serde_json::from_str(r#"{"received": "2026-03-21", "reception": "2026-05-12"}"#)?;
/// let out = run(&Calendar::kazakhstan(), &q)?;
/// // Registered Thu 26 March, after Nauryz (п. 21); answer 15 working days later (п. 25).
/// assert_eq!(out.response_due.to_string(), "2026-04-16");
/// assert!(serde_json::from_str::<Query>(r#"{"recieved": "2026-03-21"}"#).is_err());
/// assert!(serde_json::from_str::<Query>(r#"{"received": "2026-3-21"}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, clap::Args, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "DeadlinesQuery")]
#[schemars(
    description = "The input of `deadlines`: the day the request arrived and whatever else is known, dates as YYYY-MM-DD."
)]
pub struct Query {
    /// The day the request arrived (required); registered on it, or on the
    /// next working day (п. 21).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(deserialize_with = "strict_date::date")]
    pub received: NaiveDate,
    /// The end of the term as extended by a letter (п. 26, at most 30
    /// calendar days).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub letter_until: Option<NaiveDate>,
    /// The day the reasoned extension decision was taken (п. 26); adds both
    /// readings of the two months, extension_max_due (from the decision) and
    /// extension_max_due_from_registration.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub extended_on: Option<NaiveDate>,
    /// The day of the answer with inclusion in the list (п. 25); adds
    /// date_notice_due_after_answer (answer + 2 working days, reading (a)).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub answered_on: Option<NaiveDate>,
    /// The day of the reception (п. 16, 22, 25); schedule_notice_due is
    /// п. 25 reading (b), 2 working days before it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub reception: Option<NaiveDate>,
    /// The day the refusal of the reception is decided (п. 28), at the
    /// latest the day of the reception (п. 22–24).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub refusal_on: Option<NaiveDate>,
    /// The day the draft refusal was sent (п. 28, APPC art. 73).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub hearing_notice_sent: Option<NaiveDate>,
    /// The last day of the correction period (п. 6).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub correction_until: Option<NaiveDate>,
    /// The day the request was returned, not corrected in time (п. 6, APPC
    /// art. 64(7)); needs correction_until. It ends the request: no refusal
    /// is deemed after it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg, requires = "correction_until")]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub returned_on: Option<NaiveDate>,
    /// The question is outside competence: adds forward_due (п. 15(1), APPC
    /// art. 65).
    #[arg(long)]
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forward: bool,
    /// The day the request was forwarded to the competent body (п. 15(1),
    /// APPC art. 65); needs forward.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg, requires = "forward")]
    #[serde(
        default,
        deserialize_with = "strict_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub forwarded_on: Option<NaiveDate>,
    /// A reading the body applies instead of the default (a) (rules §2a):
    /// date_notice_before_reception (п. 25 (b)) or
    /// two_months_from_registration (п. 26 (b)); repeatable.
    #[arg(long = "reading", value_name = "READING", value_parser = super::judged::parse_reading)]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub reading: Vec<Reading>,
    /// The language of the names and reasons (and of the table): kk, ru or
    /// en.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    #[serde(default = "english")]
    pub lang: Lang,
}

const fn english() -> Lang {
    Lang::En
}

impl Query {
    /// A query for a request that arrived on `received`, nothing else known,
    /// in English.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::cli::deadlines::Query;
    /// let mut q = Query::received(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    /// q.forward = true;
    /// assert_eq!(serde_json::to_string(&q)?, r#"{"received":"2026-03-02","forward":true,"lang":"en"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub const fn received(received: NaiveDate) -> Query {
        Query {
            received,
            letter_until: None,
            extended_on: None,
            answered_on: None,
            reception: None,
            refusal_on: None,
            hearing_notice_sent: None,
            correction_until: None,
            returned_on: None,
            forward: false,
            forwarded_on: None,
            reading: Vec::new(),
            lang: Lang::En,
        }
    }
}

/// A day off a date passed over, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PassedDay {
    /// The day.
    pub date: NaiveDate,
    /// Its weekday, in English (`"Saturday"`).
    pub weekday: String,
    /// Why it is not a working day, in the query's language.
    pub reason: String,
    /// Whether the day is in a provisional or projected year.
    pub provisional: bool,
}

/// The registration of the request (п. 21).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationOut {
    /// The rules, rendered in the query's language.
    pub rules: Vec<String>,
    /// Whether it rests on a provisional or projected year.
    pub provisional: bool,
    /// The days off from the arrival to the registration.
    pub passed_over: Vec<PassedDay>,
}

/// One deadline with its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlineOut {
    /// Its machine name, the same as its key in [`Output`].
    pub key: DeadlineKind,
    /// Its name in the query's language.
    pub name: String,
    /// The last day.
    pub date: NaiveDate,
    /// Its weekday, in English.
    pub weekday: String,
    /// The term, in the query's language ("15 working days after …").
    pub term: String,
    /// The day the term is counted from.
    pub from: NaiveDate,
    /// The rule, its second source and the counting articles, rendered in
    /// the query's language.
    pub rules: Vec<String>,
    /// The end before the move off a day off (APPC art. 76(5)); `null` when
    /// not moved.
    pub moved_from: Option<NaiveDate>,
    /// The reading that gave the date, where the rule reads two ways
    /// (RULES.md §2a); `null` otherwise.
    pub reading: Option<Reading>,
    /// Whether it rests on a provisional or projected year.
    pub provisional: bool,
    /// The days off the term passed over, with their reasons.
    pub passed_over: Vec<PassedDay>,
}

pub use super::judged::ViolationOut;

/// The JSON of `deadlines --json`: the dates, one key per deadline the
/// dates determine, and the details.
///
/// ```json
/// {"received":"2026-03-21","registered":"2026-03-26","response_due":"2026-04-16",…,"deemed_refusal_from":"2026-04-17","provisional":false,"registration":{…},"deadlines":[…],"violations":[]}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "DeadlinesOutput")]
#[schemars(
    description = "The output of `kz-appeals deadlines --json`: the registration, one key per deadline the dates determine, deemed_refusal_from, the details of each deadline and the violations."
)]
pub struct Output {
    /// The day the request arrived.
    pub received: NaiveDate,
    /// The day it is registered (п. 21).
    pub registered: NaiveDate,
    /// The answer (п. 25).
    pub response_due: NaiveDate,
    /// The limit of an extension by letter (п. 26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_30_days_due: Option<NaiveDate>,
    /// The limit of an extension by decision, from the decision (п. 26
    /// reading (a), APPC art. 76(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_max_due: Option<NaiveDate>,
    /// The limit of an extension by decision, from registration (п. 26
    /// reading (b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_max_due_from_registration: Option<NaiveDate>,
    /// Telling the applicant of the extension (п. 26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_notice_due: Option<NaiveDate>,
    /// The briefing (п. 22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preparation_due: Option<NaiveDate>,
    /// The date-and-time notice after the answer (п. 25 reading (a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_notice_due_after_answer: Option<NaiveDate>,
    /// The date-and-time notice before the reception (п. 25 reading (b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_notice_due: Option<NaiveDate>,
    /// The official's absence notice (п. 16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absence_notice_due: Option<NaiveDate>,
    /// Sending the draft refusal for a hearing (п. 28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hearing_notice_due: Option<NaiveDate>,
    /// The applicant's objection (APPC art. 73).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection_due: Option<NaiveDate>,
    /// The return of a request not corrected (п. 6, APPC art. 64(7)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_due: Option<NaiveDate>,
    /// Forwarding to the competent body (п. 15(1), APPC art. 65).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forward_due: Option<NaiveDate>,
    /// APPC art. 91(2): the day from which a refusal is deemed when the term
    /// of the answer ends with no answer; `null` when the dates show an
    /// answer, a refusal or a forwarding within the term.
    pub deemed_refusal_from: Option<NaiveDate>,
    /// Whether any date rests on a provisional or projected year.
    pub provisional: bool,
    /// The registration, with its rules and the days off it waited over.
    pub registration: RegistrationOut,
    /// Every deadline with its reasons, in the order of the schedule.
    pub deadlines: Vec<DeadlineOut>,
    /// The acts done after their deadline; empty when nothing is late.
    pub violations: Vec<ViolationOut>,
}

/// The registration, the schedule and the judge's violations and deemed
/// refusal, worked out once.
struct Worked {
    reg: Registration,
    schedule: Schedule,
    violations: Vec<Violation>,
    deemed_refusal_from: Option<NaiveDate>,
}

fn bad(e: impl Localized) -> CliError {
    CliError::from_localized(&e)
}

fn work(cal: &Calendar, q: &Query) -> Result<Worked, CliError> {
    let reg = register(cal, q.received).map_err(|e| bad(e).context("--received"))?;
    let mut facts = Facts::registered_on(reg.date);
    facts.arrived_on = Some(q.received);
    facts.letter_extended_to = q.letter_until;
    facts.extended_on = q.extended_on;
    facts.reception = q.reception;
    facts.refusal_on = q.refusal_on;
    facts.hearing_notice_sent = q.hearing_notice_sent;
    facts.correction_until = q.correction_until;
    facts.answered_on = q.answered_on;
    facts.outside_competence = q.forward;
    facts.forwarded_on = q.forwarded_on;
    facts.returned_on = q.returned_on;
    let policy = super::judged::policy(&q.reading)
        .map_err(|e| CliError::bad_input(e).context("--reading"))?;
    let schedule = Schedule::compute_with(cal, &facts, policy).map_err(bad)?;
    let judged = judge_facts(cal, &facts, policy).map_err(bad)?;
    Ok(Worked {
        reg,
        schedule,
        violations: judged.violations,
        deemed_refusal_from: judged.deemed_refusal_from,
    })
}

fn passed_days(days: impl Iterator<Item = Day>, lang: Lang) -> Vec<PassedDay> {
    days.map(|day| PassedDay {
        date: day.date,
        weekday: weekday_name(day.date.weekday(), Lang::En).to_owned(),
        reason: day.describe(lang),
        provisional: day.is_provisional(),
    })
    .collect()
}

/// Every deadline of the request, and why.
///
/// # Errors
/// [`CliError::BadInput`] for a date outside the calendar or dates that
/// cannot have happened (an answer before the registration, a refusal after
/// the reception, …), with the rule.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Calendar, cli::deadlines::{Query, run}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Answer due Thu 16 April 2026; answered Mon 20 April: 17, 20 -> 2 late.
/// let mut q = Query::received(d(3, 21));
/// q.answered_on = Some(d(4, 20));
/// let out = run(&cal, &q)?;
/// assert_eq!((out.violations[0].due, out.violations[0].late_by_working_days), (d(4, 16), 2));
/// // An answer before the registration cannot have happened.
/// q.answered_on = Some(d(3, 25));
/// assert!(run(&cal, &q).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run(cal: &Calendar, query: &Query) -> Result<Output, CliError> {
    let Worked {
        reg,
        schedule,
        violations,
        deemed_refusal_from,
    } = work(cal, query)?;
    let lang = query.lang;
    let mut out = Output {
        received: reg.arrived,
        registered: reg.date,
        response_due: schedule.response.date,
        extension_30_days_due: None,
        extension_max_due: None,
        extension_max_due_from_registration: None,
        extension_notice_due: None,
        preparation_due: None,
        date_notice_due_after_answer: None,
        schedule_notice_due: None,
        absence_notice_due: None,
        hearing_notice_due: None,
        objection_due: None,
        return_due: None,
        forward_due: None,
        deemed_refusal_from,
        provisional: reg.provisional || schedule.provisional(),
        registration: RegistrationOut {
            rules: REGISTRATION_RULES.iter().map(|c| c.render(lang)).collect(),
            provisional: reg.provisional,
            passed_over: passed_days(reg.passed_over(cal).map_err(bad)?, lang),
        },
        deadlines: Vec::new(),
        violations: violations
            .iter()
            .map(|v| ViolationOut::of(v, lang))
            .collect(),
    };
    for (kind, d) in schedule.deadlines() {
        let slot = match kind {
            DeadlineKind::Response => {
                out.response_due = d.date;
                None
            }
            DeadlineKind::Extension30Days => Some(&mut out.extension_30_days_due),
            DeadlineKind::ExtensionMax => Some(&mut out.extension_max_due),
            DeadlineKind::ExtensionMaxFromRegistration => {
                Some(&mut out.extension_max_due_from_registration)
            }
            DeadlineKind::ExtensionNotice => Some(&mut out.extension_notice_due),
            DeadlineKind::Briefing => Some(&mut out.preparation_due),
            DeadlineKind::DateNoticeAfterAnswer => Some(&mut out.date_notice_due_after_answer),
            DeadlineKind::ScheduleNotice => Some(&mut out.schedule_notice_due),
            DeadlineKind::AbsenceNotice => Some(&mut out.absence_notice_due),
            DeadlineKind::HearingNotice => Some(&mut out.hearing_notice_due),
            DeadlineKind::Objection => Some(&mut out.objection_due),
            DeadlineKind::Return => Some(&mut out.return_due),
            DeadlineKind::Forward => Some(&mut out.forward_due),
            // Never in a schedule: the registration is `registered`, an
            // instruction's date is the protocol's.
            DeadlineKind::Registration
            | DeadlineKind::Instruction
            | DeadlineKind::ExtensionLetter
            | DeadlineKind::ExtensionDecision
            | DeadlineKind::DraftReceipt
            | DeadlineKind::ReceptionForm
            | DeadlineKind::Assignment
            | DeadlineKind::HearingProtocol
            | DeadlineKind::HearingRemarks => None,
        };
        if let Some(slot) = slot {
            *slot = Some(d.date);
        }
        out.deadlines.push(deadline_out(cal, kind, d, lang)?);
    }
    Ok(out)
}

fn deadline_out(
    cal: &Calendar,
    kind: DeadlineKind,
    d: &Deadline,
    lang: Lang,
) -> Result<DeadlineOut, CliError> {
    Ok(DeadlineOut {
        key: kind,
        name: kind.name(lang).to_owned(),
        date: d.date,
        weekday: weekday_name(d.date.weekday(), Lang::En).to_owned(),
        term: d.term.describe(d.from, lang),
        from: d.from,
        rules: d.citations().map(|c| c.render(lang)).collect(),
        moved_from: d.moved().then(|| d.nominal_end()),
        reading: d.reading,
        provisional: d.provisional,
        passed_over: passed_days(d.passed_over(cal).map_err(bad)?, lang),
    })
}

const PROVISIONAL: Names = Names::new(
    "* жұмыс күндерінің күнтізбесі әлі түпкілікті емес жылға сүйенеді",
    "* опирается на год, календарь которого еще не окончательный",
    "* rests on a year whose calendar is not yet official",
);

/// The deadlines as text in the query's language: a table (deadline, date,
/// weekday, rules), then each date explained with the days off it passed
/// over, the refusal APPC art. 91(2) deems, and the violations.
///
/// Worked from the calendar rather than from [`Output`]: the explanations
/// are sentences the calendar writes, not data of the JSON.
///
/// # Errors
/// As [`run`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Calendar, cli::deadlines::{Query, text}};
/// let t = text(&Calendar::kazakhstan(), &Query::received(NaiveDate::from_ymd_opt(2026, 3, 21).unwrap()))?;
/// assert!(t.lines().nth(1).unwrap().starts_with("registration"));
/// assert!(t.contains("Nauryz"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn text(cal: &Calendar, query: &Query) -> Result<String, CliError> {
    let Worked {
        reg,
        schedule: s,
        violations,
        deemed_refusal_from,
    } = work(cal, query)?;
    let lang = query.lang;
    let (head, reg_name) = match lang {
        Lang::Kk => (["мерзім", "күні", "апта күні", "норма"], "тіркеу"),
        Lang::Ru => (["срок", "дата", "день недели", "норма"], "регистрация"),
        Lang::En => (["deadline", "date", "weekday", "rule"], "registration"),
    };
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    table.set_header(head);
    let rules: Vec<String> = REGISTRATION_RULES.iter().map(|c| c.render(lang)).collect();
    table.add_row(vec![
        reg_name.to_owned(),
        fmt_date(reg.date, lang),
        weekday_name(reg.date.weekday(), lang).to_owned(),
        rules.join("; "),
    ]);
    for (kind, d) in s.deadlines() {
        let mark = if d.provisional { " *" } else { "" };
        let rules: Vec<String> = std::iter::once(d.rule)
            .chain(d.also)
            .map(|c| c.render(lang))
            .collect();
        table.add_row(vec![
            kind.name(lang).to_owned(),
            fmt_date(d.date, lang) + mark,
            weekday_name(d.date.weekday(), lang).to_owned(),
            rules.join("; "),
        ]);
    }
    let mut out = String::new();
    for line in table.lines() {
        let _ = writeln!(out, "{}", super::table_line(&line));
    }
    if reg.provisional || s.provisional() {
        let _ = writeln!(out, "{}", PROVISIONAL.get(lang));
    }
    let _ = write!(
        out,
        "\n{reg_name}\n{}\n",
        reg.explain(cal, lang).map_err(bad)?
    );
    for (kind, d) in s.deadlines() {
        let _ = write!(
            out,
            "\n{}\n{}\n",
            kind.name(lang),
            d.explain(cal, lang).map_err(bad)?
        );
    }
    if let Some(from) = deemed_refusal_from {
        let (from, rule) = (fmt_date(from, lang), Citation::APPC_91_2.render(lang));
        let _ = writeln!(
            out,
            "\n{}",
            match lang {
                Lang::Kk =>
                    format!("жауап болмаса, {from} бастап бас тартылды деп есептеледі ({rule})"),
                Lang::Ru =>
                    format!("при отсутствии ответа с {from} отказ считается принятым ({rule})"),
                Lang::En => format!("with no answer, a refusal is deemed from {from} ({rule})"),
            }
        );
    }
    if !violations.is_empty() {
        out.push_str(match lang {
            Lang::Kk => "\nбұзушылықтар\n",
            Lang::Ru => "\nнарушения\n",
            Lang::En => "\nviolations\n",
        });
        for v in &violations {
            let on = v.on.map(|on| fmt_date(on, lang)).unwrap_or_default();
            let late = match lang {
                Lang::Kk => format!("{} жұмыс күні кешікті", v.late_by_working_days),
                Lang::Ru => format!("просрочка {} раб. дн.", v.late_by_working_days),
                Lang::En => format!("{} working days late", v.late_by_working_days),
            };
            let _ = writeln!(
                out,
                "  {}: {} -> {on}, {late} ({})",
                v.deadline.name(lang),
                fmt_date(v.due, lang),
                v.rule.render(lang)
            );
        }
    }
    Ok(out)
}

/// A stable fingerprint of the request's dates (FNV-1a, 64 bits): the same
/// dates give the same UIDs in every run and language, two requests with
/// different dates never share one.
fn fingerprint(q: &Query) -> u64 {
    let dates = [
        q.letter_until,
        q.extended_on,
        q.answered_on,
        q.reception,
        q.refusal_on,
        q.hearing_notice_sent,
        q.correction_until,
    ];
    let mut text = format!("{}|{}", q.received, q.forward);
    for d in dates {
        let _ = write!(text, "|{}", d.map(|d| d.to_string()).unwrap_or_default());
    }
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

const RECEIVED: Names = Names::new("келіп түскен күні", "поступило", "received");

/// Every deadline of the request as an iCalendar (RFC 5545) all-day event:
/// its name (and the day the request arrived) as the title, its rules and
/// the reason (the explanation, with the days off passed over) as the
/// description, in the query's language. A worker imports it into Outlook or
/// a phone.
///
/// The file is deterministic: each UID is the deadline's machine name and a
/// fingerprint of the request's dates (so the same request in another
/// language replaces its events, and two requests never share a UID), and
/// DTSTAMP is 1 January of the year of arrival, not the time of the run.
///
/// # Errors
/// As [`run`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Calendar, cli::deadlines::{Query, ics}};
/// let cal = Calendar::kazakhstan();
/// let ics = ics(&cal, &Query::received(NaiveDate::from_ymd_opt(2026, 3, 21).unwrap()))?;
/// assert!(ics.contains("DTSTART;VALUE=DATE:20260416\r\n")); // the answer, п. 25
/// assert!(ics.contains("SUMMARY:answer to the applicant (received 2026-03-21)\r\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn ics(cal: &Calendar, query: &Query) -> Result<String, CliError> {
    let Worked { reg, schedule, .. } = work(cal, query)?;
    let lang = query.lang;
    let received = fmt_date(reg.arrived, lang);
    let print = fingerprint(query);
    let mut events = Vec::new();
    for (kind, d) in schedule.deadlines() {
        let rules: Vec<String> = d.citations().map(|c| c.render(lang)).collect();
        let mut description = format!(
            "{}\n{}",
            rules.join("; "),
            d.explain(cal, lang).map_err(bad)?
        );
        if d.provisional {
            let _ = write!(description, "\n{}", PROVISIONAL.get(lang));
        }
        events.push(AllDay {
            date: d.date,
            uid: format!("{}-{print:016x}@kz-appeals", kind.key()),
            summary: format!("{} ({} {received})", kind.name(lang), RECEIVED.get(lang)),
            description,
            busy: true,
        });
    }
    let title = match lang {
        Lang::Kk => format!("{received} келіп түскен жолданымның мерзімдері"),
        Lang::Ru => format!("Сроки по обращению, поступившему {received}"),
        Lang::En => format!("Deadlines of the request received {received}"),
    };
    super::ics::file(&title, reg.arrived.year(), events)
}

/// Runs `deadlines` with its flags.
pub(crate) fn execute(cal: &Calendar, args: &Args) -> Result<Printed, CliError> {
    let q = &args.query;
    match (args.json, args.ics) {
        (true, _) => run(cal, q).and_then(|out| json_line(&out)),
        (false, true) => ics(cal, q),
        (false, false) => text(cal, q),
    }
    .map(Printed::ok)
}
