//! serde round trips of the intake and schedule types (the case file's own
//! format: tests/case_format.rs).
#![cfg(feature = "serde")]

use chrono::NaiveDate;
use kz_appeals::applicant::{Applicant, Citizenship, LegalEntity, Person, ProofOfAuthority};
use kz_appeals::calendar::Calendar;
use kz_appeals::channel::{Channel, OralProtocol, Origin, ReceptionLanguage};
use kz_appeals::identity::{Bin, Iin};
use kz_appeals::intake::{Arrival, NoAppointmentGround, Request, Screening, Signature, intake};
use kz_appeals::official::OfficialRole;
use kz_appeals::priority::PriorityCategory;
use kz_appeals::queue::{RequestOrder, Waiting};
use kz_appeals::reception_schedule::{YearMonth, check_schedule};
use serde::{Serialize, de::DeserializeOwned};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(v: &T) {
    let json = serde_json::to_string(v).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, v, "{json}");
}

fn request() -> Request {
    Request {
        arrival: Arrival::after_hours(d(2025, 6, 2)),
        channel: Channel::Oral(OralProtocol {
            number: "7".into(),
            recorded_on: d(2025, 6, 2),
            by_telephone: true,
        }),
        origin: Origin::AtReception,
        language: ReceptionLanguage::State,
        applicant: Applicant::Representative {
            person: Person {
                name: "Смит Джон".into(),
                iin: None,
                citizenship: Citizenship::Foreign { interpreter: true },
            },
            entity: LegalEntity {
                name: "ТОО «Жетісу Агро»".into(),
                bin: Some("080440001234".parse().unwrap()),
                address: "Қонаев қ.".into(),
                registered_in_kazakhstan: true,
            },
            authority: ProofOfAuthority::PowerOfAttorney {
                number: "12".into(),
                issued: d(2025, 1, 10),
            },
        },
        addressee: "аким области".into(),
        substance: "о земельном участке".into(),
        dated: Some(d(2025, 6, 2)),
        signature: Some(Signature::Digital),
    }
}

#[test]
fn identity_numbers_are_strings() {
    let iin: Iin = "850808301235".parse().unwrap();
    assert_eq!(serde_json::to_string(&iin).unwrap(), "\"850808301235\"");
    round_trip(&iin);
    round_trip(&"940140000385".parse::<Bin>().unwrap());
    // Validated on the way in: wrong check digit, wrong type, wrong length.
    assert!(serde_json::from_str::<Iin>("\"850808301236\"").is_err());
    assert!(serde_json::from_str::<Iin>("850808301235").is_err());
    let err = serde_json::from_str::<Bin>("\"94014000038\"").unwrap_err();
    assert!(err.to_string().contains("12 digits"), "{err}");
}

#[test]
fn requests_intakes_and_queues_round_trip() {
    let r = request();
    round_trip(&r);
    let screening = Screening {
        grounds: vec![NoAppointmentGround::CourtActInForce],
        correction_period_ends: None,
    };
    round_trip(&screening);
    let out = intake(&Calendar::kazakhstan(), &r, &screening).unwrap();
    round_trip(&out);
    round_trip(&Waiting {
        who: "Асқар".to_string(),
        order: RequestOrder::new(d(2025, 6, 2), 1),
        categories: PriorityCategory::ALL.to_vec(),
    });
    round_trip(&OfficialRole::UnitHead { deputy: true });
}

#[test]
fn reception_schedule_reports_round_trip() {
    let cal = Calendar::kazakhstan();
    let report = check_schedule(
        &cal,
        &[d(2025, 6, 4)],
        YearMonth {
            year: 2025,
            month: 6,
        },
        YearMonth {
            year: 2025,
            month: 7,
        },
    )
    .unwrap();
    round_trip(&report);
}

/// `v` serialized with one field more does not read back: a typo in a
/// stored value is an error, never silently dropped.
fn refuses_a_typo<T: Serialize + DeserializeOwned + std::fmt::Debug>(v: &T) {
    let mut json = serde_json::to_value(v).unwrap();
    json.as_object_mut()
        .expect("a JSON object")
        .insert("typo".into(), true.into());
    assert!(
        serde_json::from_value::<T>(json.clone()).is_err(),
        "{json} was read"
    );
}

#[test]
fn the_calendar_and_term_values_round_trip_and_refuse_typos() {
    use kz_appeals::register;
    use kz_appeals::term::Term;
    let cal = Calendar::kazakhstan();
    // Received Sat 21 March 2026 (Nauryz); registered Thu 26 March.
    let reg = register(&cal, d(2026, 3, 21)).unwrap();
    assert_eq!(reg.date, d(2026, 3, 26));
    round_trip(&reg);
    refuses_a_typo(&reg);
    let deadline = Term::WorkingDaysAfter(15)
        .due(&cal, reg.date, kz_appeals::law::Citation::APPC_76_2)
        .unwrap();
    round_trip(&deadline);
    refuses_a_typo(&deadline);
    // Mon 23 March 2026: the carry-over of Nauryz's Saturday, a holiday day.
    let day = cal.day(d(2026, 3, 23)).unwrap();
    round_trip(&day);
    refuses_a_typo(&day);
    round_trip(&day.kind);
    refuses_a_typo(&day.kind);
    let month = YearMonth {
        year: 2026,
        month: 3,
    };
    round_trip(&month);
    refuses_a_typo(&month);
    let report = check_schedule(&cal, &[d(2026, 3, 4)], month, month).unwrap();
    refuses_a_typo(&report);
}
