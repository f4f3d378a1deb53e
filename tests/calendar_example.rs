//! The `calendar` example as a user runs it: JSON in the reference's shape,
//! and bad input refused with exit status 2. The example is the
//! `kz-appeals calendar` subcommand, so it needs the `cli` feature.
#![cfg(feature = "cli")]

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--features",
            "cli",
            "--example",
            "calendar",
            "--",
        ])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs")
}

#[test]
fn json_has_the_reference_shape_and_days() {
    let out = run(&["2020", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("data/kz_calendar_2018_2027.json")).unwrap();
    assert_eq!(got["year"], 2020);
    assert_eq!(got["status"], "official");
    assert_eq!(
        got["non_working_weekdays"],
        reference["2020"]["non_working_weekdays"]
    );
    assert_eq!(
        got["working_weekend_days"],
        reference["2020"]["working_weekend_days"]
    );
    assert_eq!(got.as_object().unwrap().len(), 4);

    // The status words of the crate (RULES.md §1): 2027 provisional,
    // 2028–2035 projected.
    for (year, status) in [
        ("2027", "provisional"),
        ("2028", "projected"),
        ("2035", "projected"),
    ] {
        let out = run(&[year, "--json"]);
        let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(got["status"], status, "{year}");
    }
    // Kurban ait 2028 is estimated on Friday 5 May: a weekday off.
    let out = run(&["2028", "--json"]);
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let off = got["non_working_weekdays"].as_array().unwrap();
    assert!(off.contains(&serde_json::json!("2028-05-05")));
}

#[test]
fn bad_input_exits_2_with_a_message() {
    for args in [
        &[][..],
        &["2017"],
        &["abc"],
        &["2026", "--lang", "de"],
        &["2026", "--frobnicate"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}
