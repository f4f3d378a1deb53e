//! The conformance suite kept as data (issue 14 item 7):
//! `tests/data/conformance/{valid,invalid}/*.json`, each case file with its
//! date, policy and the evaluation worked out by hand from RULES.md and the
//! calendar (format: `tests/data/conformance/README.md`). Every case is run
//! through both doors, the library (`case::evaluate_with`, and
//! `CaseFile::from_events` for the invalid ones) and the CLI protocol
//! (`cli::evaluate::run`, `lang: en`), and checked against the expected
//! values; every mismatch is listed with its file, and the test fails at
//! the end. `pending/` holds the cases where the crate disagrees with the
//! rules (PENDING.md); they are not run.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use kz_appeals::Calendar;
use kz_appeals::case::format::{self, Document};
use kz_appeals::case::{CaseFile, DeadlineState, Evaluation, Event, EventName, evaluate_with};
use kz_appeals::cli::evaluate::{Query, run};
use kz_appeals::reading::Reading;
use kz_appeals::schedule::DeadlineKind;
use serde_json::{Value, json};

/// The suite's format version.
const VERSION: u64 = 1;

fn dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/conformance")
        .join(sub)
}

/// The cases of `sub` (`valid`, `invalid`, `pending`), by file name.
fn cases(sub: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir(sub)) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for p in paths {
        let name = format!(
            "{sub}/{}",
            p.file_name().unwrap_or_default().to_string_lossy()
        );
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
        let value: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
        out.push((name, value));
    }
    out
}

fn date(v: &Value, name: &str, field: &str) -> NaiveDate {
    v.get(field)
        .and_then(Value::as_str)
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| panic!("{name}: `{field}` is not a date"))
}

fn readings(v: &Value, name: &str) -> Vec<Reading> {
    let r = v.pointer("/policy/reading").cloned().unwrap_or(json!([]));
    serde_json::from_value(r).unwrap_or_else(|e| panic!("{name}: policy.reading: {e}"))
}

/// The library's evaluation in the JSON shape of the CLI protocol, built
/// here from the public types (not from the CLI's own conversion).
fn library_json(e: &Evaluation, id: &str) -> Value {
    let deadlines: Vec<Value> = e
        .deadlines
        .iter()
        .map(|d| {
            let mut o = json!({
                "kind": d.kind.key(),
                "due": d.due.to_string(),
                "rule": d.deadline.rule.to_string(),
                "by": d.by.key(),
            });
            let (state, extra) = match d.state {
                DeadlineState::DoneOnTime { on } => ("done_on_time", json!({"on": on.to_string()})),
                DeadlineState::DoneLate {
                    on,
                    late_by_working_days,
                } => (
                    "done_late",
                    json!({"on": on.to_string(), "late_by_working_days": late_by_working_days}),
                ),
                DeadlineState::Open { working_days_left } => {
                    ("open", json!({"working_days_left": working_days_left}))
                }
                DeadlineState::Overdue {
                    late_by_working_days,
                } => (
                    "overdue",
                    json!({"late_by_working_days": late_by_working_days}),
                ),
                _ => ("no_longer_applicable", json!({})),
            };
            o["state"] = json!(state);
            if let (Some(o), Some(extra)) = (o.as_object_mut(), extra.as_object()) {
                o.extend(extra.clone());
            }
            if let Some(w) = &d.who {
                o["who"] = json!(w);
            }
            if let Some(i) = &d.instruction {
                o["instruction"] = json!(i);
            }
            o
        })
        .collect();
    let violations: Vec<Value> = e
        .violations
        .iter()
        .map(|v| {
            let mut o = json!({
                "deadline": v.deadline.key(),
                "due": v.due.to_string(),
                "on": v.on.map(|d| d.to_string()),
                "late_by_working_days": v.late_by_working_days,
                "rule": v.rule.to_string(),
            });
            if let Some(i) = &v.instruction {
                o["instruction"] = json!(i);
            }
            o
        })
        .collect();
    let next = e.next.as_ref().map_or(Value::Null, |n| {
        let mut o = json!({
            "kind": n.kind.key(),
            "due": n.due.to_string(),
            "overdue": n.overdue,
            "by": n.by.key(),
        });
        if let Some(w) = &n.who {
            o["who"] = json!(w);
        }
        if let Some(i) = &n.instruction {
            o["instruction"] = json!(i);
        }
        o
    });
    json!({
        "case": id,
        "stage": e.stage.map(|s| s.key()),
        "deadlines": deadlines,
        "violations": violations,
        "next": next,
        "deemed_refusal_from": e.deemed_refusal.map(|d| d.from.to_string()),
    })
}

/// Whether `actual` has every field of `expected` with the same value.
fn fields_match(expected: &Value, actual: &Value) -> bool {
    match (expected.as_object(), actual.as_object()) {
        (Some(e), Some(a)) => e.iter().all(|(k, v)| a.get(k).unwrap_or(&Value::Null) == v),
        _ => expected == actual,
    }
}

/// The mismatches of `actual` (one door's answer) against `expected`.
fn compare(expected: &Value, actual: &Value, door: &str) -> Vec<String> {
    let mut out = Vec::new();
    for field in ["stage", "deemed_refusal_from", "next"] {
        if let Some(e) = expected.get(field) {
            let a = actual.get(field).unwrap_or(&Value::Null);
            if e != a {
                out.push(format!("{door}: {field}: expected {e}, got {a}"));
            }
        }
    }
    let none = Vec::new();
    let actual_deadlines = actual["deadlines"].as_array().unwrap_or(&none);
    if let Some(exp) = expected.get("deadlines").and_then(Value::as_array) {
        // Every deadline is listed: same count, and each expected entry
        // matches the actual entry of its kind (and instruction; and due
        // date when a kind appears more than once, e.g. a moved reception).
        if exp.len() != actual_deadlines.len() {
            out.push(format!(
                "{door}: deadlines: expected {} entries, got {}: {}",
                exp.len(),
                actual_deadlines.len(),
                Value::Array(actual_deadlines.clone())
            ));
        }
        let mut used = vec![false; actual_deadlines.len()];
        for e in exp {
            let key = |d: &Value| (d["kind"].clone(), d.get("instruction").cloned());
            let same_kind: Vec<usize> = (0..actual_deadlines.len())
                .filter(|i| !used[*i] && key(&actual_deadlines[*i]) == key(e))
                .collect();
            let pick = if same_kind.len() > 1 {
                same_kind
                    .iter()
                    .copied()
                    .find(|i| actual_deadlines[*i]["due"] == e["due"])
            } else {
                same_kind.first().copied()
            };
            match pick {
                Some(i) => {
                    used[i] = true;
                    if !fields_match(e, &actual_deadlines[i]) {
                        out.push(format!(
                            "{door}: deadline {}: expected {e}, got {}",
                            e["kind"], actual_deadlines[i]
                        ));
                    }
                }
                None => out.push(format!(
                    "{door}: deadline {}: missing: expected {e}",
                    e["kind"]
                )),
            }
        }
    }
    if let Some(exp) = expected.get("violations").and_then(Value::as_array) {
        let act = actual["violations"].as_array().unwrap_or(&none);
        let mut used = vec![false; act.len()];
        for e in exp {
            match (0..act.len()).find(|i| !used[*i] && fields_match(e, &act[*i])) {
                Some(i) => used[i] = true,
                None => out.push(format!("{door}: violation expected, not found: {e}")),
            }
        }
        for (i, a) in act.iter().enumerate() {
            if !used[i] {
                out.push(format!("{door}: violation not expected: {a}"));
            }
        }
    }
    out
}

fn document(case: &Value) -> Document {
    serde_json::from_value(json!({"version": 1, "cases": [case]}))
        .unwrap_or_else(|e| panic!("not a case file: {e}"))
}

/// The mismatches of a valid case through both doors.
fn check_valid(cal: &Calendar, name: &str, c: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let as_of = date(c, name, "as_of");
    let readings = readings(c, name);
    let expected = &c["expected"];
    let id = c["case"]["id"].as_str().unwrap_or_default();
    // The library.
    match format::load(cal, document(&c["case"])) {
        Err(e) => out.push(format!("library: refused on loading: {e}")),
        Ok(files) => match kz_appeals::cli::judged::policy(&readings) {
            Err(e) => out.push(format!("library: policy: {e}")),
            Ok(policy) => match files.first().map(|f| evaluate_with(cal, f, as_of, policy)) {
                Some(Ok(e)) => out.extend(compare(expected, &library_json(&e, id), "library")),
                Some(Err(e)) => out.push(format!("library: cannot evaluate: {e}")),
                None => out.push("library: no case file".into()),
            },
        },
    }
    // The CLI protocol.
    let query = json!({
        "as_of": c["as_of"],
        "reading": c.pointer("/policy/reading").cloned().unwrap_or(json!([])),
        "lang": "en",
        "file": {"version": 1, "cases": [c["case"]]},
    });
    match serde_json::from_value::<Query>(query) {
        Err(e) => out.push(format!("cli: query refused: {e}")),
        Ok(q) => match run(cal, &q) {
            Err(e) => out.push(format!("cli: refused: {e}")),
            Ok(o) => {
                let v = serde_json::to_value(&o).unwrap_or(Value::Null);
                if v["as_of"] != c["as_of"] {
                    out.push(format!("cli: as_of {} is not the query's", v["as_of"]));
                }
                if let Some(errors) = v.get("errors").filter(|e| e != &&json!([])) {
                    out.push(format!("cli: errors: {errors}"));
                }
                match v["cases"].get(0) {
                    Some(case) => out.extend(compare(expected, case, "cli")),
                    None => out.push("cli: no case in the output".into()),
                }
            }
        },
    }
    out
}

/// `CamelCase` -> `snake_case`.
fn snake(s: &str) -> String {
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if ch.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The kind of impossible event, from its `Debug` form: `before_previous`,
/// …, and `schedule/letter_extension_invalid` for `Impossible::Schedule`.
fn reason_key(reason: &kz_appeals::case::Impossible) -> String {
    let debug = format!("{reason:?}");
    let head = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let outer = head(&debug);
    if outer == "Schedule" {
        let inner = debug.trim_start_matches("Schedule(");
        format!("schedule/{}", snake(&head(inner)))
    } else {
        snake(&outer)
    }
}

/// The mismatches of an invalid case through both doors.
fn check_invalid(cal: &Calendar, name: &str, c: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let exp = &c["expected_error"];
    let id = c["case"]["id"].as_str().unwrap_or_default();
    let events: Vec<Event> = match serde_json::from_value(c["case"]["events"].clone()) {
        Ok(e) => e,
        Err(e) => return vec![format!("{name}: events not in the case-file format: {e}")],
    };
    match CaseFile::from_events(cal, id, events) {
        Ok(_) => out.push("library: loaded, expected an error".into()),
        Err((position, err)) => {
            let actual = json!({
                "position": position,
                "event": err.event.key(),
                "rule": err.rule().map(|r| r.to_string()),
                "reason": reason_key(&err.reason),
            });
            if !fields_match(exp, &actual) {
                out.push(format!("library: expected {exp}, got {actual}"));
            }
        }
    }
    let query = json!({
        "as_of": c["as_of"],
        "reading": c.pointer("/policy/reading").cloned().unwrap_or(json!([])),
        "lang": "en",
        "file": {"version": 1, "cases": [c["case"]]},
    });
    match serde_json::from_value::<Query>(query) {
        Err(e) => out.push(format!("cli: query refused: {e}")),
        Ok(q) => match run(cal, &q) {
            Ok(_) => out.push("cli: evaluated, expected an error".into()),
            Err(e) => {
                // The CLI names the event by its position from 1, and the rule.
                let msg = e.to_string();
                let position = exp["position"]
                    .as_u64()
                    .unwrap_or(u64::MAX)
                    .saturating_add(1);
                if !msg.contains(&format!("event {position}:")) {
                    out.push(format!(
                        "cli: the message does not name event {position}: {msg}"
                    ));
                }
                if let Some(rule) = exp["rule"].as_str() {
                    if !msg.starts_with(&format!("{rule}:")) {
                        out.push(format!(
                            "cli: the message does not start with {rule}: {msg}"
                        ));
                    }
                }
            }
        },
    }
    out
}

/// The common fields of every case.
fn check_common(name: &str, c: &Value, valid: bool) -> Vec<String> {
    let mut out = Vec::new();
    if c["version"].as_u64() != Some(VERSION) {
        out.push(format!("version is not {VERSION}"));
    }
    for field in ["title", "worked", "as_of"] {
        if c[field].as_str().is_none_or(str::is_empty) {
            out.push(format!("`{field}` missing"));
        }
    }
    if c["rules"].as_array().is_none_or(Vec::is_empty) {
        out.push("`rules` missing".into());
    }
    let (need, not) = if valid {
        ("expected", "expected_error")
    } else {
        ("expected_error", "expected")
    };
    if c.get(need).is_none() || c.get(not).is_some() {
        out.push(format!("needs `{need}` and not `{not}`"));
    }
    let number = name
        .rsplit('/')
        .next()
        .and_then(|f| f.split('-').next())
        .filter(|n| n.len() == 3 && n.chars().all(|c| c.is_ascii_digit()));
    if number.is_none() {
        out.push("the file name is not NNN-short-name.json".into());
    }
    out
}

#[test]
fn every_case_passes_through_both_doors() {
    let cal = Calendar::kazakhstan();
    let mut failures = Vec::new();
    let mut run_count = 0;
    for (valid, sub) in [(true, "valid"), (false, "invalid")] {
        for (name, c) in cases(sub) {
            run_count += 1;
            let mut problems = check_common(&name, &c, valid);
            if problems.is_empty() {
                problems = if valid {
                    check_valid(&cal, &name, &c)
                } else {
                    check_invalid(&cal, &name, &c)
                };
            }
            failures.extend(problems.into_iter().map(|p| format!("{name}: {p}")));
        }
    }
    assert!(run_count > 0, "no conformance case found");
    assert!(
        failures.is_empty(),
        "{} mismatch(es) in the conformance suite:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The kinds a case file cannot produce in an evaluation: the limits of
/// п. 26 (30 calendar days; two months under reading (a) or (b)) are not
/// deadlines of their own, they give the `response_due` of an extended term.
const NOT_IN_AN_EVALUATION: [DeadlineKind; 3] = [
    DeadlineKind::Extension30Days,
    DeadlineKind::ExtensionMax,
    DeadlineKind::ExtensionMaxFromRegistration,
];

/// Every kind of impossible event (`case::Impossible`, whose variants
/// cannot be listed from outside the crate: kept here by hand) that a case
/// file can reach. `Impossible::BeforeRegistration` cannot be reached: an
/// event dated before the registration is also dated before the event
/// recorded before it, and `BeforePrevious` is checked first.
const IMPOSSIBLE: [&str; 21] = [
    "before_previous",
    "not_registered",
    "after_closing",
    "twice",
    "arrival_not_first",
    "registered_before_arrival",
    "registered_on_day_off",
    "already_ended",
    "without",
    "correction_period_ends_before_set",
    "return_not_due",
    "reception_in_the_past",
    "held_on_other_day",
    "no_draft_sent",
    "refusal_after_reception",
    "receipt_after_hearing",
    "absence_out_of_order",
    "instruction_invalid",
    "unknown_instruction",
    "closed_without_answer",
    "schedule",
];

#[test]
fn the_suite_is_large_enough_and_covers_the_rules() {
    let valid = cases("valid");
    let invalid = cases("invalid");
    let total = valid.len() + invalid.len();
    let mut gaps = Vec::new();
    if total < 80 {
        gaps.push(format!("{total} cases run, at least 80 needed"));
    }
    // Every event kind, in a valid or an invalid case.
    let mut events = BTreeSet::new();
    for (_, c) in valid.iter().chain(&invalid) {
        for e in c["case"]["events"].as_array().into_iter().flatten() {
            if let Some(name) = e["event"].as_str() {
                events.insert(name.to_owned());
            }
        }
    }
    for name in EventName::ALL {
        if !events.contains(name.key()) {
            gaps.push(format!("no case has the event {}", name.key()));
        }
    }
    // Every deadline kind a case file can produce, expected in a valid case.
    let mut kinds = BTreeSet::new();
    let mut in_violations = BTreeSet::new();
    for (_, c) in &valid {
        for d in c["expected"]["deadlines"].as_array().into_iter().flatten() {
            if let Some(k) = d["kind"].as_str() {
                kinds.insert(k.to_owned());
            }
        }
        for v in c["expected"]["violations"].as_array().into_iter().flatten() {
            if let Some(k) = v["deadline"].as_str() {
                in_violations.insert(k.to_owned());
            }
        }
    }
    for kind in DeadlineKind::ALL {
        if NOT_IN_AN_EVALUATION.contains(kind) {
            continue;
        }
        // A requirement (п. 13–14, 35) is no term: it shows as a violation.
        if !kind.is_requirement() && !kinds.contains(kind.key()) {
            gaps.push(format!("no valid case expects the deadline {}", kind.key()));
        }
        // The applicant's steps are never violations (APPC arts. 73, 74(6)).
        let applicants = [DeadlineKind::Objection, DeadlineKind::HearingRemarks];
        if !applicants.contains(kind) && !in_violations.contains(kind.key()) {
            gaps.push(format!(
                "no valid case expects a violation of {}",
                kind.key()
            ));
        }
    }
    // Each reading a body can choose, and the default.
    let mut policies = BTreeSet::new();
    for (_, c) in &valid {
        let r = readings(c, "policy");
        if r.is_empty() {
            policies.insert("default".to_owned());
        }
        policies.extend(r.iter().map(|r| r.key().to_owned()));
    }
    // Every reading that is a body's choice and not the default (a), read
    // from the crate: a new reading without a case is a gap.
    let chosen: Vec<&str> = Reading::ALL
        .iter()
        .filter(|r| {
            kz_appeals::reading::Policy::default()
                .with_reading(**r)
                .is_some_and(|p| p != kz_appeals::reading::Policy::default())
        })
        .map(|r| r.key())
        .collect();
    for want in std::iter::once("default").chain(chosen) {
        if !policies.contains(want) {
            gaps.push(format!("no valid case applies the policy {want}"));
        }
    }
    // Each kind of impossible event.
    let reasons: BTreeSet<String> = invalid
        .iter()
        .filter_map(|(_, c)| c["expected_error"]["reason"].as_str())
        .map(|r| r.split('/').next().unwrap_or(r).to_owned())
        .collect();
    for want in IMPOSSIBLE {
        if !reasons.contains(want) {
            gaps.push(format!("no invalid case for the impossible event {want}"));
        }
    }
    assert!(gaps.is_empty(), "coverage gaps:\n{}", gaps.join("\n"));
}

/// The cases of `pending/` are where the crate disagrees with RULES.md
/// (`PENDING.md`): each must still disagree. When one passes, the crate
/// follows the rule: move the file to `valid/` and strike it from
/// PENDING.md.
#[test]
fn pending_cases_still_disagree() {
    let cal = Calendar::kazakhstan();
    let mut now_passing = Vec::new();
    for (name, c) in cases("pending") {
        assert!(
            c["pending_reason"].as_str().is_some_and(|r| !r.is_empty()),
            "{name}: a pending case says why (`pending_reason`)"
        );
        let problems = if c.get("expected").is_some() {
            check_valid(&cal, &name, &c)
        } else {
            check_invalid(&cal, &name, &c)
        };
        if problems.is_empty() {
            now_passing.push(name);
        }
    }
    assert!(
        now_passing.is_empty(),
        "pending cases the crate now passes: move them to valid/ (or invalid/) and update PENDING.md:\n{}",
        now_passing.join("\n")
    );
}

/// What the crate answers for each pending case (`cargo test --features cli
/// --test conformance -- --ignored --nocapture`), for PENDING.md.
#[test]
#[ignore = "a report for PENDING.md, not a check"]
fn show_pending_disagreements() {
    let cal = Calendar::kazakhstan();
    for (name, c) in cases("pending") {
        for p in check_valid(&cal, &name, &c) {
            println!("{name}: {p}");
        }
    }
}
