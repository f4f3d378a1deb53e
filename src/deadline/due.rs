//! A date the regulation sets or bounds, as a reception's state keeps it:
//! the date, whether it rests on a provisional calendar year, and the rule.
//!
//! The dates are counted by [`crate::deadline::DeadlineKind::due`] (and so by
//! [`super::term::Term`]), the one place where the counting conventions of
//! [`rules`](crate::rules) §2 live; a [`Due`] is what the life cycle keeps of the
//! [`Deadline`] once counted, or of a date the body chose within a limit
//! (an extended term, п. 26).

use chrono::NaiveDate;

use super::term::Deadline;
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A date a rule yields.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::due::Due;
/// use kz_appeals::law::Citation;
/// let d = Due { date: NaiveDate::from_ymd_opt(2025, 6, 5).unwrap(), provisional: false, rule: Citation::APPC_64_7 };
/// assert_eq!(d.to_string(), "2025-06-05 (APPC art. 64(7))");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Due {
    /// The date.
    pub date: NaiveDate,
    /// Whether the count looked at a day of a provisional calendar year
    /// ([`rules`](crate::rules) §1): the date may move when that year's acts are published.
    pub provisional: bool,
    /// The paragraph or article that sets it.
    pub rule: Citation,
}

impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.date, self.rule)?;
        if self.provisional {
            f.write_str(", provisional")?;
        }
        Ok(())
    }
}

impl From<Deadline> for Due {
    /// Keeps the date, the provisional flag and the main rule of a deadline.
    fn from(d: Deadline) -> Self {
        Due {
            date: d.date,
            provisional: d.provisional,
            rule: d.rule,
        }
    }
}
