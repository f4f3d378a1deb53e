//! The status of a year (official, provisional, projected) and the values
//! computed from the calendar, which carry whether they rest on a day that
//! may still change ([`rules`](crate::rules) §1).

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The status of a year of the calendar.
///
/// # Example
/// ```
/// use kz_appeals::calendar::{Calendar, YearStatus};
/// let cal = Calendar::kazakhstan();
/// assert_eq!(cal.year_status(2026)?, YearStatus::Official);
/// assert_eq!(cal.year_status(2027)?, YearStatus::Provisional);
/// assert_eq!(cal.year_status(2030)?, YearStatus::Projected);
/// assert!(cal.year_status(2017).is_err());
/// // One machine name: Display, FromStr and serde agree.
/// assert_eq!(YearStatus::Projected.to_string(), "projected");
/// assert_eq!("official".parse::<YearStatus>()?, YearStatus::Official);
/// assert!("final".parse::<YearStatus>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum YearStatus {
    /// Every act for the year is known; the year is settled.
    Official,
    /// The year is being published: some acts are known, others (a transfer
    /// order, the Kurban ait date) may still come.
    Provisional,
    /// Computed from the law alone, with the Kurban ait estimated and no
    /// transfer order.
    Projected,
}

crate::lang::machine_names!(YearStatus, "year status", {
    YearStatus::Official => "official",
    YearStatus::Provisional => "provisional",
    YearStatus::Projected => "projected",
});

impl YearStatus {
    /// Whether days of this year may still change.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::YearStatus;
    /// assert!(!YearStatus::Official.is_provisional());
    /// assert!(YearStatus::Provisional.is_provisional());
    /// assert!(YearStatus::Projected.is_provisional());
    /// ```
    #[must_use]
    pub const fn is_provisional(self) -> bool {
        !matches!(self, YearStatus::Official)
    }
    /// `"official"`, `"provisional"` or `"projected"`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::YearStatus;
    /// assert_eq!(YearStatus::Projected.as_str(), "projected");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        crate::MachineName::machine_name(&self)
    }
}

impl crate::Named for YearStatus {
    fn names(&self) -> crate::Names {
        use crate::Names;
        match self {
            YearStatus::Official => Names::new("ресми", "официальный", "official"),
            YearStatus::Provisional => Names::new("алдын ала", "предварительный", "provisional"),
            YearStatus::Projected => Names::new("болжамды", "прогнозный", "projected"),
        }
    }
}

/// A value computed from the calendar, with whether the computation looked
/// at a day of a provisional or projected year.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// let cal = Calendar::kazakhstan();
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // 15 working days after 2026-12-10 cross into 2027, a provisional year.
/// let due = cal.add_working_days(d(2026, 12, 10), 15)?;
/// assert!(due.provisional);
/// assert!(!cal.add_working_days(d(2026, 3, 2), 15)?.provisional);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Computed<T> {
    /// The value.
    pub value: T,
    /// Whether the computation looked at a day that may still change.
    pub provisional: bool,
}

impl<T> Computed<T> {
    /// Applies `f` to the value, keeping the provisional flag.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // 15 working days after 10 December 2026 end in provisional 2027.
    /// let due = cal.add_working_days(d(2026, 12, 10), 15)?;
    /// let year = due.map(|date| chrono::Datelike::year(&date));
    /// assert_eq!(year.value, 2027);
    /// assert!(year.provisional);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Computed<U> {
        Computed {
            value: f(self.value),
            provisional: self.provisional,
        }
    }
}
