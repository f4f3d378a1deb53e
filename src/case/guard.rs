//! The guarded transition: "may I do this now?" ([`CaseFile::may_record`],
//! [`CaseFile::record_guarded`]), measured by the one judge under the
//! caller's policy. Recording what happened is [`CaseFile::record`].

use super::error::{CaseError, GuardError, Impossible};
use super::evaluate::evaluate_with;
use super::event::Event;
use super::file::CaseFile;
use crate::calendar::Calendar;
use crate::deadline::reading::Policy;

impl CaseFile {
    /// "May I do this now without breaking a rule?": the checks of
    /// [`CaseFile::record`], and then no violation the event brings on its
    /// day (the act is not late) under `policy` ([`rules`](crate::rules)
    /// §2a), measured by the same judge as [`crate::case::evaluate_with`].
    /// A step already overdue before the event is not the event's. The file is not changed; see [`CaseFile::record_guarded`].
    ///
    /// # Errors
    /// [`GuardError::Impossible`], or [`GuardError::WouldViolate`] with the
    /// first violation the event would leave.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::case::{CaseFile, Event, EventKind, GuardError};
    /// use kz_appeals::reading::Policy;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }))?;
    /// // п. 26: registered Thursday 26 March 2026, the term ends Thursday
    /// // 16 April; an extension decided on the 16th is in time, on the 17th
    /// // it is not (APPC art. 76(3)).
    /// let extend = |day| Event::new(d(4, day), EventKind::ExtendedByDecision { until: None });
    /// assert!(file.may_record(&cal, &extend(16), Policy::default()).is_ok());
    /// assert!(matches!(
    ///     file.may_record(&cal, &extend(17), Policy::default()),
    ///     Err(GuardError::WouldViolate { .. })
    /// ));
    /// assert_eq!(file.events().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn may_record(
        &self,
        cal: &Calendar,
        event: &Event,
        policy: Policy,
    ) -> Result<(), GuardError> {
        let (on, name) = (event.on, event.name());
        let mut next = self.clone();
        next.record_with(cal, event.clone(), policy)?;
        let judge = |file: &CaseFile| {
            evaluate_with(cal, file, on, policy).map_err(|e| CaseError {
                event: name,
                on,
                reason: Impossible::Schedule(e),
            })
        };
        let (before, after) = (judge(self)?, judge(&next)?);
        // The violations this event brings: an act late, or one that leaves
        // a step overdue; what was already overdue before it is not its own.
        match after
            .violations
            .iter()
            .find(|v| !before.violations.contains(v))
        {
            Some(violation) => Err(GuardError::WouldViolate {
                event: name,
                on,
                violation: violation.clone(),
            }),
            None => Ok(()),
        }
    }

    /// The guarded transition: appends `event` only if
    /// [`CaseFile::may_record`] allows it. On refusal the file is unchanged.
    ///
    /// # Errors
    /// As [`CaseFile::may_record`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::case::{CaseFile, Event, EventKind, GuardError};
    /// use kz_appeals::reading::Policy;
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// file.record_guarded(&cal, Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }), Policy::default())?;
    /// // п. 25: due Thursday 16 April 2026; on Friday 17 April it is late.
    /// let late = file.record_guarded(&cal, Event::new(d(4, 17), EventKind::Answered), Policy::default());
    /// assert!(matches!(late, Err(GuardError::WouldViolate { .. })));
    /// file.record_guarded(&cal, Event::new(d(4, 16), EventKind::Answered), Policy::default())?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record_guarded(
        &mut self,
        cal: &Calendar,
        event: Event,
        policy: Policy,
    ) -> Result<(), GuardError> {
        self.may_record(cal, &event, policy)?;
        self.events.push(event);
        Ok(())
    }
}
