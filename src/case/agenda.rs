//! [`agenda`]: what is overdue, due today or due soon across many case files.

use chrono::NaiveDate;

use super::error::CountError;
use super::evaluate::evaluate_with;
use super::evaluation::{DeadlineState, Party};
use super::file::CaseFile;
use crate::calendar::Calendar;
use crate::deadline::DeadlineKind;
use crate::deadline::reading::Policy;
use crate::deadline::violation::Violation;
use crate::lang::{Named, Names};
use crate::law::Citation;

#[cfg(feature = "serde")]
use serde::Serialize;

/// Where an agenda item stands.
///
/// # Example
/// ```
/// use kz_appeals::case::AgendaState;
/// assert_eq!(AgendaState::DueToday.to_string(), "due_today");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "Where an agenda item stands: overdue, due today, or due within the working days asked."
    )
)]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AgendaState {
    /// Past its due date and not done.
    Overdue,
    /// Due on the date of the agenda.
    DueToday,
    /// Due within the working days asked.
    DueSoon,
}

impl AgendaState {
    /// Every state, most urgent first.
    pub const ALL: [AgendaState; 3] = [
        AgendaState::Overdue,
        AgendaState::DueToday,
        AgendaState::DueSoon,
    ];
    /// The machine name.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            AgendaState::Overdue => "overdue",
            AgendaState::DueToday => "due_today",
            AgendaState::DueSoon => "due_soon",
        }
    }
}

crate::lang::machine_names!(
    AgendaState,
    "agenda state",
    all = &AgendaState::ALL,
    name = AgendaState::key
);

/// One line of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct AgendaItem {
    /// The case file's id.
    pub case: String,
    /// The deadline.
    pub deadline: DeadlineKind,
    /// The instruction's id, for an instruction.
    pub instruction: Option<String>,
    /// Its due date.
    pub due: NaiveDate,
    /// Overdue, due today or due soon.
    pub state: AgendaState,
    /// Overdue: working days in (due, as_of]; due today: 0; due soon:
    /// working days in (as_of, due].
    pub working_days: u32,
    /// The rule that sets the deadline.
    pub rule: Citation,
    /// Who must act.
    pub by: Party,
    /// The worker or unit, when known.
    pub who: Option<String>,
}

/// The agenda on `as_of` under `policy`'s readings: every deadline of the
/// body (not the applicant's) of a request still under consideration that
/// is overdue, due today, or due within `within` working days, most urgent first (most overdue
/// first, then due today, then soonest), each with its case, rule and who
/// must act (п. 24–26, 32–33: the control of terms).
///
/// A file that cannot be evaluated (a date the calendar cannot count) is
/// listed in [`Agenda::errors`] with its case, beside the others' items.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{agenda, AgendaState, CaseFile, Event, EventKind};
/// use kz_appeals::reading::Policy;
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut a = CaseFile::new("A-1");
/// a.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: Some("w-1".into()), external_due: None, }))?;
/// let mut b = CaseFile::new("B-2");
/// b.record(&cal, Event::new(d(3, 30), EventKind::Registered { worker: Some("w-2".into()), external_due: None, }))?;
/// // On Thursday 16 April 2026: A-1's answer is due today (п. 25); B-2's
/// // on Monday 20 April (17, 20: 2 working days).
/// let items = agenda(&cal, &[b, a], d(4, 16), 3, Policy::default()).items;
/// assert_eq!(items[0].case, "A-1");
/// assert_eq!((items[0].state, items[0].working_days), (AgendaState::DueToday, 0));
/// assert_eq!((items[1].state, items[1].working_days), (AgendaState::DueSoon, 2));
/// assert_eq!(items[1].who.as_deref(), Some("w-2"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn agenda(
    cal: &Calendar,
    files: &[CaseFile],
    as_of: NaiveDate,
    within: u32,
    policy: Policy,
) -> Agenda {
    let mut out = Agenda::default();
    for file in files {
        let e = match evaluate_with(cal, file, as_of, policy) {
            Ok(e) => e,
            Err(error) => {
                out.errors.push(CountError {
                    case: file.id().to_owned(),
                    error,
                });
                continue;
            }
        };
        let id = file.id();
        out.violations
            .extend(e.violations.into_iter().map(|v| (id.to_owned(), v)));
        // A request that has ended has no next action (the same rule as
        // `Evaluation::next`): its overdue steps stay violations.
        if !e.stage.is_some_and(|s| s.is_open()) {
            continue;
        }
        for d in e.deadlines {
            if d.by == Party::Applicant || d.moot_from.is_some() {
                continue;
            }
            let (state, working_days) = match d.state {
                DeadlineState::Overdue {
                    late_by_working_days,
                } => (AgendaState::Overdue, late_by_working_days),
                DeadlineState::Open { .. } if d.due == as_of => (AgendaState::DueToday, 0),
                DeadlineState::Open { working_days_left } if working_days_left <= within => {
                    (AgendaState::DueSoon, working_days_left)
                }
                _ => continue,
            };
            out.items.push(AgendaItem {
                case: file.id().to_owned(),
                deadline: d.kind,
                instruction: d.instruction,
                due: d.due,
                state,
                working_days,
                rule: d.deadline.rule,
                by: d.by,
                who: d.who,
            });
        }
    }
    // п. 35 across files: a request from a reception assigned to a worker
    // who had its original.
    out.violations
        .extend(super::link::linked_violations(files, as_of));
    out.items.sort_by(|a, b| {
        let urgency = |i: &AgendaItem| match i.state {
            AgendaState::Overdue => -i64::from(i.working_days),
            AgendaState::DueToday | AgendaState::DueSoon => i64::from(i.working_days),
        };
        (a.state, urgency(a), a.due, &a.case, a.deadline).cmp(&(
            b.state,
            urgency(b),
            b.due,
            &b.case,
            b.deadline,
        ))
    });
    out
}

/// The agenda of many case files (п. 24–26, 32–33, 35: the control of
/// terms): the items, most urgent first, the violations, and the files that
/// could not be evaluated, each with its own error (one bad file never
/// hides the others). See [`agenda`] for an example.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Agenda {
    /// What is due, most urgent first.
    pub items: Vec<AgendaItem>,
    /// The violations so far, file by file (the case's id, the violation).
    pub violations: Vec<(String, Violation)>,
    /// The files that could not be evaluated, in the order given.
    pub errors: Vec<CountError>,
}

impl Named for AgendaState {
    fn names(&self) -> Names {
        match self {
            AgendaState::Overdue => Names::new("мерзімі өткен", "просрочено", "overdue"),
            AgendaState::DueToday => Names::new("мерзімі бүгін", "срок сегодня", "due today"),
            AgendaState::DueSoon => Names::new("мерзімі жақын", "срок скоро", "due soon"),
        }
    }
}
