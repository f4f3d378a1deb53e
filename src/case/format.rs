//! The case files' JSON interchange format, version 1: the contract for
//! back offices written in other languages.
//!
//! One object with `"version": 1` and `"cases"`, a list of case files, each
//! with its `"id"` and its `"events"` in the order they happened. Every
//! event has `"on"` (the ISO date `YYYY-MM-DD` it happened) and `"event"`
//! (its snake_case name), and the fields its kind carries:
//!
//! | `event` | fields | rule |
//! |---|---|---|
//! | `arrived` | `time` (`"HH:MM:SS"`), `channel` (`{"kind": "e_gov_portal"}`, `e_appeals`, `paper`, `by_hand`, or `{"kind": "oral", "number": …, "recorded_on": …}`), both optional | п. 4, 21 |
//! | `registered` | `worker` (an id), optional; `external_due` (a date), optional: the answer's due date another system (e-Otinish) shows, compared with the crate's | п. 21 |
//! | `left_without_consideration` | — | п. 5 |
//! | `correction_period_set` | `until` | п. 6 |
//! | `corrected`, `returned` | — | п. 6, APPC art. 64(7) |
//! | `forwarded` | — | п. 15(1), APPC art. 65 |
//! | `no_appointment` | `ground`: `outside_competence`, `prior_administrative_decision`, `court_act_in_force`, `request_returned` | п. 15 |
//! | `extended_by_letter` | `until` | п. 26 |
//! | `extended_by_decision` | `until` (optional: the end the decision names, at most the two months of the policy's reading; absent, the two months) | п. 26, APPC art. 76(3) |
//! | `extension_notice_sent`, `answered` | — | п. 26, 25 |
//! | `date_notified` | `reception` (date), `at` (time), optional | п. 25 |
//! | `briefing_prepared` | — | п. 22 |
//! | `draft_refusal_sent`, `draft_refusal_received`, `objections_received`, `refused` | — | п. 28, APPC art. 73 |
//! | `absence_notified` | `cause_arose` (date) | п. 16 (cancels nothing by itself) |
//! | `reception_cancelled` | — | п. 16, 9 |
//! | `from_reception` | `original` (the case id of the request whose reception raised it) | п. 33–35, APPC art. 90(4) |
//! | `hearing_requested` | — | APPC art. 73(3), п. 29 |
//! | `hearing_held` | — | APPC art. 74, п. 29 |
//! | `hearing_protocol` | — | APPC art. 74(4): within 2 working days of the hearing |
//! | `hearing_protocol_received` | — | APPC art. 74(6) |
//! | `hearing_remarks_received` | — | APPC art. 74(6): within 3 working days of receiving the protocol |
//! | `reception_held` | `form`: `in_person`, `videoconference_with_consent`, `under_restrictive_measures`; `official` (the role of п. 2 by its machine name: `"first_head"`, `"first_head_deputy"`, `"akim"`, `"akim_deputy"`, `"head_of_apparatus"`, `"unit_head"`, `"unit_head_deputy"`), optional | п. 2, 13–14 |
//! | `protocol` | `instructions`: a list of `{"id", "due", "unit", "task"}` (`task` optional) | п. 19 |
//! | `instruction_executed` | `instruction` (its id) | п. 32 |
//! | `reassigned` | `worker` | п. 35 |
//! | `final_answer`, `closed` | — | п. 33 |
//!
//! An unknown field, a field that does not belong to the event, an unknown
//! event or an unknown version is an error: a typo is never silently
//! ignored. Dates are exactly `YYYY-MM-DD` ([`crate::date::parse_date`]):
//! `2026-3-5` is an error too. [`load`] then re-checks every event as
//! [`CaseFile::record`] does; an impossible one is a [`LoadError`] naming
//! the case, the event's position and the rule. The JSON Schema of the
//! format is `schema/case_file.json` in the repository (feature `cli`).
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use kz_appeals::calendar::Calendar;
//! use kz_appeals::case::{evaluate, format::{self, Document}, Stage};
//! let json = r#"{"version": 1, "cases": [
//!   {"id": "A-1", "events": [
//!     {"on": "2026-03-21", "event": "arrived", "time": "10:15:00", "channel": {"kind": "e_appeals"}},
//!     {"on": "2026-03-26", "event": "registered", "worker": "w-17"},
//!     {"on": "2026-04-10", "event": "extended_by_letter", "until": "2026-04-24"},
//!     {"on": "2026-04-23", "event": "extended_by_decision"},
//!     {"on": "2026-04-24", "event": "extension_notice_sent"},
//!     {"on": "2026-04-28", "event": "answered"},
//!     {"on": "2026-04-29", "event": "date_notified", "reception": "2026-05-19", "at": "10:00:00"},
//!     {"on": "2026-05-08", "event": "briefing_prepared"},
//!     {"on": "2026-05-19", "event": "reception_held", "form": "videoconference_with_consent",
//!      "official": "first_head_deputy"},
//!     {"on": "2026-05-19", "event": "protocol", "instructions": [
//!       {"id": "1", "due": "2026-06-30", "unit": "roads", "task": "repair the road"}]},
//!     {"on": "2026-06-25", "event": "instruction_executed", "instruction": "1"},
//!     {"on": "2026-06-26", "event": "final_answer"},
//!     {"on": "2026-06-29", "event": "closed"}
//!   ]},
//!   {"id": "B-2", "events": [
//!     {"on": "2026-03-02", "event": "registered"},
//!     {"on": "2026-03-03", "event": "no_appointment", "ground": "outside_competence"},
//!     {"on": "2026-03-05", "event": "forwarded"}
//!   ]}
//! ]}"#;
//! let cal = Calendar::kazakhstan();
//! let doc: Document = serde_json::from_str(json)?;
//! let files = format::load(&cal, doc)?;
//! let a = evaluate(&cal, &files[0], NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())?;
//! assert_eq!(a.stage, Some(Stage::Closed));
//! assert!(a.violations.is_empty());
//! // Round trip: what is stored is what was read.
//! let again: Document = serde_json::from_str(&serde_json::to_string(&format::store(&files))?)?;
//! assert_eq!(format::load(&cal, again)?, files);
//! // A typo is an error, never ignored.
//! let typo = json.replace("\"until\": \"2026-04-24\"", "\"untill\": \"2026-04-24\"");
//! assert!(serde_json::from_str::<Document>(&typo).is_err());
//! assert!(serde_json::from_str::<Document>(&json.replace("\"version\": 1", "\"version\": 2")).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::error::CaseError;
use super::event::{Event, EventKind, EventName, HeldForm, InstructionGiven};
use super::file::CaseFile;
use super::ground::NoAppointmentGround;
use crate::calendar::Calendar;
use crate::channel::Channel;
use crate::official::OfficialRole;

/// The version of the format: only `1` is read and written.
///
/// # Example
/// ```
/// use kz_appeals::case::format::Version;
/// assert_eq!(serde_json::to_string(&Version)?, "1");
/// assert!(serde_json::from_str::<Version>("2").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Version;

impl Version {
    /// The number.
    pub const NUMBER: u32 = 1;
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(Version::NUMBER)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Version, D::Error> {
        let n = u64::deserialize(d)?;
        if n == u64::from(Version::NUMBER) {
            Ok(Version)
        } else {
            Err(serde::de::Error::custom(format!(
                "unknown version {n}; this crate reads version {}",
                Version::NUMBER
            )))
        }
    }
}

/// The stored document: a version and case files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "cli",
    schemars(
        rename = "CaseFiles",
        description = "The case files' JSON interchange format, version 1 (kz_appeals::case::format): a version and a list of case files, each with its id and its events in the order they happened."
    )
)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Document {
    /// Always 1.
    pub version: Version,
    /// The readings of ambiguous rules the body applies to these files
    /// instead of each rule's default (a) (rules §2a), by machine name,
    /// e.g. `["date_notice_before_reception"]`; absent, the defaults. A
    /// reading given on the command line (`--reading`) or in the query
    /// takes precedence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "cli", schemars(with = "Vec<String>"))]
    pub reading: Vec<crate::deadline::reading::Reading>,
    /// The case files.
    pub cases: Vec<CaseRecord>,
}

/// One stored case file, not yet checked: see [`load`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "cli",
    derive(schemars::JsonSchema),
    schemars(
        description = "One case file: the caller's id and the events, in the order they happened."
    )
)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CaseRecord {
    /// The caller's id.
    pub id: String,
    /// The events, in the order they happened.
    pub events: Vec<Event>,
}

/// An impossible event found while loading: the case, the event's position
/// (1 for the first) and the error.
///
/// # Example
/// ```
/// use kz_appeals::calendar::Calendar;
/// use kz_appeals::case::format::{self, Document};
/// let json = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
///   {"on": "2026-03-26", "event": "registered"},
///   {"on": "2026-04-20", "event": "refused"}]}]}"#;
/// let doc: Document = serde_json::from_str(json)?;
/// let err = format::load(&Calendar::kazakhstan(), doc).unwrap_err();
/// assert_eq!((err.case.as_str(), err.position), ("A-1", 2));
/// assert!(err.to_string().starts_with("п. 28: case \"A-1\", event 2: refused on 2026-04-20"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct LoadError {
    /// The case's id.
    pub case: String,
    /// The event's position, 1 for the first.
    pub position: usize,
    /// Why it cannot have happened.
    pub error: CaseError,
}

impl crate::lang::Localized for LoadError {
    /// The rule of the case file's error first, then the case and the
    /// event's position, then the rest of its message, in `lang`.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::{Lang, Localized, calendar::Calendar};
    /// use kz_appeals::case::format::{self, Document};
    /// let json = r#"{"version": 1, "cases": [{"id": "A-1", "events": [
    ///   {"on": "2026-03-26", "event": "registered"},
    ///   {"on": "2026-04-20", "event": "refused"}]}]}"#;
    /// let doc: Document = serde_json::from_str(json)?;
    /// let err = format::load(&Calendar::kazakhstan(), doc).unwrap_err();
    /// assert!(err.message(Lang::Ru).starts_with("п. 28 Регламента: дело \"A-1\", событие 2: «в приеме отказано» 20.04.2026"));
    /// assert!(err.message(Lang::Kk).starts_with("Регламенттің 28-тармағы: \"A-1\" ісі, 2-оқиға: "));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn message(&self, lang: crate::Lang) -> String {
        use crate::Lang;
        let message = self.error.message(lang);
        let rule = self.error.rule();
        let rest = crate::lang::rest_after_rule(&message, rule.is_some());
        let prefix = rule
            .map(|r| format!("{}: ", r.render(lang)))
            .unwrap_or_default();
        let (case, n) = (&self.case, self.position);
        match lang {
            Lang::En => format!("{prefix}case {case:?}, event {n}: {rest}"),
            Lang::Ru => format!("{prefix}дело {case:?}, событие {n}: {rest}"),
            Lang::Kk => format!("{prefix}{case:?} ісі, {n}-оқиға: {rest}"),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Localized::message(self, crate::Lang::En))
    }
}

/// The case files of `doc`, each event re-checked as
/// [`CaseFile::record`] checks it.
///
/// # Errors
/// [`LoadError`] for the first impossible event.
///
/// # Example
/// See the [module](self).
pub fn load(cal: &Calendar, doc: Document) -> Result<Vec<CaseFile>, LoadError> {
    doc.cases
        .into_iter()
        .map(|c| {
            let id = c.id;
            CaseFile::from_events(cal, id.clone(), c.events).map_err(|(n, error)| LoadError {
                case: id,
                position: n.saturating_add(1),
                error,
            })
        })
        .collect()
}

/// The document that stores `files`.
///
/// # Example
/// ```
/// use kz_appeals::case::{format, CaseFile};
/// let doc = format::store(&[CaseFile::new("A-1")]);
/// assert_eq!(serde_json::to_string(&doc)?, r#"{"version":1,"cases":[{"id":"A-1","events":[]}]}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[must_use]
pub fn store(files: &[CaseFile]) -> Document {
    Document {
        version: Version,
        reading: Vec::new(),
        cases: files
            .iter()
            .map(|f| CaseRecord {
                id: f.id().to_owned(),
                events: f.events().to_vec(),
            })
            .collect(),
    }
}

/// An event as stored: every field any event can carry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventRecord {
    #[serde(deserialize_with = "crate::date::strict::date")]
    on: NaiveDate,
    event: EventName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    time: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    worker: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::date::strict::option",
        skip_serializing_if = "Option::is_none"
    )]
    until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ground: Option<NoAppointmentGround>,
    #[serde(
        default,
        deserialize_with = "crate::date::strict::option",
        skip_serializing_if = "Option::is_none"
    )]
    reception: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at: Option<NaiveTime>,
    #[serde(
        default,
        deserialize_with = "crate::date::strict::option",
        skip_serializing_if = "Option::is_none"
    )]
    cause_arose: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    form: Option<HeldForm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    official: Option<OfficialRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    instructions: Option<Vec<InstructionGiven>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    instruction: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::date::strict::option",
        skip_serializing_if = "Option::is_none"
    )]
    external_due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    original: Option<String>,
}

impl EventRecord {
    fn bare(on: NaiveDate, event: EventName) -> EventRecord {
        EventRecord {
            on,
            event,
            time: None,
            channel: None,
            worker: None,
            until: None,
            ground: None,
            reception: None,
            at: None,
            cause_arose: None,
            form: None,
            official: None,
            instructions: None,
            instruction: None,
            external_due: None,
            original: None,
        }
    }

    /// The names of the fields given, besides `on` and `event`.
    fn given(&self) -> impl Iterator<Item = &'static str> + '_ {
        [
            ("time", self.time.is_some()),
            ("channel", self.channel.is_some()),
            ("worker", self.worker.is_some()),
            ("until", self.until.is_some()),
            ("ground", self.ground.is_some()),
            ("reception", self.reception.is_some()),
            ("at", self.at.is_some()),
            ("cause_arose", self.cause_arose.is_some()),
            ("form", self.form.is_some()),
            ("official", self.official.is_some()),
            ("instructions", self.instructions.is_some()),
            ("external_due", self.external_due.is_some()),
            ("original", self.original.is_some()),
            ("instruction", self.instruction.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, given)| given.then_some(name))
    }
}

/// The fields each event may carry.
fn allowed(event: EventName) -> &'static [&'static str] {
    match event {
        EventName::Arrived => &["time", "channel"],
        EventName::Registered => &["worker", "external_due"],
        EventName::Reassigned => &["worker"],
        EventName::FromReception => &["original"],
        EventName::CorrectionPeriodSet
        | EventName::ExtendedByLetter
        | EventName::ExtendedByDecision => &["until"],
        EventName::NoAppointment => &["ground"],
        EventName::DateNotified => &["reception", "at"],
        EventName::AbsenceNotified => &["cause_arose"],
        EventName::ReceptionHeld => &["form", "official"],
        EventName::Protocol => &["instructions"],
        EventName::InstructionExecuted => &["instruction"],
        _ => &[],
    }
}

fn missing(event: EventName, field: &str) -> String {
    format!("event {event} needs the field `{field}`; add it")
}

impl TryFrom<EventRecord> for Event {
    type Error = String;
    fn try_from(r: EventRecord) -> Result<Event, String> {
        let event = r.event;
        if let Some(field) = r.given().find(|f| !allowed(event).contains(f)) {
            let fields = allowed(event);
            return Err(if fields.is_empty() {
                format!(
                    "the field `{field}` does not belong to event {event}, which has no field besides `on` and `event`; remove it"
                )
            } else {
                format!(
                    "the field `{field}` does not belong to event {event}; remove it (its fields: {})",
                    fields.join(", ")
                )
            });
        }
        let need = |v: Option<NaiveDate>, field| v.ok_or_else(|| missing(event, field));
        let kind = match event {
            EventName::Arrived => EventKind::Arrived {
                time: r.time,
                channel: r.channel,
            },
            EventName::Registered => EventKind::Registered {
                worker: r.worker,
                external_due: r.external_due,
            },
            EventName::LeftWithoutConsideration => EventKind::LeftWithoutConsideration,
            EventName::CorrectionPeriodSet => EventKind::CorrectionPeriodSet {
                until: need(r.until, "until")?,
            },
            EventName::FromReception => EventKind::FromReception {
                original: r.original.ok_or_else(|| missing(event, "original"))?,
            },
            EventName::Corrected => EventKind::Corrected,
            EventName::Returned => EventKind::Returned,
            EventName::Forwarded => EventKind::Forwarded,
            EventName::NoAppointment => EventKind::NoAppointment {
                ground: r.ground.ok_or_else(|| missing(event, "ground"))?,
            },
            EventName::ExtendedByLetter => EventKind::ExtendedByLetter {
                until: need(r.until, "until")?,
            },
            EventName::ExtendedByDecision => EventKind::ExtendedByDecision { until: r.until },
            EventName::ExtensionNoticeSent => EventKind::ExtensionNoticeSent,
            EventName::Answered => EventKind::Answered,
            EventName::DateNotified => EventKind::DateNotified {
                reception: need(r.reception, "reception")?,
                at: r.at,
            },
            EventName::BriefingPrepared => EventKind::BriefingPrepared,
            EventName::DraftRefusalSent => EventKind::DraftRefusalSent,
            EventName::DraftRefusalReceived => EventKind::DraftRefusalReceived,
            EventName::ObjectionsReceived => EventKind::ObjectionsReceived,
            EventName::HearingRequested => EventKind::HearingRequested,
            EventName::HearingHeld => EventKind::HearingHeld,
            EventName::HearingProtocol => EventKind::HearingProtocol,
            EventName::HearingProtocolReceived => EventKind::HearingProtocolReceived,
            EventName::HearingRemarksReceived => EventKind::HearingRemarksReceived,
            EventName::Refused => EventKind::Refused,
            EventName::AbsenceNotified => EventKind::AbsenceNotified {
                cause_arose: need(r.cause_arose, "cause_arose")?,
            },
            EventName::ReceptionCancelled => EventKind::ReceptionCancelled,
            EventName::ReceptionHeld => EventKind::ReceptionHeld {
                form: r.form.ok_or_else(|| missing(event, "form"))?,
                official: r.official,
            },
            EventName::Protocol => EventKind::Protocol {
                instructions: r.instructions.unwrap_or_default(),
            },
            EventName::InstructionExecuted => EventKind::InstructionExecuted {
                instruction: r.instruction.ok_or_else(|| missing(event, "instruction"))?,
            },
            EventName::Reassigned => EventKind::Reassigned {
                worker: r.worker.ok_or_else(|| missing(event, "worker"))?,
            },
            EventName::FinalAnswer => EventKind::FinalAnswer,
            EventName::Closed => EventKind::Closed,
        };
        Ok(Event::new(r.on, kind))
    }
}

impl From<Event> for EventRecord {
    fn from(e: Event) -> EventRecord {
        let mut r = EventRecord::bare(e.on, e.name());
        match e.kind {
            EventKind::Arrived { time, channel } => {
                r.time = time;
                r.channel = channel;
            }
            EventKind::Registered {
                worker,
                external_due,
            } => {
                r.worker = worker;
                r.external_due = external_due;
            }
            EventKind::Reassigned { worker } => r.worker = Some(worker),
            EventKind::FromReception { original } => r.original = Some(original),
            EventKind::CorrectionPeriodSet { until } | EventKind::ExtendedByLetter { until } => {
                r.until = Some(until);
            }
            EventKind::ExtendedByDecision { until } => r.until = until,
            EventKind::NoAppointment { ground } => r.ground = Some(ground),
            EventKind::DateNotified { reception, at } => {
                r.reception = Some(reception);
                r.at = at;
            }
            EventKind::AbsenceNotified { cause_arose } => r.cause_arose = Some(cause_arose),
            EventKind::ReceptionHeld { form, official } => {
                r.form = Some(form);
                r.official = official;
            }
            EventKind::Protocol { instructions } => r.instructions = Some(instructions),
            EventKind::InstructionExecuted { instruction } => r.instruction = Some(instruction),
            EventKind::LeftWithoutConsideration
            | EventKind::Corrected
            | EventKind::Returned
            | EventKind::Forwarded
            | EventKind::ExtensionNoticeSent
            | EventKind::Answered
            | EventKind::BriefingPrepared
            | EventKind::DraftRefusalSent
            | EventKind::DraftRefusalReceived
            | EventKind::ObjectionsReceived
            | EventKind::HearingRequested
            | EventKind::HearingHeld
            | EventKind::HearingProtocol
            | EventKind::HearingProtocolReceived
            | EventKind::HearingRemarksReceived
            | EventKind::Refused
            | EventKind::FinalAnswer
            | EventKind::ReceptionCancelled
            | EventKind::Closed => {}
        }
        r
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        EventRecord::from(self.clone()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Event, D::Error> {
        Event::try_from(EventRecord::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// The JSON Schema of the version: the number 1.
#[cfg(feature = "cli")]
impl schemars::JsonSchema for Version {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Version".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The version of the format: 1.",
            "type": "integer",
            "const": Version::NUMBER
        })
    }
}

/// The JSON Schema of an event: one object per kind of event, with `"on"`,
/// `"event"` and exactly the fields that kind carries (the table of the
/// [module](self)), the required ones required.
#[cfg(feature = "cli")]
impl schemars::JsonSchema for Event {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Event".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <schema::Event as schemars::JsonSchema>::json_schema(generator)
    }
}

/// The stored event as a schema: a mirror of `EventRecord`, one variant
/// per event with its own fields (`allowed`, `Event::try_from`). Only its schema is used; the test of
/// `tests/cli_schema.rs` checks it against what [`Event`] reads.
#[cfg(feature = "cli")]
mod schema {
    #![allow(
        dead_code,
        reason = "only the schema is used: the variants are never built"
    )]

    use chrono::{NaiveDate, NaiveTime};

    use crate::case::NoAppointmentGround;
    use crate::case::event::{HeldForm, InstructionGiven};
    use crate::channel::Channel;
    use crate::official::OfficialRole;

    /// One event of a case file: the day it happened (`on`), what happened
    /// (`event`) and the fields of that event.
    #[derive(schemars::JsonSchema)]
    #[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
    pub(super) enum Event {
        /// The request arrived (п. 4, 21), at a time and by a channel when known.
        Arrived {
            /// The day.
            on: NaiveDate,
            /// The time of arrival, HH:MM:SS (APPC art. 64(3)).
            #[serde(default)]
            time: Option<NaiveTime>,
            /// The channel (п. 4).
            #[serde(default)]
            channel: Option<Channel>,
        },
        /// Registered (п. 21), assigned to a worker when given.
        Registered {
            /// The day.
            on: NaiveDate,
            /// The responsible worker's id.
            #[serde(default)]
            worker: Option<String>,
            /// The answer's due date another system shows (e-Otinish), to
            /// compare with the crate's.
            #[serde(default)]
            external_due: Option<NaiveDate>,
        },
        /// Left without consideration (п. 5).
        LeftWithoutConsideration {
            /// The day.
            on: NaiveDate,
        },
        /// A period set to correct the request (п. 6, APPC art. 63).
        CorrectionPeriodSet {
            /// The day.
            on: NaiveDate,
            /// The last day of the period.
            until: NaiveDate,
        },
        /// From a reception of another request (APPC art. 90(4), п. 34).
        FromReception {
            /// The day.
            on: NaiveDate,
            /// The original request's case id.
            original: String,
        },
        /// Corrected (п. 6).
        Corrected {
            /// The day.
            on: NaiveDate,
        },
        /// Returned, not corrected in time (п. 6, APPC art. 64(7)).
        Returned {
            /// The day.
            on: NaiveDate,
        },
        /// Forwarded to the competent body (п. 15(1), APPC art. 65).
        Forwarded {
            /// The day.
            on: NaiveDate,
        },
        /// No appointment, on a ground of п. 15.
        NoAppointment {
            /// The day.
            on: NaiveDate,
            /// The ground.
            ground: NoAppointmentGround,
        },
        /// The term extended by a letter (п. 26).
        ExtendedByLetter {
            /// The day.
            on: NaiveDate,
            /// The new end of the term.
            until: NaiveDate,
        },
        /// The term extended by a reasoned decision (п. 26, APPC art. 76(3)).
        ExtendedByDecision {
            /// The day.
            on: NaiveDate,
            /// The end of the term the decision names, at most the two
            /// months of the policy's reading; absent: the two months.
            #[serde(default)]
            until: Option<NaiveDate>,
        },
        /// The applicant told of the extension (п. 26).
        ExtensionNoticeSent {
            /// The day.
            on: NaiveDate,
        },
        /// The answer that the request is on the list (п. 25).
        Answered {
            /// The day.
            on: NaiveDate,
        },
        /// The date and time of the reception told (п. 25).
        DateNotified {
            /// The day.
            on: NaiveDate,
            /// The day of the reception.
            reception: NaiveDate,
            /// Its time, HH:MM:SS.
            #[serde(default)]
            at: Option<NaiveTime>,
        },
        /// The briefing prepared (п. 22).
        BriefingPrepared {
            /// The day.
            on: NaiveDate,
        },
        /// The draft refusal sent for a hearing (п. 28).
        DraftRefusalSent {
            /// The day.
            on: NaiveDate,
        },
        /// The draft refusal received by the applicant (APPC art. 73).
        DraftRefusalReceived {
            /// The day.
            on: NaiveDate,
        },
        /// The applicant's objections received (APPC art. 73).
        ObjectionsReceived {
            /// The day.
            on: NaiveDate,
        },
        /// The applicant asked to be heard orally (APPC art. 73(3)).
        HearingRequested {
            /// The day.
            on: NaiveDate,
        },
        /// The hearing held (APPC art. 74).
        HearingHeld {
            /// The day.
            on: NaiveDate,
        },
        /// The hearing's protocol drawn up (APPC art. 74(4)).
        HearingProtocol {
            /// The day.
            on: NaiveDate,
        },
        /// The hearing's protocol received by the applicant (APPC art. 74(6)).
        HearingProtocolReceived {
            /// The day.
            on: NaiveDate,
        },
        /// The applicant's remarks on the protocol (APPC art. 74(6)).
        HearingRemarksReceived {
            /// The day.
            on: NaiveDate,
        },
        /// The reception refused (п. 28).
        Refused {
            /// The day.
            on: NaiveDate,
        },
        /// The official's absence notified (п. 16).
        AbsenceNotified {
            /// The day.
            on: NaiveDate,
            /// The day the cause arose.
            cause_arose: NaiveDate,
        },
        /// The reception cancelled (п. 16, 9).
        ReceptionCancelled {
            /// The day.
            on: NaiveDate,
        },
        /// The reception held (п. 13–14).
        ReceptionHeld {
            /// The day.
            on: NaiveDate,
            /// How.
            form: HeldForm,
            /// The receiving official's role (п. 2).
            #[serde(default)]
            official: Option<OfficialRole>,
        },
        /// The protocol, with its instructions (п. 19).
        Protocol {
            /// The day.
            on: NaiveDate,
            /// The instructions given.
            #[serde(default)]
            instructions: Option<Vec<InstructionGiven>>,
        },
        /// An instruction executed (п. 32).
        InstructionExecuted {
            /// The day.
            on: NaiveDate,
            /// The instruction's id.
            instruction: String,
        },
        /// Reassigned to another worker (п. 35).
        Reassigned {
            /// The day.
            on: NaiveDate,
            /// The new worker's id.
            worker: String,
        },
        /// The final reasoned answer (п. 33).
        FinalAnswer {
            /// The day.
            on: NaiveDate,
        },
        /// Taken off control (п. 33).
        Closed {
            /// The day.
            on: NaiveDate,
        },
    }
}
