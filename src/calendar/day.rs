//! What a day is, and why: every day of the calendar explains itself with
//! its legal basis and its name in Kazakh, Russian and English.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{ActRef, Holiday, YearStatus};
use crate::lang::{Lang, Named};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Why a day is a working day or a day off.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, calendar::{Calendar, DayKind, Holiday}};
/// let cal = Calendar::kazakhstan();
/// // Nauryz 2026: 21 March fell on a Saturday, so 24 March is its carry-over.
/// let day = cal.day(NaiveDate::from_ymd_opt(2026, 3, 24).unwrap())?;
/// assert_eq!(day.kind, DayKind::CarryOver {
///     holiday: Holiday::Nauryz,
///     holiday_date: NaiveDate::from_ymd_opt(2026, 3, 21).unwrap(),
/// });
/// assert_eq!(day.citation().map(|c| c.to_string()).as_deref(), Some("Law on holidays art. 5"));
/// assert!(day.describe(Lang::En).contains("Nauryz"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Non-exhaustive: a new kind of act (a new ground for a day off) becomes a
/// new variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum DayKind {
    /// An ordinary working day, Monday to Friday.
    Working,
    /// A Saturday or Sunday of the 5-day week.
    Weekend,
    /// A holiday (Law on holidays arts. 2–3) or a religious day off (Labour
    /// Code art. 84(5)). It may fall on a weekend; `carried_to` is the day off
    /// it gave under art. 5, if any.
    Holiday {
        /// Which holiday.
        holiday: Holiday,
        /// The carry-over day it gave (Law on holidays art. 5).
        carried_to: Option<NaiveDate>,
    },
    /// A religious day off of Labour Code art. 84(5) whose date is an
    /// **estimate**: the first day of Kurban ait of a year whose date is not
    /// fixed yet ([`rules`](crate::rules) §1). A day off in the calendar, never carried over;
    /// an update with the fixed date replaces it.
    EstimatedHoliday {
        /// Which day off (the first day of Kurban ait).
        holiday: Holiday,
        /// How the date was estimated.
        source: ActRef,
    },
    /// The next working day after a holiday that fell on a weekend (Law on
    /// holidays art. 5).
    CarryOver {
        /// The holiday carried over.
        holiday: Holiday,
        /// The date of that holiday.
        holiday_date: NaiveDate,
    },
    /// A working day made a day off by a transfer (Labour Code art. 85(3)).
    TransferredDayOff {
        /// The day off it came from, which became a working day.
        from: NaiveDate,
        /// The decree or order.
        act: ActRef,
    },
    /// A day off made a working day by a transfer (Labour Code art. 85(3)):
    /// a Saturday, a Sunday, or a carry-over day (2020-05-11).
    WorkingByTransfer {
        /// The day the day off went to.
        to: NaiveDate,
        /// The decree or order.
        act: ActRef,
    },
    /// A working day declared a day off by an act other than a transfer.
    DeclaredDayOff {
        /// The act.
        act: ActRef,
    },
}

impl DayKind {
    /// Whether the day is a working day.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // 2020-05-11: Victory Day's carry-over, moved to 8 May by Government decree
    /// // (Labour Code art. 85(3)): 11 May works, 8 May is off.
    /// assert!(cal.day(d(2020, 5, 11))?.kind.is_working());
    /// assert!(!cal.day(d(2020, 5, 8))?.kind.is_working());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn is_working(&self) -> bool {
        matches!(self, DayKind::Working | DayKind::WorkingByTransfer { .. })
    }

    /// Whether the day is what it is by an estimate, not by a fixed date:
    /// the first day of Kurban ait of a year whose date is not fixed yet
    /// (Labour Code art. 84(5), [`rules`](crate::rules) §1).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // Kurban ait 2028, estimated on Friday 5 May: a day off, marked.
    /// let day = cal.day(d(2028, 5, 5))?;
    /// assert!(day.kind.is_estimate() && !day.is_working());
    /// assert!(!cal.day(d(2026, 5, 27))?.kind.is_estimate()); // fixed for 2026
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn is_estimate(&self) -> bool {
        matches!(self, DayKind::EstimatedHoliday { .. })
    }

    /// The article that makes the day what it is; `None` for an ordinary
    /// working day or weekend day, and for a day declared by an act that
    /// only the [`ActRef`] names.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use kz_appeals::law::Citation;
    /// let cite = |date: NaiveDate| cal.day(date).map(|day| day.kind.citation(2025));
    /// assert_eq!(cite(d(2025, 6, 6))?, Some(Citation::LABOUR_84_5)); // Kurban ait
    /// assert_eq!(cite(d(2025, 3, 24))?, Some(Citation::HOLIDAYS_5)); // carry-over of Nauryz 22 March (Sat)
    /// assert_eq!(cite(d(2025, 1, 5))?, Some(Citation::LABOUR_85_3)); // a working Sunday
    /// assert_eq!(cite(d(2025, 1, 11))?, None); // an ordinary Saturday
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn citation(&self, year: i32) -> Option<Citation> {
        match self {
            DayKind::Working | DayKind::Weekend | DayKind::DeclaredDayOff { .. } => None,
            DayKind::Holiday { holiday, .. } | DayKind::EstimatedHoliday { holiday, .. } => {
                Some(holiday.citation(year))
            }
            DayKind::CarryOver { .. } => Some(Citation::HOLIDAYS_5),
            DayKind::TransferredDayOff { .. } | DayKind::WorkingByTransfer { .. } => {
                Some(Citation::LABOUR_85_3)
            }
        }
    }

    /// The kind, with its reason, in `lang`.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use kz_appeals::Lang;
    /// // 7 May 2022 (Sat) moves to Tue 10 May: 9 May is Victory Day, itself a
    /// // holiday (Law on holidays art. 5).
    /// let day = cal.day(d(2022, 5, 10))?;
    /// assert_eq!(
    ///     day.kind.describe(Lang::En),
    ///     "carry-over of Defender of the Fatherland Day (2022-05-07), which fell on a weekend (Law on holidays art. 5)"
    /// );
    /// assert!(day.kind.describe(Lang::Ru).starts_with("перенесенный выходной"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        let cite = |c: Citation| c.render(lang);
        match (self, lang) {
            (DayKind::Working, Lang::Kk) => "жұмыс күні".into(),
            (DayKind::Working, Lang::Ru) => "рабочий день".into(),
            (DayKind::Working, Lang::En) => "working day".into(),
            (DayKind::Weekend, Lang::Kk) => "демалыс күні".into(),
            (DayKind::Weekend, Lang::Ru) => "выходной день".into(),
            (DayKind::Weekend, Lang::En) => "weekend".into(),
            (
                DayKind::Holiday {
                    holiday,
                    carried_to,
                },
                _,
            ) => {
                let mut s = holiday.name(lang).to_owned();
                if let Some(to) = carried_to {
                    s.push_str(&match lang {
                        Lang::Kk => format!(", демалыс {} күніне ауыстырылды", fmt_date(*to, lang)),
                        Lang::Ru => format!(", выходной перенесен на {}", fmt_date(*to, lang)),
                        Lang::En => format!(", carried over to {}", fmt_date(*to, lang)),
                    });
                }
                s
            }
            (DayKind::EstimatedHoliday { holiday, source }, _) => {
                let (h, c) = (holiday.name(lang), cite(Citation::LABOUR_84_5));
                match lang {
                    Lang::Kk => format!(
                        "{h}: БАҒАЛАНҒАН КҮН ({source}), әлі белгіленбеген, бір күнге ауысуы \
                         мүмкін; күнін жыл сайын Еңбек министрлігі белгілейді ({c})"
                    ),
                    Lang::Ru => format!(
                        "{h}: ОЦЕНОЧНАЯ ДАТА ({source}), ещё не установлена и может сдвинуться \
                         на день; дату ежегодно устанавливает Министерство труда ({c})"
                    ),
                    Lang::En => format!(
                        "{h}: an ESTIMATE ({source}), not fixed yet and may move by a day; \
                         the Ministry of Labour fixes the date each year ({c})"
                    ),
                }
            }
            (
                DayKind::CarryOver {
                    holiday,
                    holiday_date,
                },
                _,
            ) => {
                let (h, d, c) = (
                    holiday.name(lang),
                    fmt_date(*holiday_date, lang),
                    cite(Citation::HOLIDAYS_5),
                );
                match lang {
                    Lang::Kk => format!(
                        "ауыстырылған демалыс күні: {h} ({d}) демалыс күніне сәйкес келді ({c})"
                    ),
                    Lang::Ru => format!("перенесенный выходной: {h} ({d}) совпал с выходным ({c})"),
                    Lang::En => format!("carry-over of {h} ({d}), which fell on a weekend ({c})"),
                }
            }
            (DayKind::TransferredDayOff { from, act }, _) => {
                let (d, c) = (fmt_date(*from, lang), cite(Citation::LABOUR_85_3));
                match lang {
                    Lang::Kk => format!("{d} күнінен ауыстырылған демалыс күні: {act} ({c})"),
                    Lang::Ru => format!("выходной день, перенесенный с {d}: {act} ({c})"),
                    Lang::En => format!("day off transferred from {d} by {act} ({c})"),
                }
            }
            (DayKind::WorkingByTransfer { to, act }, _) => {
                let (d, c) = (fmt_date(*to, lang), cite(Citation::LABOUR_85_3));
                match lang {
                    Lang::Kk => format!("жұмыс күні: демалыс {d} күніне ауыстырылды: {act} ({c})"),
                    Lang::Ru => format!("рабочий день: выходной перенесен на {d}: {act} ({c})"),
                    Lang::En => format!("working day: its day off moved to {d} by {act} ({c})"),
                }
            }
            (DayKind::DeclaredDayOff { act }, Lang::Kk) => {
                format!("жарияланған демалыс күні: {act}")
            }
            (DayKind::DeclaredDayOff { act }, Lang::Ru) => {
                format!("объявленный выходной день: {act}")
            }
            (DayKind::DeclaredDayOff { act }, Lang::En) => format!("day off declared by {act}"),
        }
    }
}

/// A date as written in `lang`: ISO `2026-03-24` in English, `24.03.2026` in
/// Kazakh and Russian.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, calendar::fmt_date};
/// let d = NaiveDate::from_ymd_opt(2026, 3, 24).unwrap();
/// assert_eq!(fmt_date(d, Lang::Ru), "24.03.2026");
/// assert_eq!(fmt_date(d, Lang::En), "2026-03-24");
/// ```
#[must_use]
pub fn fmt_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => date.format("%Y-%m-%d").to_string(),
        Lang::Kk | Lang::Ru => date.format("%d.%m.%Y").to_string(),
    }
}

/// The name of a weekday in `lang`.
///
/// # Example
/// ```
/// use chrono::Weekday;
/// use kz_appeals::{Lang, calendar::weekday_name};
/// assert_eq!(weekday_name(Weekday::Sat, Lang::Kk), "сенбі");
/// ```
#[must_use]
pub const fn weekday_name(weekday: Weekday, lang: Lang) -> &'static str {
    const NAMES: [[&str; 3]; 7] = [
        ["дүйсенбі", "понедельник", "Monday"],
        ["сейсенбі", "вторник", "Tuesday"],
        ["сәрсенбі", "среда", "Wednesday"],
        ["бейсенбі", "четверг", "Thursday"],
        ["жұма", "пятница", "Friday"],
        ["сенбі", "суббота", "Saturday"],
        ["жексенбі", "воскресенье", "Sunday"],
    ];
    let l = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    };
    NAMES[weekday.num_days_from_monday() as usize][l]
}

/// The name of a month in `lang`, as [`weekday_name`] gives a weekday's:
/// Kazakh and Russian in lower case, the Russian in the nominative.
///
/// # Example
/// ```
/// use chrono::Month;
/// use kz_appeals::{Lang, calendar::month_name};
/// assert_eq!(month_name(Month::March, Lang::Kk), "наурыз");
/// assert_eq!(month_name(Month::March, Lang::Ru), "март");
/// assert_eq!(month_name(Month::December, Lang::En), "December");
/// ```
#[must_use]
pub const fn month_name(month: chrono::Month, lang: Lang) -> &'static str {
    const NAMES: [[&str; 3]; 12] = [
        ["қаңтар", "январь", "January"],
        ["ақпан", "февраль", "February"],
        ["наурыз", "март", "March"],
        ["сәуір", "апрель", "April"],
        ["мамыр", "май", "May"],
        ["маусым", "июнь", "June"],
        ["шілде", "июль", "July"],
        ["тамыз", "август", "August"],
        ["қыркүйек", "сентябрь", "September"],
        ["қазан", "октябрь", "October"],
        ["қараша", "ноябрь", "November"],
        ["желтоқсан", "декабрь", "December"],
    ];
    let l = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    };
    NAMES[month.number_from_month() as usize - 1][l]
}

/// One day of the calendar, explained.
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// use kz_appeals::Lang;
/// // 15 March 2027: Constitution Day, a holiday from 2027; 2027 is provisional.
/// let day = cal.day(d(2027, 3, 15))?;
/// assert!(!day.is_working());
/// assert!(day.is_provisional());
/// assert_eq!(day.citation().map(|c| c.to_string()).as_deref(), Some("Law on holidays art. 3"));
/// assert_eq!(day.describe(Lang::En), "Constitution Day");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Day {
    /// The date.
    pub date: NaiveDate,
    /// What the day is, and why.
    pub kind: DayKind,
    /// The status of the day's year: a provisional or projected day may
    /// still change.
    pub status: YearStatus,
}

impl Day {
    /// Whether the day is a working day.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(cal.day(d(2025, 1, 5))?.is_working()); // Sunday, working by transfer
    /// assert!(!cal.day(d(2025, 1, 3))?.is_working()); // Friday, its day off
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn is_working(&self) -> bool {
        self.kind.is_working()
    }
    /// Whether the day may still change (its year is not official).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(!cal.day(d(2026, 12, 31))?.is_provisional());
    /// assert!(cal.day(d(2027, 1, 4))?.is_provisional()); // 2027 is provisional
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn is_provisional(&self) -> bool {
        self.status.is_provisional()
    }
    /// Whether the day is what it is by an estimate (the first day of Kurban
    /// ait of a year whose date is not fixed yet, Labour Code art. 84(5),
    /// [`rules`](crate::rules) §1); see [`DayKind::is_estimate`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // Kurban ait 2031, estimated on Wednesday 2 April.
    /// assert!(cal.day(d(2031, 4, 2))?.is_estimate());
    /// assert!(!cal.day(d(2031, 4, 3))?.is_estimate());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn is_estimate(&self) -> bool {
        self.kind.is_estimate()
    }
    /// The article behind the day's kind, if any.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // Independence Day 16 December 2026 (Law on holidays art. 3 in this crate).
    /// assert_eq!(cal.day(d(2026, 12, 16))?.citation().map(|c| c.to_string()).as_deref(), Some("Law on holidays art. 3"));
    /// assert_eq!(cal.day(d(2026, 12, 15))?.citation(), None); // an ordinary Tuesday
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn citation(&self) -> Option<Citation> {
        self.kind.citation(self.date.year())
    }
    /// The day's kind with its reason in `lang`.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use kz_appeals::Lang;
    /// assert_eq!(cal.day(d(2026, 5, 27))?.describe(Lang::En), "Kurban Ait, day 1");
    /// assert_eq!(cal.day(d(2026, 5, 26))?.describe(Lang::Ru), "рабочий день");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        self.kind.describe(lang)
    }
}

/// A date with its weekday: `2026-03-26 (Thursday)`, `26.03.2026 (четверг)`.
pub(crate) fn fmt_day(date: NaiveDate, lang: Lang) -> String {
    format!(
        "{} ({})",
        fmt_date(date, lang),
        weekday_name(date.weekday(), lang)
    )
}

/// Appends one line per day, with its reason.
pub(crate) fn push_days(out: &mut String, days: impl Iterator<Item = Day>, lang: Lang) {
    for day in days {
        out.push_str("\n  - ");
        out.push_str(&fmt_day(day.date, lang));
        out.push_str(": ");
        out.push_str(&day.describe(lang));
    }
}
