//! The whole schedule of one appeal, every date given (RULES.md §3).
//! Goal of issue 4: under 150 ns (121 ns then). It takes about 200 ns since
//! issue 9 added the second reading of п. 25 and 26, `forward_due` and the
//! checks of the descriptive schedule; see the README's "Speed".

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kz_appeals::calendar::Calendar;
use kz_appeals::registration::register;
use kz_appeals::schedule::{Facts, Schedule};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap_or(NaiveDate::MIN)
}

fn schedule(c: &mut Criterion) {
    let cal = Calendar::kazakhstan();
    let facts = Facts::registered_on(d(3, 26))
        .with_extension(d(4, 10))
        .with_reception(d(5, 12))
        .with_refusal(d(5, 8))
        .with_hearing_notice_sent(d(5, 4))
        .with_correction_until(d(4, 3));
    assert!(Schedule::compute(&cal, &facts).is_ok());
    c.bench_function("schedule of one appeal, all dates given", |b| {
        b.iter(|| Schedule::compute(&cal, black_box(&facts)))
    });
    c.bench_function("registration and schedule from the arrival date", |b| {
        b.iter(|| {
            let mut f = facts;
            f.registered = register(&cal, black_box(d(3, 21)))
                .map(|reg| reg.date)
                .unwrap_or(f.registered);
            Schedule::compute(&cal, &f)
        })
    });
}

criterion_group!(benches, schedule);
criterion_main!(benches);
