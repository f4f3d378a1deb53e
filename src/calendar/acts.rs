//! The acts behind the calendar of each year, embedded as data: the first
//! day of Kurban ait as fixed by the Ministry of Labour with the Spiritual
//! Administration of Muslims (Labour Code art. 84(5)), and the transfers of
//! days off (Labour Code art. 85(3)): Government decrees until 2023, orders
//! of the Minister of Labour and Social Protection from 2024.
//!
//! Sources: `kz-calendar/README.md` §2–3 of the project's shared notes.

use chrono::NaiveDate;

use super::YearStatus;
use super::update::{ActRef, KurbanAit, Transfer, YearOrders};

/// The first year the calendar covers.
pub(crate) const FIRST_YEAR: i32 = 2018;
/// The last year whose calendar is official.
pub(crate) const LAST_OFFICIAL_YEAR: i32 = 2026;
/// The last year the calendar covers (projected from the law alone after 2027).
pub(crate) const LAST_YEAR: i32 = 2035;

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    // Every literal below is a real calendar date; `from_ymd_opt` returns
    // `None` only for impossible ones, and the unit test
    // `embedded_dates_are_real` checks each of them.
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

const DECREE_2017_864: &str = "Government decree of 2017 No. 864 (adilet P1700000864)";
const DECREE_2018_888: &str = "Government decree of 2018 No. 888 (adilet P1800000888)";
const DECREE_2019_820: &str = "Government decree of 2019 No. 820 (adilet P1900000820)";
const DECREE_2020_930: &str = "Government decree of 2020 No. 930 (adilet P2000000930)";
const DECREE_2021_713: &str = "Government decree of 6 October 2021 No. 713";
const DECREE_2022_796: &str =
    "Government decree of 2022 No. 796 amending decree No. 713 (adilet P2200000796)";
const DECREE_2023_326: &str = "Government decree of 25 April 2023 (adilet P2300000326)";
const ORDER_2024_109: &str =
    "Order of the Minister of Labour and Social Protection of April 2024 (adilet G24G0000109)";
const ORDER_2024_436: &str = "Order of the Minister of Labour and Social Protection of 21 November 2024 No. 436 (adilet G24G0000436)";
const KURBAN_SOURCE: &str = "Ministry of Labour and Social Protection with the Spiritual Administration of Muslims of Kazakhstan";

/// `(year, Kurban ait day 1, who fixed it)` for the years where it is fixed
/// (kz-calendar/README.md §3).
const KURBAN_AIT: [(i32, NaiveDate, &str); 9] = [
    (2018, date(2018, 8, 21), KURBAN_SOURCE),
    (2019, date(2019, 8, 11), KURBAN_SOURCE),
    (2020, date(2020, 7, 31), KURBAN_SOURCE),
    (2021, date(2021, 7, 20), KURBAN_SOURCE),
    (2022, date(2022, 7, 9), KURBAN_SOURCE),
    (2023, date(2023, 6, 28), KURBAN_SOURCE),
    (
        2024,
        date(2024, 6, 16),
        "Spiritual Administration of Muslims of Kazakhstan, 7 June 2024; the Ministry of \
         Labour and Social Protection confirmed 17 June a working day (the production \
         calendar had first said 17 June)",
    ),
    (
        2025,
        date(2025, 6, 6),
        "Ministry of Labour and Social Protection (no carry-over: not a state holiday)",
    ),
    (
        2026,
        date(2026, 5, 27),
        "Spiritual Administration of Muslims of Kazakhstan calendar and the 2026 production \
         calendar of the Ministry of Labour and Social Protection",
    ),
];

/// How the dates of [`KURBAN_AIT_ESTIMATES`] were estimated
/// (`kz-calendar/kurban_ait_estimates.json`): the tables that give exactly
/// the dates Kazakhstan fixed for 2018–2026; a fixed date may differ by a
/// day, when the moon is sighted a day late.
const KURBAN_ESTIMATE_SOURCE: &str =
    "tabular Hijri calendar (Diyanet, Umm al-Qura) as in python-holidays 0.108";

/// `(year, estimated Kurban ait day 1)` for the years whose date is not
/// fixed yet ([`rules`](crate::rules) §1, `kz-calendar/kurban_ait_estimates.json`).
/// 2027-05-16, 2030-04-13 and 2035-02-18 fall on a weekend and 2032-03-22
/// on Nauryz: they change no working day (no carry-over, art. 84(5)).
const KURBAN_AIT_ESTIMATES: [(i32, NaiveDate); 9] = [
    (2027, date(2027, 5, 16)),
    (2028, date(2028, 5, 5)),
    (2029, date(2029, 4, 24)),
    (2030, date(2030, 4, 13)),
    (2031, date(2031, 4, 2)),
    (2032, date(2032, 3, 22)),
    (2033, date(2033, 3, 11)),
    (2034, date(2034, 3, 1)),
    (2035, date(2035, 2, 18)),
];

/// `(former day off that becomes working, new day off, act)`.
const TRANSFERS: [(NaiveDate, NaiveDate, &str); 16] = [
    (date(2018, 3, 3), date(2018, 3, 9), DECREE_2017_864),
    (date(2018, 4, 28), date(2018, 4, 30), DECREE_2017_864),
    (date(2018, 5, 5), date(2018, 5, 8), DECREE_2017_864),
    (date(2018, 8, 25), date(2018, 8, 31), DECREE_2017_864),
    (date(2018, 12, 29), date(2018, 12, 31), DECREE_2017_864),
    (date(2019, 5, 4), date(2019, 5, 10), DECREE_2018_888),
    (date(2020, 1, 5), date(2020, 1, 3), DECREE_2019_820),
    // 11 May 2020 was the carry-over of Victory Day (Sat 9 May); the decree
    // moved that day off to Friday 8 May, so 11 May is a working Monday.
    (date(2020, 5, 11), date(2020, 5, 8), DECREE_2019_820),
    (date(2020, 12, 20), date(2020, 12, 18), DECREE_2019_820),
    (date(2021, 7, 3), date(2021, 7, 5), DECREE_2020_930),
    (date(2022, 3, 5), date(2022, 3, 7), DECREE_2021_713),
    (date(2022, 8, 27), date(2022, 8, 29), DECREE_2021_713),
    (date(2022, 10, 22), date(2022, 10, 24), DECREE_2022_796),
    (date(2023, 7, 1), date(2023, 7, 7), DECREE_2023_326),
    (date(2024, 5, 4), date(2024, 5, 8), ORDER_2024_109),
    (date(2025, 1, 5), date(2025, 1, 3), ORDER_2024_436),
];

/// The status of `year` before any update: official to 2026, provisional in
/// 2027 (no transfer order, Kurban ait estimated), projected after.
pub(crate) const fn builtin_status(year: i32) -> YearStatus {
    if year <= LAST_OFFICIAL_YEAR {
        YearStatus::Official
    } else if year == LAST_OFFICIAL_YEAR + 1 {
        YearStatus::Provisional
    } else {
        YearStatus::Projected
    }
}

/// The embedded orders of every covered year, in year order.
pub(crate) fn builtin_orders() -> Vec<YearOrders> {
    (FIRST_YEAR..=LAST_YEAR)
        .map(|year| YearOrders {
            version: YearOrders::VERSION,
            year,
            status: Some(builtin_status(year)),
            kurban_ait: KURBAN_AIT
                .iter()
                .find(|(y, _, _)| *y == year)
                .map(|&(_, date, source)| KurbanAit::fixed(date, ActRef::from_static(source)))
                .or_else(|| {
                    KURBAN_AIT_ESTIMATES
                        .iter()
                        .find(|(y, _)| *y == year)
                        .map(|&(_, date)| {
                            KurbanAit::estimated(date, ActRef::from_static(KURBAN_ESTIMATE_SOURCE))
                        })
                }),
            transfers: TRANSFERS
                .iter()
                .filter(|(from, _, _)| chrono::Datelike::year(from) == year)
                .map(|&(from, to, act)| Transfer {
                    from,
                    to,
                    act: ActRef::from_static(act),
                })
                .collect(),
            extra_days_off: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dates_are_real() {
        for (_, d, _) in KURBAN_AIT {
            assert_ne!(d, NaiveDate::MIN);
        }
        for (y, d) in KURBAN_AIT_ESTIMATES {
            assert_eq!(chrono::Datelike::year(&d), y);
        }
        for (from, to, _) in TRANSFERS {
            assert_ne!(from, NaiveDate::MIN);
            assert_ne!(to, NaiveDate::MIN);
        }
    }
}
