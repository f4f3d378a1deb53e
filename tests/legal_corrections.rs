//! The corrections of issue 9 as worked scenarios, and the readings of the
//! ambiguous rules (RULES.md §2a) with both dates and the safe date. Every
//! expected date is worked out by hand from the law and the 2026 calendar
//! (kz-calendar/README.md): 21–25 March Nauryz and its carry-overs; 1 May
//! Unity Day (Fri); 7 May Defender of the Fatherland Day (Thu); 9 May
//! Victory Day (Sat), its carry-over Mon 11 May; 27 May Kurban ait (Wed).

mod support;
use support::Judged as _;

use chrono::NaiveDate;
use kz_appeals::calendar::Calendar;
use kz_appeals::date::{DateError, parse_date};
use kz_appeals::law::Citation;
use kz_appeals::reading::{DateNotice, Policy, Reading, TwoMonths};
use kz_appeals::reception_schedule::{self, YearMonth, check_schedule};
use kz_appeals::registration::register;
use kz_appeals::schedule::{
    DeadlineKind, Facts, Schedule, ScheduleError, absence_notice_due, absence_notice_timely,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid date in the test")
}

fn cal() -> &'static Calendar {
    static CAL: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
    CAL.get_or_init(Calendar::kazakhstan)
}

fn schedule(facts: Facts) -> Schedule {
    Schedule::compute(cal(), &facts).expect("a schedule")
}

/// Registered Thu 26 March 2026. The answer: 15 working days, 27, 30, 31
/// March, 1–3, 6–10, 13–16 April: Thu 16 April (п. 25).
fn registered() -> Facts {
    Facts::registered_on(d(2026, 3, 26))
}

// ---- п. 16, corrected ----

#[test]
fn p16_an_illness_from_the_day_before_is_notified_on_the_reception_day() {
    // Reception Thu 11 June 2026. 2 working days before: Wed 10 (1), Tue 9 (2)
    // June: Tue 9 June.
    let reception = d(2026, 6, 11);
    assert_eq!(
        absence_notice_due(cal(), reception, None).unwrap().date,
        d(2026, 6, 9)
    );
    // The official falls ill on Wed 10 June, after Tue 9 June: the old
    // reading (same day only when the cause arose that day) left no timely
    // notice at all. Now a notice on Thu 11 June, the reception day, is timely.
    let ill = Some(d(2026, 6, 10));
    assert_eq!(
        absence_notice_due(cal(), reception, ill).unwrap().date,
        reception
    );
    assert!(absence_notice_timely(cal(), reception, d(2026, 6, 11), ill).unwrap());
    // After the reception it is late: Fri 12 June, 1 working day.
    let s = schedule(
        registered()
            .with_reception(reception)
            .with_absence_notice(d(2026, 6, 12), ill),
    );
    let v = s.violations(cal()).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].deadline, v[0].rule),
        (DeadlineKind::AbsenceNotice, Citation::regulation(16))
    );
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 6, 11), 1));
}

#[test]
fn p16_a_cause_known_in_time_needs_the_two_day_notice() {
    // Reception Thu 11 June 2026; a business trip ordered on Mon 8 June, on or
    // before the 2-working-day point (Tue 9 June): due Tue 9 June. Told on
    // Wed 10 June: late by 1 working day (10 June).
    let reception = d(2026, 6, 11);
    let trip = Some(d(2026, 6, 8));
    assert!(!absence_notice_timely(cal(), reception, d(2026, 6, 10), trip).unwrap());
    // A cause arising on the point itself (Tue 9 June) still leaves that day.
    assert!(!absence_notice_timely(cal(), reception, d(2026, 6, 10), Some(d(2026, 6, 9))).unwrap());
    assert!(absence_notice_timely(cal(), reception, d(2026, 6, 9), trip).unwrap());
    let s = schedule(
        registered()
            .with_reception(reception)
            .with_absence_notice(d(2026, 6, 10), trip),
    );
    let v = s.violations(cal()).unwrap();
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 6, 9), 1));
}

// ---- Late answers: APPC art. 76, art. 91(2) ----

#[test]
fn appc_76_a_late_answer_is_a_violation_and_a_refusal_was_deemed() {
    // Answer due Thu 16 April; answered Thu 23 April: Fri 17, Mon 20, Tue 21,
    // Wed 22, Thu 23: 5 working days late, accepted (no error).
    let s = schedule(registered().with_answer(d(2026, 4, 23)));
    let v = s.violations(cal()).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].deadline, v[0].rule),
        (DeadlineKind::Response, Citation::APPC_76)
    );
    assert_eq!((v[0].due, v[0].on), (d(2026, 4, 16), Some(d(2026, 4, 23))));
    assert_eq!(v[0].late_by_working_days, 5);
    // APPC art. 91(2): refusal deemed from the expiry of the term, the end of
    // Thu 16 April (Civil Code art. 176(1)): from Fri 17 April.
    assert_eq!(s.deemed_refusal_from(), Some(d(2026, 4, 17)));
    // Answered on the last day: on time, nothing deemed.
    let s = schedule(registered().with_answer(d(2026, 4, 16)));
    assert!(s.violations(cal()).unwrap().is_empty());
    assert_eq!(s.deemed_refusal_from(), None);
}

#[test]
fn appc_76_a_refusal_after_the_term_is_late_too() {
    // Refusal decided Mon 20 April, the draft sent Tue 14 April (due 3 working
    // days before: 17, 16, 15 -> Wed 15 April; in time). The term ended Thu
    // 16 April: late by Fri 17 and Mon 20, 2 working days.
    let s = schedule(
        registered()
            .with_refusal(d(2026, 4, 20))
            .with_hearing_notice_sent(d(2026, 4, 14)),
    );
    let v = s.violations(cal()).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].deadline, v[0].rule),
        (DeadlineKind::Response, Citation::APPC_76)
    );
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 4, 16), 2));
}

#[test]
fn appc_76_the_term_as_extended_by_letter_is_the_one_measured() {
    // A letter extends the term to Fri 24 April. Answered Mon 27 April:
    // 25–26 April weekend, 27 counts: 1 working day late; due 24 April.
    let s = schedule(
        registered()
            .with_letter_extension(d(2026, 4, 24))
            .with_answer(d(2026, 4, 27)),
    );
    let v = s.violations(cal()).unwrap();
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 4, 24), 1));
    assert_eq!(s.deemed_refusal_from(), Some(d(2026, 4, 25)));
}

// ---- Refusal and reception (п. 22–24, 28) ----

#[test]
fn p28_a_refusal_with_its_draft_sent_after_it_cannot_have_happened() {
    // Refusal Wed 15 April; the draft "sent" Thu 16 April, after it.
    let err = Schedule::compute(
        cal(),
        &registered()
            .with_refusal(d(2026, 4, 15))
            .with_hearing_notice_sent(d(2026, 4, 16)),
    )
    .unwrap_err();
    assert!(matches!(err, ScheduleError::RefusalWithoutDraft { .. }));
    assert_eq!(err.citation(), Some(Citation::regulation(28)));
}

// ---- п. 15(1), APPC art. 65 ----

#[test]
fn p15_1_forwarded_on_the_fourth_working_day() {
    // Registered Mon 2 March 2026: 3, 4, 5 March -> Thu 5 March. Forwarded
    // Fri 6 March, the 4th working day: 1 working day late.
    let s = schedule(Facts::registered_on(d(2026, 3, 2)).with_forwarded(d(2026, 3, 6)));
    assert_eq!(s.forward.map(|f| f.date), Some(d(2026, 3, 5)));
    let v = s.violations(cal()).unwrap();
    assert_eq!(
        (v[0].deadline, v[0].rule),
        (DeadlineKind::Forward, Citation::regulation_sub(15, 1))
    );
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 3, 5), 1));
}

// ---- Readings as data: both dates and the safe date ----

#[test]
fn p25_both_readings_and_the_safe_date() {
    // Answered Tue 14 April: (a) 15, 16 -> Thu 16 April. Reception Mon 27
    // April: (b) Fri 24 (1), Thu 23 (2) -> Thu 23 April. Safe: 16 April.
    let facts = registered()
        .with_answer(d(2026, 4, 14))
        .with_reception(d(2026, 4, 27));
    let s = schedule(facts);
    let readings: Vec<_> = s
        .readings(Citation::regulation(25))
        .map(|(r, d)| (r, d.date))
        .collect();
    assert_eq!(
        readings,
        [
            (Reading::DateNoticeAfterAnswer, d(2026, 4, 16)),
            (Reading::DateNoticeBeforeReception, d(2026, 4, 23)),
        ]
    );
    assert_eq!(s.safe_date(Citation::regulation(25)), Some(d(2026, 4, 16)));
    // Told Tue 21 April: late under (a), the default, by 17, 20, 21 (3);
    // in time under (b).
    let told = facts.with_date_notice_sent(d(2026, 4, 21));
    let v = schedule(told).violations(cal()).unwrap();
    assert_eq!(
        (v[0].deadline, v[0].late_by_working_days),
        (DeadlineKind::DateNoticeAfterAnswer, 3)
    );
    let before = Policy::default().with_date_notice(DateNotice::BeforeReception);
    let s = Schedule::compute_with(cal(), &told, before).unwrap();
    assert!(s.violations(cal()).unwrap().is_empty());
}

#[test]
fn p25_the_reception_reading_can_be_the_earlier() {
    // Answered Mon 6 April: (a) 7, 8 -> Wed 8 April. Reception Thu 9 April:
    // (b) Wed 8 (1), Tue 7 (2) -> Tue 7 April; its briefing 5 working days
    // before, 8, 7, 6, 3, 2 -> Thu 2 April, after registration. Safe: 7 April.
    let s = schedule(
        registered()
            .with_answer(d(2026, 4, 6))
            .with_reception(d(2026, 4, 9)),
    );
    assert_eq!(
        s.date_notice_after_answer.map(|x| x.date),
        Some(d(2026, 4, 8))
    );
    assert_eq!(s.schedule_notice.map(|x| x.date), Some(d(2026, 4, 7)));
    assert_eq!(s.safe_date(Citation::regulation(25)), Some(d(2026, 4, 7)));
}

#[test]
fn p26_both_readings_and_the_safe_date() {
    // Decided Fri 10 April: (a) 10 April + 2 months = Wed 10 June; (b) 26
    // March + 2 months = Tue 26 May (Kurban ait is the 27th). Safe: 26 May.
    let facts = registered().with_extension(d(2026, 4, 10));
    let s = schedule(facts);
    let a = s.extension_max.expect("(a)");
    let b = s.extension_max_from_registration.expect("(b)");
    assert_eq!(
        (a.date, a.reading),
        (d(2026, 6, 10), Some(Reading::TwoMonthsFromDecision))
    );
    assert_eq!(
        (b.date, b.reading),
        (d(2026, 5, 26), Some(Reading::TwoMonthsFromRegistration))
    );
    assert_eq!(s.safe_date(Citation::regulation(26)), Some(d(2026, 5, 26)));
    // The policy decides which limit ends the term of the answer: answered
    // Mon 1 June is in time under (a), late under (b) by Thu 28, Fri 29 May
    // and Mon 1 June (Wed 27 May is Kurban ait, 30–31 May the weekend): 3.
    let answered = facts.with_answer(d(2026, 6, 1));
    assert!(schedule(answered).violations(cal()).unwrap().is_empty());
    let literal = Policy::default().with_two_months(TwoMonths::FromRegistration);
    let s = Schedule::compute_with(cal(), &answered, literal).unwrap();
    let v = s.violations(cal()).unwrap();
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 5, 26), 3));
}

#[test]
fn appc_73_the_objection_names_its_reading() {
    // Draft sent Wed 8 April, received Thu 9 April. From receipt: 10, 13 ->
    // Mon 13 April. Receipt unknown, from sending: 9, 10 -> Fri 10 April.
    let sent = registered()
        .with_refusal(d(2026, 4, 15))
        .with_hearing_notice_sent(d(2026, 4, 8));
    let o = schedule(sent.with_draft_received(d(2026, 4, 9)))
        .objection
        .unwrap();
    assert_eq!(
        (o.date, o.reading),
        (d(2026, 4, 13), Some(Reading::ObjectionFromReceipt))
    );
    let o = schedule(sent).objection.unwrap();
    assert_eq!(
        (o.date, o.reading),
        (d(2026, 4, 10), Some(Reading::ObjectionFromSending))
    );
    // Received before it was sent: cannot have happened.
    let err = Schedule::compute(cal(), &sent.with_draft_received(d(2026, 4, 7))).unwrap_err();
    assert!(matches!(err, ScheduleError::DraftReceivedBeforeSent { .. }));
}

// ---- Bugs ----

#[test]
fn registration_on_the_first_covered_day_looks_no_earlier() {
    // Mon 1 January 2018 (New Year), Tue 2 January (New Year): registered
    // Wed 3 January; the trace starts on the day of arrival, inside coverage.
    let reg = register(cal(), d(2018, 1, 1)).unwrap();
    assert_eq!(reg.date, d(2018, 1, 3));
    let waited: Vec<_> = reg
        .passed_over(cal())
        .unwrap()
        .map(|day| day.date)
        .collect();
    assert_eq!(waited, [d(2018, 1, 1), d(2018, 1, 2)]);
    assert!(reg.explain(cal(), kz_appeals::Lang::En).is_ok());
}

#[test]
fn a_schedule_at_the_end_of_2035_names_the_deadline_and_its_input() {
    // Registered Thu 20 December 2035: working days after it in 2035 are at
    // most 21, 24–28 and 31 December, 7 of them; the 15th is beyond the
    // calendar's last day, 31 December 2035.
    let err = Schedule::compute(cal(), &Facts::registered_on(d(2035, 12, 20))).unwrap_err();
    assert!(matches!(
        err,
        ScheduleError::OutsideCalendar { deadline: DeadlineKind::Response, from, .. }
            if from == d(2035, 12, 20)
    ));
    let text = err.to_string();
    assert!(
        text.starts_with("п. 25: response_due counted from 2035-12-20"),
        "{text}"
    );
    assert!(!text.contains("smaller count"), "{text}");
}

#[test]
fn check_schedule_over_an_unbounded_period_is_an_error() {
    let err = check_schedule(
        cal(),
        &[],
        YearMonth {
            year: 2026,
            month: 1,
        },
        YearMonth {
            year: 9999,
            month: 12,
        },
    )
    .unwrap_err();
    assert!(matches!(
        err,
        reception_schedule::ReceptionScheduleError::OutsideCalendar { .. }
    ));
    assert!(err.to_string().starts_with("п. 7: "));
    // The whole covered range is fine: 216 months, none with a reception.
    let r = check_schedule(
        cal(),
        &[],
        YearMonth {
            year: 2018,
            month: 1,
        },
        YearMonth {
            year: 2035,
            month: 12,
        },
    )
    .unwrap();
    assert_eq!(r.months_without_reception.len(), 18 * 12);
}

#[test]
fn dates_are_exactly_yyyy_mm_dd() {
    assert_eq!(parse_date("2026-03-05"), Ok(d(2026, 3, 5)));
    for bad in [
        "2026-3-5",
        " 2026-03-02",
        "+002026-03-02",
        "2026-03-02\n",
        "２０２６-03-02",
        "",
    ] {
        assert!(
            matches!(parse_date(bad), Err(DateError::Format { .. })),
            "{bad:?}"
        );
    }
    assert!(matches!(
        parse_date("2026-02-29"),
        Err(DateError::NoSuchDay { .. })
    ));
    assert_eq!(parse_date("2028-02-29"), Ok(d(2028, 2, 29)));
}

// ---- serde: one name per thing ----

#[cfg(feature = "serde")]
#[test]
fn the_schedule_serializes_each_deadline_under_its_key() {
    let s = schedule(
        registered()
            .with_extension(d(2026, 4, 10))
            .with_answer(d(2026, 4, 14))
            .with_reception(d(2026, 5, 12))
            .with_refusal(d(2026, 5, 12))
            .with_correction_until(d(2026, 4, 3))
            .with_outside_competence(),
    );
    let json = serde_json::to_value(s).unwrap();
    for (kind, deadline) in s.deadlines() {
        assert_eq!(
            json[kind.key()]["date"],
            deadline.date.to_string(),
            "{kind}"
        );
    }
    assert_eq!(json["response_due"]["term"]["kind"], "working_days_after");
    assert_eq!(json["response_due"]["term"]["count"], 15);
    assert_eq!(
        json["extension_max_due"]["reading"],
        "two_months_from_decision"
    );
    let back: Schedule = serde_json::from_value(json).unwrap();
    assert_eq!(back, s);
    // Facts refuse unknown fields.
    let typo = r#"{"registered": "2026-03-26", "answerd_on": "2026-04-14"}"#;
    assert!(serde_json::from_str::<Facts>(typo).is_err());
}
