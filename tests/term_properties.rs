//! Property tests of the regulation's invariants (RULES.md §2–3). The oracle
//! is the calendar's day-by-day listing (`days_between`), not its rank
//! tables, so the O(1) arithmetic is checked against a plain count.

use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use kz_appeals::calendar::Calendar;
use kz_appeals::law::Citation;
use kz_appeals::registration::register;
use kz_appeals::schedule::{Facts, Schedule};
use kz_appeals::term::Term;
use proptest::prelude::*;

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::kazakhstan)
}

/// A date from 2018-01-01 to 2035-06-30, so that every term below ends
/// inside the calendar.
fn date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2018, 1, 1).expect("a date");
    (0u64..6390).prop_map(move |n| first + Days::new(n))
}

/// Working days in `[from, to]`, counted one day at a time.
fn working_in(from: NaiveDate, to: NaiveDate) -> usize {
    cal()
        .days_between(from, to)
        .expect("in range")
        .filter(|day| day.is_working())
        .count()
}

fn is_working(date: NaiveDate) -> bool {
    cal().is_working_day(date).expect("in range").value
}

fn due(term: Term, from: NaiveDate) -> NaiveDate {
    term.due(cal(), from, Citation::APPC_76_2)
        .expect("a term inside the calendar")
        .date
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// APPC art. 76(2): the deadline is a working day, and exactly N working
    /// days lie in (start, deadline].
    #[test]
    fn working_days_after_end_on_the_nth_working_day(start in date(), n in 1u32..=60) {
        let end = due(Term::WorkingDaysAfter(n), start);
        prop_assert!(is_working(end));
        prop_assert!(end > start);
        let first = start.succ_opt().expect("a date");
        prop_assert_eq!(working_in(first, end), n as usize);
    }

    /// "Not later than N working days before": the deadline is a working day
    /// and exactly N working days lie in [deadline, event).
    #[test]
    fn working_days_before_leave_n_working_days(event in date(), n in 1u32..=10) {
        prop_assume!(event >= NaiveDate::from_ymd_opt(2018, 2, 1).expect("a date"));
        let end = due(Term::WorkingDaysBefore(n), event);
        prop_assert!(is_working(end));
        prop_assert!(end < event);
        let last = event.pred_opt().expect("a date");
        prop_assert_eq!(working_in(end, last), n as usize);
    }

    /// APPC art. 76(5), Civil Code art. 175: never before start + N days,
    /// a working day, and never past the first working day on or after it.
    #[test]
    fn calendar_days_end_on_the_first_working_day_from_the_nominal_end(start in date(), n in 1u32..=90) {
        let nominal = start + Days::new(u64::from(n));
        let end = due(Term::CalendarDaysAfter(n), start);
        prop_assert!(end >= nominal);
        prop_assert!(is_working(end));
        let pred = end.pred_opt().expect("a date");
        prop_assert!(end == nominal || working_in(nominal, pred) == 0);
    }

    /// Civil Code art. 174(3): the nominal end is the same day of the month
    /// or the month's last day; the end is the first working day from it.
    #[test]
    fn months_end_on_the_same_day_or_the_last_day_of_the_month(start in date(), n in 1u32..=3) {
        use chrono::Datelike;
        let deadline = Term::MonthsAfter(n).due(cal(), start, Citation::APPC_76_3).expect("in range");
        let nominal = deadline.nominal_end();
        let months = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        prop_assert_eq!(months(nominal) - months(start), n as i32);
        let last_of_month = nominal.succ_opt().expect("a date").day() == 1;
        prop_assert!(nominal.day() == start.day() || (last_of_month && nominal.day() < start.day()));
        prop_assert!(is_working(deadline.date));
        let pred = deadline.date.pred_opt().expect("a date");
        prop_assert!(deadline.date == nominal || working_in(nominal, pred) == 0);
    }

    /// п. 21: registration is the first working day on or after the
    /// arrival, and registering twice changes nothing.
    #[test]
    fn registering_twice_changes_nothing(arrived in date()) {
        let reg = register(cal(), arrived).expect("in range");
        prop_assert!(is_working(reg.date));
        prop_assert!(reg.date >= arrived);
        let pred = reg.date.pred_opt().expect("a date");
        prop_assert!(reg.date == arrived || working_in(arrived, pred) == 0);
        prop_assert_eq!(register(cal(), reg.date).expect("in range").date, reg.date);
    }

    /// A later arrival never gives an earlier deadline.
    #[test]
    fn a_later_arrival_never_gives_an_earlier_deadline(a in date(), b in date()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        let schedule = |arrived| {
            let reg = register(cal(), arrived).expect("in range");
            Schedule::compute(cal(), &Facts::registered_on(reg.date)).expect("consistent")
        };
        let (s1, s2) = (schedule(early), schedule(late));
        prop_assert!(s1.registered <= s2.registered);
        prop_assert!(s1.response.date <= s2.response.date);
        prop_assert!(s1.extension_30_days.date <= s2.extension_30_days.date);
    }

    /// Every deadline of a full schedule that ends a term is a working day,
    /// and the trace lists only days that are not working days.
    #[test]
    fn every_deadline_of_a_schedule_is_a_working_day(
        arrived in date(),
        ext in 0u32..15,
        reception in 6u32..60,
    ) {
        let reg = register(cal(), arrived).expect("in range").date;
        let decided = due(Term::WorkingDaysAfter(ext + 1), reg);
        let on = due(Term::WorkingDaysAfter(reception), reg);
        let refusal = due(Term::WorkingDaysBefore(1), on);
        let facts = Facts::registered_on(reg)
            .with_extension(decided)
            .with_reception(on)
            .with_refusal(refusal)
            .with_correction_until(on);
        let s = Schedule::compute(cal(), &facts).expect("consistent");
        // Response, 30 days, both readings of the two months (п. 26), the
        // extension notice, briefing, date notice (b), absence notice, hearing
        // notice, objection, return.
        prop_assert_eq!(s.deadlines().count(), 11);
        for (kind, deadline) in s.deadlines() {
            prop_assert!(is_working(deadline.date), "{:?} on {}", kind, deadline.date);
            for day in deadline.passed_over(cal()).expect("trace") {
                prop_assert!(!day.is_working());
            }
        }
    }
}
