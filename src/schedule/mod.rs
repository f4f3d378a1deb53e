//! The schedule of an appeal: every deadline of [`rules`](crate::rules) §3 that the dates
//! known so far determine, the violations those dates show, and the dates
//! that cannot have happened.
//!
//! # Deadlines
//! | deadline | term | rule |
//! |---|---|---|
//! | [`Registration`](DeadlineKind::Registration) | the day of arrival, or the next working day (after hours too) | п. 21, APPC art. 64(3) ([`registration_due`]) |
//! | [`Response`](DeadlineKind::Response) | registration + 15 working days | п. 25 |
//! | [`Extension30Days`](DeadlineKind::Extension30Days) | registration + 30 calendar days, moved to a working day | п. 26 |
//! | [`ExtensionMax`](DeadlineKind::ExtensionMax) | extension decision + 2 months, moved to a working day | п. 26 reading (a), APPC art. 76(3) |
//! | [`ExtensionMaxFromRegistration`](DeadlineKind::ExtensionMaxFromRegistration) | registration + 2 months, moved to a working day | п. 26 reading (b) |
//! | [`ExtensionNotice`](DeadlineKind::ExtensionNotice) | extension decision + 3 working days | п. 26 |
//! | [`Preparation`](DeadlineKind::Briefing) | reception − 5 working days | п. 22 |
//! | [`ScheduleNotice`](DeadlineKind::ScheduleNotice) | reception − 2 working days | п. 25 reading (b) |
//! | [`DateNoticeAfterAnswer`](DeadlineKind::DateNoticeAfterAnswer) | answer + 2 working days, at the latest the last working day before the reception, never before the answer | п. 25 reading (a) |
//! | [`AbsenceNotice`](DeadlineKind::AbsenceNotice) | reception − 2 working days, or the reception day for a later cause | п. 16 ([`absence_notice_due`]) |
//! | [`HearingNotice`](DeadlineKind::HearingNotice) | refusal decision − 3 working days | п. 28 |
//! | [`Objection`](DeadlineKind::Objection) | receipt (else sending) of the draft + 2 working days | APPC art. 73, п. 28 |
//! | [`Return`](DeadlineKind::Return) | end of the correction period (moved to a working day) + 3 working days | п. 6, APPC art. 64(7) |
//! | [`Forward`](DeadlineKind::Forward) | arrival + 3 working days (registration when the arrival is unknown) | п. 15(1), APPC art. 65(1) |
//!
//! # Readings ([`rules`](crate::rules) §2a)
//! Both readings of п. 25 and of п. 26 are computed whenever their facts are
//! known; each deadline names its reading ([`Deadline::reading`]), the
//! [`Policy`] chooses the one the violations apply, and
//! [`Schedule::safe_date`] gives the earliest, which satisfies both.
//!
//! # Dates only: the judge is the case file's
//! The schedule is the calculator of dates for loose facts ("what if"):
//! it computes every deadline and the term of the answer, and refuses what
//! cannot have happened. It does **not** judge: whether an act was late, a
//! step overdue, and whether APPC art. 91(2) deems a refusal is decided by
//! the one judge of [`crate::case`], which measures a case file and the
//! same facts alike ([`crate::case::judge_facts`],
//! [`crate::case::evaluate_facts`]), so that the two cannot disagree.
//!
//! Only what cannot have happened is a [`ScheduleError`]: a registration on
//! a day off (п. 21); an event before the registration; a reception on a
//! day off (п. 4, 7); a refusal decided after the reception day (п. 22–24:
//! the refusal replaces the reception; on the day itself it is accepted); a
//! refusal decided before its draft was sent (п. 28); a draft received
//! before it was sent, objections before it (APPC art. 73); a letter
//! extension that extends nothing or goes past 30 calendar days (п. 26); a
//! correction period leaving no time (п. 6).
//! When the reception or the refusal is only planned (for the reception: no
//! briefing recorded and its date not yet told to the applicant; for the
//! refusal: no draft recorded), one too close to the registration for a
//! timely briefing (п. 22) or draft (п. 28) is an error too: plan it later.
//! A reception whose date was told is a fact: its briefing is a violation.
//!
//! # Other readings
//! - **Registration is a working day** (п. 21): use
//!   [`register`](crate::deadline::registration::register). Its deadline from the
//!   arrival is [`registration_due`]; an arrival is after hours (APPC
//!   art. 64(3)) only when its time and the body's closing time are known.
//! - **The answer of п. 25 is the first** (п. 25, 28; APPC art. 76): the
//!   answer with inclusion in the list, or the refusal that replaces it,
//!   whichever comes first. Once it was given on time, a refusal after a
//!   hearing that follows is not a late answer: it replaces the reception
//!   (п. 22–24), and is measured by its own rules (п. 28, APPC art. 73).
//! - **п. 25 reading (b) for every reception set**: the schedule holds the
//!   reception now set; the case file ([`crate::case::evaluate_with`])
//!   measures the notice of each reception that was set and then moved or
//!   cancelled (п. 16) against that reception, when the policy applies (b).
//! - **A forwarding in time ends this body's term** (п. 15(1), APPC
//!   arts. 65, 76(2)): the competent body answers, so no refusal is deemed.
//! - **The applicant's 2 working days to object** (APPC art. 73) run from
//!   the day the draft was received; when that is not known, from the day it
//!   was sent; when neither is, from the hearing notice's due date, the
//!   latest day a timely draft can be sent.
//! - **The correction period is a term** (п. 6): one whose last day is not
//!   a working day ends on the next working day (APPC art. 76(5), Civil
//!   Code art. 175), and the return's 3 working days run from that day.
//! - **The term of the answer as extended by a decision** ends on the limit
//!   of the reading the policy applies: the decision names "a reasonable
//!   period", which the facts do not hold, and the limit is the latest it
//!   can be.
//! - **The deemed refusal** (APPC art. 91(2): "со дня истечения сроков"):
//!   an act may be done until midnight of the term's last day (Civil Code
//!   art. 176(1)), so the term has expired, and the refusal is deemed, from
//!   the next calendar day. It needs no act of the body, so it is not moved
//!   to a working day.

mod error;
mod facts;

/// The vocabulary the schedule counts with ([`crate::deadline`]).
pub use crate::deadline::{
    DeadlineKind, absence_notice_due, absence_notice_timely, registration_due,
};
pub use error::{Fact, ScheduleError};
pub use facts::Facts;

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::deadline::absence_notice_due_under;
use crate::deadline::reading::{Absence, Letter, Policy, Reading};
use crate::deadline::term::{Deadline, Term, TermError};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Every deadline the known dates of an appeal determine ([`rules`](crate::rules) §3),
/// the term of the answer as it stands, and the facts and policy it was
/// computed from. `Copy`; computed in O(1) without allocation by
/// [`Schedule::compute`].
///
/// Serialized with each deadline under its key (`"response_due"`,
/// `"return_due"`, …, as [`DeadlineKind::key`]), absent ones as `null`.
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
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Schedule {
    /// The registration date the schedule is counted from.
    pub registered: NaiveDate,
    /// п. 25: the answer, registration + 15 working days.
    #[cfg_attr(feature = "serde", serde(rename = "response_due"))]
    pub response: Deadline,
    /// п. 26: the limit of an extension by letter, registration + 30
    /// calendar days, moved to the next working day.
    #[cfg_attr(feature = "serde", serde(rename = "extension_30_days_due"))]
    pub extension_30_days: Deadline,
    /// п. 26 reading (a), APPC art. 76(3): the limit of an extension by
    /// reasoned decision taken in time, decision + 2 months, moved to the
    /// next working day.
    #[cfg_attr(feature = "serde", serde(rename = "extension_max_due"))]
    pub extension_max: Option<Deadline>,
    /// п. 26 reading (b): the same limit, registration + 2 months.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "extension_max_due_from_registration")
    )]
    pub extension_max_from_registration: Option<Deadline>,
    /// п. 26: telling the applicant of the extension, decision + 3 working days.
    #[cfg_attr(feature = "serde", serde(rename = "extension_notice_due"))]
    pub extension_notice: Option<Deadline>,
    /// п. 22: the briefing, reception − 5 working days.
    #[cfg_attr(feature = "serde", serde(rename = "preparation_due"))]
    pub briefing: Option<Deadline>,
    /// п. 25 reading (b): the date and time told, reception − 2 working days.
    #[cfg_attr(feature = "serde", serde(rename = "schedule_notice_due"))]
    pub schedule_notice: Option<Deadline>,
    /// п. 25 reading (a): the date and time told, answer + 2 working days,
    /// capped by the reception (the last working day before it).
    #[cfg_attr(feature = "serde", serde(rename = "date_notice_due_after_answer"))]
    pub date_notice_after_answer: Option<Deadline>,
    /// п. 16: the official's absence notice ([`absence_notice_due`]).
    #[cfg_attr(feature = "serde", serde(rename = "absence_notice_due"))]
    pub absence_notice: Option<Deadline>,
    /// п. 16: the absence notice under the other reading than the policy's
    /// ([`Schedule::readings`] gives both, [`Schedule::safe_date`] the
    /// earlier).
    #[cfg_attr(
        feature = "serde",
        serde(rename = "absence_notice_due_other_reading", default)
    )]
    pub absence_notice_other: Option<Deadline>,
    /// п. 28: the draft refusal sent, refusal decision − 3 working days.
    #[cfg_attr(feature = "serde", serde(rename = "hearing_notice_due"))]
    pub hearing_notice: Option<Deadline>,
    /// APPC art. 73: the applicant's objection, receipt (or sending) of the
    /// draft + 2 working days.
    #[cfg_attr(feature = "serde", serde(rename = "objection_due"))]
    pub objection: Option<Deadline>,
    /// п. 6, APPC art. 64(7): the return, correction period end (moved to a
    /// working day, APPC art. 76(5)) + 3 working days.
    #[cfg_attr(feature = "serde", serde(rename = "return_due"))]
    pub return_due: Option<Deadline>,
    /// п. 15(1), APPC art. 65(1): forwarding to the competent body,
    /// arrival + 3 working days.
    #[cfg_attr(feature = "serde", serde(rename = "forward_due"))]
    pub forward: Option<Deadline>,
    /// The term of the answer as it stands (п. 25, 26; APPC art. 76): the
    /// 15 working days, or the end of the letter's extension, or the limit
    /// of an extension by decision taken in time under the policy's reading.
    pub answer_term: Deadline,
    /// APPC art. 91(2): the term a refusal is deemed after: the term of the
    /// answer, or under the APPC-strict reading of п. 26's letter
    /// ([`Letter::AppcStrict`](crate::deadline::reading::Letter)), that term
    /// without the letter's extension.
    pub deemed_term: Deadline,
    /// п. 26: the term of the answer as extended by a letter sent in time,
    /// its end moved off a day off (APPC art. 76(5)); `None` without one.
    pub letter_term: Option<Deadline>,
    /// The readings applied ([`rules`](crate::rules) §2a).
    pub policy: Policy,
    /// The facts the schedule was computed from.
    pub facts: Facts,
}

impl Schedule {
    /// The schedule of an appeal from the dates known so far ([`rules`](crate::rules) §3),
    /// under the default [`Policy`]: [`Schedule::compute_with`].
    ///
    /// # Errors
    /// As [`Schedule::compute_with`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20));
    /// let s = Schedule::compute(&cal, &facts)?;
    /// // Monday 20 April: 5 working days before is Monday 13 April (п. 22).
    /// assert_eq!(s.briefing.map(|p| p.date), Some(d(4, 13)));
    /// // An extension decided after the answer was due (16 April) extends
    /// // nothing (п. 26) and is a violation of APPC art. 76(3).
    /// let late = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 17)))?;
    /// assert_eq!(late.answer_term.date, d(4, 16));
    /// assert_eq!(kz_appeals::case::judge_facts(&cal, &late.facts, late.policy)?.violations[0].late_by_working_days, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute(cal: &Calendar, facts: &Facts) -> Result<Schedule, ScheduleError> {
        Schedule::compute_with(cal, facts, Policy::default())
    }

    /// The schedule of an appeal from the dates known so far ([`rules`](crate::rules) §3),
    /// applying `policy`'s readings to the term of the answer; see the
    /// module's rules for what is late and what is impossible. O(1), no
    /// allocation.
    ///
    /// # Errors
    /// [`ScheduleError`] naming what cannot have happened and its rule;
    /// [`ScheduleError::OutsideCalendar`] naming the deadline and its input
    /// when a deadline leaves the calendar; [`ScheduleError::Term`] for an
    /// input date outside it.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, reading::{Policy, TwoMonths}, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026, extended by decision on Fri 10 April.
    /// let facts = Facts::registered_on(d(3, 26)).with_extension(d(4, 10));
    /// // п. 26 (a), APPC art. 76(3): 10 April + 2 months = Wed 10 June.
    /// assert_eq!(Schedule::compute(&cal, &facts)?.answer_term.date, d(6, 10));
    /// // п. 26 (b): 26 March + 2 months = Tue 26 May.
    /// let literal = Policy::default().with_two_months(TwoMonths::FromRegistration);
    /// assert_eq!(Schedule::compute_with(&cal, &facts, literal)?.answer_term.date, d(5, 26));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute_with(
        cal: &Calendar,
        facts: &Facts,
        policy: Policy,
    ) -> Result<Schedule, ScheduleError> {
        let registered = facts.registered;
        check_order(cal, facts)?;
        let response = due(cal, DeadlineKind::Response, registered)?;
        let extension_30_days = due(cal, DeadlineKind::Extension30Days, registered)?;
        let terms = answer_terms(cal, facts, policy, response, extension_30_days)?;
        // APPC art. 65(1): from the day the request arrived, whatever the
        // day of its registration.
        let arrived = facts.arrived_on.unwrap_or(registered).min(registered);
        let forward = (facts.outside_competence || facts.forwarded_on.is_some())
            .then(|| due(cal, DeadlineKind::Forward, arrived))
            .transpose()?;
        let date_notice_after_answer = facts
            .answered_on
            .map(|answered| date_notice_after_answer(cal, answered, facts.reception))
            .transpose()
            .map_err(|source| ScheduleError::OutsideCalendar {
                deadline: DeadlineKind::DateNoticeAfterAnswer,
                from: facts.answered_on.unwrap_or(registered),
                first: cal.first_day(),
                last: cal.last_day(),
                source,
            })?;
        let reception = reception_deadlines(cal, facts, policy)?;
        let (hearing_notice, objection) = hearing_deadlines(cal, facts)?;
        let return_due = facts
            .correction_until
            .map(|until| {
                if !leaves_time_to_correct(registered, until) {
                    return Err(ScheduleError::NoTimeToCorrect { until, registered });
                }
                due(cal, DeadlineKind::Return, until)
            })
            .transpose()?;

        Ok(Schedule {
            registered,
            response,
            extension_30_days,
            extension_max: terms.extension_max,
            extension_max_from_registration: terms.extension_max_from_registration,
            extension_notice: terms.extension_notice,
            briefing: reception.briefing,
            schedule_notice: reception.schedule_notice,
            date_notice_after_answer,
            absence_notice: reception.absence_notice,
            absence_notice_other: reception.absence_notice_other,
            hearing_notice,
            objection,
            return_due,
            forward,
            answer_term: terms.answer_term,
            deemed_term: terms.deemed_term,
            letter_term: terms.letter_term,
            policy,
            facts: *facts,
        })
    }

    /// Whether the term of the answer may still be extended by a reasoned
    /// decision on `on` (п. 26): not before the registration, and not after
    /// the term (п. 25, or as extended by letter) has ended. For the guarded
    /// "may I extend now?"; a decision that was in fact taken late is a
    /// violation, measured by the judge ([`crate::case::judge_facts`]).
    ///
    /// # Errors
    /// [`ScheduleError::BeforeRegistration`], [`ScheduleError::ExtensionAfterTerm`];
    /// [`ScheduleError::Term`] when the letter's end lies outside the calendar.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, schedule::{Facts, Schedule, ScheduleError}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: the answer is due Thu 16 April (п. 25).
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?;
    /// assert!(s.may_extend(&cal, d(4, 16)).is_ok());
    /// assert!(matches!(s.may_extend(&cal, d(4, 17)), Err(ScheduleError::ExtensionAfterTerm { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn may_extend(&self, cal: &Calendar, on: NaiveDate) -> Result<(), ScheduleError> {
        if on < self.registered {
            return Err(ScheduleError::BeforeRegistration {
                what: Fact::Extension,
                date: on,
                registered: self.registered,
            });
        }
        let letter = self
            .facts
            .letter_extended_to
            .filter(|_| letter_in_time(&self.facts, self.response.date));
        let term_ends = match letter {
            Some(ends) => {
                cal.working_day_on_or_after(ends)
                    .map_err(TermError::from)?
                    .value
            }
            None => self.response.date,
        };
        if on > term_ends {
            return Err(ScheduleError::ExtensionAfterTerm {
                extended_on: on,
                term_ends,
            });
        }
        Ok(())
    }

    /// The deadlines of `rule`'s readings that the known dates determine,
    /// each with its reading ([`rules`](crate::rules) §2a): п. 25 gives
    /// `date_notice_due_after_answer` (a) and `schedule_notice_due` (b);
    /// п. 26 gives `extension_max_due` (a) and
    /// `extension_max_due_from_registration` (b).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, reading::Reading, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 10)))?;
    /// let readings: Vec<_> = s.readings(Citation::regulation(26)).map(|(r, d)| (r, d.date)).collect();
    /// assert_eq!(readings, [
    ///     (Reading::TwoMonthsFromDecision, d(6, 10)),
    ///     (Reading::TwoMonthsFromRegistration, d(5, 26)),
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn readings(&self, rule: Citation) -> impl Iterator<Item = (Reading, &Deadline)> {
        // п. 16's two readings give one deadline kind, each date named by
        // its reading.
        let absence = [
            self.absence_notice.as_ref(),
            self.absence_notice_other.as_ref(),
        ]
        .into_iter()
        .flatten()
        .filter(move |_| rule == Citation::regulation(16))
        .filter_map(|d| d.reading.map(|r| (r, d)));
        Reading::ALL
            .into_iter()
            .filter(move |r| r.rule() == rule)
            .filter_map(|r| r.deadline().and_then(|k| self.get(k)).map(|d| (r, d)))
            .chain(absence)
    }

    /// The safe date of an ambiguous rule ([`rules`](crate::rules) §2a): the earliest of
    /// its readings' dates that the known dates determine, which satisfies
    /// every reading. `None` when no reading's date is known or the rule is
    /// not ambiguous.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, law::Citation, schedule::{Facts, Schedule}};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // п. 26: (a) 10 April + 2 months = 10 June; (b) 26 March + 2 months = 26 May.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 10)))?;
    /// assert_eq!(s.safe_date(Citation::regulation(26)), Some(d(5, 26)));
    /// assert_eq!(s.safe_date(Citation::regulation(22)), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn safe_date(&self, rule: Citation) -> Option<NaiveDate> {
        self.readings(rule).map(|(_, d)| d.date).min()
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
    /// assert!(s.get(DeadlineKind::Briefing).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn get(&self, kind: DeadlineKind) -> Option<&Deadline> {
        match kind {
            DeadlineKind::Response => Some(&self.response),
            DeadlineKind::Extension30Days => Some(&self.extension_30_days),
            DeadlineKind::ExtensionMax => self.extension_max.as_ref(),
            DeadlineKind::ExtensionNotice => self.extension_notice.as_ref(),
            DeadlineKind::Briefing => self.briefing.as_ref(),
            DeadlineKind::ScheduleNotice => self.schedule_notice.as_ref(),
            DeadlineKind::AbsenceNotice => self.absence_notice.as_ref(),
            DeadlineKind::HearingNotice => self.hearing_notice.as_ref(),
            DeadlineKind::Objection => self.objection.as_ref(),
            DeadlineKind::Return => self.return_due.as_ref(),
            DeadlineKind::Forward => self.forward.as_ref(),
            DeadlineKind::DateNoticeAfterAnswer => self.date_notice_after_answer.as_ref(),
            DeadlineKind::ExtensionMaxFromRegistration => {
                self.extension_max_from_registration.as_ref()
            }
            // An instruction's date is the protocol's (п. 19), the
            // registration's is counted from the arrival (the case file's):
            // neither is the schedule's.
            // The letter, the decision and the draft's receipt are measured
            // by the judge (`crate::case`), against dates of this schedule.
            DeadlineKind::Instruction
            | DeadlineKind::Registration
            | DeadlineKind::ExtensionLetter
            | DeadlineKind::ExtensionDecision
            | DeadlineKind::DraftReceipt
            | DeadlineKind::ReceptionForm
            | DeadlineKind::Assignment
            | DeadlineKind::HearingProtocol
            | DeadlineKind::HearingRemarks => None,
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
    ///     DeadlineKind::ExtensionMax, DeadlineKind::ExtensionMaxFromRegistration,
    ///     DeadlineKind::ExtensionNotice,
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deadlines(&self) -> impl Iterator<Item = (DeadlineKind, &Deadline)> {
        DeadlineKind::ALL
            .iter()
            .copied()
            .filter_map(|kind| self.get(kind).map(|d| (kind, d)))
    }

    /// Whether any deadline rests on a day of a provisional or projected
    /// year ([`rules`](crate::rules) §1).
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
    #[must_use]
    pub fn provisional(&self) -> bool {
        self.deadlines().any(|(_, d)| d.provisional)
    }
}

/// `kind` counted from `from`, or the error naming the deadline and its
/// input when it leaves the calendar.
fn due(cal: &Calendar, kind: DeadlineKind, from: NaiveDate) -> Result<Deadline, ScheduleError> {
    kind.due(cal, from)
        .map_err(|source| ScheduleError::OutsideCalendar {
            deadline: kind,
            from,
            first: cal.first_day(),
            last: cal.last_day(),
            source,
        })
}

/// п. 21: the registration on a working day; every fact on or after it.
fn check_order(cal: &Calendar, facts: &Facts) -> Result<(), ScheduleError> {
    let registered = facts.registered;
    if !cal
        .is_working_day(registered)
        .map_err(TermError::from)?
        .value
    {
        return Err(ScheduleError::RegisteredOnDayOff { registered });
    }
    let facts_dated = [
        (Fact::Extension, facts.extended_on),
        (Fact::ExtensionNotice, facts.extension_notice_sent),
        (Fact::LetterExtension, facts.letter_extended_to),
        (Fact::Letter, facts.letter_sent_on),
        (Fact::Objections, facts.objections_on),
        (Fact::Answer, facts.answered_on),
        (Fact::DateNotice, facts.date_notice_sent),
        (Fact::Reception, facts.reception),
        (Fact::Briefing, facts.briefing_on),
        (Fact::AbsenceNotice, facts.absence_notified_on),
        (Fact::Refusal, facts.refusal_on),
        (Fact::HearingNotice, facts.hearing_notice_sent),
        (Fact::DraftReceived, facts.draft_received_on),
        (Fact::Forwarding, facts.forwarded_on),
        (Fact::CorrectionEnd, facts.correction_until),
    ];
    for (what, date) in facts_dated {
        if let Some(date) = date.filter(|d| *d < registered) {
            return Err(ScheduleError::BeforeRegistration {
                what,
                date,
                registered,
            });
        }
    }
    Ok(())
}

/// The term of the answer and what extends it (п. 25, 26; APPC art. 76).
struct Terms {
    answer_term: Deadline,
    deemed_term: Deadline,
    letter_term: Option<Deadline>,
    extension_max: Option<Deadline>,
    extension_max_from_registration: Option<Deadline>,
    extension_notice: Option<Deadline>,
}

/// The term of the answer: п. 25, or as extended by a letter sent in time
/// (п. 26), moved off a day off (APPC art. 76(5)), or by a reasoned
/// decision taken in time, to its own end or the limit of the policy's
/// reading; and the term APPC art. 91(2) deems a refusal after. A letter
/// or a decision after the term extends nothing (the judge's violation).
fn answer_terms(
    cal: &Calendar,
    facts: &Facts,
    policy: Policy,
    response: Deadline,
    extension_30_days: Deadline,
) -> Result<Terms, ScheduleError> {
    let registered = facts.registered;
    let mut answer_term = response;
    let mut letter_term = None;
    if let Some(ends) = facts.letter_extended_to {
        if ends <= response.date || ends > extension_30_days.date {
            return Err(ScheduleError::LetterExtensionInvalid {
                ends,
                response_due: response.date,
                limit: extension_30_days.date,
            });
        }
        if letter_in_time(facts, response.date) {
            answer_term = Term::SetDate.due(cal, ends, Citation::regulation(26))?;
            letter_term = Some(answer_term);
        }
    }
    let (mut extension_max, mut extension_max_from_registration, mut extension_notice) =
        (None, None, None);
    if let Some(decided) = facts.extended_on.filter(|d| *d <= answer_term.date) {
        let from_decision = due(cal, DeadlineKind::ExtensionMax, decided)?;
        let from_registration = due(cal, DeadlineKind::ExtensionMaxFromRegistration, registered)?;
        extension_notice = Some(due(cal, DeadlineKind::ExtensionNotice, decided)?);
        let limit = if policy.applies(DeadlineKind::ExtensionMax) {
            from_decision
        } else {
            from_registration
        };
        // The decision may name its own end, within the limit: the answer
        // is measured against it (п. 26: «на разумный срок»).
        answer_term = match facts.extended_until {
            // An end not after the term extends nothing: no extension at
            // all, an error. One past the limit really was decided: the
            // term stops at the limit, and the judge counts the decision a
            // violation of APPC art. 76(3).
            Some(until) if until <= answer_term.date => {
                return Err(ScheduleError::DecisionUntilInvalid {
                    until,
                    term_ends: answer_term.date,
                    limit: limit.date,
                });
            }
            Some(until) if until > limit.date => limit,
            Some(until) => Term::SetDate
                .due(cal, until, Citation::regulation(26))?
                .with_also(Citation::APPC_76_3),
            None => limit,
        };
        extension_max = Some(from_decision);
        extension_max_from_registration = Some(from_registration);
    }
    // APPC art. 91(2) under the APPC-strict reading of the letter: the term
    // without it (a decision within the 15 working days still extends it).
    let decided_within_15 = facts
        .extended_on
        .is_some_and(|d| d <= response.date && extension_max.is_some());
    let deemed_term = match (policy.letter, decided_within_15) {
        (Letter::AppcStrict, false) => response,
        _ => answer_term,
    };
    Ok(Terms {
        answer_term,
        deemed_term,
        letter_term,
        extension_max,
        extension_max_from_registration,
        extension_notice,
    })
}

/// The deadlines of the reception set (п. 16, 22, 25).
struct ReceptionDeadlines {
    briefing: Option<Deadline>,
    schedule_notice: Option<Deadline>,
    absence_notice: Option<Deadline>,
    absence_notice_other: Option<Deadline>,
}

/// п. 22 the briefing, п. 25 (b) the date told, п. 16 the absence notice,
/// of the reception set; a reception on a day off cannot be set (п. 4, 7),
/// and one only planned too close to the registration for a timely
/// briefing is planning advice, an error.
fn reception_deadlines(
    cal: &Calendar,
    facts: &Facts,
    policy: Policy,
) -> Result<ReceptionDeadlines, ScheduleError> {
    let Some(reception) = facts.reception else {
        return Ok(ReceptionDeadlines {
            briefing: None,
            schedule_notice: None,
            absence_notice: None,
            absence_notice_other: None,
        });
    };
    if !cal
        .is_working_day(reception)
        .map_err(TermError::from)?
        .value
    {
        return Err(ScheduleError::ReceptionOnDayOff { reception });
    }
    let prep = due(cal, DeadlineKind::Briefing, reception)?;
    // Only a reception planned (its date not yet told, no briefing) is
    // refused: one told to the applicant is a fact, and its briefing is
    // then overdue (a violation of п. 22).
    let planned = facts.briefing_on.is_none() && facts.date_notice_sent.is_none();
    if prep.date < facts.registered && planned {
        return Err(ScheduleError::NoTimeToPrepare {
            reception,
            preparation_due: prep.date,
            registered: facts.registered,
        });
    }
    let cause = facts.absence_cause_arose_on;
    let under = |reading| {
        absence_notice_due_under(cal, reception, cause, reading).map_err(|source| {
            ScheduleError::OutsideCalendar {
                deadline: DeadlineKind::AbsenceNotice,
                from: reception,
                first: cal.first_day(),
                last: cal.last_day(),
                source,
            }
        })
    };
    let absence = under(policy.absence)?;
    let absence_other = under(match policy.absence {
        Absence::ByCause => Absence::Literal,
        Absence::Literal => Absence::ByCause,
    })?;
    Ok(ReceptionDeadlines {
        briefing: Some(prep),
        schedule_notice: Some(due(cal, DeadlineKind::ScheduleNotice, reception)?),
        absence_notice: Some(absence),
        absence_notice_other: Some(absence_other),
    })
}

/// п. 28 the draft refusal sent 3 working days before the refusal; APPC
/// art. 73 the applicant's 2 working days to object, from the receipt of
/// the draft, else its sending, else the latest day a timely draft can be
/// sent.
fn hearing_deadlines(
    cal: &Calendar,
    facts: &Facts,
) -> Result<(Option<Deadline>, Option<Deadline>), ScheduleError> {
    let mut hearing_notice = None;
    if let Some(refusal) = facts.refusal_on {
        if let Some(reception) = facts.reception.filter(|r| refusal > *r) {
            return Err(ScheduleError::RefusalAfterReception { refusal, reception });
        }
        if let Some(sent) = facts.hearing_notice_sent.filter(|s| *s > refusal) {
            return Err(ScheduleError::RefusalWithoutDraft { refusal, sent });
        }
        let notice = due(cal, DeadlineKind::HearingNotice, refusal)?;
        if notice.date < facts.registered && facts.hearing_notice_sent.is_none() {
            return Err(ScheduleError::NoTimeForHearing {
                refusal,
                hearing_notice_due: notice.date,
                registered: facts.registered,
            });
        }
        hearing_notice = Some(notice);
    }
    if let (Some(sent), Some(received)) = (facts.hearing_notice_sent, facts.draft_received_on) {
        if received < sent {
            return Err(ScheduleError::DraftReceivedBeforeSent { sent, received });
        }
    }
    if let (Some(sent), Some(objections)) = (facts.hearing_notice_sent, facts.objections_on) {
        if objections < sent {
            return Err(ScheduleError::ObjectionsBeforeDraft { sent, objections });
        }
    }
    let objection_from = match (facts.draft_received_on, facts.hearing_notice_sent) {
        (Some(received), _) => Some((received, Reading::ObjectionFromReceipt)),
        (None, Some(sent)) => Some((sent, Reading::ObjectionFromSending)),
        (None, None) => hearing_notice.map(|n| (n.date, Reading::ObjectionFromSending)),
    };
    let objection = objection_from
        .map(|(from, reading)| {
            due(cal, DeadlineKind::Objection, from).map(|d| d.with_reading(reading))
        })
        .transpose()?;
    Ok((hearing_notice, objection))
}

/// п. 25 reading (a): the date and time told within 2 working days after
/// the answer, but never later than the last working day before the
/// reception when one is set (a date told on the reception's day or after
/// it is no notice at all), and never before the answer.
pub(crate) fn date_notice_after_answer(
    cal: &Calendar,
    answered: NaiveDate,
    reception: Option<NaiveDate>,
) -> Result<Deadline, TermError> {
    let kind = DeadlineKind::DateNoticeAfterAnswer;
    let after = kind.due(cal, answered)?;
    let Some(reception) = reception else {
        return Ok(after);
    };
    let rule = Citation::regulation(25);
    let before = Term::WorkingDaysBefore(1).due(cal, reception, rule)?;
    let capped = if before.date >= after.date {
        after
    } else if before.date >= answered {
        before
    } else {
        Term::SetDate.due(cal, answered, rule)?
    };
    Ok(capped.with_reading(Reading::DateNoticeAfterAnswer))
}

/// Whether the letter extending the term was sent in time (п. 26): on or
/// before the answer's due date `response_due`; an unknown day is taken as
/// in time.
const fn letter_in_time(facts: &Facts, response_due: NaiveDate) -> bool {
    match facts.letter_sent_on {
        Some(sent) => sent.signed_duration_since(response_due).num_days() <= 0,
        None => true,
    }
}

/// Whether a correction period ending on `until` leaves the applicant any
/// time after the registration on `registered` (п. 6: a reasonable period;
/// **Reading**: at least one day after registration). Shared by the
/// schedule and [`crate::intake`].
pub(crate) const fn leaves_time_to_correct(registered: NaiveDate, until: NaiveDate) -> bool {
    until.signed_duration_since(registered).num_days() > 0
}
