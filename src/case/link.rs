//! Requests linked across case files: a request from a reception of
//! another (п. 33–35, APPC art. 90(4)). п. 35 forbids assigning it to a
//! worker who had the original: that takes both files, so it is measured
//! over many files (the agenda, the report, `kz-appeals evaluate`), not by
//! the judge of one.

use chrono::NaiveDate;

use super::event::EventKind;
use super::file::CaseFile;
use crate::deadline::DeadlineKind;
use crate::deadline::violation::Violation;

/// п. 35 over `files` as they stood on `as_of`: each assignment of a
/// request from a reception (`from_reception`) to a worker who had its
/// original, as the case's id and a violation on the day of the
/// assignment (the registration or a reassignment). An original not among
/// `files` is not looked for.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use kz_appeals::{Calendar, CaseFile};
/// use kz_appeals::case::{Event, EventKind, linked_violations};
/// let cal = Calendar::kazakhstan();
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let reg = |w: &str| EventKind::Registered { worker: Some(w.into()), external_due: None };
/// let mut a = CaseFile::new("A");
/// a.record(&cal, Event::new(d(3, 26), reg("w-1")))?;
/// let mut b = CaseFile::new("B");
/// b.record(&cal, Event::new(d(5, 12), reg("w-1")))?;
/// b.record(&cal, Event::new(d(5, 12), EventKind::FromReception { original: "A".into() }))?;
/// let v = linked_violations(&[a, b], d(5, 20));
/// assert_eq!(v.len(), 1);
/// assert_eq!((v[0].0.as_str(), v[0].1.rule.to_string()), ("B", "п. 35".to_owned()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn linked_violations(files: &[CaseFile], as_of: NaiveDate) -> Vec<(String, Violation)> {
    let known = |f: &CaseFile| {
        let n = f.events().partition_point(|e| e.on <= as_of);
        f.events().get(..n).unwrap_or_default().to_vec()
    };
    let mut out = Vec::new();
    for f in files {
        let events = known(f);
        let Some(original) = events.iter().find_map(|e| match &e.kind {
            EventKind::FromReception { original } => Some(original.as_str()),
            _ => None,
        }) else {
            continue;
        };
        let Some(g) = files
            .iter()
            .find(|g| g.id() == original && g.id() != f.id())
        else {
            continue;
        };
        let had: Vec<String> = known(g)
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Registered {
                    worker: Some(w), ..
                }
                | EventKind::Reassigned { worker: w } => Some(w.clone()),
                _ => None,
            })
            .collect();
        for e in &events {
            let assigned = match &e.kind {
                EventKind::Registered {
                    worker: Some(w), ..
                }
                | EventKind::Reassigned { worker: w } => w,
                _ => continue,
            };
            if had.contains(assigned) {
                out.push((
                    f.id().to_owned(),
                    Violation::on_day(DeadlineKind::Assignment, e.on),
                ));
            }
        }
    }
    out
}
