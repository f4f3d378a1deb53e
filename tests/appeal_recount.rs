//! `Reception::recount`: the stored terms counted again on an updated
//! calendar (п. 25, 26; APPC arts. 73, 76(3), 76(5)), the facts kept, and the
//! rule named when the recounted history breaks one.
//!
//! Days off of December 2026 – July 2027 (kz-calendar §5; 2027 is
//! provisional): Wed 16 Dec 2026 (Independence Day); Fri 1 Jan 2027 (New
//! Year), Mon 4 Jan (carry-over of Sat 2 Jan), Thu 7 Jan (Christmas, Labour
//! Code art. 84(5)); none in June 2027; Tue 6 Jul (Capital Day); and the
//! weekends.

use chrono::{Datelike, NaiveDate};
use kz_appeals::calendar::{
    ActRef, Calendar, ExtraDayOff, Transfer, UpdateError, YearOrders, YearStatus,
};
use kz_appeals::law::Citation;
use kz_appeals::reception::{Extension, Reception, ReceptionError, Stage};
use proptest::prelude::*;

mod common;
use common::{apply, day, registered, step};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn p(n: u16) -> Citation {
    Citation::regulation(n)
}

/// `cal` with `date` declared a day off by an act.
fn declared_off(cal: &Calendar, date: NaiveDate) -> Result<Calendar, UpdateError> {
    cal.with_update(&YearOrders {
        year: date.year(),
        extra_days_off: vec![ExtraDayOff {
            date,
            act: ActRef::new("order"),
        }],
        ..Default::default()
    })
}

/// The built-in calendar with `date` declared a day off.
fn with_day_off(date: NaiveDate) -> Calendar {
    declared_off(&Calendar::kazakhstan(), date).unwrap()
}

/// Registered Mon 21 December 2026. п. 25, 15 working days after on the
/// built-in calendar: 22, 23, 24, 25 Dec (4), 28, 29, 30, 31 Dec (8), [1–4
/// Jan off], 5, 6 Jan (10), [7 Jan off], 8 Jan (11), 11, 12, 13, 14 Jan (15)
/// -> Thu 14 January 2027.
fn registered_21_december(cal: &Calendar) -> Reception {
    Reception::register(d(2026, 12, 21), "Ахметова А.", cal).unwrap()
}

/// The doctest's scenario: Fri 8 January 2027 declared off moves the п. 25
/// term one working day later, and the reception is otherwise unchanged.
#[test]
fn a_day_off_added_inside_the_count_moves_the_term_one_working_day_later() {
    let cal = Calendar::kazakhstan();
    let r = registered_21_december(&cal);
    assert_eq!(r.answer_by().date, d(2027, 1, 14));
    assert!(r.answer_by().provisional);

    // With 8 Jan off: 5, 6 Jan (10), [7–10 Jan off], 11, 12, 13, 14, 15 Jan
    // (15) -> Fri 15 January 2027.
    let updated = with_day_off(d(2027, 1, 8));
    let recounted = r.recount(&updated).unwrap();
    assert_eq!(recounted.answer_by().date, d(2027, 1, 15));
    assert_eq!(recounted.answer_by().rule, p(25));
    // 2027 is still provisional: the update gave no status.
    assert!(recounted.answer_by().provisional);
    assert_eq!(recounted.registered_on(), d(2026, 12, 21));
    assert_eq!(recounted.assignees(), ["Ахметова А."]);
    assert_eq!(recounted.stage(), &Stage::Registered);
    assert_eq!(recounted.verify(&updated), Ok(()));
    // The stored value is not touched.
    assert_eq!(r.answer_by().date, d(2027, 1, 14));
}

/// The reverse: a reception counted on the calendar with 8 January off,
/// recounted on the built-in one (the act was not adopted), moves one
/// working day earlier; an answer on the old last day becomes late.
#[test]
fn a_day_off_taken_away_moves_the_term_one_working_day_earlier() {
    let with_8_january_off = with_day_off(d(2027, 1, 8));
    let cal = Calendar::kazakhstan();
    // Fri 15 January on the updated calendar (see above).
    let r = registered_21_december(&with_8_january_off);
    assert_eq!(r.answer_by().date, d(2027, 1, 15));
    let recounted = r.recount(&cal).unwrap();
    assert_eq!(recounted.answer_by().date, d(2027, 1, 14));
    assert_eq!(recounted.answer_by().rule, p(25));

    // Told of the inclusion on Fri 15 January, the last day then; on the
    // built-in calendar the term is Thu 14 January: late (п. 25).
    let included = r.include(d(2027, 1, 15)).unwrap();
    let err = included.recount(&cal).unwrap_err();
    assert!(
        matches!(err, ReceptionError::AnswerLate { answered_on, due } if answered_on == d(2027, 1, 15) && due.date == d(2027, 1, 14)),
        "{err:?}"
    );
    assert_eq!(err.citation(), Some(p(25)));
}

/// On the calendar a reception was built on, `recount` changes nothing, at
/// every stage reached below (extension, hearing, refusal, inclusion).
#[test]
fn recount_on_the_same_calendar_is_the_identity() {
    let cal = Calendar::kazakhstan();
    let r = registered_21_december(&cal);
    assert_eq!(r.recount(&cal), Ok(r.clone()));
    // A letter on Mon 11 Jan to Tue 19 Jan (limit 21 Dec + 30 days = Wed 20
    // Jan 2027, a working day).
    let extended = r
        .extend_by_letter(d(2027, 1, 11), d(2027, 1, 19), &cal)
        .unwrap();
    assert_eq!(extended.recount(&cal), Ok(extended.clone()));
    let included = extended.include(d(2027, 1, 18)).unwrap();
    assert_eq!(included.recount(&cal), Ok(included.clone()));
    let heard = r
        .send_draft_refusal(d(2027, 1, 5), d(2027, 1, 5), &cal)
        .unwrap();
    assert_eq!(heard.recount(&cal), Ok(heard.clone()));
    let refused = heard.refuse(d(2027, 1, 12), &cal).unwrap();
    assert_eq!(refused.recount(&cal), Ok(refused.clone()));
}

/// The move of an extended term off a day off (APPC art. 76(5)) is counted
/// again; the end the body chose is kept.
#[test]
fn an_extension_keeps_its_chosen_end_and_recounts_its_move_off_a_day_off() {
    let cal = Calendar::kazakhstan();
    // A letter on Mon 11 Jan 2027, while the term (Thu 14 Jan) runs, to Sat
    // 16 Jan, within 21 Dec + 30 days = Wed 20 Jan (п. 26). Sat 16 and Sun
    // 17 are off: the term ends Mon 18 Jan.
    let r = registered_21_december(&cal)
        .extend_by_letter(d(2027, 1, 11), d(2027, 1, 16), &cal)
        .unwrap();
    assert_eq!(r.answer_by().date, d(2027, 1, 18));
    assert_eq!(r.answer_by().rule, p(26));
    // Mon 18 Jan declared off: the п. 25 count (to Thu 14 Jan) does not reach
    // it, the letter is still in time and within its limit (Wed 20 Jan is a
    // working day), and the term moves on to Tue 19 Jan.
    let recounted = r.recount(&with_day_off(d(2027, 1, 18))).unwrap();
    assert_eq!(recounted.answer_by().date, d(2027, 1, 19));
    assert_eq!(recounted.answer_by().rule, p(26));
    assert_eq!(
        recounted.extensions(),
        [Extension::ByLetter {
            sent_on: d(2027, 1, 11),
            ends: d(2027, 1, 16),
        }]
    );
}

/// An extension made on the last day of the п. 25 term; an act that moves
/// the term earlier puts the extension after it (п. 26).
#[test]
fn an_extension_left_after_the_term_is_reported_under_p26() {
    let cal = Calendar::kazakhstan();
    // Registered Mon 14 June 2027. п. 25 on the built-in calendar: 15–18 Jun
    // (4), 21–25 Jun (9), 28, 29, 30 Jun, 1, 2 Jul (14), [3, 4 Jul weekend],
    // Mon 5 Jul (15).
    let r = Reception::register(d(2027, 6, 14), "Ахметова А.", &cal).unwrap();
    assert_eq!(r.answer_by().date, d(2027, 7, 5));
    // A letter on Mon 5 Jul to Tue 13 Jul (limit 14 Jun + 30 days = Wed 14
    // Jul, a working day).
    let extended = r
        .extend_by_letter(d(2027, 7, 5), d(2027, 7, 13), &cal)
        .unwrap();
    // The transfer of `bridging_capital_day` ends the п. 25 term on Sat 3 Jul
    // (see below): the letter of 5 Jul came after it.
    let err = extended.recount(&bridging_capital_day()).unwrap_err();
    assert!(
        matches!(err, ReceptionError::ExtensionAfterTerm { decided_on, term } if decided_on == d(2027, 7, 5) && term.date == d(2027, 7, 3)),
        "{err:?}"
    );
    assert_eq!(err.citation(), Some(p(26)));
}

/// An order of the Minister of Labour (Labour Code art. 85(3)): Sat 3 July
/// 2027 is worked and its day off moves to Mon 5 July, between the weekend
/// and Capital Day (Tue 6 July).
fn bridging_capital_day() -> Calendar {
    let order = YearOrders {
        year: 2027,
        transfers: vec![Transfer {
            from: d(2027, 7, 3),
            to: d(2027, 7, 5),
            act: ActRef::new("order"),
        }],
        ..Default::default()
    };
    Calendar::kazakhstan().with_update(&order).unwrap()
}

/// An act that makes a recorded answer late: `recount` returns the error of
/// п. 25, and the crate does not move the answer or the term to cover it.
#[test]
fn an_update_that_makes_the_recorded_answer_late_is_reported_under_p25() {
    let cal = Calendar::kazakhstan();
    // Registered Mon 14 June 2027: term Mon 5 July on the built-in calendar
    // (see above); told of the inclusion that day, in time.
    let r = Reception::register(d(2027, 6, 14), "Ахметова А.", &cal).unwrap();
    let included = r.include(d(2027, 7, 5)).unwrap();
    assert_eq!(included.verify(&cal), Ok(()));

    // With Sat 3 Jul worked: ... 1, 2 Jul (14), Sat 3 Jul (15). The term
    // ends Sat 3 Jul; the answer of Mon 5 Jul is late.
    let updated = bridging_capital_day();
    let err = included.recount(&updated).unwrap_err();
    match &err {
        ReceptionError::AnswerLate { answered_on, due } => {
            assert_eq!(*answered_on, d(2027, 7, 5));
            assert_eq!(due.date, d(2027, 7, 3));
            assert_eq!(due.rule, p(25));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.citation(), Some(p(25)));
    assert!(
        err.to_string()
            .starts_with("п. 25: the answer on 2027-07-05 is late")
    );

    // An answer on Fri 2 Jul stays in time: the term is recounted to the
    // working Saturday.
    let on_time = r.include(d(2027, 7, 2)).unwrap().recount(&updated).unwrap();
    assert_eq!(on_time.answer_by().date, d(2027, 7, 3));
    assert_eq!(
        on_time.stage(),
        &Stage::Included {
            answered_on: d(2027, 7, 2)
        }
    );
}

/// The end of objections (APPC art. 73) is counted again, in the hearing and
/// in the refusal that records it; a refusal the act leaves too soon after
/// the draft is reported under п. 28, or inside the objection period under
/// art. 73.
#[test]
fn the_end_of_objections_is_recounted_in_the_hearing_and_the_refusal() {
    let cal = Calendar::kazakhstan();
    let updated = with_day_off(d(2027, 1, 8));
    // Draft sent and received Tue 5 Jan 2027. Objections: 2nd working day
    // after, 6 Jan (1), [7 Jan off], 8 Jan (2) -> Fri 8 Jan; with 8 Jan off,
    // 6 Jan (1), [7–10 Jan off], 11 Jan (2) -> Mon 11 Jan.
    let heard = registered_21_december(&cal)
        .send_draft_refusal(d(2027, 1, 5), d(2027, 1, 5), &cal)
        .unwrap();
    assert_eq!(
        heard.hearing().unwrap().objections_until.date,
        d(2027, 1, 8)
    );

    // Refused Tue 12 Jan: 3 working days before are 11, 8, 6 Jan (built-in)
    // or 11, 6, 5 Jan (updated), both not before the draft of 5 Jan; and
    // after the end of objections on both.
    let refused = heard.refuse(d(2027, 1, 12), &cal).unwrap();
    let recounted = refused.recount(&updated).unwrap();
    let hearing = recounted.hearing().unwrap();
    assert_eq!(hearing.objections_until.date, d(2027, 1, 11));
    assert_eq!(hearing.objections_until.rule, Citation::APPC_73);
    assert_eq!(hearing.draft_sent_on, d(2027, 1, 5));
    assert_eq!(hearing.draft_received_on, d(2027, 1, 5));
    assert_eq!(
        recounted.stage(),
        &Stage::Refused {
            decided_on: d(2027, 1, 12),
            hearing
        }
    );

    // Refused Mon 11 Jan. Built-in: 3 working days before are 8, 6, 5 Jan,
    // so the draft of 5 Jan was in time, and objections ended Fri 8 Jan.
    // With 8 Jan off: 6, 5 Jan, 31 Dec; the draft of 5 Jan is now late
    // (п. 28, checked before the objections).
    let refused_on_11 = heard.refuse(d(2027, 1, 11), &cal).unwrap();
    let err = refused_on_11.recount(&updated).unwrap_err();
    assert!(
        matches!(err, ReceptionError::HearingNoticeLate { sent_on, decided_on, latest }
            if sent_on == d(2027, 1, 5) && decided_on == d(2027, 1, 11) && latest.date == d(2026, 12, 31)),
        "{err:?}"
    );
    assert_eq!(err.citation(), Some(p(28)));

    // Sent Mon 28 Dec 2026, received by post Tue 5 Jan 2027: the same
    // objections (Fri 8 Jan, or Mon 11 Jan with 8 Jan off), and the draft
    // was sent before 31 Dec on both calendars. Refused Mon 11 Jan: on the
    // updated calendar that is the last day for objections (APPC art. 73).
    let by_post = registered_21_december(&cal)
        .send_draft_refusal(d(2026, 12, 28), d(2027, 1, 5), &cal)
        .and_then(|r| r.refuse(d(2027, 1, 11), &cal))
        .unwrap();
    let err = by_post.recount(&updated).unwrap_err();
    assert!(
        matches!(err, ReceptionError::ObjectionsStillOpen { until } if until.date == d(2027, 1, 11)),
        "{err:?}"
    );
    assert_eq!(err.citation(), Some(Citation::APPC_73));
}

/// The provisional flag follows the calendar: once 2027 is official, a term
/// counted over its days is no longer provisional. `verify` does not compare
/// the flags; `recount` refreshes them.
#[test]
fn a_term_in_a_year_made_official_is_no_longer_provisional() {
    let cal = Calendar::kazakhstan();
    let r = registered_21_december(&cal);
    assert!(r.answer_by().provisional);
    let official = Calendar::kazakhstan()
        .with_update(&YearOrders {
            year: 2027,
            status: Some(YearStatus::Official),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(r.verify(&official), Ok(()));
    let recounted = r.recount(&official).unwrap();
    // Same days off, so the same Thu 14 January 2027, now settled.
    assert_eq!(recounted.answer_by().date, d(2027, 1, 14));
    assert!(!recounted.answer_by().provisional);

    // A term inside 2026, official all along, was never provisional.
    // Registered Tue 1 Dec 2026: 2, 3, 4 (3), 7–11 (8), 14, 15 (10), [16
    // Dec off], 17, 18 (12), 21, 22, 23 Dec (15) -> Wed 23 December 2026.
    let december = Reception::register(d(2026, 12, 1), "Ахметова А.", &cal).unwrap();
    assert_eq!(december.answer_by().date, d(2026, 12, 23));
    assert!(!december.answer_by().provisional);
    assert_eq!(december.recount(&official), Ok(december.clone()));
}

/// The built-in calendar with the days `deltas` calendar days after `from`
/// declared off, each by its own act; a day that is not a working day, or
/// that an update cannot take (a day of a transfer), is left as it is.
fn with_days_off_near(from: NaiveDate, deltas: &[u64]) -> Calendar {
    deltas.iter().fold(Calendar::kazakhstan(), |cal, &delta| {
        let date = from.checked_add_days(chrono::Days::new(delta)).unwrap();
        match cal.is_working_day(date) {
            Ok(w) if w.value => declared_off(&cal, date).unwrap_or(cal),
            _ => cal,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    /// Over every reception the transitions reach (the generator of
    /// `appeal_properties` and `appeal_verify`), with days off added near its
    /// registration:
    /// - on the calendar it was built on, `recount` returns it unchanged;
    /// - on the updated calendar, a recount that succeeds verifies, is a fixed
    ///   point (recounting it again changes nothing), and keeps every fact;
    /// - a reception that already verifies on the updated calendar is
    ///   returned unchanged (the update leaves every year's status as it was,
    ///   so the provisional flags too).
    #[test]
    fn recount_is_idempotent_verifies_and_keeps_the_facts(
        reg in 0u64..500,
        steps in prop::collection::vec(step(), 0..40),
        deltas in prop::collection::vec(0u64..45, 1..4),
    ) {
        let cal = Calendar::kazakhstan();
        let updated = with_days_off_near(day(reg), &deltas);
        let mut r = registered(reg, &cal);
        for s in &steps {
            if let Some(next) = apply(&r, s, &cal) {
                r = next;
            }
        }
        prop_assert_eq!(r.recount(&cal), Ok(r.clone()));
        let verified = r.verify(&updated);
        match r.recount(&updated) {
            Ok(x) => {
                prop_assert_eq!(x.verify(&updated), Ok(()));
                prop_assert_eq!(x.recount(&updated), Ok(x.clone()));
                prop_assert_eq!(x.registered_on(), r.registered_on());
                prop_assert_eq!(x.extensions(), r.extensions());
                prop_assert_eq!(x.assignees(), r.assignees());
                prop_assert_eq!(x.absences(), r.absences());
                let dates = |h: Option<kz_appeals::reception::Hearing>| h.map(|h| (h.draft_sent_on, h.draft_received_on));
                prop_assert_eq!(dates(x.hearing()), dates(r.hearing()));
                match (x.stage(), r.stage()) {
                    (Stage::Refused { decided_on: a, hearing: h }, Stage::Refused { decided_on: b, .. }) => {
                        prop_assert_eq!(a, b);
                        prop_assert_eq!(Some(*h), x.hearing());
                    }
                    (a, b) => prop_assert_eq!(a, b),
                }
                if verified.is_ok() {
                    prop_assert_eq!(&x, &r);
                }
            }
            // A history the update makes wrong did not verify either.
            Err(_) => prop_assert!(verified.is_err()),
        }
    }
}
