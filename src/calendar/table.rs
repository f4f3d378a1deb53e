//! The compact layout the working-day arithmetic reads (DESIGN.md, "A
//! compact calendar").
//!
//! - one 4-byte entry per covered day: the number of working days up to and
//!   including it (its rank), whether it is a working day, and whether it is
//!   the last day of its year, packed;
//! - one 4-byte date per working day, in order (the inverse of the rank);
//! - per year, its orders and the explanation of each day that is not a
//!   plain weekday or weekend, sorted by day of the year: explaining is not
//!   on the hot path, and a plain day explains itself by its weekday.
//!
//! The year a day belongs to says whether it is provisional: one bit per
//! year, held in the calendar itself.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::acts::{FIRST_YEAR, LAST_YEAR};
use super::build::{AssembledYear, Pending, is_plain, is_weekend};
use super::{DayKind, YearOrders};

/// The number of covered years.
pub(super) const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

const RANK_MASK: u32 = 0xFFFF;
const WORKING: u32 = 1 << 16;
const YEAR_END: u32 = 1 << 17;

// Every covered day fits the index and every working day the rank.
const _: () = assert!(YEARS * 366 <= RANK_MASK as usize);
const _: () = assert!(YEARS < 32);

/// One day's entry, packed in 4 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry(pub(super) u32);

impl Entry {
    const fn new(rank_incl: u32, working: bool, year_end: bool) -> Entry {
        Entry(
            (rank_incl & RANK_MASK)
                | if working { WORKING } else { 0 }
                | if year_end { YEAR_END } else { 0 },
        )
    }
    /// Working days from the first covered day up to and including this one.
    #[inline]
    pub(super) const fn rank_incl(self) -> u32 {
        self.0 & RANK_MASK
    }
    /// Working days from the first covered day strictly before this one.
    #[inline]
    pub(super) const fn rank_before(self) -> u32 {
        self.rank_incl() - self.is_working() as u32
    }
    #[inline]
    pub(super) const fn is_working(self) -> bool {
        self.0 & WORKING != 0
    }
    /// 1 on 31 December: the day after it is in the next year.
    #[inline]
    pub(super) const fn year_end(self) -> u32 {
        (self.0 & YEAR_END) >> 17
    }
    /// The entry with its rank moved by `delta` working days.
    const fn shifted(self, delta: i64) -> Entry {
        let rank = (self.rank_incl() as i64 + delta) as u32;
        Entry((self.0 & !RANK_MASK) | (rank & RANK_MASK))
    }
}

/// Whether any year with index in `lo..=hi` has its bit set in `years`
/// (false when `lo > hi`: an empty range of days).
#[inline]
pub(super) const fn any_year_in(years: u32, lo: u32, hi: u32) -> bool {
    let from = u64::MAX.wrapping_shl(lo);
    let upto = 2u64.wrapping_shl(hi).wrapping_sub(1);
    lo <= hi && (years as u64) & from & upto != 0
}

/// One year as the calendar keeps it: its orders, the explanation of each
/// day that is not plain, and what it passes on to the next year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Year {
    pub(super) orders: YearOrders,
    /// `(day of the year from 0, kind)`, sorted.
    pub(super) specials: Box<[(u16, DayKind)]>,
    pub(super) carry_out: Vec<Pending>,
}

impl Year {
    pub(super) fn new(orders: YearOrders, assembled: AssembledYear) -> Year {
        let specials = assembled
            .kinds
            .into_iter()
            .enumerate()
            .filter(|(_, k)| !is_plain(k))
            .filter_map(|(i, k)| u16::try_from(i).ok().map(|i| (i, k)))
            .collect::<Vec<_>>()
            .into_boxed_slice();
        Year {
            orders,
            specials,
            carry_out: assembled.carry_out,
        }
    }

    /// The kind of the day `ordinal0` of this year, which is `date`.
    pub(super) fn kind(&self, date: NaiveDate) -> DayKind {
        let key = u16::try_from(date.ordinal0()).unwrap_or(u16::MAX);
        match self.specials.binary_search_by_key(&key, |(i, _)| *i) {
            Ok(found) => self
                .specials
                .get(found)
                .map_or(DayKind::Working, |(_, k)| k.clone()),
            Err(_) if is_weekend(date) => DayKind::Weekend,
            Err(_) => DayKind::Working,
        }
    }

    /// Appends the entries and working dates of this year, whose first day
    /// is `jan1`, ranking from `rank` working days before it; returns the
    /// rank after its last day.
    fn fill(
        &self,
        jan1: NaiveDate,
        mut rank: u32,
        days: &mut Vec<Entry>,
        working: &mut Vec<NaiveDate>,
    ) -> u32 {
        let len = NaiveDate::from_ymd_opt(jan1.year(), 12, 31).map_or(0, |d| d.ordinal() as usize);
        // Working or not by the day of the week, unless explained.
        let mut weekday = jan1.weekday().num_days_from_monday();
        let mut specials = self.specials.iter();
        let mut special = specials.next();
        let mut date = jan1;
        days.reserve(len);
        for i in 0..len {
            let w = match special {
                Some((o, kind)) if usize::from(*o) == i => {
                    special = specials.next();
                    kind.is_working()
                }
                _ => weekday < 5,
            };
            weekday = if weekday == 6 { 0 } else { weekday + 1 };
            if w {
                rank += 1;
                working.push(date);
            }
            days.push(Entry::new(rank, w, i + 1 == len));
            date = date.succ_opt().unwrap_or(date);
        }
        rank
    }
}

/// The arrays the arithmetic reads, built from the years.
pub(super) struct Tables {
    pub(super) days: Arc<[Entry]>,
    pub(super) working: Arc<[NaiveDate]>,
}

fn jan1(year_index: usize) -> NaiveDate {
    i32::try_from(year_index)
        .ok()
        .and_then(|i| NaiveDate::from_yo_opt(FIRST_YEAR + i, 1))
        .unwrap_or(NaiveDate::MIN)
}

/// The index of 1 January of each covered year, and the number of covered
/// days last.
pub(super) fn year_starts() -> [u32; YEARS + 1] {
    let first = jan1(0);
    let mut starts = [0u32; YEARS + 1];
    for (y, start) in starts.iter_mut().enumerate() {
        *start = u32::try_from((jan1(y) - first).num_days()).unwrap_or(0);
    }
    if let Some(last) = starts.last_mut() {
        let end = NaiveDate::from_ymd_opt(LAST_YEAR + 1, 1, 1).unwrap_or(NaiveDate::MIN);
        *last = u32::try_from((end - first).num_days()).unwrap_or(0);
    }
    starts
}

/// Per covered year: where its days start, and from which working day on a
/// count from one of its days reaches a provisional or projected year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct YearRow {
    /// The index of its 1 January.
    pub(super) start: u32,
    /// The number of the first working day (from 0) at or after 1 January of
    /// the first provisional or projected year from this year on
    /// (`[0]`) or from the next year on (`[1]`, for a count from
    /// 31 December); `u32::MAX` when there is none. A count from a day of
    /// this year that ends on working day number `k` looked at a day that may
    /// still change exactly when `k >= provisional_from[..]`.
    pub(super) provisional_from: [u32; 2],
}

/// The rows of every year (and one past the last, for the end).
pub(super) fn rows(
    starts: &[u32; YEARS + 1],
    days: &[Entry],
    provisional_years: u32,
) -> [YearRow; YEARS + 1] {
    let rank_before = |y: usize| {
        starts
            .get(y)
            .and_then(|&s| (s as usize).checked_sub(1))
            .and_then(|i| days.get(i))
            .map_or(0, |e| e.rank_incl())
    };
    let first_provisional_from = |y: usize| {
        (y..YEARS)
            .find(|&z| any_year_in(provisional_years, z as u32, z as u32))
            .map_or(u32::MAX, rank_before)
    };
    let mut rows = [YearRow {
        start: 0,
        provisional_from: [u32::MAX; 2],
    }; YEARS + 1];
    for (y, row) in rows.iter_mut().enumerate() {
        row.start = starts.get(y).copied().unwrap_or(0);
        row.provisional_from = [first_provisional_from(y), first_provisional_from(y + 1)];
    }
    rows
}

/// Builds the tables of every year.
pub(super) fn build(years: &[Arc<Year>], starts: &[u32; YEARS + 1]) -> Tables {
    let total = starts.last().map_or(0, |&n| n as usize);
    let mut days = Vec::with_capacity(total);
    let mut working = Vec::with_capacity(total);
    let mut rank = 0;
    for (y, year) in years.iter().enumerate() {
        rank = year.fill(jan1(y), rank, &mut days, &mut working);
    }
    Tables {
        days: days.into(),
        working: working.into(),
    }
}

/// The tables of `old` with the years `changed` (indices) rebuilt from
/// `years`, and the years after them moved by the change in their working
/// days: the years before are copied, the years after shifted, none
/// recomputed.
pub(super) fn patch(
    old: &Tables,
    years: &[Arc<Year>],
    changed: std::ops::RangeInclusive<usize>,
    starts: &[u32; YEARS + 1],
) -> Tables {
    let (lo, hi) = (*changed.start(), *changed.end());
    let start = starts.get(lo).map_or(0, |&s| s as usize);
    let end = starts.get(hi + 1).map_or(0, |&s| s as usize);
    let rank_at = |i: usize| {
        i.checked_sub(1)
            .and_then(|i| old.days.get(i))
            .map_or(0, |e| e.rank_incl())
    };
    let (rank_start, old_rank_end) = (rank_at(start), rank_at(end));

    let mut days: Vec<Entry> = Vec::with_capacity(old.days.len());
    let mut working: Vec<NaiveDate> = Vec::with_capacity(old.working.len() + 8);
    days.extend_from_slice(old.days.get(..start).unwrap_or_default());
    working.extend_from_slice(old.working.get(..rank_start as usize).unwrap_or_default());
    let mut rank = rank_start;
    for y in lo..=hi {
        if let Some(year) = years.get(y) {
            rank = year.fill(jan1(y), rank, &mut days, &mut working);
        }
    }
    let delta = i64::from(rank) - i64::from(old_rank_end);
    let rest = old.days.get(end..).unwrap_or_default();
    if delta == 0 {
        days.extend_from_slice(rest);
    } else {
        days.extend(rest.iter().map(|e| e.shifted(delta)));
    }
    working.extend_from_slice(old.working.get(old_rank_end as usize..).unwrap_or_default());
    Tables {
        days: days.into(),
        working: working.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ranges_of_bits() {
        // Years 2027 (index 9) and 2029 (11) provisional.
        let years = (1 << 9) | (1 << 11);
        assert!(any_year_in(years, 0, 9));
        assert!(!any_year_in(years, 0, 8));
        assert!(!any_year_in(years, 10, 10));
        assert!(any_year_in(years, 10, 17));
        assert!(!any_year_in(years, 12, 11)); // an empty range
        assert!(!any_year_in(years, 12, 17));
    }

    #[test]
    fn entries_pack_and_shift() {
        let e = Entry::new(4441, true, true);
        assert_eq!((e.rank_incl(), e.rank_before()), (4441, 4440));
        assert!(e.is_working());
        assert_eq!(e.year_end(), 1);
        let s = e.shifted(-2);
        assert_eq!(
            (s.rank_incl(), s.is_working(), s.year_end()),
            (4439, true, 1)
        );
        let off = Entry::new(7, false, false);
        assert_eq!(
            (off.rank_incl(), off.rank_before(), off.year_end()),
            (7, 7, 0)
        );
    }
}
