//! Worked scenarios of the term arithmetic (RULES.md §2) and of registration
//! (п. 21, APPC art. 64(3)). Every expected date is worked out by hand from
//! the law and the calendar of kz-calendar/README.md §5; the working is in
//! the comments.

use chrono::{NaiveDate, NaiveTime};
use kz_appeals::Lang;
use kz_appeals::calendar::{Calendar, CalendarError};
use kz_appeals::law::Citation;
use kz_appeals::registration::{register, register_at};
use kz_appeals::term::{Term, TermError};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid date in the test")
}

fn cal() -> Calendar {
    Calendar::kazakhstan()
}

fn due(term: Term, from: NaiveDate) -> NaiveDate {
    term.due(&cal(), from, Citation::APPC_76_2)
        .expect("a term inside the calendar")
        .date
}

fn off(term: Term, from: NaiveDate) -> Vec<NaiveDate> {
    let cal = cal();
    let deadline = term.due(&cal, from, Citation::APPC_76_2).expect("a term");
    deadline
        .passed_over(&cal)
        .expect("a trace")
        .map(|day| day.date)
        .collect()
}

// ---- APPC art. 76(2), Civil Code art. 173: N working days after ----

#[test]
fn appc_76_2_working_days_cross_nauryz_2026() {
    // Registered Fri 13 Mar 2026. Working days after it: 16 (1), 17 (2),
    // 18 (3), 19 (4), 20 (5); 21 Sat and 22 Sun are Nauryz, 23 Mon Nauryz,
    // 24–25 their carry-overs; 26 (6), 27 (7), 30 (8), 31 (9), 1 Apr (10),
    // 2 (11), 3 (12), 6 (13), 7 (14), 8 (15).
    assert_eq!(
        due(Term::WorkingDaysAfter(15), d(2026, 3, 13)),
        d(2026, 4, 8)
    );
}

#[test]
fn appc_76_2_a_start_on_a_day_off_counts_from_the_next_working_day() {
    // Sat 21 Mar 2026 (Nauryz): 21–25 Mar are days off; 26 Thu is the 1st,
    // 27 Fri the 2nd, 30 Mon the 3rd.
    assert_eq!(
        due(Term::WorkingDaysAfter(3), d(2026, 3, 21)),
        d(2026, 3, 30)
    );
}

#[test]
fn appc_76_2_working_days_cross_the_may_cluster_2026() {
    // Thu 30 Apr 2026: 1 May Fri Unity Day, 2–3 weekend, 4 Mon (1), 5 (2),
    // 6 (3), 7 Thu Defender's Day, 8 Fri (4), 9–10 weekend, 11 Mon carry-over
    // of Victory Day (9 May, Sat), 12 (5), 13 (6), 14 (7), 15 (8), 18 (9),
    // 19 (10), 20 (11), 21 (12), 22 (13), 25 (14), 26 (15).
    let start = d(2026, 4, 30);
    assert_eq!(due(Term::WorkingDaysAfter(15), start), d(2026, 5, 26));
    // The trace: every day off in (30 Apr, 26 May].
    let expected: Vec<NaiveDate> = [1, 2, 3, 7, 9, 10, 11, 16, 17, 23, 24]
        .into_iter()
        .map(|day| d(2026, 5, day))
        .collect();
    assert_eq!(off(Term::WorkingDaysAfter(15), start), expected);
}

#[test]
fn appc_76_2_kurban_ait_2026_moves_the_fifteenth_day() {
    // Mon 4 May 2026: 5 (1), 6 (2), 8 (3), 12 (4), 13 (5), 14 (6), 15 (7),
    // 18 (8), 19 (9), 20 (10), 21 (11), 22 (12), 25 (13), 26 (14); 27 Wed is
    // Kurban ait; 28 Thu (15).
    assert_eq!(
        due(Term::WorkingDaysAfter(15), d(2026, 5, 4)),
        d(2026, 5, 28)
    );
}

#[test]
fn appc_76_2_working_saturday_2018_03_03_counts() {
    // Fri 2 Mar 2018: Sat 3 Mar was a working day (its day off moved to 9 Mar).
    assert_eq!(due(Term::WorkingDaysAfter(1), d(2018, 3, 2)), d(2018, 3, 3));
    // From Sat 3 Mar 2018: 5 Mon (1), 6 (2), 7 (3), 8 Thu Women's Day, 9 Fri
    // transferred day off, 12 (4), 13 (5), 14 (6), 15 (7), 16 (8), 19 (9),
    // 20 (10), 21–23 Nauryz, 26 (11), 27 (12), 28 (13), 29 (14), 30 (15).
    assert_eq!(
        due(Term::WorkingDaysAfter(15), d(2018, 3, 3)),
        d(2018, 3, 30)
    );
}

#[test]
fn appc_76_2_working_sunday_2020_01_05_counts() {
    // Tue 31 Dec 2019: 1–2 Jan New Year, 3 Fri transferred day off, 4 Sat,
    // 5 Sun working (1), 6 Mon (2), 7 Tue Christmas, 8 Wed (3).
    assert_eq!(
        due(Term::WorkingDaysAfter(1), d(2019, 12, 31)),
        d(2020, 1, 5)
    );
    assert_eq!(
        due(Term::WorkingDaysAfter(3), d(2019, 12, 31)),
        d(2020, 1, 8)
    );
    // The trace lists the days off, not the working Sunday.
    let expected = vec![
        d(2020, 1, 1),
        d(2020, 1, 2),
        d(2020, 1, 3),
        d(2020, 1, 4),
        d(2020, 1, 7),
    ];
    assert_eq!(off(Term::WorkingDaysAfter(3), d(2019, 12, 31)), expected);
}

#[test]
fn appc_76_2_working_monday_2020_05_11_counts() {
    // Wed 6 May 2020: 7 Thu Defender's Day, 8 Fri transferred day off (from
    // 11 May), 9–10 weekend, 11 Mon working.
    assert_eq!(
        due(Term::WorkingDaysAfter(1), d(2020, 5, 6)),
        d(2020, 5, 11)
    );
}

#[test]
fn appc_76_2_year_end_2025_into_2026() {
    // Mon 15 Dec 2025: 16 Tue Independence Day, 17 (1), 18 (2), 19 (3),
    // 22 (4), 23 (5), 24 (6), 25 (7), 26 (8), 29 (9), 30 (10), 31 (11);
    // 1–2 Jan 2026 New Year, 3–4 weekend, 5 Mon (12), 6 (13), 7 Wed
    // Christmas, 8 (14), 9 Fri (15).
    let cal = cal();
    let deadline = Term::WorkingDaysAfter(15)
        .due(&cal, d(2025, 12, 15), Citation::regulation(25))
        .expect("in range");
    assert_eq!(deadline.date, d(2026, 1, 9));
    assert!(!deadline.provisional, "2025 and 2026 are official");
}

#[test]
fn appc_76_2_into_2027_is_provisional() {
    // Thu 10 Dec 2026: 11 (1), 14 (2), 15 (3), 16 Independence Day, 17 (4),
    // 18 (5), 21–25 (6–10), 28–31 (11–14), 1 Jan 2027 New Year, 2–3 weekend,
    // 4 Mon carry-over of 2 Jan, 5 Tue (15). 2027 is provisional.
    let cal = cal();
    let deadline = Term::WorkingDaysAfter(15)
        .due(&cal, d(2026, 12, 10), Citation::regulation(25))
        .expect("in range");
    assert_eq!(deadline.date, d(2027, 1, 5));
    assert!(deadline.provisional);
}

// ---- APPC art. 76(5), Civil Code art. 175: N calendar days after ----

#[test]
fn appc_76_5_calendar_days_ending_on_a_working_day_do_not_move() {
    // Mon 15 Dec 2025 + 30 days = Wed 14 Jan 2026, a working day; the days
    // off inside the term do not count.
    let cal = cal();
    let deadline = Term::CalendarDaysAfter(30)
        .due(&cal, d(2025, 12, 15), Citation::regulation(26))
        .expect("in range");
    assert_eq!(deadline.date, d(2026, 1, 14));
    assert!(!deadline.moved());
    assert_eq!(deadline.passed_over(&cal).expect("trace").count(), 0);
}

#[test]
fn appc_76_5_calendar_days_ending_on_victory_day_weekend() {
    // Thu 9 Apr 2026 + 30 days = Sat 9 May (Victory Day); 10 Sun; 11 Mon its
    // carry-over; the term ends Tue 12 May.
    assert_eq!(
        due(Term::CalendarDaysAfter(30), d(2026, 4, 9)),
        d(2026, 5, 12)
    );
    assert_eq!(
        off(Term::CalendarDaysAfter(30), d(2026, 4, 9)),
        [d(2026, 5, 9), d(2026, 5, 10), d(2026, 5, 11)]
    );
    // Tue 7 Apr 2026 + 30 days = Thu 7 May (Defender's Day): Fri 8 May.
    assert_eq!(
        due(Term::CalendarDaysAfter(30), d(2026, 4, 7)),
        d(2026, 5, 8)
    );
}

#[test]
fn appc_76_5_calendar_days_ending_on_a_transferred_day_off() {
    // Mon 3 Dec 2018 + 28 days = Mon 31 Dec 2018, a transferred day off
    // (from Sat 29 Dec); 1–2 Jan 2019 New Year; Thu 3 Jan 2019.
    assert_eq!(
        due(Term::CalendarDaysAfter(28), d(2018, 12, 3)),
        d(2019, 1, 3)
    );
}

// ---- Civil Code art. 174(3): N months after ----

#[test]
fn civil_174_3_31_january_plus_one_month_is_end_of_february_then_moved() {
    // 31 Jan 2026 + 1 month: February has no 31st, so Sat 28 Feb; Sun 1 Mar;
    // Mon 2 Mar 2026 is a working day.
    let cal = cal();
    let deadline = Term::MonthsAfter(1)
        .due(&cal, d(2026, 1, 31), Citation::APPC_76_3)
        .expect("in range");
    assert_eq!(deadline.nominal_end(), d(2026, 2, 28));
    assert_eq!(deadline.date, d(2026, 3, 2));
    // Leap year: 31 Jan 2024 + 1 month = Thu 29 Feb 2024, a working day.
    assert_eq!(due(Term::MonthsAfter(1), d(2024, 1, 31)), d(2024, 2, 29));
}

#[test]
fn civil_174_3_months_are_never_chained() {
    // 31 Jan 2026 + 2 months = Tue 31 Mar 2026, not 28 Feb + 1 month = 28 Mar.
    assert_eq!(due(Term::MonthsAfter(2), d(2026, 1, 31)), d(2026, 3, 31));
}

#[test]
fn civil_174_3_30_november_plus_three_months() {
    // 30 Nov 2025 + 3 months = Sat 28 Feb 2026 → Mon 2 Mar 2026.
    assert_eq!(due(Term::MonthsAfter(3), d(2025, 11, 30)), d(2026, 3, 2));
    // 30 Nov 2023 + 3 months = Thu 29 Feb 2024, a working day.
    assert_eq!(due(Term::MonthsAfter(3), d(2023, 11, 30)), d(2024, 2, 29));
    // 30 Nov 2019 + 3 months = Sat 29 Feb 2020 → Sun 1 Mar → Mon 2 Mar 2020.
    assert_eq!(due(Term::MonthsAfter(3), d(2019, 11, 30)), d(2020, 3, 2));
}

#[test]
fn appc_76_3_two_months_ending_in_the_may_cluster() {
    // Tue 10 Mar 2026 + 2 months = Sun 10 May; Mon 11 May carry-over of
    // Victory Day; Tue 12 May.
    assert_eq!(due(Term::MonthsAfter(2), d(2026, 3, 10)), d(2026, 5, 12));
    assert_eq!(
        off(Term::MonthsAfter(2), d(2026, 3, 10)),
        [d(2026, 5, 10), d(2026, 5, 11)]
    );
}

// ---- Not later than N working days before ----

#[test]
fn working_days_before_cross_nauryz_2026() {
    // Reception Thu 26 Mar 2026: 25, 24 carry-overs, 23 Nauryz, 22–21
    // weekend (Nauryz); 20 Fri (1), 19 Thu (2): the notice is due 19 Mar.
    assert_eq!(
        due(Term::WorkingDaysBefore(2), d(2026, 3, 26)),
        d(2026, 3, 19)
    );
    // 5 before: 20 (1), 19 (2), 18 (3), 17 (4), 16 Mon (5) — 16 Mar 2026 is
    // a working day: 15 March is Constitution Day only from 2027, so Sunday
    // 15 March 2026 gives no carry-over.
    assert_eq!(
        due(Term::WorkingDaysBefore(5), d(2026, 3, 26)),
        d(2026, 3, 16)
    );
    assert_eq!(
        off(Term::WorkingDaysBefore(2), d(2026, 3, 26)),
        [
            d(2026, 3, 21),
            d(2026, 3, 22),
            d(2026, 3, 23),
            d(2026, 3, 24),
            d(2026, 3, 25)
        ]
    );
}

#[test]
fn working_days_before_can_land_on_a_working_sunday() {
    // Reception Wed 8 Jan 2025: 7 Tue Christmas, 6 Mon (1), 5 Sun working (2).
    assert_eq!(
        due(Term::WorkingDaysBefore(2), d(2025, 1, 8)),
        d(2025, 1, 5)
    );
    // 5 before: 6 (1), 5 (2), 4 Sat, 3 transferred day off, 2–1 New Year,
    // 31 Dec 2024 Tue (3), 30 Mon (4), 29–28 weekend, 27 Fri (5).
    assert_eq!(
        due(Term::WorkingDaysBefore(5), d(2025, 1, 8)),
        d(2024, 12, 27)
    );
}

#[test]
fn working_days_before_a_monday_after_a_working_saturday() {
    // Mon 5 Mar 2018: 4 Sun, 3 Sat working (1), 2 Fri (2). Only Sunday is
    // passed over.
    assert_eq!(
        due(Term::WorkingDaysBefore(2), d(2018, 3, 5)),
        d(2018, 3, 2)
    );
    assert_eq!(
        off(Term::WorkingDaysBefore(2), d(2018, 3, 5)),
        [d(2018, 3, 4)]
    );
}

// ---- Errors: never a panic ----

#[test]
fn a_zero_term_is_an_error_for_every_kind() {
    let cal = cal();
    for term in [
        Term::WorkingDaysAfter(0),
        Term::CalendarDaysAfter(0),
        Term::MonthsAfter(0),
        Term::WorkingDaysBefore(0),
    ] {
        let err = term.due(&cal, d(2026, 3, 2), Citation::APPC_76_2);
        assert!(matches!(err, Err(TermError::ZeroCount { .. })), "{term:?}");
    }
}

#[test]
fn huge_counts_and_far_dates_are_typed_errors() {
    let cal = cal();
    let start = d(2026, 3, 2);
    let rule = Citation::APPC_76_2;
    let beyond = |r: Result<_, TermError>| {
        matches!(
            r,
            Err(TermError::Calendar(
                CalendarError::CountOutOfRange { .. } | CalendarError::DateOutOfRange { .. }
            ))
        )
    };
    assert!(beyond(
        Term::WorkingDaysAfter(u32::MAX).due(&cal, start, rule)
    ));
    assert!(beyond(
        Term::WorkingDaysBefore(u32::MAX).due(&cal, start, rule)
    ));
    assert!(beyond(
        Term::CalendarDaysAfter(10_000).due(&cal, start, rule)
    ));
    assert!(beyond(Term::MonthsAfter(200).due(&cal, start, rule)));
    assert!(matches!(
        Term::CalendarDaysAfter(u32::MAX).due(&cal, start, rule),
        Err(TermError::Overflow { .. })
    ));
    assert!(matches!(
        Term::MonthsAfter(u32::MAX).due(&cal, start, rule),
        Err(TermError::Overflow { .. })
    ));
    // Starts outside the calendar, even when the end would be inside it.
    assert!(beyond(Term::CalendarDaysAfter(5).due(
        &cal,
        d(2017, 12, 30),
        rule
    )));
    for term in [
        Term::WorkingDaysAfter(1),
        Term::CalendarDaysAfter(1),
        Term::MonthsAfter(1),
        Term::WorkingDaysBefore(1),
    ] {
        assert!(beyond(term.due(&cal, NaiveDate::MAX, rule)), "{term:?}");
        assert!(beyond(term.due(&cal, NaiveDate::MIN, rule)), "{term:?}");
    }
}

// ---- Explanations ----

#[test]
fn explanations_name_the_rule_and_the_reasons_in_three_languages() {
    let cal = cal();
    // Thu 9 Apr 2026 + 30 days = Sat 9 May, moved to Tue 12 May.
    let deadline = Term::CalendarDaysAfter(30)
        .due(&cal, d(2026, 4, 9), Citation::regulation(26))
        .expect("in range");
    let en = deadline.explain(&cal, Lang::En).expect("explained");
    assert!(en.starts_with("2026-05-12 (Tuesday): 30 calendar days after 2026-04-09"));
    assert!(en.contains("п. 26") && en.contains("APPC art. 76(5)"));
    assert!(en.contains("Victory Day"));
    let ru = deadline.explain(&cal, Lang::Ru).expect("explained");
    assert!(ru.starts_with("12.05.2026 (вторник): 30 календарных дней после 09.04.2026"));
    assert!(ru.contains("ст. 175 ГК"));
    let kk = deadline.explain(&cal, Lang::Kk).expect("explained");
    assert!(kk.starts_with("12.05.2026 (сейсенбі)"));
    assert!(kk.contains("күнтізбелік күн"));
}

// ---- п. 21, APPC art. 64(3): registration ----

#[test]
fn p21_saturday_before_nauryz_is_registered_on_thursday() {
    // Sat 21 Mar 2026 (Nauryz on a weekend), 22 Sun (Nauryz), 23 Mon Nauryz,
    // 24–25 carry-overs: registered Thu 26 Mar.
    let cal = cal();
    let reg = register(&cal, d(2026, 3, 21)).expect("in range");
    assert_eq!(reg.date, d(2026, 3, 26));
    assert!(reg.postponed());
    let waited: Vec<_> = reg
        .passed_over(&cal)
        .expect("trace")
        .map(|x| x.date)
        .collect();
    assert_eq!(
        waited,
        [
            d(2026, 3, 21),
            d(2026, 3, 22),
            d(2026, 3, 23),
            d(2026, 3, 24),
            d(2026, 3, 25)
        ]
    );
}

#[test]
fn p21_working_weekend_days_register_the_same_day() {
    let cal = cal();
    for day in [d(2018, 3, 3), d(2020, 1, 5), d(2025, 1, 5), d(2020, 5, 11)] {
        assert_eq!(register(&cal, day).expect("in range").date, day, "{day}");
    }
    // Sat 4 Jan 2020 waits for the working Sunday, 5 Jan.
    assert_eq!(
        register(&cal, d(2020, 1, 4)).expect("in range").date,
        d(2020, 1, 5)
    );
}

#[test]
fn p21_new_year_and_christmas_2026() {
    // Thu 1 Jan 2026 New Year, 2 Fri New Year, 3–4 weekend: Mon 5 Jan.
    assert_eq!(
        register(&cal(), d(2026, 1, 1)).expect("ok").date,
        d(2026, 1, 5)
    );
    // Wed 7 Jan 2026 Christmas: Thu 8 Jan.
    assert_eq!(
        register(&cal(), d(2026, 1, 7)).expect("ok").date,
        d(2026, 1, 8)
    );
}

#[test]
fn appc_64_3_after_the_working_day_registers_on_the_next_working_day() {
    let cal = cal();
    let ends = NaiveTime::from_hms_opt(18, 0, 0).expect("a time");
    let friday = d(2026, 3, 20);
    let at = |h, m, s| friday.and_hms_opt(h, m, s).expect("a time");
    // 17:59:59 is within the working day: Fri 20 Mar.
    assert_eq!(
        register_at(&cal, at(17, 59, 59), ends).expect("ok").date,
        friday
    );
    // 18:00 is the end of the working day: the next working day is Thu 26 Mar
    // (21–25 Mar are Nauryz and its carry-overs).
    let late = register_at(&cal, at(18, 0, 0), ends).expect("ok");
    assert!(late.after_hours);
    assert_eq!(late.date, d(2026, 3, 26));
    // After hours on a day off: the same as on the day off itself.
    let sat = d(2026, 3, 21).and_hms_opt(20, 0, 0).expect("a time");
    assert_eq!(
        register_at(&cal, sat, ends).expect("ok").date,
        d(2026, 3, 26)
    );
    // After hours on Tue 31 Dec 2019: 1–4 Jan are days off, Sun 5 Jan works.
    let eve = d(2019, 12, 31).and_hms_opt(19, 0, 0).expect("a time");
    assert_eq!(
        register_at(&cal, eve, ends).expect("ok").date,
        d(2020, 1, 5)
    );
}

#[test]
fn p21_registration_outside_the_calendar_is_an_error() {
    let cal = cal();
    assert!(register(&cal, d(2017, 12, 31)).is_err());
    // Mon 31 Dec 2035 is a working day, the last covered day.
    assert_eq!(
        register(&cal, d(2035, 12, 31)).expect("ok").date,
        d(2035, 12, 31)
    );
    let ends = NaiveTime::from_hms_opt(18, 0, 0).expect("a time");
    let last = d(2035, 12, 31).and_hms_opt(19, 0, 0).expect("a time");
    assert!(register_at(&cal, last, ends).is_err());
}

#[test]
fn appc_64_3_after_hours_on_a_day_off_is_explained_as_a_day_off() {
    // Sat 21 Mar 2026 at 20:00: there was no working day to end; the request
    // waits for Thu 26 Mar because the day is not a working day (п. 21).
    let cal = cal();
    let ends = NaiveTime::from_hms_opt(18, 0, 0).expect("a time");
    let sat = d(2026, 3, 21).and_hms_opt(20, 0, 0).expect("a time");
    let reg = register_at(&cal, sat, ends).expect("ok");
    let en = reg.explain(&cal, Lang::En).expect("explained");
    assert!(en.contains("not a working day"), "{en}");
    assert!(!en.contains("after the end of the working day"), "{en}");
    let ru = reg.explain(&cal, Lang::Ru).expect("explained");
    assert!(ru.contains("в нерабочий день"), "{ru}");
    // On a working day after hours the explanation says so.
    let fri = d(2026, 3, 20).and_hms_opt(19, 0, 0).expect("a time");
    let reg = register_at(&cal, fri, ends).expect("ok");
    let en = reg.explain(&cal, Lang::En).expect("explained");
    assert!(en.contains("after the end of the working day"), "{en}");
}
