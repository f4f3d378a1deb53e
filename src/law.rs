//! Legal citations: the paragraph of the regulation or the article of the act
//! that a rule applies, as data.
//!
//! Every value the crate computes from a rule carries the [`Citation`] of that
//! rule, so a case-management system can show it beside the date, and a
//! reviewer can go from a paragraph to its code and back.

use std::fmt;

use crate::lang::{Lang, Named, Names};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// An act the crate applies. See [`rules`](crate::rules), "Acts referred to".
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, law::{Act, Citation}};
/// assert_eq!(Act::LabourCode.name(Lang::Ru), "Трудовой кодекс");
/// assert_eq!(Citation::LABOUR_85_3.act, Act::LabourCode);
/// // Its machine name, as in JSON: `Display` and `FromStr`.
/// assert_eq!(Act::LabourCode.to_string(), "labour_code");
/// assert_eq!("appc".parse::<Act>(), Ok(Act::Appc));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Act {
    /// The regulation: постановление акимата Алматинской области от 21.04.2025 № 105.
    Regulation,
    /// Административный процедурно-процессуальный кодекс РК от 29.06.2020 № 350-VI.
    Appc,
    /// Гражданский кодекс РК (Общая часть) от 27.12.1994, ch. 6 "Исчисление сроков".
    CivilCode,
    /// Закон РК "О праздниках в Республике Казахстан" от 13.12.2001 № 267-II.
    LawOnHolidays,
    /// Трудовой кодекс РК от 23.11.2015 № 414-V.
    LabourCode,
    /// Закон РК "О ветеранах" от 06.05.2020 № 322-VI.
    LawOnVeterans,
    /// Закон РК "О государственных наградах" от 12.12.1995 № 2676.
    LawOnStateAwards,
}

crate::lang::machine_names!(Act, "act", {
    Act::Regulation => "regulation",
    Act::Appc => "appc",
    Act::CivilCode => "civil_code",
    Act::LawOnHolidays => "law_on_holidays",
    Act::LabourCode => "labour_code",
    Act::LawOnVeterans => "law_on_veterans",
    Act::LawOnStateAwards => "law_on_state_awards",
});

impl Named for Act {
    fn names(&self) -> Names {
        match self {
            Act::Regulation => Names::new("Регламент", "Регламент", "Regulation"),
            Act::Appc => Names::new("ӘРПК", "АППК", "APPC"),
            Act::CivilCode => Names::new("АК", "ГК", "Civil Code"),
            Act::LawOnHolidays => Names::new(
                "«Мерекелер туралы» Заң",
                "Закон «О праздниках»",
                "Law on holidays",
            ),
            Act::LabourCode => Names::new("Еңбек кодексі", "Трудовой кодекс", "Labour Code"),
            Act::LawOnVeterans => Names::new(
                "«Ардагерлер туралы» Заң",
                "Закон «О ветеранах»",
                "Law on veterans",
            ),
            Act::LawOnStateAwards => Names::new(
                "«Мемлекеттік наградалар туралы» Заң",
                "Закон «О государственных наградах»",
                "Law on state awards",
            ),
        }
    }
}

/// A citation: a paragraph (п.) of the regulation, or an article of an act,
/// with its paragraph and sub-paragraph where the rule is that precise.
///
/// For [`Act::Regulation`] `number` is the paragraph (пункт) and `part` the
/// sub-paragraph (подпункт); for the codes and laws `number` is the article
/// (статья) and `part` its division: a part (часть) of an APPC article, a
/// point (пункт) of the others'.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, law::Citation};
/// assert_eq!(Citation::regulation(25).to_string(), "п. 25");
/// assert_eq!(Citation::regulation_sub(15, 2).to_string(), "п. 15(2)");
/// assert_eq!(Citation::APPC_76_2.to_string(), "APPC art. 76(2)");
/// assert_eq!(Citation::APPC_76_2.render(Lang::Ru), "ч. 2 ст. 76 АППК");
/// assert_eq!(Citation::APPC_76_2.render(Lang::Kk), "ӘРПК 76-бабының 2-бөлігі");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Citation {
    /// The act.
    pub act: Act,
    /// Paragraph of the regulation, or article of another act.
    pub number: u16,
    /// Sub-paragraph of the regulation's paragraph, or paragraph of the article.
    #[cfg_attr(feature = "serde", serde(default))]
    pub part: Option<u16>,
}

impl Citation {
    /// Paragraph `n` of the regulation (п. N).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::law::{Act, Citation};
    /// let c = Citation::regulation(22);
    /// assert_eq!((c.act, c.number, c.part), (Act::Regulation, 22, None));
    /// assert_eq!(c.to_string(), "п. 22");
    /// ```
    #[must_use]
    pub const fn regulation(n: u16) -> Self {
        Citation {
            act: Act::Regulation,
            number: n,
            part: None,
        }
    }
    /// Sub-paragraph `sub` of paragraph `n` of the regulation (п. N подп. M).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, law::Citation};
    /// assert_eq!(Citation::regulation_sub(15, 4).render(Lang::Ru), "подп. 4) п. 15 Регламента");
    /// ```
    #[must_use]
    pub const fn regulation_sub(n: u16, sub: u16) -> Self {
        Citation {
            act: Act::Regulation,
            number: n,
            part: Some(sub),
        }
    }
    /// Article `article` (and paragraph `part`, if any) of `act`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::law::{Act, Citation};
    /// assert_eq!(Citation::article(Act::Appc, 64, Some(7)), Citation::APPC_64_7);
    /// assert_eq!(Citation::article(Act::LawOnHolidays, 5, None).to_string(), "Law on holidays art. 5");
    /// ```
    #[must_use]
    pub const fn article(act: Act, article: u16, part: Option<u16>) -> Self {
        Citation {
            act,
            number: article,
            part,
        }
    }

    /// APPC art. 63: the requirements of an appeal.
    pub const APPC_63: Citation = Citation::article(Act::Appc, 63, None);
    /// APPC art. 64(3): registration of an appeal arriving after working hours or on a day off.
    pub const APPC_64_3: Citation = Citation::article(Act::Appc, 64, Some(3));
    /// APPC art. 64(7): return of an appeal not corrected in time.
    pub const APPC_64_7: Citation = Citation::article(Act::Appc, 64, Some(7));
    /// APPC art. 73: the hearing (заслушивание).
    pub const APPC_73: Citation = Citation::article(Act::Appc, 73, None);
    /// APPC art. 65: a request outside the body's competence is forwarded
    /// to the competent body within 3 working days, the applicant told.
    pub const APPC_65: Citation = Citation::article(Act::Appc, 65, None);
    /// APPC art. 76: the terms of considering a request (its violation).
    pub const APPC_76: Citation = Citation::article(Act::Appc, 76, None);
    /// APPC art. 91(2): no answer within the term is deemed a refusal.
    pub const APPC_91_2: Citation = Citation::article(Act::Appc, 91, Some(2));
    /// APPC art. 76(2): a term starts the day after its event.
    pub const APPC_76_2: Citation = Citation::article(Act::Appc, 76, Some(2));
    /// APPC art. 76(3): extension of the term, at most two months.
    pub const APPC_76_3: Citation = Citation::article(Act::Appc, 76, Some(3));
    /// APPC art. 76(5): a term ending on a day off ends on the next working day.
    pub const APPC_76_5: Citation = Citation::article(Act::Appc, 76, Some(5));
    /// Civil Code art. 173: the start of a term.
    pub const CIVIL_173: Citation = Citation::article(Act::CivilCode, 173, None);
    /// Civil Code art. 174(3): the end of a term counted in months.
    pub const CIVIL_174_3: Citation = Citation::article(Act::CivilCode, 174, Some(3));
    /// Civil Code art. 175: the end of a term on a non-working day.
    pub const CIVIL_175: Citation = Citation::article(Act::CivilCode, 175, None);
    /// Civil Code art. 176(1): an act may be done until midnight of the
    /// last day of its term; the term expires at the end of that day.
    pub const CIVIL_176_1: Citation = Citation::article(Act::CivilCode, 176, Some(1));
    /// Law on holidays arts. 2–3: the holidays.
    pub const HOLIDAYS_3: Citation = Citation::article(Act::LawOnHolidays, 3, None);
    /// Law on holidays art. 2: national holidays.
    pub const HOLIDAYS_2: Citation = Citation::article(Act::LawOnHolidays, 2, None);
    /// Law on holidays art. 5: carry-over of a holiday falling on a day off.
    pub const HOLIDAYS_5: Citation = Citation::article(Act::LawOnHolidays, 5, None);
    /// Labour Code art. 84(5): 7 January and the first day of Kurban ait.
    pub const LABOUR_84_5: Citation = Citation::article(Act::LabourCode, 84, Some(5));
    /// Labour Code art. 85(3): transfer of days off.
    pub const LABOUR_85_3: Citation = Citation::article(Act::LabourCode, 85, Some(3));

    /// The citation in `lang`, following each act's own division of an
    /// article: the APPC's articles have parts, the Civil Code's, the Labour
    /// Code's and the laws' have points, the regulation has points and
    /// sub-points. E.g. `п. 25`, `APPC art. 76(2)` (English, also the
    /// machine-stable [`Display`](fmt::Display) form), «ч. 2 ст. 76 АППК»,
    /// «ӘРПК 76-бабының 2-бөлігі», «п. 25 Регламента», «Регламенттің 25-тармағы».
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, law::Citation};
    /// assert_eq!(Citation::regulation(25).render(Lang::Ru), "п. 25 Регламента");
    /// assert_eq!(Citation::regulation(25).render(Lang::Kk), "Регламенттің 25-тармағы");
    /// assert_eq!(Citation::regulation_sub(15, 4).render(Lang::Kk), "Регламенттің 15-тармағының 4) тармақшасы");
    /// assert_eq!(Citation::APPC_76.render(Lang::Ru), "ст. 76 АППК");
    /// assert_eq!(Citation::APPC_76.render(Lang::Kk), "ӘРПК 76-бабы");
    /// assert_eq!(Citation::CIVIL_174_3.render(Lang::Ru), "п. 3 ст. 174 ГК");
    /// assert_eq!(Citation::CIVIL_174_3.render(Lang::Kk), "АК 174-бабының 3-тармағы");
    /// assert_eq!(Citation::CIVIL_175.render(Lang::Ru), "ст. 175 ГК");
    /// assert_eq!(Citation::CIVIL_175.render(Lang::Kk), "АК 175-бабы");
    /// assert_eq!(Citation::LABOUR_85_3.render(Lang::Ru), "п. 3 ст. 85 Трудового кодекса");
    /// assert_eq!(Citation::LABOUR_85_3.render(Lang::Kk), "Еңбек кодексінің 85-бабының 3-тармағы");
    /// assert_eq!(Citation::HOLIDAYS_5.render(Lang::En), "Law on holidays art. 5");
    /// ```
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        let n = self.number;
        match (lang, self.part) {
            (Lang::En, None) if self.act == Act::Regulation => format!("п. {n}"),
            (Lang::En, Some(s)) if self.act == Act::Regulation => format!("п. {n}({s})"),
            (Lang::En, None) => format!("{} art. {n}", self.act.name(lang)),
            (Lang::En, Some(p)) => format!("{} art. {n}({p})", self.act.name(lang)),
            (Lang::Ru, None) if self.act == Act::Regulation => format!("п. {n} Регламента"),
            (Lang::Ru, Some(s)) if self.act == Act::Regulation => {
                format!("подп. {s}) п. {n} Регламента")
            }
            (Lang::Ru, None) => format!("ст. {n} {}", self.act.genitive_ru()),
            (Lang::Ru, Some(p)) => {
                format!(
                    "{} {p} ст. {n} {}",
                    self.act.part_ru(),
                    self.act.genitive_ru()
                )
            }
            (Lang::Kk, None) if self.act == Act::Regulation => {
                format!("Регламенттің {n}-тармағы")
            }
            (Lang::Kk, Some(s)) if self.act == Act::Regulation => {
                format!("Регламенттің {n}-тармағының {s}) тармақшасы")
            }
            (Lang::Kk, None) => format!("{} {n}-бабы", self.act.genitive_kk()),
            (Lang::Kk, Some(p)) => format!(
                "{} {n}-бабының {p}-{}",
                self.act.genitive_kk(),
                self.act.part_kk()
            ),
        }
    }
}

impl Act {
    /// The act as the possessor of an article in Russian: «ст. 76 АППК»,
    /// «ст. 85 Трудового кодекса».
    fn genitive_ru(self) -> &'static str {
        match self {
            Act::Regulation => "Регламента",
            Act::Appc => "АППК",
            Act::CivilCode => "ГК",
            Act::LawOnHolidays => "Закона «О праздниках»",
            Act::LabourCode => "Трудового кодекса",
            Act::LawOnVeterans => "Закона «О ветеранах»",
            Act::LawOnStateAwards => "Закона «О государственных наградах»",
        }
    }
    /// The act as the possessor of an article in Kazakh: «ӘРПК 76-бабы»,
    /// «Еңбек кодексінің 85-бабы».
    fn genitive_kk(self) -> &'static str {
        match self {
            Act::Regulation => "Регламенттің",
            Act::Appc => "ӘРПК",
            Act::CivilCode => "АК",
            Act::LawOnHolidays => "«Мерекелер туралы» Заңның",
            Act::LabourCode => "Еңбек кодексінің",
            Act::LawOnVeterans => "«Ардагерлер туралы» Заңның",
            Act::LawOnStateAwards => "«Мемлекеттік наградалар туралы» Заңның",
        }
    }
    /// How the act divides an article, in Russian: the APPC into parts
    /// (ч.), the Civil Code, the Labour Code and the laws into points (п.).
    fn part_ru(self) -> &'static str {
        match self {
            Act::Appc => "ч.",
            _ => "п.",
        }
    }
    /// The same in Kazakh, in the possessed form: «2-бөлігі», «3-тармағы».
    fn part_kk(self) -> &'static str {
        match self {
            Act::Appc => "бөлігі",
            _ => "тармағы",
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}
