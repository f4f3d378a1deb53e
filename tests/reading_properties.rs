//! Property tests of the readings (RULES.md §2a) and of the descriptive
//! schedule: the safe date of an ambiguous rule is never after any of its
//! readings' dates; an act on or before its deadline is never a violation;
//! every violation's due date is before its act.

mod support;
use support::Judged as _;

use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use kz_appeals::calendar::Calendar;
use kz_appeals::law::Citation;
use kz_appeals::reading::{DateNotice, Policy, TwoMonths};
use kz_appeals::registration::register;
use kz_appeals::schedule::{Facts, Schedule};
use proptest::prelude::*;

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::kazakhstan)
}

/// A working day from 2018 to mid-2035, far enough from the calendar's end
/// for every term below.
fn registered() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2018, 1, 1).expect("a date");
    (0u64..6300).prop_map(move |n| {
        register(cal(), first + Days::new(n))
            .expect("inside the calendar")
            .date
    })
}

fn working_days_after(from: NaiveDate, n: u32) -> NaiveDate {
    cal()
        .add_working_days(from, n)
        .expect("inside the calendar")
        .value
}

fn policy() -> impl Strategy<Value = Policy> {
    (any::<bool>(), any::<bool>()).prop_map(|(a, b)| {
        Policy::default()
            .with_date_notice(if a {
                DateNotice::AfterAnswer
            } else {
                DateNotice::BeforeReception
            })
            .with_two_months(if b {
                TwoMonths::FromDecision
            } else {
                TwoMonths::FromRegistration
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// RULES.md §2a: the safe date of п. 25 and of п. 26 is one of its
    /// readings' dates and never after any of them.
    #[test]
    fn the_safe_date_is_never_after_any_reading(
        reg in registered(),
        answer in 1u32..20,
        reception in 6u32..40,
        extension in 1u32..15,
        policy in policy(),
    ) {
        let facts = Facts::registered_on(reg)
            .with_answer(working_days_after(reg, answer))
            .with_reception(working_days_after(reg, reception))
            .with_extension(working_days_after(reg, extension));
        let s = Schedule::compute_with(cal(), &facts, policy).expect("a schedule");
        for rule in [Citation::regulation(25), Citation::regulation(26)] {
            let dates: Vec<NaiveDate> = s.readings(rule).map(|(_, d)| d.date).collect();
            prop_assert_eq!(dates.len(), 2, "{}", rule);
            let safe = s.safe_date(rule).expect("both readings known");
            prop_assert!(dates.contains(&safe));
            for date in dates {
                prop_assert!(safe <= date, "{}: safe {} after {}", rule, safe, date);
            }
        }
    }

    /// Late is a violation: every violation's due date is before its act,
    /// and an answer is a violation of APPC art. 76 exactly when it comes
    /// after the 15 working days of п. 25 (no extension here).
    #[test]
    fn violations_are_after_their_due_date(
        reg in registered(),
        answer in 1u32..60,
        notice in 0u32..10,
        policy in policy(),
    ) {
        let answered = working_days_after(reg, answer);
        let facts = Facts::registered_on(reg)
            .with_answer(answered)
            .with_date_notice_sent(working_days_after(answered, notice + 1));
        let s = Schedule::compute_with(cal(), &facts, policy).expect("a schedule");
        for v in s.violations(cal()).expect("inside the calendar") {
            let on = v.on.expect("an act");
            prop_assert!(v.due < on);
            prop_assert!(v.late_by_working_days >= 1);
        }
        // 15 working days (п. 25): on or before them, no violation of the answer.
        let late = s.violations(cal()).expect("inside the calendar")
            .iter().any(|v| v.rule == Citation::APPC_76);
        prop_assert_eq!(late, answer > 15);
    }
}
