//! iCalendar (RFC 5545) files of all-day events, shared by the subcommands
//! that export dates (`calendar --ics`; `deadlines --ics` plugs in the same
//! way): one place that makes the file deterministic.

use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Component, EventLike};

use super::CliError;

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllDay {
    /// The day.
    pub date: NaiveDate,
    /// A stable identifier, unique in the file: a re-import with the same
    /// UID replaces the event.
    pub uid: String,
    /// The title.
    pub summary: String,
    /// The reason, the rule.
    pub description: String,
    /// Whether the day is busy (a working day, a deadline) rather than free
    /// (a day off).
    pub busy: bool,
}

/// A calendar named `title` with `events`. `DTSTAMP` is `stamp_year`'s
/// 1 January 00:00 UTC, so the same events give the same file byte for byte
/// (the crate reads no clock); `DTEND` is the next day (exclusive, RFC 5545).
///
/// # Errors
/// [`CliError::BadInput`] for a year without a 1 January in chrono's range.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::cli::ics::{AllDay, file};
/// let date = NaiveDate::from_ymd_opt(2026, 4, 16).unwrap();
/// let event = AllDay { date, uid: "response_due@example".into(), summary: "Answer due".into(), description: "п. 25".into(), busy: true };
/// let text = file("Deadlines", 2026, [event])?;
/// assert!(text.contains("DTSTART;VALUE=DATE:20260416\r\n"));
/// assert!(text.contains("DTEND;VALUE=DATE:20260417\r\n")); // exclusive: the next day
/// assert!(text.contains("DTSTAMP:20260101T000000Z\r\n")); // no clock
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn file(
    title: &str,
    stamp_year: i32,
    events: impl IntoIterator<Item = AllDay>,
) -> Result<String, CliError> {
    let stamp = Utc
        .with_ymd_and_hms(stamp_year, 1, 1, 0, 0, 0)
        .single()
        .ok_or_else(|| {
            CliError::bad_input(format!("{stamp_year} has no 1 January; give another year"))
        })?;
    let mut calendar = icalendar::Calendar::new();
    calendar.name(title);
    for e in events {
        let next = e.date.succ_opt().unwrap_or(e.date);
        calendar.push(
            icalendar::Event::new()
                .uid(&e.uid)
                .timestamp(stamp)
                .summary(&e.summary)
                .description(&e.description)
                .starts(e.date)
                .ends(next)
                .add_property("TRANSP", if e.busy { "OPAQUE" } else { "TRANSPARENT" })
                .done(),
        );
    }
    Ok(calendar.done().to_string())
}
