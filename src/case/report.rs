//! [`report`]: the counts of п. 38 for a quarter or any period.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::ending::ended_by;
use super::error::CountError;
use super::evaluate::evaluate_with;
use super::evaluation::DeadlineState;
use super::event::{EventKind, EventName};
use super::file::CaseFile;
use super::ground::NoAppointmentGround;
use super::state::Folded;
use crate::calendar::Calendar;
use crate::deadline::DeadlineKind;
use crate::deadline::reading::Policy;

#[cfg(feature = "serde")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A period of days, both ends included: a quarter (п. 38) or any other.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::case::Period;
/// let q3: Period = "2026-Q3".parse()?;
/// assert_eq!((q3.from, q3.to), (NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(), NaiveDate::from_ymd_opt(2026, 9, 30).unwrap()));
/// let any: Period = "2026-03-01..2026-03-31".parse()?;
/// assert!(any.contains(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()));
/// assert!("2026-Q5".parse::<Period>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Period {
    /// The first day.
    pub from: NaiveDate,
    /// The last day.
    pub to: NaiveDate,
}

/// A period that is not one.
///
/// # Example
/// ```
/// use kz_appeals::case::Period;
/// let err = "2026-Q0".parse::<Period>().unwrap_err();
/// assert!(err.to_string().starts_with("п. 38: "));
/// use kz_appeals::{Lang, Localized};
/// assert!(err.message(Lang::Ru).starts_with("п. 38 Регламента: \"2026-Q0\" не является периодом"));
/// assert!(err.message(Lang::Kk).starts_with("Регламенттің 38-тармағы: \"2026-Q0\" кезең емес"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "п. 38: {given:?} is not a period; give a quarter as YYYY-QN (N from 1 to 4) or two dates as YYYY-MM-DD..YYYY-MM-DD, the first not after the second"
)]
pub struct PeriodError {
    /// What was given.
    pub given: String,
}

impl crate::lang::Localized for PeriodError {
    fn message(&self, lang: crate::Lang) -> String {
        use crate::Lang;
        let rule = crate::law::Citation::regulation(38).render(lang);
        let given = &self.given;
        match lang {
            Lang::En => self.to_string(),
            Lang::Ru => format!(
                "{rule}: {given:?} не является периодом; укажите квартал как ГГГГ-QN (YYYY-QN, N от 1 до 4) или две даты как ГГГГ-ММ-ДД..ГГГГ-ММ-ДД, первую не позже второй"
            ),
            Lang::Kk => format!(
                "{rule}: {given:?} кезең емес; тоқсанды ЖЖЖЖ-QN (YYYY-QN, N 1-ден 4-ке дейін) түрінде немесе екі күнді ЖЖЖЖ-АА-КК..ЖЖЖЖ-АА-КК түрінде көрсетіңіз, біріншісі екіншісінен кеш болмасын"
            ),
        }
    }
}

fn strict_date(s: &str) -> Option<NaiveDate> {
    crate::date::parse_date(s).ok()
}

impl Period {
    /// The days from `from` to `to`, both included.
    ///
    /// # Errors
    /// [`PeriodError`] when `from` is after `to`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::case::Period;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// assert!(Period::new(d(3, 1), d(3, 31)).is_ok());
    /// assert!(Period::new(d(3, 31), d(3, 1)).is_err());
    /// ```
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if from > to {
            return Err(PeriodError {
                given: format!("{from}..{to}"),
            });
        }
        Ok(Period { from, to })
    }

    /// Quarter `q` (1–4) of `year` (п. 38: the report at least once a quarter).
    ///
    /// # Errors
    /// [`PeriodError`] for a quarter not from 1 to 4, or a year chrono
    /// cannot hold.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::case::Period;
    /// let q1 = Period::quarter(2026, 1)?;
    /// assert_eq!(q1.to, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quarter(year: i32, q: u32) -> Result<Period, PeriodError> {
        let err = || PeriodError {
            given: format!("{year}-Q{q}"),
        };
        if !(1..=4).contains(&q) {
            return Err(err());
        }
        let from = NaiveDate::from_ymd_opt(year, q * 3 - 2, 1).ok_or_else(err)?;
        let next = if q == 4 {
            NaiveDate::from_ymd_opt(year.checked_add(1).ok_or_else(err)?, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, q * 3 + 1, 1)
        };
        let to = next.and_then(|n| n.pred_opt()).ok_or_else(err)?;
        Ok(Period { from, to })
    }

    /// Whether `day` is in the period.
    #[must_use]
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

impl std::str::FromStr for Period {
    type Err = PeriodError;
    fn from_str(s: &str) -> Result<Period, PeriodError> {
        let err = || PeriodError {
            given: s.to_owned(),
        };
        if let Some((from, to)) = s.split_once("..") {
            let from = strict_date(from).ok_or_else(err)?;
            let to = strict_date(to).ok_or_else(err)?;
            return Period::new(from, to).map_err(|_| err());
        }
        let (year, q) = s.split_once("-Q").ok_or_else(err)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || q.len() != 1 {
            return Err(err());
        }
        let year: i32 = year.parse().map_err(|_| err())?;
        let q: u32 = q.parse().map_err(|_| err())?;
        Period::quarter(year, q).map_err(|_| err())
    }
}

/// A period is written in JSON as it is typed: `"2026-Q3"`, or
/// `"2026-07-01..2026-08-15"` when it is not a quarter.
#[cfg(feature = "serde")]
impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let q = self.from.month0() / 3 + 1;
        match Period::quarter(self.from.year(), q) {
            Ok(quarter) if quarter == *self => write!(f, "{}-Q{q}", self.from.year()),
            _ => write!(f, "{}..{}", self.from, self.to),
        }
    }
}

/// What became of the requests registered in a period, on its last day:
/// each in exactly one outcome, or open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Outcomes {
    /// Left without consideration (п. 5).
    pub left_without_consideration: u32,
    /// Returned (п. 6, APPC art. 64(7)).
    pub returned: u32,
    /// Forwarded to the competent body (п. 15(1)).
    pub forwarded: u32,
    /// No appointment on a ground of п. 15(2)–(4).
    pub no_appointment: u32,
    /// Refused after a hearing (п. 28).
    pub refused: u32,
    /// Answered with inclusion in the list (п. 25), whatever followed.
    pub answered: u32,
    /// None of these yet.
    pub open: u32,
}

impl Outcomes {
    /// The sum: every request counted once; `u64`, so that counts read
    /// back from JSON cannot overflow it.
    #[must_use]
    pub const fn total(&self) -> u64 {
        self.left_without_consideration as u64
            + self.returned as u64
            + self.forwarded as u64
            + self.no_appointment as u64
            + self.refused as u64
            + self.answered as u64
            + self.open as u64
    }
}

/// The report of п. 38 for a period.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Report {
    /// The period counted, as typed: a quarter (`"2026-Q3"`) or two dates
    /// (`"2026-07-01..2026-08-15"`).
    #[cfg_attr(feature = "cli", schemars(with = "String"))]
    pub period: Period,
    /// Requests received (arrived; registered, when no arrival is recorded).
    pub received: u32,
    /// Requests registered (п. 21).
    pub registered: u32,
    /// Left without consideration (п. 5).
    pub left_without_consideration: u32,
    /// Returned (п. 6).
    pub returned: u32,
    /// Forwarded (п. 15(1)).
    pub forwarded: u32,
    /// No appointment on a ground of п. 15(2)–(4) (п. 15(1) is counted as
    /// forwarded).
    pub no_appointment: u32,
    /// Answered (п. 25, or by refusal or no appointment) by the term.
    pub answered_on_time: u32,
    /// Answered after the term (APPC art. 76).
    pub answered_late: u32,
    /// Terms extended by letter (п. 26).
    pub extended_by_letter: u32,
    /// Terms extended by a reasoned decision (п. 26, APPC art. 76(3)).
    pub extended_by_decision: u32,
    /// Receptions refused after a hearing (п. 28).
    pub refused: u32,
    /// Receptions held in person (п. 13).
    pub receptions_in_person: u32,
    /// Receptions held by videoconference (п. 13–14).
    pub receptions_by_videoconference: u32,
    /// Instructions given in protocols (п. 19).
    pub instructions_given: u32,
    /// Instructions executed on time (п. 32).
    pub instructions_executed_on_time: u32,
    /// Instructions executed late.
    pub instructions_executed_late: u32,
    /// Instructions still open on the period's last day.
    pub instructions_open: u32,
    /// Refusals deemed by APPC art. 91(2) from a day in the period (no
    /// answer within the term).
    #[cfg_attr(feature = "serde", serde(default))]
    pub deemed_refusals: u32,
    /// Receptions moved to a new date in the period (п. 16, 25).
    #[cfg_attr(feature = "serde", serde(default))]
    pub receptions_moved: u32,
    /// Receptions cancelled in the period (п. 16, 9).
    #[cfg_attr(feature = "serde", serde(default))]
    pub receptions_cancelled: u32,
    /// Requests from a reception registered in the period, with the mark «с
    /// личного приема» (п. 34, APPC art. 90(4)).
    #[cfg_attr(feature = "serde", serde(default))]
    pub from_reception: u32,
    /// Requests forwarded late in the period (п. 15(1), APPC art. 65(1)).
    #[cfg_attr(feature = "serde", serde(default))]
    pub forwarded_late: u32,
    /// Violations in the period (late acts done in it, steps still not
    /// taken on its last day), by rule.
    pub violations_by_rule: BTreeMap<String, u32>,
    /// What became of the requests registered in the period.
    pub outcomes: Outcomes,
}

impl Report {
    /// Nothing counted yet in `period`.
    const fn empty(period: Period) -> Report {
        Report {
            period,
            received: 0,
            registered: 0,
            left_without_consideration: 0,
            returned: 0,
            forwarded: 0,
            no_appointment: 0,
            answered_on_time: 0,
            answered_late: 0,
            extended_by_letter: 0,
            extended_by_decision: 0,
            refused: 0,
            receptions_in_person: 0,
            receptions_by_videoconference: 0,
            instructions_given: 0,
            instructions_executed_on_time: 0,
            instructions_executed_late: 0,
            instructions_open: 0,
            deemed_refusals: 0,
            receptions_moved: 0,
            receptions_cancelled: 0,
            from_reception: 0,
            forwarded_late: 0,
            violations_by_rule: BTreeMap::new(),
            outcomes: Outcomes {
                left_without_consideration: 0,
                returned: 0,
                forwarded: 0,
                no_appointment: 0,
                refused: 0,
                answered: 0,
                open: 0,
            },
        }
    }
}

/// The counts of п. 38 over `files` for `period`: events dated in the
/// period, and the files measured on its last day.
///
/// A file that cannot be evaluated (a date the calendar cannot count) is
/// returned with its error beside the counts of the others.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{report, CaseFile, Event, EventKind, Period};
/// use kz_appeals::reading::Policy;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut a = CaseFile::new("A-1");
/// a.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
/// a.record(&cal, Event::new(d(4, 20), EventKind::Answered))?; // due 16 April
/// let (r, errors) = report(&cal, &[a], Period::quarter(2026, 2)?, Policy::default());
/// assert!(errors.is_empty());
/// assert_eq!((r.registered, r.answered_late), (0, 1)); // registered in Q1
/// let (q1, _) = report(&cal, &[], Period::quarter(2026, 1)?, Policy::default());
/// assert_eq!(q1.outcomes.total(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn report(
    cal: &Calendar,
    files: &[CaseFile],
    period: Period,
    policy: Policy,
) -> (Report, Vec<CountError>) {
    let mut r = Report::empty(period);
    let mut errors = Vec::new();
    let bump = |n: &mut u32| *n = n.saturating_add(1);
    for file in files {
        let events = file.events();
        let has_arrival = events.iter().any(|e| e.name() == EventName::Arrived);
        // Receptions moved to a new date or cancelled (п. 16, 9, 25).
        let mut set = None;
        for e in events {
            match &e.kind {
                EventKind::DateNotified { reception, .. } => {
                    if set.is_some_and(|s| s != *reception) && period.contains(e.on) {
                        bump(&mut r.receptions_moved);
                    }
                    set = Some(*reception);
                }
                EventKind::FromReception { .. } if period.contains(e.on) => {
                    bump(&mut r.from_reception);
                }
                EventKind::ReceptionCancelled => {
                    set = None;
                    if period.contains(e.on) {
                        bump(&mut r.receptions_cancelled);
                    }
                }
                _ => {}
            }
        }
        for e in events.iter().filter(|e| period.contains(e.on)) {
            match &e.kind {
                EventKind::Arrived { .. } => bump(&mut r.received),
                EventKind::Registered { .. } => {
                    bump(&mut r.registered);
                    if !has_arrival {
                        bump(&mut r.received);
                    }
                }
                EventKind::LeftWithoutConsideration => bump(&mut r.left_without_consideration),
                EventKind::Returned => bump(&mut r.returned),
                EventKind::Forwarded => bump(&mut r.forwarded),
                EventKind::NoAppointment { ground }
                    if *ground != NoAppointmentGround::OutsideCompetence =>
                {
                    bump(&mut r.no_appointment);
                }
                EventKind::ExtendedByLetter { .. } => bump(&mut r.extended_by_letter),
                EventKind::ExtendedByDecision { .. } => bump(&mut r.extended_by_decision),
                EventKind::Refused => bump(&mut r.refused),
                EventKind::ReceptionHeld { form, .. } if form.is_videoconference() => {
                    bump(&mut r.receptions_by_videoconference);
                }
                EventKind::ReceptionHeld { .. } => bump(&mut r.receptions_in_person),
                EventKind::Protocol { instructions } => {
                    let n = u32::try_from(instructions.len()).unwrap_or(u32::MAX);
                    r.instructions_given = r.instructions_given.saturating_add(n);
                }
                _ => {}
            }
        }
        if events.first().is_none_or(|e| e.on > period.to) {
            continue;
        }
        let e = match evaluate_with(cal, file, period.to, policy) {
            Ok(e) => e,
            Err(error) => {
                errors.push(CountError {
                    case: file.id().to_owned(),
                    error,
                });
                continue;
            }
        };
        for d in &e.deadlines {
            let instruction = d.kind == DeadlineKind::Instruction;
            let response = d.kind == DeadlineKind::Response;
            if let (DeadlineKind::Forward, DeadlineState::DoneLate { on, .. }) = (d.kind, d.state) {
                if period.contains(on) {
                    bump(&mut r.forwarded_late);
                }
            }
            match d.state {
                DeadlineState::DoneOnTime { on } if period.contains(on) => {
                    if instruction {
                        bump(&mut r.instructions_executed_on_time);
                    } else if response {
                        bump(&mut r.answered_on_time);
                    }
                }
                DeadlineState::DoneLate { on, .. } if period.contains(on) => {
                    if instruction {
                        bump(&mut r.instructions_executed_late);
                    } else if response {
                        bump(&mut r.answered_late);
                    }
                }
                DeadlineState::Open { .. } | DeadlineState::Overdue { .. } if instruction => {
                    bump(&mut r.instructions_open);
                }
                _ => {}
            }
        }
        if e.deemed_refusal.is_some_and(|d| period.contains(d.from)) {
            bump(&mut r.deemed_refusals);
        }
        for v in &e.violations {
            if period.contains(v.on.unwrap_or(period.to)) {
                bump(r.violations_by_rule.entry(v.rule.to_string()).or_default());
            }
        }
        let known = events.partition_point(|e| e.on <= period.to);
        let s = Folded::of(events.get(..known).unwrap_or_default());
        if s.registered.is_some_and(|d| period.contains(d)) {
            let o = &mut r.outcomes;
            match ended_by(&s) {
                Some(EventName::Refused) => bump(&mut o.refused),
                Some(EventName::Returned) => bump(&mut o.returned),
                Some(EventName::Forwarded) => bump(&mut o.forwarded),
                Some(EventName::LeftWithoutConsideration) => {
                    bump(&mut o.left_without_consideration);
                }
                Some(_) => bump(&mut o.no_appointment),
                None if s.answered.is_some() => bump(&mut o.answered),
                None => bump(&mut o.open),
            }
        }
    }
    for (_, v) in super::link::linked_violations(files, period.to) {
        if period.contains(v.due) {
            bump(r.violations_by_rule.entry(v.rule.to_string()).or_default());
        }
    }
    (r, errors)
}
