//! Building the calendar from the law and the acts, one year at a time: the
//! holidays in force, the carry-over of Law on holidays art. 5, and the
//! transfers of Labour Code art. 85(3), validated.
//!
//! A year is assembled on its own, from its orders and the carry-overs that
//! the year before passed on to it (none under the law in force: the last
//! holiday of a year, 16 December, is carried at most to 18 December). So an
//! update of one year recomputes that year alone, and the years after it
//! only when what it passes on changes.

use chrono::{Datelike, NaiveDate, Weekday};

use super::acts::{FIRST_YEAR, LAST_YEAR};
use super::{DayKind, Holiday, UpdateError, YearOrders, YearStatus, holiday};

pub(super) const fn first_day() -> NaiveDate {
    match NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

pub(super) const fn last_day() -> NaiveDate {
    match NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

pub(super) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Whether `kind` needs no explanation beyond the day of the week: an
/// ordinary working weekday or an ordinary weekend day.
pub(super) const fn is_plain(kind: &DayKind) -> bool {
    matches!(kind, DayKind::Working | DayKind::Weekend)
}

/// A holiday of the Law that fell on a weekend and still waits for its
/// carry-over day (Law on holidays art. 5).
pub(super) type Pending = (NaiveDate, Holiday);

/// One assembled year: the kind of each of its days, the carry-overs it
/// passes on to the next year, and the errors of entries that contradict the
/// law (those entries are skipped).
pub(super) struct AssembledYear {
    pub(super) kinds: Vec<DayKind>,
    pub(super) carry_out: Vec<Pending>,
    pub(super) errors: Vec<UpdateError>,
}

/// The status a year has with `orders`: the one they give, projected when
/// they give none.
pub(super) fn status_of(orders: &YearOrders) -> YearStatus {
    orders.status.unwrap_or(YearStatus::Projected)
}

/// Computes the kind of every day of `orders.year` from the law, `orders`
/// and the carry-overs `carry_in` the year before passed on.
pub(super) fn assemble_year(orders: &YearOrders, carry_in: &[Pending]) -> AssembledYear {
    let year = orders.year;
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_yo_opt(year, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return AssembledYear {
            kinds: Vec::new(),
            carry_out: Vec::new(),
            errors: Vec::new(),
        };
    };
    // Weekdays by arithmetic: asking chrono for each day's weekday and date
    // would cost more than the rest of the assembly.
    let len = dec31.ordinal() as usize;
    let monday_offset = jan1.weekday().num_days_from_monday() as usize;
    let weekend = |i: usize| (monday_offset + i) % 7 >= 5;
    let mut kinds: Vec<DayKind> = (0..len)
        .map(|i| {
            if weekend(i) {
                DayKind::Weekend
            } else {
                DayKind::Working
            }
        })
        .collect();
    let index = |d: NaiveDate| (d.year() == year).then(|| d.ordinal0() as usize);
    let date_at = |i: usize| {
        u32::try_from(i)
            .ok()
            .and_then(|o| NaiveDate::from_yo_opt(year, o + 1))
    };
    let mut errors = Vec::new();

    // 1. Holidays in force (Law on holidays arts. 2–3) and religious days off
    //    (Labour Code art. 84(5)), the Kurban ait of the year fixed or
    //    estimated.
    let kurban = orders.kurban_ait.as_ref().and_then(|k| {
        if k.date.year() == year {
            Some(k)
        } else {
            errors.push(UpdateError::DateOutsideYear {
                year,
                date: k.date,
                entry: "Kurban ait",
            });
            None
        }
    });
    for (date, holiday) in holiday::fixed_days_off(year) {
        if let Some(kind) = index(date).and_then(|i| kinds.get_mut(i)) {
            if !matches!(kind, DayKind::Holiday { .. }) {
                *kind = DayKind::Holiday {
                    holiday,
                    carried_to: None,
                };
            }
        }
    }
    if let Some(k) = kurban {
        if let Some(kind) = index(k.date).and_then(|i| kinds.get_mut(i)) {
            // On a holiday of the Law (2032-03-22 on Nauryz) the day is off
            // either way, and a religious day off never carries over.
            if !matches!(kind, DayKind::Holiday { .. }) {
                *kind = if k.estimate {
                    DayKind::EstimatedHoliday {
                        holiday: Holiday::KurbanAit,
                        source: k.source.clone(),
                    }
                } else {
                    DayKind::Holiday {
                        holiday: Holiday::KurbanAit,
                        carried_to: None,
                    }
                };
            }
        }
    }

    // 2. Carry-over (Law on holidays art. 5), in date order so that chains
    //    resolve: 2022-05-07 (Sat) passes 9 May and lands on 10 May. Each
    //    ordinary working day takes the earliest holiday still waiting.
    let mut pending: std::collections::VecDeque<Pending> = carry_in.iter().copied().collect();
    for i in 0..kinds.len() {
        match kinds.get(i) {
            Some(DayKind::Holiday { holiday, .. }) if holiday.carries_over() && weekend(i) => {
                if let Some(date) = date_at(i) {
                    pending.push_back((date, *holiday));
                }
            }
            Some(DayKind::Working) => {
                let Some((holiday_date, holiday)) = pending.pop_front() else {
                    continue;
                };
                if let Some(k) = kinds.get_mut(i) {
                    *k = DayKind::CarryOver {
                        holiday,
                        holiday_date,
                    };
                }
                // The holiday itself, if it is in this year, names its day.
                if let (Some(DayKind::Holiday { carried_to, .. }), Some(date)) = (
                    index(holiday_date).and_then(|h| kinds.get_mut(h)),
                    date_at(i),
                ) {
                    *carried_to = Some(date);
                }
            }
            _ => {}
        }
    }

    // 3. Transfers (Labour Code art. 85(3)) and extra days off, validated.
    let mut seen: Vec<NaiveDate> = Vec::new();
    let mut check = |date: NaiveDate, entry: &'static str, errors: &mut Vec<UpdateError>| {
        if date.year() != year {
            errors.push(UpdateError::DateOutsideYear { year, date, entry });
            return None;
        }
        if seen.contains(&date) {
            errors.push(UpdateError::Duplicate { year, date, entry });
            return None;
        }
        seen.push(date);
        index(date)
    };
    for t in &orders.transfers {
        let from = check(t.from, "transfer from", &mut errors);
        let to = check(t.to, "transfer to", &mut errors);
        let (Some(f), Some(o)) = (from, to) else {
            continue;
        };
        let (Some(fk), Some(ok)) = (kinds.get(f), kinds.get(o)) else {
            continue;
        };
        let act = || t.act.as_str().to_owned();
        let error = match (fk, ok) {
            (DayKind::Holiday { holiday, .. } | DayKind::EstimatedHoliday { holiday, .. }, _) => {
                Some(UpdateError::TransferFromHoliday {
                    from: t.from,
                    to: t.to,
                    act: act(),
                    holiday: *holiday,
                })
            }
            (fk, _) if fk.is_working() => Some(UpdateError::TransferFromWorkingDay {
                from: t.from,
                to: t.to,
                act: act(),
                kind: fk.clone(),
            }),
            (_, ok) if !ok.is_working() => Some(UpdateError::NotAWorkingDay {
                entry: "transfer to",
                to: t.to,
                act: act(),
                kind: ok.clone(),
            }),
            _ => None,
        };
        if let Some(e) = error {
            errors.push(e);
            continue;
        }
        if let Some(k) = kinds.get_mut(f) {
            *k = DayKind::WorkingByTransfer {
                to: t.to,
                act: t.act.clone(),
            };
        }
        if let Some(k) = kinds.get_mut(o) {
            *k = DayKind::TransferredDayOff {
                from: t.from,
                act: t.act.clone(),
            };
        }
    }
    for x in &orders.extra_days_off {
        let Some(i) = check(x.date, "extra day off", &mut errors) else {
            continue;
        };
        match kinds.get_mut(i) {
            Some(k) if k.is_working() => *k = DayKind::DeclaredDayOff { act: x.act.clone() },
            Some(k) => errors.push(UpdateError::NotAWorkingDay {
                entry: "extra day off",
                to: x.date,
                act: x.act.as_str().to_owned(),
                kind: k.clone(),
            }),
            None => {}
        }
    }

    // 4. A year whose Kurban ait is an estimate cannot be official.
    if status_of(orders) == YearStatus::Official {
        if let Some(k) = kurban.filter(|k| k.estimate) {
            errors.push(UpdateError::OfficialWithEstimate { year, date: k.date });
        }
    }
    AssembledYear {
        kinds,
        carry_out: pending.into_iter().collect(),
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_orders_are_valid() {
        let mut carry = Vec::new();
        for orders in super::super::acts::builtin_orders() {
            let year = assemble_year(&orders, &carry);
            assert_eq!(year.errors, [], "{}", orders.year);
            carry = year.carry_out;
        }
        // Nothing is carried beyond the horizon.
        assert_eq!(carry, []);
    }
}
