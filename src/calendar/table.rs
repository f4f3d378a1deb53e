//! The compact layout the working-day arithmetic reads (DESIGN.md, "A
//! compact calendar").
//!
//! - one 4-byte entry per covered day: the number of working days up to and
//!   including it (its rank), the number of days of provisional or projected
//!   years up to and including it, whether it is a working day, and whether
//!   it is the last day of its year, packed; 512 slots a year, the day of
//!   the year (from 1) its slot, so that a date's index is its year and day
//!   of the year side by side (see [`slot`]);
//! - one 4-byte date per working day, in order (the inverse of the rank);
//! - per year, its orders and the explanations of its days
//!   ([`super::year`]), apart: explaining is not on the hot path.
//!
//! The year a day belongs to says whether it is provisional: one bit per
//! year, held in the calendar itself.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::acts::{FIRST_YEAR, LAST_YEAR};
use super::year::Year;

/// The number of covered years.
pub(super) const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// The slots of a year in the day table: slot 0 holds the counts before
/// 1 January, slots 1 to 365 or 366 the days, the rest the counts after
/// 31 December (none of them a working day).
pub(super) const YEAR_SLOTS: usize = 512;

/// The length of the day table (9 216 for 2018–2035, 36 KiB). The table has
/// exactly this length as a type, so that a lookup checks its index
/// against a constant, not a length read from memory.
pub(super) const SLOTS: usize = YEARS * YEAR_SLOTS;

/// The day table: one entry per slot.
pub(super) type DayTable = Arc<[Entry; SLOTS]>;

/// `days` as a day table; a table of any other length (which the builders
/// never make) becomes one of plain zero entries rather than a panic.
fn day_table(days: Vec<Entry>) -> DayTable {
    DayTable::try_from(Arc::<[Entry]>::from(days)).unwrap_or_else(|_| Arc::new([Entry(0); SLOTS]))
}

const RANK_MASK: u32 = 0x1FFF;
const PROV_SHIFT: u32 = 13;
const PROV_MASK: u32 = 0x1FFF << PROV_SHIFT;
const WORKING: u32 = 1 << 26;
const YEAR_END: u32 = 1 << 27;

// Every covered day fits both counts, and the year bits a `u32`.
const _: () = assert!(YEARS * 366 <= RANK_MASK as usize);
const _: () = assert!(YEARS < 32);
// A day of the year (from 1) fits its year's slots, and the slots a `u32`.
const _: () = assert!(366 < YEAR_SLOTS && SLOTS < u32::MAX as usize);

/// Running counts from the first covered day: working days, and days of
/// provisional or projected years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Counts {
    pub(super) working: u32,
    pub(super) provisional: u32,
}

/// One day's entry, packed in 4 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry(pub(super) u32);

impl Entry {
    pub(super) const fn new(counts: Counts, working: bool, year_end: bool) -> Entry {
        Entry(
            (counts.working & RANK_MASK)
                | ((counts.provisional << PROV_SHIFT) & PROV_MASK)
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
    /// Days of provisional or projected years up to and including this one,
    /// in place (shifted): compare two entries' values, never read it as a
    /// number.
    #[inline]
    pub(super) const fn provisional_bits(self) -> u32 {
        self.0 & PROV_MASK
    }
    #[inline]
    pub(super) const fn is_working(self) -> bool {
        self.0 & WORKING != 0
    }
    /// 1 on 31 December: the day after it is in the next year.
    #[inline]
    pub(super) const fn year_end(self) -> u32 {
        (self.0 & YEAR_END) >> 27
    }
    fn counts(self) -> Counts {
        Counts {
            working: self.rank_incl(),
            provisional: self.provisional_bits() >> PROV_SHIFT,
        }
    }
    /// The entry with its counts moved by `delta`, packed as by
    /// [`packed_delta`]: the fields stay in range, so moving both is one
    /// addition (what `patch` does to every day after an updated year).
    const fn shifted(self, delta: u32) -> Entry {
        Entry(self.0.wrapping_add(delta))
    }
}

/// `(working days, provisional days)` moved by `delta`, as one number to add
/// to packed entries whose fields stay in range after the move.
const fn packed_delta(delta: (i64, i64)) -> u32 {
    (delta.0 + (delta.1 << PROV_SHIFT)) as u32
}

/// Whether any year with index in `lo..=hi` has its bit set in `years`
/// (false when `lo > hi`: an empty range of days).
#[inline]
pub(super) const fn any_year_in(years: u32, lo: u32, hi: u32) -> bool {
    let from = u64::MAX.wrapping_shl(lo);
    let upto = 2u64.wrapping_shl(hi).wrapping_sub(1);
    lo <= hi && (years as u64) & from & upto != 0
}

/// The arrays the arithmetic reads, built from the years.
pub(super) struct Tables {
    pub(super) days: DayTable,
    pub(super) working: Arc<[NaiveDate]>,
}

fn jan1(year_index: usize) -> NaiveDate {
    i32::try_from(year_index)
        .ok()
        .and_then(|i| NaiveDate::from_yo_opt(FIRST_YEAR + i, 1))
        .unwrap_or(NaiveDate::MIN)
}

/// The slot of `date` in the day table: the first slot of its year plus its
/// day of the year (from 1), that is its year and its day of the year side
/// by side, as chrono keeps them. Outside the covered years it is
/// [`SLOTS`] or more, so one comparison checks the year and the day.
#[inline]
pub(super) fn slot(date: NaiveDate) -> usize {
    // chrono keeps a date as its year, shifted by 13 bits, beside its day
    // of the year, shifted by 4; put back side by side that way, then
    // shifted down by 4 to 512 slots a year, the two compile to one shift
    // of chrono's own number. Its years lie within ±2^18, so the shift by
    // 13 never overflows, and a year before the first gives a negative
    // number, a large one as `u32`.
    const _: () = assert!(YEAR_SLOTS == 1 << (13 - 4));
    (((date.year() << 13) | (date.ordinal() << 4) as i32) >> 4)
        .wrapping_sub(FIRST_YEAR * YEAR_SLOTS as i32) as u32 as usize
}

/// The year index (from 0) of a slot.
#[inline]
pub(super) const fn year_of_slot(slot: usize) -> u32 {
    (slot / YEAR_SLOTS) as u32
}

/// The first slot of the year with index `y` (the length of the table for
/// `y == YEARS`).
const fn year_start(y: usize) -> usize {
    y * YEAR_SLOTS
}

/// Per covered year, the number of the first working day (from 0) at or
/// after 1 January of the first provisional or projected year from this
/// year on (`[0]`) or from the next year on (`[1]`, for a count from
/// 31 December); `u32::MAX` when there is none. A count from a day of the
/// year that ends on working day number `k` looked at a day that may still
/// change exactly when `k >= provisional_from[y][..]`.
pub(super) fn provisional_from(days: &[Entry], provisional_years: u32) -> [[u32; 2]; YEARS + 1] {
    // Slot 0 of a year holds the counts before its 1 January.
    let rank_before = |y: usize| days.get(year_start(y)).map_or(0, |e| e.rank_incl());
    let from = |y: usize| {
        (y..YEARS)
            .find(|&z| any_year_in(provisional_years, z as u32, z as u32))
            .map_or(u32::MAX, rank_before)
    };
    let mut out = [[u32::MAX; 2]; YEARS + 1];
    for (y, o) in out.iter_mut().enumerate() {
        *o = [from(y), from(y + 1)];
    }
    out
}

/// When the years with their bit set in `provisional_years` are all the
/// covered years from one on: 1 January of the first of them, or
/// `NaiveDate::MAX` when there is none; `None` otherwise.
pub(super) fn provisional_since(provisional_years: u32) -> Option<NaiveDate> {
    let all = (1u32 << YEARS) - 1;
    if provisional_years == 0 {
        return Some(NaiveDate::MAX);
    }
    let first = provisional_years.trailing_zeros();
    let suffix = all & !((1u32 << first) - 1);
    (provisional_years == suffix).then(|| jan1(first as usize))
}

/// Builds the tables of every year.
pub(super) fn build(years: &[Arc<Year>]) -> Tables {
    let mut days = Vec::with_capacity(SLOTS);
    let mut working = Vec::with_capacity(YEARS * 366);
    let mut counts = Counts::default();
    for (y, year) in years.iter().enumerate() {
        counts = year.fill(jan1(y), counts, &mut days, &mut working);
    }
    Tables {
        days: day_table(days),
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
) -> Tables {
    let (lo, hi) = (*changed.start(), (*changed.end()).min(YEARS - 1));
    let (start, end) = (year_start(lo), year_start(hi + 1));
    let counts_at = |i: usize| {
        i.checked_sub(1)
            .and_then(|i| old.days.get(i))
            .map_or(Counts::default(), |e| e.counts())
    };
    let (counts_start, old_end) = (counts_at(start), counts_at(end));
    let (rank_start, old_rank_end) = (counts_start.working, old_end.working);

    let mut year_days: Vec<Entry> = Vec::with_capacity(end.saturating_sub(start));
    let mut year_working: Vec<NaiveDate> = Vec::with_capacity(end.saturating_sub(start));
    let mut counts = counts_start;
    for y in lo..=hi {
        if let Some(year) = years.get(y) {
            counts = year.fill(jan1(y), counts, &mut year_days, &mut year_working);
        }
    }
    let delta = (
        i64::from(counts.working) - i64::from(old_end.working),
        i64::from(counts.provisional) - i64::from(old_end.provisional),
    );

    // One copy of each shared table (`make_mut`), then the changed years
    // written over it and the later years shifted in place.
    let mut days = Arc::clone(&old.days);
    let table = Arc::make_mut(&mut days);
    if let Some(segment) = table.get_mut(start..end) {
        for (slot, entry) in segment.iter_mut().zip(&year_days) {
            *slot = *entry;
        }
    }
    if delta != (0, 0) {
        let packed = packed_delta(delta);
        for entry in table.get_mut(end..).unwrap_or_default() {
            *entry = entry.shifted(packed);
        }
    }
    let (rank_start, old_rank_end) = (rank_start as usize, old_rank_end as usize);
    let working = if delta.0 == 0 {
        let mut working = Arc::clone(&old.working);
        let dates = Arc::make_mut(&mut working);
        for (slot, date) in dates
            .get_mut(rank_start..old_rank_end)
            .unwrap_or_default()
            .iter_mut()
            .zip(&year_working)
        {
            *slot = *date;
        }
        working
    } else {
        let before = old.working.get(..rank_start).unwrap_or_default();
        let after = old.working.get(old_rank_end..).unwrap_or_default();
        let mut dates = Vec::with_capacity(before.len() + year_working.len() + after.len());
        dates.extend_from_slice(before);
        dates.extend_from_slice(&year_working);
        dates.extend_from_slice(after);
        dates.into()
    };
    Tables { days, working }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_have_one_entry_a_day() {
        assert_eq!(SLOTS, 9216); // 18 years of 512 slots
        let cal = super::super::Calendar::kazakhstan();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
        // 1 January 2018 in slot 1; 31 December 2035, day 365, in the
        // last year's (index 17) slot 365; 29 February 2020, day 60 of
        // year index 2.
        assert_eq!(slot(d(2018, 1, 1)), 1);
        assert_eq!(slot(d(2035, 12, 31)), 17 * 512 + 365);
        assert_eq!(slot(d(2020, 2, 29)), 2 * 512 + 60);
        assert_eq!(year_of_slot(slot(d(2035, 12, 31))), 17);
        // Outside the years: past the table, whichever side.
        assert!(slot(d(2017, 12, 31)) >= SLOTS);
        assert!(slot(d(2036, 1, 1)) >= SLOTS);
        assert!(slot(NaiveDate::MIN) >= SLOTS && slot(NaiveDate::MAX) >= SLOTS);
        // Every slot that is not a day repeats the counts before it and is
        // not a working day: the counts run on through the whole table.
        let mut day = d(2018, 1, 1);
        let mut previous = Entry::new(Counts::default(), false, false);
        for (i, e) in cal.days.iter().enumerate() {
            if slot(day) == i {
                assert_eq!(
                    e.rank_incl(),
                    previous.rank_incl() + u32::from(e.is_working())
                );
                day = day.succ_opt().unwrap_or(day);
            } else {
                assert_eq!(e.counts(), previous.counts(), "slot {i}");
                assert!(!e.is_working() && e.year_end() == 0, "slot {i}");
            }
            previous = *e;
        }
        assert_eq!(day, d(2036, 1, 1)); // every covered day met its slot
        assert_eq!(previous.rank_incl() as usize, cal.working.len());
    }

    #[test]
    fn provisional_years_from_one_on() {
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1);
        assert_eq!(provisional_since(0), Some(NaiveDate::MAX));
        // 2027–2035: indices 9..=17.
        assert_eq!(
            provisional_since(((1 << 18) - 1) & !((1 << 9) - 1)),
            d(2027)
        );
        assert_eq!(provisional_since((1 << 18) - 1), d(2018));
        assert_eq!(provisional_since(1 << 17), d(2035));
        // 2028–2029 and 2031–2035: not all the years from one on.
        let gapped = ((1 << 18) - 1) & !((1 << 10) - 1) & !(1 << 12);
        assert_eq!(provisional_since(gapped), None);
        assert_eq!(provisional_since(1 << 9), None); // 2027 alone
    }

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
        let counts = |working, provisional| Counts {
            working,
            provisional,
        };
        let e = Entry::new(counts(4441, 3287), true, true);
        assert_eq!((e.rank_incl(), e.rank_before()), (4441, 4440));
        assert_eq!(e.counts(), counts(4441, 3287));
        assert!(e.is_working());
        assert_eq!(e.year_end(), 1);
        let s = e.shifted(packed_delta((-2, 365)));
        assert_eq!(s.counts(), counts(4439, 3652));
        assert_eq!(
            (s.rank_incl(), s.is_working(), s.year_end()),
            (4439, true, 1)
        );
        let off = Entry::new(counts(7, 0), false, false);
        assert_eq!(
            (off.rank_incl(), off.rank_before(), off.year_end()),
            (7, 7, 0)
        );
    }
}
