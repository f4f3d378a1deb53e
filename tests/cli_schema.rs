//! The published JSON Schemas (schema/*.json) are the ones the code makes,
//! the shipped samples (schema/samples/) validate against them and are what
//! the tool gives today, and a wrong document does not validate.

use std::path::Path;

use kz_appeals::Calendar;
use kz_appeals::cli::{batch, calendar, check_id, schema};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&read(&format!("schema/{name}"))).unwrap();
    jsonschema::validator_for(&schema).unwrap()
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
        let now = calendar::run(&cal, &calendar::Query { year, update: None }).unwrap();
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
    // The lines that are queries validate; the others are there to show the
    // error objects.
    let queries: Vec<Value> = input
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_valid(&lines, &queries[0]);
    assert_valid(&lines, &queries[1]);
    assert_valid(&lines, &queries[3]);
    let answers = validator("batch_answer.json");
    let output = read("schema/samples/batch_output.jsonl");
    for line in output.lines() {
        assert_valid(&answers, &serde_json::from_str(line).unwrap());
    }
    let mut now = Vec::new();
    let _ = batch::run(&cal, input.as_bytes(), &mut now).unwrap();
    assert_eq!(String::from_utf8(now).unwrap(), output);
}

#[test]
fn every_year_and_wrong_documents() {
    let cal = Calendar::kazakhstan();
    let v = validator("calendar.json");
    for year in cal.years() {
        let out = calendar::run(&cal, &calendar::Query { year, update: None }).unwrap();
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
}
