//! The agenda of many case files on a date: what is overdue, due today or
//! due within N working days, most urgent first; then the violations so
//! far; with `--report`, the counts of п. 38 for a quarter or a period.
//!
//! ```text
//! cargo run --example agenda -- examples/data/cases.json --as-of 2026-12-01
//! cargo run --example agenda -- examples/data/cases.json --as-of 2026-12-01 --within 5 --lang ru
//! cargo run --example agenda -- - --as-of 2026-12-01 --report 2026-Q4 --json < cases.json
//! ```
//!
//! FILE is the case files' JSON format (`kz_appeals::case::format`); `-`
//! reads standard input. Bad input (malformed JSON, an unknown event or
//! field, an impossible event, an unknown version, a bad flag) is reported
//! on stderr, naming the case and the event, with exit status 2, and
//! nothing is printed on stdout; output that cannot be written, exit 1.
//!
//! Dates are accepted exactly as `YYYY-MM-DD` (`kz_appeals::date::parse_date`).

use std::io::{Read as _, Write as _};
use std::process::ExitCode;

use chrono::NaiveDate;
use kz_appeals::calendar::Calendar;
use kz_appeals::case::format::{self, Document};
use kz_appeals::case::{AgendaItem, CaseFile, Event, Period, Report, agenda, evaluate, report};
use kz_appeals::date::parse_date;
use kz_appeals::violation::Violation;
use kz_appeals::{Lang, MachineName, Named, Names};
use serde_json::{Value, json};

const USAGE: &str = "\
usage: agenda FILE --as-of YYYY-MM-DD [--within N] [--report YYYY-QN | YYYY-MM-DD..YYYY-MM-DD]
              [--lang kk|ru|en] [--json]

  FILE       the case files (JSON, version 1); - reads standard input
  --as-of    the date of the agenda (required)
  --within   also list what is due within N working days (default 3)
  --report   add the counts of п. 38 for a quarter (2026-Q3) or a period,
             up to --as-of when it is not over
  --lang     language of the table: kk, ru or en (default en)
  --json     print one JSON object instead of the table";

struct Args {
    file: String,
    as_of: NaiveDate,
    within: u32,
    report: Option<Period>,
    lang: Lang,
    json: bool,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut file = None;
    let (mut as_of, mut within, mut period, mut lang, mut json) = (None, None, None, None, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        let twice = |flag: &str| format!("{flag} is given twice; give it once");
        match arg.as_str() {
            "--as-of" => {
                let v = value("--as-of")?;
                let d = parse_date(&v).map_err(|e| format!("--as-of: {e}"))?;
                if as_of.replace(d).is_some() {
                    return Err(twice("--as-of"));
                }
            }
            "--within" => {
                let v = value("--within")?;
                let n = v
                    .parse::<u32>()
                    .ok()
                    .filter(|_| v.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| format!("--within {v:?} is not a number of working days"))?;
                if within.replace(n).is_some() {
                    return Err(twice("--within"));
                }
            }
            "--report" => {
                let v = value("--report")?;
                let p: Period = v.parse().map_err(|e| format!("{e}"))?;
                if period.replace(p).is_some() {
                    return Err(twice("--report"));
                }
            }
            "--lang" => {
                let v = value("--lang")?;
                let l = Lang::from_machine_name(&v).map_err(|e| format!("--lang: {e}"))?;
                if lang.replace(l).is_some() {
                    return Err(twice("--lang"));
                }
            }
            "--json" => {
                if json {
                    return Err(twice("--json"));
                }
                json = true;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown flag {flag}")),
            path => {
                if file.replace(path.to_owned()).is_some() {
                    return Err("give one FILE".into());
                }
            }
        }
    }
    Ok(Args {
        file: file.ok_or("FILE is missing")?,
        as_of: as_of.ok_or("--as-of is missing")?,
        within: within.unwrap_or(3),
        report: period,
        lang: lang.unwrap_or(Lang::En),
        json,
    })
}

/// The document in `text`, checked piece by piece so that an error names
/// the case and the event.
fn read_document(text: &str) -> Result<Document, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("the file is not JSON: {e}"))?;
    let version = value.get("version");
    if version != Some(&json!(1)) {
        return Err(format!(
            "unknown version {}; this example reads version 1",
            version.map_or("(none)".to_owned(), Value::to_string)
        ));
    }
    if let Some(cases) = value.get("cases").and_then(Value::as_array) {
        for (n, case) in cases.iter().enumerate() {
            let id = case
                .get("id")
                .and_then(Value::as_str)
                .map_or(format!("number {}", n + 1), |id| format!("{id:?}"));
            let Some(events) = case.get("events").and_then(Value::as_array) else {
                continue;
            };
            for (k, event) in events.iter().enumerate() {
                if let Err(e) = serde_json::from_value::<Event>(event.clone()) {
                    let name = event
                        .get("event")
                        .map_or("(no event)".to_owned(), Value::to_string);
                    return Err(format!("case {id}, event {} ({name}): {e}", k + 1));
                }
            }
        }
    }
    serde_json::from_value(value).map_err(|e| format!("the file is not a case file document: {e}"))
}

fn violation_json(case: &str, v: &Violation) -> Value {
    json!({
        "case": case,
        "deadline": v.deadline.key(),
        "due": v.due,
        "on": v.on,
        "late_by_working_days": v.late_by_working_days,
    })
}

fn report_lines(r: &Report, period: Period) -> String {
    let o = &r.outcomes;
    let mut s = format!(
        "\nReport (п. 38) for {period}\n\
         received {}, registered {}\n\
         left without consideration {}, returned {}, forwarded {}, no appointment {}\n\
         answered on time {}, late {}; extended by letter {}, by decision {}; refused after a hearing {}\n\
         receptions in person {}, by videoconference {}\n\
         instructions given {}, executed on time {}, late {}, open {}\n\
         registered in the period: answered {}, refused {}, left {}, returned {}, forwarded {}, no appointment {}, open {}\n",
        r.received,
        r.registered,
        r.left_without_consideration,
        r.returned,
        r.forwarded,
        r.no_appointment,
        r.answered_on_time,
        r.answered_late,
        r.extended_by_letter,
        r.extended_by_decision,
        r.refused,
        r.receptions_in_person,
        r.receptions_by_videoconference,
        r.instructions_given,
        r.instructions_executed_on_time,
        r.instructions_executed_late,
        r.instructions_open,
        o.answered,
        o.refused,
        o.left_without_consideration,
        o.returned,
        o.forwarded,
        o.no_appointment,
        o.open,
    );
    for (rule, n) in &r.violations_by_rule {
        s.push_str(&format!("violations of {rule}: {n}\n"));
    }
    s
}

fn table(args: &Args, items: &[AgendaItem], violations: &[(String, Violation)]) -> String {
    let lang = args.lang;
    let t = |n: Names| n.get(lang);
    let mut s = format!(
        "{} {} ({} {})\n",
        t(Names::new("Күн тәртібі", "Повестка на", "Agenda on")),
        args.as_of,
        t(Names::new(
            "жұмыс күні ішінде:",
            "в пределах рабочих дней:",
            "within working days:"
        )),
        args.within
    );
    s.push_str(&format!(
        "{:<15} {:<14} {:<11} {:>4}  {:<22} {:<24} {}\n",
        t(Names::new("іс", "дело", "case")),
        t(Names::new("күйі", "состояние", "state")),
        t(Names::new("мерзімі", "срок", "due")),
        t(Names::new("күн", "дни", "days")),
        t(Names::new("норма", "норма", "rule")),
        t(Names::new("кім", "кто", "who")),
        t(Names::new("мерзім", "срок чего", "deadline")),
    ));
    for i in items {
        let who = i.who.as_deref().unwrap_or(i.by.name(lang));
        let what = match &i.instruction {
            Some(id) => format!("{} {id}", i.deadline.name(lang)),
            None => i.deadline.name(lang).to_owned(),
        };
        s.push_str(&format!(
            "{:<15} {:<14} {:<11} {:>4}  {:<22} {:<24} {what}\n",
            i.case,
            i.state.name(lang),
            i.due.to_string(),
            i.working_days,
            i.rule.render(lang),
            who,
        ));
    }
    if items.is_empty() {
        s.push_str(t(Names::new(
            "(мерзімі жоқ)",
            "(сроков нет)",
            "(nothing due)",
        )));
        s.push('\n');
    }
    s.push_str(&format!(
        "\n{} ({})\n",
        t(Names::new("Бұзушылықтар", "Нарушения", "Violations so far")),
        violations.len()
    ));
    for (case, v) in violations {
        let on = v.on.map_or_else(
            || t(Names::new("орындалмаған", "не исполнено", "not done")).to_owned(),
            |d| d.to_string(),
        );
        s.push_str(&format!(
            "{case:<15} {:<22} {} → {on:<12} +{} {}: {}\n",
            v.rule.render(lang),
            v.due,
            v.late_by_working_days,
            t(Names::new("жұмыс күні", "раб. дн.", "working days")),
            v.deadline.name(lang),
        ));
    }
    s
}

fn run(args: &Args, cal: &Calendar, text: &str) -> Result<String, String> {
    let doc = read_document(text)?;
    let files: Vec<CaseFile> = format::load(cal, doc).map_err(|e| e.to_string())?;
    let items = agenda(cal, &files, args.as_of, args.within).map_err(|e| e.to_string())?;
    let mut violations = Vec::new();
    for f in &files {
        let e = evaluate(cal, f, args.as_of).map_err(|e| format!("case {:?}: {e}", f.id()))?;
        violations.extend(e.violations.into_iter().map(|v| (f.id().to_owned(), v)));
    }
    // A period not over yet is counted up to the agenda's date.
    let period = args
        .report
        .map(|p| Period::new(p.from, p.to.min(args.as_of)));
    let period = period.transpose().map_err(|e| format!("--report: {e}"))?;
    let counts = period
        .map(|p| report(cal, &files, p).map(|r| (p, r)))
        .transpose()
        .map_err(|e| e.to_string())?;
    if args.json {
        let mut out = json!({
            "as_of": args.as_of,
            "agenda": items.iter().map(|i| json!({
                "case": i.case,
                "deadline": i.deadline.key(),
                "due": i.due,
                "state": i.state.key(),
                "working_days": i.working_days,
            })).collect::<Vec<_>>(),
            "violations": violations.iter().map(|(c, v)| violation_json(c, v)).collect::<Vec<_>>(),
        });
        if let (Some((period, r)), Some(obj)) = (&counts, out.as_object_mut()) {
            let mut value = serde_json::to_value(r).map_err(|e| e.to_string())?;
            if let Some(o) = value.as_object_mut() {
                o.insert("period".into(), json!(period.to_string()));
            }
            obj.insert("report".into(), value);
        }
        return serde_json::to_string_pretty(&out)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string());
    }
    let mut s = table(args, &items, &violations);
    if let Some((period, r)) = &counts {
        s.push_str(&report_lines(r, *period));
    }
    Ok(s)
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("agenda: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = if args.file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(&args.file)
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("agenda: cannot read {}: {e}", args.file);
            return ExitCode::from(2);
        }
    };
    let cal = Calendar::kazakhstan();
    match run(&args, &cal, &text) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            if stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
                .is_err()
            {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("agenda: {e}");
            ExitCode::from(2)
        }
    }
}
