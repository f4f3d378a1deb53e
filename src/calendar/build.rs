//! Building the calendar from the law and the acts: the holidays in force,
//! the carry-over of Law on holidays art. 5, and the transfers of Labour
//! Code art. 85(3), validated.

use chrono::{Datelike, NaiveDate, Weekday};

use super::acts::{FIRST_YEAR, LAST_YEAR};
use super::{DayKind, Holiday, UpdateError, YearOrders, YearStatus, error, holiday};

pub(super) fn first_day() -> NaiveDate {
    NaiveDate::from_yo_opt(FIRST_YEAR, 1).unwrap_or(NaiveDate::MIN)
}

pub(super) fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or(NaiveDate::MIN)
}

pub(super) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

pub(super) fn status_in(orders: &[YearOrders], year: i32) -> YearStatus {
    usize::try_from(year.wrapping_sub(FIRST_YEAR))
        .ok()
        .and_then(|i| orders.get(i))
        .and_then(|o| o.status)
        .unwrap_or(YearStatus::Projected)
}

/// Computes every covered day's kind from the law and `orders`, returning
/// the errors of entries that contradict the law (those entries are skipped).
pub(super) fn assemble(orders: &[YearOrders]) -> (Vec<DayKind>, Vec<UpdateError>) {
    let first = first_day();
    let days: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last_day()).collect();
    let mut kinds: Vec<DayKind> = days
        .iter()
        .map(|&d| {
            if is_weekend(d) {
                DayKind::Weekend
            } else {
                DayKind::Working
            }
        })
        .collect();
    let index = |d: NaiveDate| {
        usize::try_from((d - first).num_days())
            .ok()
            .filter(|&i| i < days.len())
    };
    let mut errors = Vec::new();

    // 1. Holidays in force (Law on holidays arts. 2–3) and religious days off
    //    (Labour Code art. 84(5)).
    for order in orders {
        let kurban = order.kurban_ait.as_ref().and_then(|k| {
            if k.date.year() == order.year {
                Some((k.date, Holiday::KurbanAit))
            } else {
                let entry = "Kurban ait";
                errors.push(UpdateError::DateOutsideYear {
                    year: order.year,
                    date: k.date,
                    entry,
                });
                None
            }
        });
        for (date, holiday) in holiday::fixed_days_off(order.year).chain(kurban) {
            if let Some(kind) = index(date).and_then(|i| kinds.get_mut(i)) {
                if !matches!(kind, DayKind::Holiday { .. }) {
                    *kind = DayKind::Holiday {
                        holiday,
                        carried_to: None,
                    };
                }
            }
        }
    }

    // 2. Carry-over (Law on holidays art. 5), in date order so that chains
    //    resolve: 2022-05-07 (Sat) passes 9 May and lands on 10 May.
    for i in 0..kinds.len() {
        let Some(DayKind::Holiday { holiday, .. }) = kinds.get(i).cloned() else {
            continue;
        };
        let Some(&date) = days.get(i) else { continue };
        if !holiday.carries_over() || !is_weekend(date) {
            continue;
        }
        let Some(j) = (i + 1..kinds.len()).find(|&j| kinds.get(j) == Some(&DayKind::Working))
        else {
            continue; // beyond the horizon
        };
        if let (Some(slot), Some(&to)) = (kinds.get_mut(j), days.get(j)) {
            *slot = DayKind::CarryOver {
                holiday,
                holiday_date: date,
            };
            if let Some(DayKind::Holiday { carried_to, .. }) = kinds.get_mut(i) {
                *carried_to = Some(to);
            }
        }
    }

    // 3. Transfers (Labour Code art. 85(3)) and extra days off, validated.
    for order in orders {
        let mut seen: Vec<NaiveDate> = Vec::new();
        let mut check = |date: NaiveDate, entry: &'static str, errors: &mut Vec<UpdateError>| {
            if date.year() != order.year {
                errors.push(UpdateError::DateOutsideYear {
                    year: order.year,
                    date,
                    entry,
                });
                return None;
            }
            if seen.contains(&date) {
                errors.push(UpdateError::Duplicate {
                    year: order.year,
                    date,
                    entry,
                });
                return None;
            }
            seen.push(date);
            index(date)
        };
        for t in &order.transfers {
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
                (DayKind::Holiday { holiday, .. }, _) => Some(UpdateError::TransferFromHoliday {
                    from: t.from,
                    to: t.to,
                    act: act(),
                    holiday: *holiday,
                }),
                (fk, _) if fk.is_working() => Some(UpdateError::TransferFromWorkingDay {
                    from: t.from,
                    to: t.to,
                    act: act(),
                    kind: error::describe_kind(fk),
                }),
                (_, ok) if !ok.is_working() => Some(UpdateError::NotAWorkingDay {
                    entry: "transfer to",
                    to: t.to,
                    act: act(),
                    kind: error::describe_kind(ok),
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
        for x in &order.extra_days_off {
            let Some(i) = check(x.date, "extra day off", &mut errors) else {
                continue;
            };
            match kinds.get_mut(i) {
                Some(k) if k.is_working() => *k = DayKind::DeclaredDayOff { act: x.act.clone() },
                Some(k) => errors.push(UpdateError::NotAWorkingDay {
                    entry: "extra day off",
                    to: x.date,
                    act: x.act.as_str().to_owned(),
                    kind: error::describe_kind(k),
                }),
                None => {}
            }
        }
    }
    (kinds, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_orders_are_valid() {
        let (_, errors) = assemble(&super::super::acts::builtin_orders());
        assert_eq!(errors, []);
    }
}
