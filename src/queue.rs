//! The order of the day's queue (п. 12).
//!
//! п. 12: "Прием проводится в порядке очередности обращения" — in the order
//! of the requests — and the nine categories of [`PriorityCategory`] "are
//! received out of turn".
//!
//! **Reading (order among priority applicants).** The regulation ranks no
//! category above another and says nothing of the order among several people
//! received out of turn. This crate keeps the only order the regulation does
//! name, the order of the requests: everyone in a priority category comes
//! before everyone else, and within each of the two groups people go by the
//! order of their requests. Holding several categories gives no further
//! precedence.
//!
//! The order is total (two entries with the same [`RequestOrder`] keep the
//! order they were given in) and stable.

use chrono::NaiveDate;

use crate::lang::{Named, Names};
use crate::law::Citation;
use crate::priority::PriorityCategory;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The place of a request in the register: the day it was registered and its
/// number that day. Earlier days first, then lower numbers.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::queue::RequestOrder;
/// let d = |day| NaiveDate::from_ymd_opt(2025, 6, day).unwrap();
/// assert!(RequestOrder::new(d(2), 7) < RequestOrder::new(d(3), 1));
/// assert!(RequestOrder::new(d(3), 1) < RequestOrder::new(d(3), 2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct RequestOrder {
    /// The day the request was registered (п. 21).
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub registered_on: NaiveDate,
    /// Its number among the requests registered that day.
    pub number: u32,
}

impl RequestOrder {
    /// The request registered on `registered_on` with number `number`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::queue::RequestOrder;
    /// let o = RequestOrder::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), 3);
    /// assert_eq!(o.number, 3);
    /// ```
    #[must_use]
    pub const fn new(registered_on: NaiveDate, number: u32) -> Self {
        RequestOrder {
            registered_on,
            number,
        }
    }
}

/// Whether a person is received out of turn or in turn (п. 12).
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, queue::Turn};
/// assert!(Turn::OutOfTurn < Turn::InTurn); // out of turn comes first (п. 12)
/// assert_eq!(Turn::OutOfTurn.name(Lang::Ru), "вне очереди");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Turn {
    /// Out of turn: the person is in a priority category of п. 12.
    OutOfTurn,
    /// In the order of the requests.
    InTurn,
}

crate::lang::machine_names!(Turn, "turn", {
    Turn::OutOfTurn => "out_of_turn",
    Turn::InTurn => "in_turn",
});

impl Named for Turn {
    fn names(&self) -> Names {
        match self {
            Turn::OutOfTurn => Names::new("кезектен тыс", "вне очереди", "out of turn"),
            Turn::InTurn => Names::new("кезек бойынша", "в порядке очереди", "in turn"),
        }
    }
}

/// A person waiting to be received, with whatever the caller keeps about
/// them (`T`: a name, an id, the whole request).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{priority::PriorityCategory, queue::{RequestOrder, Turn, Waiting}};
/// let w = Waiting {
///     who: "Гүлнар",
///     order: RequestOrder::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), 4),
///     categories: vec![PriorityCategory::LabourVeteran],
/// };
/// assert_eq!(w.turn(), Turn::OutOfTurn); // п. 12
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Waiting<T> {
    /// The caller's data.
    pub who: T,
    /// The place of the person's request in the register.
    pub order: RequestOrder,
    /// The priority categories the person showed to be in (п. 12); empty if
    /// none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub categories: Vec<PriorityCategory>,
}

impl<T> Waiting<T> {
    /// Out of turn if the person is in at least one category of п. 12.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{priority::PriorityCategory, queue::{RequestOrder, Turn, Waiting}};
    /// let order = RequestOrder::new(NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(), 1);
    /// let pregnant = Waiting { who: 1, order, categories: vec![PriorityCategory::PregnantWoman] };
    /// let other = Waiting { who: 2, order, categories: vec![] };
    /// assert_eq!(pregnant.turn(), Turn::OutOfTurn);
    /// assert_eq!(other.turn(), Turn::InTurn);
    /// ```
    #[must_use]
    pub fn turn(&self) -> Turn {
        if self.categories.is_empty() {
            Turn::InTurn
        } else {
            Turn::OutOfTurn
        }
    }
}

/// Orders the day's queue by п. 12: every person in a priority category
/// first, then everyone else; within each group by the order of the requests
/// (see the module's Reading). Stable: entries with equal
/// [`RequestOrder`] keep the order they were given in.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::priority::PriorityCategory;
/// use kz_appeals::queue::{order_queue, RequestOrder, Waiting};
/// let d = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
/// let w = |who, n, categories| Waiting { who, order: RequestOrder::new(d, n), categories };
/// let day = vec![
///     w("Асқар", 1, vec![]),
///     w("Бибігүл", 2, vec![PriorityCategory::PregnantWoman]),
///     w("Владимир", 3, vec![]),
///     w("Гүлнар", 4, vec![PriorityCategory::LabourVeteran]),
/// ];
/// let order: Vec<_> = order_queue(day).into_iter().map(|w| w.who).collect();
/// // The two priority applicants by their requests (2, 4), then the others (1, 3).
/// assert_eq!(order, ["Бибігүл", "Гүлнар", "Асқар", "Владимир"]);
/// ```
#[must_use]
pub fn order_queue<T>(mut waiting: Vec<Waiting<T>>) -> Vec<Waiting<T>> {
    waiting.sort_by_key(|w| (w.turn(), w.order));
    waiting
}

/// п. 12, the paragraph [`order_queue`] applies.
pub const QUEUE_RULE: Citation = Citation::regulation(12);
