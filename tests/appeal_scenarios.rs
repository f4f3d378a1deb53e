//! Scenarios named after the paragraph they exercise, with the expected dates
//! worked out by hand from the law and the 2025 calendar (RULES.md §1–2;
//! kz-calendar/README.md, 2025: 21 Mar Nauryz (Fri); 22–23 Mar (Sat, Sun)
//! carried over to Mon 24 and Tue 25 Mar; 6 Jun Kurban ait; 1–3 and 7 Jan off,
//! Sun 5 Jan working).

use chrono::{NaiveDate, NaiveDateTime};
use kz_appeals::applicant::{Applicant, Citizenship, Person};
use kz_appeals::calendar::Calendar;
use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
use kz_appeals::intake::{
    Intake, IntakeError, IntakeOutcome, NoAppointmentGround, Request, Requisite, Screening,
    Signature, intake,
};
use kz_appeals::law::Citation;
use kz_appeals::official::OfficialRole;
use kz_appeals::reception::{
    Circumstances, Protocol, Reception, ReceptionError, ReceptionForm, Stage,
};
use kz_appeals::{Lang, Named};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn at10(date: NaiveDate) -> NaiveDateTime {
    date.and_hms_opt(10, 0, 0).unwrap()
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

fn registered_20_march() -> Reception {
    Reception::register(d(2025, 3, 20), "Ахметова А.", &Calendar::kazakhstan()).unwrap()
}

#[test]
fn p25_answer_within_15_working_days() {
    // From Thu 20 Mar 2025: 26, 27, 28 (3), 31 Mar-4 Apr (8), 7-11 Apr (13), 14, 15 -> Tue 15 Apr.
    let r = registered_20_march();
    assert_eq!(r.answer_by().date, d(2025, 4, 15));
    assert!(r.include(d(2025, 4, 15)).is_ok());
    let late = r.include(d(2025, 4, 16)).unwrap_err();
    assert!(matches!(late, ReceptionError::AnswerLate { .. }));
    assert_eq!(late.citation(), Some(Citation::regulation(25)));
}

#[test]
fn p25_date_notice_two_working_days_before() {
    let cal = Calendar::kazakhstan();
    let r = registered_20_march().include(d(2025, 3, 20)).unwrap();
    // Reception Wed 26 Mar: back 25, 24 (off), 23, 22 (weekend), 21 (Nauryz), 20 (1), 19 (2):
    // the notice was due by Wed 19 Mar, before the answer itself; by Thu 20 it is late.
    assert!(matches!(
        r.notify(d(2025, 3, 20), at10(d(2025, 3, 26)), &cal),
        Err(ReceptionError::DateNoticeLate { .. })
    ));
    // Reception Fri 28 Mar: 27 (1), 26 (2): told on Wed 26 would be in time,
    // but the briefing (п. 22) was due 5 working days before: 27, 26, 20, 19,
    // 18 Mar, before the registration on 20 Mar. No time to prepare.
    assert!(matches!(
        r.notify(d(2025, 3, 26), at10(d(2025, 3, 28)), &cal),
        Err(ReceptionError::NoTimeToPrepare { .. })
    ));
    // Reception Tue 1 Apr: briefing 31, 28, 27, 26, 20 Mar (the registration
    // day itself); notice 31 (1), 28 (2): told on Fri 28 Mar is in time.
    assert!(r.notify(d(2025, 3, 28), at10(d(2025, 4, 1)), &cal).is_ok());
    assert!(matches!(
        r.notify(d(2025, 3, 31), at10(d(2025, 4, 1)), &cal),
        Err(ReceptionError::DateNoticeLate { .. })
    ));
    // Never on a day off (Mon 24 Mar is a carry-over).
    assert!(matches!(
        r.notify(d(2025, 3, 20), at10(d(2025, 3, 24)), &cal),
        Err(ReceptionError::ReceptionOnDayOff { .. })
    ));
}

#[test]
fn p26_extension_by_letter_limit() {
    let cal = Calendar::kazakhstan();
    let r = registered_20_march();
    // 20 Mar + 30 calendar days = Sat 19 Apr 2025 -> next working day Mon 21 Apr.
    assert_eq!(
        r.extend_by_letter(d(2025, 4, 1), d(2025, 4, 21), &cal)
            .unwrap()
            .answer_by()
            .date,
        d(2025, 4, 21)
    );
    assert!(matches!(
        r.extend_by_letter(d(2025, 4, 1), d(2025, 4, 22), &cal),
        Err(ReceptionError::ExtensionTooLong { .. })
    ));
    // Not after the term ended (15 Apr), and only once.
    assert!(matches!(
        r.extend_by_letter(d(2025, 4, 16), d(2025, 4, 21), &cal),
        Err(ReceptionError::ExtensionAfterTerm { .. })
    ));
    let once = r
        .extend_by_letter(d(2025, 4, 1), d(2025, 4, 18), &cal)
        .unwrap();
    assert!(matches!(
        once.extend_by_letter(d(2025, 4, 2), d(2025, 4, 21), &cal),
        Err(ReceptionError::AlreadyExtended { by_letter: true })
    ));
}

#[test]
fn p26_appc76_3_extension_by_decision_two_months() {
    let cal = Calendar::kazakhstan();
    // Registered Fri 20 Dec 2024: 23-27 (5), 30, 31 (7); 1, 2 Jan New Year,
    // 3 Jan off by transfer, Sun 5 Jan working (8), 6 (9), 7 Jan off,
    // 8-10 (12), 13, 14, 15 (15) -> Wed 15 Jan 2025.
    let r = Reception::register(d(2024, 12, 20), "Ахметова А.", &cal).unwrap();
    assert_eq!(r.answer_by().date, d(2025, 1, 15));
    // Decision Tue 31 Dec 2024 + 2 months: 28 Feb 2025 (no 31 Feb; Civil Code
    // art. 174(3)), a Friday. Notice within 3 working days: Sun 5 Jan (1),
    // 6 (2), 8 (3) -> Wed 8 Jan.
    let ok = r
        .extend_by_decision(d(2024, 12, 31), d(2025, 2, 28), d(2025, 1, 8), &cal)
        .unwrap();
    assert_eq!(ok.answer_by().date, d(2025, 2, 28));
    let too_long = r
        .extend_by_decision(d(2024, 12, 31), d(2025, 3, 1), d(2025, 1, 8), &cal)
        .unwrap_err();
    // The two-month limit is п. 26's own words; APPC art. 76(3) anchors it
    // at the decision.
    assert_eq!(too_long.citation(), Some(Citation::regulation(26)));
    assert!(matches!(
        r.extend_by_decision(d(2024, 12, 31), d(2025, 2, 28), d(2025, 1, 9), &cal),
        Err(ReceptionError::ExtensionNoticeLate { .. })
    ));
}

#[test]
fn p28_appc73_refusal_needs_timely_hearing() {
    let cal = Calendar::kazakhstan();
    let r = registered_20_march();
    // Sent and received Thu 20 Mar 2025.
    let heard = r
        .send_draft_refusal(d(2025, 3, 20), d(2025, 3, 20), &cal)
        .unwrap();
    // APPC art. 73: objections until the 2nd working day after receipt:
    // 21 Nauryz, 22-23 weekend, 24-25 carry-overs, 26 (1), 27 (2) -> Thu 27 Mar.
    assert_eq!(
        heard.hearing().unwrap().objections_until.date,
        d(2025, 3, 27)
    );
    // п. 28, decision Thu 27 Mar: 3 working days before: 26, 20, 19 -> Wed 19 Mar;
    // sent 20 Mar is too late.
    let late = heard.refuse(d(2025, 3, 27), &cal).unwrap_err();
    assert!(matches!(late, ReceptionError::HearingNoticeLate { .. }));
    assert_eq!(late.citation(), Some(Citation::regulation(28)));
    // Decision Fri 28 Mar: 3 working days before: 27, 26, 20 -> Thu 20 Mar = sent. In time,
    // and objections closed on 27 Mar.
    let refused = heard.refuse(d(2025, 3, 28), &cal).unwrap();
    assert!(matches!(refused.stage(), Stage::Refused { .. }));
    // Sent Thu 27 Mar by post, received Mon 31 Mar: objections until 1 Apr (1), 2 Apr (2).
    let by_post = r
        .send_draft_refusal(d(2025, 3, 27), d(2025, 3, 31), &cal)
        .unwrap();
    // Decision Tue 1 Apr: 3 working days before: 31, 28, 27 -> 27 Mar = sent, in time
    // by п. 28, but objections are still open (APPC art. 73).
    let open = by_post.refuse(d(2025, 4, 1), &cal).unwrap_err();
    assert!(matches!(open, ReceptionError::ObjectionsStillOpen { .. }));
    assert_eq!(open.citation(), Some(Citation::APPC_73));
    // Decision Thu 3 Apr: both satisfied.
    assert!(by_post.refuse(d(2025, 4, 3), &cal).is_ok());
    // No draft, no refusal.
    assert_eq!(
        r.refuse(d(2025, 4, 30), &cal).unwrap_err(),
        ReceptionError::NoHearing
    );
    // A receipt before sending is refused.
    assert!(matches!(
        r.send_draft_refusal(d(2025, 3, 27), d(2025, 3, 26), &cal),
        Err(ReceptionError::BeforeEvent { .. })
    ));
}

#[test]
fn p16_absence_notice() {
    let cal = Calendar::kazakhstan();
    let r = registered_20_march()
        .include(d(2025, 3, 20))
        .and_then(|r| r.notify(d(2025, 3, 20), at10(d(2025, 4, 2)), &cal))
        .unwrap();
    // Reception Wed 2 Apr: 2 working days before: 1 Apr (1), 31 Mar (2) -> Mon 31 Mar.
    let back = r
        .official_absent(d(2025, 3, 31), d(2025, 3, 28), &cal)
        .unwrap();
    assert!(
        matches!(back.stage(), Stage::Included { answered_on } if *answered_on == d(2025, 3, 20))
    );
    assert_eq!(back.absences().len(), 1);
    let late = r
        .official_absent(d(2025, 4, 1), d(2025, 4, 1), &cal)
        .unwrap_err();
    assert_eq!(late.citation(), Some(Citation::regulation(16)));
    // Same day only when the cause arose that day (RULES.md §3 Reading).
    assert!(
        r.official_absent(d(2025, 4, 2), d(2025, 4, 2), &cal)
            .is_ok()
    );
    assert!(
        r.official_absent(d(2025, 4, 2), d(2025, 3, 30), &cal)
            .is_err()
    );
}

#[test]
fn p13_p14_form_of_reception() {
    let cal = Calendar::kazakhstan();
    let r = registered_20_march()
        .include(d(2025, 3, 20))
        .and_then(|r| r.notify(d(2025, 3, 20), at10(d(2025, 4, 2)), &cal))
        .unwrap();
    let c = |role, consent, restricted| Circumstances {
        role,
        applicant_consents_to_video: consent,
        restrictive_measures: restricted,
    };
    let head = OfficialRole::FirstHead { deputy: false };
    let unit = OfficialRole::UnitHead { deputy: false };
    assert!(
        r.hold(ReceptionForm::Videoconference, c(head, true, false))
            .is_ok()
    );
    assert_eq!(
        r.hold(ReceptionForm::Videoconference, c(head, false, false))
            .unwrap_err(),
        ReceptionError::VideoWithoutConsent
    );
    assert!(matches!(
        r.hold(ReceptionForm::Videoconference, c(unit, true, false)),
        Err(ReceptionError::VideoNotForRole { .. })
    ));
    // п. 14: under restrictive measures only by video, whoever receives, consent or not.
    assert!(
        r.hold(ReceptionForm::Videoconference, c(unit, false, true))
            .is_ok()
    );
    assert_eq!(
        r.hold(ReceptionForm::InPerson, c(head, true, true))
            .unwrap_err(),
        ReceptionError::InPersonUnderRestrictions
    );
}

#[test]
fn p19_p33_p35_protocol_closing_reassignment() {
    let cal = Calendar::kazakhstan();
    let held = registered_20_march()
        .include(d(2025, 3, 20))
        .and_then(|r| r.notify(d(2025, 3, 20), at10(d(2025, 4, 2)), &cal))
        .and_then(|r| {
            r.hold(
                ReceptionForm::InPerson,
                Circumstances {
                    role: OfficialRole::HeadOfApparatus,
                    applicant_consents_to_video: false,
                    restrictive_measures: false,
                },
            )
        })
        .unwrap();
    assert_eq!(
        held.record_protocol(Protocol::default()).unwrap_err(),
        ReceptionError::EmptyProtocol
    );
    assert_eq!(
        held.record_protocol(Protocol {
            decision: Some(" ".into()),
            instructions: vec![]
        })
        .unwrap_err(),
        ReceptionError::EmptyProtocol
    );
    // Closing before the protocol is a wrong stage, citing п. 33.
    let early = held
        .close(kz_appeals::reception::FinalAnswer {
            sent_on: d(2025, 4, 3),
            reasons: "x".into(),
        })
        .unwrap_err();
    assert_eq!(early.citation(), Some(Citation::regulation(33)));
    // п. 35 at any open stage.
    let r = held
        .reassign("Бекова Б.")
        .unwrap()
        .reassign("Ахметова А.")
        .unwrap_err();
    assert_eq!(r.citation(), Some(Citation::regulation(35)));
}

#[test]
fn every_reception_error_message_starts_with_its_citation() {
    let cal = Calendar::kazakhstan();
    let r = registered_20_march();
    let errors = [
        r.include(d(2025, 4, 16)).unwrap_err(),
        r.include(d(2025, 3, 1)).unwrap_err(),
        r.close(kz_appeals::reception::FinalAnswer {
            sent_on: d(2025, 4, 3),
            reasons: "x".into(),
        })
        .unwrap_err(),
        r.extend_by_letter(d(2025, 4, 1), d(2025, 4, 22), &cal)
            .unwrap_err(),
        r.extend_by_decision(d(2025, 4, 1), d(2025, 9, 1), d(2025, 4, 1), &cal)
            .unwrap_err(),
        r.refuse(d(2025, 4, 1), &cal).unwrap_err(),
        r.reassign("Ахметова А.").unwrap_err(),
    ];
    for e in errors {
        let cited = e.citation().unwrap().to_string();
        assert!(e.to_string().starts_with(&cited), "{e} / {cited}");
    }
}

/// п. 26, APPC art. 76(5): an extended term chosen to end on a day off ends
/// on the next working day, so an answer on that day is in time.
#[test]
fn p26_appc76_5_extended_term_on_a_day_off_moves_to_the_next_working_day() {
    let cal = Calendar::kazakhstan();
    // Registered Mon 2 June 2025; answer due Tue 24 June (п. 25; Kurban ait
    // on Fri 6 June skipped). Decision Fri 20 June extends the term to
    // Sat 16 August 2025; two months from the decision is Wed 20 August.
    let r = Reception::register(d(2025, 6, 2), "Ахметова А.", &cal).unwrap();
    let r = r
        .extend_by_decision(d(2025, 6, 20), d(2025, 8, 16), d(2025, 6, 23), &cal)
        .unwrap();
    // Sat 16 and Sun 17 August are days off: the term ends Mon 18 August.
    assert_eq!(r.answer_by().date, d(2025, 8, 18));
    assert!(r.include(d(2025, 8, 18)).is_ok());
    assert!(r.include(d(2025, 8, 19)).is_err());
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
