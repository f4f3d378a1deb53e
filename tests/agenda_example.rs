//! The `agenda` example: its JSON contract, and exit status 2 with a
//! message naming the case and the event on bad input, nothing printed.
#![cfg(feature = "serde")]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

fn example() -> &'static PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--features",
                "cli",
                "--example",
                "agenda",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the example builds");
        let exe = std::env::current_exe().expect("the test's path");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile>");
        profile_dir
            .join("examples")
            .join(format!("agenda{}", std::env::consts::EXE_SUFFIX))
    })
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(example())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example runs");
    // The example may exit (bad flags) before reading its input.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    child.wait_with_output().expect("it ends")
}

const ONE: &str = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
  {"on": "2026-03-26", "event": "registered", "worker": "w-1"}
]}]}"#;

/// Registered Thu 26 March 2026: the answer is due Thu 16 April (п. 25).
/// On Tue 14 April it is due in 2 working days (15, 16); on Mon 20 April it
/// is overdue by 2 (17, 20) and a violation with `on` null.
#[test]
fn json_contract() {
    let out = run(&["-", "--as-of", "2026-04-14", "--json"], ONE);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["as_of"], "2026-04-14");
    assert_eq!(
        v["agenda"],
        serde_json::json!([{"case": "A-1", "deadline": "response_due", "due": "2026-04-16",
            "state": "due_soon", "working_days": 2, "rule": "п. 25", "by": "worker", "who": "w-1"}])
    );
    assert_eq!(v["violations"], serde_json::json!([]));
    assert!(v.get("report").is_none());
    // --within 1 leaves it out.
    let out = run(
        &["-", "--as-of", "2026-04-14", "--within", "1", "--json"],
        ONE,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["agenda"], serde_json::json!([]));

    let out = run(
        &[
            "-",
            "--as-of",
            "2026-04-20",
            "--json",
            "--report",
            "2026-Q2",
        ],
        ONE,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["agenda"][0]["state"], "overdue");
    assert_eq!(v["agenda"][0]["working_days"], 2);
    assert_eq!(
        v["violations"],
        serde_json::json!([{"case": "A-1", "deadline": "response_due", "due": "2026-04-16",
            "on": null, "late_by_working_days": 2, "rule": "APPC art. 76"}])
    );
    // Registered in Q1: the Q2 report counts no registration, the
    // violation, and the period up to the agenda's date.
    assert_eq!(v["report"]["registered"], 0);
    assert_eq!(v["report"]["violations_by_rule"]["APPC art. 76"], 1);
    assert_eq!(v["report"]["period"], "2026-04-01..2026-04-20");
}

#[test]
fn the_sample_file_runs_in_every_language() {
    for lang in ["kk", "ru", "en"] {
        let out = run(
            &[
                "examples/data/cases.json",
                "--as-of",
                "2026-12-01",
                "--lang",
                lang,
                "--report",
                "2026-Q4",
            ],
            "",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("ALM-2026-0105"));
    }
}

fn bad(args: &[&str], stdin: &str, expected: &[&str]) {
    let out = run(args, stdin);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "nothing half-printed");
    let err = String::from_utf8_lossy(&out.stderr);
    for e in expected {
        assert!(err.contains(e), "{e:?} not in {err}");
    }
}

#[test]
fn bad_input_exits_2_naming_case_and_event() {
    let as_of = ["-", "--as-of", "2026-12-01"];
    bad(&as_of, "{", &["not JSON"]);
    bad(
        &as_of,
        &ONE.replace("registered", "registred"),
        &["\"A-1\"", "event 1", "registred"],
    );
    bad(
        &as_of,
        &ONE.replace("\"worker\"", "\"wroker\""),
        &["\"A-1\"", "event 1", "wroker"],
    );
    bad(
        &as_of,
        &ONE.replace("\"version\": 1", "\"version\": 2"),
        &["unknown version 2"],
    );
    // п. 21: Saturday 21 March 2026 is no registration day.
    bad(
        &as_of,
        &ONE.replace("2026-03-26", "2026-03-21"),
        &["п. 21", "\"A-1\"", "event 1", "registered on 2026-03-21"],
    );
    bad(&["-", "--as-of", "2026-3-5"], ONE, &["YYYY-MM-DD"]);
    bad(&["-", "--as-of", "+002026-03-05"], ONE, &["YYYY-MM-DD"]);
    bad(
        &["-", "--as-of", "2026-12-01", "--as-of", "2026-12-02"],
        ONE,
        &["twice"],
    );
    bad(
        &["-", "--as-of", "2026-12-01", "--report", "2026-Q5"],
        ONE,
        &["п. 38"],
    );
    bad(&["-"], ONE, &["--as-of is missing"]);
}

/// п. 21: ALM-2026-0118 of the sample arrived on Saturday 28 November 2026
/// and was never registered. It was due on Monday 30 November (the next
/// working day); on Tuesday 1 December it is overdue by 1 working day, on
/// the agenda and among the violations with `on` null.
#[test]
fn the_sample_request_never_registered_is_overdue() {
    let out = run(
        &[
            "examples/data/cases.json",
            "--as-of",
            "2026-12-01",
            "--json",
        ],
        "",
    );
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let item = v["agenda"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|i| i["case"] == "ALM-2026-0118")
        .expect("on the agenda");
    assert_eq!(item["deadline"], "registration_due");
    assert_eq!(item["due"], "2026-11-30");
    assert_eq!(item["state"], "overdue");
    assert_eq!(item["working_days"], 1);
    let violation = v["violations"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|i| i["case"] == "ALM-2026-0118")
        .expect("a violation");
    assert_eq!(violation["deadline"], "registration_due");
    assert_eq!(violation["on"], Value::Null);
    assert_eq!(violation["late_by_working_days"], 1);
}
