//! Updates as data (Labour Code arts. 84(5), 85(3)): a year's published
//! orders applied at run time, validated, never changing the built-in
//! calendar.

use chrono::NaiveDate;
use kz_appeals::calendar::{
    ActRef, Calendar, DayKind, ExtraDayOff, KurbanAit, Transfer, UpdateError, YearOrders,
    YearStatus,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn transfer(from: NaiveDate, to: NaiveDate) -> Transfer {
    Transfer {
        from,
        to,
        act: ActRef::new("test order"),
    }
}

/// A plausible 2027 order: Kurban ait fixed on Monday 17 May, Saturday
/// 9 January worked for Friday 8 January, the year made official.
fn order_2027() -> YearOrders {
    YearOrders {
        year: 2027,
        status: Some(YearStatus::Official),
        kurban_ait: Some(KurbanAit::fixed(d(2027, 5, 17), ActRef::new("MTSZN"))),
        transfers: vec![transfer(d(2027, 1, 9), d(2027, 1, 8))],
        ..Default::default()
    }
}

#[test]
fn a_valid_order_changes_the_new_calendar_only() {
    let cal = Calendar::kazakhstan();
    let updated = cal.with_update(&order_2027()).unwrap();
    assert!(!updated.is_working_day(d(2027, 5, 17)).unwrap().value);
    assert!(!updated.is_working_day(d(2027, 1, 8)).unwrap().value);
    assert!(updated.is_working_day(d(2027, 1, 9)).unwrap().value);
    assert_eq!(updated.year_status(2027).unwrap(), YearStatus::Official);
    // The built-in calendar is untouched.
    assert!(cal.is_working_day(d(2027, 5, 17)).unwrap().value);
    assert_eq!(cal.year_status(2027).unwrap(), YearStatus::Provisional);
    // Friday 14 May 2027 + 1 working day: Monday 17 May is now Kurban ait,
    // so Tuesday 18 May; before the update it was Monday 17 May.
    assert_eq!(
        cal.add_working_days(d(2027, 5, 14), 1).unwrap().value,
        d(2027, 5, 17)
    );
    let after = updated.add_working_days(d(2027, 5, 14), 1).unwrap();
    assert_eq!(after.value, d(2027, 5, 18));
    // 2027 is official now, so nothing in it is provisional.
    assert!(!after.provisional);
    // A count reaching 2028 (projected) still is.
    assert!(
        updated
            .add_working_days(d(2027, 12, 30), 2)
            .unwrap()
            .provisional
    );
}

#[test]
fn a_weekday_declared_off_by_an_extra_act() {
    let update = YearOrders {
        year: 2026,
        extra_days_off: vec![ExtraDayOff {
            date: d(2026, 12, 31),
            act: ActRef::new("decree"),
        }],
        ..Default::default()
    };
    let cal = Calendar::kazakhstan().with_update(&update).unwrap();
    let day = cal.day(d(2026, 12, 31)).unwrap();
    assert!(matches!(day.kind, DayKind::DeclaredDayOff { .. }));
    // Wednesday 30 December 2026 + 1: Thursday 31 is off, Fri 1 January 2027
    // is New Year, Sat 2 January New Year on a weekend, Sun 3 January, Mon
    // 4 January the carry-over of 2 January (Law on holidays art. 5), so
    // Tuesday 5 January 2027.
    assert_eq!(
        cal.add_working_days(d(2026, 12, 30), 1).unwrap().value,
        d(2027, 1, 5)
    );
}

#[test]
fn each_contradiction_is_refused_with_the_entry_named() {
    let cal = Calendar::kazakhstan();
    let with = |f: &dyn Fn(&mut YearOrders)| {
        let mut u = YearOrders {
            year: 2027,
            ..Default::default()
        };
        f(&mut u);
        cal.with_update(&u).unwrap_err()
    };
    // Friday 8 January 2027 is a working day: it cannot be transferred from.
    let e = with(&|u| u.transfers.push(transfer(d(2027, 1, 8), d(2027, 1, 11))));
    assert!(matches!(e, UpdateError::TransferFromWorkingDay { from, .. } if from == d(2027, 1, 8)));
    assert!(e.to_string().contains("2027-01-08"));
    // 15 March 2027 is Constitution Day: a holiday is not transferable.
    let e = with(&|u| u.transfers.push(transfer(d(2027, 3, 15), d(2027, 3, 16))));
    assert!(
        matches!(e, UpdateError::TransferFromHoliday { holiday, .. } if holiday == kz_appeals::calendar::Holiday::ConstitutionDay)
    );
    // Transfer onto Monday 4 January 2027, itself the carry-over of 2 January.
    let e = with(&|u| u.transfers.push(transfer(d(2027, 1, 9), d(2027, 1, 4))));
    assert!(matches!(e, UpdateError::NotAWorkingDay { to, .. } if to == d(2027, 1, 4)));
    // An extra day off on a Sunday.
    let e = with(&|u| {
        u.extra_days_off.push(ExtraDayOff {
            date: d(2027, 1, 10),
            act: ActRef::new("x"),
        })
    });
    assert!(matches!(
        e,
        UpdateError::NotAWorkingDay {
            entry: "extra day off",
            ..
        }
    ));
    // A date filed under the wrong year.
    let e = with(&|u| u.transfers.push(transfer(d(2026, 12, 26), d(2027, 1, 8))));
    assert!(matches!(
        e,
        UpdateError::DateOutsideYear {
            year: 2027,
            entry: "transfer from",
            ..
        }
    ));
    let e = with(&|u| u.kurban_ait = Some(KurbanAit::fixed(d(2028, 5, 5), ActRef::new("x"))));
    assert!(matches!(
        e,
        UpdateError::DateOutsideYear {
            entry: "Kurban ait",
            ..
        }
    ));
    // The same day twice.
    let e = with(&|u| {
        u.transfers.push(transfer(d(2027, 1, 9), d(2027, 1, 8)));
        u.transfers.push(transfer(d(2027, 1, 10), d(2027, 1, 8)));
    });
    assert!(matches!(e, UpdateError::Duplicate { date, .. } if date == d(2027, 1, 8)));
    // A day an existing act already moved (2025-01-05 by order No. 436).
    let mut u = YearOrders {
        year: 2025,
        ..Default::default()
    };
    u.transfers.push(transfer(d(2025, 1, 5), d(2025, 1, 6)));
    assert!(matches!(
        cal.with_update(&u).unwrap_err(),
        UpdateError::Duplicate { .. }
    ));
    // Years outside coverage.
    for year in [2017, 2036, i32::MIN, i32::MAX] {
        let e = cal
            .with_update(&YearOrders {
                year,
                ..Default::default()
            })
            .unwrap_err();
        assert!(matches!(e, UpdateError::YearNotCovered { .. }), "{year}");
    }
}

#[test]
fn an_order_loads_from_json() {
    let json = r#"{
        "year": 2027,
        "status": "official",
        "kurban_ait": {"date": "2027-05-17", "source": "MTSZN"},
        "transfers": [{"from": "2027-01-09", "to": "2027-01-08", "act": "test order"}]
    }"#;
    let update: YearOrders = serde_json::from_str(json).unwrap();
    assert_eq!(update, order_2027());
    // Round trip.
    let back: YearOrders = serde_json::from_str(&serde_json::to_string(&update).unwrap()).unwrap();
    assert_eq!(back, update);
    // Malformed input is an error, not a panic.
    for bad in [
        r#"{"year": 2027, "transfers": [{"from": "2027-02-30", "to": "2027-01-08", "act": "x"}]}"#,
        r#"{"year": "2027"}"#,
        r#"{"year": 2027, "status": "final"}"#,
        r#"[]"#,
    ] {
        assert!(serde_json::from_str::<YearOrders>(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_built_in_orders_can_be_read_back() {
    let cal = Calendar::kazakhstan();
    let orders = cal.year_orders(2022).unwrap();
    // Decree No. 713 (two transfers) and its amendment No. 796 (one).
    assert_eq!(orders.transfers.len(), 3);
    assert_eq!(orders.kurban_ait.unwrap().date, d(2022, 7, 9));
    // 2027: not fixed yet, the estimate of RULES.md §1 (Sunday 16 May).
    let kurban = cal.year_orders(2027).unwrap().kurban_ait.unwrap();
    assert_eq!((kurban.date, kurban.estimate), (d(2027, 5, 16), true));
}

/// A typo in any input type of the update format is an error, not an
/// update that silently applies nothing (issue 10): `"transfer"` for
/// `"transfers"`, and a misspelt field inside each nested object.
#[test]
fn a_typo_in_an_order_is_an_error() {
    for (bad, field) in [
        (
            r#"{"year": 2027, "transfer": [{"from": "2027-01-09", "to": "2027-01-08", "act": "x"}]}"#,
            "transfer",
        ),
        (
            r#"{"year": 2027, "transfers": [{"from": "2027-01-09", "to": "2027-01-08", "act": "x", "note": "y"}]}"#,
            "note",
        ),
        (
            r#"{"year": 2027, "kurban_ait": {"date": "2027-05-17", "source": "x", "estimated": true}}"#,
            "estimated",
        ),
        (
            r#"{"year": 2027, "extra_days_off": [{"day": "2027-12-31", "act": "x"}]}"#,
            "day",
        ),
        (r#"{"year": 2027, "Status": "official"}"#, "Status"),
    ] {
        let err = serde_json::from_str::<YearOrders>(bad)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("unknown field `{field}`")),
            "{bad}: {err}"
        );
    }
}

/// The stored format carries its version: 1 is written, an absent version
/// reads as 1, any other is refused with what to do.
#[test]
fn the_order_format_has_a_version() {
    let written = serde_json::to_value(order_2027()).unwrap();
    assert_eq!(written["version"], 1);
    let absent: YearOrders = serde_json::from_str(r#"{"year": 2027}"#).unwrap();
    assert_eq!(absent.version, YearOrders::VERSION);
    let err = serde_json::from_str::<YearOrders>(r#"{"version": 2, "year": 2027}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(
            "orders in format version 2 cannot be read: this release reads version 1; use a release"
        ),
        "{err}"
    );
    // An estimate round-trips with its mark; a published date has none.
    let estimate = Calendar::kazakhstan().year_orders(2029).unwrap();
    let json = serde_json::to_value(&estimate).unwrap();
    assert_eq!(json["kurban_ait"]["estimate"], true);
    assert_eq!(json["kurban_ait"]["date"], "2029-04-24");
    let back: YearOrders = serde_json::from_value(json).unwrap();
    assert_eq!(back, estimate);
    let published = serde_json::to_value(order_2027()).unwrap();
    assert!(published["kurban_ait"].get("estimate").is_none());
}

/// A published Kurban ait replaces the estimate (RULES.md §1). 2028: the
/// estimate is Friday 5 May; published on Thursday 4 May, 4 May becomes the
/// day off, 5 May a working day again. The year stays projected: only the
/// update's status can change that.
///
/// Counting over it: from Wednesday 3 May 2028, 1 working day is Thursday
/// 4 May before the update, Friday 5 May after it (4 May off).
#[test]
fn a_published_kurban_ait_replaces_the_estimate() {
    let cal = Calendar::kazakhstan();
    let published = YearOrders {
        year: 2028,
        kurban_ait: Some(KurbanAit::fixed(d(2028, 5, 4), ActRef::new("MTSZN"))),
        ..Default::default()
    };
    let updated = cal.with_update(&published).unwrap();
    let day = updated.day(d(2028, 5, 4)).unwrap();
    assert!(!day.is_working());
    assert!(!day.kind.is_estimate());
    assert!(matches!(day.kind, DayKind::Holiday { .. }));
    assert_eq!(updated.day(d(2028, 5, 5)).unwrap().kind, DayKind::Working);
    assert_eq!(updated.year_status(2028).unwrap(), YearStatus::Projected);
    assert_eq!(
        cal.add_working_days(d(2028, 5, 3), 1).unwrap().value,
        d(2028, 5, 4)
    );
    assert_eq!(
        updated.add_working_days(d(2028, 5, 3), 1).unwrap().value,
        d(2028, 5, 5)
    );
    // The same count of working days in the year: one weekday off moved.
    assert_eq!(
        updated
            .working_days_between(d(2027, 12, 31), d(2028, 12, 31))
            .unwrap()
            .value,
        cal.working_days_between(d(2027, 12, 31), d(2028, 12, 31))
            .unwrap()
            .value
    );
}

/// A year cannot be made official while its Kurban ait is an estimate
/// (Labour Code art. 84(5), RULES.md §1); with the fixed date it can.
#[test]
fn an_official_year_needs_a_fixed_kurban_ait() {
    let cal = Calendar::kazakhstan();
    let official = YearOrders {
        year: 2027,
        status: Some(YearStatus::Official),
        ..Default::default()
    };
    let err = cal.with_update(&official).unwrap_err();
    assert_eq!(
        err,
        UpdateError::OfficialWithEstimate {
            year: 2027,
            date: d(2027, 5, 16)
        }
    );
    assert_eq!(
        err.to_string(),
        "Labour Code art. 84(5): 2027 cannot be official while its Kurban ait (2027-05-16) \
         is an estimate; give the fixed date in `kurban_ait` with the status"
    );
    // An estimate given in an update keeps the year from being official too.
    let estimated = YearOrders {
        kurban_ait: Some(KurbanAit::estimated(d(2027, 5, 17), ActRef::new("x"))),
        ..official.clone()
    };
    assert!(matches!(
        cal.with_update(&estimated),
        Err(UpdateError::OfficialWithEstimate { .. })
    ));
    let fixed = YearOrders {
        kurban_ait: Some(KurbanAit::fixed(d(2027, 5, 17), ActRef::new("MTSZN"))),
        ..official
    };
    let updated = cal.with_update(&fixed).unwrap();
    assert_eq!(updated.year_status(2027).unwrap(), YearStatus::Official);
    // Monday 17 May 2027 is the fixed day off now, not a working day.
    assert!(!updated.is_working_day(d(2027, 5, 17)).unwrap().value);
}
