//! The schedule of an appeal: every deadline of RULES.md §3 that the dates
//! known so far determine, and the dates that contradict the rules.
//!
//! # Deadlines
//! | deadline | term | rule |
//! |---|---|---|
//! | [`Response`](DeadlineKind::Response) | registration + 15 working days | п. 25 |
//! | [`Extension30Days`](DeadlineKind::Extension30Days) | registration + 30 calendar days, moved to a working day | п. 26 |
//! | [`ExtensionMax`](DeadlineKind::ExtensionMax) | extension decision + 2 months, moved to a working day | п. 26, APPC art. 76(3) |
//! | [`ExtensionNotice`](DeadlineKind::ExtensionNotice) | extension decision + 3 working days | п. 26 |
//! | [`Preparation`](DeadlineKind::Preparation) | reception − 5 working days | п. 22 |
//! | [`ScheduleNotice`](DeadlineKind::ScheduleNotice) | reception − 2 working days | п. 25 (Reading) |
//! | [`AbsenceNotice`](DeadlineKind::AbsenceNotice) | reception − 2 working days | п. 16 |
//! | [`HearingNotice`](DeadlineKind::HearingNotice) | refusal decision − 3 working days | п. 28 |
//! | [`Objection`](DeadlineKind::Objection) | hearing notice + 2 working days | APPC art. 73, п. 28 |
//! | [`Return`](DeadlineKind::Return) | end of the correction period (moved to a working day) + 3 working days | п. 6, APPC art. 64(7) |
//!
//! # Readings
//! - **Registration is a working day** (п. 21): a registration date that is
//!   not a working day is an error; use [`register`](crate::registration::register).
//! - **Nothing happens before registration**: an extension decision, a
//!   reception, a refusal decision, a hearing notice or a correction period
//!   end dated before the registration is an error.
//! - **An extension is decided while the term runs** (п. 26, RULES.md §3):
//!   a decision after the answer's due date (п. 25) is an error. A decision
//!   on the due date itself is in time.
//! - **Room for the preparation** (п. 22): a reception whose preparation
//!   would be due before the registration is an error; a reception on the
//!   registration day is therefore an error too.
//! - **Room for the hearing** (п. 28): a refusal whose hearing notice would
//!   be due before the registration is an error; so is a hearing notice sent
//!   after its due date (a refusal without a timely notice is refused).
//! - **A refusal of the reception comes before it**: a refusal decided on or
//!   after the reception date is an error.
//! - **The applicant's 2 working days to object** (APPC art. 73) run from the
//!   day the hearing notice is sent, taken as the day it is received; when
//!   that day is not known, from the hearing notice's due date, the latest
//!   day a timely notice can be sent.
//! - **The correction period is a term** (п. 6): one whose last day is not
//!   a working day ends on the next working day (APPC art. 76(5), Civil
//!   Code art. 175), and the return's 3 working days run from that day.
//! - **A reception is held on a working day** (п. 4, 7: the schedule, in
//!   working time), as [`crate::reception`] requires: a reception on a day
//!   off is an error.
//! - **A letter extension** (п. 26) must end after the answer's due date
//!   and not after 30 calendar days from registration; a reasoned decision
//!   may then be taken until the extended term ends.

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::term::{Deadline, Term, TermError};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The dates known about an appeal so far. Start with
/// [`Facts::registered_on`] and add what is known.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::schedule::Facts;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20));
/// assert_eq!(facts.reception, Some(d(4, 20)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Facts {
    /// The registration date (п. 21), a working day.
    pub registered: NaiveDate,
    /// The end of the term as extended by a letter (п. 26): at most 30
    /// calendar days from registration.
    #[cfg_attr(feature = "serde", serde(default))]
    pub letter_extended_to: Option<NaiveDate>,
    /// The day the reasoned decision to extend the term was taken (п. 26).
    #[cfg_attr(feature = "serde", serde(default))]
    pub extended_on: Option<NaiveDate>,
    /// The day of the reception.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reception: Option<NaiveDate>,
    /// The day the refusal of the reception is to be decided (п. 28).
    #[cfg_attr(feature = "serde", serde(default))]
    pub refusal_on: Option<NaiveDate>,
    /// The day the draft refusal was sent for a hearing (п. 28, APPC art. 73).
    #[cfg_attr(feature = "serde", serde(default))]
    pub hearing_notice_sent: Option<NaiveDate>,
    /// The last day of the period set to correct the request (п. 6). If it
    /// is not a working day, the period ends on the next working day (APPC
    /// art. 76(5), Civil Code art. 175).
    #[cfg_attr(feature = "serde", serde(default))]
    pub correction_until: Option<NaiveDate>,
}

impl Facts {
    /// An appeal registered on `registered`, nothing else known yet.
    ///
    /// The registration date must be a working day (п. 21); see
    /// [`register`](crate::registration::register).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: the answer is due 15 working days later
    /// // (п. 25): 27, 30, 31 March, 1–3, 6–10, 13–16 April -> Thu 16 April.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?;
    /// assert_eq!(s.response.date, d(4, 16));
    /// // Sat 21 March is not a working day: no request is registered on it.
    /// assert!(Schedule::compute(&cal, &Facts::registered_on(d(3, 21))).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn registered_on(registered: NaiveDate) -> Facts {
        Facts {
            registered,
            letter_extended_to: None,
            extended_on: None,
            reception: None,
            refusal_on: None,
            hearing_notice_sent: None,
            correction_until: None,
        }
    }
    /// With the day the reasoned extension decision was taken (п. 26).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Decided Fri 10 April 2026, within the term (answer due 16 April).
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 10)))?;
    /// // At most two months from the decision (APPC art. 76(3)): Wed 10 June.
    /// assert_eq!(s.extension_max.map(|x| x.date), Some(d(6, 10)));
    /// // The applicant is told within 3 working days: 13, 14, 15 April.
    /// assert_eq!(s.extension_notice.map(|x| x.date), Some(d(4, 15)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_extension(mut self, decided: NaiveDate) -> Facts {
        self.extended_on = Some(decided);
        self
    }
    /// With the end of the term as extended by a letter (п. 26): later than
    /// the answer's 15 working days and not later than 30 calendar days from
    /// registration (moved to the next working day if a day off). A reasoned
    /// decision may then be taken until the extended term ends, which, if it
    /// falls on a day off, is the next working day (APPC art. 76(5)).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: answer due Thu 16 April; 30 calendar
    /// // days is Sat 25 April, moved to Mon 27 April. A letter extends the
    /// // term to Fri 24 April; a decision on Thu 23 April is then in time.
    /// let facts = Facts::registered_on(d(3, 26))
    ///     .with_letter_extension(d(4, 24))
    ///     .with_extension(d(4, 23));
    /// assert!(Schedule::compute(&cal, &facts).is_ok());
    /// // Without the letter, the same decision comes after the term.
    /// let late = Facts::registered_on(d(3, 26)).with_extension(d(4, 23));
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &late),
    ///     Err(ScheduleError::ExtensionAfterTerm { .. })
    /// ));
    /// // A letter cannot go past the 30-day limit.
    /// let long = Facts::registered_on(d(3, 26)).with_letter_extension(d(4, 28));
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &long),
    ///     Err(ScheduleError::LetterExtensionInvalid { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_letter_extension(mut self, ends: NaiveDate) -> Facts {
        self.letter_extended_to = Some(ends);
        self
    }
    /// With the day of the reception (п. 16, 22, 25).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Reception Mon 20 April 2026.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_reception(d(4, 20)))?;
    /// // п. 22: 5 working days before: 17, 16, 15, 14, 13 April -> Mon 13 April.
    /// assert_eq!(s.preparation.map(|x| x.date), Some(d(4, 13)));
    /// // п. 25 (Reading) and п. 16: 2 working days before: 17, 16 -> Thu 16 April.
    /// assert_eq!(s.schedule_notice.map(|x| x.date), Some(d(4, 16)));
    /// assert_eq!(s.absence_notice.map(|x| x.date), Some(d(4, 16)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_reception(mut self, reception: NaiveDate) -> Facts {
        self.reception = Some(reception);
        self
    }
    /// With the day the refusal is to be decided (п. 28).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Refusal to be decided Wed 15 April 2026.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_refusal(d(4, 15)))?;
    /// // п. 28: the draft goes out 3 working days before: 14, 13, 10 -> Fri 10 April.
    /// assert_eq!(s.hearing_notice.map(|x| x.date), Some(d(4, 10)));
    /// // APPC art. 73, counted from that latest day: 13, 14 -> Tue 14 April.
    /// assert_eq!(s.objection.map(|x| x.date), Some(d(4, 14)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_refusal(mut self, decided: NaiveDate) -> Facts {
        self.refusal_on = Some(decided);
        self
    }
    /// With the day the hearing notice was sent (п. 28, APPC art. 73).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let facts = Facts::registered_on(d(3, 26)).with_refusal(d(4, 15));
    /// // Sent Thu 9 April, before the due day (Fri 10 April): objections until
    /// // the 2nd working day after it, Mon 13 April (APPC art. 73).
    /// let s = Schedule::compute(&cal, &facts.with_hearing_notice_sent(d(4, 9)))?;
    /// assert_eq!(s.objection.map(|x| x.date), Some(d(4, 13)));
    /// // Sent Mon 13 April: late (п. 28).
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &facts.with_hearing_notice_sent(d(4, 13))),
    ///     Err(ScheduleError::HearingNoticeLate { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_hearing_notice_sent(mut self, sent: NaiveDate) -> Facts {
        self.hearing_notice_sent = Some(sent);
        self
    }
    /// With the last day of the correction period (п. 6).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Mon 2 March 2026; the correction period ends Fri 20 March.
    /// // Returned within 3 working days after it (APPC art. 64(7)): 21–25 March
    /// // are Nauryz, its carry-overs and the weekend, so 26, 27, 30 -> Mon 30 March.
    /// let facts = Facts::registered_on(d(3, 2)).with_correction_until(d(3, 20));
    /// let s = Schedule::compute(&cal, &facts)?;
    /// assert_eq!(s.return_due.map(|x| x.date), Some(d(3, 30)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_correction_until(mut self, until: NaiveDate) -> Facts {
        self.correction_until = Some(until);
        self
    }
}

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
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DeadlineKind {
    /// The answer that the request is on the list (п. 25).
    Response,
    /// The limit of an extension by letter: 30 calendar days (п. 26).
    Extension30Days,
    /// The limit of an extension by reasoned decision: two months (п. 26,
    /// APPC art. 76(3)).
    ExtensionMax,
    /// Telling the applicant of the extension (п. 26).
    ExtensionNotice,
    /// The briefing with a proposal to appoint a date or refuse (п. 22).
    Preparation,
    /// Telling the applicant the date and time of the reception (п. 25).
    ScheduleNotice,
    /// The official's notice that the reception cannot be held (п. 16).
    AbsenceNotice,
    /// Sending the draft refusal for a hearing (п. 28).
    HearingNotice,
    /// The applicant's objection to the draft refusal (APPC art. 73).
    Objection,
    /// The return of a request not corrected in time (п. 6, APPC art. 64(7)).
    Return,
}

impl DeadlineKind {
    /// Every kind, in the order of [`Schedule::deadlines`].
    pub const ALL: [DeadlineKind; 10] = [
        DeadlineKind::Response,
        DeadlineKind::Extension30Days,
        DeadlineKind::ExtensionMax,
        DeadlineKind::ExtensionNotice,
        DeadlineKind::Preparation,
        DeadlineKind::ScheduleNotice,
        DeadlineKind::AbsenceNotice,
        DeadlineKind::HearingNotice,
        DeadlineKind::Objection,
        DeadlineKind::Return,
    ];

    /// A stable machine key, e.g. `"response_due"`, used by the
    /// `deadlines` example's JSON.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::schedule::DeadlineKind;
    /// assert_eq!(DeadlineKind::Return.key(), "return_due");
    /// let keys: std::collections::BTreeSet<_> = DeadlineKind::ALL.iter().map(|k| k.key()).collect();
    /// assert_eq!(keys.len(), DeadlineKind::ALL.len()); // no two alike
    /// ```
    pub const fn key(self) -> &'static str {
        match self {
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
        }
    }

    /// The rule that sets the term, and its second source if any.
    ///
    /// п. 25 the answer and the date notice; п. 26 the extensions (with APPC
    /// art. 76(3) for the two months); п. 22 the briefing; п. 16 the absence
    /// notice; п. 28 the hearing notice; APPC art. 73 (with п. 28) the
    /// objection; APPC art. 64(7) (with п. 6) the return.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{law::Citation, schedule::DeadlineKind};
    /// assert_eq!(DeadlineKind::Preparation.rule(), (Citation::regulation(22), None));
    /// assert_eq!(DeadlineKind::ExtensionMax.rule(), (Citation::regulation(26), Some(Citation::APPC_76_3)));
    /// assert_eq!(DeadlineKind::Return.rule(), (Citation::APPC_64_7, Some(Citation::regulation(6))));
    /// ```
    pub const fn rule(self) -> (Citation, Option<Citation>) {
        match self {
            DeadlineKind::Response | DeadlineKind::ScheduleNotice => {
                (Citation::regulation(25), None)
            }
            DeadlineKind::Extension30Days | DeadlineKind::ExtensionNotice => {
                (Citation::regulation(26), None)
            }
            DeadlineKind::ExtensionMax => (Citation::regulation(26), Some(Citation::APPC_76_3)),
            DeadlineKind::Preparation => (Citation::regulation(22), None),
            DeadlineKind::AbsenceNotice => (Citation::regulation(16), None),
            DeadlineKind::HearingNotice => (Citation::regulation(28), None),
            DeadlineKind::Objection => (Citation::APPC_73, Some(Citation::regulation(28))),
            // The 3 working days are APPC art. 64(7)'s; п. 6 orders the return.
            DeadlineKind::Return => (Citation::APPC_64_7, Some(Citation::regulation(6))),
        }
    }

    /// The term (RULES.md §3).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{schedule::DeadlineKind, term::Term};
    /// assert_eq!(DeadlineKind::Response.term(), Term::WorkingDaysAfter(15)); // п. 25
    /// assert_eq!(DeadlineKind::Extension30Days.term(), Term::CalendarDaysAfter(30)); // п. 26
    /// assert_eq!(DeadlineKind::ExtensionMax.term(), Term::MonthsAfter(2)); // APPC art. 76(3)
    /// assert_eq!(DeadlineKind::HearingNotice.term(), Term::WorkingDaysBefore(3)); // п. 28
    /// assert_eq!(DeadlineKind::Objection.term(), Term::WorkingDaysAfter(2)); // APPC art. 73
    /// ```
    pub const fn term(self) -> Term {
        match self {
            DeadlineKind::Response => Term::WorkingDaysAfter(15),
            DeadlineKind::Extension30Days => Term::CalendarDaysAfter(30),
            DeadlineKind::ExtensionMax => Term::MonthsAfter(2),
            DeadlineKind::ExtensionNotice | DeadlineKind::Return => Term::within_working_days(3),
            DeadlineKind::Preparation => Term::WorkingDaysBefore(5),
            DeadlineKind::ScheduleNotice | DeadlineKind::AbsenceNotice => {
                Term::WorkingDaysBefore(2)
            }
            DeadlineKind::HearingNotice => Term::WorkingDaysBefore(3),
            DeadlineKind::Objection => Term::WorkingDaysAfter(2),
        }
    }

    /// This deadline counted from `from` on `cal`, with its rule and term.
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
        Ok(deadline)
    }
}

impl Named for DeadlineKind {
    fn names(&self) -> Names {
        match self {
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
                "тыңдау үшін бас тарту жобасын жіберу",
                "направление проекта отказа для заслушивания",
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
        }
    }
}

/// Every deadline the known dates of an appeal determine (RULES.md §3).
/// `Copy`; computed in O(1) without allocation by [`Schedule::compute`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?;
/// assert_eq!(s.response.date, d(4, 16));
/// assert_eq!(s.extension_30_days.date, d(4, 27)); // 25 April is a Saturday
/// assert_eq!(s.deadlines().count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Schedule {
    /// The registration date the schedule is counted from.
    pub registered: NaiveDate,
    /// п. 25: the answer, registration + 15 working days.
    pub response: Deadline,
    /// п. 26: the limit of an extension by letter, registration + 30
    /// calendar days, moved to the next working day.
    pub extension_30_days: Deadline,
    /// п. 26, APPC art. 76(3): the limit of an extension by reasoned
    /// decision, decision + 2 months, moved to the next working day.
    pub extension_max: Option<Deadline>,
    /// п. 26: telling the applicant of the extension, decision + 3 working days.
    pub extension_notice: Option<Deadline>,
    /// п. 22: the briefing, reception − 5 working days.
    pub preparation: Option<Deadline>,
    /// п. 25 (Reading): the date and time told, reception − 2 working days.
    pub schedule_notice: Option<Deadline>,
    /// п. 16: the official's absence notice, reception − 2 working days.
    pub absence_notice: Option<Deadline>,
    /// п. 28: the draft refusal sent, refusal decision − 3 working days.
    pub hearing_notice: Option<Deadline>,
    /// APPC art. 73: the applicant's objection, hearing notice + 2 working days.
    pub objection: Option<Deadline>,
    /// п. 6, APPC art. 64(7): the return, correction period end (moved to a
    /// working day, APPC art. 76(5)) + 3 working days.
    #[cfg_attr(feature = "serde", serde(rename = "return"))]
    pub return_due: Option<Deadline>,
}

impl Schedule {
    /// The schedule of an appeal from the dates known so far (RULES.md §3),
    /// checking them against the rules (see the module's Readings). O(1), no
    /// allocation.
    ///
    /// # Errors
    /// [`ScheduleError`] naming the contradiction and its rule, or wrapping
    /// the [`TermError`] of a date outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule, ScheduleError}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20));
    /// let s = Schedule::compute(&cal, &facts)?;
    /// // Monday 20 April: 5 working days before is Monday 13 April (п. 22).
    /// assert_eq!(s.preparation.map(|p| p.date), Some(d(4, 13)));
    /// // An extension decided after the answer was due (16 April) is refused (п. 26).
    /// let late = Facts::registered_on(d(3, 26)).with_extension(d(4, 17));
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &late),
    ///     Err(ScheduleError::ExtensionAfterTerm { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute(cal: &Calendar, facts: &Facts) -> Result<Schedule, ScheduleError> {
        let registered = facts.registered;
        if !cal
            .is_working_day(registered)
            .map_err(TermError::from)?
            .value
        {
            return Err(ScheduleError::RegisteredOnDayOff { registered });
        }
        let not_before_registration = |what: Event, date: NaiveDate| {
            if date < registered {
                Err(ScheduleError::BeforeRegistration {
                    what,
                    date,
                    registered,
                })
            } else {
                Ok(())
            }
        };
        let response = DeadlineKind::Response.due(cal, registered)?;
        let extension_30_days = DeadlineKind::Extension30Days.due(cal, registered)?;

        // The term of the answer: п. 25, or as extended by a letter (п. 26),
        // moved off a day off (APPC art. 76(5)).
        let mut term_ends = response.date;
        if let Some(ends) = facts.letter_extended_to {
            if ends <= response.date || ends > extension_30_days.date {
                return Err(ScheduleError::LetterExtensionInvalid {
                    ends,
                    response_due: response.date,
                    limit: extension_30_days.date,
                });
            }
            term_ends = cal
                .working_day_on_or_after(ends)
                .map_err(TermError::from)?
                .value;
        }

        let (mut extension_max, mut extension_notice) = (None, None);
        if let Some(decided) = facts.extended_on {
            not_before_registration(Event::Extension, decided)?;
            if decided > term_ends {
                return Err(ScheduleError::ExtensionAfterTerm {
                    extended_on: decided,
                    response_due: term_ends,
                });
            }
            extension_max = Some(DeadlineKind::ExtensionMax.due(cal, decided)?);
            extension_notice = Some(DeadlineKind::ExtensionNotice.due(cal, decided)?);
        }

        let (mut preparation, mut schedule_notice, mut absence_notice) = (None, None, None);
        if let Some(reception) = facts.reception {
            not_before_registration(Event::Reception, reception)?;
            if !cal
                .is_working_day(reception)
                .map_err(TermError::from)?
                .value
            {
                return Err(ScheduleError::ReceptionOnDayOff { reception });
            }
            let prep = DeadlineKind::Preparation.due(cal, reception)?;
            if prep.date < registered {
                return Err(ScheduleError::NoTimeToPrepare {
                    reception,
                    preparation_due: prep.date,
                    registered,
                });
            }
            preparation = Some(prep);
            schedule_notice = Some(DeadlineKind::ScheduleNotice.due(cal, reception)?);
            absence_notice = Some(DeadlineKind::AbsenceNotice.due(cal, reception)?);
        }

        let mut hearing_notice = None;
        if let Some(refusal) = facts.refusal_on {
            not_before_registration(Event::Refusal, refusal)?;
            if let Some(reception) = facts.reception.filter(|r| refusal >= *r) {
                return Err(ScheduleError::RefusalAfterReception { refusal, reception });
            }
            let notice = DeadlineKind::HearingNotice.due(cal, refusal)?;
            if notice.date < registered {
                return Err(ScheduleError::NoTimeForHearing {
                    refusal,
                    hearing_notice_due: notice.date,
                    registered,
                });
            }
            hearing_notice = Some(notice);
        }

        // APPC art. 73: the objection runs from the notice actually sent, or
        // else from the latest day a timely notice can be sent.
        let sent = match facts.hearing_notice_sent {
            Some(sent) => {
                not_before_registration(Event::HearingNotice, sent)?;
                if let Some(due) = hearing_notice.filter(|due| sent > due.date) {
                    return Err(ScheduleError::HearingNoticeLate {
                        sent,
                        due: due.date,
                    });
                }
                Some(sent)
            }
            None => hearing_notice.map(|due| due.date),
        };
        let objection = sent
            .map(|sent| DeadlineKind::Objection.due(cal, sent))
            .transpose()?;

        let return_due = facts
            .correction_until
            .map(|until| {
                not_before_registration(Event::CorrectionEnd, until)?;
                if !leaves_time_to_correct(registered, until) {
                    return Err(ScheduleError::NoTimeToCorrect { until, registered });
                }
                Ok::<_, ScheduleError>(DeadlineKind::Return.due(cal, until)?)
            })
            .transpose()?;

        Ok(Schedule {
            registered,
            response,
            extension_30_days,
            extension_max,
            extension_notice,
            preparation,
            schedule_notice,
            absence_notice,
            hearing_notice,
            objection,
            return_due,
        })
    }

    /// The deadline of `kind`, if the known dates determine it.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{DeadlineKind, Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let s = Schedule::compute(&cal, &Facts::registered_on(NaiveDate::from_ymd_opt(2026, 3, 26).unwrap()))?;
    /// assert!(s.get(DeadlineKind::Response).is_some());
    /// assert!(s.get(DeadlineKind::Preparation).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn get(&self, kind: DeadlineKind) -> Option<&Deadline> {
        match kind {
            DeadlineKind::Response => Some(&self.response),
            DeadlineKind::Extension30Days => Some(&self.extension_30_days),
            DeadlineKind::ExtensionMax => self.extension_max.as_ref(),
            DeadlineKind::ExtensionNotice => self.extension_notice.as_ref(),
            DeadlineKind::Preparation => self.preparation.as_ref(),
            DeadlineKind::ScheduleNotice => self.schedule_notice.as_ref(),
            DeadlineKind::AbsenceNotice => self.absence_notice.as_ref(),
            DeadlineKind::HearingNotice => self.hearing_notice.as_ref(),
            DeadlineKind::Objection => self.objection.as_ref(),
            DeadlineKind::Return => self.return_due.as_ref(),
        }
    }

    /// Every deadline the known dates determine, in the order of
    /// [`DeadlineKind::ALL`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{DeadlineKind, Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 10)))?;
    /// let kinds: Vec<_> = s.deadlines().map(|(kind, _)| kind).collect();
    /// assert_eq!(kinds, [
    ///     DeadlineKind::Response, DeadlineKind::Extension30Days,
    ///     DeadlineKind::ExtensionMax, DeadlineKind::ExtensionNotice,
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deadlines(&self) -> impl Iterator<Item = (DeadlineKind, &Deadline)> {
        DeadlineKind::ALL
            .into_iter()
            .filter_map(|kind| self.get(kind).map(|d| (kind, d)))
    }

    /// Whether any deadline rests on a day of a provisional or projected
    /// year (RULES.md §1).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // 15 working days after 10 December 2026 end in 2027, a provisional year.
    /// assert!(Schedule::compute(&cal, &Facts::registered_on(d(12, 10)))?.provisional());
    /// assert!(!Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?.provisional());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn provisional(&self) -> bool {
        self.deadlines().any(|(_, d)| d.provisional)
    }
}

/// Whether a correction period ending on `until` leaves the applicant any
/// time after the registration on `registered` (п. 6: a reasonable period;
/// **Reading**: at least one day after registration). Shared by the
/// schedule and [`crate::intake`].
pub(crate) const fn leaves_time_to_correct(registered: NaiveDate, until: NaiveDate) -> bool {
    until.signed_duration_since(registered).num_days() > 0
}

/// An event of an appeal, named in [`ScheduleError::BeforeRegistration`].
///
/// # Example
/// ```
/// # use chrono::NaiveDate;
/// # use kz_appeals::calendar::Calendar;
/// # use kz_appeals::schedule::*;
/// # let cal = Calendar::kazakhstan();
/// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // A reception dated before the registration (Thu 26 March 2026).
/// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_reception(d(3, 25))).unwrap_err();
/// assert!(matches!(err, ScheduleError::BeforeRegistration { what: Event::Reception, .. }));
/// assert_eq!(Event::Extension.to_string(), "the extension decision (п. 26)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Event {
    /// The reasoned extension decision (п. 26).
    Extension,
    /// The reception.
    Reception,
    /// The refusal decision (п. 28).
    Refusal,
    /// The sending of the hearing notice (п. 28).
    HearingNotice,
    /// The end of the correction period (п. 6).
    CorrectionEnd,
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Event::Extension => "the extension decision (п. 26)",
            Event::Reception => "the reception",
            Event::Refusal => "the refusal decision (п. 28)",
            Event::HearingNotice => "the hearing notice (п. 28)",
            Event::CorrectionEnd => "the end of the correction period (п. 6)",
        })
    }
}

/// Dates that contradict the rules, or that the calendar cannot count.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule, ScheduleError}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 21))).unwrap_err();
/// assert!(matches!(err, ScheduleError::RegisteredOnDayOff { .. }));
/// assert_eq!(err.citation().map(|c| c.to_string()).as_deref(), Some("п. 21"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleError {
    /// The registration date is not a working day (п. 21).
    #[error(
        "{registered} is not a working day, so no request is registered on it (п. 21): \
         give the registration date, the first working day on or after the arrival"
    )]
    RegisteredOnDayOff {
        /// The registration date given.
        registered: NaiveDate,
    },
    /// An event dated before the registration.
    #[error(
        "{what} on {date} is before the registration on {registered}: \
         every event of an appeal comes on or after its registration (п. 21)"
    )]
    BeforeRegistration {
        /// Which event.
        what: Event,
        /// Its date.
        date: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// An extension decided after the answer was due (п. 26).
    #[error(
        "the extension decided on {extended_on} comes after the term of the answer ended on \
         {response_due} (п. 25, or as extended by letter): a term that has ended cannot be \
         extended (п. 26); the decision must be taken on or before {response_due}"
    )]
    ExtensionAfterTerm {
        /// The decision date.
        extended_on: NaiveDate,
        /// The last day of the answer's term (п. 25, or as extended by letter).
        response_due: NaiveDate,
    },
    /// A letter extension that does not extend the term or goes past the
    /// 30 calendar days (п. 26).
    #[error(
        "the letter extends the term to {ends}, but it must end after the answer's due date \
         {response_due} (п. 25) and not after {limit}, 30 calendar days from registration (п. 26)"
    )]
    LetterExtensionInvalid {
        /// The end the letter gives.
        ends: NaiveDate,
        /// The answer's due date (п. 25).
        response_due: NaiveDate,
        /// The 30-calendar-day limit (п. 26).
        limit: NaiveDate,
    },
    /// A reception set on a day that is not a working day.
    #[error(
        "the reception is set on {reception}, which is not a working day; receptions are held \
         on working days, in working time, by the schedule (п. 4, 7)"
    )]
    ReceptionOnDayOff {
        /// The reception date.
        reception: NaiveDate,
    },
    /// A correction period that ends on the registration day leaves the
    /// applicant no time to correct the request (п. 6: a reasonable period).
    #[error(
        "the correction period ends on {until}, not after the registration on {registered}: \
         п. 6 asks for a reasonable period to correct the request; set a later end"
    )]
    NoTimeToCorrect {
        /// The last day of the correction period.
        until: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A reception too close to the registration for the briefing (п. 22).
    #[error(
        "a reception on {reception} needs its briefing by {preparation_due} \
         (5 working days before, п. 22), before the registration on {registered}: \
         choose a later reception date"
    )]
    NoTimeToPrepare {
        /// The reception date.
        reception: NaiveDate,
        /// The briefing's due date (п. 22).
        preparation_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A refusal too close to the registration for a timely hearing notice (п. 28).
    #[error(
        "a refusal decided on {refusal} needs its draft sent by {hearing_notice_due} \
         (3 working days before, п. 28), before the registration on {registered}: \
         no timely hearing notice is possible; decide later"
    )]
    NoTimeForHearing {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The hearing notice's due date (п. 28).
        hearing_notice_due: NaiveDate,
        /// The registration date.
        registered: NaiveDate,
    },
    /// A hearing notice sent after its due date (п. 28).
    #[error(
        "the hearing notice sent on {sent} is late: it was due by {due} \
         (3 working days before the refusal, п. 28); a refusal without a timely notice is refused"
    )]
    HearingNoticeLate {
        /// When it was sent.
        sent: NaiveDate,
        /// When it was due.
        due: NaiveDate,
    },
    /// A refusal of the reception decided on or after the reception (п. 28).
    #[error(
        "the refusal decided on {refusal} is not before the reception on {reception}: \
         a reception is refused before it is held (п. 28)"
    )]
    RefusalAfterReception {
        /// The refusal decision date.
        refusal: NaiveDate,
        /// The reception date.
        reception: NaiveDate,
    },
    /// A date or an end outside the calendar, or a term that cannot be counted.
    #[error(transparent)]
    Term(#[from] TermError),
}

impl ScheduleError {
    /// The rule the dates contradict; `None` for a calendar error.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Refusal decided Tuesday 31 March: 3 working days before is Thursday 26
    /// // March, the registration day itself, so the notice is just in time; on
    /// // Monday 30 March it would be due on Friday 20 March, before registration.
    /// let err = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_refusal(d(3, 30))).unwrap_err();
    /// assert_eq!(err.citation(), Some(Citation::regulation(28)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn citation(&self) -> Option<Citation> {
        match self {
            ScheduleError::RegisteredOnDayOff { .. } | ScheduleError::BeforeRegistration { .. } => {
                Some(Citation::regulation(21))
            }
            ScheduleError::ExtensionAfterTerm { .. }
            | ScheduleError::LetterExtensionInvalid { .. } => Some(Citation::regulation(26)),
            ScheduleError::ReceptionOnDayOff { .. } => Some(Citation::regulation(7)),
            ScheduleError::NoTimeToCorrect { .. } => Some(Citation::regulation(6)),
            ScheduleError::NoTimeToPrepare { .. } => Some(Citation::regulation(22)),
            ScheduleError::NoTimeForHearing { .. }
            | ScheduleError::HearingNoticeLate { .. }
            | ScheduleError::RefusalAfterReception { .. } => Some(Citation::regulation(28)),
            ScheduleError::Term(_) => None,
        }
    }
}
