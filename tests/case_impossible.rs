//! What cannot have happened is refused with a typed error naming the event
//! and citing the rule; what happened late is recorded (tests/case_scenarios.rs).

use chrono::NaiveDate;
use kz_appeals::calendar::Calendar;
use kz_appeals::case::{
    CaseError, CaseFile, Event, EventKind, EventName, GuardError, HeldForm, Impossible,
    InstructionGiven,
};
use kz_appeals::law::Citation;
use kz_appeals::reading::Policy;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

/// Registered Thu 26 March 2026, answered Fri 10 April, the reception set
/// for Tue 28 April, held, a protocol with instruction "1", a final answer.
fn closed_file(cal: &Calendar) -> CaseFile {
    let mut f = CaseFile::new("A-1");
    let events = [
        (
            d(3, 26),
            EventKind::Registered {
                worker: None,
                external_due: None,
            },
        ),
        (d(4, 10), EventKind::Answered),
        (
            d(4, 13),
            EventKind::DateNotified {
                reception: d(4, 28),
                at: None,
            },
        ),
        (d(4, 20), EventKind::BriefingPrepared),
        (
            d(4, 28),
            EventKind::ReceptionHeld {
                form: HeldForm::InPerson,
                official: None,
            },
        ),
        (
            d(4, 28),
            EventKind::Protocol {
                instructions: vec![InstructionGiven::new("1", d(5, 15), "roads")],
            },
        ),
        (
            d(5, 14),
            EventKind::InstructionExecuted {
                instruction: "1".into(),
            },
        ),
        (d(5, 15), EventKind::FinalAnswer),
        (d(5, 18), EventKind::Closed),
    ];
    for (on, kind) in events {
        f.record(cal, Event::new(on, kind)).unwrap();
    }
    f
}

fn refused(f: &mut CaseFile, cal: &Calendar, on: NaiveDate, kind: EventKind) -> CaseError {
    let before = f.clone();
    let err = f.record(cal, Event::new(on, kind)).unwrap_err();
    assert_eq!(*f, before, "a refused event leaves the file unchanged");
    err
}

#[test]
fn dated_before_registration() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::new("A");
    let err = refused(&mut f, &cal, d(3, 25), EventKind::Answered);
    assert_eq!(err.reason, Impossible::NotRegistered);
    assert_eq!(err.event, EventName::Answered);
    assert!(err.to_string().starts_with("п. 21: answered on 2026-03-25"));
    f.record(
        &cal,
        Event::new(
            d(3, 26),
            EventKind::Registered {
                worker: None,
                external_due: None,
            },
        ),
    )
    .unwrap();
    // Events are in the order they happened: one dated before the last is refused.
    let err = refused(&mut f, &cal, d(3, 20), EventKind::Answered);
    assert!(matches!(err.reason, Impossible::BeforePrevious { .. }));
}

#[test]
fn a_reception_on_a_day_off() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::new("A");
    f.record(
        &cal,
        Event::new(
            d(3, 26),
            EventKind::Registered {
                worker: None,
                external_due: None,
            },
        ),
    )
    .unwrap();
    f.record(&cal, Event::new(d(4, 10), EventKind::Answered))
        .unwrap();
    // Thu 7 May 2026 is Defender of the Fatherland Day (п. 7: working days only).
    let err = refused(
        &mut f,
        &cal,
        d(4, 13),
        EventKind::DateNotified {
            reception: d(5, 7),
            at: None,
        },
    );
    assert_eq!(err.rule(), Some(Citation::regulation(7)));
    assert!(
        err.to_string()
            .starts_with("п. 7: date_notified on 2026-04-13"),
        "{err}"
    );
}

#[test]
fn a_refusal_with_no_draft_sent() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::new("A");
    f.record(
        &cal,
        Event::new(
            d(3, 26),
            EventKind::Registered {
                worker: None,
                external_due: None,
            },
        ),
    )
    .unwrap();
    let err = refused(&mut f, &cal, d(4, 10), EventKind::Refused);
    assert_eq!(err.reason, Impossible::NoDraftSent);
    assert_eq!(err.rule(), Some(Citation::regulation(28)));
    // With a draft sent Mon 6 April and no receipt known, the applicant may
    // object until 7, 8 -> Wed 8 April (APPC art. 73). A refusal that day
    // really can happen: it is recorded, not refused, and the draft was late
    // for it (п. 28: 3 working days before Wed 8 April are 7, 6, 3 -> Fri
    // 3 April; sent Mon 6 April, 4–5 April the weekend: 1 working day late).
    // The guarded transition refuses it; a refusal on Thu 9 April is clean.
    f.record(&cal, Event::new(d(4, 6), EventKind::DraftRefusalSent))
        .unwrap();
    let early = Event::new(d(4, 8), EventKind::Refused);
    assert!(matches!(
        f.may_record(&cal, &early, Policy::default()),
        Err(GuardError::WouldViolate { .. })
    ));
    assert!(
        f.may_record(
            &cal,
            &Event::new(d(4, 9), EventKind::Refused),
            Policy::default()
        )
        .is_ok()
    );
    f.record(&cal, early).unwrap();
    let v = kz_appeals::case::evaluate(&cal, &f, d(4, 30))
        .unwrap()
        .violations;
    let late: Vec<_> = v
        .iter()
        .filter(|v| v.deadline == kz_appeals::schedule::DeadlineKind::HearingNotice)
        .map(|v| (v.rule, v.due, v.on, v.late_by_working_days))
        .collect();
    assert_eq!(
        late,
        [(Citation::regulation(28), d(4, 3), Some(d(4, 6)), 1)]
    );
}

#[test]
fn anything_after_closing_and_a_second_final_answer() {
    let cal = Calendar::kazakhstan();
    let mut f = closed_file(&cal);
    let err = refused(&mut f, &cal, d(5, 19), EventKind::FinalAnswer);
    assert_eq!(err.reason, Impossible::AfterClosing { closed: d(5, 18) });
    assert_eq!(err.rule(), Some(Citation::regulation(33)));
    // Before the closing, a second final answer is refused as such.
    let mut open =
        CaseFile::from_events(&cal, "A-2", closed_file(&cal).events()[..8].to_vec()).unwrap();
    let err = refused(&mut open, &cal, d(5, 15), EventKind::FinalAnswer);
    assert_eq!(err.reason, Impossible::Twice);
}

#[test]
fn executing_an_instruction_never_given() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::from_events(&cal, "A", closed_file(&cal).events()[..6].to_vec()).unwrap();
    let err = refused(
        &mut f,
        &cal,
        d(5, 4),
        EventKind::InstructionExecuted {
            instruction: "2".into(),
        },
    );
    assert_eq!(
        err.reason,
        Impossible::UnknownInstruction { id: "2".into() }
    );
    assert_eq!(err.rule(), Some(Citation::regulation(32)));
    f.record(
        &cal,
        Event::new(
            d(5, 4),
            EventKind::InstructionExecuted {
                instruction: "1".into(),
            },
        ),
    )
    .unwrap();
    // Executed once.
    let err = refused(
        &mut f,
        &cal,
        d(5, 5),
        EventKind::InstructionExecuted {
            instruction: "1".into(),
        },
    );
    assert!(matches!(err.reason, Impossible::UnknownInstruction { .. }));
}

#[test]
fn closing_needs_a_final_answer_and_no_worker_twice() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::new("A");
    f.record(
        &cal,
        Event::new(
            d(3, 26),
            EventKind::Registered {
                worker: Some("w-1".into()),
                external_due: None,
            },
        ),
    )
    .unwrap();
    assert_eq!(
        refused(&mut f, &cal, d(3, 27), EventKind::Closed).reason,
        Impossible::ClosedWithoutAnswer
    );
    f.record(
        &cal,
        Event::new(
            d(3, 27),
            EventKind::Reassigned {
                worker: "w-2".into(),
            },
        ),
    )
    .unwrap();
    // п. 35 (revised): back to a worker who had it happened: recorded, and
    // a violation on its day (Mon 30 March), not an impossible event.
    f.record(
        &cal,
        Event::new(
            d(3, 30),
            EventKind::Reassigned {
                worker: "w-1".into(),
            },
        ),
    )
    .unwrap();
    let e = kz_appeals::case::evaluate(&cal, &f, d(3, 30)).unwrap();
    let v: Vec<_> = e
        .violations
        .iter()
        .map(|v| (v.deadline, v.rule, v.on, v.late_by_working_days))
        .collect();
    assert_eq!(
        v,
        [(
            kz_appeals::schedule::DeadlineKind::Assignment,
            Citation::regulation(35),
            Some(d(3, 30)),
            0
        )]
    );
}

#[test]
fn a_refusal_after_the_reception_day_but_on_it_allowed() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::from_events(&cal, "A", closed_file(&cal).events()[..4].to_vec()).unwrap();
    // Draft sent Tue 21 April, received the same day: objections until 22,
    // 23 -> Thu 23 April; the reception is Tue 28 April.
    f.record(&cal, Event::new(d(4, 21), EventKind::DraftRefusalSent))
        .unwrap();
    f.record(&cal, Event::new(d(4, 21), EventKind::DraftRefusalReceived))
        .unwrap();
    let mut after = f.clone();
    let err = refused(&mut after, &cal, d(4, 29), EventKind::Refused);
    assert_eq!(
        err.reason,
        Impossible::RefusalAfterReception {
            reception: d(4, 28)
        }
    );
    assert_eq!(err.rule(), Some(Citation::regulation(22)));
    // On the reception's day: recorded (the refusal replaces the reception).
    f.record(&cal, Event::new(d(4, 28), EventKind::Refused))
        .unwrap();
}

#[test]
fn the_guard_refuses_what_record_accepts_late() {
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::new("A");
    let p = Policy::default();
    f.record_guarded(
        &cal,
        Event::new(
            d(3, 26),
            EventKind::Registered {
                worker: None,
                external_due: None,
            },
        ),
        p,
    )
    .unwrap();
    // п. 26, APPC art. 76(3): may I extend on Fri 17 April? No, the term
    // ended Thu 16 April.
    let err = f
        .record_guarded(
            &cal,
            Event::new(d(4, 17), EventKind::ExtendedByDecision { until: None }),
            p,
        )
        .unwrap_err();
    let GuardError::WouldViolate { violation, .. } = err else {
        panic!("{err}")
    };
    assert_eq!(violation.rule, Citation::APPC_76_3);
    assert_eq!(f.events().len(), 1);
    // The same event, recorded as a fact, is accepted.
    f.record(
        &cal,
        Event::new(d(4, 17), EventKind::ExtendedByDecision { until: None }),
    )
    .unwrap();
    // An impossible event is refused by the guard as by record.
    let err = f
        .record_guarded(&cal, Event::new(d(4, 17), EventKind::Refused), p)
        .unwrap_err();
    assert!(matches!(err, GuardError::Impossible(_)));
}

#[test]
fn a_videoconference_by_a_unit_head() {
    use kz_appeals::official::OfficialRole;
    let cal = Calendar::kazakhstan();
    let mut f = CaseFile::from_events(&cal, "A", closed_file(&cal).events()[..4].to_vec()).unwrap();
    let held = |official| EventKind::ReceptionHeld {
        form: HeldForm::VideoconferenceWithConsent,
        official: Some(official),
    };
    // п. 13: only a head of a local executive body or a deputy receives by
    // videoconference with consent; a head of a unit (п. 2(4)) does not.
    // Revised (issue 15): such a reception happened: recorded, and a
    // violation of п. 13 on its day.
    let mut unit = f.clone();
    unit.record(
        &cal,
        Event::new(d(4, 28), held(OfficialRole::UnitHead { deputy: false })),
    )
    .unwrap();
    let e = kz_appeals::case::evaluate(&cal, &unit, d(4, 28)).unwrap();
    let form: Vec<_> = e
        .violations
        .iter()
        .filter(|v| v.deadline == kz_appeals::schedule::DeadlineKind::ReceptionForm)
        .map(|v| (v.rule, v.on))
        .collect();
    assert_eq!(form, [(Citation::regulation(13), Some(d(4, 28)))]);
    // п. 14: under restrictive measures, any official, by videoconference.
    let mut g = f.clone();
    g.record(
        &cal,
        Event::new(
            d(4, 28),
            EventKind::ReceptionHeld {
                form: HeldForm::UnderRestrictiveMeasures,
                official: Some(OfficialRole::UnitHead { deputy: false }),
            },
        ),
    )
    .unwrap();
    f.record(
        &cal,
        Event::new(d(4, 28), held(OfficialRole::Akim { deputy: true })),
    )
    .unwrap();
}
