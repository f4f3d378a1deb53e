//! The holidays of the Law on holidays and the religious days off of the
//! Labour Code, with the list in force in each year.

use chrono::NaiveDate;

use crate::lang::{Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A day off named by law: a national or state holiday (Law on holidays
/// arts. 2–3) or a religious day off (Labour Code art. 84(5)).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, calendar::Holiday};
/// assert_eq!(Holiday::Nauryz.name(Lang::Kk), "Наурыз мейрамы");
/// assert_eq!(Holiday::RepublicDay.name(Lang::Kk), "Қазақстан Республикасы күні");
/// assert!(Holiday::VictoryDay.carries_over());
/// assert!(!Holiday::KurbanAit.carries_over()); // Labour Code art. 84(5)
/// assert_eq!(Holiday::KurbanAit.citation(2026).to_string(), "Labour Code art. 84(5)");
/// // One machine name: Display, FromStr and serde agree.
/// assert_eq!(Holiday::RepublicDay.to_string(), "republic_day");
/// assert_eq!("kurban_ait".parse::<Holiday>()?, Holiday::KurbanAit);
/// # Ok::<(), kz_appeals::UnknownName>(())
/// ```
///
/// Non-exhaustive: the Law on holidays is amended from time to time (2022,
/// 2026), and a new holiday becomes a new variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Holiday {
    /// New Year, 1–2 January (Law on holidays art. 3).
    NewYear,
    /// Orthodox Christmas, 7 January (Labour Code art. 84(5)); never carried over.
    OrthodoxChristmas,
    /// International Women's Day, 8 March (art. 3).
    InternationalWomensDay,
    /// Nauryz, 21–23 March (art. 3).
    Nauryz,
    /// Constitution Day: 30 August until 2025, none in 2026, 15 March from 2027 (art. 3).
    ConstitutionDay,
    /// Kazakhstan People's Unity Day, 1 May (art. 3).
    UnityDay,
    /// Defender of the Fatherland Day, 7 May (art. 3).
    DefenderOfTheFatherlandDay,
    /// Victory Day, 9 May (art. 3).
    VictoryDay,
    /// Capital Day, 6 July (art. 3).
    CapitalDay,
    /// The first day of Kurban ait, fixed each year (Labour Code art. 84(5)); never carried over.
    KurbanAit,
    /// Republic Day, 25 October, a national holiday from 2022 (art. 2).
    RepublicDay,
    /// First President Day, 1 December, until 2021 (art. 3).
    FirstPresidentDay,
    /// Independence Day: 16–17 December until 2021, 16 December from 2022 (arts. 2–3).
    IndependenceDay,
}

impl Holiday {
    /// Every day off named by law (Law on holidays arts. 2–3, Labour Code
    /// art. 84(5)), whether or not in force in a given year.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::Holiday;
    /// // Two of them are religious days off that never carry over.
    /// assert_eq!(Holiday::ALL.iter().filter(|h| !h.carries_over()).count(), 2);
    /// ```
    pub const ALL: [Holiday; 13] = [
        Holiday::NewYear,
        Holiday::OrthodoxChristmas,
        Holiday::InternationalWomensDay,
        Holiday::Nauryz,
        Holiday::ConstitutionDay,
        Holiday::UnityDay,
        Holiday::DefenderOfTheFatherlandDay,
        Holiday::VictoryDay,
        Holiday::CapitalDay,
        Holiday::KurbanAit,
        Holiday::RepublicDay,
        Holiday::FirstPresidentDay,
        Holiday::IndependenceDay,
    ];

    /// Whether a fall on a Saturday or Sunday gives the next working day off
    /// (Law on holidays art. 5). The religious days off of Labour Code
    /// art. 84(5) are not holidays under the Law and never carry over.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // Victory Day on Sat 9 May 2026 gives Mon 11 May off (Law on holidays art. 5).
    /// assert!(Holiday::VictoryDay.carries_over());
    /// assert!(!cal.is_working_day(d(2026, 5, 11))?.value);
    /// // Orthodox Christmas on Sat 7 January 2023 gives nothing: Mon 9 January works.
    /// assert!(!Holiday::OrthodoxChristmas.carries_over());
    /// assert!(cal.is_working_day(d(2023, 1, 9))?.value);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn carries_over(self) -> bool {
        !matches!(self, Holiday::OrthodoxChristmas | Holiday::KurbanAit)
    }

    /// The article that makes this day a day off in `year`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{calendar::Holiday, law::Citation};
    /// assert_eq!(Holiday::Nauryz.citation(2026), Citation::HOLIDAYS_3);
    /// assert_eq!(Holiday::RepublicDay.citation(2026), Citation::HOLIDAYS_2);
    /// assert_eq!(Holiday::OrthodoxChristmas.citation(2026), Citation::LABOUR_84_5);
    /// ```
    #[must_use]
    pub const fn citation(self, year: i32) -> Citation {
        match self {
            Holiday::OrthodoxChristmas | Holiday::KurbanAit => Citation::LABOUR_84_5,
            Holiday::RepublicDay => Citation::HOLIDAYS_2,
            Holiday::IndependenceDay if year <= 2021 => Citation::HOLIDAYS_2,
            _ => Citation::HOLIDAYS_3,
        }
    }
}

crate::lang::machine_names!(Holiday, "holiday", {
    Holiday::NewYear => "new_year",
    Holiday::OrthodoxChristmas => "orthodox_christmas",
    Holiday::InternationalWomensDay => "international_womens_day",
    Holiday::Nauryz => "nauryz",
    Holiday::ConstitutionDay => "constitution_day",
    Holiday::UnityDay => "unity_day",
    Holiday::DefenderOfTheFatherlandDay => "defender_of_the_fatherland_day",
    Holiday::VictoryDay => "victory_day",
    Holiday::CapitalDay => "capital_day",
    Holiday::KurbanAit => "kurban_ait",
    Holiday::RepublicDay => "republic_day",
    Holiday::FirstPresidentDay => "first_president_day",
    Holiday::IndependenceDay => "independence_day",
});

impl Named for Holiday {
    fn names(&self) -> Names {
        match self {
            Holiday::NewYear => Names::new("Жаңа жыл", "Новый год", "New Year"),
            Holiday::OrthodoxChristmas => Names::new(
                "Православиелік Рождество",
                "Православное Рождество",
                "Orthodox Christmas",
            ),
            Holiday::InternationalWomensDay => Names::new(
                "Халықаралық әйелдер күні",
                "Международный женский день",
                "International Women's Day",
            ),
            Holiday::Nauryz => Names::new("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
            Holiday::ConstitutionDay => Names::new(
                "Қазақстан Республикасының Конституциясы күні",
                "День Конституции Республики Казахстан",
                "Constitution Day",
            ),
            Holiday::UnityDay => Names::new(
                "Қазақстан халқының бірлігі мерекесі",
                "Праздник единства народа Казахстана",
                "Kazakhstan People's Unity Day",
            ),
            Holiday::DefenderOfTheFatherlandDay => Names::new(
                "Отан Қорғаушы күні",
                "День защитника Отечества",
                "Defender of the Fatherland Day",
            ),
            Holiday::VictoryDay => Names::new("Жеңіс күні", "День Победы", "Victory Day"),
            Holiday::CapitalDay => Names::new("Астана күні", "День Столицы", "Capital Day"),
            Holiday::KurbanAit => Names::new(
                "Құрбан айттың бірінші күні",
                "Первый день Курбан айта",
                "Kurban Ait, day 1",
            ),
            Holiday::RepublicDay => {
                // The name in the Law since 2026 (RULES.md §4).
                Names::new(
                    "Қазақстан Республикасы күні",
                    "День Республики",
                    "Republic Day",
                )
            }
            Holiday::FirstPresidentDay => Names::new(
                "Қазақстан Республикасының Тұңғыш Президенті күні",
                "День Первого Президента Республики Казахстан",
                "First President Day",
            ),
            Holiday::IndependenceDay => {
                Names::new("Тәуелсіздік күні", "День Независимости", "Independence Day")
            }
        }
    }
}

/// The fixed-date days off in force in `year`, in date order: the holidays
/// of the Law on holidays as amended (the Law of 29.09.2022 from 2022, the
/// Constitution of 2026 from 2026) and 7 January (Labour Code art. 84(5)).
/// The first day of Kurban ait has no fixed date and is not included.
pub(crate) fn fixed_days_off(year: i32) -> impl Iterator<Item = (NaiveDate, Holiday)> {
    use Holiday::*;
    let until_2021 = year <= 2021;
    let list: [(u32, u32, Holiday, bool); 17] = [
        (1, 1, NewYear, true),
        (1, 2, NewYear, true),
        (1, 7, OrthodoxChristmas, true),
        (3, 8, InternationalWomensDay, true),
        (3, 15, ConstitutionDay, year >= 2027),
        (3, 21, Nauryz, true),
        (3, 22, Nauryz, true),
        (3, 23, Nauryz, true),
        (5, 1, UnityDay, true),
        (5, 7, DefenderOfTheFatherlandDay, true),
        (5, 9, VictoryDay, true),
        (7, 6, CapitalDay, true),
        (8, 30, ConstitutionDay, year <= 2025),
        (10, 25, RepublicDay, year >= 2022),
        (12, 1, FirstPresidentDay, until_2021),
        (12, 16, IndependenceDay, true),
        (12, 17, IndependenceDay, until_2021),
    ];
    list.into_iter()
        .filter(|&(_, _, _, in_force)| in_force)
        .filter_map(move |(m, d, h, _)| NaiveDate::from_ymd_opt(year, m, d).map(|date| (date, h)))
}
