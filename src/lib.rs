#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod applicant;
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

pub use applicant::Applicant;
pub use identity::{Bin, IdentityError, Iin};
pub use intake::{Intake, IntakeOutcome, Request};
pub use lang::{Lang, Named, Names};
pub use priority::PriorityCategory;
pub use queue::order_queue;
pub use reception::{Reception, ReceptionError};
pub mod calendar;
