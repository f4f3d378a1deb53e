//! [`evaluate`]: a case file measured against the law on a date.

use chrono::NaiveDate;

use super::file::CaseFile;
use super::judge::{Record, judge, replaced_receptions};
use super::stage::Stage;
use super::state::Folded;
use crate::calendar::Calendar;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::reading::Policy;
use crate::schedule::{DeadlineKind, Facts, ScheduleError};
use crate::term::Deadline;
use crate::violation::Violation;

#[cfg(doc)]
use crate::schedule::Schedule;

#[cfg(feature = "serde")]
use serde::Serialize;

/// Who must act on a deadline.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, case::Party};
/// assert_eq!(Party::Unit.to_string(), "unit");
/// assert_eq!(Party::Official.name(Lang::En), "the receiving official");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(description = "Who must act on a deadline.")
)]
#[non_exhaustive]
pub enum Party {
    /// The worker responsible for the request (п. 22, 25, 35).
    Worker,
    /// The unit responsible for an instruction (п. 19, 32).
    Unit,
    /// The receiving official (п. 16).
    Official,
    /// The applicant (APPC art. 73).
    Applicant,
}

impl Party {
    /// Every party.
    pub const ALL: [Party; 4] = [
        Party::Worker,
        Party::Unit,
        Party::Official,
        Party::Applicant,
    ];
    /// The machine name.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Party::Worker => "worker",
            Party::Unit => "unit",
            Party::Official => "official",
            Party::Applicant => "applicant",
        }
    }
}

crate::lang::machine_names!(Party, "party", all = &Party::ALL, name = Party::key);

impl Named for Party {
    fn names(&self) -> Names {
        match self {
            Party::Worker => Names::new(
                "жауапты қызметкер",
                "ответственный работник",
                "the responsible worker",
            ),
            Party::Unit => Names::new(
                "жауапты бөлімше",
                "ответственное подразделение",
                "the responsible unit",
            ),
            Party::Official => Names::new(
                "қабылдайтын лауазымды адам",
                "принимающее должностное лицо",
                "the receiving official",
            ),
            Party::Applicant => Names::new("өтініш беруші", "заявитель", "the applicant"),
        }
    }
}

/// The state of one deadline on the date of the evaluation: exactly one of
/// five.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::case::DeadlineState;
/// let s = DeadlineState::Overdue { late_by_working_days: 2 };
/// assert!(s.is_violation());
/// assert!(!DeadlineState::Open { working_days_left: 3 }.is_violation());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DeadlineState {
    /// Done on or before the due date.
    DoneOnTime {
        /// The day it was done.
        on: NaiveDate,
    },
    /// Done after the due date.
    DoneLate {
        /// The day it was done.
        on: NaiveDate,
        /// Working days in (due, on].
        late_by_working_days: u32,
    },
    /// Not done yet, still in time.
    Open {
        /// Working days in (as_of, due].
        working_days_left: u32,
    },
    /// Not done, and the due date has passed (a step skipped stays overdue).
    Overdue {
        /// Working days in (due, as_of].
        late_by_working_days: u32,
    },
    /// Not done, and no longer needed: the request took another way before
    /// the due date.
    NoLongerApplicable,
}

impl DeadlineState {
    /// Whether the state is a violation: done late or overdue.
    #[must_use]
    pub const fn is_violation(self) -> bool {
        matches!(
            self,
            DeadlineState::DoneLate { .. } | DeadlineState::Overdue { .. }
        )
    }
}

/// One deadline of a case file and its state on the date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct DeadlineStatus {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The instruction's id, for [`DeadlineKind::Instruction`].
    pub instruction: Option<String>,
    /// The due date.
    pub due: NaiveDate,
    /// The due date as counted by [`DeadlineKind::due`], with its term,
    /// rule and the days off it passed over.
    pub deadline: Deadline,
    /// Its state.
    pub state: DeadlineState,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    pub who: Option<String>,
}

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
        facts.prepared_on,
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

/// The next action due: the most urgent open or overdue deadline of the
/// body (not the applicant's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct NextAction {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The instruction's id, for [`DeadlineKind::Instruction`].
    pub instruction: Option<String>,
    /// The due date.
    pub due: NaiveDate,
    /// Whether it is already overdue.
    pub overdue: bool,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    pub who: Option<String>,
}

/// A refusal deemed by APPC art. 91(2): no answer within the term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct DeemedRefusal {
    /// The last day of the term of the answer (п. 25–26).
    pub term_ended: NaiveDate,
    /// The day from which the refusal is deemed: the day after.
    pub from: NaiveDate,
    /// APPC art. 91(2).
    pub rule: Citation,
}

/// A case file measured on a date: see [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Evaluation {
    /// The date of the evaluation.
    pub as_of: NaiveDate,
    /// The stage; `None` before the first event.
    pub stage: Option<Stage>,
    /// The worker responsible, when given.
    pub worker: Option<String>,
    /// Every deadline that applies, in the order of the law's steps.
    pub deadlines: Vec<DeadlineStatus>,
    /// The violations so far, by due date.
    pub violations: Vec<Violation>,
    /// The next action due, and by whom.
    pub next: Option<NextAction>,
    /// APPC art. 91(2): a refusal deemed from the end of the term with no
    /// answer.
    pub deemed_refusal: Option<DeemedRefusal>,
}

impl Evaluation {
    /// The status of `deadline` (the first, for instructions).
    #[must_use]
    pub fn get(&self, kind: DeadlineKind) -> Option<&DeadlineStatus> {
        self.deadlines.iter().find(|d| d.kind == kind)
    }
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
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None }))?;
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
/// stage, every deadline that applies in one [`DeadlineState`], the
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
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None }))?;
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

/// The next action due: the most urgent open or overdue deadline of the
/// body (not the applicant's).
pub(crate) fn next_action(deadlines: &[DeadlineStatus]) -> Option<NextAction> {
    deadlines
        .iter()
        .filter(|d| d.by != Party::Applicant)
        .filter_map(|d| match d.state {
            DeadlineState::Open { .. } => Some((false, d)),
            DeadlineState::Overdue { .. } => Some((true, d)),
            _ => None,
        })
        .min_by_key(|(overdue, d)| (!overdue, d.due))
        .map(|(overdue, d)| NextAction {
            kind: d.kind,
            instruction: d.instruction.clone(),
            due: d.due,
            overdue,
            by: d.by,
            who: d.who.clone(),
        })
}
