//! What the events of a case file established so far: a fold of the events,
//! the one place where a history becomes facts. The checks of
//! [`super::CaseFile::record`] and [`super::evaluate`] both read it.

use chrono::{NaiveDate, NaiveTime};

use super::event::{Event, EventKind, HeldForm, InstructionGiven};
use super::ground::NoAppointmentGround;
use crate::deadline::reading::{DateNotice, Policy};
use crate::official::OfficialRole;
use crate::schedule::Facts;

/// The facts a list of events establishes (the last of each, where an event
/// can repeat).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Folded<'a> {
    pub last_on: Option<NaiveDate>,
    pub arrived: Option<NaiveDate>,
    /// The time of arrival, when recorded (APPC art. 64(3)).
    pub arrival_time: Option<NaiveTime>,
    pub registered: Option<NaiveDate>,
    pub worker: Option<&'a str>,
    /// The answer's due date another system shows, when recorded.
    pub external_due: Option<NaiveDate>,
    pub left_without_consideration: Option<NaiveDate>,
    pub correction_until: Option<NaiveDate>,
    pub corrected: Option<NaiveDate>,
    /// From a reception of another request (п. 34): the day marked, the
    /// original's case id.
    pub from_reception: Option<(NaiveDate, &'a str)>,
    pub returned: Option<NaiveDate>,
    pub no_appointment: Option<(NaiveDate, NoAppointmentGround)>,
    pub forwarded: Option<NaiveDate>,
    /// The letter extending the term: (day sent, when known; its end).
    pub letter: Option<(Option<NaiveDate>, NaiveDate)>,
    pub decision: Option<NaiveDate>,
    /// The end of the term the decision names, when it names one.
    pub decision_until: Option<NaiveDate>,
    pub extension_notice: Option<NaiveDate>,
    pub answered: Option<NaiveDate>,
    /// The first date-and-time notice after the answer (п. 25 reading (a)).
    pub first_date_notice: Option<NaiveDate>,
    /// The reception that first notice told.
    pub first_notice_reception: Option<NaiveDate>,
    /// The reception currently set: (day told, when told; day of the reception).
    pub reception: Option<(Option<NaiveDate>, NaiveDate)>,
    /// The official's absence notice for the reception now set (п. 16):
    /// (day notified, day the cause arose, when known).
    pub absence: Option<(NaiveDate, Option<NaiveDate>)>,
    /// Known to be outside competence without a forwarding yet (from
    /// [`Facts::outside_competence`]).
    pub outside_competence_known: bool,
    pub briefing: Option<NaiveDate>,
    pub draft_sent: Option<NaiveDate>,
    pub draft_received: Option<NaiveDate>,
    pub objections: Option<NaiveDate>,
    /// The oral hearing asked for (APPC art. 73(3)).
    pub hearing_requested: Option<NaiveDate>,
    /// The hearing held (APPC art. 74).
    pub hearing_held: Option<NaiveDate>,
    /// Its protocol drawn up (APPC art. 74(4)).
    pub hearing_protocol: Option<NaiveDate>,
    /// Its protocol received by the applicant (APPC art. 74(6)).
    pub hearing_protocol_received: Option<NaiveDate>,
    /// The applicant's remarks on it (APPC art. 74(6)).
    pub hearing_remarks: Option<NaiveDate>,
    pub refused: Option<NaiveDate>,
    pub held: Option<(NaiveDate, HeldForm)>,
    /// The receiving official's role, when given (п. 2, 13).
    pub held_by: Option<OfficialRole>,
    pub protocol: Option<(NaiveDate, &'a [InstructionGiven])>,
    pub final_answer: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
}

impl<'a> Folded<'a> {
    /// The facts of `events` (in order).
    pub fn of(events: &'a [Event]) -> Folded<'a> {
        let mut s = Folded::default();
        for e in events {
            s.apply(e);
        }
        s
    }

    /// Adds one event.
    pub fn apply(&mut self, e: &'a Event) {
        let on = e.on;
        self.last_on = Some(on);
        match &e.kind {
            EventKind::Arrived { time, .. } => {
                self.arrived = Some(on);
                self.arrival_time = *time;
            }
            EventKind::Registered {
                worker,
                external_due,
            } => {
                self.registered = Some(on);
                self.worker = worker.as_deref();
                self.external_due = *external_due;
            }
            EventKind::LeftWithoutConsideration => self.left_without_consideration = Some(on),
            EventKind::CorrectionPeriodSet { until } => self.correction_until = Some(*until),
            EventKind::FromReception { original } => {
                self.from_reception = Some((on, original.as_str()));
            }
            EventKind::Corrected => self.corrected = Some(on),
            EventKind::Returned => self.returned = Some(on),
            EventKind::Forwarded => self.forwarded = Some(on),
            EventKind::NoAppointment { ground } => self.no_appointment = Some((on, *ground)),
            EventKind::ExtendedByLetter { until } => self.letter = Some((Some(on), *until)),
            EventKind::ExtendedByDecision { until } => {
                self.decision = Some(on);
                self.decision_until = *until;
            }
            EventKind::ExtensionNoticeSent => self.extension_notice = Some(on),
            EventKind::Answered => self.answered = Some(on),
            EventKind::DateNotified { reception, .. } => {
                if self.first_date_notice.is_none() {
                    self.first_date_notice = Some(on);
                    self.first_notice_reception = Some(*reception);
                }
                // The date told again (a time added) keeps its first notice;
                // a new date is a new reception, with no absence notice yet.
                let told = match self.reception {
                    Some((told, day)) if day == *reception => told,
                    _ => {
                        // Moved after an absence notice: the briefing was
                        // for the official who could not receive, and the
                        // new date needs its own (п. 16, 22).
                        if self.absence.take().is_some() {
                            self.briefing = None;
                        }
                        Some(on)
                    }
                };
                self.reception = Some((told, *reception));
            }
            // The first briefing counts (п. 22: prepared by its day).
            EventKind::BriefingPrepared => {
                self.briefing.get_or_insert(on);
            }
            EventKind::DraftRefusalSent => self.draft_sent = Some(on),
            EventKind::DraftRefusalReceived => self.draft_received = Some(on),
            EventKind::ObjectionsReceived => self.objections = Some(on),
            EventKind::HearingRequested => self.hearing_requested = Some(on),
            EventKind::HearingHeld => self.hearing_held = Some(on),
            EventKind::HearingProtocol => self.hearing_protocol = Some(on),
            EventKind::HearingProtocolReceived => self.hearing_protocol_received = Some(on),
            EventKind::HearingRemarksReceived => self.hearing_remarks = Some(on),
            EventKind::Refused => self.refused = Some(on),
            // п. 16, 9: the notice cancels nothing by itself; the reception
            // is then held by a deputy, moved or cancelled.
            // The first notice for the reception set counts.
            EventKind::AbsenceNotified { cause_arose } => {
                self.absence.get_or_insert((on, Some(*cause_arose)));
            }
            EventKind::ReceptionCancelled => {
                self.reception = None;
                self.briefing = None;
                self.absence = None;
            }
            EventKind::ReceptionHeld { form, official } => {
                self.held = Some((on, *form));
                self.held_by = *official;
            }
            EventKind::Protocol { instructions } => self.protocol = Some((on, instructions)),
            EventKind::InstructionExecuted { .. } | EventKind::Reassigned { .. } => {
                if let EventKind::Reassigned { worker } = &e.kind {
                    self.worker = Some(worker);
                }
            }
            EventKind::FinalAnswer => self.final_answer = Some(on),
            EventKind::Closed => self.closed = Some(on),
        }
    }

    /// Whether the request is outside competence (п. 15(1)): forwarded, or
    /// no appointment on that ground.
    pub fn outside_competence(&self) -> bool {
        self.outside_competence_known
            || self.forwarded.is_some()
            || self
                .no_appointment
                .is_some_and(|(_, g)| g == NoAppointmentGround::OutsideCompetence)
    }
}

impl Folded<'static> {
    /// The case file that `facts` describe, folded: the loose dates of the
    /// "what if" calculator ([`crate::schedule::Schedule`]) as the judge
    /// ([`super::judge`]) takes them, so that both are measured by the one
    /// judge. [`Folded::facts`] gives them back.
    pub fn from_facts(f: &Facts) -> Folded<'static> {
        Folded {
            last_on: None,
            registered: Some(f.registered),
            arrived: f.arrived_on,
            letter: f.letter_extended_to.map(|until| (f.letter_sent_on, until)),
            decision: f.extended_on,
            decision_until: f.extended_until,
            extension_notice: f.extension_notice_sent,
            answered: f.answered_on,
            first_date_notice: f.date_notice_sent,
            reception: f.reception.map(|day| (f.date_notice_sent, day)),
            absence: f
                .absence_notified_on
                .map(|on| (on, f.absence_cause_arose_on)),
            briefing: f.briefing_on,
            refused: f.refusal_on,
            draft_sent: f.hearing_notice_sent,
            draft_received: f.draft_received_on,
            objections: f.objections_on,
            outside_competence_known: f.outside_competence,
            forwarded: f.forwarded_on,
            correction_until: f.correction_until,
            returned: f.returned_on,
            ..Folded::default()
        }
    }
}

impl Folded<'_> {
    /// The facts as the schedule takes them ([`Facts`]), `None` before the
    /// registration. Under reading (a) of п. 25 the date notice measured is
    /// the first after the answer; under (b), the one of the reception now
    /// set. The letter's day of sending goes with its end: the schedule
    /// decides whether it extends the term (п. 26).
    pub fn facts(&self, policy: Policy) -> Option<Facts> {
        let registered = self.registered?;
        let mut f = Facts::registered_on(registered);
        f.arrived_on = self.arrived;
        if let Some((sent, until)) = self.letter {
            f.letter_extended_to = Some(until);
            f.letter_sent_on = sent;
        }
        f.extended_on = self.decision;
        f.extended_until = self.decision_until;
        f.extension_notice_sent = self.extension_notice;
        f.answered_on = self.answered;
        f.date_notice_sent = match policy.date_notice {
            DateNotice::AfterAnswer => self.first_date_notice,
            DateNotice::BeforeReception => self.reception.and_then(|(told, _)| told),
        };
        if let Some((on, cause)) = self.absence {
            f.absence_notified_on = Some(on);
            f.absence_cause_arose_on = cause;
        }
        f.returned_on = self.returned;
        f.reception = self.reception.map(|(_, day)| day);
        f.briefing_on = self.briefing;
        f.refusal_on = self.refused;
        f.hearing_notice_sent = self.draft_sent;
        f.draft_received_on = self.draft_received;
        f.objections_on = self.objections;
        f.outside_competence = self.outside_competence();
        f.forwarded_on = self.forwarded;
        f.correction_until = self.correction_until;
        Some(f)
    }
}
