//! What the tests of loose facts ask of the judge: the acts done late and
//! the deemed refusal of a [`Schedule`]'s facts, measured by
//! `kz_appeals::case::judge_facts` (the one judge), under the schedule's
//! policy.
#![allow(dead_code)] // each test file uses the part it needs

use kz_appeals::Calendar;
use kz_appeals::case::judge_facts;
use kz_appeals::schedule::{Schedule, ScheduleError};
use kz_appeals::violation::Violation;

/// The judge's findings on a schedule's facts.
pub trait Judged {
    /// The acts done late.
    fn violations(&self, cal: &Calendar) -> Result<Vec<Violation>, ScheduleError>;
    /// The day a refusal is deemed from (APPC art. 91(2)).
    fn deemed_refusal_from(&self) -> Option<chrono::NaiveDate>;
}

impl Judged for Schedule {
    fn violations(&self, cal: &Calendar) -> Result<Vec<Violation>, ScheduleError> {
        Ok(judge_facts(cal, &self.facts, self.policy)?.violations)
    }

    fn deemed_refusal_from(&self) -> Option<chrono::NaiveDate> {
        let cal = Calendar::kazakhstan();
        judge_facts(&cal, &self.facts, self.policy)
            .ok()
            .and_then(|j| j.deemed_refusal_from)
    }
}
