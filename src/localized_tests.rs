//! Every error and every violation renders in Kazakh, Russian and English
//! through [`Localized`], in the one format `"<rule>: <what was wrong>;
//! <what to do>"`, the rule the same in each language.
//!
//! A unit test (not in `tests/`) so that the `match`es below, which name
//! every variant without a wildcard, stop compiling when a variant is added
//! (the enums are `#[non_exhaustive]` only outside the crate): the new
//! variant must then be given a sample here.

use std::collections::BTreeSet;
use std::fmt::Display;

use chrono::NaiveDate;

use crate::calendar::{CalendarError, DayKind, Direction, Holiday, UpdateError};
#[cfg(feature = "serde")]
use crate::case::format::LoadError;
use crate::case::{CaseError, CountError, EventName, GuardError, Impossible, PeriodError};
use crate::date::DateError;
use crate::deadline::DeadlineKind;
use crate::deadline::term::{Term, TermError};
use crate::deadline::violation::Violation;
use crate::intake::IntakeError;
use crate::lang::{Lang, Localized};
use crate::law::{Act, Citation};
use crate::reception_schedule::{self, YearMonth};
use crate::schedule::{Fact, ScheduleError};

/// A message and the rule it must start with.
trait Message: Localized + Display {}
impl<T: Localized + Display> Message for T {}

/// The rule a message starts with, in each language.
enum Rule {
    /// No rule: the calendar or a date cannot answer, no act is broken.
    None,
    /// A citation, rendered by [`Citation::render`].
    Cite(Citation),
    /// A range of paragraphs or articles that no single citation renders,
    /// written out: Kazakh, Russian, English.
    Text([&'static str; 3]),
}

struct Sample {
    /// `Type::Variant`, checked against the lists of variants below.
    variant: String,
    value: Box<dyn Message>,
    rule: Rule,
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn sample(variant: impl Into<String>, value: impl Message + 'static, rule: Rule) -> Sample {
    Sample {
        variant: variant.into(),
        value: Box::new(value),
        rule,
    }
}

fn calendar_variant(e: &CalendarError) -> &'static str {
    match e {
        CalendarError::DateOutOfRange { .. } => "CalendarError::DateOutOfRange",
        CalendarError::YearOutOfRange { .. } => "CalendarError::YearOutOfRange",
        CalendarError::CountOutOfRange { .. } => "CalendarError::CountOutOfRange",
        CalendarError::ZeroCount { .. } => "CalendarError::ZeroCount",
    }
}

fn update_variant(e: &UpdateError) -> &'static str {
    match e {
        UpdateError::YearNotCovered { .. } => "UpdateError::YearNotCovered",
        UpdateError::DateOutsideYear { .. } => "UpdateError::DateOutsideYear",
        UpdateError::TransferFromWorkingDay { .. } => "UpdateError::TransferFromWorkingDay",
        UpdateError::TransferFromHoliday { .. } => "UpdateError::TransferFromHoliday",
        UpdateError::NotAWorkingDay { .. } => "UpdateError::NotAWorkingDay",
        UpdateError::Duplicate { .. } => "UpdateError::Duplicate",
        UpdateError::OfficialWithEstimate { .. } => "UpdateError::OfficialWithEstimate",
    }
}

fn term_variant(e: &TermError) -> &'static str {
    match e {
        TermError::ZeroCount { .. } => "TermError::ZeroCount",
        TermError::Overflow { .. } => "TermError::Overflow",
        TermError::Calendar(_) => "TermError::Calendar",
    }
}

fn date_variant(e: &DateError) -> &'static str {
    match e {
        DateError::Format { .. } => "DateError::Format",
        DateError::NoSuchDay { .. } => "DateError::NoSuchDay",
    }
}

fn reception_variant(e: &reception_schedule::ReceptionScheduleError) -> &'static str {
    use reception_schedule::ReceptionScheduleError as E;
    match e {
        E::InvalidMonth(_) => "reception_schedule::ReceptionScheduleError::InvalidMonth",
        E::EmptyPeriod { .. } => "reception_schedule::ReceptionScheduleError::EmptyPeriod",
        E::OutsideCalendar { .. } => "reception_schedule::ReceptionScheduleError::OutsideCalendar",
        E::Calendar(_) => "reception_schedule::ReceptionScheduleError::Calendar",
    }
}

fn schedule_variant(e: &ScheduleError) -> &'static str {
    use ScheduleError as E;
    match e {
        E::RegisteredOnDayOff { .. } => "ScheduleError::RegisteredOnDayOff",
        E::BeforeRegistration { .. } => "ScheduleError::BeforeRegistration",
        E::ExtensionAfterTerm { .. } => "ScheduleError::ExtensionAfterTerm",
        E::LetterExtensionInvalid { .. } => "ScheduleError::LetterExtensionInvalid",
        E::DecisionUntilInvalid { .. } => "ScheduleError::DecisionUntilInvalid",
        E::ReceptionOnDayOff { .. } => "ScheduleError::ReceptionOnDayOff",
        E::NoTimeToCorrect { .. } => "ScheduleError::NoTimeToCorrect",
        E::NoTimeToPrepare { .. } => "ScheduleError::NoTimeToPrepare",
        E::NoTimeForHearing { .. } => "ScheduleError::NoTimeForHearing",
        E::RefusalWithoutDraft { .. } => "ScheduleError::RefusalWithoutDraft",
        E::DraftReceivedBeforeSent { .. } => "ScheduleError::DraftReceivedBeforeSent",
        E::ObjectionsBeforeDraft { .. } => "ScheduleError::ObjectionsBeforeDraft",
        E::RefusalAfterReception { .. } => "ScheduleError::RefusalAfterReception",
        E::OutsideCalendar { .. } => "ScheduleError::OutsideCalendar",
        E::Term(_) => "ScheduleError::Term",
    }
}

fn event_variant(e: Fact) -> &'static str {
    match e {
        Fact::Extension => "Fact::Extension",
        Fact::ExtensionNotice => "Fact::ExtensionNotice",
        Fact::LetterExtension => "Fact::LetterExtension",
        Fact::Answer => "Fact::Answer",
        Fact::DateNotice => "Fact::DateNotice",
        Fact::Reception => "Fact::Reception",
        Fact::Briefing => "Fact::Briefing",
        Fact::AbsenceNotice => "Fact::AbsenceNotice",
        Fact::Refusal => "Fact::Refusal",
        Fact::HearingNotice => "Fact::HearingNotice",
        Fact::DraftReceived => "Fact::DraftReceived",
        Fact::Forwarding => "Fact::Forwarding",
        Fact::CorrectionEnd => "Fact::CorrectionEnd",
        Fact::Letter => "Fact::Letter",
        Fact::Objections => "Fact::Objections",
    }
}

fn impossible_variant(e: &Impossible) -> &'static str {
    match e {
        Impossible::BeforePrevious { .. } => "Impossible::BeforePrevious",
        Impossible::NotRegistered => "Impossible::NotRegistered",
        Impossible::BeforeRegistration { .. } => "Impossible::BeforeRegistration",
        Impossible::AfterClosing { .. } => "Impossible::AfterClosing",
        Impossible::Twice => "Impossible::Twice",
        Impossible::ArrivalNotFirst => "Impossible::ArrivalNotFirst",
        Impossible::RegisteredBeforeArrival { .. } => "Impossible::RegisteredBeforeArrival",
        Impossible::RegisteredOnDayOff => "Impossible::RegisteredOnDayOff",
        Impossible::AlreadyEnded { .. } => "Impossible::AlreadyEnded",
        Impossible::Without { .. } => "Impossible::Without",
        Impossible::CorrectionPeriodEndsBeforeSet { .. } => {
            "Impossible::CorrectionPeriodEndsBeforeSet"
        }
        Impossible::ReturnNotDue { .. } => "Impossible::ReturnNotDue",
        Impossible::ReceptionInThePast { .. } => "Impossible::ReceptionInThePast",
        Impossible::HeldOnOtherDay { .. } => "Impossible::HeldOnOtherDay",
        Impossible::NoDraftSent => "Impossible::NoDraftSent",
        Impossible::RefusalAfterReception { .. } => "Impossible::RefusalAfterReception",
        Impossible::ReceiptAfterHearing => "Impossible::ReceiptAfterHearing",
        Impossible::AbsenceOutOfOrder { .. } => "Impossible::AbsenceOutOfOrder",
        Impossible::InstructionInvalid { .. } => "Impossible::InstructionInvalid",
        Impossible::UnknownInstruction { .. } => "Impossible::UnknownInstruction",
        Impossible::ClosedWithoutAnswer => "Impossible::ClosedWithoutAnswer",
        Impossible::Schedule(_) => "Impossible::Schedule",
    }
}

fn guard_variant(e: &GuardError) -> &'static str {
    match e {
        GuardError::Impossible(_) => "GuardError::Impossible",
        GuardError::WouldViolate { .. } => "GuardError::WouldViolate",
    }
}

fn intake_variant(e: &IntakeError) -> &'static str {
    match e {
        IntakeError::CorrectionPeriodTooShort { .. } => "IntakeError::CorrectionPeriodTooShort",
        IntakeError::ProtocolBeforeArrival { .. } => "IntakeError::ProtocolBeforeArrival",
        IntakeError::Term(_) => "IntakeError::Term",
    }
}

/// Every variant the samples must cover. Each name comes from one of the
/// exhaustive `match`es above.
const VARIANTS: &[&str] = &[
    "CalendarError::DateOutOfRange",
    "CalendarError::YearOutOfRange",
    "CalendarError::CountOutOfRange",
    "CalendarError::ZeroCount",
    "UpdateError::YearNotCovered",
    "UpdateError::DateOutsideYear",
    "UpdateError::TransferFromWorkingDay",
    "UpdateError::TransferFromHoliday",
    "UpdateError::NotAWorkingDay",
    "UpdateError::Duplicate",
    "UpdateError::OfficialWithEstimate",
    "TermError::ZeroCount",
    "TermError::Overflow",
    "TermError::Calendar",
    "DateError::Format",
    "DateError::NoSuchDay",
    "reception_schedule::ReceptionScheduleError::InvalidMonth",
    "reception_schedule::ReceptionScheduleError::EmptyPeriod",
    "reception_schedule::ReceptionScheduleError::OutsideCalendar",
    "reception_schedule::ReceptionScheduleError::Calendar",
    "ScheduleError::RegisteredOnDayOff",
    "ScheduleError::BeforeRegistration",
    "ScheduleError::ExtensionAfterTerm",
    "ScheduleError::LetterExtensionInvalid",
    "ScheduleError::DecisionUntilInvalid",
    "ScheduleError::ReceptionOnDayOff",
    "ScheduleError::NoTimeToCorrect",
    "ScheduleError::NoTimeToPrepare",
    "ScheduleError::NoTimeForHearing",
    "ScheduleError::RefusalWithoutDraft",
    "ScheduleError::DraftReceivedBeforeSent",
    "ScheduleError::ObjectionsBeforeDraft",
    "ScheduleError::RefusalAfterReception",
    "ScheduleError::OutsideCalendar",
    "ScheduleError::Term",
    "Fact::Extension",
    "Fact::ExtensionNotice",
    "Fact::LetterExtension",
    "Fact::Answer",
    "Fact::DateNotice",
    "Fact::Reception",
    "Fact::Briefing",
    "Fact::AbsenceNotice",
    "Fact::Refusal",
    "Fact::HearingNotice",
    "Fact::DraftReceived",
    "Fact::Forwarding",
    "Fact::CorrectionEnd",
    "Fact::Letter",
    "Fact::Objections",
    "Impossible::BeforePrevious",
    "Impossible::NotRegistered",
    "Impossible::BeforeRegistration",
    "Impossible::AfterClosing",
    "Impossible::Twice",
    "Impossible::ArrivalNotFirst",
    "Impossible::RegisteredBeforeArrival",
    "Impossible::RegisteredOnDayOff",
    "Impossible::AlreadyEnded",
    "Impossible::Without",
    "Impossible::CorrectionPeriodEndsBeforeSet",
    "Impossible::ReturnNotDue",
    "Impossible::ReceptionInThePast",
    "Impossible::HeldOnOtherDay",
    "Impossible::NoDraftSent",
    "Impossible::RefusalAfterReception",
    "Impossible::ReceiptAfterHearing",
    "Impossible::AbsenceOutOfOrder",
    "Impossible::InstructionInvalid",
    "Impossible::UnknownInstruction",
    "Impossible::ClosedWithoutAnswer",
    "Impossible::Schedule",
    "GuardError::Impossible",
    "GuardError::WouldViolate",
    "IntakeError::CorrectionPeriodTooShort",
    "IntakeError::ProtocolBeforeArrival",
    "IntakeError::Term",
    "CountError",
    #[cfg(feature = "serde")]
    "LoadError",
    "PeriodError",
    "Violation::Late",
    "Violation::NotDone",
];

fn calendar_errors() -> Vec<CalendarError> {
    let (first, last) = (d(2018, 1, 1), d(2035, 12, 31));
    vec![
        CalendarError::DateOutOfRange {
            date: d(2017, 12, 29),
            first,
            last,
        },
        CalendarError::YearOutOfRange {
            year: 2036,
            first: 2018,
            last: 2035,
        },
        CalendarError::CountOutOfRange {
            start: d(2035, 12, 20),
            count: 15,
            direction: Direction::After,
            first,
            last,
        },
        CalendarError::ZeroCount {
            start: d(2026, 3, 2),
            direction: Direction::Before,
        },
    ]
}

fn schedule_errors() -> Vec<ScheduleError> {
    use ScheduleError as E;
    vec![
        E::RegisteredOnDayOff {
            registered: d(2026, 3, 21),
        },
        E::BeforeRegistration {
            what: Fact::Briefing,
            date: d(2026, 3, 25),
            registered: d(2026, 3, 26),
        },
        E::ExtensionAfterTerm {
            extended_on: d(2026, 4, 17),
            term_ends: d(2026, 4, 16),
        },
        E::LetterExtensionInvalid {
            ends: d(2026, 4, 30),
            response_due: d(2026, 4, 16),
            limit: d(2026, 4, 27),
        },
        E::DecisionUntilInvalid {
            until: d(2026, 7, 1),
            term_ends: d(2026, 4, 16),
            limit: d(2026, 6, 10),
        },
        E::ReceptionOnDayOff {
            reception: d(2026, 3, 21),
        },
        E::NoTimeToCorrect {
            until: d(2026, 3, 26),
            registered: d(2026, 3, 26),
        },
        E::NoTimeToPrepare {
            reception: d(2026, 3, 30),
            preparation_due: d(2026, 3, 19),
            registered: d(2026, 3, 26),
        },
        E::NoTimeForHearing {
            refusal: d(2026, 3, 30),
            hearing_notice_due: d(2026, 3, 25),
            registered: d(2026, 3, 26),
        },
        E::RefusalWithoutDraft {
            refusal: d(2026, 4, 6),
            sent: d(2026, 4, 8),
        },
        E::DraftReceivedBeforeSent {
            sent: d(2026, 4, 8),
            received: d(2026, 4, 7),
        },
        E::ObjectionsBeforeDraft {
            sent: d(2026, 4, 8),
            objections: d(2026, 4, 7),
        },
        E::RefusalAfterReception {
            refusal: d(2026, 5, 13),
            reception: d(2026, 5, 12),
        },
        E::OutsideCalendar {
            deadline: DeadlineKind::Response,
            from: d(2035, 12, 20),
            first: d(2018, 1, 1),
            last: d(2035, 12, 31),
            source: TermError::Calendar(calendar_errors().swap_remove(2)),
        },
        E::Term(TermError::Calendar(calendar_errors().swap_remove(0))),
    ]
}

/// The rule `ScheduleError`'s message starts with.
fn schedule_rule(e: &ScheduleError) -> Rule {
    match e {
        ScheduleError::RefusalAfterReception { .. } => Rule::Text([
            "Регламенттің 22–24-тармақтары",
            "пп. 22–24 Регламента",
            "п. 22–24",
        ]),
        e => e.citation().map_or(Rule::None, Rule::Cite),
    }
}

fn impossibles() -> Vec<Impossible> {
    let day = d(2026, 4, 1);
    vec![
        Impossible::BeforePrevious { previous: day },
        Impossible::NotRegistered,
        Impossible::BeforeRegistration { registered: day },
        Impossible::AfterClosing { closed: day },
        Impossible::Twice,
        Impossible::ArrivalNotFirst,
        Impossible::RegisteredBeforeArrival { arrived: day },
        Impossible::RegisteredOnDayOff,
        Impossible::AlreadyEnded {
            by: EventName::Forwarded,
        },
        Impossible::Without {
            needs: EventName::Answered,
        },
        Impossible::CorrectionPeriodEndsBeforeSet { until: day },
        Impossible::ReturnNotDue { period_ends: day },
        Impossible::ReceptionInThePast { reception: day },
        Impossible::HeldOnOtherDay { reception: day },
        Impossible::NoDraftSent,
        Impossible::RefusalAfterReception { reception: day },
        Impossible::ReceiptAfterHearing,
        Impossible::AbsenceOutOfOrder {
            reception: day,
            cause_arose: d(2026, 4, 2),
        },
        Impossible::InstructionInvalid { id: "I-1".into() },
        Impossible::UnknownInstruction { id: "I-2".into() },
        Impossible::ClosedWithoutAnswer,
        Impossible::Schedule(ScheduleError::ReceptionOnDayOff {
            reception: d(2026, 3, 21),
        }),
    ]
}

fn case_error(reason: Impossible) -> CaseError {
    CaseError {
        event: EventName::Refused,
        on: d(2026, 4, 20),
        reason,
    }
}

fn violation(on: Option<NaiveDate>) -> Violation {
    Violation {
        deadline: DeadlineKind::HearingNotice,
        rule: Citation::regulation(28),
        due: d(2026, 4, 10),
        on,
        late_by_working_days: 1,
        provisional: false,
        instruction: None,
        reading: None,
    }
}

fn samples() -> Vec<Sample> {
    let mut out = Vec::new();
    for e in calendar_errors() {
        out.push(sample(calendar_variant(&e), e, Rule::None));
    }
    let updates = [
        (
            UpdateError::YearNotCovered {
                year: 2040,
                first: 2018,
                last: 2035,
            },
            Rule::None,
        ),
        (
            UpdateError::DateOutsideYear {
                year: 2027,
                date: d(2028, 1, 3),
                entry: "transfer from",
            },
            Rule::None,
        ),
        (
            UpdateError::TransferFromWorkingDay {
                from: d(2027, 1, 8),
                to: d(2027, 1, 11),
                act: "order".into(),
                kind: DayKind::Working,
            },
            Rule::Cite(Citation::LABOUR_85_3),
        ),
        (
            UpdateError::TransferFromHoliday {
                from: d(2027, 3, 22),
                to: d(2027, 3, 29),
                act: "order".into(),
                holiday: Holiday::Nauryz,
            },
            Rule::Text([
                "«Мерекелер туралы» Заңның 2-3-баптары",
                "ст. 2-3 Закона «О праздниках»",
                "Law on holidays arts. 2-3",
            ]),
        ),
        (
            UpdateError::NotAWorkingDay {
                entry: "extra day off",
                to: d(2027, 1, 9),
                act: "order".into(),
                kind: DayKind::Weekend,
            },
            Rule::Cite(Citation::LABOUR_85_3),
        ),
        (
            UpdateError::Duplicate {
                year: 2027,
                date: d(2027, 1, 8),
                entry: "transfer to",
            },
            Rule::None,
        ),
        (
            UpdateError::OfficialWithEstimate {
                year: 2028,
                date: d(2028, 5, 5),
            },
            Rule::Cite(Citation::LABOUR_84_5),
        ),
    ];
    for (e, rule) in updates {
        out.push(sample(update_variant(&e), e, rule));
    }
    for (e, rule) in [
        (
            TermError::ZeroCount {
                from: d(2026, 3, 2),
                term: Term::WorkingDaysAfter(0),
            },
            Rule::Cite(Citation::APPC_76_2),
        ),
        (
            TermError::Overflow {
                from: d(2026, 3, 2),
                term: Term::MonthsAfter(u32::MAX),
            },
            Rule::None,
        ),
        (
            TermError::Calendar(calendar_errors().swap_remove(0)),
            Rule::None,
        ),
    ] {
        out.push(sample(term_variant(&e), e, rule));
    }
    for e in [
        DateError::Format {
            input: "2026-3-5".into(),
        },
        DateError::NoSuchDay {
            input: "2026-02-30".into(),
        },
    ] {
        out.push(sample(date_variant(&e), e, Rule::None));
    }
    {
        use reception_schedule::ReceptionScheduleError as E;
        let m = |year, month| YearMonth { year, month };
        let seven = Rule::Cite(Citation::regulation(7));
        for (e, rule) in [
            (E::InvalidMonth(m(2026, 13)), seven),
            (
                E::EmptyPeriod {
                    from: m(2026, 3),
                    to: m(2026, 1),
                },
                Rule::Cite(Citation::regulation(7)),
            ),
            (
                E::OutsideCalendar {
                    from: m(2026, 1),
                    to: m(2040, 12),
                    first: m(2018, 1),
                    last: m(2035, 12),
                },
                Rule::Cite(Citation::regulation(7)),
            ),
            (E::Calendar(calendar_errors().swap_remove(0)), Rule::None),
        ] {
            out.push(sample(reception_variant(&e), e, rule));
        }
    }
    for e in schedule_errors() {
        let rule = schedule_rule(&e);
        out.push(sample(schedule_variant(&e), e, rule));
    }
    // Every event, inside the one error that names them.
    for what in ALL_EVENTS {
        let e = ScheduleError::BeforeRegistration {
            what,
            date: d(2026, 3, 25),
            registered: d(2026, 3, 26),
        };
        out.push(sample(
            event_variant(what),
            e,
            Rule::Cite(Citation::regulation(21)),
        ));
    }
    for reason in impossibles() {
        let variant = impossible_variant(&reason);
        let e = case_error(reason);
        let rule = e.rule().map_or(Rule::None, Rule::Cite);
        out.push(sample(variant, e, rule));
    }
    for e in [
        GuardError::Impossible(case_error(Impossible::NoDraftSent)),
        GuardError::WouldViolate {
            event: EventName::DraftRefusalSent,
            on: d(2026, 4, 13),
            violation: violation(Some(d(2026, 4, 13))),
        },
    ] {
        out.push(sample(
            guard_variant(&e),
            e,
            Rule::Cite(Citation::regulation(28)),
        ));
    }
    for (e, rule) in [
        (
            IntakeError::CorrectionPeriodTooShort {
                period_ends: d(2025, 6, 2),
                registered_on: d(2025, 6, 2),
                citation: Citation::regulation(6),
            },
            Rule::Cite(Citation::regulation(6)),
        ),
        (
            IntakeError::ProtocolBeforeArrival {
                recorded_on: d(2025, 6, 1),
                arrived_on: d(2025, 6, 2),
                citation: Citation::regulation(21),
            },
            Rule::Cite(Citation::regulation(21)),
        ),
        (
            IntakeError::Term(TermError::Calendar(calendar_errors().swap_remove(0))),
            Rule::None,
        ),
    ] {
        out.push(sample(intake_variant(&e), e, rule));
    }
    out.push(sample(
        "CountError",
        CountError {
            case: "A-1".into(),
            error: ScheduleError::RegisteredOnDayOff {
                registered: d(2026, 3, 21),
            },
        },
        Rule::Cite(Citation::regulation(21)),
    ));
    out.push(sample(
        "CountError",
        CountError {
            case: "A-1".into(),
            error: schedule_errors()
                .into_iter()
                .find(|e| matches!(e, ScheduleError::Term(_)))
                .expect("a calendar error among the samples"),
        },
        Rule::None,
    ));
    #[cfg(feature = "serde")]
    {
        out.push(sample(
            "LoadError",
            LoadError {
                case: "A-1".into(),
                position: 2,
                error: case_error(Impossible::NoDraftSent),
            },
            Rule::Cite(Citation::regulation(28)),
        ));
        out.push(sample(
            "LoadError",
            LoadError {
                case: "A-1".into(),
                position: 1,
                error: CaseError {
                    event: EventName::Registered,
                    on: d(2026, 3, 26),
                    reason: Impossible::Twice,
                },
            },
            Rule::Cite(Citation::regulation(21)),
        ));
    }
    out.push(sample(
        "PeriodError",
        PeriodError {
            given: "2026-Q5".into(),
        },
        Rule::Cite(Citation::regulation(38)),
    ));
    out.push(sample(
        "Violation::Late",
        violation(Some(d(2026, 4, 13))),
        Rule::Cite(Citation::regulation(28)),
    ));
    out.push(sample(
        "Violation::NotDone",
        violation(None).with_rule(Citation::APPC_76),
        Rule::Cite(Citation::APPC_76),
    ));
    out
}

const ALL_EVENTS: [Fact; 15] = [
    Fact::Extension,
    Fact::ExtensionNotice,
    Fact::LetterExtension,
    Fact::Answer,
    Fact::DateNotice,
    Fact::Reception,
    Fact::Briefing,
    Fact::AbsenceNotice,
    Fact::Refusal,
    Fact::HearingNotice,
    Fact::DraftReceived,
    Fact::Forwarding,
    Fact::CorrectionEnd,
    Fact::Letter,
    Fact::Objections,
];

/// The rule as a message in `lang` starts with it, with its colon.
fn rule_prefix(rule: &Rule, lang: Lang) -> Option<String> {
    match rule {
        Rule::None => None,
        Rule::Cite(c) => Some(format!("{}: ", c.render(lang))),
        Rule::Text(t) => {
            let i = match lang {
                Lang::Kk => 0,
                Lang::Ru => 1,
                Lang::En => 2,
            };
            Some(format!("{}: ", t[i]))
        }
    }
}

#[test]
fn every_variant_has_a_sample() {
    let have: BTreeSet<String> = samples().into_iter().map(|s| s.variant).collect();
    let want: BTreeSet<String> = VARIANTS.iter().map(|v| (*v).to_owned()).collect();
    assert_eq!(have, want);
}

#[test]
fn every_message_renders_in_each_language() {
    for s in samples() {
        for lang in Lang::ALL {
            let m = s.value.message(lang);
            assert!(!m.trim().is_empty(), "{} in {lang}", s.variant);
            assert_eq!(m, m.trim(), "{} in {lang}: no outer spaces", s.variant);
            assert!(
                !m.ends_with('.'),
                "{} in {lang}: no final period: {m}",
                s.variant
            );
            // "<what was wrong>; <what to do>": every message says what to do.
            assert!(
                m.contains("; "),
                "{} in {lang}: no \"; <what to do>\": {m}",
                s.variant
            );
        }
    }
}

#[test]
fn english_is_the_display() {
    for s in samples() {
        assert_eq!(
            s.value.message(Lang::En),
            s.value.to_string(),
            "{}",
            s.variant
        );
    }
}

#[test]
fn kazakh_and_russian_differ_from_english_and_each_other() {
    for s in samples() {
        let [kk, ru, en] = Lang::ALL.map(|l| s.value.message(l));
        assert_ne!(kk, en, "{}", s.variant);
        assert_ne!(ru, en, "{}", s.variant);
        assert_ne!(kk, ru, "{}", s.variant);
    }
}

#[test]
fn the_same_rule_comes_first_in_each_language() {
    // Any act's name in any language: a message without a rule must not
    // start with one.
    let acts = [
        Act::Regulation,
        Act::Appc,
        Act::CivilCode,
        Act::LawOnHolidays,
        Act::LabourCode,
    ];
    for s in samples() {
        for lang in Lang::ALL {
            let m = s.value.message(lang);
            match rule_prefix(&s.rule, lang) {
                Some(prefix) => assert!(
                    m.starts_with(&prefix),
                    "{} in {lang}: expected {prefix:?} first: {m}",
                    s.variant
                ),
                None => {
                    assert!(!m.starts_with("п. "), "{} in {lang}: {m}", s.variant);
                    for act in acts {
                        for l in Lang::ALL {
                            assert!(
                                !m.starts_with(crate::lang::Named::name(&act, l)),
                                "{} in {lang}: a rule first, but none expected: {m}",
                                s.variant
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn names_inside_come_from_the_name_tables() {
    use crate::lang::Named;
    // A deadline, an event, a holiday and a role are named as everywhere
    // else, not by a second copy of the words.
    let v = violation(None);
    for lang in Lang::ALL {
        assert!(
            v.message(lang)
                .contains(DeadlineKind::HearingNotice.name(lang))
        );
    }
    let holiday = UpdateError::TransferFromHoliday {
        from: d(2027, 3, 22),
        to: d(2027, 3, 29),
        act: "order".into(),
        holiday: Holiday::Nauryz,
    };
    for lang in [Lang::Kk, Lang::Ru] {
        assert!(holiday.message(lang).contains(Holiday::Nauryz.name(lang)));
    }
    for what in ALL_EVENTS {
        for lang in Lang::ALL {
            assert!(what.describe(lang).starts_with(what.name(lang)));
        }
        assert_eq!(what.describe(Lang::En), what.to_string());
    }
}

#[test]
fn kazakh_uses_the_reviewed_terms() {
    // Issue 9 (the rules, §4): "жұмыс істемейтін күн" for a day that is not a
    // working day, "бас тарту туралы алдын ала шешімнің жобасы" for the draft.
    let all: String = samples()
        .iter()
        .map(|s| s.value.message(Lang::Kk))
        .collect::<Vec<_>>()
        .join("\n");
    for old in [
        "жұмыс емес күн",
        "қағаз жүзінде",
        "қабылдауға жазу ",
        "шешім жобасы",
    ] {
        assert!(!all.contains(old), "{old:?} in:\n{all}");
    }
    assert!(all.contains("жұмыс істемейтін күн"));
    assert!(all.contains("бас тарту туралы алдын ала шешімнің жобасы"));
}
