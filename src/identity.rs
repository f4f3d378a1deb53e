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
/// assert_eq!(IdKind::Iin.to_string(), "IIN");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum IdKind {
    /// Individual identification number (ИИН, ЖСН).
    Iin,
    /// Business identification number (БИН, БСН).
    Bin,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::Iin => "IIN",
            IdKind::Bin => "BIN",
        })
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
/// wrong and what is accepted.
///
/// # Example
/// ```
/// use kz_appeals::identity::{IdentityError, Iin};
/// // Digit 7 is the century and sex, 1–6.
/// let err = "850808701235".parse::<Iin>().unwrap_err();
/// assert_eq!(err, IdentityError::CenturyDigit { found: 7 });
/// assert!(err.to_string().starts_with("IIN: digit 7 is 7"));
/// // The check digit of 85080830123 is 5 (see [`Iin`]).
/// assert!(matches!("850808301234".parse::<Iin>(), Err(IdentityError::CheckDigit { expected: 5, found: 4, .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdentityError {
    /// The number does not have exactly 12 characters.
    #[error(
        "{kind} must have exactly 12 digits, got {len} characters; enter the 12 digits without spaces"
    )]
    Length {
        /// IIN or BIN.
        kind: IdKind,
        /// The number of characters given.
        len: usize,
    },
    /// A character is not an ASCII digit.
    #[error(
        "{kind}: character {found:?} at position {position} is not a digit; an {kind} has the digits 0-9 only"
    )]
    NonDigit {
        /// IIN or BIN.
        kind: IdKind,
        /// Position of the character, counted from 1.
        position: usize,
        /// The character found.
        found: char,
    },
    /// The 7th digit of an IIN is not 1–6.
    #[error(
        "IIN: digit 7 is {found}; the century-and-sex digit must be 1-6 (1 or 2: born in the 1800s, 3 or 4: 1900s, 5 or 6: 2000s; odd: male, even: female)"
    )]
    CenturyDigit {
        /// The digit found.
        found: u8,
    },
    /// Digits 1–6 of an IIN with its century digit are not a real date.
    #[error(
        "IIN: digits 1-6 with the century digit give {year:04}-{month:02}-{day:02}, which is not a date; digits 1-6 are the birth date as YYMMDD"
    )]
    BirthDate {
        /// The year the digits give.
        year: i32,
        /// The month the digits give.
        month: u32,
        /// The day the digits give.
        day: u32,
    },
    /// Digits 3–4 of a BIN are not a month.
    #[error(
        "BIN: digits 3-4 are {found:02}, not a month; they are the month of registration, 01-12"
    )]
    RegistrationMonth {
        /// The two-digit number found.
        found: u8,
    },
    /// The 5th digit of a BIN is not 4, 5 or 6.
    #[error(
        "BIN: digit 5 is {found}; the type digit must be 4 (resident legal entity), 5 (non-resident legal entity) or 6 (joint individual entrepreneurship, ИП(С))"
    )]
    TypeDigit {
        /// The digit found.
        found: u8,
    },
    /// The 6th digit of a BIN is not 0–3.
    #[error(
        "BIN: digit 6 is {found}; the attribute digit must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm in joint entrepreneurship)"
    )]
    AttributeDigit {
        /// The digit found.
        found: u8,
    },
    /// The 12th digit is not the check digit of the first 11.
    #[error(
        "{kind}: check digit (12th) is {found}, expected {expected}; a digit was probably mistyped, check the number against the document"
    )]
    CheckDigit {
        /// IIN or BIN.
        kind: IdKind,
        /// The check digit the first 11 digits give.
        expected: u8,
        /// The 12th digit given.
        found: u8,
    },
    /// Both weightings give remainder 10: no number begins with these digits.
    #[error(
        "{kind}: digits 1-11 admit no check digit (both weightings give remainder 10), so no valid {kind} begins with them; a digit was probably mistyped"
    )]
    NoCheckDigit {
        /// IIN or BIN.
        kind: IdKind,
    },
}

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
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Sex {
    /// Male (digit 7 odd).
    Male,
    /// Female (digit 7 even).
    Female,
}

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
/// assigned); see [`crate::intake`].
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
pub enum BinType {
    /// 4: a resident legal entity.
    ResidentLegalEntity,
    /// 5: a non-resident legal entity.
    NonResidentLegalEntity,
    /// 6: an individual entrepreneur in joint entrepreneurship (ИП(С)).
    JointEntrepreneurship,
}

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
/// assigned); see [`crate::intake`].
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

impl IdentityError {
    /// Which number the error is about.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::identity::{IdKind, Iin};
    /// assert_eq!("85080830123".parse::<Iin>().unwrap_err().kind(), IdKind::Iin);
    /// ```
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
