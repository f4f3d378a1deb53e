//! How a request ended: the one place that decides it. The stage
//! ([`super::Stage`]), the guards ([`super::CaseFile::record_guarded`]), the
//! judge's "no longer applicable" and the refusal APPC art. 91(2) deems all
//! read it.

use chrono::NaiveDate;

use super::event::EventName;
use super::ground::NoAppointmentGround;
use super::state::Folded;

/// The days on which the request was answered or left the body's hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ending {
    /// The first answer of п. 25: the answer with inclusion in the list, the
    /// refusal that replaces it (п. 28), or a "no appointment" on a ground of
    /// п. 15(2)–(4), whichever came first.
    pub answer: Option<NaiveDate>,
    /// The first day the request needed no answer of this body: left
    /// without consideration (п. 5), returned (п. 6, APPC art. 64(7)),
    /// forwarded or found outside competence (п. 15(1), APPC art. 65).
    pub no_answer_needed: Option<NaiveDate>,
    /// Left the reception's track without a reception: refused (п. 28), or
    /// any of `no_answer_needed`, or a "no appointment".
    pub without_reception: Option<NaiveDate>,
    /// Taken off control (п. 33).
    pub closed: Option<NaiveDate>,
}

impl Ending {
    /// How the folded events ended.
    pub fn of(s: &Folded<'_>) -> Ending {
        let (outside, other) = match s.no_appointment {
            Some((on, NoAppointmentGround::OutsideCompetence)) => (Some(on), None),
            Some((on, _)) => (None, Some(on)),
            None => (None, None),
        };
        let answer = min([s.answered, s.refused, other]);
        let no_answer_needed = min([
            s.left_without_consideration,
            s.returned,
            s.forwarded,
            outside,
        ]);
        Ending {
            answer,
            no_answer_needed,
            without_reception: min([s.refused, no_answer_needed, other]),
            closed: s.closed,
        }
    }

    /// APPC art. 91(2), Civil Code art. 176(1): a refusal is deemed from the
    /// calendar day after `term_ends`, the last day of the term of the
    /// answer, unless the request was answered or left the body's hands
    /// (returned, forwarded, left without consideration) by then.
    pub fn deemed_refusal_from(&self, term_ends: NaiveDate) -> Option<NaiveDate> {
        let in_time = |d: Option<NaiveDate>| d.is_some_and(|d| d <= term_ends);
        if in_time(self.answer) || in_time(self.no_answer_needed) {
            None
        } else {
            term_ends.succ_opt()
        }
    }
}

/// The earliest of the known dates.
pub(crate) fn min<const N: usize>(dates: [Option<NaiveDate>; N]) -> Option<NaiveDate> {
    dates.into_iter().flatten().min()
}

/// What ended the request before a reception, if anything (п. 5, 6, 15,
/// 28): the event the stage ([`super::Stage`]) and the guards of
/// [`super::CaseFile::record`] read. A "no appointment" outside competence
/// does not end it: it is still to be forwarded (п. 15(1)).
pub(crate) fn ended_by(s: &Folded<'_>) -> Option<EventName> {
    if s.refused.is_some() {
        Some(EventName::Refused)
    } else if s.returned.is_some() {
        Some(EventName::Returned)
    } else if s.forwarded.is_some() {
        Some(EventName::Forwarded)
    } else if s.left_without_consideration.is_some() {
        Some(EventName::LeftWithoutConsideration)
    } else if s
        .no_appointment
        .is_some_and(|(_, g)| g != NoAppointmentGround::OutsideCompetence)
    {
        Some(EventName::NoAppointment)
    } else {
        None
    }
}
