//! The `deadlines` example: its JSON output, and exit status 2 on bad input.
//!
//! The example is built once with `cargo build --example deadlines` (a
//! no-op when `cargo test` has already built it), then run directly.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

fn example() -> &'static PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "deadlines"])
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
