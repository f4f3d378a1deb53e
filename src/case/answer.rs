//! The term of the answer (п. 25, as extended under п. 26), from the events:
//! the one computation the checks and the evaluation share.

use chrono::NaiveDate;

use super::state::Folded;
use crate::calendar::Calendar;
use crate::law::Citation;
use crate::reading::{Policy, TwoMonths};
use crate::schedule::DeadlineKind;
use crate::term::{Deadline, Term, TermError};
use crate::violation::Violation;

/// The term of the answer and the extensions that changed it or failed to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AnswerTerm {
    /// The last day of the term, as extended.
    pub ends: Deadline,
    /// A letter sent after the term ended: it did not extend it (п. 26).
    pub late_letter: Option<Violation>,
    /// A decision taken after the term ended: it did not extend it (APPC
    /// art. 76(3)).
    pub late_decision: Option<Violation>,
}

/// An extension decided after the term: a violation of `rule`, the term not
/// extended.
fn late_extension(
    cal: &Calendar,
    term: &Deadline,
    on: NaiveDate,
    rule: Citation,
) -> Result<Option<Violation>, TermError> {
    Ok(
        Violation::measure(cal, DeadlineKind::Response, term, Some(on), on)?
            .map(|v| v.with_rule(rule)),
    )
}

impl AnswerTerm {
    /// The term from the registration and the extensions in `s`, under
    /// `policy` (п. 26's two months).
    pub fn of(
        cal: &Calendar,
        registered: NaiveDate,
        s: &Folded<'_>,
        policy: Policy,
    ) -> Result<AnswerTerm, TermError> {
        let response = DeadlineKind::Response.due(cal, registered)?;
        let mut ends = response;
        let mut late_letter = None;
        let mut late_decision = None;
        if let Some((sent, until)) = s.letter {
            late_letter = late_extension(cal, &ends, sent, Citation::regulation(26))?;
            if late_letter.is_none() {
                ends = Term::SetDate.due(cal, until, Citation::regulation(26))?;
            }
        }
        if let Some((decided, until)) = s.decision {
            late_decision = late_extension(cal, &ends, decided, Citation::APPC_76_3)?;
            if late_decision.is_none() {
                let cap = match policy.two_months {
                    TwoMonths::FromDecision => DeadlineKind::ExtensionMax.due(cal, decided)?,
                    TwoMonths::FromRegistration => {
                        DeadlineKind::ExtensionMaxFromRegistration.due(cal, registered)?
                    }
                };
                let chosen = match until {
                    Some(until) => Term::SetDate.due(cal, until, Citation::regulation(26))?,
                    None => cap,
                };
                let new = if chosen.date > cap.date { cap } else { chosen };
                if new.date > ends.date {
                    ends = new;
                }
            }
        }
        Ok(AnswerTerm {
            ends,
            late_letter,
            late_decision,
        })
    }
}
