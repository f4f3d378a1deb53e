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
        prop_assert!((2025..=2027).contains(&day.year()));
    }

    #[test]
    fn covered_dates_respect_the_years(day in strategy::covered_date(&CAL, 2010..=2019)) {
        // 2010–2017 are not covered: cut to 2018–2019.
        prop_assert!((2018..=2019).contains(&day.year()));
    }
}
