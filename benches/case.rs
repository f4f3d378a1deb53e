//! The case file (issues 8, 14). Goals, on one core: evaluate a case file
//! of 15 events in under 0.6 µs (goal 0.4 µs); the agenda and the report
//! over 100 000 case files in under 0.1 s each; loading a case file of
//! 20 000 events in under 10 ms, beside the floor of reading its JSON alone.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kz_appeals::calendar::Calendar;
use kz_appeals::case::format::{self, Document};
use kz_appeals::case::{CaseFile, Period, agenda, evaluate, report};
use kz_appeals::reading::Policy;

const SAMPLE: &str = include_str!("../examples/data/cases.json");

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap_or(NaiveDate::MIN)
}

/// 15 events: a request with two extensions, a reception put off by an
/// absence, a second one held, a protocol of two instructions, both
/// executed, a final answer and the closing.
const FIFTEEN: &str = r#"{"version": 1, "cases": [{"id": "B-15", "events": [
  {"on": "2026-10-19", "event": "arrived", "channel": {"kind": "paper"}},
  {"on": "2026-10-19", "event": "registered", "worker": "w-1"},
  {"on": "2026-11-05", "event": "extended_by_letter", "until": "2026-11-18"},
  {"on": "2026-11-17", "event": "extended_by_decision"},
  {"on": "2026-11-19", "event": "extension_notice_sent"},
  {"on": "2026-11-20", "event": "answered"},
  {"on": "2026-11-23", "event": "date_notified", "reception": "2026-12-08"},
  {"on": "2026-12-01", "event": "briefing_prepared"},
  {"on": "2026-12-08", "event": "absence_notified", "cause_arose": "2026-12-08"},
  {"on": "2026-12-09", "event": "date_notified", "reception": "2026-12-22"},
  {"on": "2026-12-22", "event": "reception_held", "form": "in_person"},
  {"on": "2026-12-22", "event": "protocol", "instructions": [
    {"id": "1", "due": "2027-01-15", "unit": "roads"},
    {"id": "2", "due": "2027-01-29", "unit": "housing"}]},
  {"on": "2027-01-14", "event": "instruction_executed", "instruction": "1"},
  {"on": "2027-01-28", "event": "instruction_executed", "instruction": "2"},
  {"on": "2027-01-29", "event": "final_answer"}
]}]}"#;

fn load(cal: &Calendar, text: &str) -> Vec<CaseFile> {
    let doc: Document = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    format::load(cal, doc).unwrap_or_else(|e| panic!("{e}"))
}

fn case(c: &mut Criterion) {
    let cal = Calendar::kazakhstan();
    let fifteen = load(&cal, FIFTEEN);
    let file = &fifteen[0];
    assert_eq!(file.events().len(), 15);
    assert!(evaluate(&cal, file, d(12, 1)).is_ok());
    c.bench_function("evaluate a case file of 15 events", |b| {
        b.iter(|| evaluate(&cal, black_box(file), black_box(d(12, 1))))
    });

    let sample = load(&cal, SAMPLE);
    let many: Vec<CaseFile> = sample.iter().cycle().take(100_000).cloned().collect();
    let mut group = c.benchmark_group("100 000 case files");
    group.sample_size(10);
    group.bench_function("agenda", |b| {
        b.iter(|| agenda(&cal, black_box(&many), d(12, 1), 3, Policy::default()))
    });
    let q4 = Period::quarter(2026, 4).unwrap_or_else(|e| panic!("{e}"));
    group.bench_function("report", |b| {
        b.iter(|| report(&cal, black_box(&many), q4, Policy::default()))
    });
    group.finish();

    // 20 000 events: a protocol of 19 994 instructions, each executed.
    let n = 19_994;
    let mut events = vec![
        r#"{"on": "2026-03-26", "event": "registered", "worker": "w-1"}"#.to_owned(),
        r#"{"on": "2026-04-01", "event": "answered"}"#.to_owned(),
        r#"{"on": "2026-04-02", "event": "date_notified", "reception": "2026-04-20"}"#.to_owned(),
        r#"{"on": "2026-04-10", "event": "briefing_prepared"}"#.to_owned(),
        r#"{"on": "2026-04-20", "event": "reception_held", "form": "in_person"}"#.to_owned(),
    ];
    let given: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"id": "{i}", "due": "2026-05-20", "unit": "u"}}"#))
        .collect();
    events.push(format!(
        r#"{{"on": "2026-04-20", "event": "protocol", "instructions": [{}]}}"#,
        given.join(",")
    ));
    events.extend((0..n).map(|i| {
        format!(r#"{{"on": "2026-04-21", "event": "instruction_executed", "instruction": "{i}"}}"#)
    }));
    let text = format!(
        r#"{{"version": 1, "cases": [{{"id": "big", "events": [{}]}}]}}"#,
        events.join(",")
    );
    assert_eq!(load(&cal, &text)[0].events().len(), 20_000);
    let mut group = c.benchmark_group("a case file of 20 000 events");
    group.sample_size(10);
    group.bench_function("read the JSON only (the floor)", |b| {
        b.iter(|| serde_json::from_str::<Document>(black_box(&text)))
    });
    group.bench_function("load: read and check every event", |b| {
        b.iter(|| load(&cal, black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, case);
criterion_main!(benches);
