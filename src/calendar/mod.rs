//! The official Kazakhstan working-day calendar ([`rules`](crate::rules) §1) and O(1)
//! working-day arithmetic on it.
//!
//! # How the calendar is made
//! The calendar is **computed from the law**, year by year, then checked day
//! by day against the reconstructed official calendar in the tests:
//! 1. the 5-day week of state bodies: Saturday and Sunday are days off;
//! 2. the holidays of the Law on holidays (arts. 2–3) in force that year
//!    ([`Holiday`]), and the religious days off of Labour Code art. 84(5):
//!    7 January and the first day of Kurban ait (a date fixed each year,
//!    embedded as data);
//! 3. the carry-over of Law on holidays art. 5: a holiday on a Saturday or
//!    Sunday makes the next day that is neither weekend, nor holiday, nor
//!    already a carry-over a day off (2022-05-07 → 2022-05-10). Religious
//!    days off never carry over;
//! 4. the transfer acts (Labour Code art. 85(3)) as data, each with the
//!    decree or order that made it ([`Transfer`]).
//!
//! # Coverage and status
//! 2018–2026 are [`YearStatus::Official`]; 2027 is
//! [`YearStatus::Provisional`] (no transfer order yet, Kurban ait not
//! fixed); 2028–2035 are [`YearStatus::Projected`] from the law alone, with
//! no transfers. The first day of Kurban ait of 2027–2035 is not fixed yet:
//! the calendar takes the estimate of the tabular Hijri calendar ([`rules`](crate::rules)
//! §1), marks the day [`DayKind::EstimatedHoliday`] and says so in every
//! explanation, and keeps such a year provisional or projected until an
//! update gives the fixed date ([`KurbanAit`]). Before 2018 nothing is
//! covered. A query outside the covered range is a [`CalendarError`], never
//! a guess. Every result that looked at a day of a provisional or projected
//! year says so ([`Computed::provisional`]).
//!
//! # Counting convention
//! "N working days after X" is the N-th working day **strictly after** X
//! (APPC art. 76(2), Civil Code art. 173: a term runs from the day after its
//! event), so a start on a day off counts from the next working day, and a
//! count of 1 from a Friday before a plain weekend is the Monday.
//!
//! # Speed
//! Building the calendar precomputes, for every covered day, the number of
//! working days up to it (its rank), and for every working day its date
//! (the inverse). Every query is then a date-to-index step and at most two
//! array reads: O(1) in the count and in the distance. The layout is compact
//! (DESIGN.md, "A compact calendar"): a 4-byte entry a day, a 4-byte date a
//! working day, and the explanations apart, about 61 KB in all; a clone
//! shares it, and an update rebuilds only the year it changes.

mod acts;
mod build;
mod day;
mod error;
mod holiday;
mod localized;
mod queries;
mod status;
mod table;
mod update;
mod year;

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

pub use day::{Day, DayKind, fmt_date, month_name, weekday_name};
pub(crate) use day::{fmt_day, push_days};
pub use error::{CalendarError, Direction, UpdateError};
pub use holiday::Holiday;
pub use queries::Weekends;
pub use status::{Computed, YearStatus};
pub use update::{ActRef, ExtraDayOff, KurbanAit, Transfer, YearOrders};

use acts::{FIRST_YEAR, LAST_YEAR};
use build::{assemble_year, first_day, is_weekend, last_day, status_of};
use error::{add_error, count_out_of_range, out_of_range, zero_count};
use table::{Entry, Tables, YEARS, any_year_in};
use year::Year;

/// The official Kazakhstan working-day calendar of state bodies (5-day
/// week), 2018–2035, with O(1) working-day arithmetic.
///
/// Build it once with [`Calendar::kazakhstan`] (under 0.1 ms)
/// and pass it to every computation: the crate keeps no global state. A
/// clone is cheap: the tables are shared, never copied.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Friday 20 March 2026; 23 March is Nauryz, 24–25 March its carry-overs.
/// assert_eq!(cal.add_working_days(d(3, 20), 1)?.value, d(3, 26));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Per covered year, from which working day on a count from one of its
    /// days reaches a provisional or projected year (`table::provisional_from`).
    provisional_from: [[u32; 2]; YEARS + 1],
    /// When the years not official are exactly those from one on: 1 January
    /// of the first of them (`NaiveDate::MAX` when every year is official).
    /// `None` when they are not all the years from one on.
    provisional_since: Option<NaiveDate>,
    /// Bit `i` set when year `FIRST_YEAR + i` is provisional or projected.
    provisional_years: u32,
    /// One packed entry per covered day.
    days: table::DayTable,
    /// The date of each working day, in order.
    working: Arc<[NaiveDate]>,
    /// Each year's orders and explanations.
    years: Arc<[Arc<Year>]>,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::kazakhstan()
    }
}

impl Calendar {
    /// The built-in calendar: the law, and the acts embedded in the crate
    /// (Kurban ait 2018–2026, the transfer acts of 2018–2025).
    ///
    /// Holidays by the Law on holidays arts. 2–3 with art. 5's carry-over, the
    /// religious days off of Labour Code art. 84(5), and the transfers of
    /// Labour Code art. 85(3).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // 2025 as kz-calendar/README.md §5 gives it: 246 working days.
    /// assert_eq!(cal.year_days(2025)?.filter(|day| day.is_working()).count(), 246);
    /// // Kurban ait 2026 (Labour Code art. 84(5)): Wednesday 27 May.
    /// assert!(!cal.is_working_day(d(2026, 5, 27))?.value);
    /// // The transfer of 2025 (Labour Code art. 85(3)): Sun 5 January worked, Fri 3 January off.
    /// assert!(cal.is_working_day(d(2025, 1, 5))?.value);
    /// assert!(!cal.is_working_day(d(2025, 1, 3))?.value);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn kazakhstan() -> Calendar {
        // The embedded orders are checked by the test `builtin_orders_are_valid`;
        // `assemble_year` skips nothing for them.
        let mut carry = Vec::new();
        let years: Vec<Arc<Year>> = acts::builtin_orders()
            .into_iter()
            .map(|orders| {
                let assembled = assemble_year(&orders, &carry);
                carry.clone_from(&assembled.carry_out);
                Arc::new(Year::new(orders, assembled))
            })
            .collect();
        let tables = table::build(&years);
        Calendar::from_parts(tables, years.into())
    }

    fn from_parts(tables: Tables, years: Arc<[Arc<Year>]>) -> Self {
        let provisional_years = years
            .iter()
            .enumerate()
            .filter(|(_, y)| status_of(&y.orders).is_provisional())
            .fold(0u32, |bits, (i, _)| bits | 1u32.wrapping_shl(i as u32));
        Calendar {
            provisional_from: table::provisional_from(&tables.days[..], provisional_years),
            provisional_since: table::provisional_since(provisional_years),
            provisional_years,
            days: tables.days,
            working: tables.working,
            years,
        }
    }

    /// A new calendar with `update` applied: the orders published for one
    /// year (Labour Code arts. 84(5), 85(3)). The calendar it is called on
    /// does not change.
    ///
    /// # Errors
    /// [`UpdateError`] naming the entry at fault: a year outside coverage, a
    /// date outside the year, a transfer from a working day or a holiday, a
    /// transfer or extra day off onto a day that is not working, a date named
    /// twice, an official year whose Kurban ait is still an estimate.
    ///
    /// # Cost
    /// Only the updated year is assembled again; the tables of the years
    /// before it are copied and those of the years after it shifted (a few
    /// microseconds). The calendar it is called on is shared, not copied.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{ActRef, Calendar, KurbanAit, Transfer, YearOrders, YearStatus};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
    /// let cal = Calendar::kazakhstan();
    /// let update = YearOrders {
    ///     year: 2027,
    ///     status: Some(YearStatus::Official),
    ///     // An official year needs its Kurban ait fixed, not estimated.
    ///     kurban_ait: Some(KurbanAit::fixed(d(5, 17), ActRef::new("announcement"))),
    ///     transfers: vec![Transfer { from: d(1, 9), to: d(1, 8), act: ActRef::new("order") }],
    ///     ..Default::default()
    /// };
    /// let updated = cal.with_update(&update)?;
    /// assert!(!updated.is_working_day(d(1, 8))?.value);
    /// assert!(updated.is_working_day(d(1, 9))?.value); // a working Saturday
    /// assert!(cal.is_working_day(d(1, 8))?.value); // the original is unchanged
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_update(&self, update: &YearOrders) -> Result<Calendar, UpdateError> {
        let not_covered = || UpdateError::YearNotCovered {
            year: update.year,
            first: FIRST_YEAR,
            last: LAST_YEAR,
        };
        let slot =
            usize::try_from(update.year.wrapping_sub(FIRST_YEAR)).map_err(|_| not_covered())?;
        let mut orders = self
            .years
            .get(slot)
            .map(|y| y.orders.clone())
            .ok_or_else(not_covered)?;
        if update.status.is_some() {
            orders.status = update.status;
        }
        if update.kurban_ait.is_some() {
            orders.kurban_ait.clone_from(&update.kurban_ait);
        }
        orders.transfers.extend(update.transfers.iter().cloned());
        orders
            .extra_days_off
            .extend(update.extra_days_off.iter().cloned());

        // Only the updated year is assembled again, and the years after it
        // only while what a year passes on to the next (its carry-overs)
        // changes: under the law in force, never.
        let mut years: Vec<Arc<Year>> = self.years.to_vec();
        let carry_in = |years: &[Arc<Year>], y: usize| {
            y.checked_sub(1)
                .and_then(|p| years.get(p))
                .map(|p| p.carry_out.clone())
                .unwrap_or_default()
        };
        let mut next = Some(orders);
        let mut y = slot;
        while let Some(orders) = next.take() {
            let assembled = assemble_year(&orders, &carry_in(&years, y));
            if let Some(e) = assembled.errors.first() {
                return Err(e.clone());
            }
            let year = Year::new(orders, assembled);
            let passes_on = years
                .get(y)
                .is_some_and(|old| old.carry_out != year.carry_out);
            if let Some(old) = years.get_mut(y) {
                *old = Arc::new(year);
            }
            if passes_on {
                next = years.get(y + 1).map(|n| n.orders.clone());
                y += 1;
            }
        }
        let old = Tables {
            days: Arc::clone(&self.days),
            working: Arc::clone(&self.working),
        };
        let tables = table::patch(&old, &years, slot..=y);
        Ok(Calendar::from_parts(tables, years.into()))
    }

    /// Applies several updates in turn; see [`Calendar::with_update`].
    ///
    /// # Errors
    /// The first [`UpdateError`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{ActRef, Calendar, KurbanAit, Transfer, YearOrders};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
    /// // Kurban ait 2027 fixed on Monday 17 May (Labour Code art. 84(5)), then a
    /// // transfer order (art. 85(3)): Sat 9 January worked, Fri 8 January off.
    /// let kurban = YearOrders {
    ///     year: 2027,
    ///     kurban_ait: Some(KurbanAit::fixed(d(5, 17), ActRef::new("announcement"))),
    ///     ..Default::default()
    /// };
    /// let transfer = YearOrders {
    ///     year: 2027,
    ///     transfers: vec![Transfer { from: d(1, 9), to: d(1, 8), act: ActRef::new("order") }],
    ///     ..Default::default()
    /// };
    /// let cal = Calendar::kazakhstan().with_updates([&kurban, &transfer])?;
    /// assert!(!cal.is_working_day(d(5, 17))?.value);
    /// assert!(!cal.is_working_day(d(1, 8))?.value);
    /// assert!(cal.is_working_day(d(1, 9))?.value);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_updates<'a>(
        &self,
        updates: impl IntoIterator<Item = &'a YearOrders>,
    ) -> Result<Calendar, UpdateError> {
        updates
            .into_iter()
            .try_fold(self.clone(), |cal, u| cal.with_update(u))
    }

    /// The first covered day, 2018-01-01.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// assert_eq!(cal.first_day().to_string(), "2018-01-01");
    /// assert!(cal.is_working_day(cal.first_day().pred_opt().unwrap()).is_err());
    /// ```
    #[must_use]
    pub const fn first_day(&self) -> NaiveDate {
        first_day()
    }

    /// The last covered day, 2035-12-31 (the horizon of projected years).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// assert_eq!(cal.last_day().to_string(), "2035-12-31");
    /// assert!(cal.next_working_day(cal.last_day()).is_err());
    /// ```
    #[must_use]
    pub const fn last_day(&self) -> NaiveDate {
        last_day()
    }

    /// The covered years, 2018 to 2035.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::Calendar;
    /// assert_eq!(Calendar::kazakhstan().years(), 2018..=2035);
    /// ```
    #[must_use]
    pub const fn years(&self) -> std::ops::RangeInclusive<i32> {
        FIRST_YEAR..=LAST_YEAR
    }

    /// The year index (from 0 for 2018) and the entry of `date`.
    #[inline]
    fn locate(&self, date: NaiveDate) -> Option<(u32, Entry)> {
        // The year and the day of the year are fields of chrono's date:
        // reading them is cheaper than counting days from the common era.
        // One comparison checks the year and the day (`table::slot`).
        let slot = table::slot(date);
        let e = *self.days.get(slot)?;
        Some((table::year_of_slot(slot), e))
    }

    /// The year index (from 0 for 2018) and the entry of `date`.
    #[inline]
    fn entry(&self, date: NaiveDate) -> Result<(u32, Entry), CalendarError> {
        self.locate(date).ok_or_else(|| out_of_range(date))
    }

    /// Whether year index `y` is provisional or projected.
    #[inline]
    const fn provisional_year(&self, y: u32) -> bool {
        any_year_in(self.provisional_years, y, y)
    }

    fn year_ref(&self, year: i32) -> Result<&Year, CalendarError> {
        usize::try_from(year.wrapping_sub(FIRST_YEAR))
            .ok()
            .and_then(|i| self.years.get(i))
            .map(|y| &**y)
            .ok_or(CalendarError::YearOutOfRange {
                year,
                first: FIRST_YEAR,
                last: LAST_YEAR,
            })
    }

    fn year_orders_ref(&self, year: i32) -> Result<&YearOrders, CalendarError> {
        self.year_ref(year).map(|y| &y.orders)
    }

    /// The status of `year`.
    ///
    /// # Errors
    /// [`CalendarError::YearOutOfRange`] outside 2018–2035.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::{Calendar, CalendarError, YearStatus};
    /// let cal = Calendar::kazakhstan();
    /// assert_eq!(cal.year_status(2018)?, YearStatus::Official);
    /// assert_eq!(cal.year_status(2027)?, YearStatus::Provisional); // no transfer order yet
    /// assert!(matches!(cal.year_status(2036), Err(CalendarError::YearOutOfRange { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year_status(&self, year: i32) -> Result<YearStatus, CalendarError> {
        self.year_orders_ref(year).map(status_of)
    }

    /// The orders the calendar holds for `year` (Kurban ait, transfers,
    /// extra days off), to start an update from.
    ///
    /// # Errors
    /// [`CalendarError::YearOutOfRange`] outside 2018–2035.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::Calendar;
    /// let orders = Calendar::kazakhstan().year_orders(2020)?;
    /// assert_eq!(orders.transfers.len(), 3); // Government decree of 2019 No. 820
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year_orders(&self, year: i32) -> Result<YearOrders, CalendarError> {
        self.year_orders_ref(year).cloned()
    }

    /// What `date` is, and why (Law on holidays arts. 2–5, Labour Code
    /// arts. 84(5), 85(3)).
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] outside 2018-01-01..=2035-12-31.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{Calendar, DayKind};
    /// let cal = Calendar::kazakhstan();
    /// // 2020-05-11: the carry-over of Victory Day, moved to 8 May by decree.
    /// let day = cal.day(NaiveDate::from_ymd_opt(2020, 5, 11).unwrap())?;
    /// assert!(matches!(day.kind, DayKind::WorkingByTransfer { .. }));
    /// assert!(day.is_working());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day(&self, date: NaiveDate) -> Result<Day, CalendarError> {
        let year = self.year_ref(date.year()).map_err(|_| out_of_range(date))?;
        Ok(Day {
            date,
            kind: year.kind(date),
            status: status_of(&year.orders),
        })
    }

    /// Every day of `year`, explained.
    ///
    /// # Errors
    /// [`CalendarError::YearOutOfRange`] outside 2018–2035.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let days: Vec<_> = cal.year_days(2026)?.collect();
    /// assert_eq!(days.len(), 365);
    /// assert_eq!(days.iter().filter(|d| d.is_working()).count(), 247);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year_days(&self, year: i32) -> Result<impl Iterator<Item = Day> + '_, CalendarError> {
        let out = || CalendarError::YearOutOfRange {
            year,
            first: FIRST_YEAR,
            last: LAST_YEAR,
        };
        let start = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(out)?;
        let end = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(out)?;
        self.year_orders_ref(year)?;
        self.days_between(start, end).map_err(|_| out())
    }

    /// Every day from `start` to `end`, both included, explained.
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when either bound is outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 5, day).unwrap();
    /// // 7–11 May 2026: Defender of the Fatherland Day (Thu), a working Friday,
    /// // Victory Day on Saturday, Sunday, and Victory Day's carry-over on Monday
    /// // (Law on holidays art. 5).
    /// let working: Vec<bool> = cal.days_between(d(7), d(11))?.map(|day| day.is_working()).collect();
    /// assert_eq!(working, [false, true, false, false, false]);
    /// assert_eq!(cal.days_between(d(11), d(7))?.count(), 0); // an empty range
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<impl Iterator<Item = Day> + '_, CalendarError> {
        self.entry(start)?;
        self.entry(end)?;
        // Both bounds are covered, so is every day between them.
        Ok(start
            .iter_days()
            .take_while(move |d| *d <= end)
            .filter_map(|date| self.day(date).ok()))
    }

    /// Whether `date` is a working day of state bodies.
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(!cal.is_working_day(d(2026, 3, 25))?.value); // carry-over of Nauryz
    /// assert!(cal.is_working_day(d(2020, 1, 5))?.value); // a working Sunday
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn is_working_day(&self, date: NaiveDate) -> Result<Computed<bool>, CalendarError> {
        let (y, e) = self.entry(date)?;
        Ok(Computed {
            value: e.is_working(),
            provisional: self.provisional_year(y),
        })
    }

    /// The `n`-th working day strictly after `date` (APPC art. 76(2), Civil
    /// Code art. 173: a term runs from the day after its event). A start on a
    /// day off counts from the next working day. O(1).
    ///
    /// # Errors
    /// [`CalendarError::ZeroCount`] for `n == 0`;
    /// [`CalendarError::DateOutOfRange`] when `date` is outside coverage;
    /// [`CalendarError::CountOutOfRange`] when the result would be.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Saturday 21 March 2026 (Nauryz): counting starts on Thursday 26 March.
    /// assert_eq!(cal.add_working_days(d(3, 21), 1)?.value, d(3, 26));
    /// assert_eq!(cal.add_working_days(d(3, 21), 3)?.value, d(3, 30));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn add_working_days(
        &self,
        date: NaiveDate,
        n: u32,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        match self.add_fast(date, n) {
            Some(found) => Ok(found),
            None => Err(add_error(date, n)),
        }
    }

    /// `add_working_days` without its error: `None` when it has none to give.
    #[inline]
    fn add_fast(&self, date: NaiveDate, n: u32) -> Option<Computed<NaiveDate>> {
        let (y, e) = self.locate(date)?;
        // Working days up to and including `date` precede the target, number
        // `k` from 0. A count of 0 makes `n - 1` wrap to a number beyond
        // every working day, so it fails like a count out of range, and the
        // error tells the two apart.
        let k = u64::from(e.rank_incl()) + u64::from(n.wrapping_sub(1));
        let target = *self.working.get(usize::try_from(k).ok()?)?;
        // `[1]` when `date` is 31 December: the days counted start in the
        // next year.
        let provisional = match self.provisional_since {
            // The years not official are all the years from one on (as
            // built in, and after any update in year order): the count
            // looked at such a day exactly when its last day is one.
            Some(since) => target >= since,
            None => {
                let from = self
                    .provisional_from
                    .get(y as usize)
                    .map_or(u32::MAX, |p| p[(e.year_end() & 1) as usize]);
                k >= u64::from(from)
            }
        };
        Some(Computed {
            value: target,
            provisional,
        })
    }

    /// The `n`-th working day strictly before `date`: "not later than N
    /// working days before" an event (regulation п. 16, 22, 25, 28). O(1).
    ///
    /// # Errors
    /// [`CalendarError::ZeroCount`] for `n == 0`;
    /// [`CalendarError::DateOutOfRange`] when `date` is outside coverage;
    /// [`CalendarError::CountOutOfRange`] when the result would be.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Friday 13 February 2026, no holidays near: 3 working days before is Tuesday.
    /// assert_eq!(cal.sub_working_days(d(2, 13), 3)?.value, d(2, 10));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn sub_working_days(
        &self,
        date: NaiveDate,
        n: u32,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        if n == 0 {
            return Err(zero_count(date, Direction::Before));
        }
        let (y, e) = self.entry(date)?;
        // `rank_before` working days lie strictly before `date`.
        let k = u64::from(e.rank_before())
            .checked_sub(u64::from(n))
            .ok_or_else(|| count_out_of_range(date, n, Direction::Before))?;
        let target = self.working_day_number(k, date, n, Direction::Before)?;
        let ty = target.year().wrapping_sub(FIRST_YEAR) as u32;
        // The days counted are `[target, date)`: the last of them is in the
        // year before `date` when `date` is 1 January.
        let last = y.wrapping_sub(u32::from(date.ordinal0() == 0));
        Ok(Computed {
            value: target,
            provisional: any_year_in(self.provisional_years, ty, last),
        })
    }

    #[inline]
    fn working_day_number(
        &self,
        k: u64,
        date: NaiveDate,
        n: u32,
        direction: Direction,
    ) -> Result<NaiveDate, CalendarError> {
        usize::try_from(k)
            .ok()
            .and_then(|k| self.working.get(k))
            .copied()
            .ok_or_else(|| count_out_of_range(date, n, direction))
    }

    /// The first working day strictly after `date`.
    ///
    /// # Errors
    /// As [`Calendar::add_working_days`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// assert_eq!(cal.next_working_day(d(5, 8))?.value, d(5, 12)); // 11 May: carry-over of Victory Day
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn next_working_day(&self, date: NaiveDate) -> Result<Computed<NaiveDate>, CalendarError> {
        self.add_working_days(date, 1)
    }

    /// The last working day strictly before `date`.
    ///
    /// # Errors
    /// As [`Calendar::sub_working_days`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// assert_eq!(cal.previous_working_day(d(3, 26))?.value, d(3, 20));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn previous_working_day(
        &self,
        date: NaiveDate,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        self.sub_working_days(date, 1)
    }

    /// The working day itself if `date` is one, else the next working day
    /// (regulation п. 21: a request arriving on a non-working day is
    /// registered on the next working day).
    ///
    /// # Errors
    /// As [`Calendar::add_working_days`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// assert_eq!(cal.working_day_on_or_after(d(3, 21))?.value, d(3, 26));
    /// assert_eq!(cal.working_day_on_or_after(d(3, 26))?.value, d(3, 26));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn working_day_on_or_after(
        &self,
        date: NaiveDate,
    ) -> Result<Computed<NaiveDate>, CalendarError> {
        let (y, e) = self.entry(date)?;
        let provisional = self.provisional_year(y);
        if e.is_working() {
            Ok(Computed {
                value: date,
                provisional,
            })
        } else {
            // The start itself was looked at: a provisional day off counts.
            let next = self.add_working_days(date, 1)?;
            Ok(Computed {
                provisional: next.provisional || provisional,
                ..next
            })
        }
    }

    /// The number of working days in `(start, end]`: strictly after `start`,
    /// up to and including `end`, so that
    /// `working_days_between(x, add_working_days(x, n)) == n`. Negative when
    /// `end` is before `start` (the days in `(end, start]`, counted negative).
    /// O(1).
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when either date is outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // 20 March (Fri) to 27 March (Fri) 2026: 26 and 27 March.
    /// assert_eq!(cal.working_days_between(d(3, 20), d(3, 27))?.value, 2);
    /// assert_eq!(cal.working_days_between(d(3, 27), d(3, 20))?.value, -2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn working_days_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Computed<i64>, CalendarError> {
        // The error paths take no reference to the calendar: a call that
        // could keep one would make the optimizer reload the tables.
        let Some((_, a)) = self.locate(start) else {
            return Err(out_of_range(start));
        };
        let Some((_, b)) = self.locate(end) else {
            return Err(out_of_range(end));
        };
        Ok(Computed {
            value: i64::from(b.rank_incl()) - i64::from(a.rank_incl()),
            // The days of provisional years up to each end differ exactly
            // when one lies between them.
            provisional: a.provisional_bits() != b.provisional_bits(),
        })
    }

    /// Whether any day in `(start, end]` (or `(end, start]`) belongs to a
    /// provisional or projected year: whether a term over those days may
    /// still change ([`rules`](crate::rules) §1, status of a year). O(1).
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when either date is outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(cal.provisional_between(d(2026, 12, 20), d(2027, 1, 4))?);
    /// assert!(!cal.provisional_between(d(2026, 12, 20), d(2026, 12, 31))?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn provisional_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<bool, CalendarError> {
        // The error paths take no reference to the calendar: a call that
        // could keep one would make the optimizer reload the tables.
        let Some((_, a)) = self.locate(start) else {
            return Err(out_of_range(start));
        };
        let Some((_, b)) = self.locate(end) else {
            return Err(out_of_range(end));
        };
        Ok(a.provisional_bits() != b.provisional_bits())
    }

    /// The days that are not working days in `(start, end]`, explained: the
    /// days a term passed over.
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when either date is outside coverage.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let off: Vec<_> = cal.days_off_between(d(3, 20), d(3, 26))?.map(|day| day.date).collect();
    /// assert_eq!(off, [d(3, 21), d(3, 22), d(3, 23), d(3, 24), d(3, 25)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days_off_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<impl Iterator<Item = Day> + '_, CalendarError> {
        // `[start, end]` without its first day, `start`: the day after the
        // last covered day need not be covered for an empty range.
        Ok(self
            .days_between(start, end)?
            .skip(1)
            .filter(|d| !d.is_working()))
    }

    /// The weekdays that are not working days in `year` and the weekend days
    /// that are, as the reference calendar lists them.
    ///
    /// # Errors
    /// [`CalendarError::YearOutOfRange`] outside 2018–2035.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// let (off, on) = Calendar::kazakhstan().exceptions(2025)?;
    /// assert_eq!(off.len(), 16);
    /// assert_eq!(on, [NaiveDate::from_ymd_opt(2025, 1, 5).unwrap()]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn exceptions(&self, year: i32) -> Result<(Vec<NaiveDate>, Vec<NaiveDate>), CalendarError> {
        let (mut off, mut on) = (Vec::new(), Vec::new());
        for day in self.year_days(year)? {
            match (is_weekend(day.date), day.is_working()) {
                (false, false) => off.push(day.date),
                (true, true) => on.push(day.date),
                _ => {}
            }
        }
        Ok((off, on))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The calendar built from scratch from the orders `cal` holds.
    fn rebuilt(cal: &Calendar) -> Calendar {
        let mut carry = Vec::new();
        let years: Vec<Arc<Year>> = cal
            .years
            .iter()
            .map(|y| {
                let assembled = assemble_year(&y.orders, &carry);
                assert_eq!(assembled.errors, []);
                carry.clone_from(&assembled.carry_out);
                Arc::new(Year::new(y.orders.clone(), assembled))
            })
            .collect();
        let tables = table::build(&years);
        Calendar::from_parts(tables, years.into())
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// An update patches the tables (copies the years before, shifts the
    /// years after): the result is the calendar built from scratch.
    #[test]
    fn a_patched_calendar_equals_one_built_from_scratch() {
        let cal = Calendar::kazakhstan();
        assert_eq!(rebuilt(&cal), cal);
        let updates = [
            // One more day off in 2027, one fewer (a working Saturday) in 2030.
            YearOrders {
                year: 2027,
                extra_days_off: vec![ExtraDayOff {
                    date: d(2027, 12, 31),
                    act: ActRef::new("decree"),
                }],
                ..Default::default()
            },
            YearOrders {
                year: 2018,
                extra_days_off: vec![ExtraDayOff {
                    date: d(2018, 1, 3),
                    act: ActRef::new("decree"),
                }],
                ..Default::default()
            },
            // A transfer only: the same number of working days, other dates.
            YearOrders {
                year: 2029,
                transfers: vec![Transfer {
                    from: d(2029, 1, 6),
                    to: d(2029, 1, 5),
                    act: ActRef::new("order"),
                }],
                ..Default::default()
            },
            YearOrders {
                year: 2035,
                kurban_ait: Some(KurbanAit::fixed(d(2035, 2, 19), ActRef::new("fixed"))),
                status: Some(YearStatus::Official),
                ..Default::default()
            },
        ];
        let mut updated = cal.clone();
        for u in &updates {
            updated = updated.with_update(u).unwrap();
            assert_eq!(rebuilt(&updated), updated, "{}", u.year);
        }
        // Sat 6 January 2029 works, Fri 5 January does not.
        assert!(updated.is_working_day(d(2029, 1, 6)).unwrap().value);
        assert!(!updated.is_working_day(d(2029, 1, 5)).unwrap().value);
        // The year after an update is shifted by one working day, not recomputed.
        assert_eq!(
            updated
                .working_days_between(d(2018, 1, 1), d(2019, 1, 1))
                .unwrap()
                .value,
            cal.working_days_between(d(2018, 1, 1), d(2019, 1, 1))
                .unwrap()
                .value
                - 1
        );
    }
}
