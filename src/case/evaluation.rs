//! [`Evaluation`]: what the judge says of a request on a date, and its
//! parts; computed by [`super::evaluate_with`] and [`super::evaluate_facts`].

use chrono::NaiveDate;

use crate::deadline::DeadlineKind;
use crate::deadline::term::Deadline;
use crate::deadline::violation::Violation;
use crate::lang::{Named, Names};
use crate::law::Citation;

use super::stage::Stage;

#[cfg(feature = "serde")]
use serde::Serialize;

/// Who must act on a deadline.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, Named, case::Party};
/// assert_eq!(Party::Unit.to_string(), "unit");
/// assert_eq!(Party::Official.name(Lang::En), "the receiving official");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(description = "Who must act on a deadline.")
)]
#[non_exhaustive]
pub enum Party {
    /// The worker responsible for the request (п. 22, 25, 35).
    Worker,
    /// The unit responsible for an instruction (п. 19, 32).
    Unit,
    /// The receiving official (п. 16).
    Official,
    /// The applicant (APPC art. 73).
    Applicant,
}

impl Party {
    /// Every party.
    pub const ALL: [Party; 4] = [
        Party::Worker,
        Party::Unit,
        Party::Official,
        Party::Applicant,
    ];
    /// The machine name.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Party::Worker => "worker",
            Party::Unit => "unit",
            Party::Official => "official",
            Party::Applicant => "applicant",
        }
    }
}

crate::lang::machine_names!(Party, "party", all = &Party::ALL, name = Party::key);

impl Named for Party {
    fn names(&self) -> Names {
        match self {
            Party::Worker => Names::new(
                "жауапты қызметкер",
                "ответственный работник",
                "the responsible worker",
            ),
            Party::Unit => Names::new(
                "жауапты бөлімше",
                "ответственное подразделение",
                "the responsible unit",
            ),
            Party::Official => Names::new(
                "қабылдайтын лауазымды адам",
                "принимающее должностное лицо",
                "the receiving official",
            ),
            Party::Applicant => Names::new("өтініш беруші", "заявитель", "the applicant"),
        }
    }
}

/// The state of one deadline on the date of the evaluation: exactly one of
/// five.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::case::DeadlineState;
/// let s = DeadlineState::Overdue { late_by_working_days: 2 };
/// assert!(s.is_violation());
/// assert!(!DeadlineState::Open { working_days_left: 3 }.is_violation());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DeadlineState {
    /// Done on or before the due date.
    DoneOnTime {
        /// The day it was done.
        on: NaiveDate,
    },
    /// Done after the due date.
    DoneLate {
        /// The day it was done.
        on: NaiveDate,
        /// Working days in (due, on].
        late_by_working_days: u32,
    },
    /// Not done yet, still in time.
    Open {
        /// Working days in (as_of, due].
        working_days_left: u32,
    },
    /// Not done, and the due date has passed (a step skipped stays overdue).
    Overdue {
        /// Working days in (due, as_of].
        late_by_working_days: u32,
    },
    /// Not done, and no longer needed: the request took another way before
    /// the due date.
    NoLongerApplicable,
}

impl DeadlineState {
    /// Whether the state is a violation: done late or overdue.
    #[must_use]
    pub const fn is_violation(self) -> bool {
        matches!(
            self,
            DeadlineState::DoneLate { .. } | DeadlineState::Overdue { .. }
        )
    }
}

/// One deadline of a case file and its state on the date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct DeadlineStatus {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The instruction's id, for [`DeadlineKind::Instruction`].
    pub instruction: Option<String>,
    /// The due date.
    pub due: NaiveDate,
    /// The due date as counted by [`DeadlineKind::due`], with its term,
    /// rule and the days off it passed over.
    pub deadline: Deadline,
    /// Its state.
    pub state: DeadlineState,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    pub who: Option<String>,
    /// The day the step stopped being needed, when it has by the date of
    /// the evaluation (the reception held or moved, the request answered
    /// or ended): an overdue step stays a violation, counted up to that
    /// day, but is no next action and not on the agenda.
    pub moot_from: Option<NaiveDate>,
}

/// The next action due: the most urgent open or overdue deadline of the
/// body (not the applicant's).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct NextAction {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The instruction's id, for [`DeadlineKind::Instruction`].
    pub instruction: Option<String>,
    /// The due date.
    pub due: NaiveDate,
    /// Whether it is already overdue.
    pub overdue: bool,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    pub who: Option<String>,
}

/// How another system's due date for the answer differs from the law's
/// (п. 25, APPC art. 76(2): the term runs from the day after the
/// registration). See [`ExternalDue`] for an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ExternalCount {
    /// It counts the registration day as day 1 (one working day early):
    /// APPC art. 76(2) starts the term the next day.
    RegistrationDayAsDayOne,
    /// It counts 15 calendar days, not working days (п. 25 says working
    /// days).
    CalendarDays,
    /// Another difference, said in working days.
    Other,
}

impl ExternalCount {
    /// Every explanation.
    pub const ALL: [ExternalCount; 3] = [
        ExternalCount::RegistrationDayAsDayOne,
        ExternalCount::CalendarDays,
        ExternalCount::Other,
    ];
    /// The machine name.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            ExternalCount::RegistrationDayAsDayOne => "registration_day_as_day_one",
            ExternalCount::CalendarDays => "calendar_days",
            ExternalCount::Other => "other",
        }
    }
}

crate::lang::machine_names!(
    ExternalCount,
    "external count",
    all = &ExternalCount::ALL,
    name = ExternalCount::key
);

impl Named for ExternalCount {
    fn names(&self) -> Names {
        match self {
            ExternalCount::RegistrationDayAsDayOne => Names::new(
                "тіркелген күнді бірінші күн деп санайды (ӘРПК 76-бабының 2-бөлігі бойынша мерзім келесі күннен басталады)",
                "считает день регистрации первым днем (по ч. 2 ст. 76 АППК срок начинается со следующего дня)",
                "counts the registration day as day 1 (APPC art. 76(2) starts the term the next day)",
            ),
            ExternalCount::CalendarDays => Names::new(
                "жұмыс күндерін емес, күнтізбелік күндерді санайды",
                "считает календарные, а не рабочие дни",
                "counts calendar days, not working days",
            ),
            ExternalCount::Other => {
                Names::new("басқаша санайды", "считает иначе", "counts otherwise")
            }
        }
    }
}

/// Another system's due date for the answer beside the law's (п. 25, APPC
/// art. 76(2)), recorded with the registration (`external_due`), when they
/// differ.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Calendar, CaseFile, evaluate};
/// use kz_appeals::case::{Event, EventKind, ExternalCount};
/// let cal = Calendar::kazakhstan();
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // Registered Thu 26 May 2022: due 15 working days from the next day,
/// // Thu 16 June (APPC art. 76(2)); another system shows Wed 15 June.
/// let mut f = CaseFile::new("A");
/// let external_due = Some(d(2022, 6, 15));
/// f.record(&cal, Event::new(d(2022, 5, 26), EventKind::Registered { worker: None, external_due }))?;
/// let x = evaluate(&cal, &f, d(2022, 5, 27))?.external_due.expect("they differ");
/// assert_eq!((x.ours, x.working_days), (d(2022, 6, 16), -1));
/// assert_eq!(x.explanation, ExternalCount::RegistrationDayAsDayOne);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct ExternalDue {
    /// The date the other system shows.
    pub theirs: NaiveDate,
    /// The law's date (the term of the answer as it stands).
    pub ours: NaiveDate,
    /// Working days from ours to theirs: negative when theirs is earlier.
    pub working_days: i64,
    /// What the difference comes from, when it can be told.
    pub explanation: ExternalCount,
}

/// A refusal deemed by APPC art. 91(2): no answer within the term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct DeemedRefusal {
    /// The last day of the term of the answer (п. 25–26).
    pub term_ended: NaiveDate,
    /// The day from which the refusal is deemed: the day after.
    pub from: NaiveDate,
    /// APPC art. 91(2).
    pub rule: Citation,
}

/// A case file measured on a date: see [`evaluate`](super::evaluate).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Evaluation {
    /// The date of the evaluation.
    pub as_of: NaiveDate,
    /// The stage; `None` before the first event.
    pub stage: Option<Stage>,
    /// The worker responsible, when given.
    pub worker: Option<String>,
    /// Every deadline that applies, in the order of the law's steps.
    pub deadlines: Vec<DeadlineStatus>,
    /// The violations so far, by due date.
    pub violations: Vec<Violation>,
    /// The next action due, and by whom.
    pub next: Option<NextAction>,
    /// APPC art. 91(2): a refusal deemed from the end of the term with no
    /// answer.
    pub deemed_refusal: Option<DeemedRefusal>,
    /// Another system's due date for the answer, when recorded and it
    /// differs from the law's.
    pub external_due: Option<ExternalDue>,
}

impl Evaluation {
    /// The status of `deadline` (the first, for instructions).
    #[must_use]
    pub fn get(&self, kind: DeadlineKind) -> Option<&DeadlineStatus> {
        self.deadlines.iter().find(|d| d.kind == kind)
    }
}

/// The next action due: the most urgent open or overdue deadline of the
/// body (not the applicant's).
pub(crate) fn next_action(deadlines: &[DeadlineStatus]) -> Option<NextAction> {
    deadlines
        .iter()
        .filter(|d| d.by != Party::Applicant && d.moot_from.is_none())
        .filter_map(|d| match d.state {
            DeadlineState::Open { .. } => Some((false, d)),
            DeadlineState::Overdue { .. } => Some((true, d)),
            _ => None,
        })
        .min_by_key(|(overdue, d)| (!overdue, d.due))
        .map(|(overdue, d)| NextAction {
            kind: d.kind,
            instruction: d.instruction.clone(),
            due: d.due,
            overdue,
            by: d.by,
            who: d.who.clone(),
        })
}
