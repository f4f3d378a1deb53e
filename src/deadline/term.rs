//! Legal terms counted on the working-day calendar ([`rules`](crate::rules) §2), and the
//! deadline each term gives, with its legal basis and its trace.
//!
//! # How a term is counted
//! - A term runs from the **day after** its event (APPC art. 76(2), Civil
//!   Code art. 173).
//! - [`Term::WorkingDaysAfter`]: the N-th working day strictly after the
//!   event. "Within N working days from X" is the same day.
//! - [`Term::CalendarDaysAfter`]: the event plus N days; if that day is not
//!   a working day, the next working day (APPC art. 76(5), Civil Code
//!   art. 175).
//! - [`Term::MonthsAfter`]: the same day of the month N months later, or the
//!   last day of that month when it has no such day (Civil Code art. 174(3));
//!   then moved forward like a calendar-day term. Always counted from the
//!   event itself, never chained: 31 January + 2 months is 31 March.
//! - [`Term::WorkingDaysBefore`]: "not later than N working days before" an
//!   event: the N-th working day strictly before it.
//!
//! # Deadline and trace
//! [`Term::due`] gives a [`Deadline`]: the date, the rule that sets the term
//! (a [`Citation`]), whether the date rests on a provisional day of the
//! calendar, and — on demand, from the calendar — the days off the term
//! passed over ([`Deadline::passed_over`]) and an explanation in Kazakh,
//! Russian or English ([`Deadline::explain`]). Computing the date is O(1)
//! and allocates nothing; the trace is produced only when asked for.

use chrono::{Days, Months, NaiveDate};

use super::reading::Reading;
use crate::calendar::{Calendar, CalendarError, Day, fmt_date, fmt_day, push_days};
use crate::lang::ru_plural;
use crate::lang::{Lang, Localized, Named};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A term: a count and the way it is counted ([`rules`](crate::rules) §2).
///
/// Serialized internally tagged by `"kind"` (the team convention), with its
/// `"count"`: `{"kind": "working_days_after", "count": 15}`, and
/// `{"kind": "set_date"}` for [`Term::SetDate`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // п. 25: 15 working days from registration on Thursday 26 March 2026.
/// let due = Term::WorkingDaysAfter(15).due(&cal, d(3, 26), Citation::regulation(25))?;
/// assert_eq!(due.date, d(4, 16));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "TermRepr", into = "TermRepr"))]
pub enum Term {
    /// N working days after the event: the N-th working day strictly after
    /// it (APPC art. 76(2), Civil Code art. 173). Also "within N working
    /// days from" the event.
    WorkingDaysAfter(u32),
    /// N calendar days after the event, moved to the next working day when
    /// it ends on a day off (APPC art. 76(2), (5); Civil Code arts. 173, 175).
    CalendarDaysAfter(u32),
    /// N months after the event, clamped to the month's last day (Civil Code
    /// art. 174(3)), then moved to the next working day when it ends on a day
    /// off (APPC art. 76(5), Civil Code art. 175).
    MonthsAfter(u32),
    /// Not later than N working days before the event: the N-th working day
    /// strictly before it (regulation п. 16, 22, 25, 28).
    WorkingDaysBefore(u32),
    /// A date the body sets itself: the "concrete deadline" of an instruction
    /// in the protocol (п. 19, 32), the correction period (п. 6). The event
    /// is the date set; when it is not a working day the term ends on the
    /// next working day (APPC art. 76(5), Civil Code art. 175). Its count
    /// is 0.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // An instruction due Saturday 9 May 2026: 10 May is a Sunday and
    /// // 11 May the carry-over of Victory Day, so it is due Tuesday 12 May.
    /// let due = Term::SetDate.due(&cal, d(5, 9), Citation::regulation(19))?;
    /// assert_eq!(due.date, d(5, 12));
    /// assert_eq!(Term::SetDate.due(&cal, d(5, 13), Citation::regulation(19))?.date, d(5, 13));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    SetDate,
}

/// The serde form of [`Term`]: internally tagged by `"kind"`, the count in
/// `"count"` (a newtype variant cannot be internally tagged).
#[cfg(feature = "serde")]
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum TermRepr {
    WorkingDaysAfter { count: u32 },
    CalendarDaysAfter { count: u32 },
    MonthsAfter { count: u32 },
    WorkingDaysBefore { count: u32 },
    SetDate,
}

#[cfg(feature = "serde")]
impl From<TermRepr> for Term {
    fn from(r: TermRepr) -> Term {
        match r {
            TermRepr::WorkingDaysAfter { count } => Term::WorkingDaysAfter(count),
            TermRepr::CalendarDaysAfter { count } => Term::CalendarDaysAfter(count),
            TermRepr::MonthsAfter { count } => Term::MonthsAfter(count),
            TermRepr::WorkingDaysBefore { count } => Term::WorkingDaysBefore(count),
            TermRepr::SetDate => Term::SetDate,
        }
    }
}

#[cfg(feature = "serde")]
impl From<Term> for TermRepr {
    fn from(t: Term) -> TermRepr {
        match t {
            Term::WorkingDaysAfter(count) => TermRepr::WorkingDaysAfter { count },
            Term::CalendarDaysAfter(count) => TermRepr::CalendarDaysAfter { count },
            Term::MonthsAfter(count) => TermRepr::MonthsAfter { count },
            Term::WorkingDaysBefore(count) => TermRepr::WorkingDaysBefore { count },
            Term::SetDate => TermRepr::SetDate,
        }
    }
}

/// The counting articles of each kind of term.
const AFTER_WORKING: &[Citation] = &[Citation::APPC_76_2, Citation::CIVIL_173];
const AFTER_CALENDAR: &[Citation] = &[
    Citation::APPC_76_2,
    Citation::CIVIL_173,
    Citation::APPC_76_5,
    Citation::CIVIL_175,
];
const SET_DATE: &[Citation] = &[Citation::APPC_76_5, Citation::CIVIL_175];
const AFTER_MONTHS: &[Citation] = &[
    Citation::CIVIL_174_3,
    Citation::APPC_76_5,
    Citation::CIVIL_175,
];

impl Term {
    /// "Within N working days from" the event (APPC art. 64(7), п. 26): the
    /// same day as [`Term::WorkingDaysAfter`].
    ///
    /// # Example
    /// ```
    /// use kz_appeals::term::Term;
    /// assert_eq!(Term::within_working_days(3), Term::WorkingDaysAfter(3));
    /// ```
    #[must_use]
    pub const fn within_working_days(n: u32) -> Term {
        Term::WorkingDaysAfter(n)
    }

    /// The count N.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::term::Term;
    /// assert_eq!(Term::MonthsAfter(2).count(), 2);
    /// ```
    #[must_use]
    pub const fn count(self) -> u32 {
        match self {
            Term::WorkingDaysAfter(n)
            | Term::CalendarDaysAfter(n)
            | Term::MonthsAfter(n)
            | Term::WorkingDaysBefore(n) => n,
            Term::SetDate => 0,
        }
    }

    /// The articles on how the term is counted ([`rules`](crate::rules) §2): APPC
    /// art. 76(2) and Civil Code art. 173 for the start, art. 76(5) and
    /// art. 175 for an end on a day off, art. 174(3) for months. A term
    /// counted back from an event has no counting article of its own; the
    /// paragraph that sets it says "not later than N working days before".
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{law::Citation, term::Term};
    /// assert_eq!(Term::WorkingDaysAfter(15).counting_rules(), [Citation::APPC_76_2, Citation::CIVIL_173]);
    /// assert!(Term::MonthsAfter(2).counting_rules().contains(&Citation::CIVIL_174_3));
    /// ```
    #[must_use]
    pub const fn counting_rules(self) -> &'static [Citation] {
        match self {
            Term::WorkingDaysAfter(_) => AFTER_WORKING,
            Term::CalendarDaysAfter(_) => AFTER_CALENDAR,
            Term::MonthsAfter(_) => AFTER_MONTHS,
            Term::WorkingDaysBefore(_) => &[],
            Term::SetDate => SET_DATE,
        }
    }

    /// The end of a calendar-day or month term before any move to a working
    /// day: `from` + N days, or `from` + N months clamped to the month's end
    /// (Civil Code art. 174(3), with chrono's `checked_add_months`). For
    /// working-day terms, `None`: they always end on a working day.
    ///
    /// # Errors
    /// [`TermError::Overflow`] when the date is beyond what a date can hold.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::term::Term;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // 31 January + 1 month: February has no 31st, so its last day.
    /// assert_eq!(Term::MonthsAfter(1).nominal_end(d(2026, 1, 31))?, Some(d(2026, 2, 28)));
    /// assert_eq!(Term::MonthsAfter(2).nominal_end(d(2026, 1, 31))?, Some(d(2026, 3, 31)));
    /// assert_eq!(Term::WorkingDaysAfter(2).nominal_end(d(2026, 1, 31))?, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn nominal_end(self, from: NaiveDate) -> Result<Option<NaiveDate>, TermError> {
        let end = match self {
            Term::CalendarDaysAfter(n) => from.checked_add_days(Days::new(u64::from(n))),
            Term::MonthsAfter(n) => from.checked_add_months(Months::new(n)),
            Term::SetDate => Some(from),
            Term::WorkingDaysAfter(_) | Term::WorkingDaysBefore(_) => return Ok(None),
        };
        end.map(Some)
            .ok_or(TermError::Overflow { from, term: self })
    }

    /// The deadline of this term counted from (or, for
    /// [`Term::WorkingDaysBefore`], back from) `from`, under `rule`: the
    /// paragraph or article that sets the term (п. 25, APPC art. 73…). O(1),
    /// no allocation.
    ///
    /// # Errors
    /// [`TermError::ZeroCount`] for a count of 0; [`TermError::Overflow`] for
    /// a count no date can hold; [`TermError::Calendar`] when `from` or the
    /// end lies outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::{Term, TermError}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // 30 calendar days after 2026-04-01 is Friday 1 May, Unity Day;
    /// // Saturday 2 and Sunday 3 May follow, so the term ends on Monday 4 May.
    /// let due = Term::CalendarDaysAfter(30).due(&cal, d(4, 1), Citation::regulation(26))?;
    /// assert_eq!(due.date, d(5, 4));
    /// // Friday 13 February, 3 working days before: Tuesday 10 February.
    /// let notice = Term::WorkingDaysBefore(3).due(&cal, d(2, 13), Citation::regulation(28))?;
    /// assert_eq!(notice.date, d(2, 10));
    /// assert!(matches!(
    ///     Term::WorkingDaysAfter(0).due(&cal, d(2, 13), Citation::regulation(25)),
    ///     Err(TermError::ZeroCount { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline(always)]
    pub fn due(
        self,
        cal: &Calendar,
        from: NaiveDate,
        rule: Citation,
    ) -> Result<Deadline, TermError> {
        if self.count() == 0 && self != Term::SetDate {
            return Err(TermError::ZeroCount { from, term: self });
        }
        let end = match self {
            Term::WorkingDaysAfter(n) => cal.add_working_days(from, n)?,
            Term::WorkingDaysBefore(n) => cal.sub_working_days(from, n)?,
            Term::CalendarDaysAfter(_) | Term::MonthsAfter(_) | Term::SetDate => {
                // The event itself must be on the calendar, like any other start.
                cal.is_working_day(from)?;
                let nominal = self.nominal_end(from)?.unwrap_or(from);
                cal.working_day_on_or_after(nominal)?
            }
        };
        Ok(Deadline {
            date: end.value,
            from,
            term: self,
            rule,
            also: None,
            provisional: end.provisional,
            reading: None,
        })
    }
}

/// A term that cannot be counted. Renders in Kazakh and Russian too
/// ([`Localized`]).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, Localized, calendar::Calendar, law::Citation, term::{Term, TermError}};
/// let cal = Calendar::kazakhstan();
/// let start = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let err = Term::WorkingDaysAfter(u32::MAX).due(&cal, start, Citation::regulation(25)).unwrap_err();
/// assert!(matches!(err, TermError::Calendar(_)));
/// let err = Term::MonthsAfter(u32::MAX).due(&cal, start, Citation::APPC_76_3).unwrap_err();
/// assert!(matches!(err, TermError::Overflow { .. }));
/// let err = Term::WorkingDaysAfter(0).due(&cal, start, Citation::regulation(25)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "APPC art. 76(2): 0 working days after 2026-03-02 names no day; \
///      count 1 or more days or months, from the day after the event"
/// );
/// assert!(err.message(Lang::Ru).starts_with("ч. 2 ст. 76 АППК: 0 рабочих дней после 02.03.2026"));
/// assert!(err.message(Lang::Kk).starts_with("ӘРПК 76-бабының 2-бөлігі: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TermError {
    /// A count of zero names no day: every term counts at least 1 (APPC
    /// art. 76(2): a term starts the day after its event).
    #[error("{}", self.message(Lang::En))]
    ZeroCount {
        /// The event the term is counted from.
        from: NaiveDate,
        /// The term.
        term: Term,
    },
    /// The end of the term is beyond any date.
    #[error("{}", self.message(Lang::En))]
    Overflow {
        /// The event the term is counted from.
        from: NaiveDate,
        /// The term.
        term: Term,
    },
    /// The event or the end lies outside the calendar.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
}

impl Localized for TermError {
    /// The term is described in `lang` ([`Term::describe`]); a calendar
    /// error is rendered by [`CalendarError`]'s own `message`.
    fn message(&self, lang: Lang) -> String {
        match self {
            TermError::ZeroCount { from, term } => {
                let (rule, term) = (Citation::APPC_76_2.render(lang), term.describe(*from, lang));
                match lang {
                    Lang::En => format!(
                        "{rule}: {term} names no day; count 1 or more days or months, from the day after the event"
                    ),
                    Lang::Ru => format!(
                        "{rule}: {term} не указывает ни на какой день; считайте 1 или более дней или месяцев, со дня, следующего за событием"
                    ),
                    Lang::Kk => format!(
                        "{rule}: {term} ешбір күнді көрсетпейді; оқиғадан кейінгі күннен бастап 1 не одан көп күн немесе ай санаңыз"
                    ),
                }
            }
            TermError::Overflow { from, term } => {
                let term = term.describe(*from, lang);
                match lang {
                    Lang::En => format!(
                        "{term} ends beyond any representable date; use a count that ends within the calendar (2018-01-01 to 2035-12-31)"
                    ),
                    Lang::Ru => format!(
                        "{term}: срок истекает за пределами представимых дат; укажите срок, истекающий в пределах календаря (01.01.2018 – 31.12.2035)"
                    ),
                    Lang::Kk => format!(
                        "{term}: мерзім көрсетуге болатын күндерден тыс аяқталады; күнтізбе шегінде (01.01.2018 – 31.12.2035) аяқталатын мерзім көрсетіңіз"
                    ),
                }
            }
            TermError::Calendar(e) => e.message(lang),
        }
    }
}

/// The end of a term: the date, the rule, whether it may still change, and
/// what is needed to explain it.
///
/// `Copy`, and small: the trace of days passed over is not stored but read
/// from the calendar on demand ([`Deadline::passed_over`]).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Lang, calendar::Calendar, law::Citation, term::Term};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Friday 20 March 2026: the next working day is Thursday 26 March.
/// let due = Term::WorkingDaysAfter(1).due(&cal, d(3, 20), Citation::regulation(25))?;
/// assert_eq!(due.date, d(3, 26));
/// let off: Vec<_> = due.passed_over(&cal)?.map(|day| day.date).collect();
/// assert_eq!(off, [d(3, 21), d(3, 22), d(3, 23), d(3, 24), d(3, 25)]);
/// assert!(due.explain(&cal, Lang::En)?.contains("Nauryz"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Deadline {
    /// The last day of the term.
    pub date: NaiveDate,
    /// The event the term is counted from (or back from, for
    /// [`Term::WorkingDaysBefore`]).
    pub from: NaiveDate,
    /// The term.
    pub term: Term,
    /// The paragraph or article that sets the term (п. 25, APPC art. 73…).
    pub rule: Citation,
    /// A second source of the same rule, if any (APPC art. 76(3) beside п. 26).
    #[cfg_attr(feature = "serde", serde(default))]
    pub also: Option<Citation>,
    /// Whether the date rests on a day of a provisional or projected year,
    /// and may change when that year's acts are published ([`rules`](crate::rules) §1).
    pub provisional: bool,
    /// The reading of an ambiguous rule that gave this date ([`rules`](crate::rules) §2a),
    /// `None` where the rule is clear.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reading: Option<Reading>,
}

impl Deadline {
    /// The same deadline with a second source of its rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let decided = NaiveDate::from_ymd_opt(2026, 4, 10).unwrap();
    /// let max = Term::MonthsAfter(2)
    ///     .due(&cal, decided, Citation::regulation(26))?
    ///     .with_also(Citation::APPC_76_3);
    /// assert_eq!(max.also, Some(Citation::APPC_76_3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_also(mut self, also: Citation) -> Deadline {
        self.also = Some(also);
        self
    }

    /// The same deadline, given by `reading` of its ambiguous rule ([`rules`](crate::rules)
    /// §2a).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, reading::Reading, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let decided = NaiveDate::from_ymd_opt(2026, 4, 10).unwrap();
    /// // п. 26 reading (a): two months from the decision, Wed 10 June 2026.
    /// let max = Term::MonthsAfter(2)
    ///     .due(&cal, decided, Citation::regulation(26))?
    ///     .with_reading(Reading::TwoMonthsFromDecision);
    /// assert_eq!(max.reading, Some(Reading::TwoMonthsFromDecision));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_reading(mut self, reading: Reading) -> Deadline {
        self.reading = Some(reading);
        self
    }

    /// Every citation behind the date: the rule, its second source, then the
    /// counting articles of the term ([`Term::counting_rules`]).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let reg = NaiveDate::from_ymd_opt(2026, 3, 26).unwrap();
    /// let due = Term::WorkingDaysAfter(15).due(&cal, reg, Citation::regulation(25))?;
    /// let cited: Vec<String> = due.citations().map(|c| c.to_string()).collect();
    /// assert_eq!(cited, ["п. 25", "APPC art. 76(2)", "Civil Code art. 173"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn citations(&self) -> impl Iterator<Item = Citation> + use<> {
        std::iter::once(self.rule)
            .chain(self.also)
            .chain(self.term.counting_rules().iter().copied())
    }

    /// For a calendar-day or month term, the end before the move to a
    /// working day (APPC art. 76(5), Civil Code art. 175); for a working-day
    /// term, the date itself.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let due = Term::CalendarDaysAfter(30).due(&cal, d(4, 1), Citation::regulation(26))?;
    /// assert_eq!(due.nominal_end(), d(5, 1)); // Unity Day
    /// assert_eq!(due.date, d(5, 4));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nominal_end(&self) -> NaiveDate {
        match self.term.nominal_end(self.from) {
            Ok(Some(end)) => end,
            _ => self.date,
        }
    }

    /// Whether the term's end was moved from a day off to the next working
    /// day (APPC art. 76(5), Civil Code art. 175).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// assert!(Term::CalendarDaysAfter(30).due(&cal, d(4, 1), Citation::regulation(26))?.moved());
    /// assert!(!Term::CalendarDaysAfter(30).due(&cal, d(4, 4), Citation::regulation(26))?.moved());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn moved(&self) -> bool {
        self.nominal_end() != self.date
    }

    /// The trace: the days that are not working days which the term passed
    /// over, each with its reason from the calendar, in date order.
    ///
    /// - a term of working days after an event: the days off in
    ///   (event, deadline];
    /// - a term of working days before an event: the days off in
    ///   (deadline, event);
    /// - a calendar-day or month term: the days off from its nominal end up
    ///   to the deadline — the days that moved it (APPC art. 76(5), Civil
    ///   Code art. 175). Days off inside a calendar-day term do not count
    ///   and are not listed.
    ///
    /// Produced lazily from the calendar; nothing is stored in the deadline.
    ///
    /// # Errors
    /// [`CalendarError::DateOutOfRange`] when the deadline was computed on
    /// another calendar that covers more days.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Reception on Tuesday 12 May 2026; 2 working days before is Wednesday
    /// // 6 May (8 May is the first), passing over Monday 11 May (carry-over of
    /// // Victory Day), the weekend and Thursday 7 May (Defender of the Fatherland Day).
    /// let notice = Term::WorkingDaysBefore(2).due(&cal, d(5, 12), Citation::regulation(16))?;
    /// assert_eq!(notice.date, d(5, 6));
    /// let off: Vec<_> = notice.passed_over(&cal)?.map(|day| day.date).collect();
    /// assert_eq!(off, [d(5, 7), d(5, 9), d(5, 10), d(5, 11)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn passed_over<'c>(
        &self,
        cal: &'c Calendar,
    ) -> Result<impl Iterator<Item = Day> + 'c, CalendarError> {
        let event = self.from;
        // The nominal end itself counts when it is a day off; on the
        // calendar's first day there is no day before it to count from.
        let mut first = None;
        let (after, upto) = match self.term {
            Term::WorkingDaysAfter(_) => (event, self.date),
            Term::WorkingDaysBefore(_) => (self.date, event),
            Term::CalendarDaysAfter(_) | Term::MonthsAfter(_) | Term::SetDate => {
                let nominal = self.nominal_end();
                match nominal.pred_opt().filter(|p| *p >= cal.first_day()) {
                    Some(before) => (before, self.date),
                    None => {
                        first = Some(cal.day(nominal)?).filter(|d| !d.is_working());
                        (nominal, self.date)
                    }
                }
            }
        };
        Ok(first
            .into_iter()
            .chain(cal.days_off_between(after, upto)?)
            .filter(move |day| day.date != event))
    }

    /// The deadline explained in `lang`: its date and weekday, the term and
    /// its event, the rules cited, any move off a day off, the reading that
    /// gave it and the other reading of its rule ([`rules`](crate::rules) §2a), and each
    /// day off passed over with its reason. One line per item.
    ///
    /// # Errors
    /// As [`Deadline::passed_over`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, calendar::Calendar, law::Citation, term::Term};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let due = Term::WorkingDaysAfter(1).due(&cal, d(5, 8), Citation::regulation(25))?;
    /// let text = due.explain(&cal, Lang::Ru)?;
    /// assert!(text.starts_with("12.05.2026 (вторник)"));
    /// assert!(text.contains("п. 25 Регламента"));
    /// // п. 26 reading (b), with reading (a) named beside it.
    /// let b = kz_appeals::schedule::DeadlineKind::ExtensionMaxFromRegistration.due(&cal, d(3, 26))?;
    /// let text = b.explain(&cal, Lang::En)?;
    /// assert!(text.contains("reading: two months from registration"));
    /// assert!(text.contains("the other reading: two months from the decision"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explain(&self, cal: &Calendar, lang: Lang) -> Result<String, CalendarError> {
        // п. 16's notice on the reception day itself: it rests on the cause
        // of the absence arising late, not on a move off a day off (APPC
        // art. 76(5), Civil Code art. 175), so only п. 16 is cited.
        let same_day_absence = self.term == Term::SetDate && self.rule == Citation::regulation(16);
        let cited: Vec<String> = if same_day_absence {
            vec![self.rule.render(lang)]
        } else {
            self.citations().map(|c| c.render(lang)).collect()
        };
        let what = if same_day_absence {
            let day = fmt_date(self.from, lang);
            match lang {
                Lang::En => format!(
                    "the reception day, {day}: the cause of the absence arose after the point \
                     2 working days before it"
                ),
                Lang::Ru => format!(
                    "день приема {day}: причина отсутствия возникла позже, чем за 2 рабочих \
                     дня до приема"
                ),
                Lang::Kk => format!(
                    "қабылдау күні {day}: болмау себебі қабылдауға 2 жұмыс күні қалғаннан \
                     кейін туындады"
                ),
            }
        } else {
            self.term.describe(self.from, lang)
        };
        let mut out = format!(
            "{}: {what} ({})",
            fmt_day(self.date, lang),
            cited.join("; ")
        );
        if self.moved() {
            let nominal = fmt_day(self.nominal_end(), lang);
            out.push('\n');
            out.push_str(&match lang {
                Lang::Kk => {
                    format!("  {nominal} жұмыс істемейтін күн: келесі жұмыс күніне ауыстырылды")
                }
                Lang::Ru => {
                    format!("  {nominal} нерабочий день: срок перенесен на следующий рабочий день")
                }
                Lang::En => format!(
                    "  {nominal} is not a working day: the term ends on the next working day"
                ),
            });
        }
        if let Some(reading) = self.reading {
            let (this, other) = (reading.name(lang), reading.other().name(lang));
            out.push('\n');
            out.push_str(&match lang {
                Lang::Kk => {
                    format!("  түсіндіру нұсқасы: {this}; басқа түсіндіру нұсқасы: {other}")
                }
                Lang::Ru => {
                    format!("  вариант толкования: {this}; другой вариант толкования: {other}")
                }
                Lang::En => format!("  reading: {this}; the other reading: {other}"),
            });
        }
        push_days(&mut out, self.passed_over(cal)?, lang);
        Ok(out)
    }
}

impl Term {
    /// The term in words, counted from `from`, in `lang`: "15 working days
    /// after 2026-03-26", "за 2 рабочих дня до 12.05.2026".
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, term::Term};
    /// let d = NaiveDate::from_ymd_opt(2026, 3, 26).unwrap();
    /// assert_eq!(Term::WorkingDaysAfter(15).describe(d, Lang::En), "15 working days after 2026-03-26");
    /// assert_eq!(Term::WorkingDaysBefore(2).describe(d, Lang::Ru), "за 2 рабочих дня до 26.03.2026");
    /// assert_eq!(Term::CalendarDaysAfter(30).describe(d, Lang::Kk), "26.03.2026 күнінен кейін 30 күнтізбелік күн");
    /// ```
    #[must_use]
    pub fn describe(self, from: NaiveDate, lang: Lang) -> String {
        let (d, n) = (fmt_date(from, lang), self.count());
        let before = matches!(self, Term::WorkingDaysBefore(_));
        let working = matches!(self, Term::WorkingDaysAfter(_) | Term::WorkingDaysBefore(_));
        let months = matches!(self, Term::MonthsAfter(_));
        if self == Term::SetDate {
            return match lang {
                Lang::En => format!("the date set, {d}"),
                Lang::Ru => format!("установленная дата {d}"),
                Lang::Kk => format!("белгіленген күн {d}"),
            };
        }
        match lang {
            Lang::En => {
                let unit = match (working, months) {
                    (true, _) => "working days",
                    (false, true) => "months",
                    (false, false) => "calendar days",
                };
                let dir = if before { "before" } else { "after" };
                format!("{n} {unit} {dir} {d}")
            }
            Lang::Ru => {
                let unit = match (working, months) {
                    (true, _) => ru_plural(n, "рабочий день", "рабочих дня", "рабочих дней"),
                    (false, true) => ru_plural(n, "месяц", "месяца", "месяцев"),
                    (false, false) => {
                        ru_plural(n, "календарный день", "календарных дня", "календарных дней")
                    }
                };
                if before {
                    format!("за {n} {unit} до {d}")
                } else {
                    format!("{n} {unit} после {d}")
                }
            }
            Lang::Kk => {
                let unit = match (working, months) {
                    (true, _) => "жұмыс күні",
                    (false, true) => "ай",
                    (false, false) => "күнтізбелік күн",
                };
                if before {
                    format!("{d} күнінен {n} {unit} бұрын")
                } else {
                    format!("{d} күнінен кейін {n} {unit}")
                }
            }
        }
    }
}
