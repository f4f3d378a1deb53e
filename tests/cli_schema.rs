//! The published JSON Schemas (schema/*.json) are the ones the code makes,
//! the shipped samples (schema/samples/) validate against them and are what
//! the tool gives today, and a wrong document does not validate.

use std::path::Path;

use kz_appeals::Calendar;
use kz_appeals::case::EventName;
use kz_appeals::case::format::{self, Document};
use kz_appeals::cli::{agenda, batch, calendar, check_id, deadlines, evaluate, schema};
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&read(&format!("schema/{name}"))).unwrap();
    // Formats too: a "date" must be a date, as the tool reads it.
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value) {
    let errors: Vec<String> = v.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{doc}: {errors:?}");
}

#[test]
fn the_published_schemas_are_the_generated_ones() {
    for (name, text) in schema::published() {
        assert_eq!(
            read(&format!("schema/{name}")),
            text,
            "schema/{name} is stale: run `cargo run --features cli -- schema {}` > schema/{name}",
            name.trim_end_matches(".json")
        );
    }
}

#[test]
fn the_samples_validate_and_are_what_the_tool_gives() {
    let cal = Calendar::kazakhstan();
    let v = validator("calendar.json");
    for year in [2026, 2028] {
        let sample: Value =
            serde_json::from_str(&read(&format!("schema/samples/calendar_{year}.json"))).unwrap();
        assert_valid(&v, &sample);
        let now = calendar::run(
            &cal,
            &calendar::Query {
                year,
                month: None,
                update: None,
            },
        )
        .unwrap();
        assert_eq!(serde_json::to_value(now).unwrap(), sample, "{year}");
    }
    let v = validator("check_id.json");
    for (file, number) in [
        ("check_id_valid_iin.json", "850808301235"),
        ("check_id_valid_bin.json", "080440001234"),
        ("check_id_invalid.json", "850808301234"),
    ] {
        let sample: Value = serde_json::from_str(&read(&format!("schema/samples/{file}"))).unwrap();
        assert_valid(&v, &sample);
        let now = check_id::run(&check_id::Query {
            number: number.into(),
            id_kind: None,
        });
        assert_eq!(serde_json::to_value(now).unwrap(), sample, "{file}");
    }
    let lines = validator("batch_line.json");
    let input = read("schema/samples/batch_input.jsonl");
    // A JSON line validates exactly when the tool reads it as a query; the
    // others are there to show the error objects.
    let queries: Vec<Value> = input
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let mut read_as_queries = 0;
    for q in &queries {
        let reads = serde_json::from_value::<batch::Line>(q.clone()).is_ok();
        assert_eq!(lines.is_valid(q), reads, "{q}");
        read_as_queries += usize::from(reads);
    }
    // 11 JSON lines: a calendar line with "updates", a deadlines line with
    // "2026-3-21" and an agenda line with a path are not queries.
    assert_eq!((queries.len(), read_as_queries), (11, 8));
    let answers = validator("batch_answer.json");
    let output = read("schema/samples/batch_output.jsonl");
    for line in output.lines() {
        assert_valid(&answers, &serde_json::from_str(line).unwrap());
    }
    let mut now = Vec::new();
    let _ = batch::run(&cal, input.as_bytes(), &mut now).unwrap();
    assert_eq!(String::from_utf8(now).unwrap(), output);

    // deadlines: received Sat 21 March 2026, answered Mon 20 April, the
    // reception on Tue 12 May (tests/cli.rs works the dates by hand).
    let v = validator("deadlines.json");
    let sample: Value = serde_json::from_str(&read("schema/samples/deadlines_2026.json")).unwrap();
    assert_valid(&v, &sample);
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let mut q = deadlines::Query::received(d(3, 21));
    q.answered_on = Some(d(4, 20));
    q.reception = Some(d(5, 12));
    let now = deadlines::run(&cal, &q).unwrap();
    assert_eq!(serde_json::to_value(now).unwrap(), sample);

    // agenda: the sample case files on Tue 1 December 2026, with Q4.
    let v = validator("agenda.json");
    let sample: Value = serde_json::from_str(&read("schema/samples/agenda_2026.json")).unwrap();
    assert_valid(&v, &sample);
    let q: agenda::Query = serde_json::from_value(json!({
        "as_of": "2026-12-01",
        "report": "2026-Q4",
        "file": serde_json::from_str::<Value>(&read("examples/data/cases.json")).unwrap(),
    }))
    .unwrap();
    let now = agenda::run(&cal, &q).unwrap();
    assert_eq!(serde_json::to_value(now).unwrap(), sample);

    // evaluate: the same case files on the same day. Its violations are the
    // agenda's, case by case (one judge).
    let v = validator("evaluate.json");
    let evaluated: Value =
        serde_json::from_str(&read("schema/samples/evaluate_2026.json")).unwrap();
    assert_valid(&v, &evaluated);
    let q: evaluate::Query = serde_json::from_value(json!({
        "as_of": "2026-12-01",
        "file": serde_json::from_str::<Value>(&read("examples/data/cases.json")).unwrap(),
    }))
    .unwrap();
    let now = evaluate::run(&cal, &q).unwrap();
    assert_eq!(serde_json::to_value(now).unwrap(), evaluated);
    let mut from_cases = Vec::new();
    for c in evaluated["cases"].as_array().unwrap() {
        for v in c["violations"].as_array().unwrap() {
            let mut v = v.clone();
            v["case"] = c["case"].clone();
            from_cases.push(v);
        }
    }
    let mut from_agenda = sample["violations"].as_array().unwrap().clone();
    let key = |v: &Value| v.to_string();
    from_cases.sort_by_key(key);
    from_agenda.sort_by_key(key);
    assert_eq!(from_cases, from_agenda);
}

/// The case file's schema: the shipped sample and the example's 22 case
/// files validate and load; each event's schema says exactly what the
/// reader takes.
#[test]
fn the_case_files_validate_and_load() {
    let cal = Calendar::kazakhstan();
    let v = validator("case_file.json");
    for file in ["schema/samples/case_file.json", "examples/data/cases.json"] {
        let doc: Value = serde_json::from_str(&read(file)).unwrap();
        assert_valid(&v, &doc);
        let typed: Document = serde_json::from_value(doc.clone()).unwrap();
        let files = format::load(&cal, typed).unwrap();
        // Stored again, it is the same document, still valid.
        let stored = serde_json::to_value(format::store(&files)).unwrap();
        assert_valid(&v, &stored);
    }
    for wrong in [
        json!({"version": 2, "cases": []}),
        json!({"version": 1, "cases": [], "extra": 1}),
        json!({"version": 1, "cases": [{"id": "A", "events": [{"on": "2026-03-26", "event": "registred"}]}]}),
        json!({"version": 1, "cases": [{"id": "A", "events": [{"on": "2026-3-26", "event": "registered"}]}]}),
    ] {
        assert!(!v.is_valid(&wrong), "{wrong}");
        assert!(serde_json::from_value::<Document>(wrong).is_err());
    }
}

/// A value for each field an event can carry.
fn sample_field(name: &str) -> Value {
    match name {
        "on" | "until" | "reception" | "cause_arose" | "external_due" => json!("2026-03-26"),
        "original" => json!("A-0"),
        "time" | "at" => json!("10:00:00"),
        "channel" => json!({"kind": "paper"}),
        "worker" | "instruction" => json!("1"),
        "ground" => json!("outside_competence"),
        "form" => json!("in_person"),
        "official" => json!("akim"),
        "instructions" => json!([{"id": "1", "due": "2026-04-30", "unit": "roads"}]),
        other => panic!("no sample for the field {other}"),
    }
}

/// For every event of the schema: its required fields alone are read;
/// each optional field may be added; a field of another event, or a
/// required field left out, is refused by both the schema and the reader.
/// So the schema (a mirror in `case::format`) cannot drift from the reader.
#[test]
fn each_event_schema_is_what_the_reader_takes() {
    let schema: Value = serde_json::from_str(&read("schema/case_file.json")).unwrap();
    let v = validator("case_file.json");
    let variants = schema["$defs"]["Event"]["oneOf"].as_array().unwrap();
    let every_field: std::collections::BTreeSet<String> = variants
        .iter()
        .flat_map(|e| e["properties"].as_object().unwrap().keys().cloned())
        .collect();
    let doc = |event: &Value| json!({"version": 1, "cases": [{"id": "A", "events": [event]}]});
    let reads = |event: &Value| serde_json::from_value::<Document>(doc(event)).is_ok();
    assert_eq!(variants.len(), EventName::ALL.len(), "one schema per event");
    for variant in variants {
        let name = variant["properties"]["event"]["const"].as_str().unwrap();
        let props: Vec<&String> = variant["properties"].as_object().unwrap().keys().collect();
        let required: Vec<&str> = variant["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let mut minimal = serde_json::Map::new();
        for field in &required {
            let value = if *field == "event" {
                json!(name)
            } else {
                sample_field(field)
            };
            minimal.insert((*field).to_owned(), value);
        }
        let minimal = Value::Object(minimal);
        assert!(reads(&minimal), "{minimal}");
        assert_valid(&v, &doc(&minimal));
        for field in &props {
            if required.contains(&field.as_str()) {
                continue;
            }
            let mut with = minimal.clone();
            with[field.as_str()] = sample_field(field);
            assert!(reads(&with), "{with}");
            assert_valid(&v, &doc(&with));
        }
        for field in every_field.iter().filter(|f| !props.contains(f)) {
            let mut with = minimal.clone();
            with[field.as_str()] = sample_field(field);
            assert!(!reads(&with), "{with}");
            assert!(!v.is_valid(&doc(&with)), "{with}");
        }
        for field in required.iter().filter(|f| !["event", "on"].contains(f)) {
            let mut without = minimal.clone();
            without.as_object_mut().unwrap().remove(*field);
            assert!(!reads(&without), "{without}");
            assert!(!v.is_valid(&doc(&without)), "{without}");
        }
    }
}

#[test]
fn every_year_and_wrong_documents() {
    let cal = Calendar::kazakhstan();
    let v = validator("calendar.json");
    for year in cal.years() {
        let out = calendar::run(
            &cal,
            &calendar::Query {
                year,
                month: None,
                update: None,
            },
        )
        .unwrap();
        assert_valid(&v, &serde_json::to_value(out).unwrap());
    }
    let mut wrong: Value =
        serde_json::from_str(&read("schema/samples/calendar_2026.json")).unwrap();
    wrong["status"] = "settled".into();
    assert!(!v.is_valid(&wrong));
    let mut extra: Value =
        serde_json::from_str(&read("schema/samples/calendar_2026.json")).unwrap();
    extra["holidays"] = Value::Array(vec![]);
    assert!(!v.is_valid(&extra));
    let lines = validator("batch_line.json");
    assert!(!lines.is_valid(&serde_json::json!({"kind": "calendar", "yaer": 2026})));
    assert!(!lines.is_valid(&serde_json::json!({"kind": "agenda"})));
    assert!(
        !lines.is_valid(&json!({"kind": "deadlines", "received": "2026-03-21", "forwrd": true}))
    );
    assert!(!lines.is_valid(
        &json!({"kind": "agenda", "as_of": "2026-12-01", "report": "2026-Q5",
        "file": {"version": 1, "cases": []}})
    ));
    let v = validator("deadlines.json");
    let mut extra: Value =
        serde_json::from_str(&read("schema/samples/deadlines_2026.json")).unwrap();
    extra["registration_due"] = "2026-03-26".into();
    assert!(!v.is_valid(&extra));
    let v = validator("agenda.json");
    let mut wrong: Value = serde_json::from_str(&read("schema/samples/agenda_2026.json")).unwrap();
    wrong["agenda"][0]["state"] = "late".into();
    assert!(!v.is_valid(&wrong));
}

/// The keys of `deadlines --json` are the machine names of the one table
/// of deadlines: every kind a schedule can hold has its key in the schema,
/// and every `*_due` key of the schema is a kind's.
#[test]
fn the_deadlines_keys_are_the_tables() {
    use kz_appeals::schedule::DeadlineKind;
    let schema: Value = serde_json::from_str(&read("schema/deadlines.json")).unwrap();
    let props = schema["properties"].as_object().unwrap();
    let keys: std::collections::BTreeSet<&str> =
        DeadlineKind::ALL.iter().map(|k| k.key()).collect();
    for p in props.keys().filter(|p| p.ends_with("_due")) {
        assert!(keys.contains(p.as_str()), "{p} is no kind of the table");
    }
    let cal = kz_appeals::Calendar::kazakhstan();
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    // Facts that give every date a schedule can hold.
    let mut facts = kz_appeals::schedule::Facts::registered_on(d(3, 26))
        .with_extension(d(4, 10))
        .with_answer(d(4, 14))
        .with_reception(d(5, 12))
        .with_refusal(d(5, 12))
        .with_correction_until(d(4, 3))
        .with_outside_competence();
    facts.hearing_notice_sent = Some(d(5, 4));
    let s = kz_appeals::Schedule::compute(&cal, &facts).unwrap();
    for (kind, _) in s.deadlines() {
        assert!(props.contains_key(kind.key()), "{} has no key", kind.key());
    }
}
