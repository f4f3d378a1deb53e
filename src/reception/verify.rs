//! [`Reception::verify`], [`Reception::recount`] and the working-day checks
//! and counts they share with the transitions (п. 7, 16, 21, 22, 25, 26, 28;
//! APPC art. 73, 76).

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::due::Due;
use crate::law::Citation;
use crate::schedule::DeadlineKind;
use crate::term::TermError;

use super::{Action, Extension, Hearing, Reception, ReceptionError, Stage};

impl Reception {
    /// Re-checks the stored history on `calendar`: every working-day rule that
    /// the transitions enforced when the reception was built, in the order
    /// they applied them. Returns the first rule broken.
    ///
    /// Call it after deserializing (serde re-checks only the rules that need
    /// no calendar, see [`Reception`]), and after a calendar update
    /// ([`Calendar::with_update`]): an act published since can add a day off
    /// inside a counted period and make a stored date wrong; the error then
    /// names the rule. [`Reception::recount`] counts the stored terms again.
    ///
    /// It checks:
    /// - п. 21: the registration day is a working day;
    /// - п. 25, 26, APPC art. 76(3), (5): each extension was made while the
    ///   term ran, lengthened it, and kept within its limit (registration +
    ///   30 calendar days for a letter, the decision + two months for a
    ///   decision, each moved off a day off); a decision was told within 3
    ///   working days; the stored term is 15 working days after registration,
    ///   or the last extension's end moved to a working day
    ///   ([`ReceptionError::TermMismatch`] otherwise);
    /// - APPC art. 73: the stored end of objections is the 2nd working day
    ///   after the draft refusal was received;
    /// - п. 25: the answer on inclusion came by the term (while the stage
    ///   keeps its date);
    /// - п. 7, 22, 16: each reception the official could not hold was on a
    ///   working day and left room for the briefing, and the absence was told
    ///   not later than 2 working days before it or on its day;
    /// - п. 7, 25, 22: the current reception is on a working day, its date was
    ///   told not later than 2 working days before (while the stage keeps the
    ///   day of the notice), and its briefing is not due before registration;
    /// - п. 28, APPC art. 73: a refusal was decided not earlier than 3 working
    ///   days after the draft was sent, and after the end of objections.
    ///
    /// It cannot check what is not stored: the day a reception's date was told
    /// once the reception is held or given up after an absence; the answer on
    /// inclusion once the reception is held; the reception's date once the
    /// request is closed; whether the cause of a same-day absence notice arose
    /// that day (the transition asked; a same-day notice is accepted); the
    /// arrival behind the registration day. Provisional flags are not
    /// compared: they describe the calendar, not a rule.
    ///
    /// **Design.** Each transition's date check is a private function, called
    /// both by the transition and here, and every date is counted by
    /// [`DeadlineKind::due`] or the calendar: a rule is written once.
    /// Replaying the history through the public transitions was not chosen:
    /// the stored value does not keep every input they take (the notice of a
    /// reception already held, the cause of an absence, the order of the
    /// reassignments), so a replay would have to invent them.
    ///
    /// # Errors
    /// The variant of the rule broken: [`ReceptionError::RegisteredOnDayOff`],
    /// [`ReceptionError::ExtensionAfterTerm`],
    /// [`ReceptionError::NotAnExtension`], [`ReceptionError::ExtensionTooLong`],
    /// [`ReceptionError::ExtensionNoticeLate`], [`ReceptionError::TermMismatch`],
    /// [`ReceptionError::AnswerLate`], [`ReceptionError::ReceptionOnDayOff`],
    /// [`ReceptionError::DateNoticeLate`], [`ReceptionError::NoTimeToPrepare`],
    /// [`ReceptionError::AbsenceNoticeLate`],
    /// [`ReceptionError::HearingNoticeLate`],
    /// [`ReceptionError::ObjectionsStillOpen`]; [`ReceptionError::Term`] when
    /// the calendar does not cover a date.
    ///
    /// # Example
    /// ```
    /// # use chrono::NaiveDate;
    /// # use kz_appeals::reception::*;
    /// use kz_appeals::calendar::{ActRef, Calendar, ExtraDayOff, YearOrders};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// // Registered Mon 2 June 2025, on the list 10 June; told Wed 25 June of
    /// // a reception on Fri 27 June: 2 working days before is 26 (1), 25 (2).
    /// let r = Reception::register(d(6, 2), "Ахметова А.", &cal)?
    ///     .include(d(6, 10))?
    ///     .notify(d(6, 25), d(6, 27).and_hms_opt(10, 0, 0).unwrap(), &cal)?;
    /// assert_eq!(r.verify(&cal), Ok(()));
    /// // An act declares Thu 26 June 2025 a day off. 2 working days before
    /// // Fri 27 June are now 25 (1), 24 (2): the notice of 25 June is late.
    /// let act = YearOrders {
    ///     year: 2025,
    ///     extra_days_off: vec![ExtraDayOff { date: d(6, 26), act: ActRef::new("decree") }],
    ///     ..Default::default()
    /// };
    /// let updated = cal.with_update(&act)?;
    /// let err = r.verify(&updated).unwrap_err();
    /// assert!(matches!(err, ReceptionError::DateNoticeLate { latest, .. } if latest.date == d(6, 24)));
    /// assert_eq!(err.citation().map(|c| c.to_string()).as_deref(), Some("п. 25"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn verify(&self, calendar: &Calendar) -> Result<(), ReceptionError> {
        let registered_on = self.registered_on;
        check_registration_day(calendar, registered_on)?;
        let term = self.answer_term(calendar)?;
        check_stored_term("term of the answer", self.answer_by, term)?;
        if let Some(h) = self.hearing {
            let until = recounted_hearing(calendar, h)?.objections_until;
            check_stored_term("end of objections", h.objections_until, until)?;
        }
        if let Stage::Included { answered_on } | Stage::Notified { answered_on, .. } = self.stage {
            check_answer(answered_on, term)?;
        }
        for a in &self.absences {
            let day = a.reception.date();
            check_reception(calendar, registered_on, day, None)?;
            // The cause of the absence is not stored: the transition took a
            // same-day notice only when it arose that day.
            check_absence_notice(calendar, a.notified_on, day, true)?;
        }
        match self.stage {
            Stage::Notified {
                notified_on,
                reception,
                ..
            } => check_reception(calendar, registered_on, reception.date(), Some(notified_on)),
            Stage::Held { reception, .. } | Stage::Protocolled { reception, .. } => {
                check_reception(calendar, registered_on, reception.date(), None)
            }
            Stage::Refused {
                decided_on,
                hearing,
            } => check_refusal(calendar, hearing, decided_on),
            Stage::Registered | Stage::Included { .. } | Stage::Closed { .. } => Ok(()),
        }
    }

    /// The same reception with every term the crate counted counted again on
    /// `calendar`, then re-checked by [`Reception::verify`] on it.
    ///
    /// Call it after applying a calendar update ([`Calendar::with_update`]),
    /// typically for the receptions whose stored terms are `provisional`
    /// (they looked at a day of 2027 or later): an act published since can
    /// add a day off inside a counted period, or make a day off a working
    /// day, and move the term. [`Reception::verify`] reports such a stored
    /// term as [`ReceptionError::TermMismatch`]; `recount` brings it up to
    /// date.
    ///
    /// It counts again, with the functions the transitions and
    /// [`Reception::verify`] use:
    /// - the term of the answer: 15 working days after registration (п. 25)
    ///   and, when extended (п. 26), each extension in turn: its limit
    ///   (registration + 30 calendar days for a letter, the decision + two
    ///   months for a decision, APPC art. 76(3)) is checked again, and the
    ///   chosen end is moved off a day off again (APPC art. 76(5));
    /// - the end of objections of the hearing, the 2nd working day after the
    ///   draft refusal was received (APPC art. 73), in the hearing and in the
    ///   refusal that records it;
    /// - the `provisional` flag of each: after an update that makes a year
    ///   official, a term counted over its days is no longer provisional.
    ///
    /// It keeps every date people chose or recorded: the registration day,
    /// an extension's letter, decision, notice and chosen end, the answer on
    /// inclusion, the date and time of the reception and the day they were
    /// told, the absences, the sending and receipt of the draft refusal, the
    /// refusal, the protocol and the final answer, and the workers.
    ///
    /// On the calendar the reception was built on it returns an equal value,
    /// and recounting a recounted reception changes nothing. `self` is never
    /// changed.
    ///
    /// # Errors
    /// As [`Reception::verify`], when the history, with its terms counted
    /// again, breaks a rule on `calendar`: for example
    /// [`ReceptionError::AnswerLate`] (п. 25) when the answer on inclusion was
    /// given on a day that is after the term on the new calendar, or
    /// [`ReceptionError::ExtensionAfterTerm`] (п. 26) when an extension now
    /// comes after the term it extended. Such a reception is a matter for a
    /// person: the crate does not rewrite facts, and keeps no term that does
    /// not follow from them. [`ReceptionError::Term`] when the calendar does
    /// not cover a date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::{ActRef, Calendar, ExtraDayOff, YearOrders};
    /// use kz_appeals::reception::{Reception, ReceptionError};
    /// let cal = Calendar::kazakhstan();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // Registered Mon 21 December 2026. п. 25: 15 working days after, into
    /// // provisional January 2027 (days off Fri 1 Jan, Mon 4 Jan carry-over,
    /// // Thu 7 Jan Christmas): 22–25 Dec (4), 28–31 Dec (8), 5, 6 Jan (10),
    /// // 8 Jan (11), 11, 12, 13, 14 Jan (15) -> Thu 14 January 2027.
    /// let r = Reception::register(d(2026, 12, 21), "Ахметова А.", &cal)?;
    /// assert_eq!(r.answer_by().date, d(2027, 1, 14));
    /// assert!(r.answer_by().provisional);
    /// // An act declares Fri 8 January 2027 a day off: 5, 6 Jan (10), then
    /// // 7–10 Jan are off, 11–15 Jan (15) -> Fri 15 January, one working day
    /// // later.
    /// let act = YearOrders {
    ///     year: 2027,
    ///     extra_days_off: vec![ExtraDayOff { date: d(2027, 1, 8), act: ActRef::new("order") }],
    ///     ..Default::default()
    /// };
    /// let updated = cal.with_update(&act)?;
    /// assert!(matches!(r.verify(&updated), Err(ReceptionError::TermMismatch { .. })));
    /// let recounted = r.recount(&updated)?;
    /// assert_eq!(recounted.answer_by().date, d(2027, 1, 15));
    /// assert_eq!(recounted.answer_by().rule.to_string(), "п. 25");
    /// assert_eq!(recounted.verify(&updated), Ok(()));
    /// // On the calendar it was counted on, nothing moves.
    /// assert_eq!(r.recount(&cal)?, r);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn recount(&self, calendar: &Calendar) -> Result<Reception, ReceptionError> {
        // The first rule `verify` checks, before the counts that rest on it.
        check_registration_day(calendar, self.registered_on)?;
        let mut next = self.clone();
        next.answer_by = self.answer_term(calendar)?;
        if let Some(h) = &mut next.hearing {
            *h = recounted_hearing(calendar, *h)?;
        }
        if let Stage::Refused { hearing, .. } = &mut next.stage {
            *hearing = recounted_hearing(calendar, *hearing)?;
        }
        next.verify(calendar)?;
        Ok(next)
    }

    /// The term of the answer counted on `calendar`: 15 working days after
    /// registration (п. 25), then each extension in turn, checked and moved
    /// off a day off (п. 26, APPC art. 76(3), (5)); the count that
    /// [`Reception::register`] and the extensions make.
    fn answer_term(&self, calendar: &Calendar) -> Result<Due, ReceptionError> {
        let registered_on = self.registered_on;
        let mut term = counted(DeadlineKind::Response, calendar, registered_on)?;
        for ext in &self.extensions {
            term = check_extension(calendar, registered_on, term, *ext)?;
        }
        Ok(term)
    }
}

/// The hearing of a draft refusal sent on `draft_sent_on` and received on
/// `draft_received_on` (п. 28), with its end of objections counted on
/// `calendar`: the 2nd working day after receipt (APPC art. 73).
pub(super) fn counted_hearing(
    calendar: &Calendar,
    draft_sent_on: NaiveDate,
    draft_received_on: NaiveDate,
) -> Result<Hearing, ReceptionError> {
    Ok(Hearing {
        draft_sent_on,
        draft_received_on,
        objections_until: counted(DeadlineKind::Objection, calendar, draft_received_on)?,
    })
}

/// `hearing` counted again on `calendar` (see [`counted_hearing`]).
fn recounted_hearing(calendar: &Calendar, hearing: Hearing) -> Result<Hearing, ReceptionError> {
    counted_hearing(calendar, hearing.draft_sent_on, hearing.draft_received_on)
}

// The working-day checks of the life cycle. Each is called by its transition
// and by `Reception::verify`, so that a rule is written once.

/// Whether `date` is a working day on `calendar`.
fn is_working_day(calendar: &Calendar, date: NaiveDate) -> Result<bool, ReceptionError> {
    Ok(calendar
        .is_working_day(date)
        .map_err(TermError::from)?
        .value)
}

/// п. 21: requests are registered on working days only.
pub(super) fn check_registration_day(
    calendar: &Calendar,
    registered_on: NaiveDate,
) -> Result<(), ReceptionError> {
    if is_working_day(calendar, registered_on)? {
        Ok(())
    } else {
        Err(ReceptionError::RegisteredOnDayOff {
            date: registered_on,
        })
    }
}

/// The date `kind` sets, counted from `from` by [`DeadlineKind::due`].
pub(super) fn counted(
    kind: DeadlineKind,
    calendar: &Calendar,
    from: NaiveDate,
) -> Result<Due, ReceptionError> {
    Ok(kind.due(calendar, from)?.into())
}

/// п. 26, APPC art. 76(3), (5): `ext`, made while `term` runs, lengthens it
/// within its limit (registration + 30 calendar days for a letter, the
/// decision + two months for a decision, each moved off a day off), and the
/// applicant is told of a decision within 3 working days. Returns the new
/// term: the chosen end, moved to the next working day when it is a day off.
pub(super) fn check_extension(
    calendar: &Calendar,
    registered_on: NaiveDate,
    term: Due,
    ext: Extension,
) -> Result<Due, ReceptionError> {
    let (on, ends, limit_kind, limit_from) = match ext {
        Extension::ByLetter { sent_on, ends } => {
            (sent_on, ends, DeadlineKind::Extension30Days, registered_on)
        }
        Extension::ByDecision {
            decided_on, ends, ..
        } => (decided_on, ends, DeadlineKind::ExtensionMax, decided_on),
    };
    if on > term.date {
        return Err(ReceptionError::ExtensionAfterTerm {
            decided_on: on,
            term,
        });
    }
    if ends <= term.date {
        return Err(ReceptionError::NotAnExtension {
            requested: ends,
            current: term.date,
        });
    }
    let limit = counted(limit_kind, calendar, limit_from)?;
    if ends > limit.date {
        return Err(ReceptionError::ExtensionTooLong {
            requested: ends,
            limit,
        });
    }
    if let Extension::ByDecision {
        decided_on,
        notified_on,
        ..
    } = ext
    {
        Reception::not_before(
            Action::Extend,
            "the notice of extension",
            notified_on,
            decided_on,
        )?;
        let notice_by = counted(DeadlineKind::ExtensionNotice, calendar, decided_on)?;
        if notified_on > notice_by.date {
            return Err(ReceptionError::ExtensionNoticeLate {
                notified_on,
                due: notice_by,
            });
        }
    }
    // A term that ends on a day off ends on the next working day (APPC
    // art. 76(5), Civil Code art. 175).
    let end = calendar
        .working_day_on_or_after(ends)
        .map_err(TermError::from)?;
    Ok(Due {
        date: end.value,
        provisional: limit.provisional || end.provisional,
        rule: Citation::regulation(26),
    })
}

/// п. 25: the answer on inclusion not later than the term.
pub(super) fn check_answer(answered_on: NaiveDate, term: Due) -> Result<(), ReceptionError> {
    if answered_on > term.date {
        Err(ReceptionError::AnswerLate {
            answered_on,
            due: term,
        })
    } else {
        Ok(())
    }
}

/// п. 7 (**Reading**, see [`Reception::notify`]): a reception is set on a
/// working day.
fn check_reception_day(calendar: &Calendar, reception: NaiveDate) -> Result<(), ReceptionError> {
    if is_working_day(calendar, reception)? {
        Ok(())
    } else {
        Err(ReceptionError::ReceptionOnDayOff { date: reception })
    }
}

/// A reception on `reception` set for a request registered on
/// `registered_on` (п. 7, 22) and, when its date is known, told on
/// `notified_on` (п. 25).
pub(super) fn check_reception(
    calendar: &Calendar,
    registered_on: NaiveDate,
    reception: NaiveDate,
    notified_on: Option<NaiveDate>,
) -> Result<(), ReceptionError> {
    check_reception_day(calendar, reception)?;
    if let Some(notified_on) = notified_on {
        check_date_notice(calendar, notified_on, reception)?;
    }
    check_preparation(calendar, registered_on, reception)
}

/// п. 25: the date and time told not later than 2 working days before the
/// reception.
fn check_date_notice(
    calendar: &Calendar,
    notified_on: NaiveDate,
    reception: NaiveDate,
) -> Result<(), ReceptionError> {
    let latest = counted(DeadlineKind::ScheduleNotice, calendar, reception)?;
    if notified_on > latest.date {
        Err(ReceptionError::DateNoticeLate {
            notified_on,
            latest,
        })
    } else {
        Ok(())
    }
}

/// п. 22: the briefing, 5 working days before the reception, does not fall
/// due before the registration.
fn check_preparation(
    calendar: &Calendar,
    registered_on: NaiveDate,
    reception: NaiveDate,
) -> Result<(), ReceptionError> {
    let preparation_due = counted(DeadlineKind::Preparation, calendar, reception)?;
    if preparation_due.date < registered_on {
        Err(ReceptionError::NoTimeToPrepare {
            reception,
            preparation_due,
            registered_on,
        })
    } else {
        Ok(())
    }
}

/// п. 16: the official's absence told not later than 2 working days before
/// the reception, or on its day when `cause_that_day` (the cause arose on
/// the day of the reception).
pub(super) fn check_absence_notice(
    calendar: &Calendar,
    notified_on: NaiveDate,
    reception: NaiveDate,
    cause_that_day: bool,
) -> Result<(), ReceptionError> {
    let latest = counted(DeadlineKind::AbsenceNotice, calendar, reception)?;
    let same_day = notified_on == reception && cause_that_day;
    if notified_on > latest.date && !same_day {
        Err(ReceptionError::AbsenceNoticeLate {
            notified_on,
            latest,
        })
    } else {
        Ok(())
    }
}

/// п. 28, APPC art. 73: a refusal decided on `decided_on` follows a draft
/// sent not later than 3 working days before, and the end of objections.
pub(super) fn check_refusal(
    calendar: &Calendar,
    hearing: Hearing,
    decided_on: NaiveDate,
) -> Result<(), ReceptionError> {
    let latest = counted(DeadlineKind::HearingNotice, calendar, decided_on)?;
    if hearing.draft_sent_on > latest.date {
        return Err(ReceptionError::HearingNoticeLate {
            sent_on: hearing.draft_sent_on,
            decided_on,
            latest,
        });
    }
    if decided_on <= hearing.objections_until.date {
        return Err(ReceptionError::ObjectionsStillOpen {
            until: hearing.objections_until,
        });
    }
    Ok(())
}

/// `stored`, a term the reception keeps, is the one `computed` on the
/// calendar now.
fn check_stored_term(what: &'static str, stored: Due, computed: Due) -> Result<(), ReceptionError> {
    if stored.date == computed.date && stored.rule == computed.rule {
        Ok(())
    } else {
        Err(ReceptionError::TermMismatch {
            what,
            stored: stored.date,
            computed,
        })
    }
}
