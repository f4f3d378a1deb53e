//! Dates as people type them: exactly `YYYY-MM-DD` (ISO 8601's calendar
//! date, the form of every date in the crate's JSON), parsed strictly so that
//! the examples and any command line built on the crate accept the same
//! dates and refuse the same mistakes.

use chrono::NaiveDate;

use crate::lang::{Lang, Localized};

/// A text that is not a date in the form `YYYY-MM-DD`. No rule of the
/// regulation is broken, so the message is `"<what was wrong>; <what to
/// do>"`, in Kazakh and Russian too ([`Localized`]).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Localized};
/// use kz_appeals::date::{DateError, parse_date};
/// assert!(matches!(parse_date("2026-3-5"), Err(DateError::Format { .. })));
/// let err = parse_date("2026-02-30").unwrap_err();
/// assert!(matches!(err, DateError::NoSuchDay { .. }));
/// assert_eq!(err.message(Lang::En), err.to_string());
/// assert!(err.message(Lang::Ru).starts_with("\"2026-02-30\" не является днем календаря"));
/// assert!(err.message(Lang::Kk).starts_with("\"2026-02-30\" күнтізбеде жоқ күн"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not four digits, a hyphen, two digits, a hyphen, two digits.
    #[error(
        "{input:?} is not a date in the form YYYY-MM-DD; write four digits for the year, \
         two for the month and two for the day, e.g. 2026-03-05"
    )]
    Format {
        /// The text given.
        input: String,
    },
    /// In the form, but no such day (30 February, month 13).
    #[error("{input:?} names no day of the calendar; give a real date in the form YYYY-MM-DD")]
    NoSuchDay {
        /// The text given.
        input: String,
    },
}

impl Localized for DateError {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (DateError::Format { input }, Lang::Ru) => format!(
                "{input:?} не является датой в форме ГГГГ-ММ-ДД (YYYY-MM-DD); укажите четыре цифры года, \
                 две цифры месяца и две цифры дня, например 2026-03-05"
            ),
            (DateError::Format { input }, Lang::Kk) => format!(
                "{input:?} ЖЖЖЖ-АА-КК (YYYY-MM-DD) түріндегі күн емес; жылдың төрт цифрын, \
                 айдың екі цифрын және күннің екі цифрын жазыңыз, мысалы 2026-03-05"
            ),
            (DateError::NoSuchDay { input }, Lang::Ru) => format!(
                "{input:?} не является днем календаря; укажите существующую дату в форме ГГГГ-ММ-ДД (YYYY-MM-DD)"
            ),
            (DateError::NoSuchDay { input }, Lang::Kk) => format!(
                "{input:?} күнтізбеде жоқ күн; ЖЖЖЖ-АА-КК (YYYY-MM-DD) түрінде бар күнді көрсетіңіз"
            ),
        }
    }
}

/// Parses exactly `YYYY-MM-DD`: ten ASCII characters, no sign, no spaces,
/// no single-digit month or day, no time.
///
/// # Errors
/// [`DateError::Format`] for any other form; [`DateError::NoSuchDay`] for a
/// day that does not exist.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::date::parse_date;
/// assert_eq!(parse_date("2026-03-05")?, NaiveDate::from_ymd_opt(2026, 3, 5).unwrap());
/// for bad in ["2026-3-5", " 2026-03-02", "+002026-03-02", "2026-03-02 ", "2026/03/02", "2026-03-02T00:00"] {
///     assert!(parse_date(bad).is_err(), "{bad:?}");
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let format = || DateError::Format {
        input: input.to_owned(),
    };
    let bytes = input.as_bytes();
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *bytes else {
        return Err(format());
    };
    let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    if !digits.iter().all(u8::is_ascii_digit) {
        return Err(format());
    }
    let num = |ds: &[u8]| {
        ds.iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d.saturating_sub(b'0')))
    };
    let year = i32::try_from(num(&[y1, y2, y3, y4])).map_err(|_| format())?;
    NaiveDate::from_ymd_opt(year, num(&[m1, m2]), num(&[d1, d2])).ok_or_else(|| {
        DateError::NoSuchDay {
            input: input.to_owned(),
        }
    })
}

/// Dates in stored JSON read as strictly as typed ones: exactly
/// `YYYY-MM-DD` ([`parse_date`]), for `#[serde(deserialize_with = …)]`.
/// chrono's own `Deserialize` also takes `2026-3-5` and `+002026-03-05`.
/// Written as chrono writes them (`YYYY-MM-DD`).
#[cfg(feature = "serde")]
pub(crate) mod strict {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer};

    /// A date.
    pub(crate) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_date(&text).map_err(serde::de::Error::custom)
    }

    /// A date or `null`.
    pub(crate) fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| super::parse_date(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
}
