//! serde round trips of the appeal types, and malformed input rejected
//! without panics.
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
use kz_appeals::reception::{
    Circumstances, FinalAnswer, Instruction, Protocol, Reception, ReceptionForm,
};
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
fn receptions_and_reports_round_trip() {
    let cal = Calendar::kazakhstan();
    let r = Reception::register(d(2025, 6, 2), "Ахметова А.", &cal)
        .and_then(|r| r.include(d(2025, 6, 10)))
        .and_then(|r| {
            r.notify(
                d(2025, 6, 11),
                d(2025, 6, 20).and_hms_opt(10, 0, 0).unwrap(),
                &cal,
            )
        })
        .and_then(|r| {
            r.hold(
                ReceptionForm::Videoconference,
                Circumstances {
                    role: OfficialRole::Akim { deputy: false },
                    applicant_consents_to_video: true,
                    restrictive_measures: false,
                },
            )
        })
        .and_then(|r| {
            r.record_protocol(Protocol {
                decision: Some("шешім".into()),
                instructions: vec![Instruction {
                    task: "x".into(),
                    due: d(2025, 7, 1),
                }],
            })
        })
        .and_then(|r| {
            r.close(FinalAnswer {
                sent_on: d(2025, 7, 2),
                reasons: "себебі".into(),
            })
        })
        .unwrap();
    round_trip(&r);
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

/// A second extension may be made on the last day of the term the first one
/// set, when that term was moved off a day off (APPC art. 76(5)): such a
/// reception is reachable, so it must deserialize.
#[test]
fn a_second_extension_on_the_moved_end_of_the_first_round_trips() {
    let cal = Calendar::kazakhstan();
    // Registered Mon 2 June 2025. A letter on 20 June extends the term to
    // Sat 28 June (within 2 June + 30 days = 2 July), so it ends on the next
    // working day, Mon 30 June. A decision on that Monday is in time; its
    // limit is 30 June + 2 months = Sat 30 August, and the notice the same
    // day is within 3 working days.
    let r = Reception::register(d(2025, 6, 2), "Ахметова А.", &cal)
        .and_then(|r| r.extend_by_letter(d(2025, 6, 20), d(2025, 6, 28), &cal))
        .unwrap();
    assert_eq!(r.answer_by().date, d(2025, 6, 30));
    let r = r
        .extend_by_decision(d(2025, 6, 30), d(2025, 8, 20), d(2025, 6, 30), &cal)
        .unwrap();
    round_trip(&r);
}

#[test]
fn malformed_input_is_an_error_not_a_panic() {
    for bad in [
        "",
        "{",
        "null",
        "{\"arrived_on\": \"2025-13-01\"}",
        "[1,2,3]",
        "{\"channel\": \"fax\"}",
    ] {
        assert!(serde_json::from_str::<Request>(bad).is_err(), "{bad}");
        assert!(serde_json::from_str::<Reception>(bad).is_err(), "{bad}");
    }
    assert!(serde_json::from_str::<PriorityCategory>("\"knight\"").is_err());
    assert!(serde_json::from_str::<Channel>("\"fax\"").is_err());
}
