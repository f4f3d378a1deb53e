//! The `proptest` feature's strategies generate what they promise.
#![cfg(feature = "proptest")]

use chrono::Datelike;
use kz_appeals::calendar::Calendar;
use kz_appeals::strategy;
use kz_appeals::{Bin, Iin};
use proptest::prelude::*;
use std::sync::LazyLock;

static CAL: LazyLock<Calendar> = LazyLock::new(Calendar::kazakhstan);

proptest! {
    #[test]
    fn iins_parse_back_and_keep_their_birth_date(iin in any::<Iin>()) {
        let text = iin.to_string();
        prop_assert_eq!(text.parse::<Iin>().unwrap(), iin);
        let born = iin.birth_date();
        prop_assert_eq!(&text[..2], format!("{:02}", born.year() % 100));
    }

    #[test]
    fn bins_parse_back(bin in any::<Bin>()) {
        prop_assert_eq!(bin.to_string().parse::<Bin>().unwrap(), bin);
    }

    #[test]
    fn working_days_are_working_and_in_range(day in strategy::working_day(&CAL, 2025..=2026)) {
        prop_assert!(CAL.is_working_day(day).unwrap().value);
        prop_assert!((2025..=2026).contains(&day.year()));
    }

    /// The last working day of 2022 is Friday 30 December (Sat 31 December
    /// is a plain weekend): a date drawn on 31 December has no working day
    /// in 2022 after it, and must not become Wednesday 4 January 2023 (1–2
    /// January holidays, 3 January the carry-over of 1 January, a Sunday).
    #[test]
    fn working_days_stay_in_the_one_year_asked(day in strategy::working_day(&CAL, 2022..=2022)) {
        prop_assert_eq!(day.year(), 2022);
        prop_assert!(CAL.is_working_day(day).unwrap().value);
    }

    #[test]
    fn covered_dates_at_the_far_end(day in strategy::covered_date(&CAL, 2030..=2099)) {
        // 2036–2099 are not covered: cut to 2030–2035.
        prop_assert!((2030..=2035).contains(&day.year()));
    }

    #[test]
    fn covered_dates_respect_the_years(day in strategy::covered_date(&CAL, 2010..=2019)) {
        // 2010–2017 are not covered: cut to 2018–2019.
        prop_assert!((2018..=2019).contains(&day.year()));
    }
}

/// Years none of which the calendar covers give no dates at all: the
/// runner fails (every case rejected, with the strategy's reason) instead
/// of testing 2018-01-01 or an uncovered 2036-01-01.
#[test]
fn years_outside_coverage_generate_nothing() {
    use proptest::test_runner::TestRunner;
    for years in [2000..=2017, 2036..=2040] {
        let mut runner = TestRunner::default();
        let result = runner.run(&strategy::covered_date(&CAL, years.clone()), |_| Ok(()));
        let err = result.expect_err("no covered year");
        assert!(err.to_string().contains("rejects"), "{years:?}: {err}");
        let mut runner = TestRunner::default();
        assert!(
            runner
                .run(&strategy::working_day(&CAL, years.clone()), |_| Ok(()))
                .is_err()
        );
    }
}
