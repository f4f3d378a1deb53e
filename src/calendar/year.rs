//! One year as the calendar keeps it: its orders, and the explanation of
//! each day that is not a plain weekday or weekend, in 4 bytes (DESIGN.md,
//! "A compact calendar"): the dates it names as day offsets, the acts as
//! indices into the year's orders, which hold each act once. A plain day
//! explains itself by its weekday.

use chrono::{Datelike, NaiveDate};

use super::build::{AssembledYear, Pending, is_plain, is_weekend, status_of};
use super::table::{Counts, Entry, YEAR_SLOTS};
use super::{DayKind, Holiday, YearOrders};

/// The explanation of a day that is not plain, in 4 bytes: the dates it
/// names as day offsets from itself, the acts as indices into the year's
/// orders, which hold them once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Special {
    /// [`DayKind::Holiday`]; `carried_to` 0 when it gave no carry-over.
    Holiday { holiday: Holiday, carried_to: i16 },
    /// [`DayKind::EstimatedHoliday`]; the source is the year's Kurban ait.
    Estimated(Holiday),
    /// [`DayKind::CarryOver`].
    CarryOver { holiday: Holiday, holiday_at: i16 },
    /// [`DayKind::TransferredDayOff`]: the index of the transfer.
    TransferredDayOff(u16),
    /// [`DayKind::WorkingByTransfer`]: the index of the transfer.
    WorkingByTransfer(u16),
    /// [`DayKind::DeclaredDayOff`]: the index of the extra day off.
    DeclaredDayOff(u16),
}

fn offset(from: NaiveDate, to: NaiveDate) -> i16 {
    i16::try_from((to - from).num_days()).unwrap_or(0)
}

fn at(date: NaiveDate, offset: i16) -> Option<NaiveDate> {
    date.checked_add_signed(chrono::TimeDelta::days(i64::from(offset)))
}

impl Special {
    /// The compact form of `kind`, the kind of `date` under `orders`;
    /// `None` for a plain day.
    fn of(kind: &DayKind, date: NaiveDate, orders: &YearOrders) -> Option<Special> {
        let index = |i: Option<usize>| i.and_then(|i| u16::try_from(i).ok());
        let transfer = |pick: fn(&super::Transfer) -> NaiveDate| {
            index(orders.transfers.iter().position(|t| pick(t) == date))
        };
        match kind {
            DayKind::Working | DayKind::Weekend => None,
            DayKind::Holiday {
                holiday,
                carried_to,
            } => Some(Special::Holiday {
                holiday: *holiday,
                carried_to: carried_to.map_or(0, |to| offset(date, to)),
            }),
            DayKind::EstimatedHoliday { holiday, .. } => Some(Special::Estimated(*holiday)),
            DayKind::CarryOver {
                holiday,
                holiday_date,
            } => Some(Special::CarryOver {
                holiday: *holiday,
                holiday_at: offset(date, *holiday_date),
            }),
            DayKind::TransferredDayOff { .. } => transfer(|t| t.to).map(Special::TransferredDayOff),
            DayKind::WorkingByTransfer { .. } => {
                transfer(|t| t.from).map(Special::WorkingByTransfer)
            }
            DayKind::DeclaredDayOff { .. } => {
                index(orders.extra_days_off.iter().position(|x| x.date == date))
                    .map(Special::DeclaredDayOff)
            }
        }
    }

    /// The kind it stands for, on `date` under `orders`.
    fn kind(self, date: NaiveDate, orders: &YearOrders) -> Option<DayKind> {
        Some(match self {
            Special::Holiday {
                holiday,
                carried_to,
            } => DayKind::Holiday {
                holiday,
                carried_to: if carried_to == 0 {
                    None
                } else {
                    Some(at(date, carried_to)?)
                },
            },
            Special::Estimated(holiday) => DayKind::EstimatedHoliday {
                holiday,
                source: orders.kurban_ait.as_ref()?.source.clone(),
            },
            Special::CarryOver {
                holiday,
                holiday_at,
            } => DayKind::CarryOver {
                holiday,
                holiday_date: at(date, holiday_at)?,
            },
            Special::TransferredDayOff(i) => {
                let t = orders.transfers.get(usize::from(i))?;
                DayKind::TransferredDayOff {
                    from: t.from,
                    act: t.act.clone(),
                }
            }
            Special::WorkingByTransfer(i) => {
                let t = orders.transfers.get(usize::from(i))?;
                DayKind::WorkingByTransfer {
                    to: t.to,
                    act: t.act.clone(),
                }
            }
            Special::DeclaredDayOff(i) => DayKind::DeclaredDayOff {
                act: orders.extra_days_off.get(usize::from(i))?.act.clone(),
            },
        })
    }

    const fn is_working(self) -> bool {
        matches!(self, Special::WorkingByTransfer(_))
    }
}

/// One year as the calendar keeps it: its orders, the explanation of each
/// day that is not plain, and what it passes on to the next year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Year {
    pub(super) orders: YearOrders,
    /// `(day of the year from 0, explanation)`, sorted.
    specials: Box<[(u16, Special)]>,
    pub(super) carry_out: Vec<Pending>,
}

impl Year {
    pub(super) fn new(orders: YearOrders, assembled: AssembledYear) -> Year {
        let specials = assembled
            .kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| !is_plain(k))
            .filter_map(|(i, k)| {
                let i = u16::try_from(i).ok()?;
                let date = NaiveDate::from_yo_opt(orders.year, u32::from(i) + 1)?;
                Some((i, Special::of(k, date, &orders)?))
            })
            .collect::<Vec<_>>()
            .into_boxed_slice();
        Year {
            orders,
            specials,
            carry_out: assembled.carry_out,
        }
    }

    /// The kind of `date`, a day of this year.
    pub(super) fn kind(&self, date: NaiveDate) -> DayKind {
        let key = u16::try_from(date.ordinal0()).unwrap_or(u16::MAX);
        let plain = || {
            if is_weekend(date) {
                DayKind::Weekend
            } else {
                DayKind::Working
            }
        };
        self.specials
            .binary_search_by_key(&key, |(i, _)| *i)
            .ok()
            .and_then(|found| self.specials.get(found))
            .and_then(|(_, special)| special.kind(date, &self.orders))
            .unwrap_or_else(plain)
    }

    /// Appends the slots and working dates of this year, whose first day
    /// is `jan1`, counting on from `counts` before it; returns the counts
    /// after its last day.
    pub(super) fn fill(
        &self,
        jan1: NaiveDate,
        mut counts: Counts,
        table: &mut Vec<Entry>,
        working: &mut Vec<NaiveDate>,
    ) -> Counts {
        let provisional = u32::from(status_of(&self.orders).is_provisional());
        let len = NaiveDate::from_ymd_opt(jan1.year(), 12, 31)
            .map_or(0, |d| d.ordinal() as usize)
            .min(366);
        // Working or not: by the day of the week, then the explanations.
        let mut is_working = [false; 366];
        let mut weekday = jan1.weekday().num_days_from_monday();
        for w in &mut is_working {
            *w = weekday < 5;
            weekday = if weekday == 6 { 0 } else { weekday + 1 };
        }
        for (o, special) in &self.specials {
            if let Some(w) = is_working.get_mut(usize::from(*o)) {
                *w = special.is_working();
            }
        }
        // Entries and working dates into buffers of a year's size, without
        // a capacity check a day, then appended at once. Slot 0 and the
        // slots after the last day hold the counts before and after the
        // year: they count no working day and no day of a provisional year.
        let mut entries = [Entry::new(counts, false, false); YEAR_SLOTS];
        let mut dates = [NaiveDate::MIN; 366];
        let mut n_working = 0;
        let mut date = jan1;
        let days = entries.get_mut(1..).unwrap_or_default();
        for (i, (&w, entry)) in is_working.iter().zip(&mut *days).enumerate().take(len) {
            counts.working += u32::from(w);
            counts.provisional += provisional;
            if let Some(slot) = dates.get_mut(n_working) {
                *slot = date;
            }
            n_working += usize::from(w);
            *entry = Entry::new(counts, w, i + 1 == len);
            date = date.succ_opt().unwrap_or(date);
        }
        for entry in days.get_mut(len..).unwrap_or_default() {
            *entry = Entry::new(counts, false, false);
        }
        table.extend_from_slice(&entries);
        working.extend_from_slice(dates.get(..n_working).unwrap_or_default());
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compact explanations give back every assembled kind, for the
    /// built-in orders and for an update with every kind of entry.
    #[test]
    fn compact_explanations_round_trip() {
        use super::super::build::assemble_year;
        use super::super::{ActRef, ExtraDayOff, Transfer};
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
        let mut all = super::super::acts::builtin_orders();
        if let Some(o) = all.iter_mut().find(|o| o.year == 2029) {
            o.transfers.push(Transfer {
                from: d(2029, 1, 6),
                to: d(2029, 1, 5),
                act: ActRef::new("order"),
            });
            o.extra_days_off.push(ExtraDayOff {
                date: d(2029, 12, 31),
                act: ActRef::new("decree"),
            });
        }
        let mut carry = Vec::new();
        for orders in all {
            let assembled = assemble_year(&orders, &carry);
            let kinds = assembled.kinds.clone();
            carry.clone_from(&assembled.carry_out);
            let year = Year::new(orders.clone(), assembled);
            for (date, kind) in d(orders.year, 1, 1).iter_days().zip(kinds) {
                assert_eq!(year.kind(date), kind, "{date}");
            }
        }
    }
}
