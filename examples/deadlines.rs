//! Every deadline of an appeal, and why: registration (п. 21), the answer
//! (п. 25), the extension limits (п. 26, both readings of the two months),
//! the date-and-time notice (п. 25, both readings), the reception's notices
//! (п. 16, 22), the hearing before a refusal (п. 28, APPC art. 73), the
//! return of an uncorrected request (п. 6, APPC art. 64(7)), the forwarding
//! of a request outside competence (п. 15(1), APPC art. 65), and the
//! violations: each act done after its deadline.
//!
//! ```text
//! cargo run --example deadlines -- --received 2026-03-21
//! cargo run --example deadlines -- --received 2026-03-21 --extended-on 2026-04-10 \
//!     --reception 2026-05-12 --refusal-on 2026-05-08 --lang ru
//! cargo run --example deadlines -- --received 2026-03-21 --answered-on 2026-04-20 --json
//! ```
//!
//! JSON: `received`, `registered`, one key per deadline the dates determine
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
//! flag, dates that cannot have happened) is reported on stderr with exit
//! status 2; output that cannot be written (a full disk) with exit status 1.

use std::io::Write as _;
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};
use kz_appeals::calendar::{Calendar, Day, fmt_date, weekday_name};
use kz_appeals::date::parse_date;
use kz_appeals::registration::{REGISTRATION_RULES, Registration, register};
use kz_appeals::schedule::{Facts, Schedule};
use kz_appeals::term::Deadline;
use kz_appeals::violation::Violation;
use kz_appeals::{Lang, Named};
use serde_json::{Map, Value, json};

const USAGE: &str = "\
usage: deadlines --received YYYY-MM-DD [--letter-until YYYY-MM-DD] [--extended-on YYYY-MM-DD]
                 [--answered-on YYYY-MM-DD] [--reception YYYY-MM-DD] [--refusal-on YYYY-MM-DD]
                 [--hearing-notice-sent YYYY-MM-DD] [--correction-until YYYY-MM-DD] [--forward]
                 [--lang kk|ru|en] [--json]

  --received             the day the request arrived (required); registered on it,
                         or on the next working day (п. 21)
  --letter-until         the end of the term as extended by a letter (п. 26, at most 30 days)
  --extended-on          the day the reasoned extension decision was taken (п. 26); adds both
                         readings of the two months, extension_max_due (from the decision)
                         and extension_max_due_from_registration
  --answered-on          the day of the answer with inclusion in the list (п. 25); adds
                         date_notice_due_after_answer (answer + 2 working days, reading (a))
  --reception            the day of the reception (п. 16, 22, 25); schedule_notice_due is
                         п. 25 reading (b), 2 working days before it
  --refusal-on           the day the refusal of the reception is decided (п. 28), at the
                         latest the day of the reception (п. 22-24)
  --hearing-notice-sent  the day the draft refusal was sent (п. 28, APPC art. 73)
  --correction-until     the last day of the correction period (п. 6)
  --forward              the question is outside competence: forward_due (п. 15(1), APPC art. 65)
  --lang                 language of the table and of the reasons: kk, ru or en (default en)
  --json                 print one JSON object instead of the table
Dates are exactly YYYY-MM-DD (2026-03-21), within the calendar, 2018-01-01 to 2035-12-31.
Each flag is given at most once. Acts after their deadline are listed as violations.";

/// The command line, parsed.
struct Args {
    received: NaiveDate,
    facts: [Option<NaiveDate>; 7],
    forward: bool,
    lang: Lang,
    json: bool,
}

/// The optional date flags, in the order of `Args::facts`.
const DATE_FLAGS: [&str; 7] = [
    "--letter-until",
    "--extended-on",
    "--reception",
    "--refusal-on",
    "--hearing-notice-sent",
    "--correction-until",
    "--answered-on",
];

enum Parsed {
    Run(Args),
    Help,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Parsed, String> {
    let mut args = args.into_iter();
    let (mut received, mut facts, mut lang, mut json, mut forward) =
        (None, [None; 7], None, false, false);
    let mut seen: Vec<String> = Vec::new();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let known = matches!(
            flag.as_str(),
            "--json" | "--forward" | "--received" | "--lang"
        ) || DATE_FLAGS.contains(&flag.as_str());
        if known {
            if seen.contains(&flag) {
                return Err(format!(
                    "{flag} is given twice; give each flag at most once"
                ));
            }
            seen.push(flag.clone());
        }
        match flag.as_str() {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--json" if inline.is_none() => {
                json = true;
                continue;
            }
            "--forward" if inline.is_none() => {
                forward = true;
                continue;
            }
            f if f == "--received" || f == "--lang" || DATE_FLAGS.contains(&f) => {}
            _ => return Err(format!("unknown argument {arg:?}")),
        }
        let Some(value) = inline.or_else(|| args.next()) else {
            return Err(format!("{flag} needs a value"));
        };
        let date = |v: &str| parse_date(v).map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--received" => received = Some(date(&value)?),
            "--lang" => lang = Some(value.parse::<Lang>().map_err(|e| format!("--lang: {e}"))?),
            f => {
                let slot = DATE_FLAGS.iter().position(|x| *x == f);
                if let Some(fact) = slot.and_then(|i| facts.get_mut(i)) {
                    *fact = Some(date(&value)?);
                }
            }
        }
    }
    let received = received.ok_or("--received is required")?;
    Ok(Parsed::Run(Args {
        received,
        facts,
        forward,
        lang: lang.unwrap_or(Lang::En),
        json,
    }))
}

fn day_line(date: NaiveDate, lang: Lang) -> (String, &'static str) {
    (fmt_date(date, lang), weekday_name(date.weekday(), lang))
}

fn days_json(days: impl Iterator<Item = Day>, lang: Lang) -> Value {
    days.map(|day| {
        json!({
            "date": day.date.to_string(),
            "weekday": weekday_name(day.date.weekday(), Lang::En),
            "reason": day.describe(lang),
            "provisional": day.is_provisional(),
        })
    })
    .collect()
}

fn json_output(
    cal: &Calendar,
    reg: &Registration,
    schedule: &Schedule,
    violations: &[Violation],
    lang: Lang,
) -> Result<Value, String> {
    let mut out = Map::new();
    out.insert("received".into(), json!(reg.arrived.to_string()));
    out.insert("registered".into(), json!(reg.date.to_string()));
    let mut details = Vec::new();
    for (kind, d) in schedule.deadlines() {
        out.insert(kind.key().into(), json!(d.date.to_string()));
        details.push(deadline_json(cal, kind.key(), kind.name(lang), d, lang)?);
    }
    // APPC art. 91(2): the day from which a refusal is deemed when the term
    // of the answer ends with no answer; null when the dates show an answer,
    // a refusal or a forwarding within the term.
    out.insert(
        "deemed_refusal_from".into(),
        json!(schedule.deemed_refusal_from.map(|d| d.to_string())),
    );
    out.insert(
        "provisional".into(),
        json!(reg.provisional || schedule.provisional()),
    );
    let waited = reg.passed_over(cal).map_err(|e| e.to_string())?;
    out.insert(
        "registration".into(),
        json!({
            "rules": REGISTRATION_RULES.iter().map(|c| c.render(lang)).collect::<Vec<_>>(),
            "provisional": reg.provisional,
            "passed_over": days_json(waited, lang),
        }),
    );
    out.insert("deadlines".into(), Value::Array(details));
    out.insert(
        "violations".into(),
        violations
            .iter()
            .map(|v| {
                json!({
                    "deadline": v.deadline.key(),
                    "due": v.due.to_string(),
                    "on": v.on.map(|on| on.to_string()),
                    "late_by_working_days": v.late_by_working_days,
                })
            })
            .collect(),
    );
    Ok(Value::Object(out))
}

fn deadline_json(
    cal: &Calendar,
    key: &str,
    name: &str,
    d: &Deadline,
    lang: Lang,
) -> Result<Value, String> {
    let passed = d.passed_over(cal).map_err(|e| e.to_string())?;
    Ok(json!({
        "key": key,
        "name": name,
        "date": d.date.to_string(),
        "weekday": weekday_name(d.date.weekday(), Lang::En),
        "term": d.term.describe(d.from, lang),
        "from": d.from.to_string(),
        "rules": d.citations().map(|c| c.render(lang)).collect::<Vec<_>>(),
        "moved_from": d.moved().then(|| d.nominal_end().to_string()),
        "reading": d.reading.map(|r| r.key()),
        "provisional": d.provisional,
        "passed_over": days_json(passed, lang),
    }))
}

fn table(
    cal: &Calendar,
    reg: &Registration,
    s: &Schedule,
    violations: &[Violation],
    lang: Lang,
) -> Result<String, String> {
    let (head, reg_name) = match lang {
        Lang::Kk => (["мерзім", "күні", "апта күні", "норма"], "тіркеу"),
        Lang::Ru => (["срок", "дата", "день недели", "норма"], "регистрация"),
        Lang::En => (["deadline", "date", "weekday", "rule"], "registration"),
    };
    let mut rows: Vec<[String; 4]> = vec![head.map(String::from)];
    let (date, wd) = day_line(reg.date, lang);
    let rules: Vec<String> = REGISTRATION_RULES.iter().map(|c| c.render(lang)).collect();
    rows.push([reg_name.into(), date, wd.into(), rules.join("; ")]);
    for (kind, d) in s.deadlines() {
        let (date, wd) = day_line(d.date, lang);
        let mark = if d.provisional { " *" } else { "" };
        let rules: Vec<String> = std::iter::once(d.rule)
            .chain(d.also)
            .map(|c| c.render(lang))
            .collect();
        rows.push([
            kind.name(lang).into(),
            date + mark,
            wd.into(),
            rules.join("; "),
        ]);
    }
    let width = |i: usize| {
        rows.iter()
            .filter_map(|r| r.get(i))
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0), width(1), width(2));
    let mut out = String::new();
    for [a, b, c, d] in &rows {
        out.push_str(&format!("{a:<w0$}  {b:<w1$}  {c:<w2$}  {d}\n"));
    }
    if reg.provisional || s.provisional() {
        out.push_str(match lang {
            Lang::Kk => "* жұмыс күндерінің күнтізбесі әлі түпкілікті емес жылға сүйенеді\n",
            Lang::Ru => "* опирается на год, календарь которого еще не окончательный\n",
            Lang::En => "* rests on a year whose calendar is not yet official\n",
        });
    }
    out.push('\n');
    let err = |e: kz_appeals::calendar::CalendarError| e.to_string();
    out.push_str(&format!(
        "{reg_name}\n{}\n",
        reg.explain(cal, lang).map_err(err)?
    ));
    for (kind, d) in s.deadlines() {
        out.push_str(&format!(
            "\n{}\n{}\n",
            kind.name(lang),
            d.explain(cal, lang).map_err(err)?
        ));
    }
    if let Some(from) = s.deemed_refusal_from {
        let rule = kz_appeals::law::Citation::APPC_91_2.render(lang);
        out.push_str(&match lang {
            Lang::Kk => format!(
                "\nжауап болмаса, {} бастап бас тартылды деп есептеледі ({})\n",
                fmt_date(from, lang),
                rule
            ),
            Lang::Ru => format!(
                "\nпри отсутствии ответа с {} отказ считается принятым ({})\n",
                fmt_date(from, lang),
                rule
            ),
            Lang::En => format!(
                "\nwith no answer, a refusal is deemed from {} ({})\n",
                fmt_date(from, lang),
                rule
            ),
        });
    }
    if !violations.is_empty() {
        out.push_str(match lang {
            Lang::Kk => "\nбұзушылықтар\n",
            Lang::Ru => "\nнарушения\n",
            Lang::En => "\nviolations\n",
        });
        for v in violations {
            let on = v.on.map(|on| fmt_date(on, lang)).unwrap_or_default();
            let late = match lang {
                Lang::Kk => format!("{} жұмыс күні кешікті", v.late_by_working_days),
                Lang::Ru => format!("просрочка {} раб. дн.", v.late_by_working_days),
                Lang::En => format!("{} working days late", v.late_by_working_days),
            };
            out.push_str(&format!(
                "  {}: {} -> {on}, {late} ({})\n",
                v.deadline.name(lang),
                fmt_date(v.due, lang),
                v.rule.render(lang)
            ));
        }
    }
    Ok(out)
}

fn run(args: Args) -> Result<String, String> {
    let cal = Calendar::kazakhstan();
    let reg = register(&cal, args.received).map_err(|e| format!("--received: {e}"))?;
    let [
        letter_extended_to,
        extended_on,
        reception,
        refusal_on,
        hearing_notice_sent,
        correction_until,
        answered_on,
    ] = args.facts;
    let mut facts = Facts::registered_on(reg.date);
    facts.letter_extended_to = letter_extended_to;
    facts.extended_on = extended_on;
    facts.reception = reception;
    facts.refusal_on = refusal_on;
    facts.hearing_notice_sent = hearing_notice_sent;
    facts.correction_until = correction_until;
    facts.answered_on = answered_on;
    facts.outside_competence = args.forward;
    let schedule = Schedule::compute(&cal, &facts).map_err(|e| e.to_string())?;
    let violations = schedule.violations(&cal).map_err(|e| e.to_string())?;
    if args.json {
        Ok(format!(
            "{:#}\n",
            json_output(&cal, &reg, &schedule, &violations, args.lang)?
        ))
    } else {
        table(&cal, &reg, &schedule, &violations, args.lang)
    }
}

fn main() -> ExitCode {
    let result = parse(std::env::args().skip(1)).and_then(|parsed| match parsed {
        Parsed::Help => Ok(format!("{USAGE}\n")),
        Parsed::Run(args) => run(args),
    });
    match result {
        // `print!` would panic on a closed pipe or a full disk; report it instead.
        Ok(out) => match std::io::stdout().lock().write_all(out.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "deadlines: cannot write the output: {e}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "deadlines: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
