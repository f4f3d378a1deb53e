//! The intake, applicant, identity, channel, official and queue types:
//! serde round trips, the one serde convention (unit enums as strings, data
//! enums with a "kind"), strict input (a typo in a field name is an error),
//! and error messages in the one format, in the three languages.
#![cfg(feature = "serde")]

use chrono::{NaiveDate, NaiveTime};
use kz_appeals::applicant::{
    Applicant, ApplicantError, Citizenship, Document, LegalEntity, Person, ProofOfAuthority,
};
use kz_appeals::channel::{Channel, OralProtocol, ReceptionLanguage};
use kz_appeals::identity::{AsTyped, Bin, IdKind, IdentityError, Iin};
use kz_appeals::intake::{
    Arrival, IntakeError, IntakeOutcome, InvalidNumber, NoAppointmentGround, Request, Requisite,
    Screening, Signature, intake,
};
use kz_appeals::official::OfficialRole;
use kz_appeals::priority::PriorityCategory;
use kz_appeals::queue::{RequestOrder, Waiting};
use kz_appeals::{Calendar, Lang, Localized};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Value, json};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, day).unwrap()
}

/// Round trip, then the same JSON with one field name mistyped must fail.
fn strict<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(v: &T) {
    let json = serde_json::to_value(v).unwrap();
    strict_value::<T>(v, json);
}

/// A data enum's `Display` is its `"kind"` in JSON: one name per thing.
fn kind_is_display<T: Serialize + std::fmt::Display>(v: &T) {
    assert_eq!(serde_json::to_value(v).unwrap()["kind"], v.to_string());
}

fn strict_value<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(v: &T, json: Value) {
    let back: T = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(&back, v, "{json}");
    let Value::Object(map) = json.clone() else {
        return;
    };
    for key in map.keys().filter(|k| *k != "kind") {
        let mut typo = map.clone();
        let value = typo.remove(key).unwrap();
        typo.insert(format!("{key}s"), value);
        assert!(
            serde_json::from_value::<T>(Value::Object(typo)).is_err(),
            "a typo in {key:?} of {json} was accepted"
        );
    }
    let mut extra = map;
    extra.insert("extra".into(), json!(1));
    assert!(
        serde_json::from_value::<T>(Value::Object(extra)).is_err(),
        "an extra field in {json} was accepted"
    );
}

fn entity() -> LegalEntity {
    LegalEntity::new("ТОО «Жетісу Агро»", "Қонаев қ.").with_bin("080440001234")
}

fn requests() -> Vec<Request> {
    let person = Person::new("Смит Джон", Citizenship::Foreign { interpreter: true });
    let oral = Channel::Oral(OralProtocol {
        number: "7".into(),
        recorded_on: d(6, 5),
        by_telephone: true,
    });
    let at = Arrival::at(
        d(6, 5).and_hms_opt(18, 45, 0).unwrap(),
        NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
    );
    vec![
        Request::new(
            at,
            oral,
            ReceptionLanguage::State,
            Applicant::Representative {
                person: person.clone(),
                entity: entity(),
                authority: ProofOfAuthority::PowerOfAttorney {
                    number: "12".into(),
                    issued: d(1, 10),
                },
            },
        )
        .addressed_to("аким области")
        .about("о земельном участке")
        .dated(d(6, 5))
        .signed(Signature::Handwritten)
        .filed_at_reception(),
        Request::new(
            d(6, 2),
            Channel::EAppeals,
            ReceptionLanguage::Russian,
            Applicant::Entity { entity: entity() },
        )
        .about("ремонт дороги"),
        Request::new(
            Arrival::after_hours(d(6, 2)),
            Channel::Paper,
            ReceptionLanguage::Russian,
            Applicant::Individual {
                person: Person::new("Ли Анна", Citizenship::Kazakhstan).with_iin("850808301234"),
                postal_address: "Талдықорған қ.".into(),
            },
        )
        .about("жол"),
    ]
}

#[test]
fn inputs_round_trip_and_refuse_typos() {
    let cal = Calendar::kazakhstan();
    for r in requests() {
        strict(&r);
        strict(&r.arrival);
        strict(&r.applicant);
        kind_is_display(&r.arrival);
        kind_is_display(&r.applicant);
        kind_is_display(&r.channel);
        if let Some(p) = r.applicant.person() {
            strict(p);
            strict(&p.citizenship);
            kind_is_display(&p.citizenship);
        }
        if let Some(e) = r.applicant.entity() {
            strict(e);
        }
        if let Channel::Oral(p) = &r.channel {
            strict(p);
        }
        let screening = Screening::default()
            .ground(NoAppointmentGround::OutsideCompetence)
            .correction_until(d(6, 30));
        strict(&screening);
        let out = intake(&cal, &r, &Screening::default().correction_until(d(6, 30))).unwrap();
        strict(&out);
        kind_is_display(&out.outcome);
        // An outcome is output: round trip only (a unit variant of an
        // internally tagged enum ignores extra fields in serde).
        let json = serde_json::to_string(&out.outcome).unwrap();
        assert_eq!(
            serde_json::from_str::<IntakeOutcome>(&json).unwrap(),
            out.outcome
        );
        if let IntakeOutcome::CorrectionNeeded(c) = &out.outcome {
            strict(c);
            c.invalid.iter().for_each(strict);
            c.period.iter().for_each(strict);
        }
    }
    strict(&ProofOfAuthority::Charter);
    kind_is_display(&ProofOfAuthority::Charter);
    kind_is_display(&Citizenship::Stateless { interpreter: true });
    kind_is_display(&IntakeOutcome::NoAppointment { grounds: vec![] });
    strict(&Citizenship::Kazakhstan);
    strict(&Channel::Paper);
    strict(&Citizenship::Stateless { interpreter: false });
    strict(&RequestOrder::new(d(6, 2), 1));
    strict(&Waiting {
        who: "Асқар".to_string(),
        order: RequestOrder::new(d(6, 2), 1),
        categories: PriorityCategory::ALL.to_vec(),
    });
}

#[test]
fn one_serde_convention() {
    // Unit enums: their machine name as a string.
    assert_eq!(
        serde_json::to_value(Requisite::PostalAddress).unwrap(),
        "postal_address"
    );
    assert_eq!(
        serde_json::to_value(OfficialRole::UnitHead { deputy: true }).unwrap(),
        "unit_head_deputy"
    );
    // Enums with data: a "kind" field.
    assert_eq!(
        serde_json::to_value(Citizenship::Foreign { interpreter: true }).unwrap(),
        json!({"kind": "foreign", "interpreter": true})
    );
    assert_eq!(
        serde_json::to_value(IntakeOutcome::Registered).unwrap(),
        json!({"kind": "registered"})
    );
    assert_eq!(
        serde_json::to_value(IntakeOutcome::NoAppointment {
            grounds: vec![NoAppointmentGround::RequestReturned]
        })
        .unwrap(),
        json!({"kind": "no_appointment", "grounds": ["request_returned"]})
    );
    assert_eq!(
        serde_json::to_value(Arrival::from(d(6, 2))).unwrap(),
        json!({"kind": "day", "date": "2025-06-02", "after_working_hours": false})
    );
    // Left out: not stated, and nothing invented.
    let r: Request = serde_json::from_value(json!({
        "arrival": {"kind": "day", "date": "2025-06-02"},
        "channel": {"kind": "paper"},
        "language": "state",
        "applicant": {"kind": "entity", "entity": {"name": "ТОО", "address": "Қонаев қ.", "registered_in_kazakhstan": true}}
    }))
    .unwrap();
    assert_eq!(
        (r.dated, r.signature, r.addressee.as_str()),
        (None, None, "")
    );
}

/// Issue 10: a mistyped IIN or BIN is reported as invalid, keeping what was
/// typed, and never as missing; a number that is not stated at all is.
#[test]
fn a_mistyped_number_is_invalid_not_missing() {
    let cal = Calendar::kazakhstan();
    let r = &requests()[2]; // IIN 850808301234: digits 1-11 give check digit 5
    // (8*1+5*2+0*3+8*4+0*5+8*6+3*7+0*8+1*9+2*10+3*11 = 181 = 16*11 + 5), not 4.
    let out = intake(&cal, r, &Screening::default()).unwrap();
    let IntakeOutcome::CorrectionNeeded(c) = out.outcome else {
        panic!("{out:?}")
    };
    assert!(!c.missing.contains(&Requisite::Iin));
    assert_eq!(
        c.invalid,
        [InvalidNumber {
            requisite: Requisite::Iin,
            typed: "850808301234".into()
        }]
    );
    assert_eq!(
        c.invalid[0].error(),
        Some(IdentityError::CheckDigit {
            kind: IdKind::Iin,
            expected: 5,
            found: 4
        })
    );
    // The typed text survives JSON both ways.
    let json = serde_json::to_value(r).unwrap();
    assert_eq!(json["applicant"]["person"]["iin"], "850808301234");
    // A BIN-only request of a legal entity: no person needed, nothing missing
    // but the date and the signature it lacks.
    let e = &requests()[1];
    let IntakeOutcome::CorrectionNeeded(c) =
        intake(&cal, e, &Screening::default()).unwrap().outcome
    else {
        panic!()
    };
    assert_eq!(
        c.missing,
        [Requisite::Addressee, Requisite::Date, Requisite::Signature]
    );
    assert!(c.invalid.is_empty());
    // A valid number parses to the valid variant.
    let ok: AsTyped<Bin> = "080440001234".parse().unwrap();
    assert!(ok.valid().is_some());
    let ok: AsTyped<Iin> = serde_json::from_value(json!("850808301235")).unwrap();
    assert!(ok.valid().is_some());
}

/// Every error of these modules in the one format, in the three languages:
/// "<rule>: <what was wrong>; <what to do>" (or without the rule), lower-case
/// start after the rule, no final period; the English message is `Display`.
#[test]
fn errors_in_one_format_in_three_languages() {
    let cal = Calendar::kazakhstan();
    let mut with_rule: Vec<Box<dyn Fn(Lang) -> String>> = Vec::new();
    let too_short = intake(
        &cal,
        &requests()[1],
        &Screening::default().correction_until(d(6, 2)),
    )
    .unwrap_err();
    assert!(matches!(
        too_short,
        IntakeError::CorrectionPeriodTooShort { .. }
    ));
    assert_eq!(too_short.message(Lang::En), too_short.to_string());
    with_rule.push(Box::new(move |l| too_short.message(l)));
    let mut oral = requests()[0].clone();
    oral.channel = Channel::Oral(OralProtocol {
        number: "1".into(),
        recorded_on: d(6, 1),
        by_telephone: false,
    });
    let before = intake(&cal, &oral, &Screening::default()).unwrap_err();
    assert_eq!(before.message(Lang::En), before.to_string());
    with_rule.push(Box::new(move |l| before.message(l)));
    let not_shown = ApplicantError::DocumentNotShown {
        document: Document::Authority,
        citation: kz_appeals::law::Citation::regulation(10),
    };
    assert_eq!(not_shown.message(Lang::En), not_shown.to_string());
    with_rule.push(Box::new(move |l| not_shown.message(l)));
    let bad = InvalidNumber {
        requisite: Requisite::Bin,
        typed: "08044000123".into(),
    };
    with_rule.push(Box::new(move |l| bad.message(l)));
    for message in &with_rule {
        for lang in Lang::ALL {
            let m = message(lang);
            let (rule, rest) = m.split_once(": ").unwrap();
            assert!(
                rule.contains("п.")
                    || rule.contains("Регламент")
                    || rule.contains("APPC")
                    || rule.contains("АППК")
                    || rule.contains("ӘРПК"),
                "{m}"
            );
            assert!(rest.contains("; ") && !m.ends_with('.'), "{m}");
            let abbreviation = ["ИИН", "БИН", "ЖСН", "БСН"]
                .iter()
                .any(|a| rest.starts_with(a));
            assert!(!rest.starts_with(char::is_uppercase) || abbreviation, "{m}");
        }
    }
    let identity = [
        "8508083012",
        "8508083O1235",
        "850808701235",
        "851308301235",
        "941340000385",
        "940100000385",
        "940144000385",
        "850808301234",
        "900115400020",
    ];
    for (i, typed) in identity.iter().enumerate() {
        let err = if i < 4 || i == 7 || i == 8 {
            typed.parse::<Iin>().unwrap_err()
        } else {
            typed.parse::<Bin>().unwrap_err()
        };
        assert_eq!(err.message(Lang::En), err.to_string());
        for lang in Lang::ALL {
            let m = err.message(lang);
            assert!(m.contains("; ") && !m.ends_with('.'), "{m}");
            assert!(
                !m.starts_with(char::is_uppercase) || m.starts_with(['И', 'Б', 'Ж']),
                "{m}"
            );
        }
        // The three languages are three messages.
        assert_ne!(err.message(Lang::Kk), err.message(Lang::Ru));
        assert_ne!(err.message(Lang::Ru), err.message(Lang::En));
    }
}
