//! `Reception::verify`: every reception the transitions build verifies on
//! the calendar it was built on; a stored reception that breaks a working-day
//! rule passes deserialization (which needs no calendar) but not `verify`;
//! and a calendar update can make a stored reception wrong.
//!
//! Days off of June–July 2025 (kz-calendar §5): Fri 6 June (Kurban ait,
//! Labour Code art. 84(5)), Mon 7 July (carry-over of Capital Day); and the
//! weekends.

use chrono::NaiveDate;
use kz_appeals::calendar::{ActRef, Calendar, ExtraDayOff, YearOrders};
use kz_appeals::official::OfficialRole;
use kz_appeals::reception::{Circumstances, Reception, ReceptionError, ReceptionForm};
use proptest::prelude::*;

mod common;
use common::{apply, registered, step};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, day).unwrap()
}

/// The built-in calendar with `days` of 2025 declared days off by an act.
fn with_days_off(days: &[NaiveDate]) -> Calendar {
    let update = YearOrders {
        year: 2025,
        extra_days_off: days
            .iter()
            .map(|&date| ExtraDayOff {
                date,
                act: ActRef::new("decree"),
            })
            .collect(),
        ..Default::default()
    };
    Calendar::kazakhstan().with_update(&update).unwrap()
}

/// Registered Mon 2 June 2025. п. 25: 15 working days after, skipping
/// Fri 6 June: 3, 4, 5, 9–13, 16–20, 23, 24 -> Tue 24 June.
fn registered_2_june() -> Reception {
    Reception::register(d(6, 2), "Ахметова А.", &Calendar::kazakhstan()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    /// Whatever the walk through the life cycle (the generator of
    /// `appeal_properties`), every reception reached verifies on the calendar
    /// it was built on, and still does after a serde round trip.
    #[test]
    fn every_reachable_reception_verifies(reg in 0u64..500, steps in prop::collection::vec(step(), 0..40)) {
        let cal = Calendar::kazakhstan();
        let mut r = registered(reg, &cal);
        prop_assert_eq!(r.verify(&cal), Ok(()));
        for s in &steps {
            if let Some(next) = apply(&r, s, &cal) {
                r = next;
            }
            prop_assert_eq!(r.verify(&cal), Ok(()), "{:?}", r);
            #[cfg(feature = "serde")]
            {
                let back: Reception = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
                prop_assert_eq!(back.verify(&cal), Ok(()));
            }
        }
    }
}

/// Extensions, the hearing, an absence and a refusal, each on its limit,
/// verify: `verify` is not stricter than the transitions at the edges.
#[test]
fn receptions_on_the_limits_of_their_rules_verify() {
    let cal = Calendar::kazakhstan();
    let r = registered_2_june();
    // п. 26: a letter to Sat 28 June (limit 2 June + 30 days = Wed 2 July)
    // makes the term end on Mon 30 June. A decision on that last day, to its
    // limit: 30 June + 2 months = Sat 30 August, moved past Sun 31 August
    // and Mon 1 September (carry-over of Constitution Day) to Tue 2
    // September (APPC art. 76(3), (5)); told on Thu 3 July, the 3rd working
    // day after the decision (1, 2, 3 July).
    let extended = r
        .extend_by_letter(d(6, 20), d(6, 28), &cal)
        .and_then(|r| r.extend_by_decision(d(6, 30), d(9, 2), d(7, 3), &cal))
        .unwrap();
    assert_eq!(extended.answer_by().date, d(9, 2));
    assert_eq!(extended.verify(&cal), Ok(()));
    // п. 16: reception Fri 20 June, absence told Wed 18 June (20 -> 19 (1),
    // 18 (2)); and one told on the day of the next reception, Fri 27 June,
    // the cause having arisen that day.
    let at = |day| d(6, day).and_hms_opt(10, 0, 0).unwrap();
    let absent = r
        .include(d(6, 10))
        .and_then(|r| r.notify(d(6, 18), at(20), &cal))
        .and_then(|r| r.official_absent(d(6, 18), d(6, 17), &cal))
        .and_then(|r| r.notify(d(6, 25), at(27), &cal))
        .and_then(|r| r.official_absent(d(6, 27), d(6, 27), &cal))
        .unwrap();
    assert_eq!(absent.absences().len(), 2);
    assert_eq!(absent.verify(&cal), Ok(()));
    // п. 28, APPC art. 73: draft sent and received Wed 11 June, objections
    // until Fri 13 June (12, 13); refused Mon 16 June, 3 working days before
    // which is Wed 11 June (13, 12, 11).
    let refused = r
        .send_draft_refusal(d(6, 11), d(6, 11), &cal)
        .and_then(|r| r.refuse(d(6, 16), &cal))
        .unwrap();
    assert_eq!(refused.verify(&cal), Ok(()));
}

/// A calendar update that adds a day off inside a counted period makes a
/// stored reception wrong, and `verify` names the rule; one outside every
/// counted period changes nothing.
#[test]
fn a_day_off_added_inside_a_counted_period_breaks_a_stored_reception() {
    let cal = Calendar::kazakhstan();
    let included = registered_2_june().include(d(6, 10)).unwrap();
    assert_eq!(included.verify(&cal), Ok(()));
    // Thu 19 June declared off: 15 working days after 2 June are now 3, 4,
    // 5, 9–13, 16–18, 20, 23, 24, 25 -> Wed 25 June, not the stored 24 June.
    let err = included.verify(&with_days_off(&[d(6, 19)])).unwrap_err();
    match &err {
        ReceptionError::TermMismatch {
            stored, computed, ..
        } => {
            assert_eq!(*stored, d(6, 24));
            assert_eq!(computed.date, d(6, 25));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        err.citation().map(|c| c.to_string()).as_deref(),
        Some("п. 25")
    );
    assert!(
        err.to_string()
            .starts_with("п. 25: the stored term of the answer 2025-06-24")
    );
    // Wed 31 December 2025 declared off: no period of this reception reaches
    // it.
    assert_eq!(included.verify(&with_days_off(&[d(12, 31)])), Ok(()));

    // Reception Thu 3 July, told Mon 30 June (2 working days before: 2 (1),
    // 1 (2) -> 1 July), then held. Thu 3 July declared off: the reception
    // stands on a day off (п. 7).
    let held = included
        .notify(d(6, 30), d(7, 3).and_hms_opt(10, 0, 0).unwrap(), &cal)
        .and_then(|r| {
            r.hold(
                ReceptionForm::InPerson,
                Circumstances {
                    role: OfficialRole::UnitHead { deputy: false },
                    applicant_consents_to_video: false,
                    restrictive_measures: false,
                },
            )
        })
        .unwrap();
    assert_eq!(held.verify(&cal), Ok(()));
    assert_eq!(
        held.verify(&with_days_off(&[d(7, 3)])),
        Err(ReceptionError::ReceptionOnDayOff { date: d(7, 3) })
    );
}

/// Stored receptions forged by hand, each breaking one working-day rule:
/// deserialization accepts them (it needs no calendar) and `verify` refuses
/// them with the variant of the rule.
#[cfg(feature = "serde")]
mod forged {
    use super::*;
    use kz_appeals::due::Due;
    use kz_appeals::law::Citation;
    use serde_json::{Value, json};

    fn p(number: u32) -> Value {
        json!({"act": "regulation", "number": number, "part": null})
    }

    fn due(date: &str, rule: Value) -> Value {
        json!({"date": date, "provisional": false, "rule": rule})
    }

    /// A stored reception registered Mon 2 June 2025 with its п. 25 term,
    /// Tue 24 June, at stage "registered"; `fields` replace its fields.
    fn load(fields: Value) -> Reception {
        let mut r = json!({
            "registered_on": "2025-06-02",
            "answer_by": due("2025-06-24", p(25)),
            "extensions": [],
            "hearing": null,
            "assignees": ["Ахметова А."],
            "absences": [],
            "stage": "registered",
        });
        for (k, v) in fields.as_object().unwrap() {
            r[k] = v.clone();
        }
        serde_json::from_value(r.clone()).unwrap_or_else(|e| panic!("{e}: {r}"))
    }

    fn verify(r: &Reception) -> ReceptionError {
        r.verify(&Calendar::kazakhstan()).unwrap_err()
    }

    /// A date of 2025 (an official year: never provisional) under `rule`.
    fn at(date: NaiveDate, rule: Citation) -> Due {
        Due {
            date,
            provisional: false,
            rule,
        }
    }

    fn p25() -> Citation {
        Citation::regulation(25)
    }

    fn p26() -> Citation {
        Citation::regulation(26)
    }

    const ANSWER: &str = "term of the answer";
    const OBJECTIONS: &str = "end of objections";

    fn mismatch(what: &'static str, stored: NaiveDate, computed: Due) -> ReceptionError {
        ReceptionError::TermMismatch {
            what,
            stored,
            computed,
        }
    }

    #[test]
    fn the_unchanged_base_verifies() {
        let r = load(json!({}));
        assert_eq!(r, registered_2_june());
        assert_eq!(r.verify(&Calendar::kazakhstan()), Ok(()));
    }

    /// п. 21: Sat 7 June 2025 is no registration day.
    #[test]
    fn p21_registration_on_a_saturday() {
        let r = load(json!({
            "registered_on": "2025-06-07",
            "answer_by": due("2025-06-27", p(25)),
        }));
        assert_eq!(
            verify(&r),
            ReceptionError::RegisteredOnDayOff { date: d(6, 7) }
        );
    }

    /// п. 25: the term is Tue 24 June; one working day earlier (Mon 23) or
    /// later (Wed 25) is not the term.
    #[test]
    fn p25_term_off_by_one_working_day() {
        for stored in [d(6, 23), d(6, 25)] {
            let r = load(json!({"answer_by": due(&stored.to_string(), p(25))}));
            assert_eq!(verify(&r), mismatch(ANSWER, stored, at(d(6, 24), p25())));
        }
    }

    /// A stored reception extended by a letter sent on `sent` to `ends`, its
    /// term stored as `term`.
    fn by_letter(sent: &str, ends: &str, term: &str) -> Reception {
        load(json!({
            "answer_by": due(term, p(26)),
            "extensions": [{"by_letter": {"sent_on": sent, "ends": ends}}],
        }))
    }

    /// п. 26: a letter may extend the term to 2 June + 30 days = Wed 2 July
    /// (a working day); Thu 3 July is past the limit.
    #[test]
    fn p26_letter_past_30_days() {
        let r = by_letter("2025-06-20", "2025-07-03", "2025-07-03");
        let limit = at(d(7, 2), p26());
        assert_eq!(
            verify(&r),
            ReceptionError::ExtensionTooLong {
                requested: d(7, 3),
                limit
            }
        );
    }

    /// п. 26: the term ended Tue 24 June; a letter of Wed 25 June is late.
    #[test]
    fn p26_extension_after_the_term() {
        let r = by_letter("2025-06-25", "2025-07-01", "2025-07-01");
        let term = at(d(6, 24), p25());
        assert_eq!(
            verify(&r),
            ReceptionError::ExtensionAfterTerm {
                decided_on: d(6, 25),
                term
            }
        );
    }

    /// п. 26: a letter "extending" the term of Tue 24 June to Mon 23 June.
    #[test]
    fn p26_not_an_extension() {
        let r = by_letter("2025-06-20", "2025-06-23", "2025-06-23");
        assert_eq!(
            verify(&r),
            ReceptionError::NotAnExtension {
                requested: d(6, 23),
                current: d(6, 24)
            }
        );
    }

    /// APPC art. 76(5): a letter to Sat 28 June makes the term end on Mon
    /// 30 June; a stored term of Sat 28 June was not moved.
    #[test]
    fn p26_extended_term_not_moved_off_the_weekend() {
        let r = by_letter("2025-06-20", "2025-06-28", "2025-06-28");
        assert_eq!(verify(&r), mismatch(ANSWER, d(6, 28), at(d(6, 30), p26())));
    }

    /// п. 26: a decision of Fri 20 June is told within 3 working days: 23,
    /// 24, 25 June. Told on Thu 26 June, late.
    #[test]
    fn p26_decision_told_late() {
        let r = load(json!({
            "answer_by": due("2025-08-18", p(26)),
            "extensions": [{"by_decision": {"decided_on": "2025-06-20", "ends": "2025-08-18", "notified_on": "2025-06-26"}}],
        }));
        assert_eq!(
            verify(&r),
            ReceptionError::ExtensionNoticeLate {
                notified_on: d(6, 26),
                due: at(d(6, 25), p26())
            }
        );
    }

    fn notified(answered: &str, notified: &str, reception: &str) -> Value {
        json!({"stage": {"notified": {"answered_on": answered, "notified_on": notified, "reception": reception}}})
    }

    /// п. 7: Sat 21 June is no reception day.
    #[test]
    fn p7_reception_on_a_saturday() {
        let r = load(notified("2025-06-10", "2025-06-11", "2025-06-21T10:00:00"));
        assert_eq!(
            verify(&r),
            ReceptionError::ReceptionOnDayOff { date: d(6, 21) }
        );
    }

    /// п. 25: reception Mon 23 June; 2 working days before: Fri 20 (1),
    /// Thu 19 (2). Told on Fri 20 June, 1 working day before: late.
    #[test]
    fn p25_date_told_one_working_day_before() {
        let r = load(notified("2025-06-10", "2025-06-20", "2025-06-23T10:00:00"));
        let err = verify(&r);
        assert_eq!(
            err,
            ReceptionError::DateNoticeLate {
                notified_on: d(6, 20),
                latest: at(d(6, 19), p25())
            }
        );
        // The transition says the same.
        let included = registered_2_june().include(d(6, 10)).unwrap();
        let reception = d(6, 23).and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(
            included.notify(d(6, 20), reception, &Calendar::kazakhstan()),
            Err(err)
        );
    }

    /// п. 22: reception Mon 9 June; 5 working days before: 5 (1), 4 (2),
    /// 3 (3), 2 (4), Fri 30 May (5; 6 June is off), before the registration.
    /// The date was told on Wed 4 June, in time (5 (1), 4 (2)).
    #[test]
    fn p22_briefing_before_registration() {
        let r = load(notified("2025-06-03", "2025-06-04", "2025-06-09T10:00:00"));
        let may_30 = NaiveDate::from_ymd_opt(2025, 5, 30).unwrap();
        assert_eq!(
            verify(&r),
            ReceptionError::NoTimeToPrepare {
                reception: d(6, 9),
                preparation_due: at(may_30, Citation::regulation(22)),
                registered_on: d(6, 2)
            }
        );
    }

    /// п. 7: a reception held on Sun 22 June.
    #[test]
    fn p7_reception_held_on_a_sunday() {
        let r = load(
            json!({"stage": {"held": {"reception": "2025-06-22T10:00:00", "form": "in_person"}}}),
        );
        assert_eq!(
            verify(&r),
            ReceptionError::ReceptionOnDayOff { date: d(6, 22) }
        );
    }

    /// п. 16: reception Fri 20 June; told by Wed 18 June (19 (1), 18 (2)).
    /// Told Thu 19 June: late. Told on Fri 20 June itself: accepted, as the
    /// cause (not stored) must have arisen that day for the transition to
    /// take it.
    #[test]
    fn p16_absence_told_late() {
        let absent = |told: &str| {
            load(json!({
                "absences": [{"reception": "2025-06-20T10:00:00", "notified_on": told}],
                "stage": {"included": {"answered_on": "2025-06-10"}},
            }))
        };
        assert_eq!(
            verify(&absent("2025-06-19")),
            ReceptionError::AbsenceNoticeLate {
                notified_on: d(6, 19),
                latest: at(d(6, 18), Citation::regulation(16))
            }
        );
        assert_eq!(absent("2025-06-20").verify(&Calendar::kazakhstan()), Ok(()));
        assert_eq!(absent("2025-06-18").verify(&Calendar::kazakhstan()), Ok(()));
    }

    fn hearing(sent: &str, received: &str, until: &str) -> Value {
        json!({
            "draft_sent_on": sent,
            "draft_received_on": received,
            "objections_until": due(until, json!({"act": "appc", "number": 73, "part": null})),
        })
    }

    /// APPC art. 73: received Fri 13 June, objections until the 2nd working
    /// day after: Mon 16 (1), Tue 17 (2). A stored Sun 15 June is wrong.
    #[test]
    fn appc73_objection_period_wrong() {
        let r = load(json!({"hearing": hearing("2025-06-11", "2025-06-13", "2025-06-15")}));
        let until = at(d(6, 17), Citation::APPC_73);
        assert_eq!(verify(&r), mismatch(OBJECTIONS, d(6, 15), until));
        assert_eq!(verify(&r).citation(), Some(Citation::APPC_73));
    }

    /// п. 28: the draft sent and received Sat 14 June; objections until Tue
    /// 17 June (16 (1), 17 (2)), rightly stored. A refusal on Wed 18 June
    /// needs the draft by the 3rd working day before: 17 (1), 16 (2),
    /// Fri 13 June (3). Sent on the 14th, only 2 working days (16, 17)
    /// before the refusal: too late.
    #[test]
    fn p28_refusal_two_working_days_after_the_draft() {
        let h = hearing("2025-06-14", "2025-06-14", "2025-06-17");
        let r = load(
            json!({"hearing": h, "stage": {"refused": {"decided_on": "2025-06-18", "hearing": h}}}),
        );
        let err = verify(&r);
        assert_eq!(
            err,
            ReceptionError::HearingNoticeLate {
                sent_on: d(6, 14),
                decided_on: d(6, 18),
                latest: at(d(6, 13), Citation::regulation(28))
            }
        );
        // The transition says the same.
        let cal = Calendar::kazakhstan();
        let heard = registered_2_june()
            .send_draft_refusal(d(6, 14), d(6, 14), &cal)
            .unwrap();
        assert_eq!(heard.refuse(d(6, 18), &cal), Err(err));
    }

    /// Draft sent and received Thu 12 June, refused Mon 16 June, 2 working
    /// days later (13, 16), with the end of objections stored as Sat 14 June
    /// (the 2nd working day after the 12th is Mon 16 June: 13 (1), 16 (2)).
    /// The end of objections is counted when the draft is sent, before the
    /// refusal, so it is the first rule reported.
    #[test]
    fn appc73_a_wrong_end_of_objections_is_reported_before_the_refusal() {
        let h = hearing("2025-06-12", "2025-06-12", "2025-06-14");
        let r = load(
            json!({"hearing": h, "stage": {"refused": {"decided_on": "2025-06-16", "hearing": h}}}),
        );
        let until = at(d(6, 16), Citation::APPC_73);
        assert_eq!(verify(&r), mismatch(OBJECTIONS, d(6, 14), until));
    }

    /// The back office's flow: a stored reception, valid when saved, loaded
    /// and checked against a calendar updated since.
    #[test]
    fn a_loaded_reception_checked_against_an_update() {
        // Told Wed 25 June of a reception on Fri 27 June: 26 (1), 25 (2).
        let r = load(notified("2025-06-10", "2025-06-25", "2025-06-27T10:00:00"));
        assert_eq!(r.verify(&Calendar::kazakhstan()), Ok(()));
        // Thu 26 June declared off: 2 working days before the 27th are now
        // 25 (1), 24 (2); the notice of the 25th is late.
        let err = r.verify(&with_days_off(&[d(6, 26)])).unwrap_err();
        assert!(
            matches!(err, ReceptionError::DateNoticeLate { latest, .. } if latest.date == d(6, 24)),
            "{err:?}"
        );
    }
}
