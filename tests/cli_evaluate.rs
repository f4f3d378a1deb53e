//! `kz-appeals evaluate` and the flags of `deadlines` that let both doors
//! express the same facts (issue 14): each worked by hand from the rules
//! and the official calendar of 2026.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

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

fn json_of(args: &[&str], stdin: &str) -> Value {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Registered Thu 26 March 2026 and never answered. The answer was due Thu
/// 16 April (15 working days: 27, 30, 31 March, 1–3, 6–10, 13–16 April); on
/// Mon 20 April it is 2 working days overdue (17, 20) and APPC art. 91(2)
/// deems a refusal from Fri 17 April.
const UNANSWERED: &str = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
  {"on": "2026-03-26", "event": "registered", "worker": "w-1"}]}]}"#;

#[test]
fn p25_evaluate_json_gives_the_whole_evaluation() {
    let v = json_of(
        &["evaluate", "-", "--as-of", "2026-04-20", "--json"],
        UNANSWERED,
    );
    assert_eq!(
        v,
        json!({"as_of": "2026-04-20", "cases": [{
            "case": "A-1", "stage": "registered",
            "deadlines": [{"kind": "response_due", "due": "2026-04-16", "state": "overdue",
                "late_by_working_days": 2, "rule": "п. 25", "by": "worker", "who": "w-1"}],
            "violations": [{"deadline": "response_due", "due": "2026-04-16", "on": null,
                "late_by_working_days": 2, "rule": "APPC art. 76"}],
            "next": {"kind": "response_due", "due": "2026-04-16", "overdue": true, "by": "worker", "who": "w-1"},
            "deemed_refusal_from": "2026-04-17"}]})
    );
    // The deemed refusal shows once its first day has come: not on the 16th.
    let v = json_of(
        &["evaluate", "-", "--as-of", "2026-04-16", "--json"],
        UNANSWERED,
    );
    assert_eq!(v["cases"][0]["deemed_refusal_from"], Value::Null);
    assert_eq!(v["cases"][0]["deadlines"][0]["state"], "open");
    assert_eq!(v["cases"][0]["deadlines"][0]["working_days_left"], 0);
}

#[test]
fn evaluate_in_every_language_and_as_a_batch_line() {
    for lang in ["kk", "ru", "en"] {
        let out = run(
            &["evaluate", "-", "--as-of", "2026-04-20", "--lang", lang],
            UNANSWERED,
        );
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("A-1"));
    }
    let line = json!({"kind": "evaluate", "as_of": "2026-04-20",
        "file": serde_json::from_str::<Value>(UNANSWERED).unwrap()});
    let out = run(&["--batch"], &format!("{line}\n"));
    assert!(out.status.success());
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["kind"], "evaluate");
    assert_eq!(
        answer["result"],
        json_of(
            &["evaluate", "-", "--as-of", "2026-04-20", "--json"],
            UNANSWERED
        )
    );
}

/// п. 26 reading (b) on the command line: registered Thu 26 March 2026,
/// extended by decision Fri 10 April, told Mon 13 April. Reading (a) ends
/// the term Wed 10 June (10 April + 2 months), reading (b) Tue 26 May (26
/// March + 2 months); on Thu 21 May within 3 working days (22, 25, 26 May)
/// only (b) lists the answer.
#[test]
fn p26_the_reading_flag_reaches_agenda_and_evaluate() {
    let file = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
      {"on": "2026-03-26", "event": "registered"},
      {"on": "2026-04-10", "event": "extended_by_decision"},
      {"on": "2026-04-13", "event": "extension_notice_sent"}]}]}"#;
    let b = ["--reading", "two_months_from_registration"];
    let mut args = vec!["agenda", "-", "--as-of", "2026-05-21", "--json"];
    let a = json_of(&args, file);
    assert_eq!(a["agenda"], json!([]));
    args.extend(b);
    let a = json_of(&args, file);
    assert_eq!(a["agenda"][0]["due"], "2026-05-26");
    assert_eq!(a["agenda"][0]["working_days"], 3);
    let mut args = vec!["evaluate", "-", "--as-of", "2026-05-21", "--json"];
    args.extend(b);
    let e = json_of(&args, file);
    assert_eq!(e["cases"][0]["deadlines"][0]["due"], "2026-05-26");
    // The case-file document can name the body's readings itself.
    let named = file.replacen(
        r#"{"version": 1, "cases""#,
        r#"{"version": 1, "reading": ["two_months_from_registration"], "cases""#,
        1,
    );
    let a = json_of(&["agenda", "-", "--as-of", "2026-05-21", "--json"], &named);
    assert_eq!(a["agenda"][0]["due"], "2026-05-26");
    // A reading that is not a body's choice is bad input, exit status 2.
    let out = run(
        &[
            "evaluate",
            "-",
            "--as-of",
            "2026-05-21",
            "--reading",
            "objection_from_receipt",
        ],
        file,
    );
    assert_eq!(out.status.code(), Some(2));
}

/// `deadlines` and `evaluate` agree on the facts both express. Received and
/// registered Thu 26 March 2026, to be corrected by Wed 1 April, returned
/// Thu 2 April: no deemed refusal in either. Forwarded (outside competence)
/// on Thu 2 April, registered Thu 26 March: due 27, 30, 31 March -> Tue 31
/// March, so 2 working days late (1, 2 April) in both, and the forwarding
/// ends the body's term: no deemed refusal.
#[test]
fn deadlines_and_evaluate_agree() {
    let d = json_of(
        &[
            "deadlines",
            "--received",
            "2026-03-26",
            "--correction-until",
            "2026-04-01",
            "--returned-on",
            "2026-04-02",
            "--json",
        ],
        "",
    );
    assert_eq!(d["deemed_refusal_from"], Value::Null);
    assert_eq!(d["violations"], json!([]));
    let file = r#"{"version": 1, "cases": [{"id": "R", "events": [
      {"on": "2026-03-26", "event": "registered"},
      {"on": "2026-03-26", "event": "correction_period_set", "until": "2026-04-01"},
      {"on": "2026-04-02", "event": "returned"}]}]}"#;
    let e = json_of(&["evaluate", "-", "--as-of", "2026-05-04", "--json"], file);
    assert_eq!(e["cases"][0]["deemed_refusal_from"], Value::Null);
    assert_eq!(e["cases"][0]["violations"], json!([]));

    let d = json_of(
        &[
            "deadlines",
            "--received",
            "2026-03-26",
            "--forward",
            "--forwarded-on",
            "2026-04-02",
            "--json",
        ],
        "",
    );
    let file = r#"{"version": 1, "cases": [{"id": "F", "events": [
      {"on": "2026-03-26", "event": "registered"},
      {"on": "2026-04-02", "event": "forwarded"}]}]}"#;
    let e = json_of(&["evaluate", "-", "--as-of", "2026-05-04", "--json"], file);
    assert_eq!(d["violations"], e["cases"][0]["violations"]);
    assert_eq!(d["violations"][0]["late_by_working_days"], 2);
    assert_eq!(d["deemed_refusal_from"], Value::Null);
    assert_eq!(e["cases"][0]["deemed_refusal_from"], Value::Null);
    // --returned-on needs --correction-until, --forwarded-on needs --forward.
    let out = run(
        &[
            "deadlines",
            "--received",
            "2026-03-26",
            "--returned-on",
            "2026-04-02",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
}

/// A file that cannot be evaluated is that file's error, beside the
/// others' results: on 10 January 2036, outside the calendar, both files
/// are answered with their own error, in order, and the tool exits 0.
#[test]
fn a_file_that_cannot_be_evaluated_is_its_own_error() {
    let two = r#"{"version": 1, "cases": [
      {"id": "A", "events": [{"on": "2026-03-26", "event": "registered"}]},
      {"id": "B", "events": [{"on": "2026-03-27", "event": "registered"}]}]}"#;
    let v = json_of(&["agenda", "-", "--as-of", "2036-01-10", "--json"], two);
    let cases: Vec<_> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["case"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(cases, ["A", "B"]);
    let v = json_of(&["evaluate", "-", "--as-of", "2036-01-10", "--json"], two);
    assert_eq!(v["errors"].as_array().unwrap().len(), 2);
}

/// Issue 16's protocol, as a new user meets it: each message says what was
/// wrong and what to do, in the language asked for.
#[test]
fn messages_a_new_user_meets() {
    let file = "examples/data/cases.json";
    let stderr = |args: &[&str], stdin: &str| {
        let out = run(args, stdin);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let e = stderr(
        &["agenda", file, "--as-of", "2026-12-01", "--within", "-1"],
        "",
    );
    assert!(e.contains("is negative"), "{e}");
    let e = stderr(
        &[
            "agenda",
            file,
            "--as-of",
            "2026-12-01",
            "--within",
            "99999999999",
        ],
        "",
    );
    assert!(e.contains("give at most 2500"), "{e}");
    let e = stderr(
        &[
            "agenda",
            file,
            "--as-of",
            "2026-12-01",
            "--report",
            "2027-Q1",
            "--lang",
            "ru",
        ],
        "",
    );
    assert!(
        e.contains("начинается 2027-01-01, позже даты повестки 2026-12-01"),
        "{e}"
    );
    // One reader, strict: a key given twice, a case's unknown field, two
    // cases with one id.
    let twice = r#"{"version": 1, "cases": [{"id": "A", "events": [
        {"on": "2026-01-01", "event": "registered", "on": "2026-03-26"}]}]}"#;
    let e = stderr(&["agenda", "-", "--as-of", "2026-12-01"], twice);
    assert!(e.contains("the key `on` is given twice"), "{e}");
    let e = stderr(
        &["evaluate", "-", "--as-of", "2026-12-01"],
        r#"{"version": 1, "cases": [{"id": "A", "evnts": []}]}"#,
    );
    assert!(e.contains(r#"case "A": unknown field `evnts`"#), "{e}");
    let e = stderr(
        &["evaluate", "-", "--as-of", "2026-12-01"],
        r#"{"version": 1, "cases": [{"id": "A", "events": []}, {"id": "A", "events": []}]}"#,
    );
    assert!(e.contains(r#"cases 1 and 2 have the same id "A""#), "{e}");
    let e = stderr(
        &["evaluate", "-", "--as-of", "2026-12-01"],
        r#"{"version": 1, "cases": [{"id": "A", "events": [{"on": "2026-03-26", "event": "answered", "worker": "x"}]}]}"#,
    );
    assert!(
        e.contains("which has no field besides `on` and `event`"),
        "{e}"
    );
}

/// Issue 15 items 1 and 2 on the command line. Received Thu 7 May 2026, a
/// holiday, registered Fri 8 May: forwarding is due 3 working days after
/// the arrival (APPC art. 65(1)): 8, 12, 13 May (11 May the carry-over of
/// Victory Day) -> Wed 13 May, not 14 May from the registration. Answered
/// Wed 6 May with the reception on Tue 12 May: the date is told within 2
/// working days (8, 12 May -> Tue 12 May) but never later than the last
/// working day before the reception: Fri 8 May.
#[test]
fn p15_p25_forwarding_from_arrival_and_the_notice_capped() {
    let v = json_of(
        &[
            "deadlines",
            "--received",
            "2026-05-07",
            "--forward",
            "--json",
        ],
        "",
    );
    assert_eq!(v["registered"], "2026-05-08");
    assert_eq!(v["forward_due"], "2026-05-13");
    let v = json_of(
        &[
            "deadlines",
            "--received",
            "2026-04-27",
            "--answered-on",
            "2026-05-06",
            "--reception",
            "2026-05-12",
            "--json",
        ],
        "",
    );
    assert_eq!(v["date_notice_due_after_answer"], "2026-05-08");
}
