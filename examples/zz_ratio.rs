use chrono::{Datelike, NaiveDate};
use kz_appeals::calendar::Calendar;
use std::hint::black_box;
use std::time::Instant;
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

fn min_time(mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..7 {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}
fn main() {
    let cal = Calendar::kazakhstan();
    let floor = Floor::new(&cal);
    for (set, dates) in [("in_order", in_order()), ("scattered", scattered())] {
        let reps = if set == "in_order" { 300 } else { 10 };
        let pairs: Vec<_> = dates
            .iter()
            .map(|&d| (d, cal.add_working_days(d, 15).unwrap().value))
            .collect();
        let (mut ka, mut fa, mut kb, mut fb) = (f64::MAX, f64::MAX, f64::MAX, f64::MAX);
        for _ in 0..15 {
            ka = ka.min(min_time(|| {
                for _ in 0..reps {
                    for &d in &dates {
                        black_box(cal.add_working_days(black_box(d), 15).ok());
                    }
                }
            }));
            fa = fa.min(min_time(|| {
                for _ in 0..reps {
                    for &d in &dates {
                        black_box(floor.add(black_box(d), 15));
                    }
                }
            }));
            kb = kb.min(min_time(|| {
                for _ in 0..reps {
                    for &(a, z) in &pairs {
                        black_box(cal.working_days_between(black_box(a), black_box(z)).ok());
                    }
                }
            }));
            fb = fb.min(min_time(|| {
                for _ in 0..reps {
                    for &(a, z) in &pairs {
                        black_box(floor.between(black_box(a), black_box(z)));
                    }
                }
            }));
        }
        let n = (dates.len() * reps) as f64;
        println!(
            "{set}: add {:.3} ns vs floor {:.3} ns = {:.2}x; between {:.3} ns vs floor {:.3} ns = {:.2}x",
            ka / n * 1e9,
            fa / n * 1e9,
            ka / fa,
            kb / n * 1e9,
            fb / n * 1e9,
            kb / fb
        );
    }
}
