//! The `deadlines` example: its JSON output, and exit status 2 on bad input.
//!
//! The example is built once with `cargo build --features cli --example
//! deadlines` (a no-op when `cargo test --features cli` has already built
//! it), then run directly.

use std::path::PathBuf;
use std::process::{Command, Output};
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
                "deadlines",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the example builds");
        // target/<profile>/deps/<this test> → target/<profile>/examples/deadlines
        let exe = std::env::current_exe().expect("the test's path");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile>");
        profile_dir
            .join("examples")
            .join(format!("deadlines{}", std::env::consts::EXE_SUFFIX))
    })
}

fn run(args: &[&str]) -> Output {
    Command::new(example())
        .args(args)
        .output()
        .expect("the example runs")
}

#[test]
fn json_has_every_deadline_of_the_2026_scenario() {
    // Worked by hand in tests/schedule.rs (spring_2026): arrival Sat 21 Mar
    // 2026, registered Thu 26 Mar; answer 16 Apr (п. 25); 30 days → Sat 25
    // Apr → Mon 27 Apr (п. 26); decision 10 Apr + 2 months = 10 Jun, notice
    // by 15 Apr; reception Tue 12 May: briefing 30 Apr (п. 22), notices 6 May
    // (п. 25, п. 16); refusal Fri 8 May: hearing notice by Mon 4 May (п. 28).
    let out = run(&[
        "--received",
        "2026-03-21",
        "--extended-on",
        "2026-04-10",
        "--reception",
        "2026-05-12",
        "--refusal-on=2026-05-08",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let json: Value = serde_json::from_str(&stdout).expect("exactly one JSON object");
    let expected = [
        ("received", "2026-03-21"),
        ("registered", "2026-03-26"),
        ("response_due", "2026-04-16"),
        ("extension_30_days_due", "2026-04-27"),
        ("extension_max_due", "2026-06-10"),
        ("extension_notice_due", "2026-04-15"),
        ("preparation_due", "2026-04-30"),
        ("schedule_notice_due", "2026-05-06"),
        ("absence_notice_due", "2026-05-06"),
        ("hearing_notice_due", "2026-05-04"),
    ];
    for (key, date) in expected {
        assert_eq!(json[key], date, "{key}");
    }
    assert_eq!(json["provisional"], false);
    // The trace of the registration: the five Nauryz days off, 21–25 March.
    let waited = json["registration"]["passed_over"]
        .as_array()
        .expect("a list");
    assert_eq!(waited.len(), 5);
    assert_eq!(waited[0]["date"], "2026-03-21");
}

#[test]
fn json_without_optional_dates_has_only_the_registration_deadlines() {
    // Thu 10 Dec 2026 is a working day: registered that day; the answer is due
    // Tue 5 Jan 2027 (see tests/terms.rs), in a provisional year.
    let out = run(&["--received", "2026-12-10", "--json"]);
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["registered"], "2026-12-10");
    assert_eq!(json["response_due"], "2027-01-05");
    assert_eq!(json["provisional"], true);
    assert!(json.get("extension_max_due").is_none());
    assert!(json.get("preparation_due").is_none());
    assert!(json.get("hearing_notice_due").is_none());
}

#[test]
fn bad_input_exits_with_status_2_and_says_what_is_accepted() {
    for (args, says) in [
        (&["--received", "2026-02-30"][..], "YYYY-MM-DD"),
        (&["--received", "2017-12-31"][..], "2018-01-01"),
        (&["--reception", "2026-05-12"][..], "--received is required"),
        (
            &["--received", "2026-03-21", "--bogus"][..],
            "unknown argument",
        ),
        (
            &[
                "--received",
                "2026-03-21",
                "--reception",
                "2026-05-12",
                "--refusal-on",
                "2026-05-13",
            ][..],
            "п. 22–24",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(stderr.contains("usage:"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_stdout_is_an_error_not_a_panic() {
    // `/dev/full` refuses every write, as a closed pipe (`| head -0`) does.
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full in this sandbox: nothing to check
    };
    let out = Command::new(example())
        .args(["--received", "2026-03-21"])
        .stdout(full)
        .output()
        .expect("the example runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn answered_on_adds_the_date_notice_after_the_answer() {
    // Registered Thu 26 Mar 2026 (after Nauryz). Answered Tue 14 Apr: п. 25
    // reading (a), 15, 16 -> Thu 16 Apr. Reception Mon 27 Apr: reading (b),
    // Fri 24 (1), Thu 23 (2) -> Thu 23 Apr, still under its own key.
    let j = json(&[
        "--received",
        "2026-03-21",
        "--answered-on",
        "2026-04-14",
        "--reception",
        "2026-04-27",
        "--json",
    ]);
    assert_eq!(j["date_notice_due_after_answer"], "2026-04-16");
    assert_eq!(j["schedule_notice_due"], "2026-04-23");
    assert_eq!(j["violations"], serde_json::json!([]));
    // An answer before the registration cannot have happened.
    let out = run(&["--received", "2026-03-21", "--answered-on", "2026-03-25"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("before the registration"));
}

#[test]
fn extended_on_adds_the_two_months_from_registration() {
    // Decided Fri 10 Apr 2026: (a) Wed 10 Jun from the decision, (b) Tue
    // 26 May from the registration on Thu 26 Mar.
    let j = json(&[
        "--received",
        "2026-03-21",
        "--extended-on",
        "2026-04-10",
        "--json",
    ]);
    assert_eq!(j["extension_max_due"], "2026-06-10");
    assert_eq!(j["extension_max_due_from_registration"], "2026-05-26");
}

#[test]
fn a_late_answer_is_a_violation_with_status_0() {
    // Answer due Thu 16 Apr 2026; answered Mon 20 Apr: 17, 20 -> 2 late.
    let j = json(&[
        "--received",
        "2026-03-21",
        "--answered-on",
        "2026-04-20",
        "--json",
    ]);
    assert_eq!(
        j["violations"],
        serde_json::json!([{
            "deadline": "response_due",
            "due": "2026-04-16",
            "on": "2026-04-20",
            "late_by_working_days": 2,
            "rule": "APPC art. 76"
        }])
    );
}

#[test]
fn a_refusal_on_the_reception_day_is_accepted_after_it_refused() {
    // Reception Tue 12 May 2026: a refusal that day replaces it (п. 22-24);
    // its draft is due 3 working days before: 8, 6, 5 May -> Tue 5 May.
    let j = json(&[
        "--received",
        "2026-03-21",
        "--reception",
        "2026-05-12",
        "--refusal-on",
        "2026-05-12",
        "--json",
    ]);
    assert_eq!(j["hearing_notice_due"], "2026-05-05");
    let out = run(&[
        "--received",
        "2026-03-21",
        "--reception",
        "2026-05-12",
        "--refusal-on",
        "2026-05-13",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn forward_adds_the_forwarding_deadline() {
    // Registered Mon 2 Mar 2026: 3, 4, 5 -> Thu 5 Mar (п. 15(1), APPC art. 65).
    let j = json(&["--received", "2026-03-02", "--forward", "--json"]);
    assert_eq!(j["forward_due"], "2026-03-05");
    assert!(
        json(&["--received", "2026-03-02", "--json"])
            .get("forward_due")
            .is_none()
    );
}

#[test]
fn dates_must_be_exactly_yyyy_mm_dd_and_flags_given_once() {
    for args in [
        &["--received", "2026-3-5"][..],
        &["--received", " 2026-03-02"][..],
        &["--received", "+002026-03-02"][..],
        &["--received", "2026-03-02", "--received", "2026-03-03"][..],
        &["--received", "2026-03-02", "--json", "--json"][..],
        &["--received", "2026-03-02", "--forward", "--forward"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // The first covered day: its trace looks at no earlier day (1 and 2
    // January 2018 are New Year; registered Wed 3 January).
    let j = json(&["--received", "2018-01-01", "--json"]);
    assert_eq!(j["registered"], "2018-01-03");
}

/// APPC art. 91(2): received Sat 21 March 2026, registered Thu 26 March
/// (after Nauryz), the answer due Thu 16 April (п. 25). With no answer, a
/// refusal is deemed from the next day, Fri 17 April; answered on the
/// 16th, nothing is deemed (null); answered late on Mon 20 April, the
/// refusal was deemed from the 17th all the same.
#[test]
fn deemed_refusal_from_is_printed() {
    let none = json(&["--received", "2026-03-21", "--json"]);
    assert_eq!(none["deemed_refusal_from"], "2026-04-17");
    let in_time = json(&[
        "--received",
        "2026-03-21",
        "--answered-on",
        "2026-04-16",
        "--json",
    ]);
    assert_eq!(in_time["deemed_refusal_from"], Value::Null);
    let late = json(&[
        "--received",
        "2026-03-21",
        "--answered-on",
        "2026-04-20",
        "--json",
    ]);
    assert_eq!(late["deemed_refusal_from"], "2026-04-17");
    // Forwarded (п. 15(1)) — the example takes no forwarding day, so the
    // key stays: the body must still forward or answer.
    let fwd = json(&["--received", "2026-03-21", "--forward", "--json"]);
    assert_eq!(fwd["deemed_refusal_from"], "2026-04-17");
}
