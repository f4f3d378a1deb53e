//! Hand-worked scenarios for the follow-up of issues 8 and 9: the
//! registration deadline (п. 21, APPC art. 64(3)), the late letter owned by
//! the schedule (п. 26), the first answer measured once (п. 25, 28; APPC
//! art. 76), п. 25 reading (b) for each reception set, and late acts that
//! were refused as impossible (п. 16, п. 28 with APPC art. 73).
//!
//! Calendar notes (2026, kz-calendar/README.md): 4–5 and 11–12 April,
//! 18–19, 25–26 April, 2–3 May, 28–29 November are weekends; no holiday
//! falls between 26 March and 30 April; 1 December is a working day (First
//! President Day was abolished in 2022).

use chrono::{NaiveDate, NaiveTime};
use kz_appeals::calendar::Calendar;
use kz_appeals::case::{
    AgendaState, CaseFile, DeadlineState, Event, EventKind, HeldForm, agenda, evaluate,
    evaluate_with,
};
use kz_appeals::law::Citation;
use kz_appeals::reading::{DateNotice, Policy};
use kz_appeals::schedule::DeadlineKind;
use kz_appeals::violation::Violation;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn file(cal: &Calendar, events: Vec<(NaiveDate, EventKind)>) -> CaseFile {
    let events = events
        .into_iter()
        .map(|(on, kind)| Event::new(on, kind))
        .collect();
    CaseFile::from_events(cal, "A-1", events).expect("every event can have happened")
}

fn arrived(time: Option<NaiveTime>) -> EventKind {
    EventKind::Arrived {
        time,
        channel: None,
    }
}

fn registered() -> EventKind {
    EventKind::Registered {
        worker: Some("w-1".into()),
        external_due: None,
    }
}

fn notified(reception: NaiveDate) -> EventKind {
    EventKind::DateNotified {
        reception,
        at: None,
    }
}

fn of(v: &[Violation], kind: DeadlineKind) -> Vec<(Citation, NaiveDate, Option<NaiveDate>, u32)> {
    v.iter()
        .filter(|v| v.deadline == kind)
        .map(|v| (v.rule, v.due, v.on, v.late_by_working_days))
        .collect()
}

/// п. 21: arrived Saturday 28 November 2026 (ALM-2026-0118 of the sample),
/// never registered. It is due on the next working day, Monday 30 November;
/// on Tuesday 1 December it is overdue by 1 working day (1 December), a
/// violation with no act, and on the agenda.
#[test]
fn an_arrival_never_registered_is_overdue() {
    let cal = Calendar::kazakhstan();
    let f = file(&cal, vec![(d(11, 28), arrived(None))]);
    let e = evaluate(&cal, &f, d(12, 1)).unwrap();
    let reg = e.get(DeadlineKind::Registration).expect("applies");
    assert_eq!(reg.due, d(11, 30));
    assert_eq!(
        reg.state,
        DeadlineState::Overdue {
            late_by_working_days: 1
        }
    );
    assert_eq!(
        of(&e.violations, DeadlineKind::Registration),
        [(Citation::regulation(21), d(11, 30), None, 1)]
    );
    let items = agenda(
        &cal,
        std::slice::from_ref(&f),
        d(12, 1),
        3,
        Policy::default(),
    )
    .items;
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0].deadline, items[0].state, items[0].working_days),
        (DeadlineKind::Registration, AgendaState::Overdue, 1)
    );
    // On Saturday 28 November itself it is due in 1 working day (30 Nov).
    let e = evaluate(&cal, &f, d(11, 28)).unwrap();
    assert_eq!(
        e.get(DeadlineKind::Registration).unwrap().state,
        DeadlineState::Open {
            working_days_left: 1
        }
    );
    assert!(e.violations.is_empty());
}

/// п. 21: registered Wednesday 2 December, due Monday 30 November: late by
/// 1 and 2 December, 2 working days; registered on the 30th, on time.
#[test]
fn a_late_registration_is_recorded_and_counted() {
    let cal = Calendar::kazakhstan();
    let late = file(
        &cal,
        vec![(d(11, 28), arrived(None)), (d(12, 2), registered())],
    );
    let e = evaluate(&cal, &late, d(12, 3)).unwrap();
    assert_eq!(
        e.get(DeadlineKind::Registration).unwrap().state,
        DeadlineState::DoneLate {
            on: d(12, 2),
            late_by_working_days: 2
        }
    );
    assert_eq!(
        of(&e.violations, DeadlineKind::Registration),
        [(Citation::regulation(21), d(11, 30), Some(d(12, 2)), 2)]
    );
    let on_time = file(
        &cal,
        vec![(d(11, 28), arrived(None)), (d(11, 30), registered())],
    );
    let e = evaluate(&cal, &on_time, d(12, 1)).unwrap();
    assert_eq!(
        e.get(DeadlineKind::Registration).unwrap().state,
        DeadlineState::DoneOnTime { on: d(11, 30) }
    );
    assert!(of(&e.violations, DeadlineKind::Registration).is_empty());
}

/// APPC art. 64(3): arrived Thursday 26 March 2026 at 19:00, registered
/// Friday 27 March. With the body's working day ending at 18:30 it arrived
/// after hours and is due Friday 27 March: on time. With no closing time
/// known, 19:00 is at or after 18:00, the earliest end of a usual working
/// day: it may have been after hours, so it is due Friday too, and not
/// called late (issue 15's false п. 21 violation). At 10:00, within any
/// usual day, it was due Thursday: registered Friday, 1 working day late.
#[test]
fn after_hours_needs_the_bodys_closing_time() {
    let cal = Calendar::kazakhstan();
    let seven_pm = NaiveTime::from_hms_opt(19, 0, 0);
    let f = file(
        &cal,
        vec![(d(3, 26), arrived(seven_pm)), (d(3, 27), registered())],
    );
    let ends = NaiveTime::from_hms_opt(18, 30, 0).unwrap();
    let with_hours = Policy::default().with_working_day_ends(ends);
    let e = evaluate_with(&cal, &f, d(3, 30), with_hours).unwrap();
    let reg = e.get(DeadlineKind::Registration).unwrap();
    assert_eq!(reg.due, d(3, 27));
    assert_eq!(reg.state, DeadlineState::DoneOnTime { on: d(3, 27) });
    let e = evaluate(&cal, &f, d(3, 30)).unwrap();
    assert_eq!(of(&e.violations, DeadlineKind::Registration), []);
    let ten = NaiveTime::from_hms_opt(10, 0, 0);
    let f = file(
        &cal,
        vec![(d(3, 26), arrived(ten)), (d(3, 27), registered())],
    );
    let e = evaluate(&cal, &f, d(3, 30)).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::Registration),
        [(Citation::regulation(21), d(3, 26), Some(d(3, 27)), 1)]
    );
}

/// п. 25, 28, APPC art. 76: registered Thu 26 March 2026, the answer due
/// Thu 16 April. Answered with inclusion in the list on Tue 14 April: on
/// time. The reception is set for Tue 28 April (told Wed 15 April; the
/// date notice of reading (a) was due 15, 16 -> Thu 16 April); the briefing
/// is due 27, 24, 23, 22, 21 -> Tue 21 April and made that day; the draft
/// refusal is sent Mon 20 April, the refusal decided Fri 24 April (draft due
/// 23, 22, 21 -> Tue 21 April; objections until 21, 22 -> Wed 22 April).
/// The refusal after a hearing comes after the 16th, but the answer of
/// п. 25 was the first, given on time: no late answer, no deemed refusal,
/// no violation at all.
#[test]
fn a_refusal_after_an_answer_in_time_is_not_a_late_answer() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 14), EventKind::Answered),
            (d(4, 15), notified(d(4, 28))),
            (d(4, 20), EventKind::DraftRefusalSent),
            (d(4, 21), EventKind::BriefingPrepared),
            (d(4, 24), EventKind::Refused),
        ],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(
        e.get(DeadlineKind::Response).unwrap().state,
        DeadlineState::DoneOnTime { on: d(4, 14) }
    );
    assert_eq!(e.deemed_refusal, None);
    assert!(e.violations.is_empty(), "{:?}", e.violations);
}

/// The same, answered late on Mon 20 April (17, 20: 2 working days) and
/// refused on Thu 30 April (draft sent Mon 20 April, in time for it: 29,
/// 28, 27 -> Mon 27 April): one late answer, the first, not two.
#[test]
fn a_late_first_answer_is_counted_once() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 20), EventKind::Answered),
            (d(4, 20), EventKind::DraftRefusalSent),
            (d(4, 30), EventKind::Refused),
        ],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::Response),
        [(Citation::APPC_76, d(4, 16), Some(d(4, 20)), 2)]
    );
}

/// п. 26: the letter extending the term to Fri 24 April is sent on Fri
/// 17 April, after the term ended Thu 16 April: it extends nothing (a
/// violation of п. 26, 1 working day late), and the answer on Mon 20 April
/// is 2 working days late (17, 20) under APPC art. 76. The letter is its
/// own violation (`extension_letter_due`), not a late answer.
#[test]
fn a_late_letter_extends_nothing() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 17), EventKind::ExtendedByLetter { until: d(4, 24) }),
            (d(4, 20), EventKind::Answered),
        ],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::ExtensionLetter),
        [(Citation::regulation(26), d(4, 16), Some(d(4, 17)), 1)]
    );
    assert_eq!(
        of(&e.violations, DeadlineKind::Response),
        [(Citation::APPC_76, d(4, 16), Some(d(4, 20)), 2),]
    );
}

/// п. 25 reading (b): the date and time at least 2 working days before the
/// reception. Registered Thu 26 March 2026, briefing Wed 8 April, answered
/// Fri 10 April. Told on Tue 14 April of a reception on Wed 15 April: due
/// 14, 13 -> Mon 13 April, 1 working day late. The reception is then moved
/// (told Mon 20 April) to Thu 30 April: due 29, 28 -> Tue 28 April, on
/// time. Under (b) the first reception's notice stays late; under (a) the
/// first notice was due 13, 14 -> Tue 14 April after the answer: on time.
#[test]
fn reading_b_measures_every_reception_set() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 8), EventKind::BriefingPrepared),
            (d(4, 10), EventKind::Answered),
            (d(4, 14), notified(d(4, 15))),
            (d(4, 20), notified(d(4, 30))),
        ],
    );
    let b = Policy::default().with_date_notice(DateNotice::BeforeReception);
    let e = evaluate_with(&cal, &f, d(4, 29), b).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::ScheduleNotice),
        [(Citation::regulation(25), d(4, 13), Some(d(4, 14)), 1)]
    );
    let e = evaluate(&cal, &f, d(4, 29)).unwrap();
    assert!(e.violations.is_empty(), "{:?}", e.violations);
}

/// п. 25 reading (b) for a reception cancelled by the official's absence:
/// told Tue 14 April of a reception on Wed 15 April (due Mon 13 April),
/// cancelled the same day (the official fell ill that morning): the notice
/// of the cancelled reception was 1 working day late.
#[test]
fn reading_b_measures_a_cancelled_reception() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 8), EventKind::BriefingPrepared),
            (d(4, 10), EventKind::Answered),
            (d(4, 14), notified(d(4, 15))),
            (
                d(4, 15),
                EventKind::AbsenceNotified {
                    cause_arose: d(4, 15),
                },
            ),
        ],
    );
    let b = Policy::default().with_date_notice(DateNotice::BeforeReception);
    let e = evaluate_with(&cal, &f, d(4, 16), b).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::ScheduleNotice),
        [(Citation::regulation(25), d(4, 13), Some(d(4, 14)), 1)]
    );
}

/// п. 16: the reception set for Tue 28 April 2026; the official fell ill
/// that morning (after Fri 24 April, the 2-working-day point: 27, 24) and
/// told the worker only on Wed 29 April. The notice was due on the
/// reception day; given the next day it is late by 1 working day (29),
/// recorded, not refused.
#[test]
fn an_absence_notice_after_the_reception_day_is_late() {
    let cal = Calendar::kazakhstan();
    let f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 10), EventKind::Answered),
            (d(4, 13), notified(d(4, 28))),
            (d(4, 20), EventKind::BriefingPrepared),
            (
                d(4, 29),
                EventKind::AbsenceNotified {
                    cause_arose: d(4, 28),
                },
            ),
        ],
    );
    let e = evaluate(&cal, &f, d(4, 30)).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::AbsenceNotice),
        [(Citation::regulation(16), d(4, 28), Some(d(4, 29)), 1)]
    );
    // A cause that arose after the notice stays impossible.
    let mut g = CaseFile::from_events(&cal, "A-2", f.events()[..4].to_vec()).unwrap();
    let err = g
        .record(
            &cal,
            Event::new(
                d(4, 27),
                EventKind::AbsenceNotified {
                    cause_arose: d(4, 28),
                },
            ),
        )
        .unwrap_err();
    assert_eq!(err.rule(), Some(Citation::regulation(16)));
}

/// APPC art. 73 with п. 28: the refusal decided Wed 15 April 2026; the
/// draft was due 14, 13, 10 -> Fri 10 April and sent that day (in time),
/// but reached the applicant on Tue 14 April, who could object until 15,
/// 16 -> Thu 16 April. Deciding on the 15th, with no objections, cut the
/// hearing short: recorded, and a violation of APPC art. 73 measured as the
/// draft reaching the applicant 2 working days (13, 14) after the hearing
/// notice's due date. With the objections received on Tue 14 April, the
/// applicant was heard: no violation.
#[test]
fn a_refusal_before_the_days_to_object_ran_out() {
    let cal = Calendar::kazakhstan();
    let events = vec![
        (d(3, 26), registered()),
        (d(4, 10), EventKind::DraftRefusalSent),
        (d(4, 14), EventKind::DraftRefusalReceived),
        (d(4, 15), EventKind::Refused),
    ];
    let f = file(&cal, events.clone());
    let e = evaluate(&cal, &f, d(4, 16)).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::DraftReceipt),
        [(Citation::APPC_73, d(4, 10), Some(d(4, 14)), 2)]
    );
    let mut heard = events;
    heard.insert(3, (d(4, 14), EventKind::ObjectionsReceived));
    let e = evaluate(&cal, &file(&cal, heard), d(4, 16)).unwrap();
    assert!(e.violations.is_empty(), "{:?}", e.violations);
}

/// A held reception needs no absence notice: the sample's closing steps
/// still load (a guard against the relaxed п. 16 check accepting a notice
/// after the reception was held).
#[test]
fn no_absence_after_the_reception_was_held() {
    let cal = Calendar::kazakhstan();
    let mut f = file(
        &cal,
        vec![
            (d(3, 26), registered()),
            (d(4, 10), EventKind::Answered),
            (d(4, 13), notified(d(4, 28))),
            (d(4, 20), EventKind::BriefingPrepared),
            (
                d(4, 28),
                EventKind::ReceptionHeld {
                    form: HeldForm::InPerson,
                    official: None,
                },
            ),
        ],
    );
    assert!(
        f.record(
            &cal,
            Event::new(
                d(4, 29),
                EventKind::AbsenceNotified {
                    cause_arose: d(4, 28)
                }
            )
        )
        .is_err()
    );
}

/// п. 22: registered Thu 26 March 2026, answered Fri 27 March, and told the
/// same day of a reception on Wed 1 April. Its briefing was due 5 working
/// days before: 31, 30, 27, 26 March and (23–25 March being Nauryz days
/// off) Fri 20 March, before the registration. The reception was set all
/// the same: recorded, not refused, and the briefing is overdue; on Wed
/// 1 April by 26, 27, 30, 31 March and 1 April, 5 working days. The guarded
/// transition refuses to set it.
#[test]
fn a_reception_told_too_soon_for_its_briefing_is_recorded() {
    let cal = Calendar::kazakhstan();
    let before = vec![(d(3, 26), registered()), (d(3, 27), EventKind::Answered)];
    let guarded = file(&cal, before.clone());
    let told = Event::new(d(3, 27), notified(d(4, 1)));
    assert!(matches!(
        guarded.may_record(&cal, &told, Policy::default()),
        Err(kz_appeals::case::GuardError::WouldViolate { .. })
    ));
    let mut events = before;
    events.push((d(3, 27), notified(d(4, 1))));
    let f = file(&cal, events);
    let e = evaluate(&cal, &f, d(4, 1)).unwrap();
    assert_eq!(
        of(&e.violations, DeadlineKind::Briefing),
        [(Citation::regulation(22), d(3, 20), None, 5)]
    );
}

/// п. 21: a request that arrived on Saturday 28 November 2026 cannot have
/// been registered on Friday 27 November: impossible, citing п. 21 (it was
/// refused before only as "dated before the previous event", with no rule).
#[test]
fn registering_before_the_arrival_is_impossible_under_p21() {
    let cal = Calendar::kazakhstan();
    let mut f = file(&cal, vec![(d(11, 28), arrived(None))]);
    let err = f
        .record(&cal, Event::new(d(11, 27), registered()))
        .unwrap_err();
    assert_eq!(
        err.reason,
        kz_appeals::case::Impossible::RegisteredBeforeArrival { arrived: d(11, 28) }
    );
    assert_eq!(err.rule(), Some(Citation::regulation(21)));
}
