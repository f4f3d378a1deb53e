//! Malformed input gives an error, never a panic: arbitrary JSON fed to the
//! deserializer of every public type that has one.
#![cfg(feature = "serde")]

use kz_appeals::applicant::Applicant;
use kz_appeals::calendar::{Day, YearOrders};
use kz_appeals::case::Event;
use kz_appeals::case::format::Document;
use kz_appeals::intake::{Intake, Request, Screening};
use kz_appeals::schedule::{Facts, Schedule};
use kz_appeals::term::Deadline;
use kz_appeals::{Bin, Iin};
use proptest::prelude::*;
use serde_json::Value;

/// JSON values, with the strings and shapes the crate's types use near
/// enough to get past the first field now and then.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![
            Just("2026-03-21".to_owned()),
            Just("2026-02-30".to_owned()),
            Just("+262143-12-31".to_owned()),
            Just("850808301235".to_owned()),
            Just("registered".to_owned()),
            Just("official".to_owned()),
            ".{0,12}",
        ]
        .prop_map(Value::String),
    ];
    let keys = prop_oneof![
        Just("year"),
        Just("date"),
        Just("registered"),
        Just("registered_on"),
        Just("stage"),
        Just("answer_by"),
        Just("transfers"),
        Just("from"),
        Just("to"),
        Just("act"),
        Just("kind"),
        Just("term"),
        Just("rule"),
        Just("on"),
        Just("event"),
        Just("version"),
        Just("cases"),
        Just("events"),
    ]
    .prop_map(str::to_owned);
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn no_deserializer_panics(v in json()) {
        let _ = serde_json::from_value::<YearOrders>(v.clone());
        let _ = serde_json::from_value::<Day>(v.clone());
        let _ = serde_json::from_value::<Facts>(v.clone());
        let _ = serde_json::from_value::<Schedule>(v.clone());
        let _ = serde_json::from_value::<Deadline>(v.clone());
        let _ = serde_json::from_value::<Document>(v.clone());
        let _ = serde_json::from_value::<Event>(v.clone());
        let _ = serde_json::from_value::<Request>(v.clone());
        let _ = serde_json::from_value::<Screening>(v.clone());
        let _ = serde_json::from_value::<Intake>(v.clone());
        let _ = serde_json::from_value::<Applicant>(v.clone());
        let _ = serde_json::from_value::<Iin>(v.clone());
        let _ = serde_json::from_value::<Bin>(v);
    }
}
