//! The checks of an event against the history before it: what cannot have
//! happened ([`rules`](crate::rules) §3). One function, used by [`super::CaseFile::record`],
//! by loading ([`super::CaseFile::from_events`]) and by the guarded
//! transitions.

use std::collections::HashSet;

use super::ending::ended_by;
use super::error::Impossible;
use super::event::{Event, EventKind, EventName};
use super::state::Folded;
use crate::calendar::Calendar;
use crate::deadline::reading::Policy;
use crate::deadline::term::TermError;
use crate::schedule::{Schedule, ScheduleError};

fn not_ended(s: &Folded<'_>) -> Result<(), Impossible> {
    match ended_by(s) {
        Some(by) => Err(Impossible::AlreadyEnded { by }),
        None => Ok(()),
    }
}

/// Not yet answered (п. 25): the steps before the answer.
fn before_answer(s: &Folded<'_>) -> Result<(), Impossible> {
    not_ended(s)?;
    match s.answered {
        Some(_) => Err(Impossible::AlreadyEnded {
            by: EventName::Answered,
        }),
        None => Ok(()),
    }
}

/// Not yet held (п. 13–14): the steps before the reception.
fn before_reception(s: &Folded<'_>) -> Result<(), Impossible> {
    not_ended(s)?;
    match s.held {
        Some(_) => Err(Impossible::AlreadyEnded {
            by: EventName::ReceptionHeld,
        }),
        None => Ok(()),
    }
}

fn once<T>(v: Option<T>) -> Result<(), Impossible> {
    match v {
        Some(_) => Err(Impossible::Twice),
        None => Ok(()),
    }
}

fn needs<T>(v: Option<T>, needs: EventName) -> Result<T, Impossible> {
    v.ok_or(Impossible::Without { needs })
}

fn term(e: TermError) -> Impossible {
    Impossible::Schedule(ScheduleError::Term(e))
}

/// What the events before one have named, for the checks that look back
/// (an instruction executed twice, п. 32; a worker who had the request,
/// п. 35), kept as the events are added so that loading stays linear.
#[derive(Debug, Default)]
pub(crate) struct Seen<'a> {
    given: HashSet<&'a str>,
    executed: HashSet<&'a str>,
    workers: HashSet<&'a str>,
}

impl<'a> Seen<'a> {
    /// What `events` named.
    pub fn of(events: &'a [Event]) -> Seen<'a> {
        let mut seen = Seen::default();
        for e in events {
            seen.add(e);
        }
        seen
    }

    /// Adds one event.
    pub fn add(&mut self, e: &'a Event) {
        match &e.kind {
            EventKind::Protocol { instructions } => {
                self.given
                    .extend(instructions.iter().map(|i| i.id.as_str()));
            }
            EventKind::InstructionExecuted { instruction } => {
                self.executed.insert(instruction);
            }
            EventKind::Registered {
                worker: Some(w),
                external_due: None,
            }
            | EventKind::Reassigned { worker: w } => {
                self.workers.insert(w);
            }
            _ => {}
        }
    }
}

/// Checks `e` against the events before it (`before`, folded in `s`): the
/// order of the life cycle here, then the dates against the schedule's rules
/// ([`Schedule::compute_with`], one source of truth for them).
pub(crate) fn check(
    cal: &Calendar,
    before: &Seen<'_>,
    s: &Folded<'_>,
    e: &Event,
    policy: Policy,
) -> Result<(), Impossible> {
    in_calendar(cal, e)?;
    structural(cal, before, s, e)?;
    let mut after = *s;
    after.apply(e);
    if let Some(facts) = after.facts(policy) {
        Schedule::compute_with(cal, &facts, policy).map_err(Impossible::Schedule)?;
    }
    Ok(())
}

/// Every date an event carries lies in the calendar ([`Calendar::first_day`]
/// to [`Calendar::last_day`]): what is recorded can be evaluated and stored
/// (as `YYYY-MM-DD`) and read back.
fn in_calendar(cal: &Calendar, e: &Event) -> Result<(), Impossible> {
    let inner = match &e.kind {
        EventKind::CorrectionPeriodSet { until } | EventKind::ExtendedByLetter { until } => {
            Some(*until)
        }
        EventKind::DateNotified { reception, .. } => Some(*reception),
        EventKind::AbsenceNotified { cause_arose } => Some(*cause_arose),
        EventKind::ExtendedByDecision { until } => *until,
        EventKind::Registered { external_due, .. } => *external_due,
        _ => None,
    };
    let instructions = match &e.kind {
        EventKind::Protocol { instructions } => instructions.as_slice(),
        _ => &[],
    };
    let dates = std::iter::once(e.on)
        .chain(inner)
        .chain(instructions.iter().map(|i| i.due));
    for d in dates {
        cal.is_working_day(d).map_err(|e| term(e.into()))?;
    }
    Ok(())
}

/// The order of the life cycle: what must come before what.
fn structural(
    cal: &Calendar,
    before: &Seen<'_>,
    s: &Folded<'_>,
    e: &Event,
) -> Result<(), Impossible> {
    let on = e.on;
    if let Some(closed) = s.closed {
        return Err(Impossible::AfterClosing { closed });
    }
    // п. 21: a request is registered on or after it arrives; said before the
    // general order of events, so that the error cites the rule.
    if let (EventKind::Registered { .. }, Some(arrived)) = (&e.kind, s.arrived) {
        if on < arrived && s.registered.is_none() {
            return Err(Impossible::RegisteredBeforeArrival { arrived });
        }
    }
    if let Some(previous) = s.last_on.filter(|p| on < *p) {
        return Err(Impossible::BeforePrevious { previous });
    }
    let working = |d| {
        cal.is_working_day(d)
            .map(|w| w.value)
            .map_err(|e| term(e.into()))
    };
    let registered = match (&e.kind, s.registered) {
        (EventKind::Arrived { .. }, _) => {
            return match s.last_on {
                Some(_) => Err(Impossible::ArrivalNotFirst),
                None => Ok(()),
            };
        }
        (EventKind::Registered { .. }, Some(_)) => return Err(Impossible::Twice),
        (EventKind::Registered { .. }, None) => {
            if let Some(arrived) = s.arrived.filter(|a| on < *a) {
                return Err(Impossible::RegisteredBeforeArrival { arrived });
            }
            return if working(on)? {
                Ok(())
            } else {
                Err(Impossible::RegisteredOnDayOff)
            };
        }
        (_, None) => return Err(Impossible::NotRegistered),
        (_, Some(r)) => r,
    };
    if on < registered {
        return Err(Impossible::BeforeRegistration { registered });
    }
    match &e.kind {
        EventKind::Arrived { .. } | EventKind::Registered { .. } => Ok(()),
        EventKind::LeftWithoutConsideration => before_answer(s),
        EventKind::CorrectionPeriodSet { until } => {
            once(s.correction_until)?;
            before_answer(s)?;
            if *until < on {
                return Err(Impossible::CorrectionPeriodEndsBeforeSet { until: *until });
            }
            Ok(())
        }
        EventKind::FromReception { .. } => once(s.from_reception),
        EventKind::Corrected => {
            needs(s.correction_until, EventName::CorrectionPeriodSet)?;
            once(s.corrected)?;
            not_ended(s)
        }
        EventKind::Returned => {
            let until = needs(s.correction_until, EventName::CorrectionPeriodSet)?;
            not_ended(s)?;
            let period_ends = cal
                .working_day_on_or_after(until)
                .map_err(|e| term(e.into()))?
                .value;
            if on <= period_ends || s.corrected.is_some_and(|c| c <= period_ends) {
                return Err(Impossible::ReturnNotDue { period_ends });
            }
            Ok(())
        }
        EventKind::Forwarded => before_answer(s),
        EventKind::NoAppointment { .. } => {
            once(s.no_appointment)?;
            before_answer(s)
        }
        EventKind::ExtendedByLetter { .. } => {
            once(s.letter)?;
            before_answer(s)
        }
        EventKind::ExtendedByDecision { .. } => {
            once(s.decision)?;
            before_answer(s)
        }
        EventKind::ExtensionNoticeSent => {
            needs(s.decision, EventName::ExtendedByDecision)?;
            once(s.extension_notice)
        }
        EventKind::Answered => {
            once(s.answered)?;
            not_ended(s)
        }
        EventKind::DateNotified { reception, .. } => {
            needs(s.answered, EventName::Answered)?;
            before_reception(s)?;
            if *reception < on {
                return Err(Impossible::ReceptionInThePast {
                    reception: *reception,
                });
            }
            Ok(())
        }
        EventKind::BriefingPrepared => before_reception(s),
        EventKind::DraftRefusalSent => {
            once(s.draft_sent)?;
            before_reception(s)
        }
        EventKind::DraftRefusalReceived => {
            needs(s.draft_sent, EventName::DraftRefusalSent)?;
            once(s.draft_received)?;
            if s.objections.is_some() || s.refused.is_some() {
                return Err(Impossible::ReceiptAfterHearing);
            }
            Ok(())
        }
        // APPC arts. 73(3), 74: the hearing of a draft refusal.
        EventKind::HearingRequested => {
            needs(s.draft_sent, EventName::DraftRefusalSent)?;
            once(s.hearing_requested)?;
            not_ended(s)
        }
        EventKind::HearingHeld => {
            needs(s.draft_sent, EventName::DraftRefusalSent)?;
            once(s.hearing_held)?;
            not_ended(s)
        }
        EventKind::HearingProtocol => {
            needs(s.hearing_held, EventName::HearingHeld)?;
            once(s.hearing_protocol)
        }
        EventKind::HearingProtocolReceived => {
            needs(s.hearing_protocol, EventName::HearingProtocol)?;
            once(s.hearing_protocol_received)
        }
        EventKind::HearingRemarksReceived => {
            needs(s.hearing_protocol, EventName::HearingProtocol)?;
            once(s.hearing_remarks)
        }
        EventKind::ObjectionsReceived => {
            needs(s.draft_sent, EventName::DraftRefusalSent)?;
            once(s.objections)?;
            before_reception(s)
        }
        EventKind::Refused => {
            before_reception(s)?;
            s.draft_sent.ok_or(Impossible::NoDraftSent)?;
            if let Some((_, reception)) = s.reception.filter(|(_, r)| on > *r) {
                return Err(Impossible::RefusalAfterReception { reception });
            }
            // A refusal decided while the applicant could still object (a
            // draft sent or received late) really happened: the schedule
            // reports it (п. 28, APPC art. 73), it is not impossible. A
            // refusal before its draft cannot be recorded: events come in
            // the order they happened.
            Ok(())
        }
        EventKind::AbsenceNotified { cause_arose } => {
            let (_, reception) = needs(s.reception, EventName::DateNotified)?;
            before_reception(s)?;
            // A notice after the reception's day is late, not impossible
            // (п. 16): measured by `evaluate`. A cause that arose after the
            // notice cannot have been notified.
            if *cause_arose > on {
                return Err(Impossible::AbsenceOutOfOrder {
                    reception,
                    cause_arose: *cause_arose,
                });
            }
            Ok(())
        }
        EventKind::ReceptionCancelled => {
            needs(s.reception, EventName::DateNotified)?;
            before_reception(s)
        }
        EventKind::ReceptionHeld { .. } => {
            let (_, reception) = needs(s.reception, EventName::DateNotified)?;
            before_reception(s)?;
            if on != reception {
                return Err(Impossible::HeldOnOtherDay { reception });
            }
            // п. 13–14: a reception by videoconference held by an official
            // п. 13 does not name happened: the judge counts it a violation.
            Ok(())
        }
        EventKind::Protocol { instructions } => {
            let (held, _) = needs(s.held, EventName::ReceptionHeld)?;
            once(s.protocol)?;
            let mut ids = HashSet::with_capacity(instructions.len());
            for i in instructions {
                let repeated = !ids.insert(i.id.as_str());
                if i.id.trim().is_empty() || i.unit.trim().is_empty() || i.due < held || repeated {
                    return Err(Impossible::InstructionInvalid { id: i.id.clone() });
                }
            }
            Ok(())
        }
        EventKind::InstructionExecuted { instruction } => {
            needs(s.protocol, EventName::Protocol)?;
            let known = before.given.contains(instruction.as_str());
            let done = before.executed.contains(instruction.as_str());
            if !known || done {
                return Err(Impossible::UnknownInstruction {
                    id: instruction.clone(),
                });
            }
            Ok(())
        }
        // п. 35: a reassignment to a worker who had the request happened:
        // the judge counts it a violation.
        EventKind::Reassigned { .. } => Ok(()),
        EventKind::FinalAnswer => {
            once(s.final_answer)?;
            if s.held.is_none() && ended_by(s).is_none() {
                return Err(Impossible::Without {
                    needs: EventName::ReceptionHeld,
                });
            }
            Ok(())
        }
        EventKind::Closed => {
            if s.final_answer.is_none() && ended_by(s).is_none() {
                return Err(Impossible::ClosedWithoutAnswer);
            }
            Ok(())
        }
    }
}
