#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod identity;
pub mod lang;
pub mod law;

pub use identity::{Bin, IdentityError, Iin};
pub use lang::{Lang, Named, Names};
