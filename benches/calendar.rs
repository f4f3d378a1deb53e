//! Working-day arithmetic of `kz_appeals` against the `bdays` crate and
//! against a floor design, on the same Kazakhstan calendar, in the same run.
//!
//! Each measured iteration adds 15 working days to every date of an input
//! set, or counts the working days between each such date and the date 15
//! working days later. Two input sets:
//! - `in_order`: every date of 2018–2026 in turn (3,287 dates);
//! - `scattered`: d_i = 2018-01-01 + (i·7919 mod 3450) days, i < 100 000, the
//!   order a back office meets requests in (arrival order, not date order).
//!
//! Criterion reports time per element. `kz_appeals` keeps the value (the
//! measure of issue 11); `kz_appeals_with_flag` keeps the provisional flag
//! too, so that the optimizer cannot drop its computation.
//!
//! The floor (`Floor` below) is the least a working-day table can do: a
//! per-year start table, then two dependent reads of 4-byte entries, no
//! checks, no provisional flag. It is a private reference, not a product.
//!
//! Before measuring, the bench prints the heap the built calendar holds, what
//! a clone and a one-year `with_update` allocate, counted by a counting
//! global allocator (relaxed counters: a few nanoseconds an allocation, and
//! the working-day arithmetic allocates nothing).

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::atomic::{AtomicIsize, Ordering};

use bdays::{HolidayCalendar, HolidayCalendarCache};
use chrono::{Datelike, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kz_appeals::calendar::{ActRef, Calendar, KurbanAit, Transfer, YearOrders};

/// Bytes allocated and not yet freed.
static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

// SAFETY: every call is forwarded to `System` unchanged; the counter is only
// read by the bench.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static A: Counting = Counting;

/// The bytes `make` leaves allocated, with what it made.
fn heap_of<T>(make: impl FnOnce() -> T) -> (T, isize) {
    let before = LIVE.load(Ordering::Relaxed);
    let made = make();
    (made, LIVE.load(Ordering::Relaxed) - before)
}

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

/// The floor: the working-day rank of every day (4 bytes), the date of
/// every working day (4 bytes), and the index of each year's 1 January.
struct Floor {
    year_start: [u32; 18],
    rank_incl: Vec<u32>,
    working: Vec<NaiveDate>,
}

impl Floor {
    fn new(cal: &Calendar) -> Self {
        let first = cal.first_day();
        let mut year_start = [0u32; 18];
        let (mut rank_incl, mut working) = (Vec::new(), Vec::new());
        for (i, date) in first
            .iter_days()
            .take_while(|d| *d <= cal.last_day())
            .enumerate()
        {
            if date.ordinal0() == 0 {
                year_start[(date.year() - 2018) as usize] = i as u32;
            }
            if cal.is_working_day(date).expect("covered").value {
                working.push(date);
            }
            rank_incl.push(working.len() as u32);
        }
        Floor {
            year_start,
            rank_incl,
            working,
        }
    }
    #[inline]
    fn index(&self, date: NaiveDate) -> usize {
        (self.year_start[(date.year() - 2018) as usize] + date.ordinal0()) as usize
    }
    #[inline]
    fn add(&self, date: NaiveDate, n: u32) -> NaiveDate {
        self.working[(self.rank_incl[self.index(date)] + n - 1) as usize]
    }
    #[inline]
    fn between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        i64::from(self.rank_incl[self.index(b)]) - i64::from(self.rank_incl[self.index(a)])
    }
}

fn in_order() -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid date");
    first.iter_days().take_while(|d| d.year() <= 2026).collect()
}

fn scattered() -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid date");
    (0..100_000u64)
        .map(|i| first + chrono::Days::new(i * 7919 % 3450))
        .collect()
}

/// One year's published orders: 2027's Kurban ait fixed on Monday 17 May
/// and a transfer (Sat 9 January worked, Fri 8 January off).
fn update_2027() -> YearOrders {
    let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).expect("valid date");
    YearOrders {
        year: 2027,
        kurban_ait: Some(KurbanAit::fixed(d(5, 17), ActRef::new("announcement"))),
        transfers: vec![Transfer {
            from: d(1, 9),
            to: d(1, 8),
            act: ActRef::new("order"),
        }],
        ..Default::default()
    }
}

fn bench(c: &mut Criterion) {
    let (cal, heap) = heap_of(Calendar::kazakhstan);
    let (copy, cloned) = heap_of(|| cal.clone());
    let update = update_2027();
    let (updated, by_update) = heap_of(|| cal.with_update(&update).expect("valid update"));
    println!(
        "heap: Calendar::kazakhstan() holds {heap} B (limit 65536 B); a clone allocates \
         {cloned} B; with_update for 2027 leaves {by_update} B more (the tables it \
         changed, the rest shared)"
    );
    drop((copy, updated));
    let floor = Floor::new(&cal);
    let cache = HolidayCalendarCache::new(
        KzForBdays::new(&cal),
        NaiveDate::from_ymd_opt(2017, 12, 1).expect("valid date"),
        NaiveDate::from_ymd_opt(2027, 12, 31).expect("valid date"),
    );
    for (set, dates) in [("in_order", in_order()), ("scattered", scattered())] {
        let pairs: Vec<(NaiveDate, NaiveDate)> = dates
            .iter()
            .map(|&d| (d, cal.add_working_days(d, 15).expect("covered").value))
            .collect();

        // The three must compute the same thing: on a working-day start, the
        // 15th working day after it (bdays rolls a day-off start forward
        // first); the floor agrees on every start.
        for &(d, due) in &pairs {
            assert_eq!(floor.add(d, 15), due, "the floor disagrees from {d}");
            assert_eq!(floor.between(d, due), 15);
            if cal.is_working_day(d).expect("covered").value {
                assert_eq!(due, cache.advance_bdays(d, 15), "peers disagree from {d}");
            }
        }

        let mut group = c.benchmark_group(format!("add_working_days/{set}"));
        group.throughput(Throughput::Elements(dates.len() as u64));
        group.bench_function("kz_appeals", |b| {
            b.iter(|| {
                for &d in &dates {
                    black_box(cal.add_working_days(black_box(d), 15).map(|c| c.value).ok());
                }
            })
        });
        // The value and the provisional flag, as a caller gets them.
        group.bench_function("kz_appeals_with_flag", |b| {
            b.iter(|| {
                for &d in &dates {
                    black_box(cal.add_working_days(black_box(d), 15).ok());
                }
            })
        });
        group.bench_function("floor", |b| {
            b.iter(|| {
                for &d in &dates {
                    black_box(floor.add(black_box(d), 15));
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

        let mut group = c.benchmark_group(format!("working_days_between/{set}"));
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
        group.bench_function("kz_appeals_with_flag", |b| {
            b.iter(|| {
                for &(a, z) in &pairs {
                    black_box(cal.working_days_between(black_box(a), black_box(z)).ok());
                }
            })
        });
        group.bench_function("floor", |b| {
            b.iter(|| {
                for &(a, z) in &pairs {
                    black_box(floor.between(black_box(a), black_box(z)));
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
    }

    let mut group = c.benchmark_group("calendar");
    group.bench_function("build", |b| b.iter(|| black_box(Calendar::kazakhstan())));
    group.bench_function("clone", |b| b.iter(|| black_box(black_box(&cal).clone())));
    group.bench_function("with_update", |b| {
        b.iter(|| black_box(black_box(&cal).with_update(black_box(&update))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
