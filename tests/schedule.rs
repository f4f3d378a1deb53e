//! Worked scenarios of the schedule of an appeal (RULES.md §3), named after
//! the paragraph they exercise, and its contradictions. Every expected date
//! is worked out by hand from the law and kz-calendar/README.md §5.

mod support;
use support::Judged as _;

use chrono::NaiveDate;
use kz_appeals::calendar::{Calendar, CalendarError};
use kz_appeals::law::Citation;
use kz_appeals::registration::register;
use kz_appeals::schedule::{DeadlineKind, Fact, Facts, Schedule, ScheduleError};
use kz_appeals::term::{Term, TermError};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid date in the test")
}

fn schedule(facts: Facts) -> Schedule {
    Schedule::compute(&Calendar::kazakhstan(), &facts).expect("a consistent schedule")
}

fn error(facts: Facts) -> ScheduleError {
    Schedule::compute(&Calendar::kazakhstan(), &facts).expect_err("a contradiction")
}

/// The 2026 scenario of the README: a request arriving on Saturday 21 March
/// 2026, extended on 10 April, reception on 12 May, refusal decided 8 May.
fn spring_2026() -> Facts {
    // п. 21: Sat 21 Mar (Nauryz on a weekend) → 22 Sun → 23 Mon Nauryz →
    // 24–25 carry-overs → registered Thu 26 Mar.
    let registered = register(&Calendar::kazakhstan(), d(2026, 3, 21))
        .expect("in range")
        .date;
    assert_eq!(registered, d(2026, 3, 26));
    Facts::registered_on(registered)
        .with_extension(d(2026, 4, 10))
        .with_reception(d(2026, 5, 12))
        .with_refusal(d(2026, 5, 8))
}

#[test]
fn p25_answer_15_working_days_after_registration() {
    // Registered Thu 26 Mar 2026: 27 (1), 30 (2), 31 (3), 1 Apr (4), 2 (5),
    // 3 (6), 6 (7), 7 (8), 8 (9), 9 (10), 10 (11), 13 (12), 14 (13),
    // 15 (14), 16 Thu (15). No holiday in April 2026.
    let s = schedule(spring_2026());
    assert_eq!(s.response.date, d(2026, 4, 16));
    assert_eq!(s.response.rule, Citation::regulation(25));
    assert_eq!(s.response.term, Term::WorkingDaysAfter(15));
}

#[test]
fn p26_30_calendar_days_moved_off_a_saturday() {
    // 26 Mar + 30 days: 5 days to 31 Mar, 25 more to Sat 25 Apr; Sun 26 Apr;
    // Mon 27 Apr 2026.
    let s = schedule(spring_2026());
    assert_eq!(s.extension_30_days.nominal_end(), d(2026, 4, 25));
    assert_eq!(s.extension_30_days.date, d(2026, 4, 27));
}

#[test]
fn p26_extension_by_decision_two_months_and_its_notice() {
    // Decision Fri 10 Apr 2026 (before the answer's 16 Apr): + 2 months =
    // Wed 10 Jun 2026, a working day (APPC art. 76(3)). Notice within 3
    // working days: 13 Mon (1), 14 (2), 15 Wed (3).
    let s = schedule(spring_2026());
    let max = s.extension_max.expect("an extension was decided");
    assert_eq!(max.date, d(2026, 6, 10));
    assert_eq!(
        (max.rule, max.also),
        (Citation::regulation(26), Some(Citation::APPC_76_3))
    );
    assert_eq!(s.extension_notice.map(|n| n.date), Some(d(2026, 4, 15)));
}

#[test]
fn p22_p25_p16_notices_before_a_reception_after_the_may_holidays() {
    // Reception Tue 12 May 2026. Backward: 11 Mon carry-over of Victory Day,
    // 10 Sun, 9 Sat (Victory Day), 8 Fri (1), 7 Thu Defender's Day,
    // 6 Wed (2), 5 Tue (3), 4 Mon (4), 3 Sun, 2 Sat, 1 Fri Unity Day,
    // 30 Apr Thu (5).
    let s = schedule(spring_2026());
    assert_eq!(s.briefing.map(|p| p.date), Some(d(2026, 4, 30))); // п. 22
    assert_eq!(s.schedule_notice.map(|p| p.date), Some(d(2026, 5, 6))); // п. 25
    assert_eq!(s.absence_notice.map(|p| p.date), Some(d(2026, 5, 6))); // п. 16
    assert_eq!(
        s.absence_notice.map(|p| p.rule),
        Some(Citation::regulation(16))
    );
}

#[test]
fn p28_hearing_notice_and_appc_73_objection() {
    // Refusal decided Fri 8 May 2026: 7 Thu is a holiday; 6 Wed (1), 5 Tue
    // (2), 4 Mon (3): the draft is sent by Mon 4 May. The applicant objects
    // within 2 working days of it: 5 Tue (1), 6 Wed (2).
    let s = schedule(spring_2026());
    assert_eq!(s.hearing_notice.map(|h| h.date), Some(d(2026, 5, 4)));
    let objection = s.objection.expect("counted from the notice");
    assert_eq!(objection.date, d(2026, 5, 6));
    assert_eq!(objection.rule, Citation::APPC_73);
    // Sent earlier, on Thu 30 Apr: 1–3 May off, 4 Mon (1), 5 Tue (2).
    let sent = schedule(spring_2026().with_hearing_notice_sent(d(2026, 4, 30)));
    assert_eq!(sent.objection.map(|o| o.date), Some(d(2026, 5, 5)));
}

#[test]
fn appc_73_objection_without_a_refusal_date() {
    // The draft refusal was sent Fri 20 Mar 2026, decision date not yet set:
    // 21–25 Mar are Nauryz days off; 26 Thu (1), 27 Fri (2).
    let s = schedule(Facts::registered_on(d(2026, 3, 13)).with_hearing_notice_sent(d(2026, 3, 20)));
    assert_eq!(s.objection.map(|o| o.date), Some(d(2026, 3, 27)));
    assert_eq!(s.hearing_notice, None);
}

#[test]
fn p6_return_crosses_new_year_2027_and_is_provisional() {
    // Correction period ends Thu 31 Dec 2026: 1 Jan 2027 New Year, 2–3
    // weekend, 4 Mon carry-over of 2 Jan, 5 Tue (1), 6 Wed (2), 7 Thu
    // Christmas, 8 Fri (3). 2027 is provisional.
    let s = schedule(Facts::registered_on(d(2026, 12, 10)).with_correction_until(d(2026, 12, 31)));
    let ret = s.return_due.expect("a correction period was set");
    assert_eq!(ret.date, d(2027, 1, 8));
    assert_eq!(
        (ret.rule, ret.also),
        // The 3 working days are APPC art. 64(7)'s; п. 6 orders the return.
        (Citation::APPC_64_7, Some(Citation::regulation(6)))
    );
    assert!(ret.provisional);
    assert!(s.provisional());
}

#[test]
fn p6_a_correction_period_ending_on_a_day_off_ends_on_the_next_working_day() {
    // Registered Fri 13 Mar 2026; the body gives until Sat 21 Mar 2026. The
    // period is a term: its last day falls on a day off (21 Sat and 22 Sun
    // Nauryz, 23 Mon Nauryz, 24–25 carry-overs), so it ends on Thu 26 Mar
    // (APPC art. 76(5), Civil Code art. 175), and the applicant may still
    // correct the request that day. Returned within 3 working days after it
    // (APPC art. 64(7)): 27 Fri (1), 28–29 weekend, 30 Mon (2), 31 Tue (3).
    // Counting from Sat 21 Mar itself would give Mon 30 Mar and put the
    // applicant's last day, 26 Mar, inside the return period.
    let s = schedule(Facts::registered_on(d(2026, 3, 13)).with_correction_until(d(2026, 3, 21)));
    let ret = s.return_due.expect("a correction period was set");
    assert_eq!(ret.date, d(2026, 3, 31));
    assert_eq!(ret.from, d(2026, 3, 26));
    // The same through the deadline kind, as intake counts it: a period
    // ending Sun 4 Jan 2026 ends Mon 5 Jan; 6 Tue (1), 7 Wed Christmas,
    // 8 Thu (2), 9 Fri (3).
    let cal = Calendar::kazakhstan();
    let ret = DeadlineKind::Return
        .due(&cal, d(2026, 1, 4))
        .expect("in range");
    assert_eq!(ret.date, d(2026, 1, 9));
    // A period ending on a working day is not moved: Fri 20 Mar 2026 + 3
    // working days = 26 Thu (1), 27 Fri (2), 30 Mon (3).
    let ret = DeadlineKind::Return
        .due(&cal, d(2026, 3, 20))
        .expect("in range");
    assert_eq!((ret.from, ret.date), (d(2026, 3, 20), d(2026, 3, 30)));
}

#[test]
fn p25_registration_mid_december_2025_crosses_the_new_year() {
    // Registered Mon 15 Dec 2025: 16 Tue Independence Day, 17–19 (1–3),
    // 22–26 (4–8), 29–31 (9–11), 1–2 Jan 2026 New Year, 3–4 weekend,
    // 5 (12), 6 (13), 7 Christmas, 8 (14), 9 Fri (15).
    // п. 26: + 30 days = Wed 14 Jan 2026, a working day.
    let s = schedule(Facts::registered_on(d(2025, 12, 15)));
    assert_eq!(s.response.date, d(2026, 1, 9));
    assert_eq!(s.extension_30_days.date, d(2026, 1, 14));
    assert!(!s.provisional());
}

#[test]
fn p22_p25_reception_after_the_working_sunday_2025() {
    // Registered Fri 27 Dec 2024, reception Wed 8 Jan 2025. Backward: 7 Tue
    // Christmas, 6 Mon (1), 5 Sun working (2), 4 Sat, 3 transferred day off,
    // 2–1 New Year, 31 Dec Tue (3), 30 Mon (4), 29–28 weekend, 27 Fri (5).
    let s = schedule(Facts::registered_on(d(2024, 12, 27)).with_reception(d(2025, 1, 8)));
    assert_eq!(s.schedule_notice.map(|n| n.date), Some(d(2025, 1, 5)));
    // The preparation is due on the registration day itself: still in time.
    assert_eq!(s.briefing.map(|n| n.date), Some(d(2024, 12, 27)));
}

#[test]
fn p25_working_saturday_2018_registration() {
    // Registered on the working Saturday 3 Mar 2018: 5 (1), 6 (2), 7 (3),
    // 8 Thu Women's Day, 9 Fri transferred day off, 12–16 (4–8),
    // 19–20 (9–10), 21–23 Nauryz, 26–30 (11–15): Fri 30 Mar 2018.
    let s = schedule(Facts::registered_on(d(2018, 3, 3)));
    assert_eq!(s.response.date, d(2018, 3, 30));
    // п. 26: 3 Mar + 30 days = Mon 2 Apr 2018, a working day.
    assert_eq!(s.extension_30_days.date, d(2018, 4, 2));
}

#[test]
fn deadlines_are_listed_in_order_with_their_keys() {
    let s = schedule(spring_2026());
    let keys: Vec<&str> = s.deadlines().map(|(k, _)| k.key()).collect();
    assert_eq!(
        keys,
        [
            "response_due",
            "extension_30_days_due",
            "extension_max_due",
            "extension_max_due_from_registration",
            "extension_notice_due",
            "preparation_due",
            "schedule_notice_due",
            "absence_notice_due",
            "hearing_notice_due",
            "objection_due",
        ]
    );
    assert_eq!(s.get(DeadlineKind::Return), None);
    assert!(!s.provisional());
}

// ---- Contradictions ----

#[test]
fn p21_registration_on_a_day_off_is_refused() {
    let err = error(Facts::registered_on(d(2026, 3, 24))); // carry-over of Nauryz
    assert_eq!(
        err,
        ScheduleError::RegisteredOnDayOff {
            registered: d(2026, 3, 24)
        }
    );
    assert_eq!(err.citation(), Some(Citation::regulation(21)));
}

#[test]
fn p26_extension_after_the_term_is_a_violation_and_extends_nothing() {
    // Registered Thu 26 Mar 2026: the answer was due Thu 16 Apr (15 working
    // days: 27, 30, 31 Mar, 1-3, 6-10, 13-16 Apr). A decision on that day is
    // in time: 16 Apr + 2 months = Tue 16 Jun 2026 (APPC art. 76(3)).
    let reg = Facts::registered_on(d(2026, 3, 26));
    let in_time = schedule(reg.with_extension(d(2026, 4, 16)));
    assert_eq!(in_time.answer_term.date, d(2026, 6, 16));
    assert!(
        in_time
            .violations(&Calendar::kazakhstan())
            .unwrap()
            .is_empty()
    );
    // One on Fri 17 Apr comes after the term: accepted, the term stays
    // 16 Apr, no extension deadlines, and the decision is 1 working day
    // late (17 Apr), a violation of APPC art. 76(3).
    let late = schedule(reg.with_extension(d(2026, 4, 17)));
    assert_eq!(late.answer_term.date, d(2026, 4, 16));
    assert_eq!(late.extension_max, None);
    assert_eq!(late.extension_notice, None);
    let v = late.violations(&Calendar::kazakhstan()).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].deadline, DeadlineKind::ExtensionDecision);
    assert_eq!(v[0].rule, Citation::APPC_76_3);
    assert_eq!((v[0].due, v[0].on), (d(2026, 4, 16), Some(d(2026, 4, 17))));
    assert_eq!(v[0].late_by_working_days, 1);
    // "May I extend now?" stays an error on the 17th.
    let err = in_time
        .may_extend(&Calendar::kazakhstan(), d(2026, 4, 17))
        .unwrap_err();
    assert_eq!(
        err,
        ScheduleError::ExtensionAfterTerm {
            extended_on: d(2026, 4, 17),
            term_ends: d(2026, 4, 16)
        }
    );
    assert_eq!(err.citation(), Some(Citation::regulation(26)));
    assert!(err.to_string().starts_with("п. 26: "));
}

#[test]
fn p21_events_before_the_registration_are_refused() {
    let reg = Facts::registered_on(d(2026, 3, 26));
    let before = d(2026, 3, 20);
    for (facts, what) in [
        (reg.with_extension(before), Fact::Extension),
        (reg.with_reception(before), Fact::Reception),
        (reg.with_refusal(before), Fact::Refusal),
        (reg.with_hearing_notice_sent(before), Fact::HearingNotice),
        (reg.with_correction_until(before), Fact::CorrectionEnd),
    ] {
        assert_eq!(
            error(facts),
            ScheduleError::BeforeRegistration {
                what,
                date: before,
                registered: d(2026, 3, 26)
            }
        );
    }
}

#[test]
fn p22_reception_without_room_for_the_briefing_is_refused() {
    // Registered Thu 26 Mar 2026. Reception Wed 1 Apr: 31 (1), 30 (2),
    // 27 (3), 26 (4), 20 Mar (5) — before registration. Reception Thu 2 Apr:
    // 1 (1), 31 (2), 30 (3), 27 (4), 26 (5) — the registration day: in time.
    let reg = Facts::registered_on(d(2026, 3, 26));
    assert_eq!(
        error(reg.with_reception(d(2026, 4, 1))),
        ScheduleError::NoTimeToPrepare {
            reception: d(2026, 4, 1),
            preparation_due: d(2026, 3, 20),
            registered: d(2026, 3, 26)
        }
    );
    let ok = schedule(reg.with_reception(d(2026, 4, 2)));
    assert_eq!(ok.briefing.map(|p| p.date), Some(d(2026, 3, 26)));
    // A reception on the registration day leaves no room either.
    assert!(matches!(
        error(reg.with_reception(d(2026, 3, 26))),
        ScheduleError::NoTimeToPrepare { .. }
    ));
}

#[test]
fn p28_refusal_without_room_for_a_timely_hearing_notice_is_refused() {
    // Registered Thu 26 Mar 2026. Refusal Mon 30 Mar: 27 (1), 26 (2), 20 Mar
    // (3) — before registration. Refusal Tue 31 Mar: 30, 27, 26 — in time.
    let reg = Facts::registered_on(d(2026, 3, 26));
    let err = error(reg.with_refusal(d(2026, 3, 30)));
    assert_eq!(
        err,
        ScheduleError::NoTimeForHearing {
            refusal: d(2026, 3, 30),
            hearing_notice_due: d(2026, 3, 20),
            registered: d(2026, 3, 26)
        }
    );
    assert_eq!(err.citation(), Some(Citation::regulation(28)));
    let ok = schedule(reg.with_refusal(d(2026, 3, 31)));
    assert_eq!(ok.hearing_notice.map(|h| h.date), Some(d(2026, 3, 26)));
}

#[test]
fn p28_late_hearing_notice_is_a_violation() {
    // Refusal Fri 8 May 2026: the notice was due Mon 4 May (3 working days
    // back: 7 May is a holiday, so 6, 5, 4); sent Tue 5 May: 1 working day late.
    let late = schedule(spring_2026().with_hearing_notice_sent(d(2026, 5, 5)));
    let v = late.violations(&Calendar::kazakhstan()).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].deadline, DeadlineKind::HearingNotice);
    assert_eq!(v[0].rule, Citation::regulation(28));
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 5, 4), 1));
    // Sent on the due date itself: in time.
    let on_time = schedule(spring_2026().with_hearing_notice_sent(d(2026, 5, 4)));
    assert!(
        on_time
            .violations(&Calendar::kazakhstan())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn p22_24_refusal_on_the_reception_day_is_accepted_after_it_refused() {
    // The reception is Tue 12 May 2026. A refusal replaces it (п. 22-24), so
    // it may be decided that very day: its draft is due 3 working days
    // before, 8, 6, 5 May (7 May a holiday, 9-11 May weekend and carry-over).
    let same_day = schedule(spring_2026().with_refusal(d(2026, 5, 12)));
    assert_eq!(same_day.hearing_notice.map(|h| h.date), Some(d(2026, 5, 5)));
    // Wed 13 May, after the reception: cannot have happened.
    let err = error(spring_2026().with_refusal(d(2026, 5, 13)));
    assert_eq!(
        err,
        ScheduleError::RefusalAfterReception {
            refusal: d(2026, 5, 13),
            reception: d(2026, 5, 12)
        }
    );
    assert!(err.to_string().starts_with("п. 22–24: "));
}

#[test]
fn dates_outside_the_calendar_are_typed_errors() {
    assert!(matches!(
        error(Facts::registered_on(d(2017, 12, 29))),
        ScheduleError::Term(TermError::Calendar(CalendarError::DateOutOfRange { .. }))
    ));
    // Mon 31 Dec 2035, the last covered day: 15 working days after it are
    // beyond. The error names the deadline and the input it is counted from.
    let err = error(Facts::registered_on(d(2035, 12, 31)));
    assert!(matches!(
        err,
        ScheduleError::OutsideCalendar {
            deadline: DeadlineKind::Response,
            from,
            source: TermError::Calendar(CalendarError::CountOutOfRange { .. }),
            ..
        } if from == d(2035, 12, 31)
    ));
    let text = err.to_string();
    assert!(
        text.starts_with("п. 25: response_due counted from 2035-12-31"),
        "{text}"
    );
    assert!(matches!(
        error(Facts::registered_on(d(2026, 3, 26)).with_reception(NaiveDate::MAX)),
        ScheduleError::Term(_)
    ));
}

// ---- serde ----

#[cfg(feature = "serde")]
#[test]
fn serde_round_trip_of_the_schedule_and_its_facts() {
    let facts = spring_2026()
        .with_hearing_notice_sent(d(2026, 4, 30))
        .with_correction_until(d(2026, 4, 3));
    let s = schedule(facts);
    let json = serde_json::to_string(&s).expect("serialises");
    let back: Schedule = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, s);
    let json = serde_json::to_string(&facts).expect("serialises");
    assert_eq!(
        serde_json::from_str::<Facts>(&json).expect("deserialises"),
        facts
    );
    // The term and the citation are data in the JSON.
    let value = serde_json::to_value(s.response).expect("serialises");
    assert_eq!(value["date"], "2026-04-16");
    assert_eq!(value["term"]["kind"], "working_days_after");
    assert_eq!(value["term"]["count"], 15);
    assert_eq!(value["rule"]["number"], 25);
    let reg = register(&Calendar::kazakhstan(), d(2026, 3, 21)).expect("in range");
    let json = serde_json::to_string(&reg).expect("serialises");
    assert_eq!(
        serde_json::from_str::<kz_appeals::registration::Registration>(&json)
            .expect("deserialises"),
        reg
    );
    // Facts with only the registration date.
    let minimal: Facts = serde_json::from_str(r#"{"registered":"2026-03-26"}"#).expect("defaults");
    assert_eq!(minimal, Facts::registered_on(d(2026, 3, 26)));
}

#[test]
fn p6_a_correction_period_ending_on_the_registration_day_leaves_no_time() {
    // Registered Thu 26 Mar 2026. A period ending that same day gives the
    // applicant no time to correct (п. 6: a reasonable period).
    let err = Schedule::compute(
        &Calendar::kazakhstan(),
        &Facts::registered_on(d(2026, 3, 26)).with_correction_until(d(2026, 3, 26)),
    )
    .unwrap_err();
    assert!(matches!(err, ScheduleError::NoTimeToCorrect { .. }));
    assert_eq!(err.citation(), Some(Citation::regulation(6)));
    // One day later is enough: Fri 27 Mar, then 3 working days: Mon 30 (1),
    // Tue 31 (2), Wed 1 Apr (3).
    let s = schedule(Facts::registered_on(d(2026, 3, 26)).with_correction_until(d(2026, 3, 27)));
    assert_eq!(s.return_due.map(|r| r.date), Some(d(2026, 4, 1)));
}

#[test]
fn p26_a_letter_extension_ending_on_a_day_off_lets_the_decision_wait_until_monday() {
    // Registered Thu 26 Mar 2026: answer due Thu 16 Apr (п. 25); 30 calendar
    // days is Sat 25 Apr, moved to Mon 27 Apr. A letter extends the term to
    // Sat 25 Apr, so it ends Mon 27 Apr (APPC art. 76(5)): a decision that
    // day is in time, one on Tue 28 Apr is not.
    let base = Facts::registered_on(d(2026, 3, 26)).with_letter_extension(d(2026, 4, 25));
    let s = schedule(base.with_extension(d(2026, 4, 27)));
    // Two months from Mon 27 Apr: Sat 27 Jun 2026, Sun 28, so Mon 29 Jun.
    assert_eq!(s.extension_max.map(|x| x.date), Some(d(2026, 6, 29)));
    let late = schedule(base.with_extension(d(2026, 4, 28)));
    assert_eq!(late.answer_term.date, d(2026, 4, 27));
    let v = late.violations(&Calendar::kazakhstan()).unwrap();
    assert_eq!((v[0].due, v[0].late_by_working_days), (d(2026, 4, 27), 1));
    // A letter to the answer's own due date extends nothing.
    let err = Schedule::compute(
        &Calendar::kazakhstan(),
        &Facts::registered_on(d(2026, 3, 26)).with_letter_extension(d(2026, 4, 16)),
    )
    .unwrap_err();
    assert!(matches!(err, ScheduleError::LetterExtensionInvalid { .. }));
}

#[test]
fn p7_a_reception_on_a_day_off_is_refused() {
    // Sat 9 May 2026 is Victory Day on a weekend; Mon 11 May its carry-over.
    for day in [d(2026, 5, 9), d(2026, 5, 11)] {
        let err = Schedule::compute(
            &Calendar::kazakhstan(),
            &Facts::registered_on(d(2026, 3, 26)).with_reception(day),
        )
        .unwrap_err();
        assert!(
            matches!(err, ScheduleError::ReceptionOnDayOff { .. }),
            "{day}"
        );
        assert_eq!(err.citation(), Some(Citation::regulation(7)));
    }
}

/// п. 25, 28, APPC art. 76 (DESIGN.md "The answer of п. 25 is the first"):
/// registered Thu 26 March 2026, the answer due Thu 16 April. Answered
/// Tue 14 April (on time), the refusal after a hearing decided Fri 24 April
/// (draft sent Mon 20 April; due 23, 22, 21 -> Tue 21 April): the refusal
/// replaces the reception, not the answer; no late answer, nothing deemed.
/// Refused first, on Mon 20 April (draft Tue 14 April, due 17, 16, 15 ->
/// Wed 15 April), with no answer: the refusal is the answer, 2 working days
/// late (17, 20), under APPC art. 76.
#[test]
fn p25_the_first_answer_is_the_one_measured() {
    let cal = Calendar::kazakhstan();
    let reg = Facts::registered_on(d(2026, 3, 26));
    let answered_then_refused = reg
        .with_answer(d(2026, 4, 14))
        .with_hearing_notice_sent(d(2026, 4, 20))
        .with_refusal(d(2026, 4, 24));
    let s = schedule(answered_then_refused);
    assert!(s.violations(&cal).unwrap().is_empty());
    assert_eq!(s.deemed_refusal_from(), None);

    let refused_first = reg
        .with_hearing_notice_sent(d(2026, 4, 14))
        .with_refusal(d(2026, 4, 20));
    let v = schedule(refused_first).violations(&cal).unwrap();
    let got: Vec<_> = v
        .iter()
        .map(|v| (v.deadline, v.rule, v.due, v.on, v.late_by_working_days))
        .collect();
    assert_eq!(
        got,
        [(
            DeadlineKind::Response,
            Citation::APPC_76,
            d(2026, 4, 16),
            Some(d(2026, 4, 20)),
            2
        )]
    );
}

/// п. 15(1), APPC arts. 65, 91(2): registered Mon 2 March 2026, forwarded
/// Thu 5 March (in time: 3, 4, 5): the competent body answers, so no
/// refusal is deemed when this body's 15 working days end.
#[test]
fn p15_a_request_forwarded_in_time_is_not_deemed_refused() {
    let s = schedule(Facts::registered_on(d(2026, 3, 2)).with_forwarded(d(2026, 3, 5)));
    assert_eq!(s.deemed_refusal_from(), None);
    let unforwarded = schedule(Facts::registered_on(d(2026, 3, 2)).with_outside_competence());
    assert!(unforwarded.deemed_refusal_from().is_some());
}

/// п. 22: the reception of Wed 1 April 2026 (briefing due Fri 20 March,
/// before the registration on Thu 26 March) is refused only while planned:
/// once its date was told (Fri 27 March), it is a fact, and the briefing
/// is a step that can no longer be on time.
#[test]
fn p22_a_reception_already_told_is_a_fact_not_an_error() {
    let told = Facts::registered_on(d(2026, 3, 26))
        .with_reception(d(2026, 4, 1))
        .with_date_notice_sent(d(2026, 3, 27));
    assert_eq!(
        schedule(told).briefing.map(|p| p.date),
        Some(d(2026, 3, 20))
    );
}

/// APPC art. 73: objections dated Thu 9 April 2026 to a draft sent Fri
/// 10 April cannot have been made: an error naming the rule.
#[test]
fn appc_73_objections_before_the_draft_are_impossible() {
    let facts = Facts::registered_on(d(2026, 3, 26))
        .with_refusal(d(2026, 4, 15))
        .with_hearing_notice_sent(d(2026, 4, 10))
        .with_objections(d(2026, 4, 9));
    let err = error(facts);
    assert_eq!(
        err,
        ScheduleError::ObjectionsBeforeDraft {
            sent: d(2026, 4, 10),
            objections: d(2026, 4, 9)
        }
    );
    assert_eq!(err.citation(), Some(Citation::APPC_73));
    assert!(err.to_string().starts_with("APPC art. 73: "));
}
