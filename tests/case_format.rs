//! The JSON format of case files: version, unknown fields refused, loading
//! re-checks every event, round trip.
#![cfg(feature = "serde")]

use kz_appeals::calendar::Calendar;
use kz_appeals::case::format::{self, Document};

const ISSUE_SAMPLE: &str = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
  {"on": "2026-03-21", "event": "arrived"},
  {"on": "2026-03-26", "event": "registered"},
  {"on": "2026-04-10", "event": "extended_by_letter", "until": "2026-04-24"},
  {"on": "2026-04-23", "event": "extended_by_decision"},
  {"on": "2026-04-24", "event": "extension_notice_sent"},
  {"on": "2026-04-28", "event": "answered"}
]}]}"#;

fn parse(json: &str) -> Result<Document, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[test]
fn the_issue_sample_loads_and_round_trips() {
    let cal = Calendar::kazakhstan();
    let files = format::load(&cal, parse(ISSUE_SAMPLE).unwrap()).unwrap();
    assert_eq!(files[0].events().len(), 6);
    let json = serde_json::to_string(&format::store(&files)).unwrap();
    assert_eq!(format::load(&cal, parse(&json).unwrap()).unwrap(), files);
}

#[test]
fn the_shipped_sample_loads_and_round_trips() {
    let cal = Calendar::kazakhstan();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/cases.json"
    ))
    .unwrap();
    let files = format::load(&cal, parse(&text).unwrap()).unwrap();
    assert!(files.len() >= 20);
    let json = serde_json::to_string(&format::store(&files)).unwrap();
    assert_eq!(format::load(&cal, parse(&json).unwrap()).unwrap(), files);
}

#[test]
fn typos_and_unknowns_are_errors() {
    let cases = [
        (
            "\"until\": \"2026-04-24\"",
            "\"untill\": \"2026-04-24\"",
            "untill",
        ),
        (
            "\"event\": \"answered\"",
            "\"event\": \"answerd\"",
            "answerd",
        ),
        ("\"version\": 1", "\"version\": 2", "unknown version 2"),
        ("\"id\": \"A-1\"", "\"id\": \"A-1\", \"note\": 1", "note"),
        (
            "{\"on\": \"2026-04-28\", \"event\": \"answered\"}",
            "{\"on\": \"2026-04-28\", \"event\": \"answered\", \"until\": \"2026-05-01\"}",
            "does not belong to event answered",
        ),
        (
            "\"event\": \"extended_by_letter\", \"until\": \"2026-04-24\"",
            "\"event\": \"extended_by_letter\"",
            "needs the field `until`",
        ),
    ];
    for (from, to, expected) in cases {
        let json = ISSUE_SAMPLE.replace(from, to);
        assert_ne!(json, ISSUE_SAMPLE, "{from}");
        let err = parse(&json).unwrap_err();
        assert!(err.contains(expected), "{to}: {err}");
    }
}

#[test]
fn the_official_of_a_reception_round_trips() {
    let json = r#"{"version": 1, "cases": [{"id": "V-1", "events": [
      {"on": "2026-03-26", "event": "registered"},
      {"on": "2026-04-10", "event": "answered"},
      {"on": "2026-04-13", "event": "date_notified", "reception": "2026-04-28"},
      {"on": "2026-04-20", "event": "briefing_prepared"},
      {"on": "2026-04-28", "event": "reception_held", "form": "videoconference_with_consent",
       "official": "akim_deputy"}
    ]}]}"#;
    let cal = Calendar::kazakhstan();
    let files = format::load(&cal, parse(json).unwrap()).unwrap();
    let again = serde_json::to_string(&format::store(&files)).unwrap();
    assert!(again.contains(r#""official":"akim_deputy""#), "{again}");
    // п. 13: not a head of a unit; revised (issue 15): recorded, a
    // violation, and it round-trips too.
    let unit = json.replace(r#""akim_deputy""#, r#""unit_head""#);
    let files = format::load(&cal, parse(&unit).unwrap()).unwrap();
    let again = serde_json::to_string(&format::store(&files)).unwrap();
    assert!(again.contains(r#""official":"unit_head""#), "{again}");
}

#[test]
fn an_impossible_event_names_its_case_and_position() {
    let cal = Calendar::kazakhstan();
    // The letter's 30 calendar days from Thu 26 March 2026 end Sat 25 April,
    // moved to Mon 27 April (п. 26): a letter to 28 April cannot be.
    let json = ISSUE_SAMPLE.replace("\"until\": \"2026-04-24\"", "\"until\": \"2026-04-28\"");
    let err = format::load(&cal, parse(&json).unwrap()).unwrap_err();
    assert_eq!((err.case.as_str(), err.position), ("A-1", 3));
    let message = err.to_string();
    assert!(
        message.starts_with("п. 26: case \"A-1\", event 3: extended_by_letter on 2026-04-10"),
        "{message}"
    );
}

/// Dates in a stored case file are exactly YYYY-MM-DD, as on the command
/// line (`date::parse_date`): `2026-3-26`, `+002026-03-26` and a date with a
/// time are refused, in an event's own date, its other dates and an
/// instruction's due date.
#[test]
fn dates_are_exactly_yyyy_mm_dd() {
    assert!(parse(ISSUE_SAMPLE).is_ok());
    for (good, bad) in [
        ("2026-03-26", "2026-3-26"),
        ("2026-03-26", "+002026-03-26"),
        ("2026-04-24", "2026-04-24T00:00:00"),
    ] {
        let text = ISSUE_SAMPLE.replacen(good, bad, 1);
        let err = parse(&text).unwrap_err();
        assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
    }
    let protocol = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
      {"on": "2026-05-19", "event": "protocol", "instructions": [{"id": "1", "due": "2026-6-30", "unit": "roads"}]}
    ]}]}"#;
    assert!(parse(protocol).unwrap_err().contains("YYYY-MM-DD"));
    assert!(parse(&protocol.replace("2026-6-30", "2026-06-30")).is_ok());
}
