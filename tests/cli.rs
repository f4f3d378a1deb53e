//! The command-line tool as a back office runs it: exit statuses, JSON that
//! parses back, `--batch` with good and bad lines mixed, never a panic.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use clap::CommandFactory;
use kz_appeals::Calendar;
use kz_appeals::cli::batch::{self, Answer};
use kz_appeals::cli::{Cli, calendar, check_id};

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
}

#[test]
fn exit_statuses() {
    for (args, status) in [
        (&["calendar", "2026"][..], 0),
        (&["calendar", "2026", "--json"], 0),
        (&["calendar", "2026", "--ics"], 0),
        (&["calendar", "2026", "--lang", "kk"], 0),
        (&["check-id", "850808301235"], 0),
        (&["check-id", "080440001234", "--json"], 0),
        (&["--help"], 0),
        (&["--version"], 0),
        // Bad input: 2.
        (&["check-id", "850808301234"], 2),
        (&["check-id", "850808301234", "--json"], 2),
        (&["check-id", "1", "--kind", "passport"], 2),
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
        r#"{"kind":"agenda","file":"x"}"#,
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
    assert!(matches!(&answers[5], Answer::Error { error, .. } if error.message.contains("agenda")));
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
    ];
    for text in lines {
        let line: Line = serde_json::from_str(text).unwrap();
        let back: Line = serde_json::from_str(&serde_json::to_string(&line).unwrap()).unwrap();
        assert_eq!(back, line);
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
        let map = value.as_object_mut().unwrap();
        let key = map.keys().find(|k| *k != "kind").unwrap().clone();
        let v = map.remove(&key).unwrap();
        map.insert(format!("{key}x"), v);
        assert!(
            serde_json::from_value::<Line>(value).is_err(),
            "{text}: typo in {key}"
        );
    }
}

proptest::proptest! {
    /// Whatever the lines, the batch answers each non-blank one exactly once,
    /// in order, with its own line number, and never panics.
    #[test]
    fn any_input_gets_one_answer_per_line(lines in proptest::collection::vec(
        proptest::prop_oneof![
            "\\PC{0,40}",
            r#"\{"kind":"(calendar|check_id)","(year|number)":("[0-9]{0,13}"|-?[0-9]{1,12})\}"#,
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
