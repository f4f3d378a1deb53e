//! [`Facts`]: the dates known about an appeal so far.

use chrono::NaiveDate;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The dates known about an appeal so far. Start with
/// [`Facts::registered_on`] and add what is known.
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
#[non_exhaustive]
pub struct Facts {
    /// The registration date (п. 21), a working day.
    pub registered: NaiveDate,
    /// The end of the term as extended by a letter (п. 26): at most 30
    /// calendar days from registration.
    #[cfg_attr(feature = "serde", serde(default))]
    pub letter_extended_to: Option<NaiveDate>,
    /// The day the reasoned decision to extend the term was taken (п. 26).
    #[cfg_attr(feature = "serde", serde(default))]
    pub extended_on: Option<NaiveDate>,
    /// The day of the reception.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reception: Option<NaiveDate>,
    /// The day the refusal of the reception is to be decided (п. 28).
    #[cfg_attr(feature = "serde", serde(default))]
    pub refusal_on: Option<NaiveDate>,
    /// The day the draft refusal was sent for a hearing (п. 28, APPC art. 73).
    #[cfg_attr(feature = "serde", serde(default))]
    pub hearing_notice_sent: Option<NaiveDate>,
    /// The last day of the period set to correct the request (п. 6). If it
    /// is not a working day, the period ends on the next working day (APPC
    /// art. 76(5), Civil Code art. 175).
    #[cfg_attr(feature = "serde", serde(default))]
    pub correction_until: Option<NaiveDate>,
}

impl Facts {
    /// An appeal registered on `registered`, nothing else known yet.
    ///
    /// The registration date must be a working day (п. 21); see
    /// [`register`](crate::registration::register).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
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
    pub const fn registered_on(registered: NaiveDate) -> Facts {
        Facts {
            registered,
            letter_extended_to: None,
            extended_on: None,
            reception: None,
            refusal_on: None,
            hearing_notice_sent: None,
            correction_until: None,
        }
    }
    /// With the day the reasoned extension decision was taken (п. 26).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
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
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Registered Thu 26 March 2026: answer due Thu 16 April; 30 calendar
    /// // days is Sat 25 April, moved to Mon 27 April. A letter extends the
    /// // term to Fri 24 April; a decision on Thu 23 April is then in time.
    /// let facts = Facts::registered_on(d(3, 26))
    ///     .with_letter_extension(d(4, 24))
    ///     .with_extension(d(4, 23));
    /// assert!(Schedule::compute(&cal, &facts).is_ok());
    /// // Without the letter, the same decision comes after the term.
    /// let late = Facts::registered_on(d(3, 26)).with_extension(d(4, 23));
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &late),
    ///     Err(ScheduleError::ExtensionAfterTerm { .. })
    /// ));
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
    /// With the day of the reception (п. 16, 22, 25).
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::calendar::Calendar;
    /// # use kz_appeals::schedule::*;
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Reception Mon 20 April 2026.
    /// let s = Schedule::compute(&cal, &Facts::registered_on(d(3, 26)).with_reception(d(4, 20)))?;
    /// // п. 22: 5 working days before: 17, 16, 15, 14, 13 April -> Mon 13 April.
    /// assert_eq!(s.preparation.map(|x| x.date), Some(d(4, 13)));
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
    /// # let cal = Calendar::kazakhstan();
    /// # let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let facts = Facts::registered_on(d(3, 26)).with_refusal(d(4, 15));
    /// // Sent Thu 9 April, before the due day (Fri 10 April): objections until
    /// // the 2nd working day after it, Mon 13 April (APPC art. 73).
    /// let s = Schedule::compute(&cal, &facts.with_hearing_notice_sent(d(4, 9)))?;
    /// assert_eq!(s.objection.map(|x| x.date), Some(d(4, 13)));
    /// // Sent Mon 13 April: late (п. 28).
    /// assert!(matches!(
    ///     Schedule::compute(&cal, &facts.with_hearing_notice_sent(d(4, 13))),
    ///     Err(ScheduleError::HearingNoticeLate { .. })
    /// ));
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
}
