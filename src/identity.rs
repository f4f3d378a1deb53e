//! Identification numbers: the IIN of an individual and the BIN of a legal
//! entity, validated by their official structure and check digit.
//!
//! APPC art. 63 asks a written request (and the protocol of an oral one) for
//! the individual's IIN or the legal entity's BIN, each "при его наличии";
//! the regulation's п. 6 returns a request that lacks a required element.
//! These types make a malformed number impossible to carry: an [`Iin`] or a
//! [`Bin`] exists only if its twelve digits pass every structural check.
//!
//! # Structure
//! Both numbers have 12 digits; the 12th is a check digit over the first 11
//! (rules for forming identification numbers, Law "On national registers of
//! identification numbers" of 12.01.2007 № 223-III):
//!
//! | digits | IIN | BIN |
//! |---|---|---|
//! | 1–2 | year of birth (last two digits) | year of registration (last two digits) |
//! | 3–4 | month of birth | month of registration, 01–12 |
//! | 5–6 | day of birth | 5: type (4 resident legal entity, 5 non-resident legal entity, 6 individual entrepreneur in joint entrepreneurship, ИП(С)); 6: attribute (0 head office, 1 branch, 2 representative office, 3 peasant farm in joint entrepreneurship) |
//! | 7 | century and sex (1–6) | serial number (7–11) |
//! | 8–11 | serial number | |
//! | 12 | check digit | check digit |
//!
//! The check digit: the sum of digits 1–11 weighted 1, 2, …, 11, modulo 11; if
//! that is 10, the sum weighted 3, 4, …, 11, 1, 2, modulo 11; if that is 10
//! again, no number begins with these 11 digits.
//!
//! What the check digit catches: a single mistyped digit among digits 1–10 or
//! in the check digit itself, whenever neither the true nor the mistyped
//! number needs the second pass (weights 1–10 are non-zero modulo 11). It
//! does **not** catch a mistyped 11th digit in the usual first pass: its
//! weight 11 is 0 modulo 11. The structural checks (date, type digits) catch
//! some further errors.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::lang::{Lang, Named, Names};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Which identification number a message is about.
///
/// # Example
/// ```
/// use kz_appeals::identity::{Bin, IdKind};
/// let err = "08044000123".parse::<Bin>().unwrap_err(); // 11 digits
/// assert_eq!(err.kind(), IdKind::Bin);
/// assert_eq!(IdKind::Iin.to_string(), "iin"); // the machine name
/// assert_eq!(IdKind::Iin.abbreviation(kz_appeals::Lang::Ru), "ИИН");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum IdKind {
    /// Individual identification number (ИИН, ЖСН).
    Iin,
    /// Business identification number (БИН, БСН).
    Bin,
}

crate::lang::machine_names!(IdKind, "identification number kind", {
    IdKind::Iin => "iin",
    IdKind::Bin => "bin",
});

impl IdKind {
    /// The abbreviation in `lang`: ЖСН/БСН, ИИН/БИН, IIN/BIN.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, identity::IdKind};
    /// assert_eq!(IdKind::Bin.abbreviation(Lang::Kk), "БСН");
    /// assert_eq!(IdKind::Iin.abbreviation(Lang::En), "IIN");
    /// ```
    #[must_use]
    pub const fn abbreviation(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (IdKind::Iin, Lang::Kk) => "ЖСН",
            (IdKind::Iin, Lang::Ru) => "ИИН",
            (IdKind::Iin, Lang::En) => "IIN",
            (IdKind::Bin, Lang::Kk) => "БСН",
            (IdKind::Bin, Lang::Ru) => "БИН",
            (IdKind::Bin, Lang::En) => "BIN",
        }
    }
}

impl Named for IdKind {
    fn names(&self) -> Names {
        match self {
            IdKind::Iin => Names::new(
                "жеке сәйкестендіру нөмірі (ЖСН)",
                "индивидуальный идентификационный номер (ИИН)",
                "individual identification number (IIN)",
            ),
            IdKind::Bin => Names::new(
                "бизнес-сәйкестендіру нөмірі (БСН)",
                "бизнес-идентификационный номер (БИН)",
                "business identification number (BIN)",
            ),
        }
    }
}

/// Why a string is not a valid IIN or BIN. Each message says which part is
/// wrong and what to do, in the crate's one format (`"<what was wrong>;
/// <what to do>"`), and in Kazakh and Russian through
/// [`Localized`](crate::Localized).
///
/// # Example
/// ```
/// use kz_appeals::identity::{IdentityError, Iin};
/// // Digit 7 is the century and sex, 1–6.
/// let err = "850808701235".parse::<Iin>().unwrap_err();
/// assert_eq!(err, IdentityError::CenturyDigit { found: 7 });
/// assert!(err.to_string().starts_with("digit 7 of the IIN is 7"));
/// // The check digit of 85080830123 is 5 (see [`Iin`]).
/// assert!(matches!("850808301234".parse::<Iin>(), Err(IdentityError::CheckDigit { expected: 5, found: 4, .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdentityError {
    /// The number does not have exactly 12 characters.
    Length {
        /// IIN or BIN.
        kind: IdKind,
        /// The number of characters given.
        len: usize,
    },
    /// A character is not an ASCII digit.
    NonDigit {
        /// IIN or BIN.
        kind: IdKind,
        /// Position of the character, counted from 1.
        position: usize,
        /// The character found.
        found: char,
    },
    /// The 7th digit of an IIN is not 1–6.
    CenturyDigit {
        /// The digit found.
        found: u8,
    },
    /// Digits 1–6 of an IIN with its century digit are not a real date.
    BirthDate {
        /// The year the digits give.
        year: i32,
        /// The month the digits give.
        month: u32,
        /// The day the digits give.
        day: u32,
    },
    /// Digits 3–4 of a BIN are not a month.
    RegistrationMonth {
        /// The two-digit number found.
        found: u8,
    },
    /// The 5th digit of a BIN is not 4, 5 or 6.
    TypeDigit {
        /// The digit found.
        found: u8,
    },
    /// The 6th digit of a BIN is not 0–3.
    AttributeDigit {
        /// The digit found.
        found: u8,
    },
    /// The 12th digit is not the check digit of the first 11.
    CheckDigit {
        /// IIN or BIN.
        kind: IdKind,
        /// The check digit the first 11 digits give.
        expected: u8,
        /// The 12th digit given.
        found: u8,
    },
    /// Both weightings give remainder 10: no number begins with these digits.
    NoCheckDigit {
        /// IIN or BIN.
        kind: IdKind,
    },
}

impl crate::lang::Localized for IdentityError {
    fn message(&self, lang: Lang) -> String {
        use IdentityError as E;
        let k = self.kind().abbreviation(lang);
        match (self, lang) {
            (E::Length { len, .. }, Lang::En) => {
                format!("the {k} has {len} characters, not 12; enter its 12 digits without spaces")
            }
            (E::Length { len, .. }, Lang::Ru) => {
                format!("{k} содержит {len} знаков вместо 12; введите 12 цифр без пробелов")
            }
            (E::Length { len, .. }, Lang::Kk) => {
                format!("{k}-де {len} таңба бар, 12 емес; 12 цифрды бос орынсыз енгізіңіз")
            }
            (
                E::NonDigit {
                    position, found, ..
                },
                Lang::En,
            ) => format!(
                "character {found:?} at position {position} of the {k} is not a digit; enter the digits 0-9 only"
            ),
            (
                E::NonDigit {
                    position, found, ..
                },
                Lang::Ru,
            ) => format!(
                "знак {found:?} на позиции {position} в {k} не цифра; вводите только цифры 0-9"
            ),
            (
                E::NonDigit {
                    position, found, ..
                },
                Lang::Kk,
            ) => format!(
                "{k}-дегі {position}-орындағы {found:?} таңбасы цифр емес; тек 0-9 цифрларын енгізіңіз"
            ),
            (E::CenturyDigit { found }, Lang::En) => format!(
                "digit 7 of the IIN is {found}, not a century-and-sex digit 1-6; check the number against the identity document (1 or 2: born in the 1800s, 3 or 4: 1900s, 5 or 6: 2000s; odd: male, even: female)"
            ),
            (E::CenturyDigit { found }, Lang::Ru) => format!(
                "7-я цифра ИИН равна {found}, а не 1-6 (век и пол); сверьте номер с документом, удостоверяющим личность (1 или 2: родился в 1800-х, 3 или 4: в 1900-х, 5 или 6: в 2000-х; нечетная: мужской, четная: женский)"
            ),
            (E::CenturyDigit { found }, Lang::Kk) => format!(
                "ЖСН-нің 7-цифры {found}, ал ол 1-6 болуы керек (ғасыр және жыныс); нөмірді жеке басын куәландыратын құжатпен салыстырыңыз (1 не 2: 1800-жылдары туған, 3 не 4: 1900-жылдары, 5 не 6: 2000-жылдары; тақ: ер, жұп: әйел)"
            ),
            (E::BirthDate { year, month, day }, Lang::En) => format!(
                "digits 1-6 of the IIN with its century digit give {year:04}-{month:02}-{day:02}, which is not a date; check the birth date (YYMMDD) against the identity document"
            ),
            (E::BirthDate { year, month, day }, Lang::Ru) => format!(
                "цифры 1-6 ИИН с цифрой века дают {year:04}-{month:02}-{day:02}, такой даты нет; сверьте дату рождения (ГГММДД) с документом, удостоверяющим личность"
            ),
            (E::BirthDate { year, month, day }, Lang::Kk) => format!(
                "ЖСН-нің 1-6 цифрлары ғасыр цифрымен {year:04}-{month:02}-{day:02} береді, мұндай күн жоқ; туған күнді (ЖЖААКК) жеке басын куәландыратын құжатпен салыстырыңыз"
            ),
            (E::RegistrationMonth { found }, Lang::En) => format!(
                "digits 3-4 of the BIN are {found:02}, not a month; they are the month of registration, 01-12: check the number against the registration certificate"
            ),
            (E::RegistrationMonth { found }, Lang::Ru) => format!(
                "цифры 3-4 БИН равны {found:02}, это не месяц; это месяц регистрации, 01-12: сверьте номер со справкой о регистрации"
            ),
            (E::RegistrationMonth { found }, Lang::Kk) => format!(
                "БСН-нің 3-4 цифрлары {found:02}, бұл ай емес; бұл тіркелген ай, 01-12: нөмірді тіркеу туралы анықтамамен салыстырыңыз"
            ),
            (E::TypeDigit { found }, Lang::En) => format!(
                "digit 5 of the BIN is {found}, not a type digit; it must be 4 (resident legal entity), 5 (non-resident legal entity) or 6 (joint individual entrepreneurship, ИП(С)): check the number"
            ),
            (E::TypeDigit { found }, Lang::Ru) => format!(
                "5-я цифра БИН равна {found}, это не тип; она должна быть 4 (юридическое лицо-резидент), 5 (юридическое лицо-нерезидент) или 6 (ИП(С)): проверьте номер"
            ),
            (E::TypeDigit { found }, Lang::Kk) => format!(
                "БСН-нің 5-цифры {found}, бұл түр емес; ол 4 (резидент заңды тұлға), 5 (бейрезидент заңды тұлға) немесе 6 (бірлескен кәсіпкерлік) болуы керек: нөмірді тексеріңіз"
            ),
            (E::AttributeDigit { found }, Lang::En) => format!(
                "digit 6 of the BIN is {found}, not an attribute digit; it must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm in joint entrepreneurship): check the number"
            ),
            (E::AttributeDigit { found }, Lang::Ru) => format!(
                "6-я цифра БИН равна {found}, это не признак; она должна быть 0 (головное подразделение), 1 (филиал), 2 (представительство) или 3 (крестьянское хозяйство): проверьте номер"
            ),
            (E::AttributeDigit { found }, Lang::Kk) => format!(
                "БСН-нің 6-цифры {found}, бұл белгі емес; ол 0 (бас ұйым), 1 (филиал), 2 (өкілдік) немесе 3 (шаруа қожалығы) болуы керек: нөмірді тексеріңіз"
            ),
            (
                E::CheckDigit {
                    expected, found, ..
                },
                Lang::En,
            ) => format!(
                "the check digit (12th) of the {k} is {found}, but digits 1-11 give {expected}; a digit was probably mistyped: check the number against the document"
            ),
            (
                E::CheckDigit {
                    expected, found, ..
                },
                Lang::Ru,
            ) => format!(
                "контрольная (12-я) цифра {k} равна {found}, а цифры 1-11 дают {expected}; вероятно, цифра введена с ошибкой: сверьте номер с документом"
            ),
            (
                E::CheckDigit {
                    expected, found, ..
                },
                Lang::Kk,
            ) => format!(
                "{k}-нің бақылау (12-) цифры {found}, ал 1-11 цифрлары {expected} береді; цифр қате енгізілген болуы мүмкін: нөмірді құжатпен салыстырыңыз"
            ),
            (E::NoCheckDigit { .. }, Lang::En) => format!(
                "digits 1-11 of the {k} admit no check digit (both weightings give remainder 10), so no valid {k} begins with them; a digit was probably mistyped: check the number against the document"
            ),
            (E::NoCheckDigit { .. }, Lang::Ru) => format!(
                "для цифр 1-11 {k} нет контрольной цифры (оба взвешивания дают остаток 10), такого {k} не бывает; вероятно, цифра введена с ошибкой: сверьте номер с документом"
            ),
            (E::NoCheckDigit { .. }, Lang::Kk) => format!(
                "{k}-нің 1-11 цифрлары үшін бақылау цифры жоқ (екі өлшеу де 10 қалдық береді), мұндай {k} болмайды; цифр қате енгізілген болуы мүмкін: нөмірді құжатпен салыстырыңыз"
            ),
        }
    }
}

impl fmt::Display for IdentityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Localized::message(self, Lang::En))
    }
}

impl std::error::Error for IdentityError {}

/// Weights of the first pass.
const WEIGHTS_1: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/// Weights of the second pass, used when the first gives 10.
const WEIGHTS_2: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// The check digit of the first 11 digits, or `None` if both passes give 10.
fn check_digit(digits: &[u8; 12]) -> Option<u8> {
    let pass = |weights: &[u32; 11]| -> u32 {
        digits
            .iter()
            .zip(weights)
            .map(|(&d, &w)| u32::from(d) * w)
            .sum::<u32>()
            % 11
    };
    [pass(&WEIGHTS_1), pass(&WEIGHTS_2)]
        .into_iter()
        .find(|&r| r < 10)
        .and_then(|r| u8::try_from(r).ok())
}

/// The 12 digits of `s`, or the first problem of length or characters.
fn digits(kind: IdKind, s: &str) -> Result<[u8; 12], IdentityError> {
    let len = s.chars().count();
    if len != 12 {
        return Err(IdentityError::Length { kind, len });
    }
    let mut out = [0u8; 12];
    for ((position, found), slot) in s.chars().enumerate().zip(out.iter_mut()) {
        let d = found.to_digit(10).filter(|_| found.is_ascii_digit());
        match d.and_then(|d| u8::try_from(d).ok()) {
            Some(d) => *slot = d,
            None => {
                return Err(IdentityError::NonDigit {
                    kind,
                    position: position + 1,
                    found,
                });
            }
        }
    }
    Ok(out)
}

/// Checks the 12th digit against the first 11.
fn verify_check_digit(kind: IdKind, d: &[u8; 12]) -> Result<(), IdentityError> {
    let expected = check_digit(d).ok_or(IdentityError::NoCheckDigit { kind })?;
    match d[11] {
        found if found == expected => Ok(()),
        found => Err(IdentityError::CheckDigit {
            kind,
            expected,
            found,
        }),
    }
}

/// Two digits as a number 0–99.
const fn two(hi: u8, lo: u8) -> u8 {
    hi * 10 + lo
}

/// The digits as a string.
fn render(d: &[u8; 12]) -> String {
    d.iter().map(|&x| char::from(b'0' + x)).collect()
}

/// Sex, as digit 7 of an IIN encodes it (odd: male, even: female).
///
/// # Example
/// ```
/// use kz_appeals::identity::{Iin, Sex};
/// let iin: Iin = "850808301235".parse()?; // digit 7 is 3: male, born in the 1900s
/// assert_eq!(iin.sex(), Sex::Male);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Sex {
    /// Male (digit 7 odd).
    Male,
    /// Female (digit 7 even).
    Female,
}

crate::lang::machine_names!(Sex, "sex", {
    Sex::Male => "male",
    Sex::Female => "female",
});

impl Named for Sex {
    fn names(&self) -> Names {
        match self {
            Sex::Male => Names::new("ер", "мужской", "male"),
            Sex::Female => Names::new("әйел", "женский", "female"),
        }
    }
}

/// An individual identification number (ИИН / ЖСН), valid by structure and
/// check digit.
///
/// Required in a request of an individual by APPC art. 63 (where one has been
/// assigned); see [`crate::intake`](mod@crate::intake).
///
/// # Example
/// ```
/// use kz_appeals::identity::{Iin, Sex};
/// use chrono::NaiveDate;
/// // 850808 born 1985-08-08; 3 male, 1900s; serial 0123;
/// // check: 8*1+5*2+0*3+8*4+0*5+8*6+3*7+0*8+1*9+2*10+3*11 = 181 = 16*11 + 5 -> 5.
/// let iin: Iin = "850808301235".parse()?;
/// assert_eq!(iin.birth_date(), NaiveDate::from_ymd_opt(1985, 8, 8).unwrap());
/// assert_eq!(iin.sex(), Sex::Male);
/// assert_eq!(iin.to_string(), "850808301235");
/// assert!("850808301236".parse::<Iin>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// Parsing fails with an [`IdentityError`] naming the first wrong part: the
/// length, a non-digit, the century digit, the birth date, or the check digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Iin {
    digits: [u8; 12],
    birth_date: NaiveDate,
}

impl Iin {
    /// The birth date encoded in digits 1–7.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::identity::Iin;
    /// // 850808, century digit 3 (1900s): 8 August 1985.
    /// let iin: Iin = "850808301235".parse()?;
    /// assert_eq!(iin.birth_date(), NaiveDate::from_ymd_opt(1985, 8, 8).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// The sex encoded in digit 7.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{Iin, Sex};
    /// // Digit 7 = 4 (even): female, born in the 1900s. Check digit:
    /// // 8*1+5*2+0*3+8*4+0*5+8*6+4*7+0*8+1*9+2*10+3*11 = 188 = 17*11 + 1 -> 1.
    /// let iin: Iin = "850808401231".parse()?;
    /// assert_eq!(iin.sex(), Sex::Female);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn sex(&self) -> Sex {
        if self.digits[6] % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }
}

impl FromStr for Iin {
    type Err = IdentityError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let d = digits(IdKind::Iin, s)?;
        let century = match d[6] {
            1 | 2 => 1800,
            3 | 4 => 1900,
            5 | 6 => 2000,
            found => return Err(IdentityError::CenturyDigit { found }),
        };
        let year = century + i32::from(two(d[0], d[1]));
        let month = u32::from(two(d[2], d[3]));
        let day = u32::from(two(d[4], d[5]));
        let birth_date = NaiveDate::from_ymd_opt(year, month, day)
            .ok_or(IdentityError::BirthDate { year, month, day })?;
        verify_check_digit(IdKind::Iin, &d)?;
        Ok(Iin {
            digits: d,
            birth_date,
        })
    }
}

/// What digit 5 of a BIN says the holder is.
///
/// # Example
/// ```
/// use kz_appeals::identity::{Bin, BinType};
/// let bin: Bin = "080440001234".parse()?; // digit 5 is 4
/// assert_eq!(bin.bin_type(), BinType::ResidentLegalEntity);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BinType {
    /// 4: a resident legal entity.
    ResidentLegalEntity,
    /// 5: a non-resident legal entity.
    NonResidentLegalEntity,
    /// 6: an individual entrepreneur in joint entrepreneurship (ИП(С)).
    JointEntrepreneurship,
}

crate::lang::machine_names!(BinType, "BIN type", {
    BinType::ResidentLegalEntity => "resident_legal_entity",
    BinType::NonResidentLegalEntity => "non_resident_legal_entity",
    BinType::JointEntrepreneurship => "joint_entrepreneurship",
});

impl Named for BinType {
    fn names(&self) -> Names {
        match self {
            BinType::ResidentLegalEntity => Names::new(
                "резидент заңды тұлға",
                "юридическое лицо-резидент",
                "resident legal entity",
            ),
            BinType::NonResidentLegalEntity => Names::new(
                "бейрезидент заңды тұлға",
                "юридическое лицо-нерезидент",
                "non-resident legal entity",
            ),
            BinType::JointEntrepreneurship => Names::new(
                "бірлескен кәсіпкерлік түріндегі дара кәсіпкер",
                "индивидуальный предприниматель в форме совместного предпринимательства (ИП(С))",
                "individual entrepreneur in joint entrepreneurship (ИП(С))",
            ),
        }
    }
}

/// What digit 6 of a BIN says the unit is.
///
/// # Example
/// ```
/// use kz_appeals::identity::{Bin, BinAttribute};
/// let bin: Bin = "080440001234".parse()?; // digit 6 is 0
/// assert_eq!(bin.attribute(), BinAttribute::HeadOffice);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BinAttribute {
    /// 0: the head office.
    HeadOffice,
    /// 1: a branch.
    Branch,
    /// 2: a representative office.
    RepresentativeOffice,
    /// 3: a peasant (farm) household in joint entrepreneurship.
    PeasantFarm,
}

crate::lang::machine_names!(BinAttribute, "BIN attribute", {
    BinAttribute::HeadOffice => "head_office",
    BinAttribute::Branch => "branch",
    BinAttribute::RepresentativeOffice => "representative_office",
    BinAttribute::PeasantFarm => "peasant_farm",
});

impl Named for BinAttribute {
    fn names(&self) -> Names {
        match self {
            BinAttribute::HeadOffice => {
                Names::new("бас ұйым", "головное подразделение", "head office")
            }
            BinAttribute::Branch => Names::new("филиал", "филиал", "branch"),
            BinAttribute::RepresentativeOffice => {
                Names::new("өкілдік", "представительство", "representative office")
            }
            BinAttribute::PeasantFarm => Names::new(
                "шаруа (фермер) қожалығы",
                "крестьянское (фермерское) хозяйство",
                "peasant (farm) household",
            ),
        }
    }
}

/// A business identification number (БИН / БСН), valid by structure and
/// check digit.
///
/// Required in a request of a legal entity by APPC art. 63 (where one has been
/// assigned); see [`crate::intake`](mod@crate::intake).
///
/// # Example
/// ```
/// use kz_appeals::identity::{Bin, BinAttribute, BinType};
/// // 0804 registered April 2008; 4 resident legal entity; 0 head office;
/// // serial 00123; check: 0*1+8*2+0*3+4*4+4*5+0*6+0*7+0*8+1*9+2*10+3*11
/// // = 114 = 10*11 + 4 -> 4.
/// let bin: Bin = "080440001234".parse()?;
/// assert_eq!(bin.bin_type(), BinType::ResidentLegalEntity);
/// assert_eq!(bin.attribute(), BinAttribute::HeadOffice);
/// assert_eq!(bin.registration_month(), 4);
/// assert!("080470001234".parse::<Bin>().is_err()); // type digit 7
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// Parsing fails with an [`IdentityError`] naming the first wrong part: the
/// length, a non-digit, the month, the type digit, the attribute digit, or
/// the check digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Bin {
    digits: [u8; 12],
    bin_type: BinType,
    attribute: BinAttribute,
}

impl Bin {
    /// The type encoded in digit 5.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{Bin, BinType};
    /// // Digit 5 = 5: non-resident. Check digit:
    /// // 0*1+8*2+0*3+4*4+5*5+0*6+0*7+0*8+1*9+2*10+3*11 = 119 = 10*11 + 9 -> 9.
    /// let bin: Bin = "080450001239".parse()?;
    /// assert_eq!(bin.bin_type(), BinType::NonResidentLegalEntity);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn bin_type(&self) -> BinType {
        self.bin_type
    }
    /// The attribute encoded in digit 6.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{Bin, BinAttribute};
    /// // Digit 6 = 1: a branch. Check digit:
    /// // 0*1+8*2+0*3+4*4+4*5+1*6+0*7+0*8+1*9+2*10+3*11 = 120 = 10*11 + 10: the
    /// // first pass gives 10, so the second, weights 3..11, 1, 2:
    /// // 0*3+8*4+0*5+4*6+4*7+1*8+0*9+0*10+1*11+2*1+3*2 = 111 = 10*11 + 1 -> 1.
    /// let bin: Bin = "080441001231".parse()?;
    /// assert_eq!(bin.attribute(), BinAttribute::Branch);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn attribute(&self) -> BinAttribute {
        self.attribute
    }
    /// The last two digits of the year of registration (digits 1–2). The
    /// century is not encoded.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::Bin;
    /// let bin: Bin = "080440001234".parse()?; // registered in (20)08
    /// assert_eq!(bin.registration_year_2digit(), 8);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn registration_year_2digit(&self) -> u8 {
        two(self.digits[0], self.digits[1])
    }
    /// The month of registration, 1–12 (digits 3–4).
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{Bin, IdentityError};
    /// let bin: Bin = "080440001234".parse()?;
    /// assert_eq!(bin.registration_month(), 4);
    /// assert!(matches!("081340001234".parse::<Bin>(), Err(IdentityError::RegistrationMonth { found: 13 })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn registration_month(&self) -> u8 {
        two(self.digits[2], self.digits[3])
    }
}

impl FromStr for Bin {
    type Err = IdentityError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let d = digits(IdKind::Bin, s)?;
        let month = two(d[2], d[3]);
        if !(1..=12).contains(&month) {
            return Err(IdentityError::RegistrationMonth { found: month });
        }
        let bin_type = match d[4] {
            4 => BinType::ResidentLegalEntity,
            5 => BinType::NonResidentLegalEntity,
            6 => BinType::JointEntrepreneurship,
            found => return Err(IdentityError::TypeDigit { found }),
        };
        let attribute = match d[5] {
            0 => BinAttribute::HeadOffice,
            1 => BinAttribute::Branch,
            2 => BinAttribute::RepresentativeOffice,
            3 => BinAttribute::PeasantFarm,
            found => return Err(IdentityError::AttributeDigit { found }),
        };
        verify_check_digit(IdKind::Bin, &d)?;
        Ok(Bin {
            digits: d,
            bin_type,
            attribute,
        })
    }
}

/// `Display`, `TryFrom<String>` and `From<_> for String` for a 12-digit number.
macro_rules! twelve_digit_conversions {
    ($ty:ty) => {
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&render(&self.digits))
            }
        }
        impl TryFrom<String> for $ty {
            type Error = IdentityError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }
        impl From<$ty> for String {
            fn from(v: $ty) -> String {
                v.to_string()
            }
        }
    };
}
twelve_digit_conversions!(Iin);
twelve_digit_conversions!(Bin);

/// An identification number as a request states it: a valid one, or what
/// was typed when it is not valid. A mistyped number is still *stated*, so
/// intake reports it as invalid, keeping the text, and never as missing
/// (APPC art. 63; see [`crate::intake`](mod@crate::intake)).
///
/// Parsing never fails; serde reads and writes the string as typed.
///
/// # Example
/// ```
/// use kz_appeals::identity::{AsTyped, IdentityError, Iin};
/// let good: AsTyped<Iin> = "850808301235".parse()?;
/// assert!(good.valid().is_some());
/// let typo: AsTyped<Iin> = "850808301234".parse()?; // check digit 4, not 5
/// assert_eq!(typo.typed(), "850808301234");
/// assert!(matches!(typo.error(), Some(IdentityError::CheckDigit { expected: 5, found: 4, .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AsTyped<T> {
    /// A valid number.
    Valid(T),
    /// Not a valid number: the text as typed.
    Invalid(String),
}

impl<T> AsTyped<T>
where
    T: FromStr<Err = IdentityError> + fmt::Display,
{
    /// The number if it is valid.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{AsTyped, Bin};
    /// let bin: AsTyped<Bin> = "080440001234".parse()?;
    /// assert_eq!(bin.valid().map(|b| b.registration_month()), Some(4));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn valid(&self) -> Option<&T> {
        match self {
            AsTyped::Valid(v) => Some(v),
            AsTyped::Invalid(_) => None,
        }
    }

    /// The text: the number's 12 digits, or what was typed.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{AsTyped, Iin};
    /// assert_eq!("85 08".parse::<AsTyped<Iin>>()?.typed(), "85 08");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn typed(&self) -> String {
        match self {
            AsTyped::Valid(v) => v.to_string(),
            AsTyped::Invalid(s) => s.clone(),
        }
    }

    /// Why the typed text is not a valid number; `None` when it is.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{AsTyped, IdentityError, Iin};
    /// let typo: AsTyped<Iin> = "8508083012".parse()?;
    /// assert!(matches!(typo.error(), Some(IdentityError::Length { len: 10, .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn error(&self) -> Option<IdentityError> {
        match self {
            AsTyped::Valid(_) => None,
            AsTyped::Invalid(s) => s.parse::<T>().err(),
        }
    }
}

impl<T: FromStr<Err = IdentityError>> From<String> for AsTyped<T> {
    fn from(s: String) -> Self {
        match s.parse() {
            Ok(v) => AsTyped::Valid(v),
            Err(_) => AsTyped::Invalid(s),
        }
    }
}

impl<T: FromStr<Err = IdentityError>> FromStr for AsTyped<T> {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(AsTyped::from(s.to_owned()))
    }
}

impl From<Iin> for AsTyped<Iin> {
    fn from(v: Iin) -> Self {
        AsTyped::Valid(v)
    }
}

impl From<Bin> for AsTyped<Bin> {
    fn from(v: Bin) -> Self {
        AsTyped::Valid(v)
    }
}

impl<T: fmt::Display> fmt::Display for AsTyped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsTyped::Valid(v) => v.fmt(f),
            AsTyped::Invalid(s) => f.write_str(s),
        }
    }
}

#[cfg(feature = "serde")]
impl<T: fmt::Display> Serialize for AsTyped<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de, T: FromStr<Err = IdentityError>> Deserialize<'de> for AsTyped<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(AsTyped::from)
    }
}

impl IdentityError {
    /// Which number the error is about.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{IdKind, Iin};
    /// assert_eq!("85080830123".parse::<Iin>().unwrap_err().kind(), IdKind::Iin);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> IdKind {
        match self {
            IdentityError::Length { kind, .. }
            | IdentityError::NonDigit { kind, .. }
            | IdentityError::CheckDigit { kind, .. }
            | IdentityError::NoCheckDigit { kind } => *kind,
            IdentityError::CenturyDigit { .. } | IdentityError::BirthDate { .. } => IdKind::Iin,
            IdentityError::RegistrationMonth { .. }
            | IdentityError::TypeDigit { .. }
            | IdentityError::AttributeDigit { .. } => IdKind::Bin,
        }
    }

    /// The name of the number the error is about, in `lang`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, identity::Iin};
    /// let err = "85080830123".parse::<Iin>().unwrap_err();
    /// assert_eq!(err.kind_name(Lang::Ru), "индивидуальный идентификационный номер (ИИН)");
    /// ```
    #[must_use]
    pub fn kind_name(&self, lang: Lang) -> &'static str {
        self.kind().name(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Worked by hand (weights 1..11, then 3..11,1,2):
    // 900115 4 0001: born 1990-01-15, female (4).
    // pass 1: 9*1+0*2+0*3+1*4+1*5+5*6+4*7+0*8+0*9+0*10+1*11 = 87 = 7*11+10 -> 10, so
    // pass 2: 9*3+0*4+0*5+1*6+1*7+5*8+4*9+0*10+0*11+0*1+1*2 = 118 = 10*11+8 -> 8.
    const IIN_SECOND_PASS: &str = "900115400018";

    #[test]
    fn second_pass_iin() {
        let iin: Iin = IIN_SECOND_PASS.parse().unwrap();
        assert_eq!(iin.sex(), Sex::Female);
        assert_eq!(
            iin.birth_date(),
            NaiveDate::from_ymd_opt(1990, 1, 15).unwrap()
        );
        // The first pass alone would have given no digit: any other 12th digit fails.
        assert_eq!(
            "900115400017".parse::<Iin>(),
            Err(IdentityError::CheckDigit {
                kind: IdKind::Iin,
                expected: 8,
                found: 7
            })
        );
    }

    #[test]
    fn no_check_digit() {
        // 900115 4 0002: pass 1 = 87 + 11 (the 11th digit 2 instead of 1) = 98 = 8*11+10;
        // pass 2 = 118 + 2 = 120 = 10*11+10. Both 10: no valid IIN starts 90011540002.
        for last in 0..=9 {
            let s = format!("90011540002{last}");
            assert_eq!(
                s.parse::<Iin>(),
                Err(IdentityError::NoCheckDigit { kind: IdKind::Iin })
            );
        }
    }

    #[test]
    fn century_and_date() {
        assert_eq!(
            "850808001235".parse::<Iin>(),
            Err(IdentityError::CenturyDigit { found: 0 })
        );
        assert_eq!(
            "850808701235".parse::<Iin>(),
            Err(IdentityError::CenturyDigit { found: 7 })
        );
        // 2002 is not a leap year: 020229 with digit 6 (2000s) is not a date.
        assert_eq!(
            "020229600048".parse::<Iin>(),
            Err(IdentityError::BirthDate {
                year: 2002,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            "851308301235".parse::<Iin>(),
            Err(IdentityError::BirthDate {
                year: 1985,
                month: 13,
                day: 8
            })
        );
    }

    #[test]
    fn length_and_characters() {
        assert_eq!(
            "85080830123".parse::<Iin>(),
            Err(IdentityError::Length {
                kind: IdKind::Iin,
                len: 11
            })
        );
        assert_eq!(
            "".parse::<Bin>(),
            Err(IdentityError::Length {
                kind: IdKind::Bin,
                len: 0
            })
        );
        assert_eq!(
            "8508083O1235".parse::<Iin>(),
            Err(IdentityError::NonDigit {
                kind: IdKind::Iin,
                position: 8,
                found: 'O'
            })
        );
        // Twelve characters, the fourth a Cyrillic letter (two bytes): counted as one.
        assert_eq!(
            "080д40001234".parse::<Bin>(),
            Err(IdentityError::NonDigit {
                kind: IdKind::Bin,
                position: 4,
                found: 'д'
            })
        );
        // A non-ASCII decimal digit is not accepted.
        assert!(matches!(
            "٠80440001234".parse::<Bin>(),
            Err(IdentityError::NonDigit { position: 1, .. })
        ));
    }

    #[test]
    fn bin_parts() {
        // 940140000385: 1994-01, resident (4), head office (0), serial 00038;
        // check: 9*1+4*2+0*3+1*4+4*5+0*6+0*7+0*8+0*9+3*10+8*11 = 159 = 14*11+5 -> 5.
        let bin: Bin = "940140000385".parse().unwrap();
        assert_eq!(bin.registration_year_2digit(), 94);
        assert_eq!(bin.registration_month(), 1);
        assert_eq!(
            "941340000385".parse::<Bin>(),
            Err(IdentityError::RegistrationMonth { found: 13 })
        );
        assert_eq!(
            "940100000385".parse::<Bin>(),
            Err(IdentityError::TypeDigit { found: 0 })
        );
        assert_eq!(
            "940144000385".parse::<Bin>(),
            Err(IdentityError::AttributeDigit { found: 4 })
        );
        assert_eq!(
            "940140000386".parse::<Bin>(),
            Err(IdentityError::CheckDigit {
                kind: IdKind::Bin,
                expected: 5,
                found: 6
            })
        );
    }
}
