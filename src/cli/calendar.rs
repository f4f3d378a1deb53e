//! `kz-appeals calendar YEAR` (or `calendar YYYY-MM`, one month): a year of
//! the working-day calendar as text,
//! JSON (`--json`) or iCalendar (`--ics`), optionally with a published order
//! applied first (`--update FILE`, a [`YearOrders`] JSON), so that a back
//! office can check an order before loading it.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate, Weekday};
use comfy_table::{Table, presets};
use serde::{Deserialize, Serialize};

use super::ics::AllDay;
use super::{CliError, Format, LangArg, Message, Printed, json_line, updated};
use crate::calendar::{Calendar, DayKind, YearOrders, YearStatus, fmt_date, weekday_name};
use crate::lang::{Lang, Named, Names};

/// The flags of `calendar`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The year (2026), from 2018 to the last year the calendar covers, or
    /// one month of it (2026-05).
    #[arg(value_name = "YEAR|YYYY-MM", value_parser = parse_year_month)]
    pub year: YearMonth,
    /// Write one JSON object (schema/calendar.json).
    #[arg(long, conflicts_with = "ics")]
    pub json: bool,
    /// Write the year's days off (and working weekend days) as iCalendar
    /// all-day events, with their names.
    #[arg(long)]
    pub ics: bool,
    /// Apply a published order first: a YearOrders JSON file.
    #[arg(long, value_name = "FILE")]
    pub update: Option<PathBuf>,
    /// The language of the text and of the iCalendar names.
    #[command(flatten)]
    pub lang: LangArg,
}

/// A year, or one month of it: `calendar 2026`, `calendar 2026-05`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearMonth {
    /// The year.
    pub year: i32,
    /// The month, 1–12; `None` for the whole year.
    pub month: Option<u32>,
}

/// `2026` or `2026-05`, as typed.
///
/// # Example
/// ```
/// use kz_appeals::cli::calendar::{YearMonth, parse_year_month};
/// assert_eq!(parse_year_month("2026"), Ok(YearMonth { year: 2026, month: None }));
/// assert_eq!(parse_year_month("2026-05"), Ok(YearMonth { year: 2026, month: Some(5) }));
/// assert!(parse_year_month("2026-13").is_err());
/// assert!(parse_year_month("2026-5").is_err());
/// ```
///
/// # Errors
/// What was typed is neither four digits nor four digits, a dash and a
/// month from 01 to 12.
pub fn parse_year_month(s: &str) -> Result<YearMonth, String> {
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    let wrong =
        || format!("{s:?} is not a year or a month; give a year as 2026 or a month as 2026-05");
    let (y, m) = match s.split_once('-') {
        None => (s, None),
        Some((y, m)) => (y, Some(m)),
    };
    if !digits(y, 4) {
        return Err(wrong());
    }
    let year: i32 = y.parse().map_err(|_| wrong())?;
    let month = match m {
        None => None,
        Some(m) if digits(m, 2) => {
            let m: u32 = m.parse().map_err(|_| wrong())?;
            if !(1..=12).contains(&m) {
                return Err(wrong());
            }
            Some(m)
        }
        Some(_) => return Err(wrong()),
    };
    Ok(YearMonth { year, month })
}

impl Args {
    fn format(&self) -> Format {
        match (self.json, self.ics) {
            (true, _) => Format::Json,
            (false, true) => Format::Ics,
            (false, false) => Format::Text,
        }
    }
}

/// The input of `calendar`, as a `--batch` line (`{"kind": "calendar",
/// "year": 2027, "update": {…}}`).
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::calendar::{Query, run}};
/// let q: Query = serde_json::from_str(r#"{"year": 2026}"#)?;
/// assert_eq!(run(&Calendar::kazakhstan(), &q)?.non_working_weekdays.len(), 14);
/// assert!(serde_json::from_str::<Query>(r#"{"yaer": 2026}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CalendarQuery")]
#[schemars(
    description = "The input of `calendar`: a year, and optionally a published order (YearOrders) to apply first."
)]
pub struct Query {
    /// The year.
    pub year: i32,
    /// One month of the year, 1–12 (`calendar 2026-05`); the whole year
    /// when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 12))]
    pub month: Option<u32>,
    /// A published order to apply first (`YearOrders`, see
    /// `kz_appeals::calendar::YearOrders`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Value>")]
    pub update: Option<YearOrders>,
}

/// The status of a year, by its machine name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every act for the year is known.
    Official,
    /// Some acts may still come.
    Provisional,
    /// Computed from the law alone.
    Projected,
}

crate::lang::machine_names!(Status, "year status", {
    Status::Official => "official",
    Status::Provisional => "provisional",
    Status::Projected => "projected",
});

impl From<YearStatus> for Status {
    fn from(s: YearStatus) -> Self {
        match s {
            YearStatus::Official => Status::Official,
            YearStatus::Provisional => Status::Provisional,
            YearStatus::Projected => Status::Projected,
        }
    }
}

/// The JSON of `calendar YEAR --json`: the year, its status, and the days
/// that differ from the 5-day week: the weekdays off and the weekend days
/// worked (the shape of the reference calendar's data).
///
/// ```json
/// {"year":2026,"status":"official","non_working_weekdays":["2026-01-01","…"],"working_weekend_days":[]}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CalendarOutput")]
#[schemars(
    description = "The output of `kz-appeals calendar YEAR --json`: the year, its status, the weekdays off and the weekend days worked."
)]
pub struct Output {
    /// The year.
    pub year: i32,
    /// The month, when one was asked for: then the dates are that month's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// `official`, `provisional` or `projected`.
    pub status: Status,
    /// Monday-to-Friday days that are days off.
    pub non_working_weekdays: Vec<NaiveDate>,
    /// Saturdays and Sundays that are working days.
    pub working_weekend_days: Vec<NaiveDate>,
}

fn coverage(cal: &Calendar, year: i32) -> Result<(), CliError> {
    let years = cal.years();
    if years.contains(&year) {
        Ok(())
    } else {
        let (a, b) = (years.start(), years.end());
        Err(CliError::BadInput(Message::new(
            format!(
                "{year} жыл қамтылмаған: күнтізбе {a}–{b} жылдарды қамтиды (2026 жылға дейін \
                 ресми, 2027 алдын ала, одан әрі заң бойынша есептелген); {a} мен {b} \
                 аралығындағы жылды көрсетіңіз"
            ),
            format!(
                "{year} год не охвачен: календарь охватывает {a}–{b} годы (официально до 2026, \
                 предварительно 2027, далее рассчитан по закону); укажите год от {a} до {b}"
            ),
            format!(
                "{year} is not covered: the calendar covers {a} to {b} (official to 2026, \
                 provisional 2027, projected from the law after); give a year from {a} to {b}"
            ),
        )))
    }
}

/// A month from 1 to 12, or none.
fn month_in_range(month: Option<u32>) -> Result<(), CliError> {
    match month {
        Some(m) if !(1..=12).contains(&m) => Err(CliError::BadInput(Message::new(
            format!("{m} деген ай жоқ; 1-ден 12-ге дейінгі айды көрсетіңіз"),
            format!("месяца {m} нет; укажите месяц от 1 до 12"),
            format!("there is no month {m}; give a month from 1 to 12"),
        ))),
        _ => Ok(()),
    }
}

fn calendar_error(e: crate::calendar::CalendarError) -> CliError {
    CliError::from_localized(&e)
}

/// Reads a `YearOrders` JSON (the `--update` file's text).
///
/// # Errors
/// [`CliError::BadInput`] naming the line and column of the first problem,
/// an unknown field among them.
///
/// # Example
/// ```
/// use kz_appeals::cli::calendar::parse_update;
/// let orders = parse_update(r#"{"year": 2027, "extra_days_off": []}"#)?;
/// assert_eq!(orders.year, 2027);
/// assert!(parse_update("{").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_update(text: &str) -> Result<YearOrders, CliError> {
    serde_json::from_str(super::without_bom(text)).map_err(|e| {
        let m = Message::json(&e);
        CliError::BadInput(Message::new(
            format!(
                "жаңарту дұрыс YearOrders JSON емес: {}; kz_appeals::calendar::YearOrders \
                 мысалын қараңыз",
                m.get(Lang::Kk)
            ),
            format!(
                "обновление не является корректным JSON YearOrders: {}; см. пример \
                 kz_appeals::calendar::YearOrders",
                m.get(Lang::Ru)
            ),
            format!(
                "the update is not a valid YearOrders JSON: {}; see the example of \
                 kz_appeals::calendar::YearOrders",
                m.get(Lang::En)
            ),
        ))
    })
}

/// The year's JSON, after the query's update.
///
/// # Errors
/// [`CliError::BadInput`] when the year is not covered or the update does
/// not apply.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, cli::calendar::{Query, Status, run}};
/// let out = run(&Calendar::kazakhstan(), &Query { year: 2027, month: None, update: None })?;
/// assert_eq!(out.status, Status::Provisional);
/// assert!(run(&Calendar::kazakhstan(), &Query { year: 2017, month: None, update: None }).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run(cal: &Calendar, query: &Query) -> Result<Output, CliError> {
    let cal = updated(cal, query.update.as_ref())?;
    coverage(&cal, query.year)?;
    month_in_range(query.month)?;
    let status = cal.year_status(query.year).map_err(calendar_error)?;
    let (mut off, mut on) = cal.exceptions(query.year).map_err(calendar_error)?;
    if let Some(m) = query.month {
        off.retain(|d| d.month() == m);
        on.retain(|d| d.month() == m);
    }
    Ok(Output {
        year: query.year,
        month: query.month,
        status: status.into(),
        non_working_weekdays: off,
        working_weekend_days: on,
    })
}

const MONTHS: [Names; 12] = [
    Names::new("Қаңтар", "Январь", "January"),
    Names::new("Ақпан", "Февраль", "February"),
    Names::new("Наурыз", "Март", "March"),
    Names::new("Сәуір", "Апрель", "April"),
    Names::new("Мамыр", "Май", "May"),
    Names::new("Маусым", "Июнь", "June"),
    Names::new("Шілде", "Июль", "July"),
    Names::new("Тамыз", "Август", "August"),
    Names::new("Қыркүйек", "Сентябрь", "September"),
    Names::new("Қазан", "Октябрь", "October"),
    Names::new("Қараша", "Ноябрь", "November"),
    Names::new("Желтоқсан", "Декабрь", "December"),
];

const WORKING: Names = Names::new("жұмыс", "рабочий", "working");
const OFF: Names = Names::new("демалыс", "выходной", "off");
const WEEK_HEADER: Names = Names::new(
    " Дс Сс Ср Бс Жм Сб Жс",
    " Пн Вт Ср Чт Пт Сб Вс",
    " Mo Tu We Th Fr Sa Su",
);
const LEGEND: Names = Names::new(
    "* демалыс күні. Алдын ала және болжамды жылдар әлі өзгеруі мүмкін.",
    "* выходной день. Предварительные и прогнозные годы ещё могут измениться.",
    "* day off. Provisional and projected years may still change.",
);

/// Whether a day differs from the plain 5-day week (a weekday off or a
/// weekend day worked) or is a named day off on a weekend: the days worth a
/// line or an event.
fn notable(date: NaiveDate, kind: &DayKind) -> bool {
    let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
    weekend == kind.is_working() || matches!(kind, DayKind::Holiday { .. })
}

/// The year as text in `lang`: a summary, every day that differs from the
/// 5-day week with its reason, and a month grid.
///
/// # Errors
/// [`CliError::BadInput`] when the year is not covered.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, Lang, cli::calendar::text};
/// let t = text(&Calendar::kazakhstan(), 2026, Lang::En)?;
/// assert!(t.starts_with("Kazakhstan working-day calendar 2026 (official): 247 working days, 118 days off"));
/// assert!(t.contains("carry-over of Nauryz"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn text(cal: &Calendar, year: i32, lang: Lang) -> Result<String, CliError> {
    span_text(cal, year, None, lang)
}

/// One month as text in `lang`: the summary, the days that differ from the
/// 5-day week with their reasons, and the month's grid.
///
/// # Errors
/// [`CliError::BadInput`] when the year is not covered or the month is not
/// 1–12.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, Lang, cli::calendar::month_text};
/// let t = month_text(&Calendar::kazakhstan(), 2026, 5, Lang::En)?;
/// assert!(t.starts_with("Kazakhstan working-day calendar, May 2026 (official): 17 working days, 14 days off"), "{t}");
/// assert!(t.contains("Victory Day"));
/// assert!(!t.contains("June"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn month_text(cal: &Calendar, year: i32, month: u32, lang: Lang) -> Result<String, CliError> {
    span_text(cal, year, Some(month), lang)
}

fn span_text(
    cal: &Calendar,
    year: i32,
    month: Option<u32>,
    lang: Lang,
) -> Result<String, CliError> {
    coverage(cal, year)?;
    month_in_range(month)?;
    let mut out = String::new();
    let status = cal.year_status(year).map_err(calendar_error)?;
    let days: Vec<_> = cal
        .year_days(year)
        .map_err(calendar_error)?
        .filter(|d| month.is_none_or(|m| d.date.month() == m))
        .collect();
    let working = days.iter().filter(|d| d.is_working()).count();
    let off = days.len().saturating_sub(working);
    let status = status.name(lang);
    let month_name = month
        .and_then(|m| MONTHS.get(usize::try_from(m).ok()?.checked_sub(1)?))
        .map(|n| n.get(lang));
    let _ = writeln!(
        out,
        "{}",
        match (lang, month_name) {
            (Lang::Kk, Some(name)) => format!(
                "Қазақстанның өндірістік күнтізбесі, {year} {name} ({status}): \
                 {working} жұмыс күні, {off} демалыс күні"
            ),
            (Lang::Ru, Some(name)) => format!(
                "Производственный календарь Казахстана, {name} {year} ({status}): \
                 рабочих дней {working}, выходных {off}"
            ),
            (Lang::En, Some(name)) => format!(
                "Kazakhstan working-day calendar, {name} {year} ({status}): \
                 {working} working days, {off} days off"
            ),
            (Lang::Kk, None) => format!(
                "Қазақстанның өндірістік күнтізбесі, {year} ({status}): \
                 {working} жұмыс күні, {off} демалыс күні"
            ),
            (Lang::Ru, None) => format!(
                "Производственный календарь Казахстана, {year} ({status}): \
                 рабочих дней {working}, выходных {off}"
            ),
            (Lang::En, None) => format!(
                "Kazakhstan working-day calendar {year} ({status}): \
                 {working} working days, {off} days off"
            ),
        }
    );
    out.push('\n');
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    for day in days.iter().filter(|d| notable(d.date, &d.kind)) {
        let mark = if day.is_working() { WORKING } else { OFF };
        table.add_row(vec![
            fmt_date(day.date, lang),
            weekday_name(day.date.weekday(), lang).to_owned(),
            mark.get(lang).to_owned(),
            day.describe(lang),
        ]);
    }
    for line in table.lines() {
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for (m, name) in (1..=12u32).zip(MONTHS) {
        if month.is_some_and(|only| only != m) {
            continue;
        }
        let month = m;
        out.push('\n');
        let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
            continue;
        };
        let _ = writeln!(out, "{} {}", name.get(lang), year);
        let _ = writeln!(out, "{}", WEEK_HEADER.get(lang));
        let indent = first.weekday().num_days_from_monday() as usize;
        let mut line = "   ".repeat(indent);
        for day in days.iter().filter(|d| d.date.month() == month) {
            let mark = if day.is_working() { ' ' } else { '*' };
            let _ = write!(line, "{:>2}{mark}", day.date.day());
            if day.date.weekday() == Weekday::Sun {
                let _ = writeln!(out, "{}", line.trim_end());
                line.clear();
            }
        }
        if !line.is_empty() {
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    out.push('\n');
    let _ = writeln!(out, "{}", LEGEND.get(lang));
    Ok(out)
}

/// The year's days off as an iCalendar (RFC 5545) file: one all-day event
/// per day off that is not a plain weekend day (holidays, also on a weekend,
/// carry-overs, transferred and declared days off), and one per weekend day
/// that is worked, each with its name in `lang` and its reason and rule in
/// the description. A worker imports it into Outlook or a phone.
///
/// The file is deterministic: each event's `UID` is made from its date alone
/// (so importing an updated year, or the same year in another language,
/// replaces the events instead of doubling them), and `DTSTAMP` is 1 January
/// of the year, 00:00 UTC, not the time of the run.
///
/// # Errors
/// [`CliError::BadInput`] when the year is not covered.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, Lang, cli::calendar::ics};
/// let ics = ics(&Calendar::kazakhstan(), 2026, Lang::En)?;
/// assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
/// assert!(ics.contains("DTSTART;VALUE=DATE:20260323\r\n")); // Nauryz
/// assert!(ics.contains("SUMMARY:Nauryz\r\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn ics(cal: &Calendar, year: i32, lang: Lang) -> Result<String, CliError> {
    span_ics(cal, year, None, lang)
}

/// One month's days off (and working weekend days) as iCalendar, as
/// [`ics`] writes them for the year.
///
/// # Errors
/// [`CliError::BadInput`] when the year is not covered or the month is not
/// 1–12.
///
/// # Example
/// ```
/// use kz_appeals::{Calendar, Lang, cli::calendar::month_ics};
/// let ics = month_ics(&Calendar::kazakhstan(), 2026, 3, Lang::En)?;
/// assert!(ics.contains("DTSTART;VALUE=DATE:20260323\r\n")); // Nauryz
/// assert!(!ics.contains("DTSTART;VALUE=DATE:20260101\r\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn month_ics(cal: &Calendar, year: i32, month: u32, lang: Lang) -> Result<String, CliError> {
    span_ics(cal, year, Some(month), lang)
}

fn span_ics(cal: &Calendar, year: i32, month: Option<u32>, lang: Lang) -> Result<String, CliError> {
    coverage(cal, year)?;
    month_in_range(month)?;
    let status = cal.year_status(year).map_err(calendar_error)?;
    let title = match lang {
        Lang::Kk => format!(
            "Қазақстанның демалыс күндері {year} ({})",
            status.name(lang)
        ),
        Lang::Ru => format!("Выходные дни Казахстана {year} ({})", status.name(lang)),
        Lang::En => format!("Kazakhstan days off {year} ({})", status.name(lang)),
    };
    let mut events = Vec::new();
    for day in cal.year_days(year).map_err(calendar_error)? {
        if !notable(day.date, &day.kind) || month.is_some_and(|m| day.date.month() != m) {
            continue;
        }
        let reason = day.describe(lang);
        let summary = match &day.kind {
            DayKind::Holiday { holiday, .. } => holiday.name(lang).to_owned(),
            _ if day.is_working() => format!("{}: {reason}", WORKING.get(lang)),
            _ => reason.split(" (").next().unwrap_or(&reason).to_owned(),
        };
        let mut description = reason.clone();
        if let Some(rule) = day.citation() {
            let _ = write!(description, "\n{}", rule.render(lang));
        }
        if day.is_provisional() {
            let _ = write!(
                description,
                "\n{}",
                LEGEND.get(lang).trim_start_matches("* ")
            );
        }
        events.push(AllDay {
            date: day.date,
            uid: format!("{}@kz-appeals", day.date),
            summary,
            description,
            busy: day.is_working(),
        });
    }
    super::ics::file(&title, year, events)
}

/// Runs `calendar` with its flags.
pub(crate) fn execute(
    cal: &Calendar,
    args: &Args,
    update: Option<YearOrders>,
) -> Result<Printed, CliError> {
    let query = Query {
        year: args.year.year,
        month: args.year.month,
        update,
    };
    let lang = args.lang.lang;
    match args.format() {
        Format::Json => run(cal, &query).and_then(|out| json_line(&out)),
        Format::Ics => {
            let cal = updated(cal, query.update.as_ref())?;
            span_ics(&cal, query.year, query.month, lang)
        }
        Format::Text => {
            let cal = updated(cal, query.update.as_ref())?;
            span_text(&cal, query.year, query.month, lang)
        }
    }
    .map(Printed::ok)
}
