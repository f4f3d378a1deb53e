//! # kz-appeals
//!
//! The Almaty region's regulation on the personal reception of citizens and
//! representatives of legal entities by officials (постановление акимата
//! Алматинской области от 21.04.2025 № 105) as pure, tested functions, on
//! the official Kazakhstan working-day calendar.
//!
//! It is for the systems around a reception: e-appeals back offices that
//! register requests and watch deadlines, front-office queue screens, and
//! case-management tools that must show a citizen or a court what is due,
//! when, and why.
//!
//! ```
//! use chrono::NaiveDate;
//! use kz_appeals::calendar::Calendar;
//!
//! let cal = Calendar::kazakhstan();
//! let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
//! // A request registered on Friday 20 March 2026: 15 working days later,
//! // over Nauryz (23 March) and its carry-overs (24–25 March).
//! assert_eq!(cal.add_working_days(d(3, 20), 15)?.value, d(4, 15));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # From the regulation to the code
//! | regulation, act | rule | module |
//! |---|---|---|
//! | Law on holidays arts. 2–5, Labour Code arts. 84(5), 85(3) | the working-day calendar | [`calendar`] |
//! | APPC art. 76(2), Civil Code art. 173 | counting starts the day after | [`calendar`] |
//! | RULES.md §4 | names in Kazakh, Russian, English | [`lang`] |
//! | — | citations as data | [`law`] |
//!
//! The design decisions (counting convention, month rounding, provisional
//! years) are explained in [`design`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod applicant;
pub mod calendar;
pub mod channel;
pub mod due;
pub mod identity;
pub mod intake;
pub mod lang;
pub mod law;
pub mod official;
pub mod priority;
pub mod queue;
pub mod reception;
pub mod reception_schedule;
pub mod registration;
pub mod schedule;
pub mod term;

pub use applicant::Applicant;
pub use identity::{Bin, IdentityError, Iin};
pub use intake::{Intake, IntakeOutcome, Request};
pub use lang::{Lang, Named, Names};
pub use priority::PriorityCategory;
pub use queue::order_queue;
pub use reception::{Reception, ReceptionError};

#[doc = include_str!("../DESIGN.md")]
pub mod design {}

/// The README's examples, run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
