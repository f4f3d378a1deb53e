//! The case file's scenarios, worked by hand from the law and the 2026
//! calendar (kz-calendar/README.md). Weekday days off in the months used:
//! Mon 9 March (carry-over of 8 March), Mon 23 – Wed 25 March (Nauryz and
//! its carry-overs), Fri 1 May, Thu 7 May, Mon 11 May (carry-over of
//! Victory Day), Wed 27 May (Kurban ait).

use chrono::NaiveDate;
use kz_appeals::calendar::Calendar;
use kz_appeals::case::{
    AgendaState, CaseFile, DeadlineState, Event, EventKind, HeldForm, InstructionGiven, Party,
    Stage, agenda, evaluate,
};
use kz_appeals::intake::NoAppointmentGround;
use kz_appeals::law::Citation;
use kz_appeals::reading::Policy;
use kz_appeals::schedule::DeadlineKind;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn file(cal: &Calendar, id: &str, events: Vec<(NaiveDate, EventKind)>) -> CaseFile {
    let mut f = CaseFile::new(id);
    for (on, kind) in events {
        f.record(cal, Event::new(on, kind)).unwrap();
    }
    f
}

fn registered() -> EventKind {
    EventKind::Registered {
        worker: Some("w-1".into()),
        external_due: None,
    }
}

/// п. 25, APPC art. 76, 91(2): registered Thu 26 March 2026. Working days
/// after it: 27 (1), 30 (2), 31 (3), 1 Apr (4), 2 (5), 3 (6), 6 (7), 7 (8),
/// 8 (9), 9 (10), 10 (11), 13 (12), 14 (13), 15 (14), 16 (15), 17 (16),
/// 20 (17). The answer is due Thu 16 April; given Mon 20 April, the 17th
/// working day, it is late by 2 working days (17, 20 April).
#[test]
fn answer_on_the_17th_working_day() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-17",
        vec![(d(3, 26), registered()), (d(4, 20), EventKind::Answered)],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    let answer = e.get(DeadlineKind::Response).unwrap();
    assert_eq!(answer.due, d(4, 16));
    assert_eq!(
        answer.state,
        DeadlineState::DoneLate {
            on: d(4, 20),
            late_by_working_days: 2
        }
    );
    // Two violations: the late answer, and the date and time never told
    // (п. 25 (a): within 2 working days after the answer, 21, 22 -> Wed 22
    // April; on Thu 30 April overdue by 23, 24, 27, 28, 29, 30: 6).
    assert_eq!(e.violations.len(), 2);
    let notice = e.violations[1].clone();
    assert_eq!(
        (
            notice.deadline,
            notice.due,
            notice.on,
            notice.late_by_working_days
        ),
        (DeadlineKind::DateNoticeAfterAnswer, d(4, 22), None, 6)
    );
    let v = e.violations[0].clone();
    assert_eq!(
        (v.deadline, v.rule, v.due, v.on, v.late_by_working_days),
        (
            DeadlineKind::Response,
            Citation::APPC_76,
            d(4, 16),
            Some(d(4, 20)),
            2
        )
    );
    // From Fri 17 April to the answer, the refusal was deemed (APPC art. 91(2)).
    assert_eq!(e.deemed_refusal.map(|r| r.from), Some(d(4, 17)));
    assert_eq!(e.stage, Some(Stage::Included));
    // Seen on Thu 16 April, the answer was open with 0 working days left.
    let before = evaluate(&cal, &f, d(4, 16)).unwrap();
    assert_eq!(
        before.get(DeadlineKind::Response).unwrap().state,
        DeadlineState::Open {
            working_days_left: 0
        }
    );
    assert!(before.violations.is_empty());
}

/// п. 26, APPC art. 76(3): registered Thu 26 March 2026, the answer due Thu
/// 16 April (see above). A decision on Fri 17 April comes after the term:
/// a violation (due 16 April, on 17 April, 1 working day), and the term is
/// not extended. The answer on Tue 28 April is late by 17, 20, 21, 22, 23,
/// 24, 27, 28 April: 8 working days. No extension notice is due.
#[test]
fn extension_decided_after_the_term() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-ext",
        vec![
            (d(3, 26), registered()),
            (d(4, 17), EventKind::ExtendedByDecision { until: None }),
            (d(4, 28), EventKind::Answered),
        ],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(e.get(DeadlineKind::Response).unwrap().due, d(4, 16));
    assert!(e.get(DeadlineKind::ExtensionNotice).is_none());
    let late_decision = e
        .violations
        .iter()
        .find(|v| v.rule == Citation::APPC_76_3)
        .unwrap();
    assert_eq!(
        (
            late_decision.due,
            late_decision.on,
            late_decision.late_by_working_days
        ),
        (d(4, 16), Some(d(4, 17)), 1)
    );
    let late_answer = e
        .violations
        .iter()
        .find(|v| v.rule == Citation::APPC_76)
        .unwrap();
    assert_eq!(
        (late_answer.on, late_answer.late_by_working_days),
        (Some(d(4, 28)), 8)
    );
    assert_eq!(e.violations.len(), 2);
}

/// The same decision in time, Thu 16 April: extended to two months from it
/// (APPC art. 76(3)), Tue 16 June 2026, a working day; the notice is due
/// within 3 working days: 17, 20, 21 April -> Tue 21 April.
#[test]
fn extension_decided_in_time() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-ext2",
        vec![
            (d(3, 26), registered()),
            (d(4, 16), EventKind::ExtendedByDecision { until: None }),
            (d(4, 21), EventKind::ExtensionNoticeSent),
            (d(4, 28), EventKind::Answered),
        ],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(e.get(DeadlineKind::Response).unwrap().due, d(6, 16));
    assert_eq!(
        e.get(DeadlineKind::ExtensionNotice).unwrap().state,
        DeadlineState::DoneOnTime { on: d(4, 21) }
    );
    assert!(e.violations.is_empty());
}

/// APPC art. 91(2): registered Mon 2 March 2026. Working days after it:
/// 3, 4, 5, 6 (1–4), 9 March is off, 10, 11, 12, 13 (5–8), 16–20 (9–13),
/// 23–25 March are off, 26 (14), 27 (15): the answer is due Fri 27 March.
/// No answer: a refusal is deemed from Sat 28 March. On Wed 1 April it is
/// overdue by 30, 31 March and 1 April: 3 working days.
#[test]
fn deemed_refusal() {
    let cal = Calendar::kazakhstan();
    let f = file(&cal, "A-91", vec![(d(3, 2), registered())]);
    let e = evaluate(&cal, &f, d(4, 1)).unwrap();
    let answer = e.get(DeadlineKind::Response).unwrap();
    assert_eq!(answer.due, d(3, 27));
    assert_eq!(
        answer.state,
        DeadlineState::Overdue {
            late_by_working_days: 3
        }
    );
    let deemed = e.deemed_refusal.unwrap();
    assert_eq!((deemed.term_ended, deemed.from), (d(3, 27), d(3, 28)));
    assert_eq!(deemed.rule, Citation::APPC_91_2);
    let v = e.violations[0].clone();
    assert_eq!((v.on, v.late_by_working_days), (None, 3));
    let next = e.next.unwrap();
    assert_eq!(
        (next.kind, next.overdue, next.by, next.who.as_deref()),
        (DeadlineKind::Response, true, Party::Worker, Some("w-1"))
    );
    // On the last day of the term, nothing is deemed yet.
    assert!(
        evaluate(&cal, &f, d(3, 27))
            .unwrap()
            .deemed_refusal
            .is_none()
    );
}

fn up_to_the_reception() -> Vec<(NaiveDate, EventKind)> {
    vec![
        (d(3, 26), registered()),
        // п. 25: answered Fri 10 April, in time (due 16 April).
        (d(4, 10), EventKind::Answered),
        // п. 25 (a): told within 2 working days after: 13, 14 -> Tue 14 April.
        (
            d(4, 13),
            EventKind::DateNotified {
                reception: d(4, 28),
                at: None,
            },
        ),
        // п. 22: Tue 28 April - 5 working days: 27, 24, 23, 22, 21 -> Tue 21 April.
        (d(4, 20), EventKind::BriefingPrepared),
    ]
}

/// п. 19, 32: the reception Tue 28 April 2026 gives instruction "1" to the
/// roads unit, due Fri 15 May. On Mon 25 May it is not executed: overdue by
/// 18, 19, 20, 21, 22, 25 May, 6 working days.
#[test]
fn instruction_overdue_after_the_reception() {
    let cal = Calendar::kazakhstan();
    let mut events = up_to_the_reception();
    events.push((
        d(4, 28),
        EventKind::ReceptionHeld {
            form: HeldForm::InPerson,
            official: None,
        },
    ));
    events.push((
        d(4, 28),
        EventKind::Protocol {
            instructions: vec![InstructionGiven::new("1", d(5, 15), "roads")],
        },
    ));
    let f = file(&cal, "A-19", events);
    let e = evaluate(&cal, &f, d(5, 25)).unwrap();
    let i = e.get(DeadlineKind::Instruction).unwrap();
    assert_eq!(i.due, d(5, 15));
    assert_eq!(
        i.state,
        DeadlineState::Overdue {
            late_by_working_days: 6
        }
    );
    assert_eq!((i.by, i.who.as_deref()), (Party::Unit, Some("roads")));
    assert_eq!(e.violations.len(), 1);
    assert_eq!(e.violations[0].rule, Citation::regulation(19));
    let items = agenda(&cal, &[f], d(5, 25), 3, Policy::default()).items;
    assert_eq!(items.len(), 1);
    assert_eq!(
        (
            items[0].state,
            items[0].working_days,
            items[0].who.as_deref()
        ),
        (AgendaState::Overdue, 6, Some("roads"))
    );
    assert_eq!(items[0].instruction.as_deref(), Some("1"));
}

/// п. 16 (revised reading): the reception Tue 28 April 2026; 2 working days
/// before it: 27 (1), 24 (2) -> Fri 24 April. An official who falls ill on
/// the 28th and says so that day is in time; so is one ill since Mon 27
/// April (after the 24th). A trip known since 20 April, told on the 28th, is
/// late by 27, 28 April: 2 working days.
#[test]
fn same_day_absence_notice() {
    let cal = Calendar::kazakhstan();
    let with_absence = |cause_arose| {
        let mut events = up_to_the_reception();
        events.push((d(4, 28), EventKind::AbsenceNotified { cause_arose }));
        file(&cal, "A-16", events)
    };
    for cause in [d(4, 28), d(4, 27)] {
        let e = evaluate(&cal, &with_absence(cause), d(4, 28)).unwrap();
        let a = e.get(DeadlineKind::AbsenceNotice).unwrap();
        assert_eq!(a.state, DeadlineState::DoneOnTime { on: d(4, 28) });
        assert_eq!(a.by, Party::Official);
        assert!(e.violations.is_empty(), "{cause}: {:?}", e.violations);
        // п. 16, 9 (revised): the notice cancels nothing by itself; the
        // reception stays set (a deputy may hold it) until it is moved or
        // cancelled, and cancelling it leaves the request waiting for a
        // new date.
        assert_eq!(e.stage, Some(Stage::DateNotified));
        let mut events = up_to_the_reception();
        events.push((d(4, 28), EventKind::AbsenceNotified { cause_arose: cause }));
        events.push((d(4, 28), EventKind::ReceptionCancelled));
        let e = evaluate(&cal, &file(&cal, "A-16", events), d(4, 28)).unwrap();
        assert_eq!(e.stage, Some(Stage::Included));
        let a = e.get(DeadlineKind::AbsenceNotice).unwrap();
        assert_eq!(a.state, DeadlineState::DoneOnTime { on: d(4, 28) });
    }
    let e = evaluate(&cal, &with_absence(d(4, 20)), d(4, 28)).unwrap();
    let a = e.get(DeadlineKind::AbsenceNotice).unwrap();
    assert_eq!(a.due, d(4, 24));
    assert_eq!(
        a.state,
        DeadlineState::DoneLate {
            on: d(4, 28),
            late_by_working_days: 2
        }
    );
    assert_eq!(e.violations[0].rule, Citation::regulation(16));
}

/// п. 15(1), APPC art. 65: registered Mon 2 March 2026, forwarding due
/// within 3 working days: 3, 4, 5 -> Thu 5 March. Forwarded Fri 6 March,
/// the 4th working day: late by 1. The answer of п. 25 no longer applies.
#[test]
fn forwarded_on_the_4th_working_day() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-65",
        vec![
            (d(3, 2), registered()),
            (
                d(3, 3),
                EventKind::NoAppointment {
                    ground: NoAppointmentGround::OutsideCompetence,
                },
            ),
            (d(3, 6), EventKind::Forwarded),
        ],
    );
    // Before the forwarding, on Thu 5 March, it is due today.
    let before = evaluate(&cal, &f, d(3, 5)).unwrap();
    assert_eq!(before.stage, Some(Stage::ToBeForwarded));
    let items = agenda(
        &cal,
        std::slice::from_ref(&f),
        d(3, 5),
        3,
        Policy::default(),
    )
    .items;
    assert_eq!(
        (items[0].deadline, items[0].state),
        (DeadlineKind::Forward, AgendaState::DueToday)
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(e.stage, Some(Stage::Forwarded));
    let fwd = e.get(DeadlineKind::Forward).unwrap();
    assert_eq!(fwd.due, d(3, 5));
    assert_eq!(
        fwd.state,
        DeadlineState::DoneLate {
            on: d(3, 6),
            late_by_working_days: 1
        }
    );
    assert_eq!(
        e.get(DeadlineKind::Response).unwrap().state,
        DeadlineState::NoLongerApplicable
    );
    assert!(e.deemed_refusal.is_none());
    assert_eq!(e.violations.len(), 1);
    assert_eq!(e.violations[0].rule, Citation::regulation_sub(15, 1));
}

/// Re-evaluating on an updated calendar is the recount: a transfer order
/// that makes Wed 15 April 2026 a day off moves the answer of a request
/// registered Thu 26 March from Thu 16 to Fri 17 April, and an answer on
/// the 17th becomes timely. The events never change.
#[test]
fn recount_on_an_updated_calendar() {
    use kz_appeals::calendar::{ActRef, ExtraDayOff, YearOrders};
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-re",
        vec![(d(3, 26), registered()), (d(4, 17), EventKind::Answered)],
    );
    let late_answers = |e: &kz_appeals::case::Evaluation| {
        e.violations
            .iter()
            .filter(|v| v.deadline == DeadlineKind::Response)
            .count()
    };
    assert_eq!(late_answers(&evaluate(&cal, &f, d(4, 30)).unwrap()), 1);
    let updated = cal
        .with_update(&YearOrders {
            year: 2026,
            extra_days_off: vec![ExtraDayOff {
                date: d(4, 15),
                act: ActRef::new("test order"),
            }],
            ..YearOrders::default()
        })
        .unwrap();
    let e = evaluate(&updated, &f, d(4, 30)).unwrap();
    assert_eq!(e.get(DeadlineKind::Response).unwrap().due, d(4, 17));
    assert_eq!(late_answers(&e), 0);
}

/// п. 26 read two ways (RULES.md §2a): registered Thu 26 March 2026, the
/// term extended by a decision on Fri 10 April (told Tue 14 April, due Wed
/// 15 April). (a) two months from the decision: Wed 10 June; (b) from
/// registration: Tue 26 May. An answer on Mon 1 June is in time under (a)
/// and late under (b) by 28, 29 May and 1 June (27 May is Kurban ait):
/// 3 working days.
#[test]
fn two_months_under_either_reading() {
    use kz_appeals::case::evaluate_with;
    use kz_appeals::reading::{Policy, TwoMonths};
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-2m",
        vec![
            (d(3, 26), registered()),
            (d(4, 10), EventKind::ExtendedByDecision { until: None }),
            (d(4, 14), EventKind::ExtensionNoticeSent),
            (d(6, 1), EventKind::Answered),
        ],
    );
    let a = evaluate_with(&cal, &f, d(6, 1), Policy::default()).unwrap();
    assert_eq!(a.get(DeadlineKind::Response).unwrap().due, d(6, 10));
    assert!(a.violations.is_empty(), "{:?}", a.violations);
    let literal = Policy::default().with_two_months(TwoMonths::FromRegistration);
    let b = evaluate_with(&cal, &f, d(6, 1), literal).unwrap();
    let answer = b.get(DeadlineKind::Response).unwrap();
    assert_eq!(answer.due, d(5, 26));
    assert_eq!(
        answer.state,
        DeadlineState::DoneLate {
            on: d(6, 1),
            late_by_working_days: 3
        }
    );
    assert_eq!(b.violations.len(), 1);
}

/// п. 25 read two ways: answered Fri 10 April 2026, the date told Wed 15
/// April for a reception on Fri 17 April. (a) within 2 working days after
/// the answer: 13, 14 -> Tue 14 April, so late by 1 (15 April). (b) at
/// least 2 working days before the reception: 16, 15 -> Wed 15 April, in
/// time.
#[test]
fn date_notice_under_either_reading() {
    use kz_appeals::case::evaluate_with;
    use kz_appeals::reading::{DateNotice, Policy};
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        "A-dn",
        vec![
            (d(3, 26), registered()),
            (d(4, 2), EventKind::BriefingPrepared),
            (d(4, 10), EventKind::Answered),
            (
                d(4, 15),
                EventKind::DateNotified {
                    reception: d(4, 17),
                    at: None,
                },
            ),
        ],
    );
    let a = evaluate(&cal, &f, d(4, 15)).unwrap();
    let notice = a.get(DeadlineKind::DateNoticeAfterAnswer).unwrap();
    assert_eq!(notice.due, d(4, 14));
    assert_eq!(
        notice.state,
        DeadlineState::DoneLate {
            on: d(4, 15),
            late_by_working_days: 1
        }
    );
    assert!(a.get(DeadlineKind::ScheduleNotice).is_none());
    let before = Policy::default().with_date_notice(DateNotice::BeforeReception);
    let b = evaluate_with(&cal, &f, d(4, 15), before).unwrap();
    let notice = b.get(DeadlineKind::ScheduleNotice).unwrap();
    assert_eq!(notice.due, d(4, 15));
    assert_eq!(notice.state, DeadlineState::DoneOnTime { on: d(4, 15) });
    assert!(b.violations.is_empty(), "{:?}", b.violations);
}
