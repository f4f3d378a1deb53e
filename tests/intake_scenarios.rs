//! Intake scenarios (п. 5, 6, 15, 21; APPC art. 63), named after the paragraph they exercise, with the expected dates
//! worked out by hand from the law and the 2025 calendar (RULES.md §1–2;
//! kz-calendar/README.md, 2025: 21 Mar Nauryz (Fri); 22–23 Mar (Sat, Sun)
//! carried over to Mon 24 and Tue 25 Mar; 6 Jun Kurban ait; 1–3 and 7 Jan off,
//! Sun 5 Jan working).

use chrono::NaiveDate;
use kz_appeals::applicant::{Applicant, Citizenship, Person};
use kz_appeals::calendar::Calendar;
use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
use kz_appeals::intake::{
    Intake, IntakeError, IntakeOutcome, NoAppointmentGround, Request, Requisite, Screening,
    Signature, intake,
};
use kz_appeals::law::Citation;
use kz_appeals::{Lang, Named};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn request(arrived_on: NaiveDate) -> Request {
    Request {
        arrival: arrived_on.into(),
        channel: Channel::EGovPortal,
        origin: Origin::Direct,
        language: ReceptionLanguage::Russian,
        applicant: Applicant::Individual {
            person: Person {
                name: "Иванова Мария".into(),
                iin: Some("850808301235".parse().unwrap()),
                citizenship: Citizenship::Kazakhstan,
            },
            postal_address: "г. Қонаев, ул. Абая, 1".into(),
        },
        addressee: "аким Алматинской области".into(),
        substance: "ремонт дороги".into(),
        dated: Some(arrived_on),
        signature: Some(Signature::Digital),
    }
}

fn take(r: &Request, s: &Screening) -> Intake {
    intake(&Calendar::kazakhstan(), r, s).unwrap()
}

#[test]
fn p21_registration_day() {
    // Arrives Sat 22 Mar 2025: 23 Sun, 24 and 25 carry-overs of Nauryz -> Wed 26 Mar.
    assert_eq!(
        take(&request(d(2025, 3, 22)), &Screening::default())
            .registered_on
            .date,
        d(2025, 3, 26)
    );
    // APPC art. 64(3): Thu 20 Mar after hours: 21 Nauryz, 22-23 weekend, 24-25 off -> Wed 26 Mar.
    let mut late = request(d(2025, 3, 20));
    late.arrival = kz_appeals::intake::Arrival::after_hours(d(2025, 3, 20));
    assert_eq!(
        take(&late, &Screening::default()).registered_on.date,
        d(2025, 3, 26)
    );
    // Same day if a working day in working hours; the mark of п. 34 is kept.
    let mut at_reception = request(d(2025, 3, 20));
    at_reception.origin = Origin::AtReception;
    let out = take(&at_reception, &Screening::default());
    assert_eq!(out.registered_on.date, d(2025, 3, 20));
    assert_eq!(
        out.origin.mark().map(|m| m.get(Lang::Ru)),
        Some("с личного приема")
    );
    assert_eq!(out.outcome, IntakeOutcome::Registered);
}

#[test]
fn p5_no_substance_left_without_consideration() {
    let mut r = request(d(2025, 3, 20));
    r.substance = "  ".into();
    r.signature = None; // п. 5 comes before correction
    let out = take(
        &r,
        &Screening {
            grounds: vec![NoAppointmentGround::OutsideCompetence],
            correction_period_ends: None,
        },
    );
    assert_eq!(out.outcome, IntakeOutcome::LeftWithoutConsideration);
    assert_eq!(out.outcome.citation(), Citation::regulation(5));
}

#[test]
fn p6_correction_and_return_date() {
    let mut r = request(d(2025, 3, 18));
    r.dated = None;
    r.addressee = String::new();
    // No period set: one call still gives the outcome, without a return
    // date until the body sets the period (the request stays registered).
    let IntakeOutcome::CorrectionNeeded(c) = take(&r, &Screening::default()).outcome else {
        panic!("correction needed")
    };
    assert_eq!(c.missing, [Requisite::Addressee, Requisite::Date]);
    assert_eq!(c.period, None);
    // Period ends Thu 20 Mar 2025; APPC art. 64(7): 3 working days after:
    // 21 Nauryz, 22-23 weekend, 24-25 carry-overs, then 26, 27, 28 -> Fri 28 Mar.
    let out = take(
        &r,
        &Screening {
            grounds: vec![],
            correction_period_ends: Some(d(2025, 3, 20)),
        },
    );
    let IntakeOutcome::CorrectionNeeded(c) = out.outcome else {
        panic!("{out:?}")
    };
    assert_eq!(c.missing, [Requisite::Addressee, Requisite::Date]);
    let period = c.period.unwrap();
    assert_eq!(period.return_by.date, d(2025, 3, 28));
    assert_eq!(period.return_by.rule, Citation::APPC_64_7);
    // A period that ends on the registration day gives no time to correct.
    assert!(matches!(
        intake(
            &Calendar::kazakhstan(),
            &r,
            &Screening {
                grounds: vec![],
                correction_period_ends: Some(d(2025, 3, 18))
            },
        ),
        Err(IntakeError::CorrectionPeriodTooShort { .. })
    ));
}

#[test]
fn appc63_iin_only_where_assigned() {
    let mut r = request(d(2025, 3, 18));
    let Applicant::Individual { person, .. } = &mut r.applicant else {
        unreachable!()
    };
    person.iin = None;
    person.citizenship = Citizenship::Stateless { interpreter: true };
    // "при его наличии": a stateless person without an IIN is not incomplete.
    assert_eq!(
        take(&r, &Screening::default()).outcome,
        IntakeOutcome::Registered
    );
}

#[test]
fn p15_no_appointment_lists_grounds_in_order() {
    let r = request(d(2025, 3, 18));
    let s = Screening {
        grounds: vec![
            NoAppointmentGround::RequestReturned,
            NoAppointmentGround::CourtActInForce,
            NoAppointmentGround::RequestReturned,
        ],
        correction_period_ends: None,
    };
    let out = take(&r, &s);
    assert_eq!(
        out.outcome,
        IntakeOutcome::NoAppointment {
            grounds: vec![
                NoAppointmentGround::CourtActInForce,
                NoAppointmentGround::RequestReturned
            ]
        }
    );
    assert_eq!(out.outcome.citation().to_string(), "п. 15(3)");
}

#[test]
fn p6_no_outcome_is_a_refusal_to_accept() {
    // Exhaustive on purpose (IntakeOutcome is not non_exhaustive): a new
    // variant breaks this test and must be reviewed against п. 6.
    let names = |o: &IntakeOutcome| match o {
        IntakeOutcome::Registered
        | IntakeOutcome::LeftWithoutConsideration
        | IntakeOutcome::CorrectionNeeded(_)
        | IntakeOutcome::NoAppointment { .. } => o.name(Lang::Ru),
    };
    let correction = IntakeOutcome::CorrectionNeeded(kz_appeals::intake::Correction {
        missing: vec![Requisite::Date],
        invalid: vec![],
        period: Some(kz_appeals::intake::CorrectionPeriod {
            ends: d(2025, 3, 25),
            return_by: kz_appeals::due::Due {
                date: d(2025, 3, 28),
                provisional: false,
                rule: Citation::APPC_64_7,
            },
        }),
    });
    // Every variant, so that each name and citation is looked at.
    let outcomes = [
        IntakeOutcome::Registered,
        IntakeOutcome::LeftWithoutConsideration,
        correction,
        IntakeOutcome::NoAppointment {
            grounds: vec![NoAppointmentGround::RequestReturned],
        },
    ];
    for o in &outcomes {
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let name = o.name(lang).to_lowercase();
            assert!(
                !["отказ", "бас тарт", "refus"]
                    .iter()
                    .any(|w| name.contains(w)),
                "{name}"
            );
        }
        assert!(!names(o).contains("отказ"), "{}", names(o));
        assert_ne!(o.citation(), Citation::regulation(28));
    }
}

/// п. 21 (part 3): an oral request is recorded in a protocol when it is
/// made, so a protocol dated before the arrival is refused; one on the day
/// is registered as any request.
#[test]
fn p21_oral_protocol_cannot_predate_the_request() {
    use kz_appeals::channel::OralProtocol;
    let oral = |recorded_on| Request {
        channel: Channel::Oral(OralProtocol {
            number: "12".into(),
            recorded_on,
            by_telephone: false,
        }),
        ..request(d(2025, 6, 2))
    };
    let err = intake(
        &Calendar::kazakhstan(),
        &oral(d(2025, 5, 30)),
        &Screening::default(),
    )
    .unwrap_err();
    assert!(matches!(err, IntakeError::ProtocolBeforeArrival { .. }));
    assert!(err.to_string().starts_with("п. 21"));
    // Mon 2 June 2025 is a working day: registered the same day.
    let ok = take(&oral(d(2025, 6, 2)), &Screening::default());
    assert_eq!(ok.registered_on.date, d(2025, 6, 2));
}
