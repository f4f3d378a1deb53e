//! Working-day arithmetic of `kz_appeals` against the `bdays` crate on the
//! same Kazakhstan calendar, in the same run.
//!
//! Each measured iteration adds 15 working days to every date of 2018–2026
//! in turn (3,287 dates), or counts the working days between each such date
//! and the date 15 working days later. Criterion reports time per element.

use std::collections::HashSet;
use std::hint::black_box;

use bdays::{HolidayCalendar, HolidayCalendarCache};
use chrono::{Datelike, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kz_appeals::calendar::Calendar;

/// The Kazakhstan calendar for `bdays`: the same days off and working
/// weekend days as `kz_appeals`, held in hash sets.
struct KzForBdays {
    off: HashSet<NaiveDate>,
    on: HashSet<NaiveDate>,
}

impl KzForBdays {
    fn new(cal: &Calendar) -> Self {
        let (mut off, mut on) = (HashSet::new(), HashSet::new());
        for year in 2018..=2027 {
            let (o, w) = cal.exceptions(year).expect("covered year");
            off.extend(o);
            on.extend(w);
        }
        KzForBdays { off, on }
    }
}

impl HolidayCalendar<NaiveDate> for KzForBdays {
    fn is_holiday(&self, date: NaiveDate) -> bool {
        self.off.contains(&date)
    }
    // bdays treats every weekend day as a day off; the Kazakhstan calendar
    // has working Saturdays and Sundays, so the business-day test is overridden.
    fn is_bday(&self, date: NaiveDate) -> bool {
        if bdays::is_weekend(date) {
            self.on.contains(&date)
        } else {
            !self.off.contains(&date)
        }
    }
}

fn dates() -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid date");
    first.iter_days().take_while(|d| d.year() <= 2026).collect()
}

fn bench(c: &mut Criterion) {
    let cal = Calendar::kazakhstan();
    let cache = HolidayCalendarCache::new(
        KzForBdays::new(&cal),
        NaiveDate::from_ymd_opt(2017, 12, 1).expect("valid date"),
        NaiveDate::from_ymd_opt(2027, 12, 31).expect("valid date"),
    );
    let dates = dates();
    let pairs: Vec<(NaiveDate, NaiveDate)> = dates
        .iter()
        .map(|&d| (d, cal.add_working_days(d, 15).expect("covered").value))
        .collect();

    // Both peers must compute the same thing: on a working-day start, the
    // 15th working day after it (bdays rolls a day-off start forward first).
    for &d in &dates {
        if cal.is_working_day(d).expect("covered").value {
            let ours = cal.add_working_days(d, 15).expect("covered").value;
            assert_eq!(ours, cache.advance_bdays(d, 15), "peers disagree from {d}");
        }
    }

    let mut group = c.benchmark_group("add_working_days");
    group.throughput(Throughput::Elements(dates.len() as u64));
    group.bench_function("kz_appeals", |b| {
        b.iter(|| {
            for &d in &dates {
                black_box(cal.add_working_days(black_box(d), 15).map(|c| c.value).ok());
            }
        })
    });
    group.bench_function("bdays", |b| {
        b.iter(|| {
            for &d in &dates {
                black_box(cache.advance_bdays(black_box(d), 15));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("working_days_between");
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("kz_appeals", |b| {
        b.iter(|| {
            for &(a, z) in &pairs {
                black_box(
                    cal.working_days_between(black_box(a), black_box(z))
                        .map(|c| c.value)
                        .ok(),
                );
            }
        })
    });
    group.bench_function("bdays", |b| {
        b.iter(|| {
            for &(a, z) in &pairs {
                black_box(cache.bdays(black_box(a), black_box(z)));
            }
        })
    });
    group.finish();

    c.bench_function("build_calendar", |b| {
        b.iter(|| black_box(Calendar::kazakhstan()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
