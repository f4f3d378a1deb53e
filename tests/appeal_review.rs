//! Regression tests for loopholes found in review: states the regulation (or
//! the crate's Readings in DESIGN.md) forbids, reached through public calls or
//! through serde.

use chrono::{NaiveDate, NaiveDateTime};
use kz_appeals::calendar::Calendar;
use kz_appeals::law::Citation;
use kz_appeals::official::OfficialRole;
use kz_appeals::priority::PriorityCategory;
use kz_appeals::reception::{
    Circumstances, FinalAnswer, Protocol, Reception, ReceptionError, ReceptionForm,
};
use kz_appeals::schedule::{Facts, Schedule, ScheduleError};
use kz_appeals::{Lang, Named};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, day).unwrap()
}

fn at10(date: NaiveDate) -> NaiveDateTime {
    date.and_hms_opt(10, 0, 0).unwrap()
}

/// Registered Mon 2 June 2025 and answered the same day.
fn included() -> Reception {
    let cal = Calendar::kazakhstan();
    Reception::register(d(6, 2), "Ахметова А.", &cal)
        .and_then(|r| r.include(d(6, 2)))
        .unwrap()
}

#[test]
fn p22_no_reception_before_its_briefing_can_be_prepared() {
    let cal = Calendar::kazakhstan();
    // Reception Wed 4 June: the date notice (2 working days before) is Mon
    // 2 June, in time; but the briefing (5 working days before) was due Wed
    // 28 May, before the registration. The schedule refuses these facts; the
    // life cycle must too.
    assert!(matches!(
        Schedule::compute(&cal, &Facts::registered_on(d(6, 2)).with_reception(d(6, 4))),
        Err(ScheduleError::NoTimeToPrepare { .. })
    ));
    let err = included().notify(d(6, 2), at10(d(6, 4)), &cal).unwrap_err();
    assert!(
        matches!(err, ReceptionError::NoTimeToPrepare { .. }),
        "{err}"
    );
    assert_eq!(err.citation(), Some(Citation::regulation(22)));
    assert!(err.to_string().starts_with("п. 22: "), "{err}");
    // The first date with room: 5 working days after 2 June, skipping Fri
    // 6 June (Kurban ait): 3, 4, 5, 9, 10 -> Tue 10 June.
    assert!(matches!(
        included().notify(d(6, 2), at10(d(6, 9)), &cal),
        Err(ReceptionError::NoTimeToPrepare { .. })
    ));
    assert!(included().notify(d(6, 2), at10(d(6, 10)), &cal).is_ok());
    assert!(
        Schedule::compute(
            &cal,
            &Facts::registered_on(d(6, 2)).with_reception(d(6, 10))
        )
        .is_ok()
    );
}

#[test]
fn p16_no_absence_notice_before_registration() {
    let cal = Calendar::kazakhstan();
    let notified = included().notify(d(6, 3), at10(d(6, 20)), &cal).unwrap();
    let err = notified
        .official_absent(d(5, 30), d(5, 30), &cal)
        .unwrap_err();
    assert!(matches!(err, ReceptionError::BeforeEvent { .. }), "{err}");
    assert_eq!(err.citation(), Some(Citation::regulation(16)));
    assert!(notified.official_absent(d(6, 2), d(6, 2), &cal).is_ok());
}

#[test]
fn p35_the_same_worker_spelt_differently_is_the_same_worker() {
    let r = included().reassign("Бекова Б.").unwrap();
    for again in [
        "Ахметова А.",
        " Ахметова А. ",
        "ахметова а.",
        "АХМЕТОВА А.",
        "Ахметова  А.",
        "Ахметова\tА.",
        "бекова б.",
    ] {
        assert!(
            matches!(
                r.reassign(again),
                Err(ReceptionError::WorkerHadRequest { .. })
            ),
            "{again:?}"
        );
    }
    assert!(r.reassign("Ахметова Б.").is_ok());
}

#[test]
fn p12_award_holders_in_kazakh_use_the_kazakh_verb() {
    // "марапатталған" (awarded), not the calque "наградталған"; the award's
    // name stays in Kazakh in every language (RULES.md §4).
    let kk = PriorityCategory::AltynKyran.name(Lang::Kk);
    assert_eq!(kk, "«Алтын Қыран» орденімен марапатталған адамдар");
    for c in PriorityCategory::ALL {
        assert!(!c.name(Lang::Kk).contains("наград"), "{}", c.name(Lang::Kk));
    }
}

#[cfg(feature = "serde")]
mod serde_loopholes {
    use super::*;
    use serde_json::{Value, json};

    fn closed() -> Reception {
        let cal = Calendar::kazakhstan();
        included()
            .notify(d(6, 3), at10(d(6, 20)), &cal)
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
            .and_then(|r| {
                r.record_protocol(Protocol {
                    decision: Some("шешім".into()),
                    instructions: vec![],
                })
            })
            .and_then(|r| {
                r.close(FinalAnswer {
                    sent_on: d(6, 25),
                    reasons: "себебі".into(),
                })
            })
            .unwrap()
    }

    fn refused() -> Reception {
        let cal = Calendar::kazakhstan();
        Reception::register(d(6, 2), "Ахметова А.", &cal)
            .and_then(|r| r.send_draft_refusal(d(6, 11), d(6, 11), &cal))
            .and_then(|r| r.refuse(d(6, 16), &cal))
            .unwrap()
    }

    fn extended_twice_absent_reassigned() -> Reception {
        let cal = Calendar::kazakhstan();
        Reception::register(d(6, 2), "Ахметова А.", &cal)
            .and_then(|r| r.extend_by_letter(d(6, 20), d(7, 1), &cal))
            .and_then(|r| r.extend_by_decision(d(6, 30), d(8, 20), d(7, 1), &cal))
            .and_then(|r| r.send_draft_refusal(d(7, 2), d(7, 4), &cal))
            .and_then(|r| r.include(d(7, 10)))
            .and_then(|r| r.notify(d(7, 10), at10(d(7, 21)), &cal))
            .and_then(|r| r.official_absent(d(7, 17), d(7, 16), &cal))
            .and_then(|r| r.reassign("Бекова Б."))
            .unwrap()
    }

    fn to_value(r: &Reception) -> Value {
        serde_json::to_value(r).unwrap()
    }

    fn accepted(v: &Value) -> bool {
        serde_json::from_value::<Reception>(v.clone()).is_ok()
    }

    #[test]
    fn every_reachable_reception_still_round_trips() {
        let cal = Calendar::kazakhstan();
        let registered = Reception::register(d(6, 2), "Ахметова А.", &cal).unwrap();
        let notified = included().notify(d(6, 3), at10(d(6, 20)), &cal).unwrap();
        for r in [
            registered,
            included(),
            notified,
            closed(),
            refused(),
            extended_twice_absent_reassigned(),
        ] {
            let back: Reception = serde_json::from_value(to_value(&r)).unwrap();
            assert_eq!(back, r);
        }
    }

    #[test]
    fn a_closing_without_a_reasoned_answer_or_protocol_is_refused() {
        let mut v = to_value(&closed());
        assert!(accepted(&v));
        v["stage"]["closed"]["answer"]["reasons"] = json!("  ");
        assert!(!accepted(&v), "п. 33: no reasons");
        let mut v = to_value(&closed());
        v["stage"]["closed"]["protocol"] = json!({"decision": null, "instructions": []});
        assert!(!accepted(&v), "п. 19: empty protocol");
        // Straight from registration to closed, answered before registration.
        let mut v = to_value(&closed());
        v["stage"]["closed"]["answer"]["sent_on"] = json!("2025-05-01");
        assert!(!accepted(&v));
    }

    #[test]
    fn a_refusal_without_its_hearing_is_refused() {
        let mut v = to_value(&refused());
        assert!(accepted(&v));
        v["hearing"] = Value::Null;
        assert!(!accepted(&v), "п. 28: no hearing");
        let mut v = to_value(&refused());
        v["stage"]["refused"]["decided_on"] = json!("2025-06-12");
        assert!(!accepted(&v), "APPC art. 73: objections still open");
        let mut v = to_value(&refused());
        v["hearing"]["objections_until"]["date"] = json!("2025-06-11");
        v["stage"]["refused"]["hearing"]["objections_until"]["date"] = json!("2025-06-11");
        assert!(!accepted(&v), "APPC art. 73: no time to object");
    }

    #[test]
    fn workers_terms_and_dates_are_checked() {
        let base = to_value(&extended_twice_absent_reassigned());
        assert!(accepted(&base));
        let mut v = base.clone();
        v["assignees"] = json!([]);
        assert!(!accepted(&v), "nobody assigned");
        let mut v = base.clone();
        v["assignees"] = json!(["Ахметова А.", "ахметова  а."]);
        assert!(!accepted(&v), "п. 35: the same worker twice");
        let mut v = base.clone();
        v["answer_by"]["date"] = json!("2025-12-31");
        assert!(!accepted(&v), "п. 26: a term nobody extended to");
        let mut v = base.clone();
        v["extensions"][1]["by_decision"]["decided_on"] = json!("2025-07-15");
        assert!(!accepted(&v), "п. 26: extended after the term");
        let mut v = base.clone();
        let first = v["extensions"][0].clone();
        v["extensions"][1] = first;
        assert!(!accepted(&v), "п. 26: the same kind twice");
        let mut v = base.clone();
        v["absences"][0]["notified_on"] = json!("2025-05-01");
        assert!(!accepted(&v), "п. 16: absence told before registration");
        let mut v = base;
        v["stage"]["included"]["answered_on"] = json!("2025-09-01");
        assert!(!accepted(&v), "п. 25: answered after the term");
    }

    #[test]
    fn a_reception_too_soon_or_told_too_late_is_refused() {
        let cal = Calendar::kazakhstan();
        let mut v = to_value(&included().notify(d(6, 3), at10(d(6, 20)), &cal).unwrap());
        assert!(accepted(&v));
        v["stage"]["notified"]["reception"] = json!("2025-06-04T10:00:00");
        assert!(!accepted(&v), "п. 22, 25: two days after registration");
        let mut v = to_value(&closed());
        v["stage"] = json!({"held": {"reception": "2025-06-03T10:00:00", "form": "in_person"}});
        assert!(!accepted(&v), "п. 22: held the day after registration");
    }
}
