//! The judge's answers as the tool writes them, one shape for every
//! subcommand: a violation ([`ViolationOut`]) is the same object in
//! `deadlines`, `evaluate` and `agenda`, so that their JSON can be compared
//! key for key; and the readings a body applies (`--reading`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::deadline::DeadlineKind;
use crate::deadline::reading::{Policy, Reading};
use crate::deadline::violation::Violation;
use crate::lang::Lang;

/// A violation: the deadline missed, its due date, the day of the act
/// (`null` for a step not taken), how late, and the rule broken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ViolationOut {
    /// The deadline missed, by its machine name.
    pub deadline: DeadlineKind,
    /// Its last day.
    pub due: NaiveDate,
    /// The day the act was done; `null` for a step not taken.
    pub on: Option<NaiveDate>,
    /// Working days in (due, on], or (due, as_of] for a step not taken.
    pub late_by_working_days: u32,
    /// The rule broken, in the query's language.
    pub rule: String,
    /// The instruction's id, for `instruction_due`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
    /// The reading of an ambiguous rule the deadline rests on (rules §2a),
    /// when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
}

impl ViolationOut {
    /// The violation `v` in `lang`.
    #[must_use]
    pub fn of(v: &Violation, lang: Lang) -> ViolationOut {
        ViolationOut {
            deadline: v.deadline,
            due: v.due,
            on: v.on,
            late_by_working_days: v.late_by_working_days,
            rule: v.rule.render(lang),
            instruction: v.instruction.clone(),
            reading: v.reading,
        }
    }
}

/// The policy of the readings named (`--reading date_notice_before_reception`,
/// `"reading": ["two_months_from_registration"]`): each reading of п. 25
/// or п. 26 the body applies instead of the default (a) ([`rules`](crate::rules) §2a).
///
/// # Errors
/// A message naming a reading that is not a body's choice (APPC art. 73's
/// two readings follow from what is known) or two readings of one rule.
///
/// # Example
/// ```
/// use kz_appeals::{cli::judged::policy, reading::{DateNotice, Policy, Reading}};
/// let p = policy(&[Reading::DateNoticeBeforeReception])?;
/// assert_eq!(p, Policy::default().with_date_notice(DateNotice::BeforeReception));
/// assert!(policy(&[Reading::ObjectionFromReceipt]).is_err());
/// assert!(policy(&[Reading::DateNoticeAfterAnswer, Reading::DateNoticeBeforeReception]).is_err());
/// # Ok::<(), String>(())
/// ```
pub fn policy(readings: &[Reading]) -> Result<Policy, String> {
    let mut p = Policy::default();
    for (n, r) in readings.iter().enumerate() {
        if let Some(other) = readings
            .iter()
            .take(n)
            .find(|o| **o == *r || o.other() == *r)
        {
            return Err(format!(
                "{}: two readings given, {other} and {r}; give one reading of each rule",
                r.rule()
            ));
        }
        p = p.with_reading(*r).ok_or_else(|| {
            format!(
                "{}: {r} is not a body's choice (it follows from what is known); give one of date_notice_after_answer, date_notice_before_reception, two_months_from_decision, two_months_from_registration, letter_extends_term, letter_appc_strict",
                r.rule()
            )
        })?;
    }
    Ok(p)
}

/// The policy of a case file document's readings, then the query's
/// (`--reading`), a query's reading replacing the document's of the same
/// rule.
///
/// # Errors
/// As [`policy`].
///
/// # Example
/// ```
/// use kz_appeals::{cli::judged::policy_of, reading::{DateNotice, Policy, Reading}};
/// // The document says (b) for п. 25; the query says (a): the query's stands.
/// let p = policy_of(&[Reading::DateNoticeBeforeReception], &[Reading::DateNoticeAfterAnswer])?;
/// assert_eq!(p.date_notice, DateNotice::AfterAnswer);
/// # Ok::<(), String>(())
/// ```
pub fn policy_of(document: &[Reading], query: &[Reading]) -> Result<Policy, String> {
    let mut all: Vec<Reading> = document
        .iter()
        .filter(|d| !query.iter().any(|q| *q == **d || q.other() == **d))
        .copied()
        .collect();
    all.extend_from_slice(query);
    policy(&all)
}

/// A reading flag's value, by its machine name.
pub(crate) fn parse_reading(s: &str) -> Result<Reading, String> {
    crate::lang::MachineName::from_machine_name(s).map_err(|e: crate::UnknownName| e.to_string())
}
