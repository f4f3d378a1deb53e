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
//! use kz_appeals::Lang;
//! use kz_appeals::calendar::Calendar;
//! use kz_appeals::registration::register;
//! use kz_appeals::schedule::{Facts, Schedule};
//!
//! let cal = Calendar::kazakhstan(); // build once, pass everywhere
//! let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
//! // A request arrives on Saturday 21 March 2026, during Nauryz: it is
//! // registered on Thursday 26 March (п. 21).
//! let registered = register(&cal, d(3, 21))?;
//! assert_eq!(registered.date, d(3, 26));
//! // The answer is due 15 working days later (п. 25); a reception is set
//! // for Tuesday 12 May, so the briefing is due 5 working days before it
//! // (п. 22), over the May holidays.
//! let facts = Facts::registered_on(registered.date).with_reception(d(5, 12));
//! let schedule = Schedule::compute(&cal, &facts)?;
//! assert_eq!(schedule.response.date, d(4, 16));
//! let briefing = schedule.briefing.expect("a reception is set");
//! assert_eq!(briefing.date, d(4, 30));
//! assert!(briefing.explain(&cal, Lang::En)?.contains("Victory Day"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The primary type: the case file
//! A request's life is a [`CaseFile`]: dated events (arrived, registered,
//! answered, date told, reception held, protocol, refused, closed, …),
//! recorded as they happen and measured against the law on any date by one
//! judge ([`case::evaluate_with`]): every deadline in one state, the
//! violations, the next action and who must take it, the refusal APPC
//! art. 91(2) deems. [`Schedule`] is the calculator for loose dates ("what
//! if the reception were on the 12th?"): dates only, judged by the same
//! judge when asked ([`case::judge_facts`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use kz_appeals::{CaseFile, Calendar, evaluate};
//! use kz_appeals::case::{Event, EventKind};
//! let cal = Calendar::kazakhstan();
//! let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
//! let mut file = CaseFile::new("A-1");
//! file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None }))?;
//! // п. 25: due Thu 16 April 2026; unanswered on Mon 20 April: 2 working
//! // days overdue, and APPC art. 91(2) deems a refusal from Fri 17 April.
//! let e = evaluate(&cal, &file, d(4, 20))?;
//! assert_eq!(e.violations[0].late_by_working_days, 2);
//! assert_eq!(e.deemed_refusal.map(|r| r.from), Some(d(4, 17)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # One name per thing, one JSON convention
//! Every category, ground, requisite, channel, role and deadline has one
//! machine name: its serde name, its key in every JSON format and command
//! line flag, what `Display` writes and `FromStr` reads ([`MachineName`]).
//! Enums without data serialize as that name; enums with data carry it in
//! a `"kind"` field (the case file's events use `"event"`); dates are ISO
//! `YYYY-MM-DD`; every input type refuses unknown fields.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use kz_appeals::{PriorityCategory, channel::Channel, intake::IntakeOutcome};
//! use serde_json::json;
//! let pregnant = PriorityCategory::PregnantWoman;
//! assert_eq!(serde_json::to_value(pregnant).unwrap(), json!("pregnant_woman"));
//! assert_eq!(pregnant.to_string(), "pregnant_woman");
//! assert_eq!("pregnant_woman".parse::<PriorityCategory>(), Ok(pregnant));
//! assert_eq!(serde_json::to_value(Channel::Paper).unwrap(), json!({"kind": "paper"}));
//! assert_eq!(serde_json::to_value(IntakeOutcome::Registered).unwrap(), json!({"kind": "registered"}));
//! // A typo is an error, not a silently ignored field.
//! assert!(serde_json::from_value::<Channel>(json!({"kind": "paper", "numbr": "7"})).is_err());
//! # }
//! ```
//!
//! # Messages for a clerk
//! Errors say `"<rule>: <what was wrong>; <what to do>"`, and render in
//! Kazakh and Russian too through [`Localized`]:
//!
//! ```
//! use kz_appeals::{Iin, Lang, Localized};
//! let err = "850808301234".parse::<Iin>().unwrap_err();
//! assert!(err.message(Lang::Ru).starts_with("контрольная (12-я) цифра ИИН равна 4"));
//! ```
//!
//! # From the regulation to the code
//! | regulation, act | rule | module |
//! |---|---|---|
//! | п. 2 | the officials who receive | [`official`] |
//! | п. 4, 18, 21 (part 3), 34 | channels, oral requests, language, the mark «с личного приема» | [`channel`] |
//! | п. 5, 6, 15; APPC arts. 63, 64(7) | intake: left without consideration, correction and return, no appointment | [`intake`](mod@intake) |
//! | п. 7 | a reception every month, on working days | [`reception_schedule`] |
//! | п. 10, 11 | applicant, representative, foreigner with interpreter | [`applicant`], [`identity`] |
//! | п. 12 | priority categories and the queue | [`priority`], [`queue`] |
//! | п. 5, 6, 9, 13–16, 19, 22, 25, 26, 28, 29, 32–35, 38; APPC arts. 65, 73, 74, 76, 90(4), 91(2) | the case file: events, **the one judge**, how a request ended, agenda, report, JSON format | [`case`] |
//! | п. 6, 15(1), 16, 19, 22, 25, 26, 28, 29; APPC arts. 64(7), 65, 73, 74, 76 | the one table of deadlines, terms, readings and policy, violations | [`deadline`] ([`term`], [`reading`], [`violation`]) |
//! | п. 21; APPC art. 64(3) | registration day | [`registration`] |
//! | the same | every date of an appeal from loose facts ("what if") | [`schedule`] |
//! | APPC art. 76(2), (5); Civil Code arts. 173–175 | how a term is counted | [`term`] |
//! | Law on holidays arts. 2–5; Labour Code arts. 84(5), 85(3) | the working-day calendar | [`calendar`] |
//! | [`rules`] §4 | names in Kazakh, Russian, English; one message format for errors | [`lang`] |
//! | — | citations as data; a date a reception keeps; dates as typed (`YYYY-MM-DD`) | [`law`], [`due`], [`date`] |
//! | — | strategies for your own property tests (feature `proptest`) | `strategy` |
//! | — | the command-line tool `kz-appeals` (feature `cli`) | `cli` |
//!
//! The design decisions (counting convention, month rounding, provisional
//! years) are explained in [`design`]; the rules restated from the
//! regulation and the acts, with the readings this crate takes, are in
//! [`rules`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod applicant;
pub mod calendar;
pub mod case;
pub mod channel;
#[cfg(feature = "cli")]
#[cfg_attr(docsrs, doc(cfg(feature = "cli")))]
pub mod cli;
pub mod date;
pub mod deadline;
pub mod identity;
pub mod intake;
pub mod lang;
pub mod law;
pub mod official;
pub mod priority;
pub mod queue;
pub mod reception_schedule;
pub mod schedule;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategy;

#[cfg(test)]
mod localized_tests;

pub use applicant::Applicant;
pub use calendar::Calendar;
pub use case::{CaseFile, evaluate};
pub use deadline::registration::register;
/// The vocabulary's modules at the crate's root, where they are used most:
/// the same modules as under [`deadline`].
pub use deadline::{due, reading, registration, term, violation};
pub use identity::{Bin, IdentityError, Iin};
pub use intake::{Arrival, Intake, IntakeOutcome, Request, Screening, intake};
pub use lang::{Lang, Localized, MachineName, Named, Names, UnknownName};
pub use priority::PriorityCategory;
pub use queue::order_queue;
pub use schedule::{Facts, Schedule};

#[doc = include_str!("../DESIGN.md")]
pub mod design {}

/// *This copy of the project's rules ships inside the crate
/// (`docs/RULES.md`; CI checks it against the project's shared copy). The
/// files it names under `regulation/` and `kz-calendar/` are the project's
/// shared sources, outside the package; `tests/data/` holds the reference
/// calendar the tests use.*
///
#[doc = include_str!("../docs/RULES.md")]
pub mod rules {}

/// The README's examples, run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
