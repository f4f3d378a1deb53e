//! Checking an official's reception schedule (график приема) against п. 7:
//! receptions at least once a month, on the approved schedule.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::calendar::Calendar;
use crate::calendar::CalendarError;
use crate::lang::{Lang, Localized};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The rule checked: п. 7.
pub const RULE: Citation = Citation::regulation(7);

/// A calendar month.
///
/// # Example
/// ```
/// use kz_appeals::reception_schedule::YearMonth;
/// let m = YearMonth { year: 2025, month: 12 };
/// assert_eq!(m.to_string(), "2025-12");
/// assert_eq!(m.next(), Some(YearMonth { year: 2026, month: 1 }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct YearMonth {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
}

impl YearMonth {
    /// The month a date falls in.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::reception_schedule::YearMonth;
    /// assert_eq!(YearMonth::of(NaiveDate::from_ymd_opt(2025, 7, 31).unwrap()), YearMonth { year: 2025, month: 7 });
    /// ```
    #[must_use]
    pub fn of(date: NaiveDate) -> Self {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The following month, or `None` past the supported years or if this
    /// month is not 1–12.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::reception_schedule::YearMonth;
    /// assert_eq!(YearMonth { year: 2025, month: 7 }.next(), Some(YearMonth { year: 2025, month: 8 }));
    /// assert_eq!(YearMonth { year: 2025, month: 13 }.next(), None);
    /// ```
    #[must_use]
    pub fn next(self) -> Option<Self> {
        match self.month {
            12 => self
                .year
                .checked_add(1)
                .map(|year| YearMonth { year, month: 1 }),
            1..=11 => Some(YearMonth {
                year: self.year,
                month: self.month + 1,
            }),
            _ => None,
        }
    }

    fn is_valid(self) -> bool {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).is_some()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// What a schedule check found.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::reception_schedule::{check_schedule, YearMonth};
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // п. 7: one reception a month. Fri 9 January, Mon 9 March (the carry-over of
/// // 8 March, a day off), Wed 11 March: February has none.
/// let days = [d(1, 9), d(3, 9), d(3, 11)];
/// let r = check_schedule(&Calendar::kazakhstan(), &days, YearMonth { year: 2026, month: 1 }, YearMonth { year: 2026, month: 3 })?;
/// assert_eq!(r.months_without_reception, [YearMonth { year: 2026, month: 2 }]);
/// assert_eq!(r.non_working_days, [d(3, 9)]);
/// assert!(!r.provisional);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ScheduleReport {
    /// Months of the period with no reception on a working day (п. 7).
    pub months_without_reception: Vec<YearMonth>,
    /// Scheduled days of the period that are not working days.
    pub non_working_days: Vec<NaiveDate>,
    /// Whether a provisional calendar year was looked at.
    pub provisional: bool,
}

impl ScheduleReport {
    /// True if every month has a reception and every scheduled day is a
    /// working day.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::reception_schedule::{check_schedule, YearMonth};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let m = |month| YearMonth { year: 2026, month };
    /// let cal = Calendar::kazakhstan();
    /// assert!(check_schedule(&cal, &[d(1, 9), d(2, 13), d(3, 11)], m(1), m(3))?.complies());
    /// assert!(!check_schedule(&cal, &[d(1, 9), d(3, 11)], m(1), m(3))?.complies()); // February (п. 7)
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn complies(&self) -> bool {
        self.months_without_reception.is_empty() && self.non_working_days.is_empty()
    }
}

/// Why a schedule could not be checked.
///
/// # Example
/// ```
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::reception_schedule::{check_schedule, ReceptionScheduleError, YearMonth};
/// let (from, to) = (YearMonth { year: 2026, month: 3 }, YearMonth { year: 2026, month: 1 });
/// let err = check_schedule(&Calendar::kazakhstan(), &[], from, to).unwrap_err();
/// assert!(matches!(err, ReceptionScheduleError::EmptyPeriod { .. }));
/// assert!(err.to_string().starts_with("п. 7: the period 2026-03 to 2026-01 ends before it starts"));
/// use kz_appeals::{Lang, Localized};
/// assert!(err.message(Lang::Ru).starts_with("п. 7 Регламента: период с 2026-03 по 2026-01 заканчивается раньше"));
/// assert!(err.message(Lang::Kk).starts_with("Регламенттің 7-тармағы: 2026-03 – 2026-01 кезеңі"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReceptionScheduleError {
    /// A month of the period is not a month.
    #[error("п. 7: {0} is not a month; give the period as year and month 1-12")]
    InvalidMonth(YearMonth),
    /// The period ends before it starts.
    #[error(
        "п. 7: the period {from} to {to} ends before it starts; give the first month, then the last"
    )]
    EmptyPeriod {
        /// The first month given.
        from: YearMonth,
        /// The last month given.
        to: YearMonth,
    },
    /// A period reaching beyond the years the calendar covers.
    #[error(
        "п. 7: the period {from} to {to} reaches beyond the calendar, which covers \
         {first} to {last}; check a period within those months"
    )]
    OutsideCalendar {
        /// The first month given.
        from: YearMonth,
        /// The last month given.
        to: YearMonth,
        /// The first covered month.
        first: YearMonth,
        /// The last covered month.
        last: YearMonth,
    },
    /// The working-day calendar could not answer.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}

impl Localized for ReceptionScheduleError {
    /// The rule (п. 7) rendered in `lang`; a calendar error is rendered by
    /// [`CalendarError`]'s own `message`.
    fn message(&self, lang: Lang) -> String {
        let rule = RULE.render(lang);
        match (self, lang) {
            (ReceptionScheduleError::Calendar(e), _) => e.message(lang),
            (_, Lang::En) => self.to_string(),
            (ReceptionScheduleError::InvalidMonth(m), Lang::Ru) => {
                format!("{rule}: {m} не является месяцем; укажите период годом и месяцем 1-12")
            }
            (ReceptionScheduleError::InvalidMonth(m), Lang::Kk) => {
                format!("{rule}: {m} ай емес; кезеңді жылмен және 1-12 аймен көрсетіңіз")
            }
            (ReceptionScheduleError::EmptyPeriod { from, to }, Lang::Ru) => format!(
                "{rule}: период с {from} по {to} заканчивается раньше, чем начинается; укажите сначала первый месяц, затем последний"
            ),
            (ReceptionScheduleError::EmptyPeriod { from, to }, Lang::Kk) => format!(
                "{rule}: {from} – {to} кезеңі басталмай тұрып аяқталады; алдымен бірінші айды, содан кейін соңғы айды көрсетіңіз"
            ),
            (
                ReceptionScheduleError::OutsideCalendar {
                    from,
                    to,
                    first,
                    last,
                },
                Lang::Ru,
            ) => format!(
                "{rule}: период с {from} по {to} выходит за пределы календаря, который охватывает {first} – {last}; проверьте период в этих месяцах"
            ),
            (
                ReceptionScheduleError::OutsideCalendar {
                    from,
                    to,
                    first,
                    last,
                },
                Lang::Kk,
            ) => format!(
                "{rule}: {from} – {to} кезеңі {first} – {last} аралығын қамтитын күнтізбенің шегінен шығады; осы айлар ішіндегі кезеңді тексеріңіз"
            ),
        }
    }
}

/// Checks an official's schedule for the months `from` to `to` (inclusive)
/// against п. 7: reports the months with no reception and the scheduled days
/// that are not working days. Days outside the period are ignored.
///
/// **Reading.** A reception scheduled on a day off does not count for its
/// month: receptions are part of the official's work on working days (п. 4
/// takes requests on working days, in working hours), so such a day is
/// reported and the month is checked without it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::reception_schedule::{check_schedule, YearMonth};
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// // Wed 4 June; Sat 12 July (a day off); Mon 4 August.
/// let days = [d(6, 4), d(7, 12), d(8, 4)];
/// let r = check_schedule(&Calendar::kazakhstan(), &days, YearMonth { year: 2025, month: 6 }, YearMonth { year: 2025, month: 8 })?;
/// assert_eq!(r.months_without_reception, [YearMonth { year: 2025, month: 7 }]);
/// assert_eq!(r.non_working_days, [d(7, 12)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// The period is bounded by the calendar: a period reaching beyond the
/// years it covers is an error, never a guess ([`rules`](crate::rules) §1).
///
/// ```
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::reception_schedule::{check_schedule, ReceptionScheduleError, YearMonth};
/// let (from, to) = (YearMonth { year: 2026, month: 1 }, YearMonth { year: 9999, month: 12 });
/// let err = check_schedule(&Calendar::kazakhstan(), &[], from, to).unwrap_err();
/// assert!(matches!(err, ReceptionScheduleError::OutsideCalendar { .. }));
/// assert!(err.to_string().contains("2018-01 to 2035-12"));
/// ```
///
/// # Errors
/// [`ReceptionScheduleError::InvalidMonth`], [`ReceptionScheduleError::EmptyPeriod`] for a bad
/// period; [`ReceptionScheduleError::OutsideCalendar`] for a period beyond the
/// calendar's years.
pub fn check_schedule(
    calendar: &Calendar,
    days: &[NaiveDate],
    from: YearMonth,
    to: YearMonth,
) -> Result<ScheduleReport, ReceptionScheduleError> {
    for m in [from, to] {
        if !m.is_valid() {
            return Err(ReceptionScheduleError::InvalidMonth(m));
        }
    }
    if to < from {
        return Err(ReceptionScheduleError::EmptyPeriod { from, to });
    }
    let years = calendar.years();
    if !years.contains(&from.year) || !years.contains(&to.year) {
        return Err(ReceptionScheduleError::OutsideCalendar {
            from,
            to,
            first: YearMonth {
                year: *years.start(),
                month: 1,
            },
            last: YearMonth {
                year: *years.end(),
                month: 12,
            },
        });
    }
    let mut in_period: Vec<NaiveDate> = days
        .iter()
        .copied()
        .filter(|d| (from..=to).contains(&YearMonth::of(*d)))
        .collect();
    in_period.sort_unstable();
    in_period.dedup();
    let mut provisional = false;
    let mut covered = std::collections::BTreeSet::new();
    let mut non_working_days = Vec::new();
    for day in in_period {
        let w = calendar.is_working_day(day)?;
        provisional |= w.provisional;
        if w.value {
            covered.insert(YearMonth::of(day));
        } else {
            non_working_days.push(day);
        }
    }
    let months = std::iter::successors(Some(from), |m| m.next().filter(|n| *n <= to));
    let months_without_reception = months.filter(|m| !covered.contains(m)).collect();
    Ok(ScheduleReport {
        months_without_reception,
        non_working_days,
        provisional,
    })
}
