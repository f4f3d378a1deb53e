//! The calendar's errors in the team's one format: "<rule>: <what was
//! wrong>; <what to do>", or without a rule "<what was wrong>; <what to
//! do>"; lower-case start, no final period.

use chrono::NaiveDate;
use kz_appeals::calendar::{
    ActRef, Calendar, ExtraDayOff, KurbanAit, Transfer, YearOrders, YearStatus,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn check(message: &str) {
    assert!(message.contains("; "), "no what-to-do: {message}");
    assert!(!message.ends_with('.'), "final period: {message}");
    let first = message.chars().next().unwrap();
    assert!(
        !first.is_uppercase()
            || message.starts_with("Labour Code")
            || message.starts_with("Law on"),
        "capital start: {message}"
    );
}

#[test]
fn every_calendar_error_names_what_was_wrong_and_what_to_do() {
    let cal = Calendar::kazakhstan();
    let errors = [
        cal.is_working_day(d(2017, 12, 31)).unwrap_err(),
        cal.year_status(2040).unwrap_err(),
        cal.add_working_days(d(2035, 12, 20), 30).unwrap_err(),
        cal.add_working_days(d(2026, 3, 2), 0).unwrap_err(),
    ];
    for e in errors {
        check(&e.to_string());
    }
}

#[test]
fn every_update_error_names_what_was_wrong_and_what_to_do() {
    let cal = Calendar::kazakhstan();
    let order = |f: &dyn Fn(&mut YearOrders)| {
        let mut u = YearOrders {
            year: 2027,
            ..Default::default()
        };
        f(&mut u);
        cal.with_update(&u).unwrap_err().to_string()
    };
    let t = |from, to| Transfer {
        from,
        to,
        act: ActRef::new("order"),
    };
    let messages = [
        cal.with_update(&YearOrders {
            year: 2017,
            ..Default::default()
        })
        .unwrap_err()
        .to_string(),
        order(&|u| u.transfers.push(t(d(2026, 12, 26), d(2027, 1, 8)))),
        order(&|u| u.transfers.push(t(d(2027, 1, 8), d(2027, 1, 11)))),
        order(&|u| u.transfers.push(t(d(2027, 1, 1), d(2027, 1, 11)))),
        order(&|u| u.transfers.push(t(d(2027, 1, 9), d(2027, 1, 10)))),
        order(&|u| {
            u.extra_days_off.push(ExtraDayOff {
                date: d(2027, 1, 8),
                act: ActRef::new("a"),
            });
            u.extra_days_off.push(ExtraDayOff {
                date: d(2027, 1, 8),
                act: ActRef::new("b"),
            });
        }),
        order(&|u| u.status = Some(YearStatus::Official)),
        order(&|u| u.kurban_ait = Some(KurbanAit::fixed(d(2028, 5, 5), ActRef::new("x")))),
    ];
    for m in &messages {
        check(m);
    }
    // Rule first where a rule applies.
    assert!(
        messages[2].starts_with("Labour Code art. 85(3): "),
        "{}",
        messages[2]
    );
    assert!(
        messages[3].starts_with("Law on holidays arts. 2-3: "),
        "{}",
        messages[3]
    );
    assert!(
        messages[6].starts_with("Labour Code art. 84(5): "),
        "{}",
        messages[6]
    );
}

/// An update that moves a working day says what the day is, in each
/// language. Friday 8 January 2027 is a plain working day (no holiday, no
/// transfer), so the calendar describes it as "working day" / "рабочий
/// день" / "жұмыс күні".
#[test]
fn a_transfer_from_a_working_day_says_what_the_day_is() {
    use kz_appeals::calendar::{ActRef, Transfer, YearOrders};
    use kz_appeals::{Lang, Localized};
    let update = YearOrders {
        year: 2027,
        transfers: vec![Transfer {
            from: d(2027, 1, 8),
            to: d(2027, 1, 11),
            act: ActRef::new("order"),
        }],
        ..Default::default()
    };
    let err = Calendar::kazakhstan().with_update(&update).unwrap_err();
    assert!(
        err.to_string()
            .contains("moves 2027-01-08, which is not a day off (working day)"),
        "{err}"
    );
    assert!(
        err.message(Lang::Ru)
            .contains("08.01.2027, а это не выходной (рабочий день)"),
        "{}",
        err.message(Lang::Ru)
    );
    assert!(
        err.message(Lang::Kk).contains("08.01.2027 (жұмыс күні)"),
        "{}",
        err.message(Lang::Kk)
    );
}
