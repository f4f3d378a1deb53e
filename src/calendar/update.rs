//! Updates as data: the orders published for a year (its transfers of days
//! off, its Kurban ait date, extra days off), applied at run time.
//!
//! Every type here deserializes with serde, so a back office can load a new
//! year's order from JSON without a new release of the crate. An update is
//! validated against the law before it is applied, and applying it returns a
//! new [`Calendar`](super::Calendar): the built-in one never changes.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;

use super::YearStatus;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The act that made a day what it is: a decree, an order, an announcement.
/// Free text, as the act is cited (number, date, adilet code).
///
/// # Example
/// ```
/// use kz_appeals::calendar::ActRef;
/// let act = ActRef::new("Order of the Minister of Labour No. 500 of 20.11.2026");
/// assert_eq!(act.as_str(), "Order of the Minister of Labour No. 500 of 20.11.2026");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct ActRef(Cow<'static, str>);

impl ActRef {
    /// An act cited by `text`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::ActRef;
    /// assert_eq!(ActRef::new("MTSZN order").to_string(), "MTSZN order");
    /// ```
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        ActRef(Cow::Owned(text.into()))
    }
    pub(crate) const fn from_static(text: &'static str) -> Self {
        ActRef(Cow::Borrowed(text))
    }
    /// The citation text.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::ActRef;
    /// assert_eq!(ActRef::new("MTSZN order").as_str(), "MTSZN order");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A transfer of a day off (Labour Code art. 85(3)): the day off `from`
/// becomes a working day and the working day `to` becomes a day off.
///
/// `from` may be a Saturday, a Sunday (2020-01-05) or a weekday that was a
/// carry-over day (2020-05-11); `to` must be a working day.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::{Calendar, DayKind};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// // 2025: Sunday 5 January worked, Friday 3 January off (Labour Code art. 85(3)).
/// let t = &cal.year_orders(2025)?.transfers[0];
/// assert_eq!((t.from, t.to), (d(1, 5), d(1, 3)));
/// assert!(matches!(cal.day(d(1, 3))?.kind, DayKind::TransferredDayOff { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Transfer {
    /// The day off that becomes a working day.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub from: NaiveDate,
    /// The working day that becomes a day off.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub to: NaiveDate,
    /// The decree or order.
    pub act: ActRef,
}

/// The first day of Kurban ait of a year (Labour Code art. 84(5)): fixed
/// each year by the Ministry of Labour with the Spiritual Administration of
/// Muslims, or, for a year not fixed yet, an estimate ([`rules`](crate::rules) §1).
///
/// A year whose Kurban ait is an estimate stays provisional or projected: it
/// cannot be made official until an update gives the fixed date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// let cal = Calendar::kazakhstan();
/// let kurban = cal.year_orders(2025)?.kurban_ait.expect("fixed for 2025");
/// assert_eq!(kurban.date, NaiveDate::from_ymd_opt(2025, 6, 6).unwrap());
/// assert!(!kurban.estimate);
/// // 2028 is projected: its date is the tabular Hijri calendar's estimate.
/// let estimate = cal.year_orders(2028)?.kurban_ait.expect("estimated for 2028");
/// assert_eq!(estimate.date, NaiveDate::from_ymd_opt(2028, 5, 5).unwrap());
/// assert!(estimate.estimate);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct KurbanAit {
    /// The date.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub date: NaiveDate,
    /// Who fixed it, and when; for an estimate, how it was estimated.
    pub source: ActRef,
    /// Whether the date is an estimate, not yet fixed. Absent in JSON means
    /// `false`: a published date.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_false"))]
    pub estimate: bool,
}

#[cfg(feature = "serde")]
#[expect(clippy::trivially_copy_pass_by_ref, reason = "serde's signature")]
const fn is_false(b: &bool) -> bool {
    !*b
}

impl KurbanAit {
    /// The date as fixed by `source` (Labour Code art. 84(5)).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{ActRef, KurbanAit};
    /// let k = KurbanAit::fixed(NaiveDate::from_ymd_opt(2027, 5, 17).unwrap(), ActRef::new("MTSZN"));
    /// assert!(!k.estimate);
    /// ```
    #[must_use]
    pub const fn fixed(date: NaiveDate, source: ActRef) -> Self {
        KurbanAit {
            date,
            source,
            estimate: false,
        }
    }

    /// A date estimated by `source`, not fixed yet ([`rules`](crate::rules) §1): the
    /// year it falls in stays provisional or projected.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{ActRef, KurbanAit};
    /// let k = KurbanAit::estimated(NaiveDate::from_ymd_opt(2036, 2, 7).unwrap(), ActRef::new("tabular Hijri calendar"));
    /// assert!(k.estimate);
    /// ```
    #[must_use]
    pub const fn estimated(date: NaiveDate, source: ActRef) -> Self {
        KurbanAit {
            date,
            source,
            estimate: true,
        }
    }
}

/// A working day declared a day off by an act other than a transfer.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::{ActRef, Calendar, DayKind, ExtraDayOff, YearOrders};
/// let day = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(); // a Friday
/// let update = YearOrders {
///     year: 2027,
///     extra_days_off: vec![ExtraDayOff { date: day, act: ActRef::new("decree") }],
///     ..Default::default()
/// };
/// let cal = Calendar::kazakhstan().with_update(&update)?;
/// assert!(matches!(cal.day(day)?.kind, DayKind::DeclaredDayOff { .. }));
/// assert_eq!(cal.day(day)?.citation(), None); // only the act names it
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ExtraDayOff {
    /// The day.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub date: NaiveDate,
    /// The act.
    pub act: ActRef,
}

/// What was published for one year: its status, its Kurban ait date, its
/// transfers and extra days off. Used both for the embedded data and for
/// updates ([`Calendar::with_update`](super::Calendar::with_update)).
///
/// An update **adds** its transfers and extra days off to those the calendar
/// already has for the year, **replaces** the Kurban ait date when it gives
/// one (as in 2024, when 17 June was corrected to 16 June, and whenever a
/// fixed date replaces an estimate), and sets the status when it gives one.
///
/// # Stored format (version 1)
/// A back office keeps the orders it applies as files and loads them at
/// every start, so the JSON form is a stored format: it carries
/// `"version": 1` (written always; when absent it reads as 1, the first
/// version). Every object refuses unknown fields, so that a typo such as
/// `"transfer"` for `"transfers"` is an error, not an update that silently
/// applies nothing. A complete example, every field given:
///
/// ```
/// use kz_appeals::calendar::YearOrders;
/// let update: YearOrders = serde_json::from_str(r#"{
///     "version": 1,
///     "year": 2027,
///     "status": "official",
///     "kurban_ait": {"date": "2027-05-17", "source": "MTSZN announcement"},
///     "transfers": [{"from": "2027-01-09", "to": "2027-01-08", "act": "MTSZN order"}],
///     "extra_days_off": [{"date": "2027-12-31", "act": "Government decree"}]
/// }"#)?;
/// assert_eq!(update.transfers.len(), 1);
/// assert!(!update.kurban_ait.as_ref().is_some_and(|k| k.estimate)); // published
/// // Only `year` is required.
/// let bare: YearOrders = serde_json::from_str(r#"{"year": 2027}"#)?;
/// assert_eq!(bare, YearOrders { year: 2027, ..Default::default() });
/// // A typo is an error naming the field.
/// let err = serde_json::from_str::<YearOrders>(r#"{"year": 2027, "transfer": []}"#).unwrap_err();
/// assert!(err.to_string().contains("unknown field `transfer`"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct YearOrders {
    /// The version of the stored format, [`YearOrders::VERSION`] (1).
    #[cfg_attr(
        feature = "serde",
        serde(default = "version_1", deserialize_with = "supported_version")
    )]
    pub version: u32,
    /// The year the orders are filed under; every date must lie in it.
    pub year: i32,
    /// The status the year has after the update; `None` keeps it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub status: Option<YearStatus>,
    /// The first day of Kurban ait; `None` keeps the one the calendar has.
    #[cfg_attr(feature = "serde", serde(default))]
    pub kurban_ait: Option<KurbanAit>,
    /// Transfers of days off (Labour Code art. 85(3)).
    #[cfg_attr(feature = "serde", serde(default))]
    pub transfers: Vec<Transfer>,
    /// Extra days off.
    #[cfg_attr(feature = "serde", serde(default))]
    pub extra_days_off: Vec<ExtraDayOff>,
}

impl YearOrders {
    /// The version of the stored format this release reads and writes.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::calendar::YearOrders;
    /// assert_eq!(YearOrders::VERSION, 1);
    /// assert_eq!(YearOrders::default().version, YearOrders::VERSION);
    /// let json = serde_json::to_value(YearOrders { year: 2027, ..Default::default() })?;
    /// assert_eq!(json["version"], 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const VERSION: u32 = 1;
}

impl Default for YearOrders {
    /// No orders for year 0, in the current format version: fill in `year`
    /// and what was published.
    fn default() -> Self {
        YearOrders {
            version: YearOrders::VERSION,
            year: 0,
            status: None,
            kurban_ait: None,
            transfers: Vec::new(),
            extra_days_off: Vec::new(),
        }
    }
}

#[cfg(feature = "serde")]
const fn version_1() -> u32 {
    YearOrders::VERSION
}

#[cfg(feature = "serde")]
fn supported_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let version = u32::deserialize(d)?;
    if version == YearOrders::VERSION {
        Ok(version)
    } else {
        Err(serde::de::Error::custom(format_args!(
            "orders in format version {version} cannot be read: this release reads version {}; \
             use a release of kz-appeals that reads version {version}",
            YearOrders::VERSION
        )))
    }
}
