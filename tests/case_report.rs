//! The report of п. 38 for the second quarter of 2026, counted by hand.
//! Weekday days off in the quarter: Fri 1, Thu 7, Mon 11 and Wed 27 May.

use chrono::NaiveDate;
use kz_appeals::calendar::Calendar;
use kz_appeals::case::{CaseFile, Event, EventKind, HeldForm, InstructionGiven, Period, report};
use kz_appeals::intake::NoAppointmentGround;
use kz_appeals::reading::Policy;

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

fn reg() -> EventKind {
    EventKind::Registered {
        worker: None,
        external_due: None,
    }
}

#[test]
fn second_quarter_2026() {
    let cal = Calendar::kazakhstan();
    let files = [
        // R1: registered Wed 1 April, answer due Wed 22 April, given Fri 10
        // April (on time); told Mon 13 April (due Tue 14); briefing Mon 20
        // April (due Tue 21 for Tue 28 April); held by videoconference;
        // instruction "a" due 15 May done 14 May, "b" due 29 May done 2 June
        // (late, п. 19).
        file(
            &cal,
            "R1",
            vec![
                (d(4, 1), reg()),
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
                        form: HeldForm::VideoconferenceWithConsent,
                        official: None,
                    },
                ),
                (
                    d(4, 28),
                    EventKind::Protocol {
                        instructions: vec![
                            InstructionGiven::new("a", d(5, 15), "roads"),
                            InstructionGiven::new("b", d(5, 29), "housing"),
                        ],
                    },
                ),
                (
                    d(5, 14),
                    EventKind::InstructionExecuted {
                        instruction: "a".into(),
                    },
                ),
                (
                    d(6, 2),
                    EventKind::InstructionExecuted {
                        instruction: "b".into(),
                    },
                ),
                (d(6, 3), EventKind::FinalAnswer),
                (d(6, 4), EventKind::Closed),
            ],
        ),
        // R2: left without consideration (п. 5).
        file(
            &cal,
            "R2",
            vec![
                (d(4, 2), reg()),
                (d(4, 3), EventKind::LeftWithoutConsideration),
            ],
        ),
        // R3: forwarded Wed 8 April, due Thu 9 April (п. 15(1)).
        file(
            &cal,
            "R3",
            vec![
                (d(4, 6), reg()),
                (
                    d(4, 7),
                    EventKind::NoAppointment {
                        ground: NoAppointmentGround::OutsideCompetence,
                    },
                ),
                (d(4, 8), EventKind::Forwarded),
            ],
        ),
        // R4: registered Mon 30 March (Q1); answer due Mon 20 April, given
        // Mon 27 April (late, APPC art. 76); the date never told, due Wed 29
        // April (п. 25): overdue on 30 June.
        file(
            &cal,
            "R4",
            vec![(d(3, 30), reg()), (d(4, 27), EventKind::Answered)],
        ),
        // R5: registered Mon 4 May; letter to Wed 3 June (30 days); decision
        // Tue 2 June, told Wed 3 June (due Fri 5 June); still open.
        file(
            &cal,
            "R5",
            vec![
                (d(5, 4), reg()),
                (d(5, 15), EventKind::ExtendedByLetter { until: d(6, 3) }),
                (d(6, 2), EventKind::ExtendedByDecision { until: None }),
                (d(6, 3), EventKind::ExtensionNoticeSent),
            ],
        ),
        // R6: draft sent and received Tue 12 May (due Wed 13 May for a
        // refusal on Mon 18 May; objections until Thu 14 May); refused
        // within the answer's term (Fri 29 May).
        file(
            &cal,
            "R6",
            vec![
                (d(5, 5), reg()),
                (d(5, 12), EventKind::DraftRefusalSent),
                (d(5, 12), EventKind::DraftRefusalReceived),
                (d(5, 18), EventKind::Refused),
            ],
        ),
        // R7: correction period to Tue 9 June; return due Fri 12 June,
        // returned Mon 15 June (late, APPC art. 64(7)).
        file(
            &cal,
            "R7",
            vec![
                (d(6, 1), reg()),
                (d(6, 2), EventKind::CorrectionPeriodSet { until: d(6, 9) }),
                (d(6, 15), EventKind::Returned),
            ],
        ),
        // R8: registered Wed 10 June, answer due Wed 1 July: open.
        file(&cal, "R8", vec![(d(6, 10), reg())]),
    ];
    let r = report(
        &cal,
        &files,
        Period::quarter(2026, 2).unwrap(),
        Policy::default(),
    )
    .0;
    assert_eq!((r.received, r.registered), (7, 7));
    assert_eq!(
        (
            r.left_without_consideration,
            r.returned,
            r.forwarded,
            r.no_appointment
        ),
        (1, 1, 1, 0)
    );
    // R1's answer and R6's refusal in time; R4's answer late.
    assert_eq!((r.answered_on_time, r.answered_late), (2, 1));
    assert_eq!(
        (r.extended_by_letter, r.extended_by_decision, r.refused),
        (1, 1, 1)
    );
    assert_eq!(
        (r.receptions_in_person, r.receptions_by_videoconference),
        (0, 1)
    );
    assert_eq!(
        (
            r.instructions_given,
            r.instructions_executed_on_time,
            r.instructions_executed_late,
            r.instructions_open
        ),
        (2, 1, 1, 0)
    );
    let by_rule: Vec<(&str, u32)> = r
        .violations_by_rule
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        by_rule,
        [
            ("APPC art. 64(7)", 1),
            ("APPC art. 76", 1),
            ("п. 19", 1),
            ("п. 25", 1)
        ]
    );
    let o = r.outcomes;
    assert_eq!(
        (
            o.left_without_consideration,
            o.returned,
            o.forwarded,
            o.no_appointment,
            o.refused,
            o.answered,
            o.open
        ),
        (1, 1, 1, 0, 1, 1, 2)
    );
    assert_eq!(o.total(), u64::from(r.registered));
}

/// The report is a JSON contract of its own: the period as typed, the
/// counts, unknown fields refused, and it reads back to the same value.
#[cfg(feature = "serde")]
#[test]
fn the_report_round_trips_with_its_period() {
    let cal = Calendar::kazakhstan();
    // One request registered Wed 1 April 2026 and answered Fri 10 April:
    // within its 15 working days (due Wed 22 April).
    let files = [file(
        &cal,
        "R1",
        vec![(d(4, 1), reg()), (d(4, 10), EventKind::Answered)],
    )];
    let q2: Period = "2026-Q2".parse().unwrap();
    let r = report(&cal, &files, q2, Policy::default()).0;
    assert_eq!((r.registered, r.answered_on_time), (1, 1));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["period"], "2026-Q2");
    assert_eq!(json["outcomes"]["answered"], 1);
    let back: kz_appeals::case::Report = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, r);
    let mut typo = json;
    typo["registred"] = 1.into();
    assert!(serde_json::from_value::<kz_appeals::case::Report>(typo).is_err());
    // A period that is not a quarter is written as two dates.
    let april: Period = "2026-04-01..2026-04-30".parse().unwrap();
    assert_eq!(
        serde_json::to_value(april).unwrap(),
        "2026-04-01..2026-04-30"
    );
    assert!(serde_json::from_str::<Period>("\"2026-Q5\"").is_err());
}

/// п. 38 (revised): the report counts deemed refusals, moved and cancelled
/// receptions and late forwardings. In Q2 2026:
/// - A: registered Thu 26 March, never answered: the answer was due Thu 16
///   April, so APPC art. 91(2) deems a refusal from Fri 17 April, in Q2;
/// - B: a reception set for Tue 12 May (told Fri 17 April), moved on Mon 4
///   May to Tue 26 May, then cancelled on Wed 20 May;
/// - C: outside competence, arrived and registered Wed 1 April, forwarded
///   Tue 7 April: due 2, 3, 6 April -> Mon 6 April, so 1 working day late.
#[test]
fn p38_counts_deemed_refusals_moves_cancellations_and_late_forwardings() {
    let cal = Calendar::kazakhstan();
    let a = file(&cal, "A", vec![(d(3, 26), reg())]);
    let notified = |reception| EventKind::DateNotified {
        reception,
        at: None,
    };
    let b = file(
        &cal,
        "B",
        vec![
            (d(3, 26), reg()),
            (d(4, 10), EventKind::Answered),
            (d(4, 17), notified(d(5, 12))),
            (d(5, 4), notified(d(5, 26))),
            (d(5, 20), EventKind::ReceptionCancelled),
        ],
    );
    let c = file(
        &cal,
        "C",
        vec![
            (d(4, 1), reg()),
            (
                d(4, 1),
                EventKind::NoAppointment {
                    ground: NoAppointmentGround::OutsideCompetence,
                },
            ),
            (d(4, 7), EventKind::Forwarded),
        ],
    );
    let (r, errors) = report(
        &cal,
        &[a, b, c],
        Period::quarter(2026, 2).unwrap(),
        Policy::default(),
    );
    assert!(errors.is_empty());
    assert_eq!(
        (
            r.deemed_refusals,
            r.receptions_moved,
            r.receptions_cancelled,
            r.forwarded_late
        ),
        (1, 1, 1, 1)
    );
}
