//! Violations: a step of a request taken late, or not taken, measured
//! against its deadline on the working-day calendar.
//!
//! A step that really happened late is recorded and reported, never refused:
//! refusing it would hide it. Only what cannot have happened is an error.

use chrono::NaiveDate;

use super::DeadlineKind;
use super::term::Deadline;
use crate::calendar::{Calendar, CalendarError, fmt_date};
use crate::lang::{Lang, Localized, Named};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A deadline missed: the rule, the deadline, its due date, the day of the
/// act (`None` for a step not taken) and how many working days late.
///
/// `late_by_working_days` counts the working days in (due, on], or in
/// (due, as_of] for a step not taken. An act on a day off just after its
/// due date is late by 0 working days: it is still after the due date, and
/// still a violation.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::DeadlineKind, violation::Violation};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // п. 25: registered Thursday 26 March 2026, the answer is due Thursday
/// // 16 April. Answered Monday 20 April: 17 and 20 April, 2 working days late.
/// let due = DeadlineKind::Response.due(&cal, d(3, 26))?;
/// let v = Violation::measure(&cal, DeadlineKind::Response, &due, Some(d(4, 20)), d(12, 1))?
///     .expect("late");
/// assert_eq!((v.due, v.on, v.late_by_working_days), (d(4, 16), Some(d(4, 20)), 2));
/// assert_eq!(v.rule.to_string(), "п. 25");
/// // On time: no violation.
/// assert!(Violation::measure(&cal, DeadlineKind::Response, &due, Some(d(4, 16)), d(12, 1))?.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Violation {
    /// The deadline missed, by its machine name (`"response_due"`, …).
    pub deadline: DeadlineKind,
    /// The rule broken: the deadline's rule, or the one a caller names
    /// ([`Violation::with_rule`], e.g. APPC art. 76 for a late answer).
    pub rule: Citation,
    /// The last day of the term.
    pub due: NaiveDate,
    /// The day the act was done; `None` for a step not taken.
    pub on: Option<NaiveDate>,
    /// Working days in (due, on], or (due, as_of] for a step not taken.
    pub late_by_working_days: u32,
    /// Whether the count looked at a day of a provisional or projected year.
    pub provisional: bool,
    /// The instruction's id, for [`DeadlineKind::Instruction`] (п. 19, 32):
    /// two instructions due the same day are two violations.
    #[cfg_attr(feature = "serde", serde(default))]
    pub instruction: Option<String>,
    /// The reading of an ambiguous rule the deadline rests on (rules
    /// §2a), when it does: the violation names it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reading: Option<super::reading::Reading>,
}

impl Violation {
    /// Measures an act against its deadline: `Some` violation when the act
    /// was done after the due date, or, not done (`done_on` is `None`), when
    /// `as_of` is past the due date; `None` when it is on time or still
    /// open. The rule is the deadline's (`deadline.rule`).
    ///
    /// # Errors
    /// [`CalendarError`] when a date lies outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::DeadlineKind, violation::Violation};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // п. 15(1): registered Monday 2 March 2026, forward by Thursday 5 March.
    /// let due = DeadlineKind::Forward.due(&cal, d(3, 2))?;
    /// assert_eq!(due.date, d(3, 5));
    /// // Still not forwarded on Tuesday 10 March: Friday 6 March counts;
    /// // 7–8 March are the weekend (8 March, Women's Day, a Sunday) and
    /// // Monday 9 March its carry-over; Tuesday 10 counts: 2 working days.
    /// let v = Violation::measure(&cal, DeadlineKind::Forward, &due, None, d(3, 10))?.expect("overdue");
    /// assert_eq!((v.on, v.late_by_working_days), (None, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn measure(
        cal: &Calendar,
        deadline: DeadlineKind,
        due: &Deadline,
        done_on: Option<NaiveDate>,
        as_of: NaiveDate,
    ) -> Result<Option<Violation>, CalendarError> {
        let until = done_on.unwrap_or(as_of);
        if until <= due.date {
            return Ok(None);
        }
        let late = cal.working_days_between(due.date, until)?;
        Ok(Some(Violation {
            deadline,
            rule: due.rule,
            due: due.date,
            on: done_on,
            late_by_working_days: u32::try_from(late.value).unwrap_or(u32::MAX),
            provisional: due.provisional || late.provisional,
            instruction: None,
            reading: due.reading,
        }))
    }

    /// A requirement broken on `on` ([`DeadlineKind::is_requirement`],
    /// п. 13–14, 35): the act itself is the violation, late by nothing.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{schedule::DeadlineKind, violation::Violation};
    /// let on = NaiveDate::from_ymd_opt(2026, 4, 6).unwrap();
    /// let v = Violation::on_day(DeadlineKind::Assignment, on);
    /// assert_eq!((v.due, v.on, v.late_by_working_days), (on, Some(on), 0));
    /// assert_eq!(v.rule.to_string(), "п. 35");
    /// ```
    #[must_use]
    pub fn on_day(kind: DeadlineKind, on: NaiveDate) -> Violation {
        Violation {
            deadline: kind,
            rule: kind.rule().0,
            due: on,
            on: Some(on),
            late_by_working_days: 0,
            provisional: false,
            instruction: None,
            reading: None,
        }
    }

    /// The same violation under another rule: APPC art. 76 for an answer
    /// given after its term, for instance.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, schedule::DeadlineKind, violation::Violation};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let due = DeadlineKind::Response.due(&cal, d(3, 26))?;
    /// let v = Violation::measure(&cal, DeadlineKind::Response, &due, Some(d(4, 17)), d(4, 17))?
    ///     .expect("late")
    ///     .with_rule(Citation::APPC_76);
    /// assert_eq!(v.rule.to_string(), "APPC art. 76");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_rule(mut self, rule: Citation) -> Violation {
        self.rule = rule;
        self
    }
}

impl Localized for Violation {
    /// `"<rule>: <deadline> due <date>, done <date> (or not done), <n>
    /// working days late; <what to do>"`, the deadline by its name
    /// ([`DeadlineKind`] is [`Named`]). A late act stands and is counted in
    /// the quarterly report (п. 38); a step not taken is to be taken now.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{Lang, Localized, calendar::Calendar, schedule::DeadlineKind, violation::Violation};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // п. 25: registered Thursday 26 March 2026, the answer is due Thursday
    /// // 16 April; answered Monday 20 April, 2 working days late (17, 20 April).
    /// let due = DeadlineKind::Response.due(&cal, d(3, 26))?;
    /// let v = Violation::measure(&cal, DeadlineKind::Response, &due, Some(d(4, 20)), d(12, 1))?.expect("late");
    /// assert_eq!(
    ///     v.to_string(),
    ///     "п. 25: answer to the applicant due 2026-04-16, done 2026-04-20, 2 working days late; \
    ///      the act stands: count it in the quarterly report (п. 38)"
    /// );
    /// assert_eq!(
    ///     v.message(Lang::Ru),
    ///     "п. 25 Регламента: ответ заявителю — срок 16.04.2026, исполнено 20.04.2026, опоздание \
    ///      2 рабочих дня; действие остается в силе: учтите его в ежеквартальном отчете (п. 38 Регламента)"
    /// );
    /// assert!(v.message(Lang::Kk).starts_with("Регламенттің 25-тармағы: өтініш берушіге жауап — мерзімі 16.04.2026"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn message(&self, lang: Lang) -> String {
        let rule = self.rule.render(lang);
        let report = Citation::regulation(38).render(lang);
        let name = match self.reading {
            // A violation resting on a reading names it (rules §2a).
            Some(r) => {
                let label = match lang {
                    Lang::Kk => "түсіндіру нұсқасы",
                    Lang::Ru => "вариант толкования",
                    Lang::En => "reading",
                };
                format!("{} [{label}: {}]", self.deadline.name(lang), r.name(lang))
            }
            None => self.deadline.name(lang).to_owned(),
        };
        let (due, n) = (fmt_date(self.due, lang), self.late_by_working_days);
        let on = self.on.map(|on| fmt_date(on, lang));
        // A requirement broken on a day (or a decision beyond its limit):
        // the act is the violation, due and done that day.
        if self.on == Some(self.due) {
            return match lang {
                Lang::En => format!(
                    "{rule}: {name} against the rule on {due}; the act stands: count it in the quarterly report ({report})"
                ),
                Lang::Ru => format!(
                    "{rule}: {name} с нарушением правила {due}; действие остается в силе: учтите его в ежеквартальном отчете ({report})"
                ),
                Lang::Kk => format!(
                    "{rule}: {name} {due} ережені бұза отырып жүргізілді; әрекет күшінде қалады: оны тоқсандық есепте ескеріңіз ({report})"
                ),
            };
        }
        match (lang, on) {
            (Lang::En, on) => {
                let days = if n == 1 {
                    "working day"
                } else {
                    "working days"
                };
                match on {
                    Some(on) => format!(
                        "{rule}: {name} due {due}, done {on}, {n} {days} late; the act stands: count it in the quarterly report ({report})"
                    ),
                    None => format!(
                        "{rule}: {name} due {due}, not done, {n} {days} overdue; take the step now"
                    ),
                }
            }
            (Lang::Ru, on) => {
                let days = crate::lang::ru_plural(n, "рабочий день", "рабочих дня", "рабочих дней");
                match on {
                    Some(on) => format!(
                        "{rule}: {name} — срок {due}, исполнено {on}, опоздание {n} {days}; действие остается в силе: учтите его в ежеквартальном отчете ({report})"
                    ),
                    None => format!(
                        "{rule}: {name} — срок {due}, не исполнено, просрочка {n} {days}; выполните действие сейчас"
                    ),
                }
            }
            (Lang::Kk, Some(on)) => format!(
                "{rule}: {name} — мерзімі {due}, {on} орындалды, {n} жұмыс күні кешіктірілді; әрекет күшінде қалады: оны тоқсандық есепте ескеріңіз ({report})"
            ),
            (Lang::Kk, None) => format!(
                "{rule}: {name} — мерзімі {due}, орындалмаған, {n} жұмыс күні өтіп кетті; әрекетті қазір орындаңыз"
            ),
        }
    }
}

impl std::fmt::Display for Violation {
    /// The English message ([`Localized::message`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
