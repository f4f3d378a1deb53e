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
    Ok(fold(&calendar.done().to_string()))
}

/// The longest content line, in octets, without its CRLF (RFC 5545 §3.1).
pub const LINE_OCTETS: usize = 75;

/// `text` with its content lines folded as RFC 5545 §3.1 says: at most
/// [`LINE_OCTETS`] octets a line (the leading space of a continuation
/// counted), never inside a UTF-8 character. Lines folded before are
/// unfolded first, so folding twice changes nothing.
///
/// # Example
/// ```
/// use kz_appeals::cli::ics::fold;
/// let line = format!("DESCRIPTION:{}\r\n", "Қазақстан ".repeat(12));
/// let folded = fold(&line);
/// assert!(folded.split("\r\n").all(|l| l.len() <= 75));
/// assert_eq!(folded.replace("\r\n ", ""), line); // unfolding gives the line back
/// assert_eq!(fold(&folded), folded);
/// ```
#[must_use]
pub fn fold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 64 * 3);
    let mut lines = unfolded.split("\r\n").peekable();
    while let Some(line) = lines.next() {
        let mut rest = line;
        let mut room = LINE_OCTETS;
        loop {
            if rest.len() <= room {
                out.push_str(rest);
                break;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation line starts with a space, which counts.
            room = LINE_OCTETS - 1;
        }
        if lines.peek().is_some() {
            out.push_str("\r\n");
        }
    }
    out
}
