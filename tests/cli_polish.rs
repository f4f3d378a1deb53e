//! The protocol polished once (issue 16), for the CLI and the HTTP service
//! alike: a byte order mark accepted at the start of any input, names as
//! users write them, iCalendar lines folded at 75 octets.

use kz_appeals::cli::main::{Io, run};
use kz_appeals::cli::{self, batch};
use kz_appeals::{Calendar, Lang};

/// Runs the tool on `args` with `stdin` and the files `files` (path, text).
fn tool(args: &[&str], stdin: &str, files: &[(&str, &str)]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    let io = Io {
        stdin: stdin.as_bytes(),
        stdout: &mut out,
        stderr: &mut err,
        read_file: move |p: &std::path::Path| {
            files
                .iter()
                .find(|(name, _)| std::path::Path::new(name) == p)
                .map(|(_, t)| t.clone())
                .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "not found"))
        },
    };
    let status = run(
        std::iter::once("kz-appeals").chain(args.iter().copied()),
        io,
    );
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

const BOM: &str = "\u{feff}";

#[test]
fn a_bom_before_a_batch_is_accepted() {
    let input = format!("{BOM}{{\"kind\":\"check_id\",\"number\":\"850808301235\"}}\n");
    let (status, out, _) = tool(&["--batch"], &input, &[]);
    assert_eq!(status, 0, "{out}");
    assert!(
        out.starts_with(r#"{"kind":"check_id","line":1,"result""#),
        "{out}"
    );
    // Only at the start of the input: on line 2 it is not JSON.
    let input = format!(
        "{{\"kind\":\"calendar\",\"year\":2026}}\n{BOM}{{\"kind\":\"calendar\",\"year\":2026}}\n"
    );
    let mut w = Vec::new();
    let summary = batch::run(&Calendar::kazakhstan(), input.as_bytes(), &mut w).unwrap();
    assert_eq!((summary.results, summary.errors), (1, 1));
}

#[test]
fn a_bom_before_an_update_file_is_accepted() {
    let order = format!("{BOM}{{\"year\": 2027, \"extra_days_off\": []}}");
    assert_eq!(cli::calendar::parse_update(&order).unwrap().year, 2027);
    let (status, out, err) = tool(
        &["calendar", "2027", "--update", "order.json", "--json"],
        "",
        &[("order.json", &order)],
    );
    assert_eq!(status, 0, "{err}");
    assert!(out.starts_with(r#"{"year":2027,"#), "{out}");
}

#[test]
fn a_bom_before_a_case_file_is_accepted() {
    let file = format!(
        "{BOM}{{\"version\": 1, \"cases\": [{{\"id\": \"A-1\", \"events\": [{{\"on\": \"2026-03-26\", \"event\": \"registered\"}}]}}]}}"
    );
    let (status, out, err) = tool(
        &["agenda", "cases.json", "--as-of", "2026-04-20", "--json"],
        "",
        &[("cases.json", &file)],
    );
    assert_eq!(status, 0, "{err}");
    assert!(out.contains(r#""case":"A-1""#), "{out}");
    // On standard input too.
    let (status, out, err) = tool(
        &["agenda", "-", "--as-of", "2026-04-20", "--json"],
        &file,
        &[],
    );
    assert_eq!(status, 0, "{err}");
    assert!(out.contains(r#""case":"A-1""#), "{out}");
}

#[test]
fn check_id_kind_as_users_write_it() {
    for kind in ["BIN", "bin", "Bin"] {
        let (_, out, err) = tool(
            &["check-id", "080440001234", "--kind", kind, "--json"],
            "",
            &[],
        );
        assert!(out.contains(r#""kind":"bin""#), "{kind}: {out}{err}");
    }
    for kind in ["IIN", "iin"] {
        let (status, out, _) = tool(
            &["check-id", "850808301235", "--kind", kind, "--json"],
            "",
            &[],
        );
        assert_eq!(status, 0);
        assert!(out.contains(r#""kind":"iin""#), "{kind}: {out}");
    }
    let (status, _, err) = tool(&["check-id", "850808301235", "--kind", "pin"], "", &[]);
    assert_eq!(status, 2);
    assert!(err.contains("pin"), "{err}");
}

#[test]
fn schema_check_id_either_way() {
    let (a_status, a, _) = tool(&["schema", "check-id"], "", &[]);
    let (b_status, b, _) = tool(&["schema", "check_id"], "", &[]);
    assert_eq!((a_status, b_status), (0, 0));
    assert_eq!(a, b);
    assert!(a.contains("CheckIdOutput"));
    let (_, c, _) = tool(&["schema", "case-file"], "", &[]);
    assert!(c.contains("CaseFiles"));
}

#[test]
fn icalendar_lines_are_folded_at_75_octets_on_char_boundaries() {
    let cal = Calendar::kazakhstan();
    for lang in Lang::ALL {
        for year in [2018, 2020, 2026, 2027, 2030] {
            let text = cli::calendar::ics(&cal, year, lang).unwrap();
            for line in text.split("\r\n") {
                assert!(
                    line.len() <= 75,
                    "{lang:?} {year}: {} octets: {line}",
                    line.len()
                );
            }
            // Every piece is whole UTF-8 (a cut inside a character would not be a &str piece).
            assert!(
                text.split("\r\n")
                    .all(|l| std::str::from_utf8(l.as_bytes()).is_ok())
            );
            assert_eq!(cli::ics::fold(&text), text, "folding is idempotent");
        }
    }
    let q: cli::deadlines::Query =
        serde_json::from_str(r#"{"received":"2026-03-21","reception":"2026-05-12","lang":"kk"}"#)
            .unwrap();
    let text = cli::deadlines::ics(&cal, &q).unwrap();
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
}

/// Whether `text` reads as Russian or Kazakh (Cyrillic) and holds none of
/// the English sentences the tool writes.
fn no_english(text: &str) {
    for english in [
        "is not covered",
        "cannot be read",
        "is missing",
        "unknown argument",
        "names no day",
        "is not a query",
        "not a valid YearOrders",
        "usage:",
        "every flag:",
    ] {
        assert!(!text.contains(english), "{english:?} in {text}");
    }
}

#[test]
fn lang_reaches_argument_errors() {
    let (status, _, err) = tool(
        &["deadlines", "--received", "2026-02-30", "--lang", "ru"],
        "",
        &[],
    );
    assert_eq!(status, 2);
    assert!(err.contains("не является днем календаря"), "{err}");
    assert!(err.contains("использование: kz-appeals deadlines"), "{err}");
    no_english(&err);
    let (_, _, err) = tool(
        &["deadlines", "--recieved", "2026-01-01", "--lang=kk"],
        "",
        &[],
    );
    assert!(err.contains("белгісіз аргумент \"--recieved\""), "{err}");
    no_english(&err);
    let (_, _, err) = tool(&["deadlines", "--lang", "ru"], "", &[]);
    assert!(err.contains("--received не указан"), "{err}");
    no_english(&err);
    let (_, _, err) = tool(&["calendar", "20x6", "--lang", "kk"], "", &[]);
    assert!(err.contains("жыл да, ай да емес"), "{err}");
    assert!(!err.contains("invalid digit"), "{err}");
    // English stays as it was.
    let (_, _, err) = tool(&["deadlines", "--received", "2026-02-30"], "", &[]);
    assert!(
        err.starts_with("error: --received: \"2026-02-30\" names no day"),
        "{err}"
    );
    assert!(err.contains("\nusage: kz-appeals deadlines"), "{err}");
}

#[test]
fn lang_reaches_file_and_calendar_errors() {
    let (status, _, err) = tool(
        &[
            "agenda",
            "nofile.json",
            "--as-of",
            "2026-01-01",
            "--lang",
            "ru",
        ],
        "",
        &[],
    );
    assert_eq!(status, 2);
    assert!(
        err.contains("файл nofile.json не читается: такого файла нет"),
        "{err}"
    );
    no_english(&err);
    let (_, _, err) = tool(&["calendar", "2036", "--lang", "kk"], "", &[]);
    assert!(err.contains("2036 жыл қамтылмаған"), "{err}");
    no_english(&err);
    let (_, _, err) = tool(
        &["calendar", "2027", "--update", "o.json", "--lang", "ru"],
        "",
        &[("o.json", "{")],
    );
    assert!(
        err.contains("обновление не является корректным JSON YearOrders: текст обрывается"),
        "{err}"
    );
    no_english(&err);
    let (_, _, err) = tool(
        &["calendar", "2027", "--update", "o.json", "--lang", "kk"],
        "",
        &[("o.json", r#"{"year": 2027, "extra_days_of": []}"#)],
    );
    assert!(err.contains("белгісіз өріс `extra_days_of`"), "{err}");
}

#[test]
fn lang_reaches_batch_json_errors() {
    let cal = Calendar::kazakhstan();
    let msg = |text: &str| match batch::answer(&cal, 1, text) {
        batch::Answer::Error { error, .. } => error.message,
        other => panic!("{other:?}"),
    };
    let m = msg(r#"{"kind":"deadlines","recieved":"2026-03-21","lang":"ru"}"#);
    assert!(
        m.starts_with("строка 1 не является запросом: неизвестное поле `recieved`"),
        "{m}"
    );
    no_english(&m);
    let m = msg(r#"{"kind":"deadlines","recieved":"2026-03-21","lang":"kk"}"#);
    assert!(m.starts_with("1-жол сұрау емес: белгісіз өріс"), "{m}");
    // serde's internal words no more.
    for text in ["[1]", "\"x\"", "1", r#"{"kind":"calendar","year":1e23}"#] {
        let m = msg(text);
        assert!(m.starts_with("line 1 is not a query: "), "{m}");
        for internal in ["internally tagged", "variant identifier", "expected i32"] {
            assert!(!m.contains(internal), "{text}: {m}");
        }
    }
    assert!(msg(r#"{"kind":"calendar","year":1e23}"#).contains("a whole number"));
}

#[test]
fn a_subcommand_with_batch_names_the_subcommand() {
    let (status, _, err) = tool(&["--batch", "check-id", "1"], "", &[]);
    assert_eq!(status, 2);
    assert!(
        err.starts_with("error: check-id cannot be given with --batch"),
        "{err}"
    );
    assert!(!err.contains("error:  "), "{err}");
}

#[test]
fn a_month_view_as_table_json_and_ics() {
    let (status, out, err) = tool(&["calendar", "2026-05"], "", &[]);
    assert_eq!(status, 0, "{err}");
    assert!(
        out.starts_with(
            "Kazakhstan working-day calendar, May 2026 (official): 17 working days, 14 days off"
        ),
        "{out}"
    );
    assert!(
        out.contains("May 2026\n") && !out.contains("June 2026"),
        "{out}"
    );
    let (_, out, _) = tool(&["calendar", "2026-05", "--lang", "ru"], "", &[]);
    assert!(
        out.starts_with("Производственный календарь Казахстана, Май 2026"),
        "{out}"
    );
    // JSON: the year's object, that month's dates, and "month".
    let (_, out, _) = tool(&["calendar", "2026-03", "--json"], "", &[]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["month"], 3);
    assert_eq!(
        v["non_working_weekdays"],
        serde_json::json!(["2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25"])
    );
    let year = cli::calendar::run(
        &Calendar::kazakhstan(),
        &serde_json::from_str(r#"{"year":2026}"#).unwrap(),
    )
    .unwrap();
    let march: Vec<_> = year
        .non_working_weekdays
        .iter()
        .filter(|d| d.to_string().starts_with("2026-03"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(v["non_working_weekdays"], serde_json::json!(march));
    // The same through a batch line.
    let a = batch::answer(
        &Calendar::kazakhstan(),
        1,
        r#"{"kind":"calendar","year":2026,"month":3}"#,
    );
    assert_eq!(
        cli::json_line(&a).unwrap(),
        format!(
            "{{\"kind\":\"calendar\",\"line\":1,\"result\":{}}}\n",
            out.trim_end()
        )
    );
    // iCalendar: only that month's events.
    let (_, ics, _) = tool(&["calendar", "2026-03", "--ics"], "", &[]);
    assert!(ics.contains("DTSTART;VALUE=DATE:20260323\r\n"));
    assert!(!ics.contains("DTSTART;VALUE=DATE:20260101\r\n"));
    assert!(!ics.contains("DTSTART;VALUE=DATE:20260501\r\n"));
    // Bad months, in the language asked for.
    let (status, _, err) = tool(&["calendar", "2026-13", "--lang", "ru"], "", &[]);
    assert_eq!(status, 2);
    assert!(err.contains("не является ни годом, ни месяцем"), "{err}");
    let (_, _, err) = tool(&["calendar", "2026-5"], "", &[]);
    assert!(
        err.contains("give a year as 2026 or a month as 2026-05"),
        "{err}"
    );
    let a = batch::answer(
        &Calendar::kazakhstan(),
        1,
        r#"{"kind":"calendar","year":2026,"month":13}"#,
    );
    assert!(matches!(a, batch::Answer::Error { .. }), "{a:?}");
    let (_, _, err) = tool(&["calendar", "2036-01", "--lang", "kk"], "", &[]);
    assert!(err.contains("2036 жыл қамтылмаған"), "{err}");
}

#[test]
fn unknown_names_in_the_language_asked_for() {
    let (status, _, err) = tool(&["check-id", "1", "--kind", "pin", "--lang", "ru"], "", &[]);
    assert_eq!(status, 2);
    assert!(
        err.contains("--kind: неизвестное значение \"pin\"; укажите одно из: iin, bin"),
        "{err}"
    );
    let (_, _, err) = tool(&["check-id", "1", "--kind", "PIN"], "", &[]);
    assert!(err.contains("\"PIN\""), "the name as typed: {err}");
    let (_, _, err) = tool(&["calendar", "2026", "--lang", "de"], "", &[]);
    assert!(err.contains("--lang: unknown language \"de\""), "{err}");
}
