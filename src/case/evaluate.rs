//! [`evaluate`]: a case file measured against the law on a date.

use chrono::NaiveDate;

use super::event::EventKind;
use super::file::CaseFile;
use super::stage::Stage;
use super::state::Folded;
use crate::calendar::Calendar;
use crate::intake::NoAppointmentGround;
use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::reading::{DateNotice, Policy};
use crate::schedule::{
    DeadlineKind, Schedule, ScheduleError, absence_notice_due, registration_due,
};
use crate::term::{Deadline, TermError};
use crate::violation::Violation;

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
    pub deadline: DeadlineKind,
    /// The instruction's id, for [`DeadlineKind::Instruction`].
    pub instruction: Option<String>,
    /// The due date, counted by [`DeadlineKind::due`], with its rule.
    pub due: Deadline,
    /// Its state.
    pub state: DeadlineState,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    pub who: Option<String>,
}

/// The next action due: the most urgent open or overdue deadline of the
/// body (not the applicant's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct NextAction {
    /// Which deadline.
    pub deadline: DeadlineKind,
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
    pub fn get(&self, deadline: DeadlineKind) -> Option<&DeadlineStatus> {
        self.deadlines.iter().find(|d| d.deadline == deadline)
    }
}

/// Collects the deadlines and violations.
struct Acc<'c> {
    cal: &'c Calendar,
    as_of: NaiveDate,
    deadlines: Vec<DeadlineStatus>,
    violations: Vec<Violation>,
}

/// What a deadline is measured from.
struct Step<'x> {
    kind: DeadlineKind,
    due: Deadline,
    done: Option<NaiveDate>,
    /// The day the step stopped being needed, if it did.
    moot: Option<NaiveDate>,
    by: Party,
    who: Option<&'x str>,
    instruction: Option<&'x str>,
    /// The rule a violation cites, when not the deadline's own.
    rule: Option<Citation>,
    /// Whether [`Schedule::violations`] already reports the act done late.
    late_reported: bool,
}

impl Acc<'_> {
    fn push(&mut self, step: Step<'_>) -> Result<(), TermError> {
        let Step {
            kind,
            due,
            done,
            moot,
            by,
            who,
            instruction,
            rule,
            late_reported,
        } = step;
        let applicant = by == Party::Applicant;
        let mut violation = None;
        let state = match done {
            Some(on) if on <= due.date => DeadlineState::DoneOnTime { on },
            Some(on) => {
                let v = Violation::measure(self.cal, kind, &due, Some(on), on)?;
                let late = v.map_or(0, |v| v.late_by_working_days);
                if !late_reported {
                    violation = v;
                }
                DeadlineState::DoneLate {
                    on,
                    late_by_working_days: late,
                }
            }
            None if moot.is_some_and(|m| m <= due.date) => DeadlineState::NoLongerApplicable,
            None if self.as_of <= due.date && moot.is_none() => {
                let left = self
                    .cal
                    .working_days_between(self.as_of, due.date)
                    .map_err(TermError::from)?
                    .value;
                DeadlineState::Open {
                    working_days_left: u32::try_from(left).unwrap_or(0),
                }
            }
            None if applicant => DeadlineState::NoLongerApplicable,
            None => {
                let v = Violation::measure(self.cal, kind, &due, None, self.as_of)?;
                let late = v.map_or(0, |v| v.late_by_working_days);
                violation = v;
                DeadlineState::Overdue {
                    late_by_working_days: late,
                }
            }
        };
        if !applicant {
            if let Some(v) = violation {
                self.violations.push(rule.map_or(v, |r| v.with_rule(r)));
            }
        }
        self.deadlines.push(DeadlineStatus {
            deadline: kind,
            instruction: instruction.map(str::to_owned),
            due,
            state,
            by,
            who: who.map(str::to_owned),
        });
        Ok(())
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
    let s = Folded::of(events);
    let mut out = Evaluation {
        as_of,
        stage: Stage::of(&s),
        worker: s.worker.map(str::to_owned),
        deadlines: Vec::new(),
        violations: Vec::new(),
        next: None,
        deemed_refusal: None,
    };
    let mut acc = Acc {
        cal,
        as_of,
        deadlines: Vec::with_capacity(8),
        violations: Vec::new(),
    };
    let worker = s.worker;

    // п. 21, APPC art. 64(3): the registration, from the arrival. Late is a
    // violation; before the arrival is impossible (`CaseFile::record`).
    if let Some(arrived) = s.arrived {
        let due = registration_due(cal, arrived, s.arrival_time, policy.working_day_ends)?;
        acc.push(Step {
            kind: DeadlineKind::Registration,
            due,
            done: s.registered,
            moot: None,
            by: Party::Worker,
            who: worker,
            instruction: None,
            rule: None,
            late_reported: false,
        })?;
    }
    let Some(facts) = s.facts(policy) else {
        return Ok(finish(out, acc));
    };
    let sched = Schedule::compute_with(cal, &facts, policy)?;
    acc.violations.extend(sched.violations(cal)?);
    let step = |kind, due, done, moot| Step {
        kind,
        due,
        done,
        moot,
        by: Party::Worker,
        who: worker,
        instruction: None,
        rule: None,
        late_reported: true,
    };
    let ended = s.ended_without_reception();
    let closed = s.closed;
    let or_closed = |m: Option<NaiveDate>| m.or(closed);

    // п. 15(1), APPC art. 65: forwarding within 3 working days.
    if let Some(due) = sched.forward {
        acc.push(step(DeadlineKind::Forward, due, s.forwarded, closed))?;
    }

    // п. 6, APPC art. 64(7): the return of a request not corrected in time.
    if let Some(due) = sched.return_due {
        let in_time = s.corrected.filter(|c| *c <= due.from);
        let other_end = [s.left_without_consideration, s.forwarded, s.refused]
            .into_iter()
            .flatten()
            .min();
        let mut st = step(
            DeadlineKind::Return,
            due,
            s.returned,
            or_closed(in_time.or(other_end)),
        );
        st.late_reported = false;
        acc.push(st)?;
    }

    // п. 25–26: the answer; APPC art. 76 for a late one; APPC art. 91(2).
    let term = sched.answer_term;
    let other_answer = s
        .no_appointment
        .filter(|(_, g)| *g != NoAppointmentGround::OutsideCompetence)
        .map(|(on, _)| on);
    let answered = [s.answered, s.refused, other_answer]
        .into_iter()
        .flatten()
        .min();
    let no_answer_needed = [
        s.left_without_consideration,
        s.returned,
        s.forwarded,
        s.no_appointment
            .filter(|(_, g)| *g == NoAppointmentGround::OutsideCompetence)
            .map(|(on, _)| on),
    ]
    .into_iter()
    .flatten()
    .min();
    let mut response = step(
        DeadlineKind::Response,
        term,
        answered,
        or_closed(no_answer_needed),
    );
    response.rule = Some(Citation::APPC_76);
    // The schedule measures the answer and the refusal; a "no appointment"
    // is measured here.
    response.late_reported = answered != other_answer;
    acc.push(response)?;
    // п. 26: a letter sent after the term extends nothing; the schedule
    // reports it (`Facts::letter_sent_on`).
    let ends = term.date;
    let unanswered = answered.is_none_or(|a| a > ends) && no_answer_needed.is_none_or(|m| m > ends);
    if let Some(from) = sched
        .deemed_refusal_from
        .filter(|f| unanswered && as_of >= *f)
    {
        out.deemed_refusal = Some(DeemedRefusal {
            term_ended: ends,
            from,
            rule: Citation::APPC_91_2,
        });
    }

    // п. 26: the applicant told of an extension by decision.
    if let Some(due) = sched.extension_notice {
        acc.push(step(
            DeadlineKind::ExtensionNotice,
            due,
            s.extension_notice,
            closed,
        ))?;
    }

    // п. 25: the date and time told, under the policy's reading.
    let gave_up = or_closed([s.refused, ended].into_iter().flatten().min());
    let date_notice = match policy.date_notice {
        DateNotice::AfterAnswer => (
            DeadlineKind::DateNoticeAfterAnswer,
            sched.date_notice_after_answer,
        ),
        DateNotice::BeforeReception => (DeadlineKind::ScheduleNotice, sched.schedule_notice),
    };
    if let (kind, Some(due)) = date_notice {
        acc.push(step(kind, due, facts.date_notice_sent, gave_up))?;
    }
    // п. 22: the briefing, 5 working days before the reception.
    if let Some(due) = sched.preparation {
        acc.push(step(DeadlineKind::Preparation, due, s.briefing, gave_up))?;
    }

    // п. 16: each absence notice, against the reception it cancelled; and
    // п. 22: the briefing for each reception cancelled or moved, no longer
    // needed from then (a briefing already overdue stays a violation); and
    // п. 25 reading (b), when the policy applies it: the date and time of
    // each reception set, told at least 2 working days before it (the one
    // now set is the schedule's).
    let before_reception = policy.date_notice == DateNotice::BeforeReception;
    let (mut current, mut briefing) = (None::<(NaiveDate, NaiveDate)>, None);
    for e in events {
        match &e.kind {
            EventKind::DateNotified { reception, .. } => {
                // A new date replaces the one set: that reception's briefing
                // is no longer needed from now (the briefing made serves the
                // new date too).
                let replaced = current.replace((e.on, *reception));
                if let Some((told, old)) = replaced.filter(|(_, old)| old != reception) {
                    let due = DeadlineKind::Preparation.due(cal, old)?;
                    let mut st = step(DeadlineKind::Preparation, due, briefing, Some(e.on));
                    st.late_reported = false;
                    acc.push(st)?;
                    if before_reception {
                        let due = DeadlineKind::ScheduleNotice.due(cal, old)?;
                        let mut st = step(DeadlineKind::ScheduleNotice, due, Some(told), None);
                        st.late_reported = false;
                        acc.push(st)?;
                    }
                }
            }
            EventKind::BriefingPrepared => {
                briefing.get_or_insert(e.on);
            }
            EventKind::AbsenceNotified { cause_arose } => {
                if let Some((told, reception)) = current.take() {
                    let due = DeadlineKind::Preparation.due(cal, reception)?;
                    let prepared = briefing.take();
                    let mut st = step(DeadlineKind::Preparation, due, prepared, Some(e.on));
                    st.late_reported = false;
                    acc.push(st)?;
                    if before_reception {
                        let due = DeadlineKind::ScheduleNotice.due(cal, reception)?;
                        let mut st = step(DeadlineKind::ScheduleNotice, due, Some(told), None);
                        st.late_reported = false;
                        acc.push(st)?;
                    }
                    let due = absence_notice_due(cal, reception, Some(*cause_arose))?;
                    let mut st = step(DeadlineKind::AbsenceNotice, due, Some(e.on), None);
                    st.by = Party::Official;
                    st.who = None;
                    st.late_reported = false;
                    acc.push(st)?;
                }
            }
            _ => {}
        }
    }

    // п. 28: the draft refusal, 3 working days before the refusal.
    if let Some(due) = sched.hearing_notice {
        acc.push(step(DeadlineKind::HearingNotice, due, s.draft_sent, None))?;
    }
    // APPC art. 73: the applicant's 2 working days to object.
    if let (Some(due), Some(_)) = (sched.objection, s.draft_sent) {
        let mut st = step(DeadlineKind::Objection, due, s.objections, s.refused);
        st.by = Party::Applicant;
        st.who = None;
        acc.push(st)?;
    }

    // п. 19, 32: each instruction of the protocol.
    if let Some((_, given)) = s.protocol {
        for i in given {
            let due = DeadlineKind::Instruction.due(cal, i.due)?;
            let done = events.iter().find_map(|e| match &e.kind {
                EventKind::InstructionExecuted { instruction } if *instruction == i.id => {
                    Some(e.on)
                }
                _ => None,
            });
            acc.push(Step {
                kind: DeadlineKind::Instruction,
                due,
                done,
                moot: closed,
                by: Party::Unit,
                who: Some(&i.unit),
                instruction: Some(&i.id),
                rule: None,
                late_reported: false,
            })?;
        }
    }

    Ok(finish(out, acc))
}

/// The violations in order, and the next action due: the most urgent open
/// or overdue deadline of the body.
fn finish(mut out: Evaluation, mut acc: Acc<'_>) -> Evaluation {
    acc.violations.sort_by_key(|v| (v.due, v.deadline));
    out.next = acc
        .deadlines
        .iter()
        .filter(|d| d.by != Party::Applicant)
        .filter_map(|d| match d.state {
            DeadlineState::Open { .. } => Some((false, d)),
            DeadlineState::Overdue { .. } => Some((true, d)),
            _ => None,
        })
        .min_by_key(|(overdue, d)| (!overdue, d.due.date))
        .map(|(overdue, d)| NextAction {
            deadline: d.deadline,
            instruction: d.instruction.clone(),
            due: d.due.date,
            overdue,
            by: d.by,
            who: d.who.clone(),
        });
    out.deadlines = acc.deadlines;
    out.violations = acc.violations;
    out
}
