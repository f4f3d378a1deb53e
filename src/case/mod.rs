//! The case file: the history of one request as dated events, and pure
//! functions that measure it against the law on any date.
//!
//! A [`CaseFile`] is an append-only list of [`Event`]s, in the order they
//! happened. It is the stored form of a request; everything else is derived
//! from it (as in docketing and event sourcing, see ANCHORS.md):
//! - [`evaluate`] (and [`evaluate_with`] for another [`Policy`](crate::deadline::reading::Policy)):
//!   the stage, every deadline in one [`DeadlineState`], the violations so
//!   far, the next action due and by whom, and the refusal APPC art. 91(2)
//!   deems;
//! - [`agenda`]: what is overdue, due today or due soon across many files;
//! - [`report`]: the counts of п. 38 for a period;
//! - [`format`](mod@format): the versioned JSON interchange format, with a complete
//!   example.
//!
//! **Two kinds of wrong, never confused.** An event that cannot have
//! happened (dated before registration, a reception on a day off, a refusal
//! with no draft sent, anything after closing, a second final answer, an
//! instruction never given executed …) is refused with a [`CaseError`] that
//! names the event and cites the rule. An event that happened late, or a
//! step skipped, is recorded and becomes a
//! [`Violation`](crate::deadline::violation::Violation). [`CaseFile::record_guarded`]
//! answers "may I do this now without breaking a rule?" with the same
//! checks.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use kz_appeals::calendar::Calendar;
//! use kz_appeals::case::{evaluate, CaseFile, DeadlineState, Event, EventKind};
//! use kz_appeals::schedule::DeadlineKind;
//! let cal = Calendar::kazakhstan();
//! let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
//! let mut file = CaseFile::new("A-1");
//! file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: Some("w-1".into()), external_due: None, }))?;
//! file.record(&cal, Event::new(d(4, 20), EventKind::Answered))?; // due 16 April
//! let e = evaluate(&cal, &file, d(4, 30))?;
//! // 17 and 20 April: 2 working days late, a violation of APPC art. 76.
//! let answer = e.get(DeadlineKind::Response).expect("applies");
//! assert_eq!(answer.state, DeadlineState::DoneLate { on: d(4, 20), late_by_working_days: 2 });
//! assert_eq!(e.violations[0].rule.to_string(), "APPC art. 76");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod agenda;
mod check;
mod ending;
mod error;
mod evaluate;
mod evaluation;
mod event;
mod file;
#[cfg(feature = "serde")]
pub mod format;
mod ground;
mod guard;
mod judge;
mod link;
mod report;
mod stage;
mod state;

pub use agenda::{Agenda, AgendaItem, AgendaState, agenda};
pub use error::{CaseError, CountError, GuardError, Impossible};
pub use evaluate::{FactsJudged, evaluate, evaluate_facts, evaluate_with, judge_facts};
pub use evaluation::{
    DeadlineState, DeadlineStatus, DeemedRefusal, Evaluation, ExternalCount, ExternalDue,
    NextAction, Party,
};
pub use event::{Event, EventKind, EventName, HeldForm, InstructionGiven};
pub use file::CaseFile;
pub use ground::NoAppointmentGround;
pub use link::linked_violations;
pub use report::{Outcomes, Period, PeriodError, Report, report};
pub use stage::Stage;
