#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod lang;
pub mod law;

pub use lang::{Lang, Named, Names};
pub mod calendar;
pub mod registration;
pub mod schedule;
pub mod term;
