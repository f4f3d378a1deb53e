//! The judge: every deadline of a request measured against what happened,
//! once. [`Judge::measure`] is the one function that turns a deadline and an
//! act into a state (done on time, done late, open, overdue, no longer
//! applicable) and a violation; [`judge`] lists, step by step of the law,
//! which act answers which deadline. [`super::evaluate_with`] (a case file)
//! and [`super::evaluate_facts`] (the loose dates of
//! [`crate::schedule::Schedule`]) are two ways in to it, so that they cannot
//! disagree.

use chrono::NaiveDate;

use super::ending::{Ending, min};
use super::evaluation::{
    DeadlineState, DeadlineStatus, DeemedRefusal, Evaluation, ExternalCount, ExternalDue, Party,
    next_action,
};
use super::event::{Event, EventKind, HeldForm};
use super::stage::Stage;
use super::state::Folded;
use crate::calendar::Calendar;
use crate::deadline::DeadlineKind;
use crate::deadline::reading::{DateNotice, Policy};
use crate::deadline::term::{Deadline, TermError};
use crate::deadline::violation::Violation;
use crate::law::Citation;
use crate::schedule::{Schedule, ScheduleError, registration_due};

/// One deadline and what happened to it.
pub(crate) struct Step<'x> {
    pub kind: DeadlineKind,
    pub due: Deadline,
    /// The day the act was done.
    pub done: Option<NaiveDate>,
    /// The day the step stopped being needed, if it did.
    pub moot: Option<NaiveDate>,
    pub by: Party,
    pub who: Option<&'x str>,
    pub instruction: Option<&'x str>,
    /// The rule a violation cites, when not the deadline's own.
    pub rule: Option<Citation>,
}

impl<'x> Step<'x> {
    /// A step of the responsible worker.
    pub fn worker(
        kind: DeadlineKind,
        due: Deadline,
        done: Option<NaiveDate>,
        moot: Option<NaiveDate>,
        who: Option<&'x str>,
    ) -> Step<'x> {
        Step {
            kind,
            due,
            done,
            moot,
            by: Party::Worker,
            who,
            instruction: None,
            rule: None,
        }
    }

    /// The same step citing `rule` when it is violated.
    pub fn citing(mut self, rule: Citation) -> Step<'x> {
        self.rule = Some(rule);
        self
    }
}

/// Collects the deadlines' states and the violations of one request.
pub(crate) struct Judge<'c> {
    cal: &'c Calendar,
    /// The day of the evaluation; the steps not taken are measured against it.
    as_of: NaiveDate,
    pub deadlines: Vec<DeadlineStatus>,
    pub violations: Vec<Violation>,
}

impl<'c> Judge<'c> {
    pub fn new(cal: &'c Calendar, as_of: NaiveDate) -> Judge<'c> {
        Judge {
            cal,
            as_of,
            deadlines: Vec::with_capacity(8),
            violations: Vec::new(),
        }
    }

    /// **The** measure of a deadline against what happened, the only one in
    /// the crate: done on or before the due date is on time; done after it,
    /// late (a violation); not done, no longer needed from a day on or before
    /// the due date, not applicable; not done and the due date not passed on
    /// the day of the evaluation, open; else overdue (a violation, as long as
    /// the step is still needed: a step that stopped being needed after its
    /// due date stays overdue as of that day). The applicant's steps (APPC
    /// art. 73) are never violations.
    pub fn measure(&mut self, step: Step<'_>) -> Result<(), TermError> {
        let Step {
            kind,
            due,
            done,
            moot,
            by,
            who,
            instruction,
            rule,
        } = step;
        let applicant = by == Party::Applicant;
        let mut violation = None;
        let state = match done {
            Some(on) if on <= due.date => DeadlineState::DoneOnTime { on },
            Some(on) => {
                // Done after it stopped being needed: late up to that day,
                // as a step not taken would have been.
                let v = match moot.filter(|m| *m < on && *m > due.date) {
                    Some(m) => Violation::measure(self.cal, kind, &due, None, m)?.map(|mut v| {
                        v.on = Some(on);
                        v
                    }),
                    None => Violation::measure(self.cal, kind, &due, Some(on), on)?,
                };
                let late = v.as_ref().map_or(0, |v| v.late_by_working_days);
                violation = v;
                DeadlineState::DoneLate {
                    on,
                    late_by_working_days: late,
                }
            }
            None if moot.is_some_and(|m| m <= due.date) => DeadlineState::NoLongerApplicable,
            None if self.as_of <= due.date => {
                let left = self
                    .cal
                    .working_days_between(self.as_of, due.date)
                    .map_err(TermError::from)?
                    .value;
                DeadlineState::Open {
                    working_days_left: u32::try_from(left).unwrap_or(u32::MAX),
                }
            }
            None if applicant => DeadlineState::NoLongerApplicable,
            None => {
                // Overdue until the step stopped being needed, or until now.
                let until = moot.map_or(self.as_of, |m| m.min(self.as_of));
                let v = Violation::measure(self.cal, kind, &due, None, until)?;
                let late = v.as_ref().map_or(0, |v| v.late_by_working_days);
                violation = v;
                DeadlineState::Overdue {
                    late_by_working_days: late,
                }
            }
        };
        if !applicant {
            if let Some(mut v) = violation {
                if let Some(r) = rule {
                    v = v.with_rule(r);
                }
                v.instruction = instruction.map(str::to_owned);
                self.violations.push(v);
            }
        }
        let moot_from = moot.filter(|m| done.is_none() && *m <= self.as_of);
        self.deadlines.push(DeadlineStatus {
            moot_from,
            kind,
            instruction: instruction.map(str::to_owned),
            due: due.date,
            deadline: due,
            state,
            by,
            who: who.map(str::to_owned),
        });
        Ok(())
    }
}

impl Judge<'_> {
    /// A rule broken by an act on a day rather than a term missed (п. 13–14,
    /// 35: [`DeadlineKind::is_requirement`]; a decision naming an end past
    /// its limit, APPC art. 76(3)): a violation on its day.
    pub fn breach(&mut self, kind: DeadlineKind, on: NaiveDate) {
        self.violations.push(Violation::on_day(kind, on));
    }
}

/// п. 13–14: a reception by videoconference with consent held by an
/// official who neither heads a local executive body nor deputises for one;
/// п. 35: a request reassigned to a worker who had it before.
fn breaches(j: &mut Judge<'_>, s: &Folded<'_>, events: &[Event]) {
    if let (Some((on, HeldForm::VideoconferenceWithConsent)), Some(role)) = (s.held, s.held_by) {
        if !role.heads_executive_body() {
            j.breach(DeadlineKind::ReceptionForm, on);
        }
    }
    let mut had = std::collections::HashSet::new();
    for e in events {
        match &e.kind {
            EventKind::Registered {
                worker: Some(w),
                external_due: None,
            } => {
                had.insert(w.as_str());
            }
            EventKind::Reassigned { worker } if !had.insert(worker.as_str()) => {
                j.breach(DeadlineKind::Assignment, e.on);
            }
            _ => {}
        }
    }
}

/// A reception set and then replaced by another date or cancelled (п. 16,
/// 22, 25): measured against its own date.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Replaced {
    /// The day its date was told, when it was.
    told: Option<NaiveDate>,
    /// Its day.
    reception: NaiveDate,
    /// The briefing made for it, if any.
    briefing: Option<NaiveDate>,
    /// The day it was replaced.
    on: NaiveDate,
    /// The absence notice given for it: (the day notified, the day the
    /// cause arose).
    absence: Option<(NaiveDate, NaiveDate)>,
}

/// The receptions of `events` that were replaced by a new date or
/// cancelled, in order, each with the absence notice given for it (п. 16:
/// a notice cancels nothing by itself).
pub(crate) fn replaced_receptions(events: &[Event]) -> Vec<Replaced> {
    let mut out = Vec::new();
    let mut current = None::<(NaiveDate, NaiveDate)>;
    let (mut briefing, mut absence) = (None, None);
    for e in events {
        match &e.kind {
            EventKind::DateNotified { reception, .. } => {
                // A new date replaces the one set; the date told again
                // changes nothing.
                match current {
                    Some((_, old)) if old == *reception => {}
                    Some((told, old)) => {
                        let absence = absence.take();
                        out.push(Replaced {
                            told: Some(told),
                            reception: old,
                            briefing,
                            on: e.on,
                            absence,
                        });
                        // After an absence notice the new date needs its
                        // own briefing (п. 16, 22); a plain move keeps it.
                        if absence.is_some() {
                            briefing = None;
                        }
                        current = Some((e.on, *reception));
                    }
                    None => current = Some((e.on, *reception)),
                }
            }
            EventKind::BriefingPrepared => {
                briefing.get_or_insert(e.on);
            }
            EventKind::AbsenceNotified { cause_arose } => {
                absence.get_or_insert((e.on, *cause_arose));
            }
            EventKind::ReceptionCancelled => {
                if let Some((told, reception)) = current.take() {
                    out.push(Replaced {
                        told: Some(told),
                        reception,
                        briefing: briefing.take(),
                        on: e.on,
                        absence: absence.take(),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// What the judge reads: the facts folded, the receptions replaced, and the
/// events (for the instructions executed).
pub(crate) struct Record<'a> {
    pub folded: Folded<'a>,
    pub replaced: Vec<Replaced>,
    pub events: &'a [Event],
}

/// Every deadline of the record measured on `as_of` under `policy`: the
/// evaluation (see [`super::evaluate_with`] for the list of deadlines).
pub(crate) fn judge(
    cal: &Calendar,
    record: &Record<'_>,
    as_of: NaiveDate,
    policy: Policy,
) -> Result<Evaluation, ScheduleError> {
    let s = &record.folded;
    let ending = Ending::of(s);
    let mut j = Judge::new(cal, as_of);
    let mut deemed_refusal = None;
    let mut external_due = None;
    registration(&mut j, s, policy)?;
    if let Some(facts) = s.facts(policy) {
        let sched = Schedule::compute_with(cal, &facts, policy)?;
        let w = s.worker;
        competence_and_return(&mut j, s, &ending, &sched, w)?;
        deemed_refusal = answer(&mut j, s, &ending, &sched, w, as_of)?;
        external_due = s
            .external_due
            .map(|theirs| compare_external(cal, &sched, theirs))
            .transpose()?
            .flatten();
        reception(&mut j, s, &ending, &sched, policy, w)?;
        for r in &record.replaced {
            replaced(&mut j, r, policy, w)?;
        }
        hearing(&mut j, s, &sched, w)?;
        instructions(&mut j, s, record.events)?;
        breaches(&mut j, s, record.events);
    }
    let mut out = finish(j, s, as_of, deemed_refusal);
    out.external_due = external_due;
    Ok(out)
}

/// п. 21, APPC art. 64(3): the registration, from the arrival. Late is a
/// violation; before the arrival is impossible (`CaseFile::record`).
fn registration(j: &mut Judge<'_>, s: &Folded<'_>, policy: Policy) -> Result<(), ScheduleError> {
    if let Some(arrived) = s.arrived {
        let due = registration_due(j.cal, arrived, s.arrival_time, policy.working_day_ends)?;
        let kind = DeadlineKind::Registration;
        j.measure(Step::worker(kind, due, s.registered, None, s.worker))?;
    }
    Ok(())
}

/// п. 15(1), APPC art. 65: forwarding within 3 working days; п. 6, APPC
/// art. 64(7): the return of a request not corrected in time.
fn competence_and_return(
    j: &mut Judge<'_>,
    s: &Folded<'_>,
    ending: &Ending,
    sched: &Schedule,
    w: Option<&str>,
) -> Result<(), ScheduleError> {
    if let Some(due) = sched.forward {
        let kind = DeadlineKind::Forward;
        j.measure(Step::worker(kind, due, s.forwarded, ending.closed, w))?;
    }
    if let Some(due) = sched.return_due {
        // Corrected in time, or ended another way: no return is needed.
        let in_time = s.corrected.filter(|c| *c <= due.from);
        let other_end = min([s.left_without_consideration, s.forwarded, s.refused]);
        let moot = min([in_time, other_end, ending.closed]);
        j.measure(Step::worker(DeadlineKind::Return, due, s.returned, moot, w))?;
    }
    Ok(())
}

/// п. 25–26: the answer (APPC art. 76 for a late one), the extensions and
/// their notice; APPC art. 91(2): the deemed refusal, from [`Ending`].
fn answer(
    j: &mut Judge<'_>,
    s: &Folded<'_>,
    ending: &Ending,
    sched: &Schedule,
    w: Option<&str>,
    as_of: NaiveDate,
) -> Result<Option<DeemedRefusal>, ScheduleError> {
    let term = sched.answer_term;
    let moot = min([ending.no_answer_needed, ending.closed]);
    let kind = DeadlineKind::Response;
    j.measure(Step::worker(kind, term, ending.answer, moot, w).citing(Citation::APPC_76))?;
    // п. 26: a letter is due within the 15 working days; a decision within
    // the term it extends (APPC art. 76(3)). Late, they extend nothing.
    if let Some((sent, _)) = s.letter {
        let kind = DeadlineKind::ExtensionLetter;
        let due = kind.due(j.cal, sched.registered)?;
        j.measure(Step::worker(kind, due, sent, None, w))?;
    }
    if let Some(decided) = s.decision {
        let before = sched.letter_term.unwrap_or(sched.response);
        let due = DeadlineKind::ExtensionDecision.due(j.cal, before.date)?;
        let kind = DeadlineKind::ExtensionDecision;
        j.measure(Step::worker(kind, due, Some(decided), None, w))?;
        // A decision in time naming an end past the two months of the
        // reading: decided against APPC art. 76(3), a violation on its day.
        let past_limit = s.decision_until.is_some_and(|u| u > sched.answer_term.date);
        if decided <= before.date && past_limit {
            j.breach(DeadlineKind::ExtensionDecision, decided);
        }
    }
    if let Some(due) = sched.extension_notice {
        // No longer told of an extension once the answer is given.
        let moot = min([ending.answer, ending.closed]);
        let kind = DeadlineKind::ExtensionNotice;
        j.measure(Step::worker(kind, due, s.extension_notice, moot, w))?;
    }
    let deemed = sched.deemed_term;
    Ok(ending
        .deemed_refusal_from(deemed.date)
        .filter(|from| as_of >= *from)
        .map(|from| DeemedRefusal {
            term_ended: deemed.date,
            from,
            rule: Citation::APPC_91_2,
        }))
}

/// Another system's due date for the answer beside the law's (п. 25, APPC
/// art. 76(2)): `None` when they agree; else the difference in working days
/// and, when it can be told, its cause.
fn compare_external(
    cal: &Calendar,
    sched: &Schedule,
    theirs: NaiveDate,
) -> Result<Option<ExternalDue>, TermError> {
    let ours = sched.answer_term.date;
    if theirs == ours {
        return Ok(None);
    }
    let between = |a, b| -> Result<i64, TermError> {
        Ok(cal
            .working_days_between(a, b)
            .map_err(TermError::from)?
            .value)
    };
    let working_days = if theirs < ours {
        -between(theirs, ours)?
    } else {
        between(ours, theirs)?
    };
    let unextended = sched.answer_term == sched.response;
    let day_one = cal
        .add_working_days(sched.registered, 14)
        .map_err(TermError::from)?
        .value;
    // 15 calendar days, moved off a day off as a term is (APPC art. 76(5)).
    let calendar = sched
        .registered
        .checked_add_days(chrono::Days::new(15))
        .map(|d| cal.working_day_on_or_after(d).map(|w| w.value))
        .transpose()
        .map_err(TermError::from)?;
    let explanation = if unextended && theirs == day_one {
        ExternalCount::RegistrationDayAsDayOne
    } else if unextended && Some(theirs) == calendar {
        ExternalCount::CalendarDays
    } else {
        ExternalCount::Other
    };
    Ok(Some(ExternalDue {
        theirs,
        ours,
        working_days,
        explanation,
    }))
}

/// п. 25: the date and time told, under the policy's reading; п. 22: the
/// briefing; п. 16: the absence notice of the reception now set (from loose
/// facts; a case file's notices are [`replaced`] receptions).
fn reception(
    j: &mut Judge<'_>,
    s: &Folded<'_>,
    ending: &Ending,
    sched: &Schedule,
    policy: Policy,
    w: Option<&str>,
) -> Result<(), ScheduleError> {
    // Not needed once the request ended, or once the reception was held.
    let held = s.held.map(|(on, _)| on);
    let gave_up = min([ending.without_reception, ending.closed, held]);
    let (kind, due, told) = match policy.date_notice {
        // The first notice is measured, capped by the reception it told (a
        // reception moved later does not move a notice already due).
        DateNotice::AfterAnswer => (
            DeadlineKind::DateNoticeAfterAnswer,
            match (s.answered, s.first_notice_reception) {
                (Some(answered), Some(told)) if s.reception.map(|(_, r)| r) != Some(told) => Some(
                    crate::schedule::date_notice_after_answer(j.cal, answered, Some(told))?,
                ),
                _ => sched.date_notice_after_answer,
            },
            s.first_date_notice,
        ),
        DateNotice::BeforeReception => (
            DeadlineKind::ScheduleNotice,
            sched.schedule_notice,
            s.reception.and_then(|(told, _)| told),
        ),
    };
    if let Some(due) = due {
        j.measure(Step::worker(kind, due, told, gave_up, w))?;
    }
    if let Some(due) = sched.briefing {
        let kind = DeadlineKind::Briefing;
        j.measure(Step::worker(kind, due, s.briefing, gave_up, w))?;
    }
    if let (Some(due), Some((on, _))) = (sched.absence_notice, s.absence) {
        let mut step = Step::worker(DeadlineKind::AbsenceNotice, due, Some(on), None, None);
        step.by = Party::Official;
        j.measure(step)?;
    }
    Ok(())
}

/// A reception replaced by a new date or cancelled: its briefing no longer
/// needed from then (п. 22; one already overdue stays a violation), its
/// date told at least 2 working days before it under reading (b) of
/// п. 25, and the absence notice that cancelled it (п. 16).
fn replaced(
    j: &mut Judge<'_>,
    r: &Replaced,
    policy: Policy,
    w: Option<&str>,
) -> Result<(), ScheduleError> {
    let cal = j.cal;
    let due = DeadlineKind::Briefing.due(cal, r.reception)?;
    let kind = DeadlineKind::Briefing;
    j.measure(Step::worker(kind, due, r.briefing, Some(r.on), w))?;
    if policy.date_notice == DateNotice::BeforeReception {
        let due = DeadlineKind::ScheduleNotice.due(cal, r.reception)?;
        let kind = DeadlineKind::ScheduleNotice;
        j.measure(Step::worker(kind, due, r.told, None, w))?;
    }
    if let Some((notified, cause)) = r.absence {
        let due = crate::deadline::absence_notice_due_under(
            cal,
            r.reception,
            Some(cause),
            policy.absence,
        )?;
        let mut step = Step::worker(DeadlineKind::AbsenceNotice, due, Some(notified), None, None);
        step.by = Party::Official;
        j.measure(step)?;
    }
    Ok(())
}

/// п. 28: the draft refusal, 3 working days before the refusal; APPC
/// art. 73: the applicant's 2 working days to object, and a refusal decided
/// while they still ran.
fn hearing(
    j: &mut Judge<'_>,
    s: &Folded<'_>,
    sched: &Schedule,
    w: Option<&str>,
) -> Result<(), ScheduleError> {
    if let Some(due) = sched.hearing_notice {
        let kind = DeadlineKind::HearingNotice;
        j.measure(Step::worker(kind, due, s.draft_sent, None, w))?;
    }
    if let (Some(due), Some(_)) = (sched.objection, s.draft_sent) {
        let mut step = Step::worker(DeadlineKind::Objection, due, s.objections, s.refused, None);
        step.by = Party::Applicant;
        j.measure(step)?;
    }
    // APPC art. 74(4): the hearing's protocol within 2 working days; 74(6):
    // the applicant's remarks within 3 working days of receiving it.
    if let Some(held) = s.hearing_held {
        let kind = DeadlineKind::HearingProtocol;
        let due = kind.due(j.cal, held)?;
        j.measure(Step::worker(kind, due, s.hearing_protocol, s.closed, w))?;
    }
    if let Some(from) = s.hearing_protocol_received.or(s.hearing_protocol) {
        let kind = DeadlineKind::HearingRemarks;
        let due = kind.due(j.cal, from)?;
        let mut step = Step::worker(kind, due, s.hearing_remarks, s.closed, None);
        step.by = Party::Applicant;
        j.measure(step)?;
    }
    // APPC art. 73: a refusal decided while the applicant could still
    // object to a draft sent in time but received late, without objections:
    // the draft had to reach the applicant by the hearing notice's due date.
    if let (Some(refused), Some(due), Some(sent), Some(received), Some(objection)) = (
        s.refused,
        sched.hearing_notice,
        s.draft_sent,
        s.draft_received,
        sched.objection,
    ) {
        let heard = s.objections.is_some_and(|o| o <= refused);
        if sent <= due.date && refused <= objection.date && !heard {
            let due = DeadlineKind::DraftReceipt.due(j.cal, refused)?;
            let kind = DeadlineKind::DraftReceipt;
            j.measure(Step::worker(kind, due, Some(received), None, w))?;
        }
    }
    Ok(())
}

/// п. 19, 32: each instruction of the protocol, by its unit.
fn instructions(j: &mut Judge<'_>, s: &Folded<'_>, events: &[Event]) -> Result<(), ScheduleError> {
    let Some((_, given)) = s.protocol else {
        return Ok(());
    };
    // Each instruction's first execution: a look through the events for a
    // few instructions, one pass into a map for many.
    let first = |id: &str| {
        events.iter().find_map(|e| match &e.kind {
            EventKind::InstructionExecuted { instruction } if instruction == id => Some(e.on),
            _ => None,
        })
    };
    let mut executed = std::collections::HashMap::new();
    if given.len() > 16 {
        for e in events {
            if let EventKind::InstructionExecuted { instruction } = &e.kind {
                executed.entry(instruction.as_str()).or_insert(e.on);
            }
        }
    }
    for i in given {
        let due = DeadlineKind::Instruction.due(j.cal, i.due)?;
        let done = if given.len() > 16 {
            executed.get(i.id.as_str()).copied()
        } else {
            first(&i.id)
        };
        j.measure(Step {
            kind: DeadlineKind::Instruction,
            due,
            done,
            moot: s.closed,
            by: Party::Unit,
            who: Some(&i.unit),
            instruction: Some(&i.id),
            rule: None,
        })?;
    }
    Ok(())
}

/// The violations in order, and the next action due: the most urgent open
/// or overdue deadline of the body, none once the request has ended.
fn finish(
    j: Judge<'_>,
    s: &Folded<'_>,
    as_of: NaiveDate,
    deemed_refusal: Option<DeemedRefusal>,
) -> Evaluation {
    let Judge {
        deadlines,
        mut violations,
        ..
    } = j;
    // One obligation missed is one violation: a reception cancelled and set
    // again for the same day asks for one briefing (п. 22), not two. Of
    // the measures of one obligation (kind, due date, instruction, rule),
    // the latest stands.
    violations.sort_by(|a, b| {
        (a.due, a.deadline, &a.instruction, a.rule)
            .cmp(&(b.due, b.deadline, &b.instruction, b.rule))
            .then(b.late_by_working_days.cmp(&a.late_by_working_days))
    });
    violations.dedup_by(|later, kept| {
        (later.due, later.deadline, &later.instruction, later.rule)
            == (kept.due, kept.deadline, &kept.instruction, kept.rule)
    });
    let stage = Stage::of(s);
    // A request that has ended has no next action, whatever stays overdue
    // (the same rule as the agenda's).
    let next = stage
        .filter(|s| s.is_open())
        .and_then(|_| next_action(&deadlines));
    Evaluation {
        as_of,
        stage,
        worker: s.worker.map(str::to_owned),
        deadlines,
        violations,
        next,
        deemed_refusal,
        external_due: None,
    }
}
