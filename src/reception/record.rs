//! Deserializing a [`Reception`]: the serialized record and the checks of
//! the life cycle that need no calendar.

use chrono::{NaiveDate, NaiveDateTime};

use crate::due::Due;
use crate::law::Citation;

use super::{Absence, Extension, Hearing, Protocol, Reception, Stage, same_worker_key};

use serde::Deserialize;

/// A [`Reception`] as serialized, before its invariants are checked.
#[derive(Deserialize)]
pub(super) struct ReceptionRecord {
    registered_on: NaiveDate,
    answer_by: Due,
    extensions: Vec<Extension>,
    hearing: Option<Hearing>,
    assignees: Vec<String>,
    absences: Vec<Absence>,
    stage: Stage,
}

/// How far a date may move off a run of days off to the next working day,
/// as deserialization bounds it without a calendar: at most 5 days in
/// 2018–2027; 10 leaves room for a future act.
const MAX_MOVE_DAYS: u64 = 10;

/// Why a serialized [`Reception`] was refused.
#[derive(Debug)]
pub(super) struct InvalidReception(&'static str);

impl std::fmt::Display for InvalidReception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a reception the life cycle can reach: {}", self.0)
    }
}

impl TryFrom<ReceptionRecord> for Reception {
    type Error = InvalidReception;

    /// The calendar-free invariants of the transitions (see [`Reception`]).
    fn try_from(r: ReceptionRecord) -> Result<Self, Self::Error> {
        let fail = |why| Err(InvalidReception(why));
        let reg = r.registered_on;
        let days_after = |d: NaiveDate, n: u64| d.checked_add_days(chrono::Days::new(n));
        // п. 22: a reception is at least 5 working days, so 5 days, after
        // the registration.
        let prepared =
            |reception: NaiveDateTime| days_after(reg, 5).is_some_and(|d| reception.date() >= d);
        // п. 35: at least the first worker, and nobody twice.
        if r.assignees.is_empty() {
            return fail("no worker is assigned (п. 35)");
        }
        let mut keys: Vec<String> = r.assignees.iter().map(|w| same_worker_key(w)).collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() != r.assignees.len() {
            return fail("a worker is assigned twice (п. 35)");
        }
        // п. 25, 26: the term and its extensions.
        let (mut letters, mut decisions, mut last_end) = (0, 0, None);
        for e in &r.extensions {
            let (on, ends) = match *e {
                Extension::ByLetter { sent_on, ends } => {
                    letters += 1;
                    (sent_on, ends)
                }
                Extension::ByDecision {
                    decided_on,
                    ends,
                    notified_on,
                } => {
                    decisions += 1;
                    if notified_on < decided_on {
                        return fail("an extension is notified before it was decided (п. 26)");
                    }
                    (decided_on, ends)
                }
            };
            // A later extension is made while the term the earlier one set
            // runs: up to its end moved off a day off (see below).
            let after_term =
                |prev: NaiveDate| days_after(prev, MAX_MOVE_DAYS).is_none_or(|d| on > d);
            if on < reg
                || ends <= on
                || last_end.is_some_and(|prev| ends <= prev || after_term(prev))
            {
                return fail("an extension is out of order or after the term (п. 26)");
            }
            last_end = Some(ends);
        }
        if letters > 1 || decisions > 1 {
            return fail("a kind of extension is made twice (п. 26)");
        }
        match last_end {
            None if r.answer_by.rule != Citation::regulation(25) || r.answer_by.date <= reg => {
                return fail("the term of the answer is not that of п. 25");
            }
            // The extended term is the chosen end, moved to the next working
            // day when that is a day off (APPC art. 76(5)): never earlier, and
            // later only by a run of days off (MAX_MOVE_DAYS).
            Some(end)
                if r.answer_by.rule != Citation::regulation(26)
                    || r.answer_by.date < end
                    || days_after(end, MAX_MOVE_DAYS).is_none_or(|d| r.answer_by.date > d) =>
            {
                return fail("the term of the answer is not the one extended (п. 26)");
            }
            _ => {}
        }
        // п. 28, APPC art. 73: the hearing.
        if let Some(h) = r.hearing {
            if h.draft_sent_on < reg
                || h.draft_received_on < h.draft_sent_on
                || h.objections_until.rule != Citation::APPC_73
                || days_after(h.draft_received_on, 2).is_none_or(|d| h.objections_until.date < d)
            {
                return fail("the hearing's dates are out of order (п. 28, APPC art. 73)");
            }
        }
        // п. 16: absences of a reception after registration, told by its day.
        if r.absences.iter().any(|a| {
            a.notified_on < reg || a.notified_on > a.reception.date() || !prepared(a.reception)
        }) {
            return fail("an absence is out of order (п. 16)");
        }
        let protocol_ok = |p: &Protocol, reception: Option<NaiveDate>| {
            let has_decision = p.decision.as_deref().is_some_and(|d| !d.trim().is_empty());
            (has_decision || !p.instructions.is_empty())
                && reception.is_none_or(|day| p.instructions.iter().all(|i| i.due >= day))
        };
        let stage_ok = match &r.stage {
            Stage::Registered => true,
            Stage::Included { answered_on } => {
                *answered_on >= reg && *answered_on <= r.answer_by.date
            }
            Stage::Notified {
                answered_on,
                notified_on,
                reception,
            } => {
                *answered_on >= reg
                    && *answered_on <= r.answer_by.date
                    && notified_on >= answered_on
                    && days_after(*notified_on, 2).is_some_and(|d| reception.date() >= d)
                    && prepared(*reception)
            }
            Stage::Held { reception, .. } => prepared(*reception),
            Stage::Protocolled {
                reception,
                protocol,
            } => prepared(*reception) && protocol_ok(protocol, Some(reception.date())),
            Stage::Closed { protocol, answer } => {
                days_after(reg, 5).is_some_and(|d| answer.sent_on >= d)
                    && !answer.reasons.trim().is_empty()
                    && protocol_ok(protocol, None)
            }
            Stage::Refused {
                decided_on,
                hearing,
            } => r.hearing == Some(*hearing) && *decided_on > hearing.objections_until.date,
        };
        if !stage_ok {
            return fail("the stage contradicts the rules of its transition");
        }
        Ok(Reception {
            registered_on: r.registered_on,
            answer_by: r.answer_by,
            extensions: r.extensions,
            hearing: r.hearing,
            assignees: r.assignees,
            absences: r.absences,
            stage: r.stage,
        })
    }
}
