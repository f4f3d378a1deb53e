//! The law's counting vocabulary, beneath everything that judges: which
//! deadline ([`DeadlineKind`], **the one table** of the deadlines: term,
//! rule, reading and names), how a term is counted ([`term`]), the readings
//! of ambiguous rules and the policy that chooses among them ([`reading`]),
//! the registration of п. 21 ([`registration`]), the absence notice of
//! п. 16 ([`absence`]), and a deadline missed ([`violation`]).
//!
//! This wing depends only on [`crate::calendar`], [`crate::lang`] and
//! [`crate::law`]; the schedule, the case file and the tool build on it
//! (DESIGN.md, "The map").

pub mod absence;
pub mod due;
mod kind;
pub mod reading;
pub mod registration;
pub mod term;
pub mod violation;

pub use absence::{absence_notice_due, absence_notice_due_under, absence_notice_timely};
pub use kind::DeadlineKind;
pub use registration::registration_due;
