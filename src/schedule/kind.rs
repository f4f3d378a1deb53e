//! [`DeadlineKind`]: which deadline of the schedule, its term and its rule.

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::reading::Reading;
use crate::term::{Deadline, Term, TermError};

#[cfg(doc)]
use super::Schedule;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Which deadline of the schedule.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, schedule::DeadlineKind};
/// assert_eq!(DeadlineKind::Response.key(), "response_due");
/// assert_eq!(DeadlineKind::Response.name(Lang::Ru), "ответ заявителю");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "A deadline of the schedule, by its machine name (the key of its date in the output of `deadlines`)."
    )
)]
#[non_exhaustive]
pub enum DeadlineKind {
    /// The registration of a request that arrived: the day of arrival, or
    /// the next working day; after hours, the next working day (п. 21,
    /// APPC art. 64(3); [`registration_due`](super::registration_due)).
    #[cfg_attr(feature = "serde", serde(rename = "registration_due"))]
    Registration,
    /// The answer that the request is on the list (п. 25).
    #[cfg_attr(feature = "serde", serde(rename = "response_due"))]
    Response,
    /// The limit of an extension by letter: 30 calendar days (п. 26).
    #[cfg_attr(feature = "serde", serde(rename = "extension_30_days_due"))]
    Extension30Days,
    /// The limit of an extension by reasoned decision: two months (п. 26,
    /// APPC art. 76(3)).
    #[cfg_attr(feature = "serde", serde(rename = "extension_max_due"))]
    ExtensionMax,
    /// Telling the applicant of the extension (п. 26).
    #[cfg_attr(feature = "serde", serde(rename = "extension_notice_due"))]
    ExtensionNotice,
    /// The briefing with a proposal to appoint a date or refuse (п. 22).
    #[cfg_attr(feature = "serde", serde(rename = "preparation_due"))]
    Preparation,
    /// Telling the applicant the date and time of the reception (п. 25).
    #[cfg_attr(feature = "serde", serde(rename = "schedule_notice_due"))]
    ScheduleNotice,
    /// The official's notice that the reception cannot be held (п. 16).
    #[cfg_attr(feature = "serde", serde(rename = "absence_notice_due"))]
    AbsenceNotice,
    /// Sending the draft refusal for a hearing (п. 28).
    #[cfg_attr(feature = "serde", serde(rename = "hearing_notice_due"))]
    HearingNotice,
    /// The applicant's objection to the draft refusal (APPC art. 73).
    #[cfg_attr(feature = "serde", serde(rename = "objection_due"))]
    Objection,
    /// The return of a request not corrected in time (п. 6, APPC art. 64(7)).
    #[cfg_attr(feature = "serde", serde(rename = "return_due"))]
    Return,
    /// Forwarding a request outside the competence of the local executive
    /// bodies to the competent body, the applicant told at the same time
    /// (п. 15(1), APPC art. 65): within 3 working days of registration.
    #[cfg_attr(feature = "serde", serde(rename = "forward_due"))]
    Forward,
    /// The date-and-time notice under п. 25 reading (a): within 2 working
    /// days after the answer with inclusion in the list (the default
    /// reading, [`Reading::DateNoticeAfterAnswer`]). [`DeadlineKind::ScheduleNotice`]
    /// is reading (b).
    #[cfg_attr(feature = "serde", serde(rename = "date_notice_due_after_answer"))]
    DateNoticeAfterAnswer,
    /// The limit of an extension by decision under п. 26 reading (b): two
    /// months from registration ([`Reading::TwoMonthsFromRegistration`]).
    /// [`DeadlineKind::ExtensionMax`] is reading (a), from the decision.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "extension_max_due_from_registration")
    )]
    ExtensionMaxFromRegistration,
    /// An instruction of the protocol, due on the date the protocol set
    /// (п. 19), executed under control (п. 32).
    #[cfg_attr(feature = "serde", serde(rename = "instruction_due"))]
    Instruction,
}

impl DeadlineKind {
    /// Every kind, in the order of [`Schedule::deadlines`].
    pub const ALL: [DeadlineKind; 15] = [
        DeadlineKind::Registration,
        DeadlineKind::Response,
        DeadlineKind::Extension30Days,
        DeadlineKind::ExtensionMax,
        DeadlineKind::ExtensionMaxFromRegistration,
        DeadlineKind::ExtensionNotice,
        DeadlineKind::Preparation,
        DeadlineKind::DateNoticeAfterAnswer,
        DeadlineKind::ScheduleNotice,
        DeadlineKind::AbsenceNotice,
        DeadlineKind::HearingNotice,
        DeadlineKind::Objection,
        DeadlineKind::Return,
        DeadlineKind::Forward,
        DeadlineKind::Instruction,
    ];

    /// A stable machine key, e.g. `"response_due"`, used by the JSON of
    /// `kz-appeals deadlines` (and of the `deadlines` example).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::schedule::DeadlineKind;
    /// assert_eq!(DeadlineKind::Return.key(), "return_due");
    /// let keys: std::collections::BTreeSet<_> = DeadlineKind::ALL.iter().map(|k| k.key()).collect();
    /// assert_eq!(keys.len(), DeadlineKind::ALL.len()); // no two alike
    /// ```
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            DeadlineKind::Registration => "registration_due",
            DeadlineKind::Response => "response_due",
            DeadlineKind::Extension30Days => "extension_30_days_due",
            DeadlineKind::ExtensionMax => "extension_max_due",
            DeadlineKind::ExtensionNotice => "extension_notice_due",
            DeadlineKind::Preparation => "preparation_due",
            DeadlineKind::ScheduleNotice => "schedule_notice_due",
            DeadlineKind::AbsenceNotice => "absence_notice_due",
            DeadlineKind::HearingNotice => "hearing_notice_due",
            DeadlineKind::Objection => "objection_due",
            DeadlineKind::Return => "return_due",
            DeadlineKind::Forward => "forward_due",
            DeadlineKind::DateNoticeAfterAnswer => "date_notice_due_after_answer",
            DeadlineKind::ExtensionMaxFromRegistration => "extension_max_due_from_registration",
            DeadlineKind::Instruction => "instruction_due",
        }
    }

    /// The rule that sets the term, and its second source if any.
    ///
    /// п. 21 (with APPC art. 64(3)) the registration; п. 25 the answer and
    /// the date notice; п. 26 the extensions (with APPC
    /// art. 76(3) for the two months); п. 22 the briefing; п. 16 the absence
    /// notice; п. 28 the hearing notice; APPC art. 73 (with п. 28) the
    /// objection; APPC art. 64(7) (with п. 6) the return.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{law::Citation, schedule::DeadlineKind};
    /// assert_eq!(DeadlineKind::Preparation.rule(), (Citation::regulation(22), None));
    /// assert_eq!(DeadlineKind::Registration.rule(), (Citation::regulation(21), Some(Citation::APPC_64_3)));
    /// assert_eq!(DeadlineKind::ExtensionMax.rule(), (Citation::regulation(26), Some(Citation::APPC_76_3)));
    /// assert_eq!(DeadlineKind::Return.rule(), (Citation::APPC_64_7, Some(Citation::regulation(6))));
    /// ```
    #[must_use]
    pub const fn rule(self) -> (Citation, Option<Citation>) {
        match self {
            DeadlineKind::Registration => (Citation::regulation(21), Some(Citation::APPC_64_3)),
            DeadlineKind::Response
            | DeadlineKind::ScheduleNotice
            | DeadlineKind::DateNoticeAfterAnswer => (Citation::regulation(25), None),
            DeadlineKind::Extension30Days | DeadlineKind::ExtensionNotice => {
                (Citation::regulation(26), None)
            }
            DeadlineKind::ExtensionMax => (Citation::regulation(26), Some(Citation::APPC_76_3)),
            DeadlineKind::ExtensionMaxFromRegistration => (Citation::regulation(26), None),
            DeadlineKind::Forward => (Citation::regulation_sub(15, 1), Some(Citation::APPC_65)),
            DeadlineKind::Instruction => (Citation::regulation(19), Some(Citation::regulation(32))),
            DeadlineKind::Preparation => (Citation::regulation(22), None),
            DeadlineKind::AbsenceNotice => (Citation::regulation(16), None),
            DeadlineKind::HearingNotice => (Citation::regulation(28), None),
            DeadlineKind::Objection => (Citation::APPC_73, Some(Citation::regulation(28))),
            // The 3 working days are APPC art. 64(7)'s; п. 6 orders the return.
            DeadlineKind::Return => (Citation::APPC_64_7, Some(Citation::regulation(6))),
        }
    }

    /// The term ([`rules`](crate::rules) §3).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{schedule::DeadlineKind, term::Term};
    /// assert_eq!(DeadlineKind::Registration.term(), Term::SetDate); // п. 21: that day, or the next working day
    /// assert_eq!(DeadlineKind::Response.term(), Term::WorkingDaysAfter(15)); // п. 25
    /// assert_eq!(DeadlineKind::Extension30Days.term(), Term::CalendarDaysAfter(30)); // п. 26
    /// assert_eq!(DeadlineKind::ExtensionMax.term(), Term::MonthsAfter(2)); // APPC art. 76(3)
    /// assert_eq!(DeadlineKind::HearingNotice.term(), Term::WorkingDaysBefore(3)); // п. 28
    /// assert_eq!(DeadlineKind::Objection.term(), Term::WorkingDaysAfter(2)); // APPC art. 73
    /// ```
    #[must_use]
    pub const fn term(self) -> Term {
        match self {
            DeadlineKind::Response => Term::WorkingDaysAfter(15),
            DeadlineKind::Extension30Days => Term::CalendarDaysAfter(30),
            DeadlineKind::ExtensionMax | DeadlineKind::ExtensionMaxFromRegistration => {
                Term::MonthsAfter(2)
            }
            DeadlineKind::ExtensionNotice | DeadlineKind::Return | DeadlineKind::Forward => {
                Term::within_working_days(3)
            }
            DeadlineKind::DateNoticeAfterAnswer => Term::WorkingDaysAfter(2),
            // п. 21: the arrival's day, moved to the next working day (after
            // hours, see `registration_due`).
            DeadlineKind::Instruction | DeadlineKind::Registration => Term::SetDate,
            DeadlineKind::Preparation => Term::WorkingDaysBefore(5),
            DeadlineKind::ScheduleNotice | DeadlineKind::AbsenceNotice => {
                Term::WorkingDaysBefore(2)
            }
            DeadlineKind::HearingNotice => Term::WorkingDaysBefore(3),
            DeadlineKind::Objection => Term::WorkingDaysAfter(2),
        }
    }

    /// The reading of an ambiguous rule this deadline is computed under
    /// ([`rules`](crate::rules) §2a): п. 25 (a) and (b), п. 26 (a) and (b); `None` for a
    /// clear rule. The objection (APPC art. 73) says its reading on the
    /// deadline itself, as it depends on what is known.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{reading::Reading, schedule::DeadlineKind};
    /// assert_eq!(DeadlineKind::ScheduleNotice.reading(), Some(Reading::DateNoticeBeforeReception));
    /// assert_eq!(DeadlineKind::ExtensionMax.reading(), Some(Reading::TwoMonthsFromDecision));
    /// assert_eq!(DeadlineKind::Response.reading(), None);
    /// ```
    #[must_use]
    pub const fn reading(self) -> Option<Reading> {
        match self {
            DeadlineKind::DateNoticeAfterAnswer => Some(Reading::DateNoticeAfterAnswer),
            DeadlineKind::ScheduleNotice => Some(Reading::DateNoticeBeforeReception),
            DeadlineKind::ExtensionMax => Some(Reading::TwoMonthsFromDecision),
            DeadlineKind::ExtensionMaxFromRegistration => Some(Reading::TwoMonthsFromRegistration),
            _ => None,
        }
    }

    /// This deadline counted from `from` on `cal`, with its rule and term.
    ///
    /// For [`DeadlineKind::Registration`], `from` is the day of arrival,
    /// taken as within working hours ([`registration_due`](super::registration_due)
    /// for an arrival after hours).
    ///
    /// For [`DeadlineKind::Return`], `from` is the last day of the correction
    /// period the body set (п. 6). That period is itself a term: when its last
    /// day is not a working day, it ends on the next working day (APPC
    /// art. 76(5), Civil Code art. 175), the applicant may still correct the
    /// request that day, and the 3 working days of APPC art. 64(7) run from
    /// it. The deadline's `from` is then that working day.
    ///
    /// # Errors
    /// [`TermError`] when `from` or the end is outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::DeadlineKind};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // п. 6, APPC art. 64(7): correction period ended Wednesday 6 May 2026;
    /// // 7 May is a holiday, 9–11 May the weekend and Victory Day's carry-over.
    /// let ret = DeadlineKind::Return.due(&cal, d(5, 6))?;
    /// assert_eq!(ret.date, d(5, 13));
    /// // A period ending Sat 9 May ends on Tue 12 May (10 Sun, 11 Mon the
    /// // carry-over of Victory Day): returned by 13, 14, 15 -> Fri 15 May.
    /// let ret = DeadlineKind::Return.due(&cal, d(5, 9))?;
    /// assert_eq!((ret.from, ret.date), (d(5, 12), d(5, 15)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline(always)]
    pub fn due(self, cal: &Calendar, from: NaiveDate) -> Result<Deadline, TermError> {
        if self == DeadlineKind::Registration {
            // One rule: `registration::register`, within working hours.
            return super::registration_due(cal, from, None, None);
        }
        let (rule, also) = self.rule();
        let (from, moved_provisional) = match self {
            // The correction period's end, moved off a day off (APPC
            // art. 76(5), Civil Code art. 175).
            DeadlineKind::Return => {
                let end = cal.working_day_on_or_after(from)?;
                (end.value, end.provisional)
            }
            _ => (from, false),
        };
        let mut deadline = self.term().due(cal, from, rule)?;
        deadline.also = also;
        deadline.provisional |= moved_provisional;
        deadline.reading = self.reading();
        Ok(deadline)
    }
}

crate::lang::machine_names!(
    DeadlineKind,
    "deadline",
    all = &DeadlineKind::ALL,
    name = DeadlineKind::key
);

impl Named for DeadlineKind {
    fn names(&self) -> Names {
        match self {
            DeadlineKind::Registration => Names::new(
                "жолданымды тіркеу",
                "регистрация обращения",
                "registration of the request",
            ),
            DeadlineKind::Response => Names::new(
                "өтініш берушіге жауап",
                "ответ заявителю",
                "answer to the applicant",
            ),
            DeadlineKind::Extension30Days => Names::new(
                "хатпен ұзартудың шегі (30 күнтізбелік күн)",
                "предел продления письмом (30 календарных дней)",
                "limit of an extension by letter (30 calendar days)",
            ),
            DeadlineKind::ExtensionMax => Names::new(
                "шешіммен ұзартудың шегі (екі ай)",
                "предел продления решением (два месяца)",
                "limit of an extension by decision (two months)",
            ),
            DeadlineKind::ExtensionNotice => Names::new(
                "мерзімді ұзарту туралы хабарлау",
                "извещение о продлении срока",
                "notice of the extension",
            ),
            DeadlineKind::Preparation => Names::new(
                "анықтамалық ақпаратты дайындау",
                "подготовка справочной информации",
                "preparation of the briefing",
            ),
            DeadlineKind::ScheduleNotice => Names::new(
                "қабылдау күні мен уақытын хабарлау",
                "сообщение даты и времени приема",
                "notice of the reception's date and time",
            ),
            DeadlineKind::AbsenceNotice => Names::new(
                "қабылдаудың өткізілмейтіні туралы хабарлау",
                "оповещение о невозможности приема",
                "notice that the official cannot receive",
            ),
            DeadlineKind::HearingNotice => Names::new(
                "бас тарту туралы алдын ала шешімнің жобасын тыңдау үшін жіберу",
                "направление проекта предварительного решения об отказе для заслушивания",
                "draft refusal sent for a hearing",
            ),
            DeadlineKind::Objection => Names::new(
                "өтініш берушінің қарсылығы",
                "возражение заявителя",
                "applicant's objection",
            ),
            DeadlineKind::Return => Names::new(
                "жолданымды қайтару",
                "возврат обращения",
                "return of the request",
            ),
            DeadlineKind::Forward => Names::new(
                "жолданымды уәкілетті органға жолдау",
                "направление обращения по компетенции",
                "forwarding to the competent body",
            ),
            DeadlineKind::DateNoticeAfterAnswer => Names::new(
                "жауаптан кейін қабылдау күні мен уақытын хабарлау",
                "сообщение даты и времени приема после ответа",
                "notice of the reception's date and time after the answer",
            ),
            DeadlineKind::ExtensionMaxFromRegistration => Names::new(
                "шешіммен ұзартудың шегі (тіркелген күннен бастап екі ай)",
                "предел продления решением (два месяца со дня регистрации)",
                "limit of an extension by decision (two months from registration)",
            ),
            DeadlineKind::Instruction => Names::new(
                "тапсырманы орындау",
                "исполнение поручения",
                "execution of an instruction",
            ),
        }
    }
}
