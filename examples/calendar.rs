//! Prints a year of the official Kazakhstan working-day calendar.
//!
//! ```text
//! cargo run --example calendar -- 2026            # days off with reasons, month grid
//! cargo run --example calendar -- 2026 --lang ru  # the same in Russian (kk, ru, en)
//! cargo run --example calendar -- 2026 --json     # one JSON object
//! ```

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate, Weekday};
use kz_appeals::calendar::{Calendar, fmt_date, weekday_name};
use kz_appeals::{Lang, Named, Names};

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

const USAGE: &str = "usage: calendar YEAR [--json] [--lang kk|ru|en]";

struct Args {
    year: i32,
    json: bool,
    lang: Lang,
}

fn parse(cal: &Calendar, args: &[String]) -> Result<Args, String> {
    let years = cal.years();
    let (mut year, mut json, mut lang) = (None, false, Lang::En);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => {
                let v = it.next().ok_or("--lang needs a value: kk, ru or en")?;
                lang = v.parse().map_err(|e| format!("{e}"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            y => {
                if year.is_some() {
                    return Err(format!("unexpected argument {y:?}: give one year"));
                }
                let n: i32 = y.parse().map_err(|_| {
                    format!(
                        "{y:?} is not a year: give a year from {} to {}",
                        years.start(),
                        years.end()
                    )
                })?;
                year = Some(n);
            }
        }
    }
    let year = year.ok_or_else(|| {
        format!(
            "no year given: give a year from {} to {}",
            years.start(),
            years.end()
        )
    })?;
    if !years.contains(&year) {
        return Err(format!(
            "{year} is not covered: the calendar covers {} to {} (official to 2026, \
             provisional 2027, projected from the law after)",
            years.start(),
            years.end()
        ));
    }
    Ok(Args { year, json, lang })
}

fn json_dates(dates: &[NaiveDate]) -> String {
    let quoted: Vec<String> = dates.iter().map(|d| format!("\"{d}\"")).collect();
    format!("[{}]", quoted.join(","))
}

fn render_json(cal: &Calendar, year: i32) -> Result<String, String> {
    // "official", "provisional" or "projected": the words the crate uses.
    let status = cal.year_status(year).map_err(|e| e.to_string())?.as_str();
    let (off, on) = cal.exceptions(year).map_err(|e| e.to_string())?;
    Ok(format!(
        "{{\"year\":{year},\"status\":\"{status}\",\"non_working_weekdays\":{},\"working_weekend_days\":{}}}\n",
        json_dates(&off),
        json_dates(&on)
    ))
}

fn render_text(cal: &Calendar, year: i32, lang: Lang) -> Result<String, String> {
    let mut out = String::new();
    let status = cal.year_status(year).map_err(|e| e.to_string())?;
    let days: Vec<_> = cal.year_days(year).map_err(|e| e.to_string())?.collect();
    let working = days.iter().filter(|d| d.is_working()).count();
    let off = days.len() - working;
    let status = status.name(lang);
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::Kk => format!(
                "Қазақстанның өндірістік күнтізбесі, {year} ({status}): \
                 {working} жұмыс күні, {off} демалыс күні"
            ),
            Lang::Ru => format!(
                "Производственный календарь Казахстана, {year} ({status}): \
                 рабочих дней {working}, выходных {off}"
            ),
            Lang::En => format!(
                "Kazakhstan working-day calendar {year} ({status}): \
                 {working} working days, {off} days off"
            ),
        }
    );
    out.push('\n');
    for day in &days {
        let weekend = matches!(day.date.weekday(), Weekday::Sat | Weekday::Sun);
        // Plain weekends and plain working days need no explanation.
        if weekend != day.is_working() {
            continue;
        }
        let mark = if day.is_working() {
            WORKING.get(lang)
        } else {
            OFF.get(lang)
        };
        let _ = writeln!(
            out,
            "{}  {:<12} {:<8} {}",
            fmt_date(day.date, lang),
            weekday_name(day.date.weekday(), lang),
            mark,
            day.describe(lang)
        );
    }
    for month in 1..=12u32 {
        out.push('\n');
        let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or("bad month")?;
        let _ = writeln!(out, "{} {}", MONTHS[month as usize - 1].get(lang), year);
        let _ = writeln!(out, "{}", WEEK_HEADER.get(lang));
        let mut line = "   ".repeat(first.weekday().num_days_from_monday() as usize);
        for day in days.iter().filter(|d| d.date.month() == month) {
            let mark = if day.is_working() { ' ' } else { '*' };
            line.push_str(&format!("{:>2}{mark}", day.date.day()));
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

fn main() -> ExitCode {
    let cal = Calendar::kazakhstan();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = parse(&cal, &args).and_then(|a| {
        if a.json {
            render_json(&cal, a.year)
        } else {
            render_text(&cal, a.year, a.lang)
        }
    });
    match result {
        // A closed pipe (`| head`) is not an error worth a message.
        Ok(text) => match std::io::stdout().lock().write_all(text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write the calendar: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
