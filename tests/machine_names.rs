//! One name per thing: for every type with a machine name, its serde name,
//! its `Display` and its `FromStr` are the same word, for every value, and
//! an unknown name is refused by both `FromStr` and serde.
#![cfg(feature = "serde")]

use std::fmt::{Debug, Display};
use std::str::FromStr;

use kz_appeals::MachineName;
use kz_appeals::applicant::Document;
use kz_appeals::calendar::{Direction, Holiday, Weekends, YearStatus};
use kz_appeals::case::{AgendaState, EventName, HeldForm, Party, Stage};
use kz_appeals::channel::{ChannelKind, Origin, ReceptionLanguage};
use kz_appeals::identity::{BinAttribute, BinType, IdKind, Sex};
use kz_appeals::intake::{NoAppointmentGround, Requisite, Signature};
use kz_appeals::law::Act;
use kz_appeals::official::OfficialRole;
use kz_appeals::priority::PriorityCategory;
use kz_appeals::queue::Turn;
use kz_appeals::reading::{DateNotice, Reading, TwoMonths};
use kz_appeals::schedule::DeadlineKind;
use kz_appeals::{Lang, UnknownName};
use serde::{Serialize, de::DeserializeOwned};

fn check<T>(expected_len: usize)
where
    T: MachineName + Serialize + DeserializeOwned + Display + FromStr<Err = UnknownName>,
    T: PartialEq + Debug,
{
    check_names::<T>(expected_len);
    // FromStr is exact too: no case folding, no trimming.
    let first = T::ALL[0].machine_name();
    for bad in [first.to_uppercase(), format!(" {first}")] {
        assert_eq!(bad.parse::<T>().unwrap_err().given, bad);
    }
    for v in T::ALL {
        assert_eq!(&v.machine_name().parse::<T>().unwrap(), v);
    }
}

/// serde == Display == `MachineName::from_machine_name`, for every value.
fn check_names<T>(expected_len: usize)
where
    T: MachineName + Serialize + DeserializeOwned + Display + PartialEq + Debug,
{
    assert_eq!(T::ALL.len(), expected_len, "{}", T::WHAT);
    let mut seen = std::collections::BTreeSet::new();
    for v in T::ALL {
        let name = v.machine_name();
        assert!(seen.insert(name), "{name} twice");
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{name} is not snake_case ASCII"
        );
        // serde == Display == FromStr
        assert_eq!(
            serde_json::to_value(v).unwrap(),
            serde_json::Value::String(name.to_owned())
        );
        assert_eq!(v.to_string(), name);
        assert_eq!(&T::from_machine_name(name).unwrap(), v);
        let back: T = serde_json::from_value(serde_json::Value::String(name.into())).unwrap();
        assert_eq!(&back, v);
    }
    // Exact: no case folding, no trimming, no unknown names.
    let first = T::ALL[0].machine_name();
    for bad in [first.to_uppercase(), "no_such_name".to_owned()] {
        let err = T::from_machine_name(&bad).unwrap_err();
        assert_eq!(err.given, bad);
        assert!(err.to_string().contains(first), "{err}");
        assert!(serde_json::from_value::<T>(serde_json::Value::String(bad)).is_err());
    }
}

#[test]
fn every_machine_name_is_one_word_everywhere() {
    // Lang's FromStr is lenient for people ("KK", "rus"); its machine name
    // is exact.
    check_names::<Lang>(3);
    assert_eq!("KK".parse::<Lang>(), Ok(Lang::Kk));
    check::<PriorityCategory>(9);
    check::<NoAppointmentGround>(4);
    check::<Requisite>(10);
    check::<Signature>(2);
    check::<ChannelKind>(5);
    check::<Origin>(2);
    check::<ReceptionLanguage>(2);
    check::<Document>(2);
    check::<OfficialRole>(7);
    check::<IdKind>(2);
    check::<Sex>(2);
    check::<BinType>(3);
    check::<BinAttribute>(4);
    check::<Turn>(2);
    check::<DeadlineKind>(DeadlineKind::ALL.len());
    check::<Reading>(Reading::ALL.len());
    check::<DateNotice>(2);
    check::<TwoMonths>(2);
    check::<Act>(7);
    // The calendar's.
    check::<Holiday>(13);
    check::<YearStatus>(3);
    check::<Weekends>(<Weekends as MachineName>::ALL.len());
    // The case file's.
    check::<EventName>(EventName::ALL.len());
    check::<Stage>(Stage::ALL.len());
    check::<HeldForm>(3);
    check::<Party>(<Party as MachineName>::ALL.len());
    check::<AgendaState>(<AgendaState as MachineName>::ALL.len());
}

#[test]
fn a_direction_has_one_name_too() {
    // Not serialized, but Display and FromStr agree, exactly.
    for d in <Direction as MachineName>::ALL {
        assert_eq!(d.to_string(), d.machine_name());
        assert_eq!(d.machine_name().parse::<Direction>().as_ref(), Ok(d));
    }
    assert_eq!(Direction::After.to_string(), "after");
    assert!("After".parse::<Direction>().is_err());
}

#[cfg(feature = "cli")]
#[test]
fn the_command_line_tool_uses_the_same_names() {
    use kz_appeals::cli::{calendar, check_id};
    check::<calendar::Status>(3);
    check::<check_id::Kind>(2);
    check::<check_id::Part>(9);
    // The same words as the library's own types.
    for kind in IdKind::ALL {
        assert_eq!(check_id::Kind::from(*kind).to_string(), kind.to_string());
    }
    use kz_appeals::calendar::YearStatus;
    for status in [
        YearStatus::Official,
        YearStatus::Provisional,
        YearStatus::Projected,
    ] {
        assert_eq!(calendar::Status::from(status).to_string(), status.as_str());
    }
}

#[test]
fn the_lists_are_the_types_own() {
    assert_eq!(
        <PriorityCategory as MachineName>::ALL,
        &PriorityCategory::ALL[..]
    );
    assert_eq!(
        <NoAppointmentGround as MachineName>::ALL,
        &NoAppointmentGround::ALL[..]
    );
}

#[test]
fn a_channel_displays_its_kind() {
    use chrono::NaiveDate;
    use kz_appeals::channel::{Channel, OralProtocol};
    let oral = Channel::Oral(OralProtocol {
        number: "7".into(),
        recorded_on: NaiveDate::from_ymd_opt(2025, 6, 2).unwrap(),
        by_telephone: true,
    });
    assert_eq!(oral.to_string(), "oral");
    // The channel's "kind" field in JSON is the same word.
    assert_eq!(serde_json::to_value(&oral).unwrap()["kind"], "oral");
    assert_eq!(
        serde_json::to_value(Channel::EGovPortal).unwrap(),
        serde_json::json!({"kind": "e_gov_portal"})
    );
}
