//! [`Facts`]: the dates known about an appeal so far.

use chrono::NaiveDate;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The dates known about an appeal so far. Start with
/// [`Facts::registered_on`] and add what is known with the `with_*` methods.
///
/// Facts are **what happened** (or, for the reception and the refusal, what
/// is set): an act dated after its deadline is accepted and reported as a
/// [`Violation`](crate::deadline::violation::Violation) by
/// the judge ([`judge_facts`](crate::case::judge_facts)); only dates that
/// cannot have happened are a [`ScheduleError`](super::ScheduleError).
///
/// Serialized with every field named as here; absent fields are unknown
/// (`null` or missing), unknown fields are refused:
/// ```json
/// {"registered": "2026-03-26", "answered_on": "2026-04-16", "reception": "2026-05-12"}
/// ```
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::schedule::Facts;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20));
/// assert_eq!(facts.reception, Some(d(4, 20)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Facts {
    /// The registration date (п. 21), a working day.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::date::strict::date")
    )]
    pub registered: NaiveDate,
    /// The day the request arrived (п. 21), when known: forwarding outside
    /// competence is counted from it (APPC art. 65(1): «со дня его
    /// поступления»); unknown, from the registration.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub arrived_on: Option<NaiveDate>,
    /// The end of the term as extended by a letter (п. 26): at most 30
    /// calendar days from registration.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub letter_extended_to: Option<NaiveDate>,
    /// The day the letter extending the term was sent (п. 26). A letter sent
    /// after the answer's 15 working days ended extends nothing: the term
    /// stays, and the letter is a violation of п. 26. Unknown (`None`): the
    /// letter is taken as sent in time.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub letter_sent_on: Option<NaiveDate>,
    /// The day the reasoned decision to extend the term was taken (п. 26).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub extended_on: Option<NaiveDate>,
    /// The end of the term the reasoned decision names (п. 26: «на разумный
    /// срок»), at most the two months of the policy's reading; `None`: the
    /// two months. The answer is measured against it.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub extended_until: Option<NaiveDate>,
    /// The day the applicant was told of the extension (п. 26).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub extension_notice_sent: Option<NaiveDate>,
    /// The day the answer with inclusion in the list was sent (п. 25).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub answered_on: Option<NaiveDate>,
    /// The day the applicant was told the date and time of the reception (п. 25).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub date_notice_sent: Option<NaiveDate>,
    /// The day of the reception.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub reception: Option<NaiveDate>,
    /// The day the briefing was prepared (п. 22).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub briefing_on: Option<NaiveDate>,
    /// The day the official told the responsible worker that the reception
    /// cannot be held (п. 16).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub absence_notified_on: Option<NaiveDate>,
    /// The day the cause of the official's absence arose (п. 16): illness,
    /// business trip, another reason.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub absence_cause_arose_on: Option<NaiveDate>,
    /// The day the refusal of the reception is (or is to be) decided (п. 28).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub refusal_on: Option<NaiveDate>,
    /// The day the draft refusal was sent for a hearing (п. 28, APPC art. 73).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub hearing_notice_sent: Option<NaiveDate>,
    /// The day the applicant received the draft refusal (APPC art. 73).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub draft_received_on: Option<NaiveDate>,
    /// The day the applicant's objections to the draft refusal were received
    /// (APPC art. 73): the applicant was heard, and the refusal may follow.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub objections_on: Option<NaiveDate>,
    /// Whether the question is outside the competence of the local executive
    /// bodies (п. 15(1)): the request is forwarded, not given a reception.
    #[cfg_attr(feature = "serde", serde(default))]
    pub outside_competence: bool,
    /// The day the request was forwarded to the competent body, the
    /// applicant told at the same time (п. 15(1), APPC art. 65).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub forwarded_on: Option<NaiveDate>,
    /// The last day of the period set to correct the request (п. 6). If it
    /// is not a working day, the period ends on the next working day (APPC
    /// art. 76(5), Civil Code art. 175).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub correction_until: Option<NaiveDate>,
    /// The day the request was returned, not corrected in time (п. 6, APPC
    /// art. 64(7)): it ends the request without an answer, so no refusal is
    /// deemed after it (APPC art. 91(2)).
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::date::strict::option")
    )]
    pub returned_on: Option<NaiveDate>,
}

impl Facts {
    /// An appeal registered on `registered`, nothing else known yet.
    ///
    /// The registration date must be a working day (п. 21); see
    /// [`register`](crate::deadline::registration::register).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: the answer is due 15 working days later
    /// // (п. 25): 27, 30, 31 March, 1–3, 6–10, 13–16 April -> Thu 16 April.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)))?;
    /// assert_eq!(s.response.date, d(4, 16));
    /// // Sat 21 March is not a working day: no request is registered on it.
    /// assert!(Schedule::compute(&cal, &Facts::registered_on(d(3, 21))).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn registered_on(registered: NaiveDate) -> Facts {
        Facts {
            registered,
            arrived_on: None,
            letter_extended_to: None,
            letter_sent_on: None,
            extended_on: None,
            extended_until: None,
            extension_notice_sent: None,
            answered_on: None,
            date_notice_sent: None,
            reception: None,
            briefing_on: None,
            absence_notified_on: None,
            absence_cause_arose_on: None,
            refusal_on: None,
            hearing_notice_sent: None,
            draft_received_on: None,
            objections_on: None,
            outside_competence: false,
            forwarded_on: None,
            correction_until: None,
            returned_on: None,
        }
    }
    /// With the day the reasoned extension decision was taken (п. 26).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Decided Fri 10 April 2026, within the term (answer due 16 April).
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 10)))?;
    /// // At most two months from the decision (APPC art. 76(3)): Wed 10 June.
    /// assert_eq!(s.extension_max.map(|x| x.date), Some(d(6, 10)));
    /// // The applicant is told within 3 working days: 13, 14, 15 April.
    /// assert_eq!(s.extension_notice.map(|x| x.date), Some(d(4, 15)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_extension(mut self, decided: NaiveDate) -> Facts {
        self.extended_on = Some(decided);
        self
    }
    /// With the end of the term as extended by a letter (п. 26): later than
    /// the answer's 15 working days and not later than 30 calendar days from
    /// registration (moved to the next working day if a day off). A reasoned
    /// decision may then be taken until the extended term ends, which, if it
    /// falls on a day off, is the next working day (APPC art. 76(5)).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: answer due Thu 16 April; 30 calendar
    /// // days is Sat 25 April, moved to Mon 27 April. A letter extends the
    /// // term to Fri 24 April; a decision on Thu 23 April is then in time.
    /// let facts = Facts::registered_on(d(3, 26))
    ///     .with_letter_extension(d(4, 24))
    ///     .with_extension(d(4, 23));
    /// assert!(Schedule::compute(&cal, &facts).is_ok());
    /// // Without the letter, the same decision comes after the term (16 April):
    /// // it extends nothing, and is a violation (п. 26, APPC art. 76(3)).
    /// let late = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_extension(d(4, 23)))?;
    /// assert_eq!(late.answer_term.date, d(4, 16));
    /// assert_eq!(judge_facts(&cal, &late.facts, late.policy)?.violations.len(), 1);
    /// // A letter cannot go past the 30-day limit.
    /// let long = Facts::registered_on(d(3, 26)).with_letter_extension(d(4, 28));
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &long),
    ///     Err(ScheduleError::LetterExtensionInvalid { .. })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_letter_extension(mut self, ends: NaiveDate) -> Facts {
        self.letter_extended_to = Some(ends);
        self
    }
    /// With the day the letter extending the term was sent (п. 26): in time
    /// on or before the answer's due date (15 working days from
    /// registration, п. 25); after it, the letter extends nothing and is a
    /// violation of п. 26.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::{case::judge_facts, law::Citation, schedule::*};
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: the answer is due Thu 16 April.
    /// let facts = Facts::registered_on(d(3, 26)).with_letter_extension(d(4, 24));
    /// // Sent Fri 10 April: the term runs to Fri 24 April.
    /// let s = Schedule::compute(&cal, &facts.with_letter_sent_on(d(4, 10)))?;
    /// assert_eq!(s.answer_term.date, d(4, 24));
    /// // Sent Fri 17 April, after the term ended: it extends nothing, and
    /// // is 1 working day late (17 April) under п. 26.
    /// let late = Schedule::compute(&cal, &facts.with_letter_sent_on(d(4, 17)))?;
    /// assert_eq!(late.answer_term.date, d(4, 16));
    /// let v = judge_facts(&cal, &late.facts, late.policy)?.violations;
    /// assert_eq!((v[0].rule, v[0].due, v[0].late_by_working_days), (Citation::regulation(26), d(4, 16), 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_letter_sent_on(mut self, sent: NaiveDate) -> Facts {
        self.letter_sent_on = Some(sent);
        self
    }
    /// With the day the applicant's objections to the draft refusal were
    /// received (APPC art. 73): once the applicant was heard, a refusal
    /// decided before the 2 working days ran out is no violation.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Refusal Wed 15 April 2026; the draft sent Fri 10 April (in time,
    /// // п. 28) but received Tue 14 April: the applicant may object until
    /// // 15, 16 -> Thu 16 April (APPC art. 73), after the refusal.
    /// let facts = Facts::registered_on(d(3, 26)).with_refusal(d(4, 15))
    ///     .with_hearing_notice_sent(d(4, 10)).with_draft_received(d(4, 14));
    /// let v = judge_facts(&cal, &facts, Default::default())?.violations;
    /// assert_eq!(v[0].rule.to_string(), "APPC art. 73");
    /// // Objections came on Tue 14 April: heard, no violation.
    /// let heard = facts.with_objections(d(4, 14));
    /// assert!(judge_facts(&cal, &heard, Default::default())?.violations.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_objections(mut self, received: NaiveDate) -> Facts {
        self.objections_on = Some(received);
        self
    }
    /// With the day of the reception (п. 16, 22, 25).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Reception Mon 20 April 2026.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_reception(d(4, 20)))?;
    /// // п. 22: 5 working days before: 17, 16, 15, 14, 13 April -> Mon 13 April.
    /// assert_eq!(s.briefing.map(|x| x.date), Some(d(4, 13)));
    /// // п. 25 (Reading) and п. 16: 2 working days before: 17, 16 -> Thu 16 April.
    /// assert_eq!(s.schedule_notice.map(|x| x.date), Some(d(4, 16)));
    /// assert_eq!(s.absence_notice.map(|x| x.date), Some(d(4, 16)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_reception(mut self, reception: NaiveDate) -> Facts {
        self.reception = Some(reception);
        self
    }
    /// With the day the refusal is to be decided (п. 28).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Refusal to be decided Wed 15 April 2026.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_refusal(d(4, 15)))?;
    /// // п. 28: the draft goes out 3 working days before: 14, 13, 10 -> Fri 10 April.
    /// assert_eq!(s.hearing_notice.map(|x| x.date), Some(d(4, 10)));
    /// // APPC art. 73, counted from that latest day: 13, 14 -> Tue 14 April.
    /// assert_eq!(s.objection.map(|x| x.date), Some(d(4, 14)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_refusal(mut self, decided: NaiveDate) -> Facts {
        self.refusal_on = Some(decided);
        self
    }
    /// With the day the hearing notice was sent (п. 28, APPC art. 73).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let facts = Facts::registered_on(d(3, 26)).with_refusal(d(4, 15));
    /// // Sent Thu 9 April, before the due day (Fri 10 April): objections until
    /// // the 2nd working day after it, Mon 13 April (APPC art. 73).
    /// let s = Schedule::compute(&cal, &facts.with_hearing_notice_sent(d(4, 9)))?;
    /// assert_eq!(s.objection.map(|x| x.date), Some(d(4, 13)));
    /// // Sent Mon 13 April: late by 1 working day (п. 28), a violation.
    /// let late = Schedule::compute(&cal, &facts.with_hearing_notice_sent(d(4, 13)))?;
    /// let v = judge_facts(&cal, &late.facts, late.policy)?.violations;
    /// assert_eq!((v[0].deadline, v[0].due, v[0].late_by_working_days), (DeadlineKind::HearingNotice, d(4, 10), 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_hearing_notice_sent(mut self, sent: NaiveDate) -> Facts {
        self.hearing_notice_sent = Some(sent);
        self
    }
    /// With the last day of the correction period (п. 6).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Mon 2 March 2026; the correction period ends Fri 20 March.
    /// // Returned within 3 working days after it (APPC art. 64(7)): 21–25 March
    /// // are Nauryz, its carry-overs and the weekend, so 26, 27, 30 -> Mon 30 March.
    /// let facts = Facts::registered_on(d(3, 2)).with_correction_until(d(3, 20));
    /// let s = Schedule::compute(&cal, &facts)?;
    /// assert_eq!(s.return_due.map(|x| x.date), Some(d(3, 30)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_correction_until(mut self, until: NaiveDate) -> Facts {
        self.correction_until = Some(until);
        self
    }

    /// With the day the applicant was told of the extension (п. 26: within
    /// 3 working days of it).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Decided Fri 10 April 2026: told by 13, 14, 15 -> Wed 15 April.
    /// // Told Thu 16 April: 1 working day late.
    /// let facts = Facts::registered_on(d(3, 26)).with_extension(d(4, 10))
    ///     .with_extension_notice_sent(d(4, 16));
    /// let v = judge_facts(&cal, &facts, Default::default())?.violations;
    /// assert_eq!((v[0].deadline, v[0].late_by_working_days), (DeadlineKind::ExtensionNotice, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_extension_notice_sent(mut self, sent: NaiveDate) -> Facts {
        self.extension_notice_sent = Some(sent);
        self
    }
    /// With the day of the answer with inclusion in the list (п. 25). The
    /// date and time are then due within 2 working days of it (п. 25
    /// reading (a)); an answer after the term of the answer is a violation
    /// of APPC art. 76.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Answered Tue 14 April 2026: the date and time by 15, 16 -> Thu 16 April.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_answer(d(4, 14)))?;
    /// assert_eq!(s.date_notice_after_answer.map(|x| x.date), Some(d(4, 16)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_answer(mut self, answered: NaiveDate) -> Facts {
        self.answered_on = Some(answered);
        self
    }
    /// With the day the date and time of the reception were told (п. 25),
    /// measured against the reading the [`Policy`](crate::deadline::reading::Policy)
    /// applies.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Answered Tue 14 April; told Fri 17 April, after Thu 16 April
    /// // (reading (a), the default): 1 working day late.
    /// let facts = Facts::registered_on(d(3, 26)).with_answer(d(4, 14)).with_date_notice_sent(d(4, 17));
    /// let v = judge_facts(&cal, &facts, Default::default())?.violations;
    /// assert_eq!((v[0].deadline, v[0].due), (DeadlineKind::DateNoticeAfterAnswer, d(4, 16)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_date_notice_sent(mut self, sent: NaiveDate) -> Facts {
        self.date_notice_sent = Some(sent);
        self
    }
    /// With the day the briefing was prepared (п. 22: 5 working days before
    /// the reception).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Reception Mon 20 April: briefing due Mon 13 April; prepared on it.
    /// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20)).with_briefing_on(d(4, 13));
    /// assert!(judge_facts(&cal, &facts, Default::default())?.violations.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_briefing_on(mut self, prepared: NaiveDate) -> Facts {
        self.briefing_on = Some(prepared);
        self
    }
    /// With the official's absence notice (п. 16): the day it was given and,
    /// when known, the day its cause arose. Timely as
    /// [`absence_notice_timely`](super::absence_notice_timely) says.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Reception Mon 20 April; the official fell ill on Sun 19 April and
    /// // told the worker on the morning of the 20th: timely (п. 16).
    /// let facts = Facts::registered_on(d(3, 26)).with_reception(d(4, 20))
    ///     .with_absence_notice(d(4, 20), Some(d(4, 19)));
    /// let s = Schedule::compute(&cal, &facts)?;
    /// assert_eq!(s.absence_notice.map(|x| x.date), Some(d(4, 20)));
    /// assert!(judge_facts(&cal, &s.facts, s.policy)?.violations.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_absence_notice(
        mut self,
        notified: NaiveDate,
        cause_arose: Option<NaiveDate>,
    ) -> Facts {
        self.absence_notified_on = Some(notified);
        self.absence_cause_arose_on = cause_arose;
        self
    }
    /// With the day the applicant received the draft refusal (APPC art. 73):
    /// the 2 working days to object run from it
    /// ([`Reading::ObjectionFromReceipt`](crate::deadline::reading::Reading::ObjectionFromReceipt)).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::{reading::Reading, schedule::*};
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Sent Wed 8 April, received Thu 9 April: objections by 10, 13 -> Mon 13 April.
    /// let facts = Facts::registered_on(d(3, 26)).with_refusal(d(4, 15))
    ///     .with_hearing_notice_sent(d(4, 8)).with_draft_received(d(4, 9));
    /// let o = Schedule::compute(&cal, &facts)?.objection.expect("a draft was sent");
    /// assert_eq!((o.date, o.reading), (d(4, 13), Some(Reading::ObjectionFromReceipt)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_draft_received(mut self, received: NaiveDate) -> Facts {
        self.draft_received_on = Some(received);
        self
    }
    /// With the question outside the competence of the local executive
    /// bodies (п. 15(1)): the request is to be forwarded to the competent
    /// body within 3 working days (APPC art. 65).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Mon 2 March 2026: forwarded by 3, 4, 5 -> Thu 5 March.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 2)).with_outside_competence())?;
    /// assert_eq!(s.forward.map(|x| x.date), Some(d(3, 5)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_outside_competence(mut self) -> Facts {
        self.outside_competence = true;
        self
    }
    /// With the day the request was forwarded to the competent body
    /// (п. 15(1), APPC art. 65); implies [`Facts::with_outside_competence`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # use kz_appeals::case::judge_facts;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Due Thu 5 March; forwarded Tue 10 March: 6 March counts, 7–8 the
    /// // weekend, 9 March the carry-over of Women's Day, 10 counts: 2 late.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 2)).with_forwarded(d(3, 10)))?;
    /// let v = judge_facts(&cal, &s.facts, s.policy)?.violations;
    /// assert_eq!((v[0].deadline, v[0].late_by_working_days), (DeadlineKind::Forward, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_forwarded(mut self, forwarded: NaiveDate) -> Facts {
        self.outside_competence = true;
        self.forwarded_on = Some(forwarded);
        self
    }

    /// With the day the request was returned, not corrected in time (п. 6,
    /// APPC art. 64(7)); needs [`Facts::with_correction_until`].
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::{calendar::Calendar, case::evaluate_facts, schedule::*};
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026, to be corrected by Wed 1 April, returned
    /// // Thu 2 April (п. 6): the request ended without an answer, so APPC
    /// // art. 91(2) deems no refusal after the 16 April term.
    /// let facts = Facts::registered_on(d(3, 26)).with_correction_until(d(4, 1)).with_returned(d(4, 2));
    /// let judged = evaluate_facts(&cal, &facts, d(5, 1), Default::default())?;
    /// assert!(judged.deemed_refusal.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_returned(mut self, returned: NaiveDate) -> Facts {
        self.returned_on = Some(returned);
        self
    }
}
