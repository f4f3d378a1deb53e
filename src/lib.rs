#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod applicant;
pub mod calendar;
pub mod channel;
pub mod identity;
pub mod official;
pub mod priority;
pub mod queue;
pub mod lang;
pub mod law;

pub use identity::{Bin, IdentityError, Iin};
pub use lang::{Lang, Named, Names};
