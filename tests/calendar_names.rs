//! One machine name per thing (issue 10): the calendar's unit enums write
//! and read the same word with `Display`, `FromStr` and serde.

use kz_appeals::MachineName;
use kz_appeals::calendar::{Direction, Holiday, YearStatus};

fn serde_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn holidays_have_one_name() {
    assert_eq!(<Holiday as MachineName>::ALL, &Holiday::ALL[..]);
    for h in Holiday::ALL {
        let name = h.to_string();
        assert_eq!(name, h.machine_name());
        assert_eq!(serde_name(&h), name);
        assert_eq!(name.parse::<Holiday>().unwrap(), h);
        let back: Holiday = serde_json::from_value(serde_json::json!(name)).unwrap();
        assert_eq!(back, h);
    }
    // Written out, so that a rename is a visible change of a contract.
    assert_eq!(
        Holiday::InternationalWomensDay.to_string(),
        "international_womens_day"
    );
    assert_eq!(Holiday::KurbanAit.to_string(), "kurban_ait");
    let err = "Kurban_Ait".parse::<Holiday>().unwrap_err();
    assert_eq!(err.what, "holiday");
    assert!(
        err.to_string()
            .starts_with("unknown holiday \"Kurban_Ait\"; use one of: new_year,")
    );
}

#[test]
fn year_statuses_have_one_name() {
    for (status, name) in [
        (YearStatus::Official, "official"),
        (YearStatus::Provisional, "provisional"),
        (YearStatus::Projected, "projected"),
    ] {
        assert_eq!(status.to_string(), name);
        assert_eq!(status.as_str(), name);
        assert_eq!(serde_name(&status), name);
        assert_eq!(name.parse::<YearStatus>().unwrap(), status);
    }
    assert!("Official".parse::<YearStatus>().is_err());
}

#[test]
fn directions_have_one_name() {
    for (d, name) in [(Direction::After, "after"), (Direction::Before, "before")] {
        assert_eq!(d.to_string(), name);
        assert_eq!(name.parse::<Direction>().unwrap(), d);
    }
}
