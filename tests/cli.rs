//! The command-line tool as a back office runs it: exit statuses, JSON that
//! parses back, `--batch` with good and bad lines mixed, never a panic.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use clap::CommandFactory;
use kz_appeals::Calendar;
use kz_appeals::cli::batch::{self, Answer};
use kz_appeals::cli::{Cli, SUBCOMMANDS, agenda, calendar, check_id, deadlines};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kz-appeals"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn the_command_line_is_well_formed() {
    Cli::command().debug_assert();
    let names: Vec<_> = Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    assert_eq!(names, SUBCOMMANDS);
}

#[test]
fn exit_statuses() {
    for (args, status) in [
        (&["calendar", "2026"][..], 0),
        (&["calendar", "2026", "--json"], 0),
        (&["calendar", "2026", "--ics"], 0),
        (&["calendar", "2026", "--lang", "kk"], 0),
        (&["deadlines", "--received", "2026-03-21"], 0),
        (
            &[
                "deadlines",
                "--received",
                "2026-03-21",
                "--json",
                "--lang",
                "kk",
            ],
            0,
        ),
        (
            &[
                "deadlines",
                "--received=2026-03-21",
                "--reception=2026-05-12",
                "--ics",
            ],
            0,
        ),
        (
            &[
                "agenda",
                "examples/data/cases.json",
                "--as-of",
                "2026-12-01",
            ],
            0,
        ),
        (
            &[
                "agenda",
                "examples/data/cases.json",
                "--as-of",
                "2026-12-01",
                "--json",
                "--report",
                "2026-Q4",
            ],
            0,
        ),
        (&["check-id", "850808301235"], 0),
        (&["check-id", "080440001234", "--json"], 0),
        (&["--help"], 0),
        (&["--version"], 0),
        // Bad input: 2.
        (&["check-id", "850808301234"], 2),
        (&["check-id", "850808301234", "--json"], 2),
        (&["check-id", "1", "--kind", "passport"], 2),
        (&["deadlines"], 2),
        (
            &["deadlines", "--received", "2026-03-21", "--json", "--ics"],
            2,
        ),
        (
            &["deadlines", "--received", "2026-03-21", "--lang", "de"],
            2,
        ),
        (
            &[
                "deadlines",
                "--received",
                "2026-03-21",
                "--recieved",
                "2026-03-21",
            ],
            2,
        ),
        (&["deadlines", "--received", "2035-12-31"], 2),
        (&["agenda", "examples/data/cases.json"], 2),
        (
            &["agenda", "/no/such/cases.json", "--as-of", "2026-12-01"],
            2,
        ),
        (
            &[
                "agenda",
                "examples/data/cases.json",
                "--as-of",
                "2026-12-01",
                "--within",
                "-1",
            ],
            2,
        ),
        (
            &[
                "agenda",
                "examples/data/cases.json",
                "--as-of",
                "2026-12-01",
                "--report",
                "2027-Q1",
            ],
            2,
        ),
        (&["calendar", "2017"], 2),
        (&["calendar", "2036", "--json"], 2),
        (&["calendar", "abc"], 2),
        (&["calendar", "2026", "--lang", "de"], 2),
        (&["calendar", "2026", "--json", "--ics"], 2),
        (&["calendar", "2026", "--frobnicate"], 2),
        (&["calendar", "2026", "--update", "/no/such/file.json"], 2),
        (&["frobnicate"], 2),
        (&["--batch", "calendar", "2026"], 2),
        (&["schema", "nothing"], 2),
        (&[], 2),
    ] {
        let out = run(args, "");
        assert_eq!(
            out.status.code(),
            Some(status),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!text(&out.stderr).contains("panicked"), "{args:?}");
        // With no arguments the help goes to standard error, as clap does.
        if status == 2 && !args.contains(&"check-id") && !args.is_empty() {
            assert!(
                text(&out.stderr).starts_with("error: "),
                "{args:?}: {}",
                text(&out.stderr)
            );
            assert!(out.stdout.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn an_output_that_cannot_be_written_exits_1() {
    let Ok(full) = std::fs::File::create("/dev/full") else {
        return; // not on this system
    };
    let out = Command::new(env!("CARGO_BIN_EXE_kz-appeals"))
        .args(["calendar", "2026"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).starts_with("error: the output cannot be written"));
}

#[test]
fn an_update_file_is_applied_first_and_a_typo_in_it_is_an_error() {
    let dir = std::env::temp_dir().join(format!("kz-appeals-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Thursday 31 December 2026 declared a day off by an act.
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"{"year": 2026, "extra_days_off": [{"date": "2026-12-31", "act": "decree"}]}"#,
    )
    .unwrap();
    let out = run(
        &[
            "calendar",
            "2026",
            "--json",
            "--update",
            good.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: calendar::Output = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json.non_working_weekdays
            .last()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-12-31")
    );
    // Without the update, the year ends with Independence Day, 16 December.
    let plain: calendar::Output =
        serde_json::from_slice(&run(&["calendar", "2026", "--json"], "").stdout).unwrap();
    assert_eq!(
        plain
            .non_working_weekdays
            .last()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-12-16")
    );
    // Not JSON: refused with exit status 2.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{").unwrap();
    let out = run(&["calendar", "2026", "--update", bad.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a valid YearOrders JSON"));
    // A day outside the year it is filed under: the update cannot apply.
    let outside = dir.join("outside.json");
    std::fs::write(
        &outside,
        r#"{"year": 2026, "extra_days_off": [{"date": "2027-01-05", "act": "decree"}]}"#,
    )
    .unwrap();
    let out = run(
        &["calendar", "2026", "--update", outside.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("error: the update cannot be applied"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 10: `"transfer"` for `"transfers"` used to load and apply nothing.
/// A misspelt field, at the top or inside an entry, is bad input (exit
/// status 2), and the message names the field as typed and the expected ones.
#[test]
fn a_typo_in_an_update_file_names_the_field() {
    let dir = std::env::temp_dir().join(format!("kz-appeals-cli-typo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            "top.json",
            r#"{"year": 2026, "transfer": [{"from": "2026-01-03", "to": "2026-01-05", "act": "order"}]}"#,
            "transfer",
            "transfers",
        ),
        (
            "entry.json",
            r#"{"year": 2026, "extra_days_off": [{"dat": "2026-12-31", "act": "decree"}]}"#,
            "dat",
            "date",
        ),
    ];
    for (file, json, typo, expected) in cases {
        let path = dir.join(file);
        std::fs::write(&path, json).unwrap();
        let out = run(
            &["calendar", "2026", "--update", path.to_str().unwrap()],
            "",
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{file}: {stderr}");
        assert!(out.stdout.is_empty(), "{file}: nothing printed");
        assert!(
            stderr.contains(&format!("`{typo}`")),
            "{file}: the field as typed: {stderr}"
        );
        assert!(
            stderr.contains(&format!("`{expected}`")),
            "{file}: the field expected: {stderr}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The calendar JSON has the reference data's shape and days, year by year
/// (the reference is an independent compilation of the published acts).
#[test]
fn calendar_json_matches_the_reference() {
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("data/kz_calendar_2018_2027.json")).unwrap();
    for year in 2018..=2026 {
        let out = run(&["calendar", &year.to_string(), "--json"], "");
        let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let key = year.to_string();
        assert_eq!(got["status"], "official");
        assert_eq!(
            got["non_working_weekdays"], reference[&key]["non_working_weekdays"],
            "{year}"
        );
        assert_eq!(
            got["working_weekend_days"], reference[&key]["working_weekend_days"],
            "{year}"
        );
        assert_eq!(got.as_object().unwrap().len(), 4);
        // And it parses back into the type, unchanged.
        let typed: calendar::Output = serde_json::from_value(got.clone()).unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), got);
    }
}

/// `--batch`: good and bad lines mixed give the right results, in order,
/// with an error object for each bad line, and the batch goes on.
#[test]
fn batch_with_good_and_bad_lines() {
    let input = [
        r#"{"kind":"check_id","number":"850808301235"}"#,
        r#"{"kind":"calendar","year":2017}"#,
        "",
        "{not json",
        r#"{"kind":"calendar","year":2026}"#,
        r#"{"kind":"check_id","numbr":"850808301235"}"#,
        r#"{"kind":"agenda","file":"x","as_of":"2026-12-01"}"#,
        r#"{"kind":"check_id","number":"940140000386"}"#,
        "\u{feff}",
    ]
    .join("\n");
    let out = run(&["--batch"], &input);
    assert_eq!(out.status.code(), Some(2), "a bad line makes the status 2");
    let answers: Vec<Answer> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every answer is one JSON line"))
        .collect();
    let lines: Vec<u64> = answers.iter().map(Answer::line).collect();
    // Line 3 is blank: skipped, its number still counted.
    assert_eq!(lines, [1, 2, 4, 5, 6, 7, 8, 9]);
    assert!(matches!(&answers[0], Answer::CheckId { result, .. } if result.valid));
    assert!(
        matches!(&answers[1], Answer::Error { error, .. } if error.message.starts_with("2017 is not covered"))
    );
    assert!(
        matches!(&answers[2], Answer::Error { error, .. } if error.message.starts_with("line 4 is not a query"))
    );
    // 2026: 14 weekdays off (see calendar_json_matches_the_reference).
    assert!(
        matches!(&answers[3], Answer::Calendar { result, .. } if result.non_working_weekdays.len() == 14)
    );
    assert!(matches!(&answers[4], Answer::Error { error, .. } if error.message.contains("numbr")));
    assert!(
        matches!(&answers[5], Answer::Error { error, .. } if error.message.contains("inline, not as a path"))
    );
    // 940140000386: a BIN (digit 5 is 4) whose check digit should be 5
    // (9*1+4*2+0*3+1*4+4*5+0*6+0*7+0*8+0*9+3*10+8*11 = 159 = 14*11 + 5).
    assert!(matches!(&answers[6], Answer::CheckId { result, .. }
        if !result.valid && result.kind == check_id::Kind::Bin
            && result.error.as_ref().is_some_and(|e| e.part == check_id::Part::CheckDigit)));
    assert!(matches!(&answers[7], Answer::Error { .. }));
    // The same through the library, with no process in between.
    let mut buf = Vec::new();
    let summary = batch::run(&Calendar::kazakhstan(), input.as_bytes(), &mut buf).unwrap();
    assert_eq!((summary.results, summary.errors), (3, 5));
    assert_eq!(buf, out.stdout);
    // All good: status 0.
    let out = run(&["--batch"], "{\"kind\":\"calendar\",\"year\":2020}\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn invalid_utf8_and_huge_input_do_not_stop_the_batch() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kz-appeals"))
        .arg("--batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = cmd.stdin.take().unwrap();
    stdin.write_all(b"\xff\xfe\n").unwrap();
    stdin
        .write_all(format!("{{\"kind\":\"calendar\",\"year\":{}}}\n", i64::MAX).as_bytes())
        .unwrap();
    stdin
        .write_all(b"{\"kind\":\"check_id\",\"number\":\"080440001234\"}\n")
        .unwrap();
    drop(stdin);
    let out = cmd.wait_with_output().unwrap();
    let lines: Vec<&str> = text(&out.stdout).lines().collect();
    assert_eq!(lines.len(), 3, "{}", text(&out.stderr));
    assert!(lines[0].contains("not UTF-8"));
    assert!(lines[1].starts_with(r#"{"kind":"error","line":2,"#));
    assert!(lines[2].starts_with(r#"{"kind":"check_id","line":3,"#));
    assert!(!text(&out.stderr).contains("panicked"));
}

#[test]
fn check_id_json_parses_back_and_says_which_part_is_wrong() {
    for (number, part) in [
        ("8508083012", Some(check_id::Part::Length)),
        ("8508083O1235", Some(check_id::Part::NonDigit)),
        ("850808701235", Some(check_id::Part::CenturyDigit)),
        ("851308301235", Some(check_id::Part::BirthDate)),
        ("941340000385", Some(check_id::Part::RegistrationMonth)),
        ("940144000385", Some(check_id::Part::AttributeDigit)),
        ("850808301234", Some(check_id::Part::CheckDigit)),
        ("850808301235", None),
        ("940140000385", None),
    ] {
        let out = run(&["check-id", number, "--json"], "");
        let got: check_id::Output = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(got.error.as_ref().map(|e| e.part), part, "{number}");
        assert_eq!(got.valid, part.is_none());
        assert_eq!(out.status.code(), Some(if part.is_none() { 0 } else { 2 }));
    }
    // --kind forces the reading: 940100000385 as a BIN has type digit 0.
    let out = run(&["check-id", "940100000385", "--kind", "bin", "--json"], "");
    let got: check_id::Output = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got.error.map(|e| e.part), Some(check_id::Part::TypeDigit));
}

/// `--batch` with `deadlines` and `agenda` lines, good and bad, mixed with
/// the others: the right results in order, an error object for each bad line.
///
/// The dates, by hand from the calendar (kz-calendar 2026: 21 March is a
/// Saturday and Nauryz, 23 March Nauryz, 24–25 March its carry-overs; 1, 7
/// and 11 May are weekdays off):
/// - received Sat 21 March: registered on the next working day, Thu 26
///   March (п. 21); the answer 15 working days later (п. 25): 27, 30, 31
///   March, 1, 2, 3, 6, 7, 8, 9, 10, 13, 14, 15, 16 April: Thu 16 April;
///   answered Mon 20 April: late by 2 working days (17, 20 April);
///   the date notice within 2 working days after it: 21, 22 → Wed 22 April.
/// - reception Tue 12 May: the briefing 5 working days before (п. 22): 8,
///   6, 5, 4 May, 30 April (7 and 11 May, 1 May are off) → Thu 30 April.
/// - a refusal on Wed 13 May, after the reception: impossible (п. 22–24).
/// - the agenda of a file registered Thu 26 March, on Mon 20 April: the
///   answer due 16 April is overdue by 2 working days (17, 20 April); the
///   report for Q2 is cut at 20 April.
#[test]
fn batch_with_deadlines_and_agenda_lines() {
    let file = r#"{"version":1,"cases":[{"id":"A-1","events":[{"on":"2026-03-26","event":"registered","worker":"w-1"}]}]}"#;
    let input = [
        r#"{"kind":"deadlines","received":"2026-03-21","answered_on":"2026-04-20"}"#.to_owned(),
        r#"{"kind":"deadlines","received":"2026-03-21","reception":"2026-05-12","refusal_on":"2026-05-13"}"#.to_owned(),
        r#"{"kind":"deadlines","received":"2026-03-21","reception":"2026-05-12","lang":"ru"}"#.to_owned(),
        r#"{"kind":"deadlines","received":"2026-03-21","recieved":"2026-03-21"}"#.to_owned(),
        format!(r#"{{"kind":"agenda","as_of":"2026-04-20","report":"2026-Q2","file":{file}}}"#),
        r#"{"kind":"check_id","number":"850808301235"}"#.to_owned(),
        format!(r#"{{"kind":"agenda","as_of":"2026-04-20","file":{}}}"#, file.replace("worker", "wroker")),
        format!(r#"{{"kind":"agenda","as_of":"2026-04-20","file":{}}}"#, file.replace("03-26", "03-21")),
        r#"{"kind":"deadlines","received":"2026-03-21","forward":"yes"}"#.to_owned(),
    ]
    .join("\n");
    let out = run(&["--batch"], &input);
    assert_eq!(out.status.code(), Some(2));
    let answers: Vec<Answer> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every answer is one JSON line"))
        .collect();
    assert_eq!(
        answers.iter().map(Answer::line).collect::<Vec<_>>(),
        (1..=9).collect::<Vec<_>>()
    );
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let Answer::Deadlines { result, .. } = &answers[0] else {
        panic!("{:?}", answers[0]);
    };
    assert_eq!(result.registered, d(3, 26));
    assert_eq!(result.response_due, d(4, 16));
    assert_eq!(result.date_notice_due_after_answer, Some(d(4, 22)));
    assert_eq!(result.violations.len(), 1);
    assert_eq!(
        (
            result.violations[0].due,
            result.violations[0].on,
            result.violations[0].late_by_working_days
        ),
        (d(4, 16), Some(d(4, 20)), 2)
    );
    assert!(
        matches!(&answers[1], Answer::Error { error, .. } if error.message.starts_with("п. 22–24: "))
    );
    let Answer::Deadlines { result, .. } = &answers[2] else {
        panic!("{:?}", answers[2]);
    };
    assert_eq!(result.preparation_due, Some(d(4, 30)));
    assert_eq!(result.deadlines[0].name, "ответ заявителю");
    assert!(
        matches!(&answers[3], Answer::Error { error, .. } if error.message.contains("recieved"))
    );
    let Answer::Agenda { result, .. } = &answers[4] else {
        panic!("{:?}", answers[4]);
    };
    assert_eq!(result.agenda.len(), 1);
    assert_eq!(
        (result.agenda[0].due, result.agenda[0].working_days),
        (d(4, 16), 2)
    );
    assert_eq!(result.violations[0].on, None);
    assert_eq!(
        result.report.as_ref().map(|r| r.period.to_string()),
        Some("2026-04-01..2026-04-20".to_owned())
    );
    assert!(matches!(&answers[5], Answer::CheckId { result, .. } if result.valid));
    assert!(matches!(&answers[6], Answer::Error { error, .. }
        if error.message.contains(r#"case "A-1", event 1 ("registered"): unknown field `wroker`"#)));
    assert!(matches!(&answers[7], Answer::Error { error, .. }
        if error.message.starts_with(r#"п. 21: case "A-1", event 1"#)));
    assert!(matches!(&answers[8], Answer::Error { .. }));
}

/// The JSON of `deadlines` and `agenda` parses back into their types,
/// unchanged, and a late act is a violation with exit status 0.
#[test]
fn deadlines_and_agenda_json_parse_back() {
    for args in [
        &["deadlines", "--received", "2026-03-21", "--json"][..],
        &[
            "deadlines",
            "--received",
            "2026-03-21",
            "--answered-on",
            "2026-04-20",
            "--json",
        ],
        &[
            "deadlines",
            "--received",
            "2026-03-21",
            "--extended-on",
            "2026-04-10",
            "--reception",
            "2026-05-12",
            "--refusal-on",
            "2026-05-12",
            "--hearing-notice-sent",
            "2026-05-05",
            "--forward",
            "--json",
            "--lang",
            "kk",
        ],
        &[
            "deadlines",
            "--received",
            "2026-12-10",
            "--correction-until",
            "2026-12-15",
            "--letter-until",
            "2027-01-08",
            "--json",
        ],
    ] {
        let out = run(args, "");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let typed: deadlines::Output = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), value, "{args:?}");
    }
    let out = run(
        &[
            "agenda",
            "-",
            "--as-of",
            "2026-12-01",
            "--report",
            "2026-Q4",
            "--json",
        ],
        &std::fs::read_to_string("examples/data/cases.json").unwrap(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let typed: agenda::Output = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), value);
    // The instruction of ALM-2026-0102 due Fri 27 November, still open on
    // Tue 1 December: overdue by 2 working days (30 November, 1 December),
    // with its id.
    let item = typed
        .agenda
        .iter()
        .find(|i| i.case == "ALM-2026-0102")
        .expect("on the agenda");
    assert_eq!(item.instruction.as_deref(), Some("1"));
    assert_eq!(item.working_days, 2);
}

/// Every batch query round-trips, and a typo in any of its fields is an
/// error, not a silently ignored field.
#[test]
fn batch_lines_round_trip_and_refuse_typos() {
    use kz_appeals::cli::batch::Line;
    let lines = [
        r#"{"kind":"calendar","year":2026}"#,
        r#"{"kind":"calendar","year":2027,"update":{"year":2027,"extra_days_off":[]}}"#,
        r#"{"kind":"check_id","number":"850808301235"}"#,
        r#"{"kind":"check_id","number":"850808301235","id_kind":"iin"}"#,
        r#"{"kind":"deadlines","received":"2026-03-21"}"#,
        r#"{"kind":"deadlines","received":"2026-03-21","answered_on":"2026-04-20","reception":"2026-05-12","forward":true,"lang":"kk"}"#,
        r#"{"kind":"deadlines","received":"2026-03-21","letter_until":"2026-04-24","extended_on":"2026-04-23","refusal_on":"2026-05-08","hearing_notice_sent":"2026-05-04","correction_until":"2026-03-31"}"#,
        r#"{"kind":"agenda","as_of":"2026-12-01","file":{"version":1,"cases":[]}}"#,
        r#"{"kind":"agenda","as_of":"2026-12-01","within":5,"report":"2026-10-01..2026-12-31","lang":"ru","file":{"version":1,"cases":[{"id":"A-1","events":[{"on":"2026-03-26","event":"registered"}]}]}}"#,
    ];
    for text in lines {
        let line: Line = serde_json::from_str(text).unwrap();
        let back: Line = serde_json::from_str(&serde_json::to_string(&line).unwrap()).unwrap();
        assert_eq!(back, line);
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        // A typo in each key, one at a time.
        for key in value.as_object().unwrap().keys().filter(|k| *k != "kind") {
            let mut typo = value.clone();
            let map = typo.as_object_mut().unwrap();
            let v = map.remove(key).unwrap();
            map.insert(format!("{key}x"), v);
            assert!(
                serde_json::from_value::<Line>(typo).is_err(),
                "{text}: typo in {key}"
            );
        }
    }
    // A typo inside the case files of an agenda line, too.
    let typo = r#"{"kind":"agenda","as_of":"2026-12-01","file":{"version":1,"casse":[]}}"#;
    assert!(serde_json::from_str::<Line>(typo).is_err());
}

proptest::proptest! {
    /// Whatever the lines, the batch answers each non-blank one exactly once,
    /// in order, with its own line number, and never panics.
    #[test]
    fn any_input_gets_one_answer_per_line(lines in proptest::collection::vec(
        proptest::prop_oneof![
            "\\PC{0,40}",
            r#"\{"kind":"(calendar|check_id)","(year|number)":("[0-9]{0,13}"|-?[0-9]{1,12})\}"#,
            // Any dates, possible or not, in and out of the calendar.
            r#"\{"kind":"deadlines","received":"20[0-9]{2}-[01][0-9]-[0-3][0-9]"(,"(answered_on|reception|refusal_on|extended_on|letter_until|hearing_notice_sent|correction_until)":"20[1-4][0-9]-[01][0-9]-[0-3][0-9]"){0,3}(,"forward":true)?\}"#,
            r#"\{"kind":"agenda","as_of":"20[1-4][0-9]-[01][0-9]-[0-3][0-9]","within":[0-9]{1,10},"file":\{"version":1,"cases":\[\{"id":"A","events":\[\{"on":"20[1-4][0-9]-[01][0-9]-[0-3][0-9]","event":"(registered|answered|arrived|refused|closed)"\}\]\}\]\}\}"#,
        ],
        0..12,
    )) {
        let input = lines.join("\n");
        let mut out = Vec::new();
        let summary = batch::run(&Calendar::kazakhstan(), input.as_bytes(), &mut out).unwrap();
        let expected: Vec<u64> = input
            .split('\n')
            .zip(1u64..)
            .filter(|(l, _)| !l.trim().is_empty())
            .map(|(_, n)| n)
            .collect();
        let answers: Vec<Answer> = std::str::from_utf8(&out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        proptest::prop_assert_eq!(answers.iter().map(Answer::line).collect::<Vec<_>>(), expected);
        proptest::prop_assert_eq!(summary.results + summary.errors, answers.len() as u64);
    }
}

/// The library's errors reach the clerk in the language asked for: on
/// standard error, and in a batch line's error object. 1 January 2040 is
/// after the calendar's last day, 31 December 2035; the calendar's message
/// writes dates as 01.01.2040 in Kazakh and Russian.
#[test]
fn errors_in_the_language_asked_for() {
    let out = run(
        &["deadlines", "--received", "2040-01-01", "--lang", "ru"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("error: --received: 01.01.2040 вне календаря"),
        "{err}"
    );
    let out = run(&["deadlines", "--received", "2040-01-01"], "");
    assert!(
        text(&out.stderr).starts_with("error: --received: 2040-01-01"),
        "{}",
        text(&out.stderr)
    );

    let cal = Calendar::kazakhstan();
    let answer = batch::answer(
        &cal,
        1,
        r#"{"kind":"deadlines","received":"2040-01-01","lang":"kk"}"#,
    );
    let Answer::Error { error, .. } = answer else {
        panic!("{answer:?}");
    };
    assert!(
        error
            .message
            .starts_with("--received: 01.01.2040 күнтізбеден тыс"),
        "{}",
        error.message
    );
}

/// One working day late is "1 working day", not "1 working days". In the
/// sample, case ALM-2026-0110 was due to be forwarded by Thursday
/// 12 November 2026 and was forwarded on Friday 13 November: one working
/// day in (12 Nov, 13 Nov].
#[test]
fn one_working_day_is_singular() {
    let out = run(
        &[
            "agenda",
            "examples/data/cases.json",
            "--as-of",
            "2026-12-01",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let line = text(&out.stdout)
        .lines()
        .find(|l| l.starts_with("ALM-2026-0110"))
        .expect("the forwarded case is listed among the violations");
    assert!(line.contains("+1 working day "), "{line}");
    assert!(!line.contains("working days"), "{line}");
}
