//! What several test files share: a generator of random walks through the
//! reception's life cycle (every step a transition, with dates near the
//! latest event), and the dates it starts from.

use chrono::{Days, NaiveDate};
use kz_appeals::calendar::Calendar;
use kz_appeals::official::OfficialRole;
use kz_appeals::reception::{
    Circumstances, FinalAnswer, Instruction, Protocol, Reception, ReceptionForm, Stage,
};
use proptest::prelude::*;

pub fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
}
pub fn day(offset: u64) -> NaiveDate {
    base().checked_add_days(Days::new(offset)).unwrap()
}

/// A request registered on the first working day on or after `day(offset)`
/// (п. 21: requests are registered on working days only).
pub fn registered(offset: u64, cal: &Calendar) -> Reception {
    let on = cal.working_day_on_or_after(day(offset)).unwrap().value;
    Reception::register(on, "worker 0", cal).unwrap()
}

#[derive(Debug, Clone)]
pub enum Step {
    Letter(u64, u64),
    Decision(u64, u64, u64),
    Include(u64),
    Notify(u64, u64),
    Absent(u64, u64),
    Hold(bool, bool, bool, u8),
    Protocol(bool, bool, u64),
    Close(u64, bool),
    Draft(u64, u64),
    Refuse(u64),
    Reassign(u8),
}

pub fn step() -> impl Strategy<Value = Step> {
    let d = 0u64..30;
    // Weighted toward the steps of the happy path, so that closings are
    // reached often enough for the property to bite.
    prop_oneof![
        1 => (d.clone(), d.clone()).prop_map(|(a, b)| Step::Letter(a, b)),
        1 => (d.clone(), d.clone(), d.clone()).prop_map(|(a, b, c)| Step::Decision(a, b, c)),
        3 => d.clone().prop_map(Step::Include),
        3 => (d.clone(), 0u64..10).prop_map(|(a, b)| Step::Notify(a, a + b)),
        1 => (d.clone(), d.clone()).prop_map(|(a, b)| Step::Absent(a, b)),
        3 => (any::<bool>(), any::<bool>(), any::<bool>(), 0u8..4).prop_map(|(a, b, c, r)| Step::Hold(a, b, c, r)),
        2 => (any::<bool>(), any::<bool>(), d.clone()).prop_map(|(a, i, b)| Step::Protocol(a, i, b)),
        3 => (d.clone(), any::<bool>()).prop_map(|(a, b)| Step::Close(a, b)),
        1 => (d.clone(), 0u64..5).prop_map(|(a, b)| Step::Draft(a, b)),
        1 => d.clone().prop_map(Step::Refuse),
        1 => (0u8..12).prop_map(Step::Reassign),
    ]
}

/// The date of the latest event, so that generated offsets land near it and
/// the happy path is reached often, not only its refusals.
fn anchor(r: &Reception) -> NaiveDate {
    match r.stage() {
        Stage::Included { answered_on } => *answered_on,
        Stage::Notified { notified_on, .. } => *notified_on,
        Stage::Held { reception, .. } | Stage::Protocolled { reception, .. } => reception.date(),
        _ => r.registered_on(),
    }
}

pub fn apply(r: &Reception, s: &Step, cal: &Calendar) -> Option<Reception> {
    let start = anchor(r);
    let at = |o: u64| start.checked_add_days(Days::new(o)).unwrap();
    let res = match *s {
        Step::Letter(a, b) => r.extend_by_letter(at(a), at(b), cal),
        Step::Decision(a, b, c) => r.extend_by_decision(at(a), at(b), at(c), cal),
        Step::Include(a) => r.include(at(a)),
        Step::Notify(a, b) => r.notify(at(a), at(b).and_hms_opt(10, 0, 0).unwrap(), cal),
        Step::Absent(a, b) => r.official_absent(at(a), at(b), cal),
        Step::Hold(video, consent, restricted, role) => r.hold(
            if video {
                ReceptionForm::Videoconference
            } else {
                ReceptionForm::InPerson
            },
            Circumstances {
                role: [
                    OfficialRole::FirstHead { deputy: true },
                    OfficialRole::Akim { deputy: false },
                    OfficialRole::HeadOfApparatus,
                    OfficialRole::UnitHead { deputy: false },
                ][usize::from(role)],
                applicant_consents_to_video: consent,
                restrictive_measures: restricted,
            },
        ),
        // Either part of the protocol may be missing, so that an empty
        // protocol (п. 19) is tried too.
        Step::Protocol(decision, instruction, due) => r.record_protocol(Protocol {
            decision: decision.then(|| "шешім".to_string()),
            instructions: if instruction {
                vec![Instruction {
                    task: "тапсырма".into(),
                    due: at(due),
                }]
            } else {
                vec![]
            },
        }),
        Step::Close(a, reasoned) => r.close(FinalAnswer {
            sent_on: at(a),
            reasons: if reasoned {
                "себебі".into()
            } else {
                " ".into()
            },
        }),
        Step::Draft(a, b) => r.send_draft_refusal(at(a), at(a + b), cal),
        Step::Refuse(a) => r.refuse(at(a), cal),
        // The same four workers, spelt in three ways (п. 35).
        Step::Reassign(w) => r.reassign(match w / 4 {
            0 => format!("worker {}", w % 4),
            1 => format!(" WORKER  {}", w % 4),
            _ => format!("Worker {} ", w % 4),
        }),
    };
    res.ok()
}
