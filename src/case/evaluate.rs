//! [`evaluate`]: a case file, or loose facts, measured against the law on
//! a date by the one judge ([`super::judge`]).

use chrono::NaiveDate;

use super::evaluation::Evaluation;
use super::file::CaseFile;
use super::judge::{Record, judge, replaced_receptions};
use super::state::Folded;
use crate::calendar::Calendar;
use crate::deadline::reading::Policy;
use crate::deadline::violation::Violation;
use crate::schedule::{Facts, ScheduleError};

#[cfg(doc)]
use crate::deadline::DeadlineKind;
#[cfg(doc)]
use crate::schedule::Schedule;

/// What the judge finds in loose facts once the term of the answer has run:
/// see [`judge_facts`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FactsJudged {
    /// Each act done after its deadline, by due date (steps not taken are
    /// not measured: that needs a date, [`evaluate_facts`]).
    pub violations: Vec<Violation>,
    /// APPC art. 91(2): the day from which a refusal is deemed; `None` when
    /// the facts show an answer, or the request ended, within the term.
    pub deemed_refusal_from: Option<NaiveDate>,
}

/// The violations and the deemed refusal that loose facts show, measured by
/// the one judge ([`evaluate_facts`]) on the day after the last act known
/// or the term's end, whichever is later: what `kz-appeals deadlines`
/// reports. A case file of the same facts, evaluated on that day or later,
/// gives the same acts done late and the same deemed refusal.
///
/// # Errors
/// As [`evaluate_facts`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, case::judge_facts, law::Citation, reading::Policy, schedule::{DeadlineKind, Facts}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // An extension decided Fri 17 April 2026, after the answer was due
/// // (Thu 16 April): it extends nothing, and is its own violation (APPC
/// // art. 76(3)); no answer, so a refusal is deemed from 17 April.
/// let facts = Facts::registered_on(d(3, 26)).with_extension(d(4, 17));
/// let j = judge_facts(&cal, &facts, Policy::default())?;
/// assert_eq!(j.violations.len(), 1);
/// assert_eq!((j.violations[0].deadline, j.violations[0].rule), (DeadlineKind::ExtensionDecision, Citation::APPC_76_3));
/// assert_eq!(j.violations[0].late_by_working_days, 1);
/// assert_eq!(j.deemed_refusal_from, Some(d(4, 17)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn judge_facts(
    cal: &Calendar,
    facts: &Facts,
    policy: Policy,
) -> Result<FactsJudged, ScheduleError> {
    let schedule = crate::schedule::Schedule::compute_with(cal, facts, policy)?;
    let as_of = [
        facts.answered_on,
        facts.extended_on,
        facts.extension_notice_sent,
        facts.letter_sent_on,
        facts.date_notice_sent,
        facts.briefing_on,
        facts.absence_notified_on,
        facts.refusal_on,
        facts.hearing_notice_sent,
        facts.draft_received_on,
        facts.objections_on,
        facts.forwarded_on,
        facts.returned_on,
        facts.reception,
        schedule.answer_term.date.succ_opt(),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(facts.registered)
    .min(cal.last_day());
    let e = evaluate_facts(cal, facts, as_of, policy)?;
    Ok(FactsJudged {
        violations: e
            .violations
            .into_iter()
            .filter(|v| v.on.is_some())
            .collect(),
        deemed_refusal_from: e.deemed_refusal.map(|d| d.from),
    })
}

/// [`evaluate_with`] under the default readings ([`Policy::default`]).
///
/// # Errors
/// [`ScheduleError`] when a date lies outside the calendar.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{evaluate, CaseFile, DeadlineState, Event, EventKind, Stage};
/// use kz_appeals::schedule::DeadlineKind;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
/// // п. 25: 15 working days from Thursday 26 March 2026: Thursday 16 April.
/// // On Monday 13 April, 14, 15, 16 April are left.
/// let e = evaluate(&cal, &file, d(4, 13))?;
/// assert_eq!(e.stage, Some(Stage::Registered));
/// let answer = e.get(DeadlineKind::Response).expect("applies");
/// assert_eq!(answer.state, DeadlineState::Open { working_days_left: 3 });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate(
    cal: &Calendar,
    file: &CaseFile,
    as_of: NaiveDate,
) -> Result<Evaluation, ScheduleError> {
    evaluate_with(cal, file, as_of, Policy::default())
}

/// The case file as it stood on `as_of` (events dated later are not yet
/// known), measured against the law under `policy` ([`rules`](crate::rules) §2a): its
/// stage, every deadline that applies in one [`DeadlineState`](super::DeadlineState), the
/// violations so far, the next action due and by whom, and the refusal APPC
/// art. 91(2) deems when the term of the answer ended with no answer.
///
/// Every due date is counted by [`DeadlineKind::due`]; re-evaluating on an
/// updated calendar ([`Calendar::with_update`]) is how a stored request is
/// recounted after a new transfer order. Pure: the same file, date, policy
/// and calendar give the same result.
///
/// The deadlines (п. / article): the registration from the arrival (п. 21,
/// APPC art. 64(3), with the policy's closing time), forwarding (п. 15(1), APPC art. 65), the
/// return (APPC art. 64(7)), the answer (п. 25, as extended under п. 26; a
/// late answer or refusal is a violation of APPC art. 76, an extension
/// after the term a violation of п. 26 or APPC art. 76(3) that does not
/// extend it), the extension notice (п. 26), the date-and-time notice
/// (п. 25, by the policy's reading; under reading (b), for each reception
/// set, moved or cancelled), the briefing (п. 22), each absence
/// notice (п. 16, revised reading), the draft refusal (п. 28), the
/// applicant's objections (APPC art. 73, never a violation), each
/// instruction (п. 19, 32).
///
/// # Errors
/// [`ScheduleError`] when a date lies outside the calendar (a case file
/// loaded or recorded has no other contradiction).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{evaluate_with, CaseFile, Event, EventKind};
/// use kz_appeals::reading::Policy;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
/// // No answer by Thursday 16 April 2026: APPC art. 91(2) deems a refusal
/// // from Friday 17 April.
/// let e = evaluate_with(&cal, &file, d(4, 20), Policy::default())?;
/// let deemed = e.deemed_refusal.expect("no answer");
/// assert_eq!((deemed.term_ended, deemed.from), (d(4, 16), d(4, 17)));
/// assert_eq!(deemed.rule.to_string(), "APPC art. 91(2)");
/// // 17 and 20 April: 2 working days overdue.
/// assert_eq!(e.violations[0].late_by_working_days, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate_with(
    cal: &Calendar,
    file: &CaseFile,
    as_of: NaiveDate,
    policy: Policy,
) -> Result<Evaluation, ScheduleError> {
    let all = file.events();
    let known = all.partition_point(|e| e.on <= as_of);
    let events = all.get(..known).unwrap_or_default();
    let record = Record {
        folded: Folded::of(events),
        replaced: replaced_receptions(events),
        events,
    };
    judge(cal, &record, as_of, policy)
}

/// Loose facts ([`Facts`], the "what if" of [`Schedule`]) measured by the
/// same judge as a case file, on `as_of` under `policy`: the violations
/// and the refusal APPC art. 91(2) deems come from here, so that
/// `kz-appeals deadlines` and `kz-appeals evaluate` cannot disagree. The
/// stage, worker and instructions of a case file are not in the facts.
///
/// # Errors
/// [`ScheduleError`] for dates that cannot have happened
/// ([`Schedule::compute_with`]) or lie outside the calendar.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{calendar::Calendar, case::evaluate_facts, law::Citation, reading::Policy, schedule::{DeadlineKind, Facts}};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Registered Thu 26 March 2026, the answer due Thu 16 April (п. 25).
/// // Answered Tue 21 April: 17, 20, 21 April, 3 working days late.
/// let facts = Facts::registered_on(d(3, 26)).with_answer(d(4, 21));
/// let e = evaluate_facts(&cal, &facts, d(4, 21), Policy::default())?;
/// let v = &e.violations[0];
/// assert_eq!((v.deadline, v.rule), (DeadlineKind::Response, Citation::APPC_76));
/// assert_eq!((v.due, v.on, v.late_by_working_days), (d(4, 16), Some(d(4, 21)), 3));
/// // APPC art. 91(2): a refusal was deemed from Fri 17 April.
/// assert_eq!(e.deemed_refusal.map(|r| r.from), Some(d(4, 17)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate_facts(
    cal: &Calendar,
    facts: &Facts,
    as_of: NaiveDate,
    policy: Policy,
) -> Result<Evaluation, ScheduleError> {
    let record = Record {
        folded: Folded::from_facts(facts),
        replaced: Vec::new(),
        events: &[],
    };
    judge(cal, &record, as_of, policy)
}
