//! [`CaseFile`]: the append-only history of one request.

use super::check::{Seen, check};
use super::error::CaseError;
use super::event::Event;
use super::state::Folded;
use crate::calendar::Calendar;
use crate::deadline::reading::Policy;

/// The history of one request: its id and the dated events, in the order
/// they happened. Append-only: an event, once recorded, is never changed or
/// removed, and everything else (stage, deadlines, violations, agenda,
/// report) is derived from it by [`crate::case::evaluate`].
///
/// [`CaseFile::record`] refuses only what cannot have happened
/// ([`CaseError`]); a late act is recorded and measured as a
/// [`crate::deadline::violation::Violation`]. [`CaseFile::record_guarded`] is the
/// guarded transition: the same checks, and no violation now.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::{CaseFile, Event, EventKind};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let mut file = CaseFile::new("A-1");
/// file.record(&cal, Event::new(d(3, 26), EventKind::Registered { worker: Some("w-7".into()), external_due: None, }))?;
/// // п. 25: the answer was due Thursday 16 April 2026; given on Monday
/// // 20 April it is late, and still recorded.
/// file.record(&cal, Event::new(d(4, 20), EventKind::Answered))?;
/// assert_eq!(file.events().len(), 2);
/// // п. 21: nothing happens before the registration.
/// let mut other = CaseFile::new("A-2");
/// assert!(other.record(&cal, Event::new(d(3, 26), EventKind::Answered)).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseFile {
    id: String,
    pub(super) events: Vec<Event>,
}

impl CaseFile {
    /// An empty case file with the caller's `id`.
    #[must_use]
    pub fn new(id: impl Into<String>) -> CaseFile {
        CaseFile {
            id: id.into(),
            events: Vec::new(),
        }
    }

    /// A case file from a stored list of events, each checked against the
    /// ones before it as [`CaseFile::record`] checks it.
    ///
    /// # Errors
    /// The position (0-based) of the first impossible event, and why.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::case::{CaseFile, Event, EventKind};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let events = vec![
    ///     Event::new(d(3, 26), EventKind::Registered { worker: None, external_due: None, }),
    ///     Event::new(d(3, 27), EventKind::Closed), // п. 33: no final answer
    /// ];
    /// let (position, err) = CaseFile::from_events(&cal, "A-1", events).unwrap_err();
    /// assert_eq!(position, 1);
    /// assert!(err.to_string().starts_with("п. 33: closed on 2026-03-27"));
    /// ```
    pub fn from_events(
        cal: &Calendar,
        id: impl Into<String>,
        events: Vec<Event>,
    ) -> Result<CaseFile, (usize, CaseError)> {
        let mut s = Folded::default();
        let mut seen = Seen::default();
        for (n, e) in events.iter().enumerate() {
            check(cal, &seen, &s, e, Policy::default()).map_err(|reason| {
                (
                    n,
                    CaseError {
                        event: e.name(),
                        on: e.on,
                        reason,
                    },
                )
            })?;
            s.apply(e);
            seen.add(e);
        }
        Ok(CaseFile {
            id: id.into(),
            events,
        })
    }

    /// The caller's id of the request.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The events, in the order they happened.
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Appends `event` unless it cannot have happened after the events
    /// recorded so far (see [`crate::case::Impossible`] for every such
    /// case, each citing its rule). A late act is recorded.
    ///
    /// # Errors
    /// [`CaseError`] naming the event and the rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::calendar::Calendar;
    /// use kz_appeals::case::{CaseFile, Event, EventKind, Impossible};
    /// let cal = Calendar::kazakhstan();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// // п. 21: Saturday 21 March 2026 is no registration day.
    /// let err = file.record(&cal, Event::new(d(3, 21), EventKind::Registered { worker: None, external_due: None, })).unwrap_err();
    /// assert_eq!(err.reason, Impossible::RegisteredOnDayOff);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record(&mut self, cal: &Calendar, event: Event) -> Result<(), CaseError> {
        self.record_with(cal, event, Policy::default())
    }

    /// [`CaseFile::record`] under `policy`'s readings. What cannot have
    /// happened does not depend on the readings: the policy only chooses the
    /// dates the checks are counted with (the guarded transition,
    /// [`CaseFile::record_guarded`], counts with the caller's).
    ///
    /// # Errors
    /// As [`CaseFile::record`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use kz_appeals::{calendar::Calendar, case::{CaseFile, Event, EventKind}, reading::Policy};
    /// let cal = Calendar::kazakhstan();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let mut file = CaseFile::new("A-1");
    /// file.record_with(&cal, Event::new(d(2026, 3, 26), EventKind::Registered { worker: None, external_due: None, }), Policy::default())?;
    /// // A date outside the calendar (2018–2035) is refused when recorded,
    /// // naming the event: it could not be evaluated or stored.
    /// let protocol = Event::new(d(2026, 3, 27), EventKind::Answered);
    /// assert!(file.record_with(&cal, protocol, Policy::default()).is_ok());
    /// let far = Event::new(d(2036, 3, 27), EventKind::FinalAnswer);
    /// assert!(file.record_with(&cal, far, Policy::default()).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record_with(
        &mut self,
        cal: &Calendar,
        event: Event,
        policy: Policy,
    ) -> Result<(), CaseError> {
        let s = Folded::of(&self.events);
        check(cal, &Seen::of(&self.events), &s, &event, policy).map_err(|reason| CaseError {
            event: event.name(),
            on: event.on,
            reason,
        })?;
        self.events.push(event);
        Ok(())
    }
}
