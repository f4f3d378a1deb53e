//! One rule, one place (issue 14): the loose facts of `Schedule` and the
//! case file are measured by the same judge, so the disagreements the issue
//! found are gone; the policy reaches the agenda; and the defects found by
//! fuzzing stay fixed. Every date is worked by hand from the rules and the
//! official calendar of 2026 (no day off in April; 1, 7, 11 and 27 May are
//! days off).

use chrono::NaiveDate;
use kz_appeals::Lang;
use kz_appeals::calendar::Calendar;
use kz_appeals::case::{
    AgendaState, CaseFile, Event, EventKind, HeldForm, InstructionGiven, Outcomes, Period, agenda,
    evaluate, judge_facts, report,
};
use kz_appeals::law::Citation;
use kz_appeals::reading::{Policy, TwoMonths};
use kz_appeals::schedule::{DeadlineKind, Facts};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cal() -> &'static Calendar {
    static CAL: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
    CAL.get_or_init(Calendar::kazakhstan)
}

fn file(events: Vec<(NaiveDate, EventKind)>) -> CaseFile {
    let events = events
        .into_iter()
        .map(|(on, k)| Event::new(on, k))
        .collect();
    CaseFile::from_events(cal(), "A-1", events).unwrap()
}

fn registered() -> EventKind {
    EventKind::Registered {
        worker: Some("w-1".into()),
        external_due: None,
    }
}

/// The first disagreement. Registered Thu 26 March 2026, to be
/// corrected by Wed 1 April (п. 6), returned Thu 2 April: the request
/// ended without an answer, so APPC art. 91(2) deems no refusal, for the
/// loose facts and the case file alike. Not returned, both deem a refusal
/// from Fri 17 April (the answer was due Thu 16 April: 27, 30, 31 March,
/// 1–3, 6–10, 13–16 April).
#[test]
fn p6_a_returned_request_has_no_deemed_refusal_in_either_door() {
    let until = d(2026, 4, 1);
    let facts = Facts::registered_on(d(2026, 3, 26)).with_correction_until(until);
    let returned = facts.with_returned(d(2026, 4, 2));
    let j = judge_facts(cal(), &returned, Policy::default()).unwrap();
    assert_eq!(j.deemed_refusal_from, None);
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 3, 26), EventKind::CorrectionPeriodSet { until }),
        (d(2026, 4, 2), EventKind::Returned),
    ]);
    assert_eq!(
        evaluate(cal(), &f, d(2026, 4, 20)).unwrap().deemed_refusal,
        None
    );

    let j = judge_facts(cal(), &facts, Policy::default()).unwrap();
    assert_eq!(j.deemed_refusal_from, Some(d(2026, 4, 17)));
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 3, 26), EventKind::CorrectionPeriodSet { until }),
    ]);
    let e = evaluate(cal(), &f, d(2026, 4, 17)).unwrap();
    assert_eq!(e.deemed_refusal.map(|r| r.from), Some(d(2026, 4, 17)));
}

/// The second disagreement. A reception held Mon 20 April 2026 with
/// one instruction due Fri 24 April, never executed; the request closed Thu
/// 30 April. The instruction stays a violation, overdue until closing (27,
/// 28, 29, 30 April: 4 working days), but the request has ended: no next
/// action, and nothing on the agenda.
#[test]
fn p33_a_closed_request_has_no_next_action_and_no_agenda_item() {
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 4, 1), EventKind::Answered),
        (
            d(2026, 4, 2),
            EventKind::DateNotified {
                reception: d(2026, 4, 20),
                at: None,
            },
        ),
        (d(2026, 4, 10), EventKind::BriefingPrepared),
        (
            d(2026, 4, 20),
            EventKind::ReceptionHeld {
                form: HeldForm::InPerson,
                official: None,
            },
        ),
        (
            d(2026, 4, 20),
            EventKind::Protocol {
                instructions: vec![InstructionGiven::new("1", d(2026, 4, 24), "U")],
            },
        ),
        (d(2026, 4, 21), EventKind::FinalAnswer),
        (d(2026, 4, 30), EventKind::Closed),
    ]);
    let e = evaluate(cal(), &f, d(2026, 5, 5)).unwrap();
    assert_eq!(e.next, None);
    let v: Vec<_> = e
        .violations
        .iter()
        .map(|v| (v.deadline, v.due, v.on, v.late_by_working_days))
        .collect();
    assert_eq!(
        v,
        [(DeadlineKind::Instruction, d(2026, 4, 24), None, 4)],
        "{:?}",
        e.violations
    );
    assert_eq!(e.violations[0].instruction.as_deref(), Some("1"));
    let a = agenda(cal(), &[f], d(2026, 5, 5), 3, Policy::default());
    assert!(a.items.is_empty(), "{:?}", a.items);
    assert_eq!(a.violations.len(), 1);
}

/// The policy reaches the agenda (п. 26 reading (b)). Registered Thu 26
/// March 2026, extended by decision Fri 10 April, told Mon 13 April (due
/// 15 April: 13, 14, 15). Reading (a): the term ends 10 April + 2 months =
/// Wed 10 June; reading (b): 26 March + 2 months = Tue 26 May. On Thu 21
/// May, within 3 working days (22, 25, 26 May), only reading (b) lists the
/// answer.
#[test]
fn p26_reading_b_through_the_agenda_gives_reading_b_dates() {
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (
            d(2026, 4, 10),
            EventKind::ExtendedByDecision { until: None },
        ),
        (d(2026, 4, 13), EventKind::ExtensionNoticeSent),
    ]);
    let b = Policy::default().with_two_months(TwoMonths::FromRegistration);
    let items = agenda(cal(), std::slice::from_ref(&f), d(2026, 5, 21), 3, b).items;
    let got: Vec<_> = items
        .iter()
        .map(|i| (i.deadline, i.due, i.state, i.working_days))
        .collect();
    assert_eq!(
        got,
        [(
            DeadlineKind::Response,
            d(2026, 5, 26),
            AgendaState::DueSoon,
            3
        )]
    );
    let a = agenda(cal(), &[f], d(2026, 5, 21), 3, Policy::default());
    assert!(a.items.is_empty(), "{:?}", a.items);
}

/// A reception set for Fri 10 April 2026 (told Thu 2 April), cancelled by
/// an absence notice on Wed 8 April and set again for the same day: one
/// briefing was owed, due Fri 3 April (9, 8, 7, 6, 3 April back from the
/// 10th), never made: one violation of п. 22, 5 working days overdue on
/// the 10th (6–10 April), not two; the report counts it once.
#[test]
fn p22_a_reception_set_again_for_the_same_day_owes_one_briefing() {
    let again = EventKind::DateNotified {
        reception: d(2026, 4, 10),
        at: None,
    };
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 4, 1), EventKind::Answered),
        (d(2026, 4, 2), again.clone()),
        (
            d(2026, 4, 8),
            EventKind::AbsenceNotified {
                cause_arose: d(2026, 4, 8),
            },
        ),
        (d(2026, 4, 8), again),
    ]);
    let e = evaluate(cal(), &f, d(2026, 4, 10)).unwrap();
    let v: Vec<_> = e
        .violations
        .iter()
        .map(|v| (v.deadline, v.rule, v.due, v.on, v.late_by_working_days))
        .collect();
    assert_eq!(
        v,
        [(
            DeadlineKind::Briefing,
            Citation::regulation(22),
            d(2026, 4, 3),
            None,
            5
        )]
    );
    let (r, errors) = report(
        cal(),
        &[f],
        Period::new(d(2026, 4, 1), d(2026, 4, 10)).unwrap(),
        Policy::default(),
    );
    assert!(errors.is_empty());
    assert_eq!(r.violations_by_rule.get("п. 22"), Some(&1));
}

/// п. 19, 32: two instructions due the same day (Fri 24 April 2026), neither
/// executed: two violations, told apart by the instruction's id.
#[test]
fn p32_two_instructions_due_the_same_day_are_two_violations() {
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 4, 1), EventKind::Answered),
        (
            d(2026, 4, 2),
            EventKind::DateNotified {
                reception: d(2026, 4, 20),
                at: None,
            },
        ),
        (d(2026, 4, 10), EventKind::BriefingPrepared),
        (
            d(2026, 4, 20),
            EventKind::ReceptionHeld {
                form: HeldForm::InPerson,
                official: None,
            },
        ),
        (
            d(2026, 4, 20),
            EventKind::Protocol {
                instructions: vec![
                    InstructionGiven::new("1", d(2026, 4, 24), "U-1"),
                    InstructionGiven::new("2", d(2026, 4, 24), "U-2"),
                ],
            },
        ),
    ]);
    let e = evaluate(cal(), &f, d(2026, 4, 28)).unwrap();
    let ids: Vec<_> = e
        .violations
        .iter()
        .map(|v| (v.deadline, v.late_by_working_days, v.instruction.as_deref()))
        .collect();
    assert_eq!(
        ids,
        [
            (DeadlineKind::Instruction, 2, Some("1")),
            (DeadlineKind::Instruction, 2, Some("2")),
        ]
    );
}

/// What is recorded must be evaluated and stored: a date outside the
/// calendar (2018–2035) is refused when recorded, naming the event.
#[test]
fn a_date_outside_the_calendar_is_refused_when_recorded() {
    let arrived = |on| {
        Event::new(
            on,
            EventKind::Arrived {
                time: None,
                channel: None,
            },
        )
    };
    for on in [d(2006, 3, 20), d(10000, 1, 1)] {
        let err = CaseFile::new("A").record(cal(), arrived(on)).unwrap_err();
        assert_eq!(err.event.to_string(), "arrived");
        assert_eq!(err.on, on);
    }
    let mut f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 4, 1), EventKind::Answered),
        (
            d(2026, 4, 2),
            EventKind::DateNotified {
                reception: d(2026, 4, 20),
                at: None,
            },
        ),
        (
            d(2026, 4, 20),
            EventKind::ReceptionHeld {
                form: HeldForm::InPerson,
                official: None,
            },
        ),
    ]);
    let protocol = Event::new(
        d(2026, 4, 20),
        EventKind::Protocol {
            instructions: vec![InstructionGiven::new("1", d(2062, 6, 30), "U")],
        },
    );
    let err = f.record(cal(), protocol).unwrap_err();
    assert_eq!(err.event.to_string(), "protocol");
}

/// п. 38's outcomes read back from JSON with the largest counts: their
/// total neither panics nor wraps.
#[test]
fn p38_outcomes_total_cannot_overflow() {
    let max = u32::MAX;
    let o: Outcomes = serde_json::from_value(serde_json::json!({
        "left_without_consideration": max, "returned": max, "forwarded": max,
        "no_appointment": max, "refused": max, "answered": max, "open": max
    }))
    .unwrap();
    assert_eq!(o.total(), 7 * u64::from(max));
}

/// A deadline set on the calendar's first day (Mon 1 January 2018, New
/// Year) explains itself: the trace does not look at 31 December 2017.
#[test]
fn a_deadline_on_the_calendars_first_day_explains_itself() {
    let due = DeadlineKind::Instruction.due(cal(), d(2018, 1, 1)).unwrap();
    assert_eq!(due.date, d(2018, 1, 3)); // 1 and 2 January are New Year
    let passed: Vec<_> = due
        .passed_over(cal())
        .unwrap()
        .map(|day| day.date)
        .collect();
    // The day the term is set from is its event, not a day passed over.
    assert_eq!(passed, [d(2018, 1, 2)]);
    assert!(due.explain(cal(), Lang::En).is_ok());
}

/// A letter sent after its own end (Sat 25 April for Fri 24 April) extends
/// nothing, with or without a decision before it: one rule, recorded, and
/// the letter is a violation of п. 26 (due Thu 16 April; 17, 20–24 April:
/// 6 working days late).
#[test]
fn p26_a_letter_after_its_own_end_is_one_rule() {
    let letter = (
        d(2026, 4, 25),
        EventKind::ExtendedByLetter {
            until: d(2026, 4, 24),
        },
    );
    for decision in [false, true] {
        let mut events = vec![(d(2026, 3, 26), registered())];
        if decision {
            events.push((
                d(2026, 4, 10),
                EventKind::ExtendedByDecision { until: None },
            ));
        }
        events.push(letter.clone());
        let e = evaluate(cal(), &file(events), d(2026, 5, 1)).unwrap();
        let letter_v: Vec<_> = e
            .violations
            .iter()
            .filter(|v| v.deadline == DeadlineKind::ExtensionLetter)
            .map(|v| (v.rule, v.due, v.on, v.late_by_working_days))
            .collect();
        assert_eq!(
            letter_v,
            [(
                Citation::regulation(26),
                d(2026, 4, 16),
                Some(d(2026, 4, 25)),
                6
            )]
        );
    }
}

/// Loading stays linear: 20 000 events (instructions executed) load in
/// one pass. (Timed by `cargo bench --bench case`, not here: this checks
/// that the file loads and that each execution was checked.)
#[test]
fn many_events_load() {
    let n = 10_000;
    let mut events = vec![
        Event::new(d(2026, 3, 26), registered()),
        Event::new(d(2026, 4, 1), EventKind::Answered),
        Event::new(
            d(2026, 4, 2),
            EventKind::DateNotified {
                reception: d(2026, 4, 20),
                at: None,
            },
        ),
        Event::new(
            d(2026, 4, 20),
            EventKind::ReceptionHeld {
                form: HeldForm::InPerson,
                official: None,
            },
        ),
        Event::new(
            d(2026, 4, 20),
            EventKind::Protocol {
                instructions: (0..n)
                    .map(|i| InstructionGiven::new(i.to_string(), d(2026, 5, 20), "U"))
                    .collect(),
            },
        ),
    ];
    events.extend((0..n).map(|i| {
        Event::new(
            d(2026, 4, 21),
            EventKind::InstructionExecuted {
                instruction: i.to_string(),
            },
        )
    }));
    let f = CaseFile::from_events(cal(), "big", events.clone()).unwrap();
    assert_eq!(f.events().len(), events.len());
    // Executing one twice is still refused.
    events.push(events.last().unwrap().clone());
    let (position, _) = CaseFile::from_events(cal(), "big", events).unwrap_err();
    assert_eq!(position, 5 + n);
}

/// The case file that loose facts describe, as events in order.
fn events_of(f: &Facts, draft: bool) -> Vec<(NaiveDate, EventKind)> {
    let mut e = vec![(f.registered, registered())];
    if let Some(until) = f.correction_until {
        e.push((f.registered, EventKind::CorrectionPeriodSet { until }));
    }
    if let Some(on) = f.returned_on {
        e.push((on, EventKind::Returned));
    }
    if let Some(on) = f.forwarded_on {
        e.push((on, EventKind::Forwarded));
    }
    if let Some(on) = f.extended_on {
        e.push((on, EventKind::ExtendedByDecision { until: None }));
    }
    if let (Some(until), Some(on)) = (f.letter_extended_to, f.letter_sent_on) {
        e.push((on, EventKind::ExtendedByLetter { until }));
    }
    if let Some(on) = f.answered_on {
        e.push((on, EventKind::Answered));
    }
    if let Some(on) = f.refusal_on {
        if draft {
            e.push((
                f.hearing_notice_sent.unwrap_or(on),
                EventKind::DraftRefusalSent,
            ));
        }
        e.push((on, EventKind::Refused));
    }
    e.sort_by_key(|(on, _)| *on);
    e
}

fn working_day_after(from: NaiveDate, n: u8) -> NaiveDate {
    if n == 0 {
        return from;
    }
    cal().add_working_days(from, u32::from(n)).unwrap().value
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, max_global_rejects: 4000, ..ProptestConfig::default() })]

    /// `deadlines` and `evaluate` agree: for loose facts a case file can
    /// also express (registered; answered; extended by decision and by
    /// letter; refused with its draft; a correction period and a return;
    /// a forwarding), the acts done late and the deemed refusal the judge
    /// finds in the facts equal those of the case file, evaluated on a day
    /// after its last event and after the term.
    #[test]
    fn loose_facts_and_the_case_file_agree(
        start in 0u16..3000,
        answered in prop::option::of(1u8..40),
        extended in prop::option::of(0u8..20),
        letter in prop::option::of((0u8..20, 1u8..10)),
        path in 0u8..4,
        at in 1u8..30,
        second in 0u8..6,
    ) {
        let base = d(2019, 1, 9) + chrono::Days::new(u64::from(start));
        let registered = cal().working_day_on_or_after(base).unwrap().value;
        let mut f = Facts::registered_on(registered);
        let answered = answered.map(|n| working_day_after(registered, n));
        f.answered_on = answered;
        // What the case file takes before the answer stays before it.
        let before_answer = |n: u8| {
            let on = working_day_after(registered, n);
            answered.is_none_or(|a| on < a).then_some(on)
        };
        f.extended_on = extended.and_then(before_answer);
        if let Some((sent, days)) = letter {
            f.letter_sent_on = before_answer(sent);
            f.letter_extended_to = f.letter_sent_on.map(|_| working_day_after(registered, 15 + days));
        }
        let on = working_day_after(registered, at);
        match path {
            // A refusal after a hearing, its draft sent `second` days before.
            1 => {
                f.refusal_on = Some(on);
                let sent = match second {
                    0 => on,
                    n => cal().sub_working_days(on, u32::from(n)).unwrap().value,
                };
                f.hearing_notice_sent = Some(sent.max(registered));
            }
            // A correction period, and a return `second` days after it.
            2 if answered.is_none() => {
                f.correction_until = Some(on);
                f.returned_on = (second > 0).then(|| working_day_after(on, second));
            }
            // Outside competence, forwarded.
            3 => {
                f.forwarded_on = before_answer(at);
                f.outside_competence = true;
            }
            _ => {}
        }
        let judged = judge_facts(cal(), &f, Policy::default());
        // Facts that cannot have happened are not compared.
        prop_assume!(judged.is_ok());
        let judged = judged.unwrap();
        let events = events_of(&f, true)
            .into_iter()
            .map(|(on, k)| Event::new(on, k))
            .collect();
        let file = CaseFile::from_events(cal(), "p", events);
        // An order a case file refuses (e.g. a letter after the answer).
        prop_assume!(file.is_ok());
        let file = file.unwrap();
        let last = file.events().last().unwrap().on;
        let as_of = [Some(last), judged.deemed_refusal_from, Some(working_day_after(registered, 60))]
            .into_iter().flatten().max().unwrap();
        let e = evaluate(cal(), &file, as_of).unwrap();
        let done_late: Vec<_> = e.violations.iter().filter(|v| v.on.is_some()).cloned().collect();
        prop_assert_eq!(&judged.violations, &done_late, "{:?}", f);
        prop_assert_eq!(judged.deemed_refusal_from, e.deemed_refusal.map(|r| r.from), "{:?}", f);
    }
}

/// п. 26's letter, two readings (RULES.md п. 26, issue 15 item 7).
/// Registered Thu 26 March 2026; a letter sent Fri 10 April extends the
/// term to Fri 24 April; answered Mon 20 April. (a) the regulation's
/// reading: the answer is within the extended term, no refusal deemed. (b)
/// APPC-strict: for APPC art. 91(2) the term stays 15 working days (27, 30,
/// 31 March, 1–3, 6–10, 13–16 April -> Thu 16 April), so a refusal is
/// deemed from Fri 17 April; the answer itself is measured by the
/// regulation's term and is no violation under either.
#[test]
fn p26_the_letter_under_both_readings() {
    use kz_appeals::reading::Letter;
    let facts = Facts::registered_on(d(2026, 3, 26))
        .with_letter_extension(d(2026, 4, 24))
        .with_letter_sent_on(d(2026, 4, 10))
        .with_answer(d(2026, 4, 20));
    let a = judge_facts(cal(), &facts, Policy::default()).unwrap();
    assert_eq!((a.violations.len(), a.deemed_refusal_from), (0, None));
    let strict = Policy::default().with_letter(Letter::AppcStrict);
    let b = judge_facts(cal(), &facts, strict).unwrap();
    assert!(b.violations.is_empty(), "{:?}", b.violations);
    assert_eq!(b.deemed_refusal_from, Some(d(2026, 4, 17)));
    // A decision within the 15 working days (Tue 14 April) extends the term
    // under both: 14 April + 2 months = Sun 14 June -> Mon 15 June.
    let decided = facts.with_extension(d(2026, 4, 14));
    let b = judge_facts(cal(), &decided, strict).unwrap();
    assert_eq!(b.deemed_refusal_from, None);
}

/// п. 26, APPC art. 76(3): a decision taken Fri 10 April 2026 names its own
/// end, Fri 15 May (within 10 April + 2 months = Wed 10 June). Registered
/// Thu 26 March, the answer was due Thu 16 April; answered Mon 18 May: late
/// against the decision's own end (18 May: 1 working day), though within
/// the two months. An end not after the term extends nothing: an error
/// naming п. 26. An end past the two months was decided against APPC
/// art. 76(3): recorded, a violation, the term stopping at the limit.
#[test]
fn p26_a_decision_with_its_own_end() {
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (
            d(2026, 4, 10),
            EventKind::ExtendedByDecision {
                until: Some(d(2026, 5, 15)),
            },
        ),
        (d(2026, 4, 13), EventKind::ExtensionNoticeSent),
        (d(2026, 5, 18), EventKind::Answered),
    ]);
    let e = evaluate(cal(), &f, d(2026, 5, 20)).unwrap();
    let v: Vec<_> = e
        .violations
        .iter()
        .map(|v| (v.deadline, v.due, v.on, v.late_by_working_days))
        .collect();
    assert_eq!(
        v,
        [(
            DeadlineKind::Response,
            d(2026, 5, 15),
            Some(d(2026, 5, 18)),
            1
        )]
    );
    // An end not after the term (Thu 16 April) extends nothing: an error
    // naming п. 26.
    let events = vec![
        Event::new(d(2026, 3, 26), registered()),
        Event::new(
            d(2026, 4, 10),
            EventKind::ExtendedByDecision {
                until: Some(d(2026, 4, 16)),
            },
        ),
    ];
    let (position, err) = CaseFile::from_events(cal(), "A", events).unwrap_err();
    assert_eq!((position, err.rule()), (1, Some(Citation::regulation(26))));
    // An end past the two months (Thu 11 June) really was decided: the term
    // stops at the limit, Wed 10 June, and the decision is a violation of
    // APPC art. 76(3) on its day.
    let past = file(vec![
        (d(2026, 3, 26), registered()),
        (
            d(2026, 4, 10),
            EventKind::ExtendedByDecision {
                until: Some(d(2026, 6, 11)),
            },
        ),
        (d(2026, 4, 13), EventKind::ExtensionNoticeSent),
    ]);
    let e = evaluate(cal(), &past, d(2026, 4, 20)).unwrap();
    assert_eq!(e.get(DeadlineKind::Response).unwrap().due, d(2026, 6, 10));
    let v: Vec<_> = e
        .violations
        .iter()
        .map(|v| (v.deadline, v.rule, v.due, v.on))
        .collect();
    assert_eq!(
        v,
        [(
            DeadlineKind::ExtensionDecision,
            Citation::APPC_76_3,
            d(2026, 4, 10),
            Some(d(2026, 4, 10))
        )]
    );
}

/// Reconciling with e-Otinish (issue 15 item 11): a request registered Thu
/// 26 May 2022 is due 15 working days after (APPC art. 76(2): from the next
/// day): 27, 30, 31 May, 1–3, 6–10, 13–16 June -> Thu 16 June. A public
/// e-Otinish fixture stores Wed 15 June: one working day early, counting
/// the registration day as day 1.
#[test]
fn p25_another_systems_due_date_is_explained() {
    let f = file(vec![(
        d(2022, 5, 26),
        EventKind::Registered {
            worker: None,
            external_due: Some(d(2022, 6, 15)),
        },
    )]);
    let e = evaluate(cal(), &f, d(2022, 5, 27)).unwrap();
    let x = e.external_due.unwrap();
    assert_eq!(
        (x.theirs, x.ours, x.working_days),
        (d(2022, 6, 15), d(2022, 6, 16), -1)
    );
    assert_eq!(
        x.explanation,
        kz_appeals::case::ExternalCount::RegistrationDayAsDayOne
    );
    // The same date as the law's: nothing to report.
    let same = file(vec![(
        d(2022, 5, 26),
        EventKind::Registered {
            worker: None,
            external_due: Some(d(2022, 6, 16)),
        },
    )]);
    assert_eq!(
        evaluate(cal(), &same, d(2022, 5, 27)).unwrap().external_due,
        None
    );
}

/// п. 33–35, APPC art. 90(4): a question raised at the reception of A (Tue
/// 12 May 2026) and not resolved is registered as B that day, with the mark
/// «с личного приема»: its answer is due 15 working days later (13–15,
/// 18–22, 25, 26, 28, 29 May, 27 May being Kurban ait, 1–3 June -> Wed 3
/// June), and the agenda lists it. B was assigned to w-1, who had A: a
/// violation of п. 35 on 12 May; the report counts B among the requests
/// from a reception.
#[test]
fn p35_a_request_from_a_reception() {
    let reg = |w: &str| EventKind::Registered {
        worker: Some(w.into()),
        external_due: None,
    };
    let a = file(vec![(d(2026, 3, 26), reg("w-1"))]);
    let b = CaseFile::from_events(
        cal(),
        "B",
        vec![
            Event::new(d(2026, 5, 12), reg("w-1")),
            Event::new(
                d(2026, 5, 12),
                EventKind::FromReception {
                    original: "A-1".into(),
                },
            ),
        ],
    )
    .unwrap();
    let files = [a, b];
    let ag = agenda(cal(), &files, d(2026, 5, 29), 3, Policy::default());
    let b_items: Vec<_> = ag
        .items
        .iter()
        .filter(|i| i.case == "B")
        .map(|i| (i.deadline, i.due))
        .collect();
    assert_eq!(b_items, [(DeadlineKind::Response, d(2026, 6, 3))]);
    let b_violations: Vec<_> = ag
        .violations
        .iter()
        .filter(|(c, _)| c == "B")
        .map(|(_, v)| (v.deadline, v.rule, v.due))
        .collect();
    assert_eq!(
        b_violations,
        [(
            DeadlineKind::Assignment,
            Citation::regulation(35),
            d(2026, 5, 12)
        )]
    );
    let (r, _) = report(
        cal(),
        &files,
        Period::quarter(2026, 2).unwrap(),
        Policy::default(),
    );
    assert_eq!(r.from_reception, 1);
    assert_eq!(r.violations_by_rule.get("п. 35"), Some(&1));
}

/// п. 16 as a named reading (issue 15 item 3). The reception is set for Mon
/// 20 April 2026; the official's trip was known since Wed 1 April and told
/// on Fri 17 April. (a) by the cause (default): the cause arose before the
/// 2-working-day point (17, 16 April -> Thu 16 April), so the notice was due
/// Thu 16 April: 1 working day late (17), and the violation names reading
/// (a). (b) literal: any day up to the reception: on time. The safe date
/// is the earlier, 16 April.
#[test]
fn p16_the_absence_notice_under_both_readings() {
    use kz_appeals::reading::{Absence, Reading};
    let f = file(vec![
        (d(2026, 3, 26), registered()),
        (d(2026, 4, 1), EventKind::Answered),
        (
            d(2026, 4, 2),
            EventKind::DateNotified {
                reception: d(2026, 4, 20),
                at: None,
            },
        ),
        (
            d(2026, 4, 17),
            EventKind::AbsenceNotified {
                cause_arose: d(2026, 4, 1),
            },
        ),
    ]);
    let absence = |policy| {
        kz_appeals::case::evaluate_with(cal(), &f, d(2026, 4, 17), policy)
            .unwrap()
            .violations
            .into_iter()
            .filter(|v| v.deadline == DeadlineKind::AbsenceNotice)
            .map(|v| (v.due, v.late_by_working_days, v.reading))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        absence(Policy::default()),
        [(d(2026, 4, 16), 1, Some(Reading::AbsenceByCause))]
    );
    assert_eq!(
        absence(Policy::default().with_absence(Absence::Literal)),
        []
    );
    let facts = Facts::registered_on(d(2026, 3, 26)).with_reception(d(2026, 4, 20));
    let s = kz_appeals::Schedule::compute(cal(), &facts).unwrap();
    assert_eq!(s.safe_date(Citation::regulation(16)), Some(d(2026, 4, 16)));
    let both: Vec<_> = s
        .readings(Citation::regulation(16))
        .map(|(r, d)| (r, d.date))
        .collect();
    assert_eq!(
        both,
        [
            (Reading::AbsenceByCause, d(2026, 4, 16)),
            (Reading::AbsenceLiteral, d(2026, 4, 20))
        ]
    );
}
